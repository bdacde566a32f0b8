// The printed campaign report (`puerta report --format pdf`), for the
// coalition meeting: the report's table (one row per group, the total last,
// repeated headings on every page), then the four charts of
// campaign/report_charts.h drawn with cairo: results by day (stacked),
// answers per question (ID composition), contact rate per canvasser against
// the usual band, follow-ups waiting by language. Every word is laid out by
// pango (organizations' and canvassers' names in any script); a name no
// installed font draws refuses the whole PDF (PdfDocument::Finish).
#pragma once

#include <optional>
#include <string>

#include "campaign/campaign_store.h"
#include "campaign/report_charts.h"
#include "native/print/paper.h"

namespace puerta::print {

struct ReportPdfOptions {
  Paper paper = Paper::kLetter;
  std::string language = "en";  // the report's own words (headings, legends): en es zh vi ko tl
  std::string from, to;         // the days counted, as asked (empty: open-ended)
};

std::optional<std::string> PrintCampaignReport(const campaign::Report& report, const campaign::ReportCharts& charts,
                                               const ReportPdfOptions& options, std::string& why);

}  // namespace puerta::print
