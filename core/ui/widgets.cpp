#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>

#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "ui/platform.h"
#include "ui/widget_registry.h"

namespace puerta::ui {
namespace {

// A button whose label wraps onto more lines instead of being cut off (a
// Spanish or Tagalog label is often half again as long as the English one):
// it grows taller, never wider.
bool FilledButton(const char* label, float width, float height, ImU32 bg, ImU32 fg, ImFont* font,
                  Icon before = Icon::kNone, Icon after = Icon::kNone) {
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  if (font) ImGui::PushFont(font);
  const char* label_end = ImGui::FindRenderedTextEnd(label);
  const ImVec2 pad(14, 10);
  ImFont* f = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  // Room for the icons beside the text (an icon is about the size of a capital letter).
  const float icon = std::round(size * 0.7f), icon_gap = std::round(size * 0.35f);
  const float icons = (before != Icon::kNone ? icon + icon_gap : 0) + (after != Icon::kNone ? icon + icon_gap : 0);
  // A short label that fits (even without the side padding) stays on one line:
  // narrow pills like "한국어" must not break.
  const float one_line = f->CalcTextSizeA(size, FLT_MAX, 0, label, label_end).x;
  const float wrap = one_line + icons <= width - 8 ? FLT_MAX : std::max(20.0f, width - 2 * pad.x - icons);
  const ImVec2 text = f->CalcTextSizeA(size, FLT_MAX, wrap, label, label_end);
  const float h = std::max({height, Theme::kTouchTarget, text.y + 2 * pad.y});
  const bool clicked = ImGui::InvisibleButton(label, ImVec2(width, h));
  if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->RegisterLastItem(label);
  const ImVec2 min = ImGui::GetItemRectMin(), max = ImGui::GetItemRectMax();
  ImVec4 color = ImGui::ColorConvertU32ToFloat4(bg);
  if (ImGui::IsItemActive()) color.x *= 0.8f, color.y *= 0.8f, color.z *= 0.8f;  // visible under a thumb
  else if (ImGui::IsItemHovered()) color.x *= 0.95f, color.y *= 0.95f, color.z *= 0.95f;
  if (ImGui::GetCurrentContext()->CurrentItemFlags & ImGuiItemFlags_Disabled) color.w *= 0.5f;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(min, max, ImGui::ColorConvertFloat4ToU32(color), ImGui::GetStyle().FrameRounding);
  // Each wrapped line centred (shifted by the icons' room), the icons beside the text.
  float y = min.y + (h - text.y) / 2;
  const float scale = size / f->FontSize;
  const float shift = ((before != Icon::kNone ? icon + icon_gap : 0) - (after != Icon::kNone ? icon + icon_gap : 0)) / 2;
  const float center_x = min.x + width / 2 + shift;
  for (const char* s = label; s < label_end;) {
    const char* line_end = f->CalcWordWrapPositionA(scale, s, label_end, wrap);
    if (line_end == s) ++line_end;
    const float w = f->CalcTextSizeA(size, FLT_MAX, 0, s, line_end).x;
    draw->AddText(f, size, ImVec2(center_x - w / 2, y), fg, s, line_end);
    y += size;
    s = line_end;
    while (s < label_end && (*s == ' ' || *s == '\n')) ++s;
  }
  const float middle = min.y + h / 2;
  if (before != Icon::kNone) DrawIcon(draw, before, ImVec2(center_x - text.x / 2 - icon_gap - icon / 2, middle), icon, fg, bg);
  if (after != Icon::kNone) DrawIcon(draw, after, ImVec2(center_x + text.x / 2 + icon_gap + icon / 2, middle), icon, fg, bg);
  if (font) ImGui::PopFont();
  return clicked;
}

}  // namespace

bool PrimaryButton(const Theme& theme, const char* label, float width, float height) {
  return FilledButton(label, width, height, theme.colors().primary, theme.colors().on_primary, theme.bold);
}

bool SecondaryButton(const Theme& theme, const char* label, float width, float height) {
  return FilledButton(label, width, height, theme.colors().accent_soft, theme.colors().text, theme.bold);
}

bool PrimaryButton(const Theme& theme, const char* label, float width, float height, Icon before, Icon after) {
  return FilledButton(label, width, height, theme.colors().primary, theme.colors().on_primary, theme.bold, before, after);
}

bool SecondaryButton(const Theme& theme, const char* label, float width, float height, Icon before, Icon after) {
  return FilledButton(label, width, height, theme.colors().accent_soft, theme.colors().text, theme.bold, before, after);
}

void DrawIcon(ImDrawList* draw, Icon icon, ImVec2 c, float size, ImU32 color, ImU32 behind) {
  const float r = size / 2, stroke = std::max(2.0f, size * 0.16f);
  auto chevron = [&](ImVec2 a, ImVec2 b, ImVec2 d) {
    const ImVec2 points[] = {a, b, d};
    draw->AddPolyline(points, 3, color, ImDrawFlags_None, stroke);
  };
  switch (icon) {
    case Icon::kNone:
      break;
    case Icon::kBack:
      chevron(ImVec2(c.x + r * 0.35f, c.y - r * 0.8f), ImVec2(c.x - r * 0.45f, c.y), ImVec2(c.x + r * 0.35f, c.y + r * 0.8f));
      break;
    case Icon::kForward:
    case Icon::kCollapsed:
      chevron(ImVec2(c.x - r * 0.35f, c.y - r * 0.8f), ImVec2(c.x + r * 0.45f, c.y), ImVec2(c.x - r * 0.35f, c.y + r * 0.8f));
      break;
    case Icon::kExpanded:
      chevron(ImVec2(c.x - r * 0.8f, c.y - r * 0.35f), ImVec2(c.x, c.y + r * 0.45f), ImVec2(c.x + r * 0.8f, c.y - r * 0.35f));
      break;
    case Icon::kBoxEmpty:
      draw->AddRect(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), color, size * 0.15f, 0, stroke * 0.8f);
      break;
    case Icon::kBoxChecked: {
      draw->AddRectFilled(ImVec2(c.x - r, c.y - r), ImVec2(c.x + r, c.y + r), color, size * 0.15f);
      const ImVec2 tick[] = {ImVec2(c.x - r * 0.55f, c.y), ImVec2(c.x - r * 0.12f, c.y + r * 0.45f), ImVec2(c.x + r * 0.6f, c.y - r * 0.5f)};
      draw->AddPolyline(tick, 3, behind, ImDrawFlags_None, stroke);
      break;
    }
  }
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

namespace puerta::ui {

bool TextField(const Theme& theme, const char* label, std::string* text, const char* hint, bool multiline,
               bool digits_only, bool password) {
  const std::string_view visible(label, std::string_view(label).find("##") == std::string_view::npos
                                            ? std::strlen(label)
                                            : std::string_view(label).find("##"));
  if (!visible.empty()) TextColored(theme.colors().muted, visible);
  ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(14, 15));
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, theme.options().high_contrast ? 2.0f : 1.0f);
  ImGui::PushStyleColor(ImGuiCol_FrameBg, theme.colors().surface);
  ImGui::PushStyleColor(ImGuiCol_Border, theme.colors().border);
  ImGuiInputTextFlags flags = 0;
  if (digits_only) flags |= ImGuiInputTextFlags_CharsDecimal;
  if (password) flags |= ImGuiInputTextFlags_Password;
  const std::string id = std::string("##field-") + label;
  bool changed;
  ImGui::SetNextItemWidth(-1);
  if (multiline) {
    changed = ImGui::InputTextMultiline(id.c_str(), text, ImVec2(-1, 112), flags);
  } else {
    changed = ImGui::InputTextWithHint(id.c_str(), hint, text, flags);
  }
  // The keyboard the phone should raise for it (wasm/js/bridge.js reads this on the tap itself).
  const platform::TextInputKind input = password && digits_only ? platform::TextInputKind::kPin
                                        : digits_only          ? platform::TextInputKind::kNumber
                                                               : platform::TextInputKind::kText;
  if (WidgetRegistry* registry = WidgetRegistry::Current()) {
    registry->MarkLast("text", visible, platform::TextInputKindName(input));
    if (ImGui::IsItemActive()) registry->SetActiveInput(platform::TextInputKindName(input));
  }
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar(2);
  return changed;
}

bool ChoiceButton(const Theme& theme, const char* label, bool selected, float width, float height, Icon before) {
  if (selected) return PrimaryButton(theme, label, width, height, before);
  return SecondaryButton(theme, label, width, height, before);
}

void ProgressBar(const Theme& theme, float fraction, float height) {
  const ImVec2 p = ImGui::GetCursorScreenPos();
  const float w = ImGui::GetContentRegionAvail().x;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  // The track is light in both themes: a dark track would read as a full bar.
  draw->AddRectFilled(p, ImVec2(p.x + w, p.y + height),
                      theme.options().high_contrast ? theme.colors().accent_soft : theme.colors().border, height / 2);
  if (theme.options().high_contrast) draw->AddRect(p, ImVec2(p.x + w, p.y + height), theme.colors().border, height / 2);
  if (fraction > 0)
    draw->AddRectFilled(p, ImVec2(p.x + w * ImClamp(fraction, 0.0f, 1.0f), p.y + height), theme.colors().primary,
                        height / 2);
  ImGui::Dummy(ImVec2(w, height));
}

void StatTile(const Theme& theme, const char* id, std::string_view number, std::string_view caption, float width) {
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
  ImGui::BeginChild(id, ImVec2(width, 86), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
  ImGui::PushFont(theme.heading);
  TextColored(theme.colors().primary, number);
  ImGui::PopFont();
  ImGui::PushFont(theme.small);
  TextColored(theme.colors().muted, caption);
  ImGui::PopFont();
  ImGui::EndChild();
  // Found by its id, read by its number (tests compare what two screens show).
  if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->RegisterLastItem(std::string(number) + id);
  ImGui::PopStyleVar();
}

void Paragraph(ImFont* font, ImU32 color, std::string_view text) {
  ImGui::PushFont(font);
  TextWrappedColored(color, text);
  ImGui::PopFont();
}

}  // namespace puerta::ui
