// UiHarness: runs the real App screens with no window and no GPU: an ImGui
// context with a phone-sized display, simulated taps, NewFrame/Render with
// the draw data thrown away. Widgets are found by their visible label through
// the same registry the browser tests use.
#pragma once

#include <memory>
#include <string>

#include "storage/memory_store.h"
#include "ui/app.h"
#include "ui/input_queue.h"

namespace puerta::test {

class UiHarness {
 public:
  // A 390×844 phone at devicePixelRatio 3 unless told otherwise.
  explicit UiHarness(std::unique_ptr<KeyValueStore> store = std::make_unique<MemoryStore>(),
                     float width = 390, float height = 844, float pixel_ratio = 3);
  ~UiHarness();

  void Frame(int count = 1);
  // Taps the widget with this visible label; fails the test when it is not on screen.
  bool Tap(const std::string& label);
  // Types text into the focused field, as the phone keyboard would.
  void Type(const std::string& text);
  // Queues a key from the phone keyboard (as the bridge does), without drawing.
  void Key(ImGuiKey key);
  // A finger dragging from (x, y) by dy (negative: up, scrolling the list down).
  void Drag(float x, float y, float dy);
  bool Shows(const std::string& label) const { return Find(label) != nullptr; }
  const WidgetRect* Find(const std::string& label) const { return app_->widgets().Find(label); }
  App& app() { return *app_; }
  // The last frame as a PNG (see screenshot.h). False when it could not be written.
  bool Screenshot(const std::string& png_path) const;
  std::unique_ptr<KeyValueStore> TakeStore();

 private:
  struct ImGuiContext* ctx_;
  std::unique_ptr<App> app_;
  float pixel_ratio_;
};

}  // namespace puerta::test
