// Start: nothing opened on this phone yet. The app's name, what to do, the
// sample turf to practice with, and a way to open a turf file.
#include "imgui.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {

void DrawStartScreen(ScreenContext& ctx) {
  if (BeginScreen("##start", ctx)) {
    ImGui::Dummy(ImVec2(0, 24));
    ui::DoorMark(ctx.theme, 44);
    ImGui::SameLine(0, 14);
    ImGui::PushFont(ctx.theme.heading);
    ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 6);
    ui::TextColored(ctx.theme.colors().primary, "Puerta");
    ImGui::PopFont();
    ui::Paragraph(ctx.theme.body, ctx.theme.colors().muted, ctx.T(UiText::kTagline));
    ImGui::Dummy(ImVec2(0, 12));
    DrawLanguagePicker(ctx);
    ImGui::Dummy(ImVec2(0, 20));
    ui::Paragraph(ctx.theme.body, ctx.theme.colors().text, ctx.T(UiText::kNoTurfYet));
    ImGui::Dummy(ImVec2(0, 12));
    if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kOpenSampleTurf) + "##sample").c_str())) ctx.app.OpenSampleTurf();
    ImGui::Spacing();
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kOpenTurfFile) + "##file").c_str(), -1, 56))
      platform::PickTurfFile();

    // A look at the sample turf: what a walk list is, before opening one.
    if (const TurfPackage* sample = ctx.app.SamplePreview()) {
      ImGui::Dummy(ImVec2(0, 12));
      ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, sample->name);
      ui::TextColored(ctx.theme.colors().muted,
                      ctx.Tf(UiText::kDoorsInTurf, static_cast<unsigned>(sample->walk_list.households.size())) + " · " +
                          ctx.Tf(UiText::kPeople, static_cast<unsigned>(sample->walk_list.VoterCount())));
      const Palette& c = ctx.theme.colors();
      ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(14, 10));
      ImGui::BeginChild("##sample-doors", ImVec2(0, RemainingHeight()), true, ImGuiWindowFlags_AlwaysUseWindowPadding);
      for (const Building& b : sample->walk_list.buildings) {
        for (std::uint32_t index : b.households) {
          const Household& h = sample->walk_list.households[index];
          ImGui::PushFont(ctx.theme.bold);
          ImGui::TextUnformatted(h.address.display.c_str());
          ImGui::PopFont();
          for (const Voter& v : h.voters) {
            ui::TextColored(c.muted, v.first_name + " " + v.last_name);
            if (!v.preferred_language.empty() && v.preferred_language != "en") {
              ImGui::SameLine();
              ui::Chip(ctx.theme, LanguageChip(v.preferred_language), c.accent_soft, c.primary);
            }
          }
          ImGui::Separator();
        }
      }
      ImGui::EndChild();
      ImGui::PopStyleVar();
    }
  }
  EndScreen();
}

}  // namespace puerta
