// A desktop window around one ImGui view: SDL2 + OpenGL 3.2, a mouse and a
// keyboard, files dropped on it, resizable and HiDPI-aware. It draws only
// when something changed (an event, then a few frames for ImGui to settle),
// so an idle window costs no CPU. The organizer's windows use it
// (`puerta desk`, `puerta handout`); the canvasser's screens have their own
// front end (ui/sdl/sdl_frontend.h), shared with the browser.
#pragma once

#include <string>

#include "ui/glyph_set.h"
#include "ui/theme.h"

namespace puerta {

class DesktopView {
 public:
  virtual ~DesktopView() = default;
  // One full-window frame (between ImGui::NewFrame and ImGui::Render).
  virtual void Draw(const Theme& theme) = 0;
  // The characters beyond Latin the view draws now (its language, its data).
  virtual void NeedGlyphs(GlyphSet& glyphs) const = 0;
  // A file dropped on the window (SDL_DROPFILE), path as the desktop gave it.
  virtual void FileDropped(const std::string& /*path*/) {}
};

struct DesktopWindowOptions {
  std::string title;
  int width = 1280, height = 800;  // logical pixels
};

// Runs the window until it is closed. Returns 0, or 1 (with the reason on
// stderr) when no window or GL context can be made.
int RunDesktopWindow(const DesktopWindowOptions& options, DesktopView& view);

}  // namespace puerta
