#include "native/desk/charts.h"

#include <algorithm>
#include <cstdio>

namespace puerta::desk {
namespace {

ImU32 WithAlpha(ImU32 color, int alpha) { return (color & ~IM_COL32_A_MASK) | (ImU32(alpha) << IM_COL32_A_SHIFT); }

std::string Format(const char* format, double value) {
  char text[48];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

}  // namespace

void StackedBars(const char* id, const Theme& theme, std::span<const std::string> labels,
                 std::span<const ChartSeries> series, float height) {
  ImGui::PushID(id);
  // The legend first, one swatch per series.
  for (const ChartSeries& s : series) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float side = ImGui::GetTextLineHeight() * 0.8f;
    ImGui::GetWindowDrawList()->AddRectFilled(ImVec2(at.x, at.y + 2), ImVec2(at.x + side, at.y + 2 + side), s.color);
    ImGui::Dummy(ImVec2(side, side));
    ImGui::SameLine();
    ImGui::TextUnformatted(s.name.c_str());
    ImGui::SameLine(0, 16);
  }
  ImGui::NewLine();

  const float width = ImGui::GetContentRegionAvail().x;
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##chart", ImVec2(std::max(width, 10.0f), height));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float label_room = ImGui::GetTextLineHeightWithSpacing();
  const float plot_bottom = origin.y + height - label_room;
  const float plot_top = origin.y + ImGui::GetTextLineHeight();  // room for the total above the tallest bar
  double max_total = 0;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    double total = 0;
    for (const ChartSeries& s : series) total += i < s.values.size() ? s.values[i] : 0;
    max_total = std::max(max_total, total);
  }
  draw->AddLine(ImVec2(origin.x, plot_bottom), ImVec2(origin.x + width, plot_bottom), theme.colors().border);
  if (labels.empty() || max_total <= 0) {
    ImGui::PopID();
    return;
  }
  const float slot = width / static_cast<float>(labels.size());
  const float bar = std::min(slot * 0.7f, 64.0f);
  const float scale = (plot_bottom - plot_top) / static_cast<float>(max_total);
  const ImVec2 mouse = ImGui::GetIO().MousePos;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const float x = origin.x + slot * (static_cast<float>(i) + 0.5f) - bar / 2;
    float y = plot_bottom;
    double total = 0;
    std::string tip = labels[i];
    for (const ChartSeries& s : series) {
      const double v = i < s.values.size() ? s.values[i] : 0;
      total += v;
      const float h = static_cast<float>(v) * scale;
      if (h > 0) draw->AddRectFilled(ImVec2(x, y - h), ImVec2(x + bar, y), s.color);
      y -= h;
      tip += "\n" + s.name + ": " + Format("%.0f", v);
    }
    const std::string total_text = Format("%.0f", total);
    const ImVec2 total_size = ImGui::CalcTextSize(total_text.c_str());
    draw->AddText(ImVec2(x + (bar - total_size.x) / 2, y - total_size.y), theme.colors().text, total_text.c_str());
    // The day under its bar, shortened to what fits ("2026-09-21" -> "09-21").
    std::string label = labels[i];
    if (ImGui::CalcTextSize(label.c_str()).x > slot && label.size() == 10 && label[4] == '-') label = label.substr(5);
    const ImVec2 label_size = ImGui::CalcTextSize(label.c_str());
    if (label_size.x <= slot)
      draw->AddText(ImVec2(x + (bar - label_size.x) / 2, plot_bottom + 2), theme.colors().muted, label.c_str());
    if (ImGui::IsItemHovered() && mouse.x >= x && mouse.x <= x + bar) ImGui::SetTooltip("%s", tip.c_str());
  }
  ImGui::PopID();
}

void HorizontalBars(const char* id, const Theme& theme, std::span<const std::string> labels,
                    std::span<const double> values, double max_value, const char* value_format,
                    std::span<const ImU32> colors, Band band) {
  ImGui::PushID(id);
  const float width = ImGui::GetContentRegionAvail().x;
  float label_width = 0;
  for (const std::string& label : labels) label_width = std::max(label_width, ImGui::CalcTextSize(label.c_str()).x);
  label_width = std::min(label_width + 8, width * 0.4f);
  const float value_room = ImGui::CalcTextSize("100.0 %").x + 8;
  const float row = ImGui::GetTextLineHeightWithSpacing() + 2;
  const float height = row * static_cast<float>(labels.size());
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  ImGui::InvisibleButton("##chart", ImVec2(std::max(width, 10.0f), std::max(height, 1.0f)));
  ImDrawList* draw = ImGui::GetWindowDrawList();
  const float plot_left = origin.x + label_width;
  const float plot_width = std::max(10.0f, width - label_width - value_room);
  const double top = max_value > 0 ? max_value : 1;
  const auto x_of = [&](double v) { return plot_left + static_cast<float>(std::clamp(v / top, 0.0, 1.0)) * plot_width; };
  if (band.hi > band.lo)
    draw->AddRectFilled(ImVec2(x_of(band.lo), origin.y), ImVec2(x_of(band.hi), origin.y + height),
                        WithAlpha(theme.colors().success, 70));
  for (std::size_t i = 0; i < labels.size() && i < values.size(); ++i) {
    const float y = origin.y + row * static_cast<float>(i);
    const float text_y = y + (row - ImGui::GetTextLineHeight()) / 2;
    draw->PushClipRect(origin, ImVec2(plot_left - 4, origin.y + height), true);
    draw->AddText(ImVec2(origin.x, text_y), theme.colors().text, labels[i].c_str());
    draw->PopClipRect();
    const ImU32 color = i < colors.size() ? colors[i] : theme.colors().primary;
    draw->AddRectFilled(ImVec2(plot_left, y + 3), ImVec2(std::max(x_of(values[i]), plot_left + 1), y + row - 3), color);
    const std::string value = Format(value_format, values[i]);
    draw->AddText(ImVec2(x_of(values[i]) + 4, text_y), theme.colors().text, value.c_str());
  }
  ImGui::PopID();
}

}  // namespace puerta::desk
