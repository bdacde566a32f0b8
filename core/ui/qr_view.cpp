#include "ui/qr_view.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/widget_registry.h"

namespace puerta::ui {

void DrawQrCode(const QrModules& code, float side, const char* id) {
  if (code.width <= 0 || code.dark.size() != static_cast<std::size_t>(code.width) * static_cast<std::size_t>(code.width))
    return;
  const int modules = code.width + 2 * kQrQuietZone;
  // Whole screen pixels a module: a module split between pixels blurs its
  // edges, which is what makes a camera misread a code on a screen.
  const float ratio = std::max(1.0f, ImGui::GetIO().DisplayFramebufferScale.x);
  const float module_px = std::max(1.0f, std::floor(side * ratio / static_cast<float>(modules)));
  const float module = module_px / ratio;
  const float total = module * static_cast<float>(modules);
  ImVec2 origin = ImGui::GetCursorScreenPos();
  origin.x += (side - total) / 2;  // the whole pixels lost to rounding, shared on both sides
  origin.x = std::round(origin.x * ratio) / ratio;
  origin.y = std::round(origin.y * ratio) / ratio;
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->AddRectFilled(origin, ImVec2(origin.x + total, origin.y + total), IM_COL32_WHITE);
  // One rectangle per run of dark modules in a row: a few hundred instead of
  // a few thousand.
  for (int y = 0; y < code.width; ++y) {
    for (int x = 0; x < code.width;) {
      if (!code.Dark(x, y)) {
        ++x;
        continue;
      }
      int end = x;
      while (end < code.width && code.Dark(end, y)) ++end;
      const float x0 = origin.x + module * static_cast<float>(x + kQrQuietZone);
      const float y0 = origin.y + module * static_cast<float>(y + kQrQuietZone);
      draw->AddRectFilled(ImVec2(x0, y0), ImVec2(x0 + module * static_cast<float>(end - x), y0 + module), IM_COL32_BLACK);
      x = end;
    }
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x - (side - total) / 2, origin.y));
  ImGui::Dummy(ImVec2(side, total));
  if (WidgetRegistry* registry = WidgetRegistry::Current()) registry->RegisterLastItem(id);
}

}  // namespace puerta::ui
