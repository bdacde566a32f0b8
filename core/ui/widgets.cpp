#include "ui/widgets.h"

#include "imgui_internal.h"

namespace puerta::ui {
namespace {

bool FilledButton(const char* label, float width, float height, ImU32 bg, ImU32 fg, ImFont* font) {
  if (width < 0) width = ImGui::GetContentRegionAvail().x;
  ImGui::PushStyleColor(ImGuiCol_Button, bg);
  ImGui::PushStyleColor(ImGuiCol_ButtonHovered, bg);
  // Pressed: darken, so the tap is visible under a thumb.
  ImVec4 pressed = ImGui::ColorConvertU32ToFloat4(bg);
  pressed.x *= 0.8f, pressed.y *= 0.8f, pressed.z *= 0.8f;
  ImGui::PushStyleColor(ImGuiCol_ButtonActive, pressed);
  ImGui::PushStyleColor(ImGuiCol_Text, fg);
  if (font) ImGui::PushFont(font);
  const bool clicked = ImGui::Button(label, ImVec2(width, height < Theme::kTouchTarget ? Theme::kTouchTarget : height));
  if (font) ImGui::PopFont();
  ImGui::PopStyleColor(4);
  return clicked;
}

}  // namespace

bool PrimaryButton(const Theme& theme, const char* label, float width, float height) {
  return FilledButton(label, width, height, theme.colors().primary, theme.colors().on_primary, theme.bold);
}

bool SecondaryButton(const Theme& theme, const char* label, float width, float height) {
  return FilledButton(label, width, height, theme.colors().accent_soft, theme.colors().text, theme.bold);
}

void Chip(const Theme& theme, std::string_view text, ImU32 background, ImU32 foreground) {
  ImGui::PushFont(theme.small);
  const ImVec2 text_size = ImGui::CalcTextSize(text.data(), text.data() + text.size());
  const ImVec2 pad(8, 3);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 size(text_size.x + pad.x * 2, text_size.y + pad.y * 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), background, size.y * 0.5f);
  draw->AddText(ImVec2(pos.x + pad.x, pos.y + pad.y), foreground, text.data(), text.data() + text.size());
  ImGui::Dummy(size);
  ImGui::PopFont();
}

void TextColored(ImU32 color, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopStyleColor();
}

void TextWrappedColored(ImU32 color, std::string_view text) {
  ImGui::PushStyleColor(ImGuiCol_Text, color);
  ImGui::PushTextWrapPos(0.0f);
  ImGui::TextUnformatted(text.data(), text.data() + text.size());
  ImGui::PopTextWrapPos();
  ImGui::PopStyleColor();
}

void DoorMark(const Theme& theme, float size) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float w = size * 0.62f, h = size;
  const ImU32 frame = theme.colors().primary;
  // Frame, then the door swung open (a parallelogram), then its knob.
  draw->AddRect(p, ImVec2(p.x + w, p.y + h), frame, size * 0.06f, 0, size * 0.08f);
  const ImVec2 a(p.x + size * 0.06f, p.y + size * 0.06f), b(p.x + w * 0.78f, p.y + size * 0.16f),
      c(p.x + w * 0.78f, p.y + h * 0.98f), d(p.x + size * 0.06f, p.y + h - size * 0.06f);
  draw->AddQuadFilled(a, b, c, d, frame);
  draw->AddCircleFilled(ImVec2(p.x + w * 0.64f, p.y + h * 0.56f), size * 0.045f, theme.colors().on_primary);
  ImGui::Dummy(ImVec2(w, h));
}

}  // namespace puerta::ui
