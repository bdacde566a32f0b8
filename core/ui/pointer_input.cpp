#include "ui/pointer_input.h"

#include <cfloat>

#include "imgui.h"

namespace puerta {

void PointerInput::Move(float x, float y, bool) { queue_.push_back({Kind::kMove, x, y}); }

void PointerInput::Press(float x, float y, bool) { queue_.push_back({Kind::kPress, x, y}); }

void PointerInput::Release(float x, float y, bool touch) {
  queue_.push_back({Kind::kRelease, x, y});
  if (touch) queue_.push_back({Kind::kLeave, x, y});
}

void PointerInput::ApplyTo(ImGuiIO& io) {
  while (!queue_.empty()) {
    const Event e = queue_.front();
    queue_.pop_front();
    if (e.kind == Kind::kLeave) {
      x_ = y_ = -FLT_MAX;
      break;
    }
    x_ = e.x;
    y_ = e.y;
    if (e.kind == Kind::kPress) {
      down_ = true;
      break;
    }
    if (e.kind == Kind::kRelease) {
      down_ = false;
      break;
    }
  }
  io.MousePos = ImVec2(x_, y_);
  io.MouseDown[0] = down_;
}

}  // namespace puerta
