#include "native/desk/workspace.h"

#include <SDL_scancode.h>

#include <algorithm>

#include "i18n/desk_text.h"
#include "i18n/ui_text.h"
#include "imgui.h"
#include "imgui_stdlib.h"

namespace puerta::desk {
namespace {

constexpr float kSidebarWidth = 210;

struct SidebarItem {
  Section section;
  DeskText label;
  int key;  // with Ctrl: ImGui 1.86 with the SDL backend names keys by SDL scancode
};
constexpr SidebarItem kSidebar[] = {{Section::kCampaign, DeskText::kCampaign, SDL_SCANCODE_1},
                                    {Section::kTurfs, DeskText::kTurfs, SDL_SCANCODE_2},
                                    {Section::kResults, DeskText::kResults, SDL_SCANCODE_3},
                                    {Section::kReview, DeskText::kReview, SDL_SCANCODE_4},
                                    {Section::kPractice, DeskText::kPractice, SDL_SCANCODE_5}};

void Heading(const Theme& theme, std::string_view text) {
  ImGui::PushFont(theme.heading);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopFont();
}

}  // namespace

Workspace::Workspace(std::string language, PracticeLauncher practice)
    : lang_(std::move(language)), results_(lang_), review_(lang_), turfs_(lang_), practice_(std::move(practice)) {}

void Workspace::SetLanguage(std::string language) {
  lang_ = std::move(language);
  results_.set_language(lang_);
  review_.set_language(lang_);
  turfs_.set_language(lang_);
}

void Workspace::NeedGlyphs(GlyphSet& glyphs) const {
  for (int t = 0; t < static_cast<int>(DeskText::kCount_); ++t) glyphs.Add(Tr(static_cast<DeskText>(t), lang_));
  for (const UiLanguage& language : UiLanguages()) glyphs.Add(language.native_name);
  glyphs.Add(desk_.path());
  glyphs.Add(desk_.problem());
  for (const CollectedFile& f : desk_.collect_log()) glyphs.Add(f.name);
  results_.NeedGlyphs(glyphs);
  review_.NeedGlyphs(glyphs);
  turfs_.NeedGlyphs(glyphs);
}

void Workspace::FileDropped(const std::string& path) {
  // On Turfs a dropped file is a voter file; elsewhere a campaign file
  // dropped before one is open opens it, and anything else is collected.
  if (section_ == Section::kTurfs) {
    turfs_.Load(path);
    return;
  }
  if (!desk_.is_open()) {
    path_field_ = path;
    desk_.Open(path);
    return;
  }
  desk_.Collect(path);
  section_ = Section::kCampaign;
}

void Workspace::Draw(const Theme& theme) {
  const ImGuiIO& io = ImGui::GetIO();
  if (io.KeyCtrl)
    for (const SidebarItem& item : kSidebar)
      if (ImGui::IsKeyPressed(item.key, false)) section_ = item.section;
  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(io.DisplaySize);
  ImGui::Begin("##workspace", nullptr,
               ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                   ImGuiWindowFlags_NoBringToFrontOnFocus);
  DrawSidebar(theme);
  ImGui::SameLine();
  ImGui::BeginChild("##view", ImVec2(0, 0), false);
  switch (section_) {
    case Section::kCampaign: DrawCampaign(theme); break;
    case Section::kTurfs: turfs_.Draw(theme); break;
    case Section::kResults: results_.Draw(theme, desk_); break;
    case Section::kReview: review_.Draw(theme, desk_); break;
    case Section::kPractice: DrawPractice(theme); break;
  }
  ImGui::EndChild();
  ImGui::End();
}

void Workspace::DrawSidebar(const Theme& theme) {
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors().accent_soft);
  ImGui::BeginChild("##sidebar", ImVec2(kSidebarWidth, 0), true);
  ImGui::PushFont(theme.bold);
  ImGui::TextUnformatted("Puerta");
  ImGui::PopFont();
  ImGui::TextDisabled("%s", Tr(DeskText::kDeskTitle, lang_).data());
  ImGui::Separator();
  ImGui::Spacing();
  for (const SidebarItem& item : kSidebar) {
    const std::string label = std::string(Tr(item.label, lang_)) + "##section-" +
                              std::to_string(static_cast<int>(item.section));
    const std::string shortcut = "Ctrl+" + std::to_string(static_cast<int>(item.section) + 1);
    if (ImGui::Selectable(label.c_str(), section_ == item.section, 0, ImVec2(0, ImGui::GetFrameHeight())))
      section_ = item.section;
    ImGui::SameLine(kSidebarWidth - ImGui::CalcTextSize(shortcut.c_str()).x - 24);
    ImGui::TextDisabled("%s", shortcut.c_str());
  }
  // The interface language, at the bottom.
  ImGui::SetCursorPosY(std::max(ImGui::GetCursorPosY(), ImGui::GetWindowHeight() - ImGui::GetFrameHeightWithSpacing() * 2));
  ImGui::TextDisabled("%s", Tr(UiText::kLanguage, lang_).data());
  ImGui::SetNextItemWidth(-1);
  std::string_view shown = lang_;
  for (const UiLanguage& language : UiLanguages())
    if (language.code == lang_) shown = language.native_name;
  if (ImGui::BeginCombo("##language", std::string(shown).c_str())) {
    for (const UiLanguage& language : UiLanguages())
      if (ImGui::Selectable(std::string(language.native_name).c_str(), language.code == lang_))
        SetLanguage(std::string(language.code));
    ImGui::EndCombo();
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void Workspace::DrawCampaign(const Theme& theme) {
  Heading(theme, Tr(DeskText::kCampaign, lang_));
  if (!desk_.is_open()) ImGui::TextWrapped("%s", Tr(DeskText::kNoCampaign, lang_).data());
  ImGui::SetNextItemWidth(std::min(520.0f, ImGui::GetContentRegionAvail().x - 120));
  const std::string file_label = "##campaign-file";
  const bool entered = ImGui::InputTextWithHint(file_label.c_str(), Tr(DeskText::kCampaignFile, lang_).data(),
                                                &path_field_, ImGuiInputTextFlags_EnterReturnsTrue);
  ImGui::SameLine();
  if ((ImGui::Button(Tr(DeskText::kOpen, lang_).data()) || entered) && !path_field_.empty()) desk_.Open(path_field_);
  if (!desk_.problem().empty())
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.colors().danger), "%s",
                       FillText(Tr(DeskText::kCannotOpen, lang_), desk_.problem()).c_str());
  if (!desk_.is_open()) return;

  ImGui::Spacing();
  ImGui::PushFont(theme.bold);
  ImGui::TextUnformatted(desk_.path().c_str());
  ImGui::PopFont();
  const std::vector<campaign::Batch>& batches = desk_.Batches();
  std::int64_t held = 0;
  for (const campaign::Batch& b : batches) held += b.added;
  ImGui::TextUnformatted(FormatText(Tr(DeskText::kFilesCollected, lang_), static_cast<unsigned>(batches.size())).c_str());
  ImGui::SameLine(0, 24);
  ImGui::TextUnformatted(FormatText(Tr(DeskText::kResultsHeld, lang_), static_cast<unsigned>(held)).c_str());

  ImGui::Spacing();
  ImGui::Separator();
  ImGui::TextUnformatted(Tr(DeskText::kSecretKey, lang_).data());
  ImGui::SetNextItemWidth(std::min(520.0f, ImGui::GetContentRegionAvail().x));
  if (ImGui::InputTextWithHint("##secret-key", "organizer.secret", &key_field_)) desk_.SetSecretKeyFile(key_field_);
  ImGui::Spacing();
  ImGui::PushStyleColor(ImGuiCol_ChildBg, theme.colors().surface);
  ImGui::BeginChild("##drop", ImVec2(0, 0), true);
  ImGui::TextWrapped("%s", Tr(DeskText::kDropToCollect, lang_).data());
  ImGui::Spacing();
  for (const CollectedFile& f : desk_.collect_log()) {
    if (!f.problem.empty() || !f.collected) {
      const std::string why = f.problem.empty() && !f.result.problems.empty() ? f.result.problems.front().reason : f.problem;
      ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(theme.colors().danger), "%s: %s",
                         FillText(Tr(DeskText::kNotCollected, lang_), f.name).c_str(), why.c_str());
      continue;
    }
    std::string line = FillText(FormatText(Tr(DeskText::kCollectedFile, lang_), f.result.added, f.result.already_had), f.name);
    if (f.result.rejected > 0) line += " · " + FormatText(Tr(DeskText::kLinesRefused, lang_), f.result.rejected);
    ImGui::TextColored(ImGui::ColorConvertU32ToFloat4(f.result.rejected ? theme.colors().danger : theme.colors().success),
                       "%s", line.c_str());
    for (const campaign::FileProblem& p : f.result.problems)
      ImGui::TextDisabled("    %u: %s %s", static_cast<unsigned>(p.line), p.field.c_str(), p.reason.c_str());
  }
  ImGui::EndChild();
  ImGui::PopStyleColor();
}

void Workspace::DrawPractice(const Theme& theme) {
  Heading(theme, Tr(DeskText::kPractice, lang_));
  ImGui::PushTextWrapPos(std::min(ImGui::GetContentRegionAvail().x, 640.0f));
  ImGui::TextWrapped("%s", Tr(DeskText::kPracticeHelp, lang_).data());
  ImGui::PopTextWrapPos();
  ImGui::Spacing();
  if (ImGui::Button(Tr(DeskText::kOpenPractice, lang_).data())) {
    const std::string why = practice_ ? practice_() : "no window";
    practice_message_ = why.empty() ? std::string(Tr(DeskText::kPracticeOpened, lang_))
                                    : FillText(Tr(DeskText::kPracticeFailed, lang_), why);
  }
  if (!practice_message_.empty()) ImGui::TextWrapped("%s", practice_message_.c_str());
}

}  // namespace puerta::desk
