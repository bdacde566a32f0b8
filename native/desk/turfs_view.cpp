#include "native/desk/turfs_view.h"

#include <algorithm>
#include <map>
#include <sstream>

#include "i18n/desk_text.h"
#include "i18n/ui_text.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "native/cli/files.h"
#include "native/desk/campaign_desk.h"
#include "native/desk/language_names.h"

namespace puerta::desk {
namespace {

constexpr float kSidePanelWidth = 360;

// A building's colour: its households' most common preferred language.
ImU32 BuildingColor(const WalkList& list, const Building& building) {
  std::map<std::string, int> seen;
  for (std::uint32_t h : building.households)
    for (const Voter& v : list.households[h].voters) ++seen[v.preferred_language];
  const auto most = std::max_element(seen.begin(), seen.end(),
                                     [](const auto& a, const auto& b) { return a.second < b.second; });
  return LanguageColor(most == seen.end() ? "" : most->first);
}

}  // namespace

HouseholdCounts CountHouseholds(const WalkList& list, std::span<const std::uint32_t> households) {
  HouseholdCounts counts;
  std::map<std::string, std::size_t> languages;
  for (std::uint32_t h : households) {
    if (h >= list.households.size()) continue;
    ++counts.doors;
    for (const Voter& v : list.households[h].voters) {
      ++counts.people;
      ++languages[v.preferred_language];
    }
  }
  counts.languages.assign(languages.begin(), languages.end());
  std::stable_sort(counts.languages.begin(), counts.languages.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  return counts;
}

bool TurfsView::Load(const std::string& path) {
  std::ostringstream why;
  std::string bytes;
  if (!cli::ReadFile(path, bytes, why)) {
    problem_ = DeskMessage(why.str());
    return false;
  }
  ImportResult result = ImportVoterFile(path, bytes);
  if (!result.usable()) {
    problem_ = result.fatal;
    return false;
  }
  problem_.clear();
  path_field_ = path;
  // A new file, a new cut: the plan points into the list it cuts.
  history_.Clear();
  voters_ = std::move(result);
  history_.Start(voters_->list);
  chosen_ = -1;
  colour_by_turf_ = false;
  message_.clear();
  ColourByLanguage();
  std::vector<std::uint32_t> all(voters_->list.households.size());
  for (std::uint32_t i = 0; i < all.size(); ++i) all[i] = i;
  whole_file_ = CountHouseholds(voters_->list, all);
  map_.SetWalkList(&voters_->list);
  return true;
}

void TurfsView::ColourByLanguage() {
  building_colors_.clear();
  for (const Building& b : voters_->list.buildings) building_colors_.push_back(BuildingColor(voters_->list, b));
}

void TurfsView::NeedGlyphs(GlyphSet& glyphs) const {
  glyphs.Add(path_field_);
  glyphs.Add(problem_);
  for (const UiLanguage& language : HeardLanguages()) glyphs.Add(language.native_name);
  if (voters_)
    for (const Household& h : voters_->list.households) glyphs.Add(h.address.street);
  glyphs.Add(message_);
  glyphs.Add(column_field_);
  glyphs.Add(folder_field_);
  for (const cut::Canvasser& c : canvassers_) glyphs.Add(c.name);
}

void TurfsView::Draw(const Theme& theme) {
  ImGui::PushFont(theme.heading);
  ImGui::TextUnformatted(Tr(DeskText::kTurfs, lang_).data());
  ImGui::PopFont();
  ImGui::SetNextItemWidth(std::min(520.0f, ImGui::GetContentRegionAvail().x - 120));
  const bool entered = ImGui::InputTextWithHint("##voter-file", Tr(DeskText::kVoterFile, lang_).data(), &path_field_,
                                                ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button(Tr(DeskText::kLoad, lang_).data()) || entered) && !path_field_.empty()) Load(path_field_);
  if (!problem_.empty())
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.colors().danger), "%s", problem_.c_str());
  if (!voters_) return;
  const WalkList& list = voters_->list;
  ImGui::TextUnformatted(FormatText(Tr(DeskText::kVoterFileSummary, lang_), static_cast<unsigned>(list.households.size()),
                                    static_cast<unsigned>(list.VoterCount()))
                             .c_str());
  if (!voters_->errors.empty()) {
    ImGui::SameLine(0, 20);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.colors().danger), "%s",
                       FormatText(Tr(DeskText::kRowsRefused, lang_), static_cast<unsigned>(voters_->errors.size())).c_str());
  }
  ImGui::TextDisabled("%s", Tr(DeskText::kMapHelp, lang_).data());

  const float map_width = std::max(200.0f, ImGui::GetContentRegionAvail().x - kSidePanelWidth - 8);
  ColourBuildings(theme);
  ImGui::BeginChild("##map-room", ImVec2(map_width, 0), false, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse);
  map_.Draw(theme, building_colors_);
  ImGui::EndChild();
  ImGui::SameLine();
  ImGui::BeginChild("##turf-side", ImVec2(0, 0), true);
  DrawSidePanel(theme);
  ImGui::EndChild();
}

void TurfsView::DrawSidePanel(const Theme& theme) {
  const WalkList& list = voters_->list;
  const auto counts_block = [&](const HouseholdCounts& counts) {
    ImGui::TextUnformatted(FormatText(Tr(DeskText::kDoorsCount, lang_), static_cast<unsigned>(counts.doors)).c_str());
    ImGui::SameLine(0, 16);
    ImGui::TextUnformatted(FormatText(Tr(DeskText::kPeopleCount, lang_), static_cast<unsigned>(counts.people)).c_str());
    for (const auto& [code, people] : counts.languages) {
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const float side = ImGui::GetTextLineHeight() * 0.7f;
      ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + 3), ImVec2(at.x + side, at.y + 3 + side),
                                                LanguageColor(code));
      ImGui::Dummy(ImVec2(side, side));
      ImGui::SameLine();
      ImGui::Text("%s  %zu", LanguageName(code, lang_).c_str(), people);
    }
  };
  // The whole file's languages folded away once a selection or a cut says more.
  const bool busy = !map_.selected().empty() || history_.plan().TurfCount() > 0;
  ImGui::SetNextItemOpen(!busy, ImGuiCond_Always);
  if (ImGui::CollapsingHeader(Tr(DeskText::kLanguagesHere, lang_).data())) {
    counts_block(whole_file_);
  }
  if (!map_.selected().empty()) {
    ImGui::PushFont(theme.bold);
    ImGui::TextUnformatted(Tr(DeskText::kSelected, lang_).data());
    ImGui::PopFont();
    counts_block(CountHouseholds(list, map_.selected()));
  }
  DrawCutting(theme);
  std::size_t without = 0;
  for (const Building& b : list.buildings)
    if (!b.location) without += b.households.size();
  if (without > 0) {
    ImGui::Separator();
    ImGui::TextWrapped("%s", FormatText(Tr(DeskText::kWithoutCoordinates, lang_), static_cast<unsigned>(without)).c_str());
  }
}

}  // namespace puerta::desk
