#include "ui/widgets.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>

#include "imgui_internal.h"
#include "imgui_stdlib.h"
#include "i18n/line_break.h"
#include "ui/platform.h"
#include "ui/widget_registry.h"

namespace puerta::ui {

namespace {

std::vector<std::string_view> Wrap(ImFont* font, float size, std::string_view text, float width) {
  const float scale = size / font->FontSize;
  return WrapLines(text, width, [&](char32_t c) {
    return font->GetCharAdvance(c <= 0xFFFF ? static_cast<ImWchar>(c) : static_cast<ImWchar>(0xFFFD)) * scale;
  });
}

// A filled button's label: one line when it fits, else wrapped inside the padding.
constexpr float kButtonPadX = 14;
// `icons`: the room the button's icons take beside the text.
std::vector<std::string_view> ButtonLines(ImFont* font, float size, std::string_view label, float width, float icons) {
  if (font->CalcTextSizeA(size, FLT_MAX, 0, label.data(), label.data() + label.size()).x + icons <= width - 8)
    return {label};
  return WrapText(font, size, label, std::max(20.0f, width - 2 * kButtonPadX - icons));
}

}  // namespace

std::vector<std::string_view> WrapText(ImFont* font, float size, std::string_view text, float width) {
  std::vector<std::string_view> lines = Wrap(font, size, text, width);
  if (BrokeInsideWord(lines))
    if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->NoteBrokenWord(text);
  return lines;
}

bool FitsWords(ImFont* font, float size, std::string_view text, float width) {
  return !BrokeInsideWord(Wrap(font, size, text, width));
}

ButtonRows::ButtonRows(const Theme& theme, const std::vector<std::string>& labels, int per_row, float gap)
    : per_row_(std::max(1, per_row)), gap_(gap) {
  const float avail = ImGui::GetContentRegionAvail().x;
  ImFont* font = theme.bold;
  const float size = font->FontSize * ImGui::GetIO().FontGlobalScale;
  auto fits = [&](float w) {
    for (const std::string& full : labels) {
      const std::string_view label(full.data(), full.find("##") == std::string::npos ? full.size() : full.find("##"));
      if (font->CalcTextSizeA(size, FLT_MAX, 0, label.data(), label.data() + label.size()).x <= w - 8) continue;
      if (!FitsWords(font, size, label, std::max(20.0f, w - 2 * kButtonPadX))) return false;
    }
    return true;
  };
  auto width_for = [&](int n) { return (avail - gap_ * static_cast<float>(n - 1)) / static_cast<float>(n); };
  while (per_row_ > 1 && !fits(width_for(per_row_))) --per_row_;
  // Rows as even as they can be: four filters that fit three to a row go two and two.
  const int count = std::max(1, static_cast<int>(labels.size()));
  const int rows = (count + per_row_ - 1) / per_row_;
  per_row_ = (count + rows - 1) / rows;
  width_ = width_for(per_row_);
}

void ButtonRows::Before(int index) const {
  if (index % per_row_) ImGui::SameLine(0, gap_);
}

namespace {

// A button whose label wraps onto more lines instead of being cut off (a
// Spanish or Tagalog label is often half again as long as the English one):
// it grows taller, never wider.
bool FilledButton(const char* label, float width, float height, ImU32 bg, ImU32 fg, ImFont* font,
                  Icon before = Icon::kNone, Icon after = Icon::kNone) {
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  if (font) ImGui::PushFont(font);
  const char* label_end = ImGui::FindRenderedTextEnd(label);
  const ImVec2 pad(kButtonPadX, 10);
  ImFont* f = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  // Room for the icons beside the text (an icon is about the size of a capital letter).
  const float icon = std::round(size * 0.7f), icon_gap = std::round(size * 0.35f);
  const float icons = (before != Icon::kNone ? icon + icon_gap : 0) + (after != Icon::kNone ? icon + icon_gap : 0);
  // A short label that fits (even without the side padding) stays on one line:
  // narrow pills like "한국어" must not break.
  const std::string_view text_view(label, static_cast<std::size_t>(label_end - label));
  const std::vector<std::string_view> lines = ButtonLines(f, size, text_view, width, icons);
  float widest = 0;
  for (std::string_view line : lines)
    widest = std::max(widest, f->CalcTextSizeA(size, FLT_MAX, 0, line.data(), line.data() + line.size()).x);
  const ImVec2 text(widest, size * static_cast<float>(lines.size()));
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
  const float shift = ((before != Icon::kNone ? icon + icon_gap : 0) - (after != Icon::kNone ? icon + icon_gap : 0)) / 2;
  const float center_x = min.x + width / 2 + shift;
  for (std::string_view line : lines) {
    const float w = f->CalcTextSizeA(size, FLT_MAX, 0, line.data(), line.data() + line.size()).x;
    draw->AddText(f, size, ImVec2(center_x - w / 2, y), fg, line.data(), line.data() + line.size());
    y += size;
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
  NoteDrawn(text);
  ImGui::PushFont(theme.small);
  const ImVec2 pad(8, 3);
  float text_width = ImGui::CalcTextSize(text.data(), text.data() + text.size()).x;
  // Beside something (SameLine) with no room left: to the next line.
  const ImGuiWindow* window = ImGui::GetCurrentWindowRead();
  if (text_width + 2 * pad.x > ImGui::GetContentRegionAvail().x && window->DC.CursorPos.y == window->DC.CursorPosPrevLine.y)
    ImGui::NewLine();
  // Still wider than the row (a long result in a large font): its words wrap.
  ImFont* font = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const std::vector<std::string_view> lines = WrapText(font, size, text, ImGui::GetContentRegionAvail().x - 2 * pad.x);
  if (lines.size() > 1) {
    text_width = 0;
    for (std::string_view line : lines)
      text_width = std::max(text_width, font->CalcTextSizeA(size, FLT_MAX, 0, line.data(), line.data() + line.size()).x);
  }
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const ImVec2 box(text_width + pad.x * 2, size * static_cast<float>(lines.size()) + pad.y * 2);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(pos, ImVec2(pos.x + box.x, pos.y + box.y), background, std::min(box.y, size + 2 * pad.y) * 0.5f);
  float y = pos.y + pad.y;
  for (std::string_view line : lines) {
    draw->AddText(font, size, ImVec2(pos.x + pad.x, y), foreground, line.data(), line.data() + line.size());
    y += size;
  }
  ImGui::Dummy(box);
  ImGui::PopFont();
}

void NoteDrawn(std::string_view text) {
  if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->NoteText(text);
}

// A label is never cut at the screen's edge: a long one (a translation, a
// larger text size) wraps like a paragraph.
void TextColored(ImU32 color, std::string_view text) { TextWrappedColored(color, text); }

void TextWrappedColored(ImU32 color, std::string_view text, float width) {
  NoteDrawn(text);
  if (width <= 0) width = ImGui::GetContentRegionAvail().x;
  ImFont* f = ImGui::GetFont();
  const float size = ImGui::GetFontSize();
  const std::vector<std::string_view> lines = WrapText(f, size, text, width);
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  ImDrawList* draw = ImGui::GetWindowDrawList();
  float y = pos.y, widest = 0;
  for (std::string_view line : lines) {
    draw->AddText(f, size, ImVec2(pos.x, y), color, line.data(), line.data() + line.size());
    widest = std::max(widest, f->CalcTextSizeA(size, FLT_MAX, 0, line.data(), line.data() + line.size()).x);
    y += size;
  }
  // As wide as the text (something may follow on the same line), as tall as its lines.
  ImGui::Dummy(ImVec2(widest, size * static_cast<float>(lines.size())));
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
    // ImGui 1.86's multiline field never wraps: a long line scrolls sideways
    // and what was written cannot be read back. Writing our own wrapping
    // editor would mean redoing the caret, selection and the phone
    // keyboard's composition; instead, once a line is wider than the box, the
    // whole text is shown wrapped in a panel just above the box. Above,
    // because the phone keyboard covers the lower half of the screen while
    // typing, and the panel stays readable after the keyboard closes.
    const float inner = ImGui::GetContentRegionAvail().x - 2 * 14;
    const std::vector<std::string_view> lines = WrapText(ImGui::GetFont(), ImGui::GetFontSize(), *text, inner);
    std::size_t hard_lines = 1;
    for (char c : *text) hard_lines += c == '\n';
    if (lines.size() > hard_lines) {
      constexpr float kPad = 12;
      const ImVec2 pos = ImGui::GetCursorScreenPos();
      const float width = ImGui::GetContentRegionAvail().x;
      const float height = ImGui::GetFontSize() * static_cast<float>(lines.size()) + 2 * kPad;
      ImGui::GetWindowDrawList()->AddRectFilled(pos, ImVec2(pos.x + width, pos.y + height), theme.colors().accent_soft,
                                                ImGui::GetStyle().FrameRounding);
      ImGui::SetCursorScreenPos(ImVec2(pos.x + kPad, pos.y + kPad));
      TextWrappedColored(theme.colors().text, *text, width - 2 * kPad);
      ImGui::SetCursorScreenPos(pos);
      ImGui::Dummy(ImVec2(width, height));
    }
    ImGui::SetNextItemWidth(-1);
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
  // Tall enough for the number and the whole caption, wrapped (larger text, long words).
  const float caption_size = theme.small->FontSize * ImGui::GetIO().FontGlobalScale;
  const float number_size = theme.heading->FontSize * ImGui::GetIO().FontGlobalScale;
  const float caption_lines = static_cast<float>(WrapText(theme.small, caption_size, caption, width - 24).size());
  const float height = std::max(86.0f, 2 * 10 + number_size + ImGui::GetStyle().ItemSpacing.y + caption_lines * caption_size);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(12, 10));
  ImGui::BeginChild(id, ImVec2(width, height), true, ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_AlwaysUseWindowPadding);
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
