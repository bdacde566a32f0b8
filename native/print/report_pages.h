// The campaign report's page flow, shared by its table (report_pdf.cpp) and
// its charts (report_chart_drawing.cpp): where the next thing goes, a new
// page (with its footer) when it does not fit, and the chart colours.
// Internal to native/print.
#pragma once

#include <string>
#include <string_view>

#include "campaign/report_charts.h"
#include "native/print/pdf_document.h"
#include "native/print/sheet_parts.h"

namespace puerta::print {

class ReportPages {
 public:
  // `pages`: how many the report has (0 on the first pass, which counts them).
  ReportPages(PdfDocument& doc, std::string_view language, std::string footer, unsigned pages)
      : doc_(doc), language_(language), footer_(std::move(footer)), pages_(pages) {}

  PdfDocument& doc() { return doc_; }
  std::string_view language() const { return language_; }
  double y = PdfDocument::kMargin;
  unsigned page() const { return page_; }

  // The lowest y a page's content may reach (the footer is below).
  double bottom() const { return doc_.bottom() - kFooterHeight - 6; }
  // Starts a new page unless `height` fits below y; true when it did.
  bool NeedSpace(double height);
  void NewPage();
  void Finish();  // the last page's footer

  // A chart's or section's heading, with "(continued)" after a page break.
  void Heading(std::string_view text, bool continued = false);

 private:
  PdfDocument& doc_;
  std::string_view language_;
  std::string footer_;
  unsigned pages_, page_ = 1;
};

// The colour of a result in the stacked bars, by its key (one per result code).
Rgb ResultColor(std::string_view result);

// Results by day, answers per question, contact rate per canvasser, follow-ups waiting.
void DrawResultsByDay(ReportPages& pages, const campaign::ResultsByDay& days);
void DrawIdComposition(ReportPages& pages, const std::vector<campaign::QuestionIds>& questions);
void DrawContactRates(ReportPages& pages, const campaign::ReportCharts& charts);
void DrawFollowUpsWaiting(ReportPages& pages, const std::vector<campaign::LanguageFollowUps>& waiting);

}  // namespace puerta::print
