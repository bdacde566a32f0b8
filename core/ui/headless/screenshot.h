// Screenshot: what a renderer would show for ImGui's draw data, drawn on the
// CPU into a PNG, so the headless tests can save every screen for a person
// to look at (no window, no GPU). Triangles are filled with their vertex
// colours and the font atlas (nearest texel), alpha-blended, clipped.
#pragma once

#include <string>

struct ImDrawData;

namespace puerta::test {

// Writes the frame at the display's framebuffer scale. `background` is the
// colour the front end clears to (ImGuiCol_WindowBg). False when the file
// could not be written.
bool WriteScreenshot(const ImDrawData* draw_data, const std::string& png_path, unsigned background_rgba);

}  // namespace puerta::test
