// The desk's Results view: the campaign report (campaign::Report, the same
// numbers as `puerta report`) as a table the organizer groups by
// organization, canvasser, turf, day and language and sorts by any column,
// with the total last; under it the printed report's four charts, from the
// same series (campaign/report_charts.h): results by day (stacked by
// result), the answers to a question (support IDs in the theme's colour),
// contact rate per canvasser against the usual band, and follow-ups waiting
// by language.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign_store.h"
#include "native/desk/campaign_desk.h"
#include "ui/glyph_set.h"
#include "ui/theme.h"

namespace puerta::desk {

class ResultsView {
 public:
  explicit ResultsView(std::string language) : lang_(std::move(language)) {}
  void set_language(std::string language) { lang_ = std::move(language); }

  void Draw(const Theme& theme, CampaignDesk& desk);
  void NeedGlyphs(GlyphSet& glyphs) const;

  // The report's grouping words (org, canvasser, turf, day, language), in the order shown.
  void SetGrouping(std::vector<std::string> by);
  const std::optional<campaign::Report>& report() const { return table_; }
  // The printed report (`puerta report --format pdf`) of what the view shows,
  // in the interface's language. False with message() saying why.
  bool PrintReport(const std::string& pdf_path);
  const std::string& message() const { return message_; }

 private:
  void Refresh(CampaignDesk& desk);  // the reports again, after the store or the grouping changed
  void DrawTable(const Theme& theme, float height);
  void DrawCharts(const Theme& theme);

  std::string lang_;
  std::array<bool, 5> grouped_{true, false, false, false, false};  // as kGroupings orders them
  std::uint64_t made_at_ = ~std::uint64_t{0};  // the desk's revision the reports were made at
  bool grouping_changed_ = true;
  std::optional<campaign::Report> table_;
  std::optional<campaign::ReportCharts> charts_;
  std::size_t question_ = 0;
  std::string pdf_field_, message_;
  bool message_is_problem_ = false;  // which question's answers the ID chart shows
};

}  // namespace puerta::desk
