#include "native/desk/results_view.h"

#include <algorithm>
#include <cstdio>

#include "campaign/quality_rules.h"
#include "i18n/desk_text.h"
#include "i18n/ui_text.h"
#include "imgui.h"
#include "native/desk/charts.h"
#include "native/desk/language_names.h"

namespace puerta::desk {
namespace {

struct Grouping {
  const char* by;  // the report's word (campaign::ReportQuery::by)
  DeskText label;
};
constexpr Grouping kGroupings[] = {{"org", DeskText::kByOrganization},
                                   {"canvasser", DeskText::kByCanvasser},
                                   {"turf", DeskText::kByTurf},
                                   {"day", DeskText::kByDay},
                                   {"language", DeskText::kByLanguage}};

// The count columns after the grouping columns, as the report names them.
enum Column { kAttempts, kDoors, kContacted, kConversations, kRate, kSupport, kFollowUps, kColumnCount };
constexpr DeskText kColumnLabels[kColumnCount] = {DeskText::kAttempts,      DeskText::kDoorsKnocked,
                                                  DeskText::kHouseholdsContacted, DeskText::kConversations,
                                                  DeskText::kContactRate,   DeskText::kSupportIds,
                                                  DeskText::kFollowUps};

double ValueOf(const campaign::ReportRow& row, int column) {
  switch (column) {
    case kAttempts: return static_cast<double>(row.attempts);
    case kDoors: return static_cast<double>(row.doors_knocked);
    case kContacted: return static_cast<double>(row.households_contacted);
    case kConversations: return static_cast<double>(row.conversations);
    case kRate: return row.contact_rate;
    case kSupport: return static_cast<double>(row.support_ids);
    default: return static_cast<double>(row.follow_ups);
  }
}

bool IsTotal(const campaign::ReportRow& row) { return !row.group.empty() && row.group.front() == "total"; }

}  // namespace

void ResultsView::SetGrouping(std::vector<std::string> by) {
  for (std::size_t i = 0; i < std::size(kGroupings); ++i)
    grouped_[i] = std::find(by.begin(), by.end(), kGroupings[i].by) != by.end();
  grouping_changed_ = true;
}

void ResultsView::NeedGlyphs(GlyphSet& glyphs) const {
  for (int t = 0; t < static_cast<int>(DeskText::kCount_); ++t) glyphs.Add(Tr(static_cast<DeskText>(t), lang_));
  // Names of organizations, canvassers and turfs, and answers, in any script.
  for (const UiLanguage& language : HeardLanguages()) glyphs.Add(language.native_name);
  for (const auto* report : {&table_, &by_canvasser_})
    if (*report)
      for (const campaign::ReportRow& row : (*report)->rows) {
        for (const std::string& value : row.group) glyphs.Add(value);
        for (const auto& [step, values] : row.answers) {
          glyphs.Add(step);
          for (const auto& [value, count] : values) glyphs.Add(value);
        }
      }
}

void ResultsView::Refresh(CampaignDesk& desk) {
  campaign::ReportQuery query;
  for (std::size_t i = 0; i < std::size(kGroupings); ++i)
    if (grouped_[i]) query.by.push_back(kGroupings[i].by);
  table_ = desk.MakeReport(query);
  by_day_ = desk.MakeReport({{"day"}, "", ""});
  by_canvasser_ = desk.MakeReport({{"canvasser"}, "", ""});
  made_at_ = desk.revision();
  grouping_changed_ = false;
}

void ResultsView::Draw(const Theme& theme, CampaignDesk& desk) {
  ImGui::PushFont(theme.heading);
  ImGui::TextUnformatted(Tr(DeskText::kResults, lang_).data());
  ImGui::PopFont();
  ImGui::TextUnformatted(Tr(DeskText::kGroupBy, lang_).data());
  for (std::size_t i = 0; i < std::size(kGroupings); ++i) {
    ImGui::SameLine();
    const std::string label = std::string(Tr(kGroupings[i].label, lang_)) + "##by-" + kGroupings[i].by;
    if (ImGui::Checkbox(label.c_str(), &grouped_[i])) grouping_changed_ = true;
  }
  if (grouping_changed_ || made_at_ != desk.revision()) Refresh(desk);
  if (!table_ || table_->rows.size() <= 1 || table_->rows.back().attempts == 0) {
    ImGui::Spacing();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.colors().muted), "%s",
                       Tr(DeskText::kNoResultsYet, lang_).data());
    return;
  }
  // The table as tall as its rows, up to 42 % of the view; it scrolls beyond.
  const float room = ImGui::GetContentRegionAvail().y;
  const float rows_height = (ImGui::GetTextLineHeight() + ImGui::GetStyle().CellPadding.y * 2) *
                            (static_cast<float>(table_->rows.size()) + 1.5f);
  DrawTable(theme, std::min(rows_height, std::max(160.0f, room * 0.42f)));
  ImGui::Spacing();
  DrawCharts(theme);
}

void ResultsView::DrawTable(const Theme& theme, float height) {
  const std::vector<std::string>& by = table_->by;
  const int columns = static_cast<int>(by.size()) + kColumnCount;
  const ImGuiTableFlags flags = ImGuiTableFlags_Sortable | ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter |
                                ImGuiTableFlags_BordersInnerV | ImGuiTableFlags_ScrollY | ImGuiTableFlags_Resizable |
                                ImGuiTableFlags_SizingStretchProp;
  if (!ImGui::BeginTable("##report", columns, flags, ImVec2(0, height))) return;
  ImGui::TableSetupScrollFreeze(0, 1);
  for (const std::string& word : by) {
    DeskText label = DeskText::kByOrganization;
    for (const Grouping& g : kGroupings)
      if (word == g.by) label = g.label;
    ImGui::TableSetupColumn(Tr(label, lang_).data());
  }
  for (int c = 0; c < kColumnCount; ++c)
    ImGui::TableSetupColumn(Tr(kColumnLabels[c], lang_).data(), ImGuiTableColumnFlags_PreferSortDescending);
  ImGui::TableHeadersRow();

  // The groups in the order asked (by the clicked column), the total always last.
  std::vector<const campaign::ReportRow*> rows;
  const campaign::ReportRow* total = nullptr;
  for (const campaign::ReportRow& row : table_->rows) (IsTotal(row) ? total : rows.emplace_back()) = &row;
  if (const ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs(); specs && specs->SpecsCount > 0) {
    const int column = specs->Specs[0].ColumnIndex;
    const bool ascending = specs->Specs[0].SortDirection == ImGuiSortDirection_Ascending;
    const int group_columns = static_cast<int>(by.size());
    std::stable_sort(rows.begin(), rows.end(), [&](const campaign::ReportRow* a, const campaign::ReportRow* b) {
      if (column < group_columns) {
        const int order = a->group[column].compare(b->group[column]);
        return ascending ? order < 0 : order > 0;
      }
      const double x = ValueOf(*a, column - group_columns), y = ValueOf(*b, column - group_columns);
      return ascending ? x < y : x > y;
    });
  }
  if (total) rows.push_back(total);
  for (const campaign::ReportRow* row : rows) {
    ImGui::TableNextRow();
    const bool is_total = row == total;
    if (is_total) ImGui::PushFont(theme.bold);
    for (std::size_t g = 0; g < by.size(); ++g) {
      ImGui::TableNextColumn();
      if (is_total) {
        if (g == 0) ImGui::TextUnformatted(Tr(DeskText::kTotal, lang_).data());
      } else if (row->group[g].empty()) {
        ImGui::TextDisabled("%s", Tr(DeskText::kLanguageNotGiven, lang_).data());
      } else {
        ImGui::TextUnformatted(row->group[g].c_str());
      }
    }
    for (int c = 0; c < kColumnCount; ++c) {
      ImGui::TableNextColumn();
      if (c == kRate) ImGui::Text("%.1f %%", row->contact_rate * 100);
      else ImGui::Text("%.0f", ValueOf(*row, c));
    }
    if (is_total) ImGui::PopFont();
  }
  ImGui::EndTable();
}

void ResultsView::DrawCharts(const Theme& theme) {
  if (!ImGui::BeginTable("##charts", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) return;
  const auto title = [&](std::string_view text) {
    ImGui::PushFont(theme.bold);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopFont();
  };
  const float chart_height = std::max(120.0f, ImGui::GetContentRegionAvail().y * 0.42f);

  // Doors by day: the households contacted and the rest, stacked.
  ImGui::TableNextColumn();
  title(Tr(DeskText::kResultsByDay, lang_));
  std::vector<std::string> days;
  std::vector<ChartSeries> doors{{std::string(Tr(DeskText::kContacted, lang_)), theme.colors().primary, {}},
                                 {std::string(Tr(DeskText::kNotContacted, lang_)), theme.colors().border, {}}};
  if (by_day_)
    for (const campaign::ReportRow& row : by_day_->rows) {
      if (IsTotal(row)) continue;
      days.push_back(row.group.front());
      doors[0].values.push_back(static_cast<double>(row.households_contacted));
      doors[1].values.push_back(static_cast<double>(std::max<std::int64_t>(0, row.doors_knocked - row.households_contacted)));
    }
  StackedBars("doors-by-day", theme, days, doors, chart_height);

  // Answers to the campaign's question: the first question with answers, in the total row.
  ImGui::TableNextColumn();
  const campaign::ReportRow& total = table_->rows.back();
  if (total.answers.empty()) {
    title(Tr(DeskText::kSupportIds, lang_));
    ImGui::TextDisabled("%s", Tr(DeskText::kNothingToChart, lang_).data());
  } else {
    const auto& [step, values] = *total.answers.begin();
    title(FillText(Tr(DeskText::kIdsByAnswer, lang_), step));
    std::vector<std::string> labels;
    std::vector<double> counts;
    double most = 0;
    for (const auto& [value, count] : values) {
      labels.push_back(value);
      counts.push_back(static_cast<double>(count));
      most = std::max(most, static_cast<double>(count));
    }
    HorizontalBars("answers", theme, labels, counts, most, "%.0f");
  }

  // Contact rate per canvasser, against the band reviewers expect.
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  title(Tr(DeskText::kContactRateByCanvasser, lang_));
  const unsigned lo = static_cast<unsigned>(campaign::kContactRateLow * 100 + 0.5);
  const unsigned hi = static_cast<unsigned>(campaign::kContactRateHigh * 100 + 0.5);
  ImGui::TextDisabled("%s", FormatText(Tr(DeskText::kUsualBand, lang_), lo, hi).append(" %").c_str());
  std::vector<std::string> canvassers;
  std::vector<double> rates;
  if (by_canvasser_)
    for (const campaign::ReportRow& row : by_canvasser_->rows)
      if (!IsTotal(row) && row.doors_knocked > 0) {
        canvassers.push_back(row.group.front());
        rates.push_back(row.contact_rate * 100);
      }
  HorizontalBars("contact-rate", theme, canvassers, rates, 100, "%.1f %%", Band{lo * 1.0, hi * 1.0});

  // Follow-ups waiting, by the language to send.
  ImGui::TableNextColumn();
  title(Tr(DeskText::kFollowUpsByLanguage, lang_));
  std::vector<std::string> languages;
  std::vector<double> waiting;
  double most = 0;
  for (const auto& [language, count] : total.follow_ups_by_language) {
    languages.push_back(LanguageName(language, lang_));
    waiting.push_back(static_cast<double>(count));
    most = std::max(most, static_cast<double>(count));
  }
  if (languages.empty()) ImGui::TextDisabled("%s", Tr(DeskText::kNothingToChart, lang_).data());
  else HorizontalBars("follow-ups", theme, languages, waiting, most, "%.0f");
  ImGui::EndTable();
}

}  // namespace puerta::desk
