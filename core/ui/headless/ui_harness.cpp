#include "ui/headless/ui_harness.h"

#include "imgui.h"
#include "ui/headless/screenshot.h"

namespace puerta::test {

UiHarness::UiHarness(std::unique_ptr<KeyValueStore> store, float width, float height, float pixel_ratio)
    : pixel_ratio_(pixel_ratio) {
  ctx_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
  // Keys as a backend maps them (ImGui 1.86's KeyMap): the keyboard bridge's
  // Backspace, Enter, arrows reach text fields through it.
  for (int k = 0; k < ImGuiKey_COUNT; ++k) io.KeyMap[k] = k;
  io.DisplayFramebufferScale = ImVec2(pixel_ratio, pixel_ratio);
  io.DeltaTime = 1.0f / 60.0f;
  app_ = std::make_unique<App>(std::move(store));
  Frame(2);
}

UiHarness::~UiHarness() {
  app_.reset();
  ImGui::DestroyContext(ctx_);
}

void UiHarness::Frame(int count) {
  for (int i = 0; i < count; ++i) {
    if (app_->PrepareFrame(pixel_ratio_)) {
      unsigned char* pixels;
      int w, h;
      ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what a renderer would upload
    }
    app_->Frame();
  }
}

bool UiHarness::Tap(const std::string& label) {
  const WidgetRect* w = Find(label);
  if (!w) return false;
  const float x = w->x + w->w / 2, y = w->y + w->h / 2;
  InputQueue& input = app_->input();
  input.Press(x, y, true);
  input.Release(x, y, true);
  Frame(5);
  return true;
}

void UiHarness::Type(const std::string& text) {
  app_->input().Text(text);
  Frame(2);
}

void UiHarness::Key(ImGuiKey key) { app_->input().Key(key); }

void UiHarness::Drag(float x, float y, float dy) {
  InputQueue& input = app_->input();
  input.Press(x, y, true);
  for (int i = 1; i <= 10; ++i) {
    input.Move(x, y + dy * i / 10, true);
    Frame();
  }
  input.Release(x, y + dy, true);
  Frame(3);
}

}  // namespace puerta::test

namespace puerta::test {

bool UiHarness::Screenshot(const std::string& png_path) const {
  return WriteScreenshot(ImGui::GetDrawData(), png_path, app_->theme().colors().background);
}

}  // namespace puerta::test
