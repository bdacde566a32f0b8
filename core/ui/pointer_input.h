// PointerInput: mouse and touch events turned into Dear ImGui's mouse state,
// one button change per frame.
//
// Why not let the SDL backend poll the mouse:
//  - a tap whose press and release arrive within one frame must still be seen
//    as a press in one frame and a release in the next (ImGui 1.86 drops it
//    otherwise);
//  - after a finger lifts, nothing hovers any more: ImGui would keep the last
//    button highlighted ("sticky hover"), so the pointer leaves the screen one
//    frame after a touch release, until the next touch or mouse move.
#pragma once

#include <deque>

struct ImGuiIO;

namespace puerta {

class PointerInput {
 public:
  void Move(float x, float y, bool touch);
  void Press(float x, float y, bool touch);
  void Release(float x, float y, bool touch);

  // Applies queued events to io up to and including the next button change.
  // Call after the backend's NewFrame and before ImGui::NewFrame.
  void ApplyTo(ImGuiIO& io);

  // True while events are queued: the front end must draw another frame.
  bool Pending() const { return !queue_.empty(); }

 private:
  enum class Kind { kMove, kPress, kRelease, kLeave };
  struct Event {
    Kind kind;
    float x, y;
  };
  std::deque<Event> queue_;
  float x_ = -1e30f, y_ = -1e30f;
  bool down_ = false;
};

}  // namespace puerta
