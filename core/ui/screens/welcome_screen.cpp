// Welcome: who is canvassing, for whom, and in which language the app speaks.
#include "i18n/text_conventions.h"
#include "imgui.h"
#include "ui/app.h"
#include "ui/screens/screens.h"
#include "ui/widgets.h"

namespace puerta {

void DrawWelcomeScreen(ScreenContext& ctx) {
  std::string& name = ctx.app.field("name");
  const TurfPackage* turf = ctx.app.session().turf();
  if (BeginScreen("##welcome", ctx, ctx.T(UiText::kWelcome))) {
    if (turf) {
      ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.app.TurfName(*turf));
      ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kOrganization) + std::string(LabelColon(ctx.lang)) + ctx.app.TurfOrganization(*turf));
    }
    ImGui::Spacing();
    ui::TextField(ctx.theme, (ctx.T(UiText::kYourName) + "##name").c_str(), &name);
    ImGui::Spacing();
    ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kLanguage));
    DrawLanguagePicker(ctx);
    ImGui::Dummy(ImVec2(0, 16));
    ImGui::BeginDisabled(name.empty());
    if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kContinue) + "##continue").c_str())) {
      ctx.app.SetCanvasserName(name);
      ctx.app.Back();
    }
    ImGui::EndDisabled();
  }
  EndScreen();
}

}  // namespace puerta
