// Settings: text size, contrast for bright sun, interface language, practice
// mode for trainings, whether the browser keeps the work, whether the PIN
// alone guards it, and locking the phone now.
#include "imgui.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace puerta {

void DrawSettingsScreen(ScreenContext& ctx) {
  if (BeginScreen("##settings", ctx, ctx.T(UiText::kSettings))) {
    const float gap = ImGui::GetStyle().ItemSpacing.x;
    ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kTextSize));
    const UiText sizes[] = {UiText::kNormal, UiText::kLarge, UiText::kLarger};
    std::vector<std::string> labels;
    for (int i = 0; i < 3; ++i) labels.push_back(ctx.T(sizes[i]) + "##size-" + std::to_string(i));
    const ui::ButtonRows rows(ctx.theme, labels, 3, gap);
    for (int i = 0; i < 3; ++i) {
      rows.Before(i);
      if (ui::ChoiceButton(ctx.theme, labels[i].c_str(), ctx.app.state().text_size == i, rows.width(), Theme::kTouchTarget))
        ctx.app.SetTextSize(i);
    }
    ImGui::Spacing();
    ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kHighContrast));
    DrawOnOff(ctx, "contrast", ctx.app.state().high_contrast, &App::SetHighContrast);
    ImGui::Spacing();
    ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kLanguage));
    DrawLanguagePicker(ctx);
    ImGui::Spacing();
    ui::TextColored(ctx.theme.colors().muted, ctx.T(UiText::kPracticeMode));
    DrawOnOff(ctx, "practice", ctx.app.state().practice, &App::SetPractice);
    if (const std::size_t practice = ctx.app.PracticeAttempts()) {
      const std::string label = ctx.Tf(UiText::kClearPractice, static_cast<unsigned>(practice)) + "##clear-practice";
      if (ui::SecondaryButton(ctx.theme, label.c_str(), -1, 52)) ctx.app.ClearPractice();
    }
    // navigator.storage.persist(): a browser that has not promised to keep the
    // work may clear it when the phone runs low on space.
    using Kept = platform::DeviceStorage::Kept;
    const Kept kept = platform::GetDeviceStorage().kept;
    if (kept == Kept::kPersistent || kept == Kept::kBestEffort) {
      ImGui::Spacing();
      const std::string line = ctx.T(kept == Kept::kPersistent ? UiText::kStoragePersistent : UiText::kStorageBestEffort);
      ui::TextWrappedColored(ctx.theme.colors().muted, line);
      if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->RegisterLastItem(line + "##storage");
    }
    if (ctx.app.session().encrypted() && !ctx.app.session().device_bound()) {
      // No device secret here (crypto/pin.h): a copy of storage can be guessed at offline.
      ImGui::Spacing();
      const std::string line = ctx.T(UiText::kPinOnlyHere);
      ui::TextWrappedColored(ctx.theme.colors().muted, line);
      if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->RegisterLastItem(line + "##pin-only");
    }
    if (ctx.app.session().encrypted()) {
      ImGui::Dummy(ImVec2(0, 16));
      if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kLockNow) + "##lock").c_str(), -1, 56)) ctx.app.LockNow();
    }
  }
  EndScreen();
}

}  // namespace puerta
