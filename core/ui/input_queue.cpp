#include "ui/input_queue.h"

#include <cfloat>
#include <cmath>

namespace puerta {

void InputQueue::Move(float x, float y, bool touch) { queue_.push_back({touch ? Kind::kTouchMove : Kind::kMove, x, y}); }

void InputQueue::Press(float x, float y, bool touch) { queue_.push_back({touch ? Kind::kTouchDown : Kind::kPress, x, y}); }

void InputQueue::Release(float x, float y, bool touch) {
  queue_.push_back({touch ? Kind::kTouchUp : Kind::kRelease, x, y});
}

void InputQueue::Key(ImGuiKey key) { typing_.push_back({key, {}}); }

void InputQueue::Text(std::string utf8) { typing_.push_back({ImGuiKey_COUNT, std::move(utf8)}); }

bool InputQueue::Pending() const {
  return !queue_.empty() || !typing_.empty() || key_down_ != ImGuiKey_COUNT || std::fabs(velocity_) > 0.3f;
}

void InputQueue::ApplyTo(ImGuiIO& io) {
  scroll_ = 0;
  // Momentum from the last drag, until friction wins or a finger lands.
  if (touch_ == Touch::kNone && std::fabs(velocity_) > 0.3f) {
    scroll_ = velocity_;
    velocity_ *= kFriction;
  } else if (touch_ == Touch::kNone) {
    velocity_ = 0;
  }

  bool changed_button = false;
  while (!queue_.empty() && !changed_button) {
    const Event e = queue_.front();
    queue_.pop_front();
    switch (e.kind) {
      case Kind::kMove:
        x_ = e.x, y_ = e.y;
        break;
      case Kind::kPress:
      case Kind::kRelease:
        x_ = e.x, y_ = e.y;
        down_ = e.kind == Kind::kPress;
        changed_button = true;
        break;
      case Kind::kTouchDown:
        touch_ = Touch::kPending;
        velocity_ = 0;
        start_x_ = e.x, start_y_ = e.y, last_y_ = e.y;
        break;
      case Kind::kTouchMove:
        if (touch_ == Touch::kPending &&
            (std::fabs(e.y - start_y_) > kDragThreshold || std::fabs(e.x - start_x_) > kDragThreshold)) {
          touch_ = Touch::kDragging;
          x_ = y_ = -FLT_MAX;  // a dragging finger hovers nothing
        }
        if (touch_ == Touch::kDragging) {
          const float delta = last_y_ - e.y;
          scroll_ += delta;
          scroll_at_ = ImVec2(e.x, e.y);
          velocity_ = 0.6f * velocity_ + 0.4f * delta;
          last_y_ = e.y;
        }
        break;
      case Kind::kTouchUp:
        if (touch_ == Touch::kPending) {
          // A tap: press where the finger landed, release next frame, then leave.
          queue_.push_front({Kind::kLeave, e.x, e.y});
          queue_.push_front({Kind::kRelease, start_x_, start_y_});
          queue_.push_front({Kind::kPress, start_x_, start_y_});
          queue_.push_front({Kind::kMove, start_x_, start_y_});
        }
        touch_ = Touch::kNone;
        break;
      case Kind::kLeave:
        x_ = y_ = -FLT_MAX;
        changed_button = true;
        break;
    }
  }
  io.MousePos = ImVec2(x_, y_);
  io.MouseDown[0] = down_;

  // Keys from the keyboard bridge: down for one frame, up the next. Text
  // goes in at once, unless a key is down: ImGui's text field applies a
  // frame's characters before its keys, so text typed after a key waits for
  // the frame after the key's.
  if (key_down_ != ImGuiKey_COUNT) {
    if (io.KeyMap[key_down_] >= 0) io.KeysDown[io.KeyMap[key_down_]] = false;
    key_down_ = ImGuiKey_COUNT;
    return;
  }
  while (!typing_.empty()) {
    Typed next = std::move(typing_.front());
    typing_.pop_front();
    if (next.key == ImGuiKey_COUNT) {
      io.AddInputCharactersUTF8(next.text.c_str());
      continue;
    }
    key_down_ = next.key;
    if (io.KeyMap[key_down_] >= 0) io.KeysDown[io.KeyMap[key_down_]] = true;
    break;
  }
}

}  // namespace puerta
