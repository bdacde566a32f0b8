// Home: the first thing a canvasser sees after opening the link. The app's
// name, the turf they were given, the doors in it, and one big Start button
// within reach of the thumb.
#include <cstdio>

#include "i18n/ui_text.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

void DrawTitle(const ScreenContext& ctx) {
  ui::DoorMark(ctx.theme, 36);
  ImGui::SameLine(0, 12);
  ImGui::PushFont(ctx.theme.heading);
  ui::TextColored(ctx.theme.colors().primary, "Puerta");
  ImGui::PopFont();
  ui::TextWrappedColored(ctx.theme.colors().muted, Tr(UiText::kTagline, ctx.lang()));
}

void DrawLanguagePicker(ScreenContext& ctx) {
  const auto languages = UiLanguages();
  const float spacing = 6;
  const float width = (ImGui::GetContentRegionAvail().x - spacing * (languages.size() - 1)) / languages.size();
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto& lang = languages[i];
    if (i) ImGui::SameLine(0, spacing);
    const bool selected = ctx.state.interface_language == lang.code;
    // Short labels fit six pills across a phone; CJK names are short already.
    std::string label = lang.code == "zh" || lang.code == "ko" ? std::string(lang.native_name) : std::string(lang.code);
    for (auto& ch : label) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    label += "##lang-" + std::string(lang.code);
    const bool tapped = selected ? ui::PrimaryButton(ctx.theme, label.c_str(), width, Theme::kTouchTarget)
                                 : ui::SecondaryButton(ctx.theme, label.c_str(), width);
    if (tapped) ctx.app.SetInterfaceLanguage(std::string(lang.code));
  }
}

void DrawTurfSummary(const ScreenContext& ctx) {
  ImGui::PushFont(ctx.theme.bold);
  ImGui::TextUnformatted(ctx.turf_name.c_str());
  ImGui::PopFont();
  const std::string summary = std::to_string(ctx.walk_list.households.size()) + " " +
                              std::string(Tr(UiText::kDoorsInTurf, ctx.lang())) + " · " +
                              std::to_string(ctx.walk_list.VoterCount()) + " " +
                              std::string(Tr(UiText::kPeople, ctx.lang()));
  ui::TextColored(ctx.theme.colors().muted, summary);
}

}  // namespace

void DrawHomeScreen(ScreenContext& ctx) {
  if (BeginScreen("##home", ctx)) {
    DrawTitle(ctx);
    ImGui::Spacing();
    DrawLanguagePicker(ctx);
    ImGui::Spacing();
    DrawTurfSummary(ctx);

    // The door list scrolls; the Start button stays put at the bottom.
    const float footer = 64 + 16 + ImGui::GetTextLineHeightWithSpacing() + 8;
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 12));
    ImGui::BeginChild("##doors", ImVec2(0, -footer), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
    for (const Household& h : ctx.walk_list.households) DrawHouseholdCard(ctx, h);
    ImGui::EndChild();
    ImGui::PopStyleVar();

    ImGui::Spacing();
    const UiText verb = ctx.state.times_started > 0 ? UiText::kContinue : UiText::kStart;
    const std::string start = std::string(Tr(verb, ctx.lang())) + "##start";
    if (ui::PrimaryButton(ctx.theme, start.c_str())) ctx.app.StartTurf();
    if (ctx.state.times_started > 0) {
      char line[160];
      std::snprintf(line, sizeof line, std::string(Tr(UiText::kStartedTimes, ctx.lang())).c_str(),
                    static_cast<unsigned>(ctx.state.times_started));
      ui::TextColored(ctx.theme.colors().muted, line);
    }
  }
  EndScreen();
}

}  // namespace puerta
