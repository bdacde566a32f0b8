#include "ui_harness.h"

#include "imgui.h"

namespace puerta::test {

UiHarness::UiHarness(std::unique_ptr<KeyValueStore> store, float width, float height, float pixel_ratio)
    : pixel_ratio_(pixel_ratio) {
  ctx_ = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(width, height);
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
    pointer_.ApplyTo(ImGui::GetIO());
    app_->Frame();
  }
}

bool UiHarness::Tap(const std::string& label) {
  const WidgetRect* w = Find(label);
  if (!w) return false;
  const float x = w->x + w->w / 2, y = w->y + w->h / 2;
  pointer_.Move(x, y, true);
  pointer_.Press(x, y, true);
  pointer_.Release(x, y, true);
  Frame(4);
  return true;
}

}  // namespace puerta::test
