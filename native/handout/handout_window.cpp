// An SDL2 + OpenGL window with one ImGui frame function, like the app's
// (ui/sdl/sdl_frontend.cpp) but with plain desktop input: a mouse, a
// keyboard, Ctrl+V to paste the link. It draws only when something changed.
#include "native/handout/handout_window.h"

#include <SDL.h>

#include <cstdio>

#include "i18n/ui_text.h"
#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "native/handout/handout_view.h"
#include "ui/platform.h"
#include "ui/sdl/sdl_frontend.h"

namespace puerta::handout {

int RunHandoutWindow(const cli::HandoutRequest& request) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    std::fprintf(stderr, "puerta: handout: cannot open a window: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  const std::string language(PickUiLanguage(platform::PreferredLanguages()));
  const std::string title = "Puerta · " + std::string(Tr(UiText::kHandOutTitle, language));
  SDL_Window* window = SDL_CreateWindow(title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, 560, 860,
                                        SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  SDL_GLContext gl = window ? SDL_GL_CreateContext(window) : nullptr;
  if (!gl) {
    std::fprintf(stderr, "puerta: handout: cannot open a window: %s\n", SDL_GetError());
    if (window) SDL_DestroyWindow(window);
    SDL_Quit();
    return 1;
  }
  SDL_GL_MakeCurrent(window, gl);
  SDL_GL_SetSwapInterval(1);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init("#version 150");

  std::optional<TurfFile> turf;
  if (!request.turf_name.empty()) turf = TurfFile{request.turf_name, request.turf_bytes, request.turf_path};
  HandoutView view(language, request.link, std::move(turf));
  Theme theme;
  GlyphSet glyphs;
  int frames_wanted = 3;  // a few frames after each change let ImGui settle
  for (bool running = true; running;) {
    SDL_Event event;
    if (frames_wanted <= 0 && SDL_WaitEventTimeout(&event, 1000)) {
      ImGui_ImplSDL2_ProcessEvent(&event);
      running = event.type != SDL_QUIT;
      frames_wanted = 3;
    }
    while (SDL_PollEvent(&event)) {
      ImGui_ImplSDL2_ProcessEvent(&event);
      if (event.type == SDL_QUIT ||
          (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE))
        running = false;
      frames_wanted = 3;
    }
    if (!running || frames_wanted <= 0) continue;
    --frames_wanted;
    int w = 0, h = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(window, &w, &h);
    SDL_GL_GetDrawableSize(window, &dw, &dh);
    view.NeedGlyphs(glyphs);
    if (theme.Update(ThemeOptions{w > 0 && dw > 0 ? float(dw) / float(w) : 1.0f}, glyphs)) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ImGui_ImplOpenGL3_NewFrame();
    ImGui_ImplSDL2_NewFrame();
    ImGui::NewFrame();
    view.Draw(theme);
    ImGui::Render();
    PresentFrame(window);
  }
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  SDL_GL_DeleteContext(gl);
  SDL_DestroyWindow(window);
  SDL_Quit();
  return 0;
}

}  // namespace puerta::handout
