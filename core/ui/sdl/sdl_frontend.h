// SdlFrontend: the window, GL context and frame function shared by the
// desktop app and the browser app. Each front end owns the loop around it:
// native/main.cpp blocks in SDL_WaitEventTimeout, wasm/main.cpp is called by
// the browser once per animation frame.
//
// Frames are drawn only when something changed (an event, a queued tap, a
// rescale) and for a short tail after, so ImGui can settle; an idle app draws
// nothing at all.
#pragma once

#include <SDL.h>

#include <cstdint>

#include "ui/app.h"

namespace puerta {

struct FrontendOptions {
  const char* title = "Puerta";
  int width = 480;        // initial window size in logical pixels
  int height = 860;
  bool gles3 = false;     // WebGL2 (OpenGL ES 3.0) instead of desktop OpenGL 3.2 core
};

// After ImGui::Render(): clears the window to the style's background, draws
// the frame with OpenGL and shows it. Also used by the desktop's organizer
// windows (native/handout/).
void PresentFrame(SDL_Window* window);

class SdlFrontend {
 public:
  // Returns false (with the reason in error()) when no window or GL context can be made.
  bool Init(const FrontendOptions& options);
  void Shutdown();

  // Feeds one SDL event to the app. Returns false when the app should quit.
  bool HandleEvent(const SDL_Event& event);

  // Draws a frame if anything asked for one. Returns true when it drew.
  bool DrawIfNeeded();

  // Ask for `frames` more frames (input arrived, something outside SDL changed).
  void RequestFrames(int frames = 3);
  bool Idle() const;

  App& app() { return *app_; }
  std::uint64_t frames_drawn() const { return frames_drawn_; }
  float pixel_ratio() const { return pixel_ratio_; }
  const char* error() const { return error_; }
  SDL_Window* window() { return window_; }

 private:
  float ComputePixelRatio() const;

  SDL_Window* window_ = nullptr;
  SDL_GLContext gl_ = nullptr;
  App* app_ = nullptr;
  int frames_wanted_ = 3;
  std::uint64_t frames_drawn_ = 0;
  float pixel_ratio_ = 1;
  bool text_input_active_ = false;
  platform::TextInputKind text_input_kind_ = platform::TextInputKind::kText;
  const char* error_ = "";
};

}  // namespace puerta
