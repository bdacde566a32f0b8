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
  }
  EndScreen();
}

}  // namespace puerta
