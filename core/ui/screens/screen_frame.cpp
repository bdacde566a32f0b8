#include <algorithm>
#include <cstdio>

#include "imgui.h"
#include "ui/app.h"
#include "ui/screens/screens.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace puerta {
namespace {
constexpr float kMaxColumn = 560.0f;
}

std::string ScreenContext::Tf(UiText text, unsigned a, unsigned b) const { return FormatText(Tr(text, lang), a, b); }

bool BeginScreen(const char* id, const ScreenContext& ctx, const std::string& title) {
  const ImGuiViewport* vp = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(vp->WorkPos);
  ImGui::SetNextWindowSize(vp->WorkSize);
  const float column = std::min(kMaxColumn, vp->WorkSize.x);
  const float side = std::max(16.0f, (vp->WorkSize.x - column) * 0.5f + 16.0f);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(side, 16));
  const bool open = ImGui::Begin(id, nullptr,
                                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                     ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                     ImGuiWindowFlags_NoScrollWithMouse);
  ImGui::PopStyleVar();
  if (!title.empty()) {
    const float row_top = ImGui::GetCursorPosY();
    if (ctx.app.depth() > 1) {
      // The one Back of every screen (in a conversation: one question back).
      const std::string back = ctx.T(UiText::kBack) + "##back";
      const float back_width = ImGui::CalcTextSize(back.c_str(), nullptr, true).x + ImGui::GetFontSize() + 40;
      if (ui::SecondaryButton(ctx.theme, back.c_str(), back_width, Theme::kTouchTarget, ui::Icon::kBack)) ctx.app.Back();
      // The title beside Back, or on a row of its own under it when a word
      // of it would not fit there (larger text, a narrow phone).
      const float heading_size = ctx.theme.heading->FontSize * ImGui::GetIO().FontGlobalScale;
      const float beside = ImGui::GetContentRegionAvail().x - back_width - 14;
      if (ui::FitsWords(ctx.theme.heading, heading_size, title, beside)) ImGui::SameLine(0, 14);
    }
    ImGui::PushFont(ctx.theme.heading);
    // Centred on the Back button's row (when beside it).
    ImGui::SetCursorPosY(
        std::max(ImGui::GetCursorPosY(), row_top + std::max(0.0f, (Theme::kTouchTarget - ImGui::GetFontSize()) / 2)));
    ui::TextWrappedColored(ctx.theme.colors().text, title);  // a long title wraps beside Back
    ImGui::PopFont();
    ImGui::Spacing();
  }
  if (ctx.app.state().practice) {
    ui::Chip(ctx.theme, ctx.T(UiText::kPracticeMode), ctx.theme.colors().accent_soft, ctx.theme.colors().primary);
  }
  const std::string& banner = ctx.app.banner();
  if (!banner.empty()) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float text_height =
        ImGui::GetFontSize() * static_cast<float>(ui::WrapText(ImGui::GetFont(), ImGui::GetFontSize(), banner, width - 24).size());
    ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + text_height + 24), ctx.theme.colors().danger, 10);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 12, pos.y + 12));
    ui::TextWrappedColored(ctx.theme.colors().on_primary, banner, width - 24);
    ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + text_height + 24 + ImGui::GetStyle().ItemSpacing.y));
  }
  const std::string& notice = ctx.app.notice();
  if (!notice.empty()) {  // wrapped: a file name and what to do next run long
    ui::TextWrappedColored(ctx.theme.colors().success, notice);
    if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->RegisterLastItem(notice + "##notice");
  }
  return open;
}

void EndScreen() { ImGui::End(); }

float RemainingHeight(float footer) {
  return std::max(120.0f, ImGui::GetContentRegionAvail().y - footer);
}

void DrawLanguagePicker(ScreenContext& ctx) {
  const auto languages = UiLanguages();
  std::vector<std::string> labels;
  for (const auto& language : languages)
    labels.push_back(LanguageChip(std::string(language.code)) + "##lang-" + std::string(language.code));
  const ui::ButtonRows rows(ctx.theme, labels, static_cast<int>(labels.size()));
  for (std::size_t i = 0; i < languages.size(); ++i) {
    const auto& language = languages[i];
    rows.Before(static_cast<int>(i));
    const bool selected = ctx.app.state().interface_language == language.code;
    if (ui::ChoiceButton(ctx.theme, labels[i].c_str(), selected, rows.width(), Theme::kTouchTarget))
      ctx.app.SetInterfaceLanguage(std::string(language.code));
  }
}

void DrawWipeWithConfirmation(ScreenContext& ctx, WipeStep& step, UiText button, unsigned not_received) {
  if (step == WipeStep::kNotAsked) {
    if (ui::SecondaryButton(ctx.theme, (ctx.T(button) + "##wipe").c_str(), -1, 56))
      step = not_received > 0 ? WipeStep::kUnreceivedWarning : WipeStep::kConfirm;
    return;
  }
  if (step == WipeStep::kUnreceivedWarning) {
    const std::string warning = ctx.Tf(UiText::kWipeUnreceived, not_received);
    ui::Paragraph(ctx.theme.bold, ctx.theme.colors().danger, warning);
    if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->RegisterLastItem(warning + "##wipe-unreceived");
    // Keeping the results is the easy tap here; erasing them takes the second question too.
    if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kCancel) + "##cancel-wipe").c_str(), -1, 56)) step = WipeStep::kNotAsked;
    if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kEraseAnyway) + "##wipe-anyway").c_str(), -1, 56))
      step = WipeStep::kConfirm;
    return;
  }
  ui::Paragraph(ctx.theme.body, ctx.theme.colors().danger, ctx.T(UiText::kWipeConfirm));
  if (ui::PrimaryButton(ctx.theme, (ctx.T(UiText::kYesWipe) + "##yes-wipe").c_str(), -1, 56)) {
    step = WipeStep::kNotAsked;
    ctx.app.WipeDevice();
  }
  if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kCancel) + "##cancel-wipe").c_str())) step = WipeStep::kNotAsked;
}

void DrawOnOff(ScreenContext& ctx, const char* id, bool value, void (App::*set)(bool)) {
  const float half = (ImGui::GetContentRegionAvail().x - ImGui::GetStyle().ItemSpacing.x) / 2;
  if (ui::ChoiceButton(ctx.theme, (ctx.T(UiText::kOn) + "##" + id + "-on").c_str(), value, half, 48)) (ctx.app.*set)(true);
  ImGui::SameLine();
  if (ui::ChoiceButton(ctx.theme, (ctx.T(UiText::kOff) + "##" + id + "-off").c_str(), !value, half, 48)) (ctx.app.*set)(false);
}

std::string LanguageChip(const std::string& code) {
  if (code == "zh") return "中文";
  if (code == "ko") return "한국어";
  std::string upper = code;
  for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return upper;
}

}  // namespace puerta
