// The Turfs view's cutting panel and actions (turfs_view.h): each action is
// one undoable step of the PlanHistory.
#include <SDL_scancode.h>

#include <algorithm>
#include <sstream>

#include "cut/auto_cut.h"
#include "i18n/desk_text.h"
#include "i18n/ui_text.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "native/cli/files.h"
#include "native/cli/turf_folder.h"
#include "native/desk/campaign_desk.h"
#include "native/desk/language_names.h"
#include "native/desk/turfs_view.h"

namespace puerta::desk {
namespace {

// Twelve colours that stay apart on a white map; turf k takes colour k mod 12.
constexpr ImU32 kTurfColors[] = {
    IM_COL32(0x1F, 0x77, 0xB4, 255), IM_COL32(0xFF, 0x7F, 0x0E, 255), IM_COL32(0x2C, 0xA0, 0x2C, 255),
    IM_COL32(0xD6, 0x27, 0x28, 255), IM_COL32(0x94, 0x67, 0xBD, 255), IM_COL32(0x8C, 0x56, 0x4B, 255),
    IM_COL32(0xE3, 0x77, 0xC2, 255), IM_COL32(0x7F, 0x7F, 0x7F, 255), IM_COL32(0xBC, 0xBD, 0x22, 255),
    IM_COL32(0x17, 0xBE, 0xCF, 255), IM_COL32(0x39, 0x3B, 0x79, 255), IM_COL32(0x63, 0x79, 0x39, 255),
};
constexpr ImU32 kUnassigned = IM_COL32(0xC8, 0xC8, 0xC8, 255);

ImU32 TurfColor(std::uint32_t t) { return t == cut::kNoTurf ? kUnassigned : kTurfColors[t % std::size(kTurfColors)]; }

std::string Languages(const cut::TurfCounts& counts, std::string_view interface_language) {
  std::vector<std::pair<std::uint32_t, std::string>> by_people;
  for (const auto& [code, people] : counts.languages) by_people.emplace_back(people, code);
  std::sort(by_people.rbegin(), by_people.rend());
  std::string text;
  for (const auto& [people, code] : by_people)
    text += (text.empty() ? "" : ", ") + LanguageName(code, interface_language) + " " + std::to_string(people);
  return text;
}

}  // namespace

void TurfsView::Say(std::string text, bool problem) {
  message_ = std::move(text);
  message_is_problem_ = problem;
}

void TurfsView::AutoCut(std::uint32_t doors) {
  std::vector<std::string> problems;
  history_.Change([&](cut::TurfPlan& plan) {
    const cut::GroupCut made = cut::AutoCut(plan, plan.Unassigned(), {std::max<std::uint32_t>(doors, 1), 0.10});
    problems = made.problems;
  });
  Say(problems.empty() ? "" : problems.front(), !problems.empty());
  colour_by_turf_ = true;
}

bool TurfsView::CutByColumn(const std::string& column, std::uint32_t doors) {
  std::string error;
  bool cut_any = false;
  history_.Change([&](cut::TurfPlan& plan) {
    cut_any = cut::AutoCutByColumn(plan, column, {std::max<std::uint32_t>(doors, 1), 0.10}, error).has_value();
  });
  if (!cut_any) history_.Undo();  // nothing was cut: no step to keep
  Say(error, !cut_any);
  colour_by_turf_ = colour_by_turf_ || cut_any;
  return cut_any;
}

void TurfsView::NewTurfFromSelection() {
  const std::vector<std::uint32_t> selected = map_.selected();
  if (selected.empty()) return;
  history_.Change([&](cut::TurfPlan& plan) {
    const std::uint32_t t = plan.AddTurf(FormatText(Tr(DeskText::kTurfName, lang_), plan.TurfCount() + 1));
    plan.Assign(selected, t);
    chosen_ = static_cast<int>(t);
  });
}

void TurfsView::Merge(std::uint32_t into, std::uint32_t from) {
  if (into == from || into >= history_.plan().TurfCount() || from >= history_.plan().TurfCount()) return;
  history_.Change([&](cut::TurfPlan& plan) { plan.Merge(into, from); });
  chosen_ = static_cast<int>(into < from ? into : into - 1);
}

void TurfsView::SplitChosenTurf(GeoPoint a, GeoPoint b) {
  if (chosen_ < 0 || static_cast<std::uint32_t>(chosen_) >= history_.plan().TurfCount()) {
    Say(std::string(Tr(DeskText::kNoTurfChosen, lang_)), true);
    return;
  }
  const std::string name = history_.plan().turf(chosen_).name;
  std::uint32_t made = cut::kNoTurf;
  history_.Change([&](cut::TurfPlan& plan) {
    made = plan.SplitByLine(chosen_, a, b, FormatText(Tr(DeskText::kTurfName, lang_), plan.TurfCount() + 1));
  });
  if (made == cut::kNoTurf) {
    history_.Undo();
    Say(FillText(Tr(DeskText::kSplitNothing, lang_), name), true);
  } else {
    Say(FillText(Tr(DeskText::kSplitDone, lang_), name));
  }
}

bool TurfsView::SaveTurfs(const std::string& folder) {
  std::ostringstream why;
  const auto written = cli::WriteTurfFolder(history_.plan(), folder, /*force=*/false, why);
  if (!written) {
    Say(DeskMessage(why.str()), true);
    return false;
  }
  Say(FillText(FormatText(Tr(DeskText::kSavedTurfs, lang_), static_cast<unsigned>(written->size())), folder));
  return true;
}

bool TurfsView::LoadCanvassers(const std::string& path) {
  std::ostringstream why;
  std::string bytes;
  if (!cli::ReadFile(path, bytes, why)) {
    Say(DeskMessage(why.str()), true);
    return false;
  }
  cut::CanvasserList read = cut::ReadCanvassers(bytes);
  if (!read.problems.empty()) {  // as puerta cut: a list with a bad row is not half used
    Say(cut::Describe(path, read.problems.front()), true);
    return false;
  }
  canvassers_ = std::move(read.canvassers);
  canvassers_field_ = path;
  Say(FormatText(Tr(DeskText::kCanvassersRead, lang_), static_cast<unsigned>(canvassers_.size())));
  return true;
}

void TurfsView::ColourBuildings(const Theme& theme) {
  const WalkList& list = voters_->list;
  if (!colour_by_turf_ || !history_.started()) return;  // by language: as loaded
  for (std::size_t b = 0; b < list.buildings.size() && b < building_colors_.size(); ++b) {
    const Building& building = list.buildings[b];
    building_colors_[b] = building.households.empty() ? theme.colors().border
                                                      : TurfColor(history_.plan().TurfOf(building.households.front()));
  }
}

void TurfsView::DrawCutting(const Theme& theme) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl && ImGui::IsKeyPressed(SDL_SCANCODE_Z, false)) io.KeyShift ? history_.Redo() : history_.Undo();
  if (io.KeyCtrl && ImGui::IsKeyPressed(SDL_SCANCODE_Y, false)) history_.Redo();
  if (const auto line = map_.TakeDrawnLine()) SplitChosenTurf(line->first, line->second);

  const cut::TurfPlan& plan = history_.plan();
  ImGui::Separator();
  if (ImGui::RadioButton(Tr(DeskText::kColourByLanguage, lang_).data(), !colour_by_turf_)) {
    colour_by_turf_ = false;
    ColourByLanguage();
  }
  ImGui::SameLine();
  if (ImGui::RadioButton(Tr(DeskText::kColourByTurf, lang_).data(), colour_by_turf_)) colour_by_turf_ = true;

  ImGui::SetNextItemWidth(110);
  ImGui::InputInt(Tr(DeskText::kDoorsPerTurf, lang_).data(), &doors_per_turf_, 5, 10);
  doors_per_turf_ = std::clamp(doors_per_turf_, 1, 100000);
  const std::size_t unassigned = plan.Unassigned().size();
  ImGui::BeginDisabled(unassigned == 0);
  if (ImGui::Button(Tr(DeskText::kAutoCut, lang_).data())) AutoCut(static_cast<std::uint32_t>(doors_per_turf_));
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##column", Tr(DeskText::kColumn, lang_).data(), &column_field_);
  if (ImGui::Button(Tr(DeskText::kCutByColumn, lang_).data()) && !column_field_.empty())
    CutByColumn(column_field_, static_cast<std::uint32_t>(doors_per_turf_));
  ImGui::EndDisabled();
  ImGui::TextDisabled("%s", FormatText(Tr(DeskText::kNotInTurf, lang_), static_cast<unsigned>(unassigned)).c_str());

  // What the selection on the map can become.
  if (!map_.selected().empty()) {
    if (ImGui::Button(Tr(DeskText::kNewTurfFromSelection, lang_).data())) NewTurfFromSelection();
    if (chosen_ >= 0 && static_cast<std::uint32_t>(chosen_) < plan.TurfCount() &&
        ImGui::Button(FillText(Tr(DeskText::kAddToTurf, lang_), plan.turf(chosen_).name).c_str())) {
      const std::vector<std::uint32_t> selected = map_.selected();
      history_.Change([&](cut::TurfPlan& p) { p.Assign(selected, chosen_); });
    }
    if (ImGui::Button(Tr(DeskText::kTakeOutOfTurfs, lang_).data())) {
      const std::vector<std::uint32_t> selected = map_.selected();
      history_.Change([&](cut::TurfPlan& p) { p.Unassign(selected); });
    }
  }
  ImGui::BeginDisabled(!history_.can_undo());
  if (ImGui::Button(Tr(DeskText::kUndo, lang_).data())) history_.Undo();
  ImGui::EndDisabled();
  ImGui::SameLine();
  ImGui::BeginDisabled(!history_.can_redo());
  if (ImGui::Button(Tr(DeskText::kRedo, lang_).data())) history_.Redo();
  ImGui::EndDisabled();
  if (!message_.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, message_is_problem_ ? theme.colors().danger : theme.colors().success);
    ImGui::TextWrapped("%s", message_.c_str());
    ImGui::PopStyleColor();
  }
  DrawTurfList(theme);
}

void TurfsView::DrawTurfList(const Theme& theme) {
  const cut::TurfPlan& plan = history_.plan();
  if (plan.TurfCount() == 0) return;
  if (chosen_ >= static_cast<int>(plan.TurfCount())) chosen_ = -1;
  ImGui::TextDisabled("%s", Tr(DeskText::kSplitHelp, lang_).data());
  const ImGuiTableFlags flags = ImGuiTableFlags_RowBg | ImGuiTableFlags_BordersOuter | ImGuiTableFlags_ScrollY |
                                ImGuiTableFlags_SizingStretchProp;
  // As tall as its rows, at least six, leaving room for merge and save under it.
  const float row = ImGui::GetTextLineHeightWithSpacing();
  const float height = std::clamp(ImGui::GetContentRegionAvail().y - ImGui::GetFrameHeightWithSpacing() * 4, row * 7,
                                  row * (static_cast<float>(plan.TurfCount()) + 1.5f));
  const std::vector<cut::Suggestion> suggestions =
      canvassers_.empty() ? std::vector<cut::Suggestion>() : cut::SuggestCanvassers(plan, canvassers_);
  const int columns = suggestions.empty() ? 3 : 4;
  if (ImGui::BeginTable("##turf-list", columns, flags, ImVec2(0, std::max(height, 60.0f)))) {
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn(Tr(DeskText::kByTurf, lang_).data(), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed);
    ImGui::TableSetupColumn(Tr(DeskText::kByLanguage, lang_).data(), ImGuiTableColumnFlags_WidthStretch, 3);
    if (!suggestions.empty())
      ImGui::TableSetupColumn(Tr(DeskText::kByCanvasser, lang_).data(), ImGuiTableColumnFlags_WidthStretch, 2);
    ImGui::TableHeadersRow();
    for (std::uint32_t t = 0; t < plan.TurfCount(); ++t) {
      const cut::Turf& turf = plan.turf(t);
      ImGui::TableNextRow();
      ImGui::TableNextColumn();
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const float side = ImGui::GetTextLineHeight() * 0.7f;
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + 3), ImVec2(at.x + side, at.y + 3 + side), TurfColor(t));
      ImGui::SetCursorScreenPos(ImVec2(at.x + side + 6, at.y));
      const std::string label = turf.name + "##turf-" + std::to_string(t);
      if (ImGui::Selectable(label.c_str(), chosen_ == static_cast<int>(t), ImGuiSelectableFlags_SpanAllColumns))
        chosen_ = static_cast<int>(t);
      ImGui::TableNextColumn();
      ImGui::Text("%u", turf.counts.doors);
      ImGui::TableNextColumn();
      ImGui::TextUnformatted(Languages(turf.counts, lang_).c_str());
      if (t < suggestions.size()) {
        // Who might take it; in the danger colour when nobody speaks its main language.
        ImGui::TableNextColumn();
        const cut::Suggestion& s = suggestions[t];
        const std::string name = s.canvasser.empty() ? "-" : s.canvasser;
        if (s.warning.empty()) {
          ImGui::TextUnformatted(name.c_str());
        } else {  // the name marked, the reason on hover
          ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.colors().danger), "! %s", name.c_str());
          if (ImGui::IsItemHovered())
            ImGui::SetTooltip("%s", FillText(Tr(DeskText::kNobodySpeaks, lang_), LanguageName(s.language, lang_)).c_str());
        }
      }
    }
    ImGui::EndTable();
  }
  // Merge the chosen turf with another.
  if (chosen_ >= 0 && plan.TurfCount() > 1) {
    ImGui::SetNextItemWidth(-1);
    const std::string merge_label = FillText(Tr(DeskText::kMergeWith, lang_), plan.turf(chosen_).name) + "…";
    if (ImGui::BeginCombo("##merge", merge_label.c_str())) {
      for (std::uint32_t t = 0; t < plan.TurfCount(); ++t)
        if (static_cast<int>(t) != chosen_ && ImGui::Selectable((plan.turf(t).name + "##merge-" + std::to_string(t)).c_str()))
          Merge(static_cast<std::uint32_t>(chosen_), t);
      ImGui::EndCombo();
    }
  }
  ImGui::SetNextItemWidth(-1);
  if (ImGui::InputTextWithHint("##canvassers", Tr(DeskText::kCanvassersFile, lang_).data(), &canvassers_field_,
                               ImGuiInputTextFlags_EnterReturnsTrue))
    LoadCanvassers(canvassers_field_);
  ImGui::SetNextItemWidth(-1);
  ImGui::InputTextWithHint("##folder", Tr(DeskText::kFolder, lang_).data(), &folder_field_);
  ImGui::BeginDisabled(folder_field_.empty());
  if (ImGui::Button(Tr(DeskText::kSaveTurfs, lang_).data())) SaveTurfs(folder_field_);
  ImGui::EndDisabled();
}

}  // namespace puerta::desk
