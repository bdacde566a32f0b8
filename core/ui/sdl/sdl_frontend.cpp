#include "ui/sdl/sdl_frontend.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_impl_opengl3.h"
#include "imgui_impl_sdl.h"
#include "ui/platform.h"

#if defined(IMGUI_IMPL_OPENGL_ES3)
#include <SDL_opengles2.h>
#else
#include <SDL_opengl.h>
#endif

namespace puerta {

bool SdlFrontend::Init(const FrontendOptions& options) {
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_EVENTS) != 0) {
    error_ = SDL_GetError();
    return false;
  }
  if (options.gles3) {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  } else {
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
    SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 2);
  }
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  window_ = SDL_CreateWindow(options.title, SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                             options.height,
                             SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!window_) {
    error_ = SDL_GetError();
    return false;
  }
  gl_ = SDL_GL_CreateContext(window_);
  if (!gl_) {
    error_ = SDL_GetError();
    return false;
  }
  SDL_GL_MakeCurrent(window_, gl_);
  SDL_GL_SetSwapInterval(1);

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is code, not a file the user edits
  io.ConfigFlags |= ImGuiConfigFlags_IsTouchScreen;
  ImGui_ImplSDL2_InitForOpenGL(window_, gl_);
  ImGui_ImplOpenGL3_Init(options.gles3 ? "#version 300 es" : "#version 150");
  app_ = new App();
  return true;
}

void SdlFrontend::Shutdown() {
  delete app_;
  app_ = nullptr;
  ImGui_ImplOpenGL3_Shutdown();
  ImGui_ImplSDL2_Shutdown();
  ImGui::DestroyContext();
  if (gl_) SDL_GL_DeleteContext(gl_);
  if (window_) SDL_DestroyWindow(window_);
  SDL_Quit();
}

void SdlFrontend::RequestFrames(int frames) { frames_wanted_ = std::max(frames_wanted_, frames); }

bool SdlFrontend::Idle() const { return frames_wanted_ <= 0 && !app_->WantsAnimationFrame(); }

bool SdlFrontend::HandleEvent(const SDL_Event& event) {
  RequestFrames();
  app_->NoteInput(SDL_GetTicks64() / 1000.0);
  InputQueue& input = app_->input();
  switch (event.type) {
    case SDL_QUIT:
      return false;
    case SDL_WINDOWEVENT:
      if (event.window.event == SDL_WINDOWEVENT_CLOSE && event.window.windowID == SDL_GetWindowID(window_))
        return false;
      break;
    // Pointer events go through PointerInput (see pointer_input.h), not the backend.
    case SDL_MOUSEMOTION:
      input.Move(float(event.motion.x), float(event.motion.y), event.motion.which == SDL_TOUCH_MOUSEID);
      return true;
    case SDL_MOUSEBUTTONDOWN:
      if (event.button.button == SDL_BUTTON_LEFT)
        input.Press(float(event.button.x), float(event.button.y), event.button.which == SDL_TOUCH_MOUSEID);
      return true;
    case SDL_MOUSEBUTTONUP:
      if (event.button.button == SDL_BUTTON_LEFT)
        input.Release(float(event.button.x), float(event.button.y), event.button.which == SDL_TOUCH_MOUSEID);
      return true;
    default:
      break;
  }
  ImGui_ImplSDL2_ProcessEvent(&event);
  return true;
}

void PresentFrame(SDL_Window* window) {
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, int(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             int(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
  glClearColor(bg.x, bg.y, bg.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  SDL_GL_SwapWindow(window);
}

float SdlFrontend::ComputePixelRatio() const {
  int w = 0, h = 0, dw = 0, dh = 0;
  SDL_GetWindowSize(window_, &w, &h);
  SDL_GL_GetDrawableSize(window_, &dw, &dh);
  return w > 0 && dw > 0 ? float(dw) / float(w) : 1.0f;
}

bool SdlFrontend::DrawIfNeeded() {
  if (app_->CheckInactivity(SDL_GetTicks64() / 1000.0)) RequestFrames();
  const float ratio = ComputePixelRatio();
  if (ratio != pixel_ratio_) {
    pixel_ratio_ = ratio;
    RequestFrames();
  }
  if (Idle()) return false;
  --frames_wanted_;

  if (app_->PrepareFrame(pixel_ratio_)) {
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
  app_->Frame();

  const ImGuiIO& io = ImGui::GetIO();
  // Also when the focus moves between fields of different kinds (PIN, then name).
  const platform::TextInputKind kind = app_->text_input_kind();
  if (io.WantTextInput != text_input_active_ || (io.WantTextInput && kind != text_input_kind_)) {
    text_input_active_ = io.WantTextInput;
    text_input_kind_ = kind;
    platform::SetTextInputActive(text_input_active_, kind);
  }
  PresentFrame(window_);
  ++frames_drawn_;
  platform::PublishWidgets(app_->widgets().ToJson());
  return true;
}

}  // namespace puerta
