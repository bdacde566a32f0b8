// InputQueue: mouse, touch and keyboard-bridge events turned into Dear
// ImGui's input, one button change per frame, with touch behaving like touch.
//
// Why not let the SDL backend poll the mouse:
//  - a tap whose press and release arrive within one frame must still be a
//    press in one frame and a release in the next (ImGui 1.86 drops it
//    otherwise); the same for keys sent by the phone keyboard bridge;
//  - typed text and keys reach ImGui in the order they were typed: text
//    waits behind a key that is still held (otherwise "Hola mundo", five
//    Backspaces and "amigos" became "Hola mamigo");
//  - after a finger lifts nothing hovers any more: the pointer leaves the
//    screen one frame after a touch release ("sticky hover" otherwise);
//  - a finger that moves more than kDragThreshold before lifting is scrolling,
//    not tapping: ImGui never sees a press, the list under the finger scrolls,
//    and keeps gliding after release (momentum) until friction stops it.
#pragma once

#include <deque>
#include <string>

#include "imgui.h"

namespace puerta {

class InputQueue {
 public:
  static constexpr float kDragThreshold = 10.0f;  // CSS px: more is a scroll, not a tap
  static constexpr float kFriction = 0.93f;       // momentum kept per frame

  void Move(float x, float y, bool touch);
  void Press(float x, float y, bool touch);
  void Release(float x, float y, bool touch);
  void Key(ImGuiKey key);  // pressed one frame, released the next
  void Text(std::string utf8);  // typed characters, in order with the keys

  // Applies queued events up to the next button change. Call after the
  // backend's NewFrame and before ImGui::NewFrame.
  void ApplyTo(ImGuiIO& io);

  // Pixels to scroll this frame (positive: content moves up) and where.
  float scroll() const { return scroll_; }
  ImVec2 scroll_at() const { return scroll_at_; }

  // True while events are queued, a key is held, or momentum goes on.
  bool Pending() const;

 private:
  struct Typed {
    ImGuiKey key;      // ImGuiKey_COUNT: text
    std::string text;
  };
  enum class Kind { kMove, kPress, kRelease, kTouchDown, kTouchMove, kTouchUp, kLeave };
  struct Event {
    Kind kind;
    float x, y;
  };
  enum class Touch { kNone, kPending, kDragging };

  std::deque<Event> queue_;
  std::deque<Typed> typing_;
  ImGuiKey key_down_ = ImGuiKey_COUNT;
  float x_ = -1e30f, y_ = -1e30f;
  bool down_ = false;
  Touch touch_ = Touch::kNone;
  float start_x_ = 0, start_y_ = 0, last_y_ = 0;
  float velocity_ = 0;
  float scroll_ = 0;
  ImVec2 scroll_at_{0, 0};
};

}  // namespace puerta
