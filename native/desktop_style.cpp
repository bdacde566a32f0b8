#include "native/desktop_style.h"

#include "imgui.h"

namespace puerta {

void ApplyDesktopStyle() {
  ImGuiStyle& style = ImGui::GetStyle();
  style.WindowPadding = ImVec2(14, 12);
  style.FramePadding = ImVec2(8, 5);
  style.ItemSpacing = ImVec2(8, 7);
  style.ItemInnerSpacing = ImVec2(6, 4);
  style.TouchExtraPadding = ImVec2(0, 0);
  style.CellPadding = ImVec2(8, 4);
  style.ScrollbarSize = 12;
  style.GrabMinSize = 12;
  style.ChildRounding = 4;
  style.FrameRounding = 4;
  style.PopupRounding = 4;
  style.GrabRounding = 3;
  style.FrameBorderSize = 1;
}

}  // namespace puerta
