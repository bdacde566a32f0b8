// The PIN: chosen once when a turf asks for encryption (with the plain truth
// that it cannot be recovered), entered whenever the app reopens or locks.
#include "imgui.h"
#include "ui/app.h"
#include "ui/screens/screens.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

void DrawPinError(const ScreenContext& ctx) {
  if (ctx.app.pin_error().empty()) return;
  ui::Paragraph(ctx.theme.bold, ctx.theme.colors().danger, ctx.app.pin_error());
  if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->RegisterLastItem(ctx.app.pin_error() + "##pin-error");
}

}  // namespace

void DrawCreatePinScreen(ScreenContext& ctx) {
  std::string& pin = ctx.app.field("pin");
  std::string& again = ctx.app.field("again");
  if (BeginScreen("##create-pin", ctx, ctx.T(UiText::kCreatePinTitle))) {
    ui::Paragraph(ctx.theme.body, ctx.theme.colors().text, ctx.T(UiText::kCreatePinHelp));
    ImGui::Spacing();
    ui::TextField(ctx.theme, (ctx.T(UiText::kPinLabel) + "##pin").c_str(), &pin, "", false, true, true);
    ui::TextField(ctx.theme, (ctx.T(UiText::kConfirmPin) + "##again").c_str(), &again, "", false, true, true);
    DrawPinError(ctx);
    ImGui::Spacing();
    if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kContinue) + "##create").c_str())) ctx.app.CreatePin(pin, again);
  }
  EndScreen();
}

void DrawUnlockScreen(ScreenContext& ctx) {
  std::string& pin = ctx.app.field("pin");
  if (BeginScreen("##unlock", ctx, ctx.T(UiText::kUnlockTitle))) {
    ui::TextField(ctx.theme, (ctx.T(UiText::kPinLabel) + "##pin").c_str(), &pin, "", false, true, true);
    DrawPinError(ctx);
    ImGui::Spacing();
    if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kUnlock) + "##unlock").c_str())) {
      ctx.app.Unlock(pin);
    }
    ImGui::Dummy(ImVec2(0, 32));
    ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kForgotPin));
    DrawWipeWithConfirmation(ctx, ctx.app.memory().wipe_step, UiText::kWipeAndStartOver);
  }
  EndScreen();
}

}  // namespace puerta
