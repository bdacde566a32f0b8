#include "native/desk/results_view.h"

#include <algorithm>
#include <cstdio>
#include <sstream>

#include "results/result_code.h"
#include "results/result_colors.h"
#include "i18n/desk_text.h"
#include "i18n/ui_text.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "native/cli/files.h"
#include "native/desk/charts.h"
#include "native/print/report_pdf.h"
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
  if (table_)
    for (const campaign::ReportRow& row : table_->rows)
      for (const std::string& value : row.group) glyphs.Add(value);
  for (const ResultCodeInfo& info : AllResultCodes()) glyphs.Add(ResultCodeLabel(info.code, lang_));
  if (charts_) {
    for (const campaign::CanvasserContactRate& c : charts_->contact_rates) glyphs.Add(c.canvasser + c.organization);
    for (const campaign::QuestionIds& q : charts_->id_composition) {
      glyphs.Add(q.step_id);
      for (const campaign::AnswerCount& a : q.answers) glyphs.Add(a.value);
    }
  }
}

bool ResultsView::PrintReport(const std::string& pdf_path) {
  message_is_problem_ = true;
  if (!table_ || !charts_) return false;
  print::ReportPdfOptions options;
  options.language = lang_;
  std::string why;
  const std::optional<std::string> pdf = print::PrintCampaignReport(*table_, *charts_, options, why);
  std::ostringstream err;
  if (!pdf) {
    message_ = why;
    return false;
  }
  if (!cli::WriteOutputFile(pdf_path, *pdf, err)) {
    message_ = DeskMessage(err.str());
    return false;
  }
  message_ = FillText(Tr(DeskText::kReportWritten, lang_), pdf_path);
  message_is_problem_ = false;
  return true;
}

void ResultsView::Refresh(CampaignDesk& desk) {
  campaign::ReportQuery query;
  for (std::size_t i = 0; i < std::size(kGroupings); ++i)
    if (grouped_[i]) query.by.push_back(kGroupings[i].by);
  table_ = desk.MakeReport(query);
  charts_ = desk.MakeCharts(query);
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
  // The printed report, for the coalition meeting.
  ImGui::SetNextItemWidth(280);
  ImGui::InputTextWithHint("##report-pdf", Tr(DeskText::kReportFile, lang_).data(), &pdf_field_);
  ImGui::SameLine();
  ImGui::BeginDisabled(pdf_field_.empty() || !table_ || !charts_);
  if (ImGui::Button(Tr(DeskText::kPrintReport, lang_).data())) PrintReport(pdf_field_);
  ImGui::EndDisabled();
  if (!message_.empty()) {
    ImGui::SameLine();
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(message_is_problem_ ? theme.colors().danger : theme.colors().success),
                       "%s", message_.c_str());
  }
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
  if (!charts_ || !ImGui::BeginTable("##charts", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX))
    return;
  const campaign::ReportCharts& charts = *charts_;
  const auto title = [&](std::string_view text) {
    ImGui::PushFont(theme.bold);
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    ImGui::PopFont();
  };
  const auto nothing = [&] { ImGui::TextDisabled("%s", Tr(DeskText::kNothingToChart, lang_).data()); };
  const float chart_height = std::max(120.0f, ImGui::GetContentRegionAvail().y * 0.42f);

  // Results by day, stacked by result, in the result codes' order.
  ImGui::TableNextColumn();
  title(Tr(DeskText::kResultsByDay, lang_));
  std::vector<std::string> days;
  std::vector<ChartSeries> results;
  for (const std::string& key : charts.results_by_day.results) {
    const std::optional<ResultCode> code = ResultCodeFromKey(key);
    const Rgb8 c = ResultColor(key);
    results.push_back({code ? std::string(ResultCodeLabel(*code, lang_)) : key, IM_COL32(c.r, c.g, c.b, 255), {}});
  }
  for (const campaign::ResultsByDay::Day& day : charts.results_by_day.days) {
    days.push_back(day.day);
    for (std::size_t r = 0; r < results.size() && r < day.counts.size(); ++r)
      results[r].values.push_back(static_cast<double>(day.counts[r]));
  }
  if (days.empty()) nothing();
  else StackedBars("results-by-day", theme, days, results, chart_height);

  // The answers to one question (a choice when there are several): support IDs in the primary colour.
  ImGui::TableNextColumn();
  if (charts.id_composition.empty()) {
    title(Tr(DeskText::kSupportIds, lang_));
    nothing();
  } else {
    question_ = std::min(question_, charts.id_composition.size() - 1);
    const campaign::QuestionIds& q = charts.id_composition[question_];
    title(FillText(Tr(DeskText::kIdsByAnswer, lang_), q.step_id));
    if (charts.id_composition.size() > 1) {
      ImGui::SameLine();
      ImGui::SetNextItemWidth(160);
      if (ImGui::BeginCombo("##question", q.step_id.c_str())) {
        for (std::size_t i = 0; i < charts.id_composition.size(); ++i)
          if (ImGui::Selectable(charts.id_composition[i].step_id.c_str(), i == question_)) question_ = i;
        ImGui::EndCombo();
      }
    }
    std::vector<std::string> labels;
    std::vector<double> counts;
    std::vector<ImU32> colors;
    double most = 0;
    for (const campaign::AnswerCount& a : q.answers) {
      labels.push_back(a.value);
      counts.push_back(static_cast<double>(a.conversations));
      colors.push_back(a.support_id ? theme.colors().primary : theme.colors().muted);
      most = std::max(most, static_cast<double>(a.conversations));
    }
    HorizontalBars("answers", theme, labels, counts, most, "%.0f", colors);
  }

  // Contact rate per canvasser against the band reviewers expect: outside it
  // in the danger colour, too few doors to say in gray.
  ImGui::TableNextRow();
  ImGui::TableNextColumn();
  title(Tr(DeskText::kContactRateByCanvasser, lang_));
  const unsigned lo = static_cast<unsigned>(charts.band_low * 100 + 0.5);
  const unsigned hi = static_cast<unsigned>(charts.band_high * 100 + 0.5);
  ImGui::TextDisabled("%s", FormatText(Tr(DeskText::kUsualBand, lang_), lo, hi).append(" %").c_str());
  std::vector<std::string> canvassers;
  std::vector<double> rates;
  std::vector<ImU32> rate_colors;
  for (const campaign::CanvasserContactRate& c : charts.contact_rates) {
    canvassers.push_back(c.canvasser + " · " + c.organization);
    rates.push_back(c.contact_rate * 100);
    rate_colors.push_back(c.doors_knocked < charts.band_min_doors ? theme.colors().border
                          : c.outside_band                         ? theme.colors().danger
                                                                   : theme.colors().primary);
  }
  if (canvassers.empty()) nothing();
  else HorizontalBars("contact-rate", theme, canvassers, rates, 100, "%.1f %%", rate_colors, Band{lo * 1.0, hi * 1.0});

  // Follow-ups waiting now, by the language to send.
  ImGui::TableNextColumn();
  title(Tr(DeskText::kFollowUpsByLanguage, lang_));
  std::vector<std::string> languages;
  std::vector<double> waiting;
  std::vector<ImU32> language_colors;
  double most = 0;
  for (const campaign::LanguageFollowUps& f : charts.follow_ups_waiting) {
    const std::string code = f.language == "unknown" ? "" : f.language;
    languages.push_back(LanguageName(code, lang_));
    waiting.push_back(static_cast<double>(f.waiting));
    language_colors.push_back(LanguageColor(code));
    most = std::max(most, static_cast<double>(f.waiting));
  }
  if (languages.empty()) nothing();
  else HorizontalBars("follow-ups", theme, languages, waiting, most, "%.0f", language_colors);
  ImGui::EndTable();
}

}  // namespace puerta::desk
