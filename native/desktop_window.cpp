#include "native/desktop_window.h"

#include <SDL.h>

#include <cstdio>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "native/desktop_style.h"
#include "ui/sdl/sdl_frontend.h"

namespace puerta {
int RunDesktopWindow(const DesktopWindowOptions& options, DesktopView& view) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    std::fprintf(stderr, "puerta: cannot open a window: %s\n", SDL_GetError());
    return 1;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  SDL_Window* window =
      SDL_CreateWindow(options.title.c_str(), SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                       options.height, SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  SDL_GLContext gl = window ? SDL_GL_CreateContext(window) : nullptr;
  if (!gl) {
    std::fprintf(stderr, "puerta: cannot open a window: %s\n", SDL_GetError());
    if (window) SDL_DestroyWindow(window);
    SDL_Quit();
    return 1;
  }
  SDL_GL_MakeCurrent(window, gl);
  SDL_GL_SetSwapInterval(1);
  SDL_EventState(SDL_DROPFILE, SDL_ENABLE);
  ImGui::CreateContext();
  ImGui::GetIO().IniFilename = nullptr;
  ImGui_ImplSDL2_InitForOpenGL(window, gl);
  ImGui_ImplOpenGL3_Init("#version 150");

  Theme theme;
  GlyphSet glyphs;
  int frames_wanted = 3;  // a few frames after each change let ImGui settle
  const auto handle = [&](SDL_Event& event) {
    ImGui_ImplSDL2_ProcessEvent(&event);
    frames_wanted = 3;
    if (event.type == SDL_DROPFILE) {
      view.FileDropped(event.drop.file);
      SDL_free(event.drop.file);
    }
    return !(event.type == SDL_QUIT ||
             (event.type == SDL_WINDOWEVENT && event.window.event == SDL_WINDOWEVENT_CLOSE));
  };
  for (bool running = true; running;) {
    SDL_Event event;
    if (frames_wanted <= 0 && SDL_WaitEventTimeout(&event, 1000)) running = handle(event);
    while (running && SDL_PollEvent(&event)) running = handle(event);
    if (!running || frames_wanted <= 0) continue;
    --frames_wanted;
    int w = 0, h = 0, dw = 0, dh = 0;
    SDL_GetWindowSize(window, &w, &h);
    SDL_GL_GetDrawableSize(window, &dw, &dh);
    view.NeedGlyphs(glyphs);
    const ThemeOptions theme_options{w > 0 && dw > 0 ? float(dw) / float(w) : 1.0f, kDesktopTextScale};
    if (theme.Update(theme_options, glyphs)) {
      ImGui_ImplOpenGL3_DestroyFontsTexture();
      ImGui_ImplOpenGL3_CreateFontsTexture();
    }
    ApplyDesktopStyle();
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

}  // namespace puerta
