#include "ui/navigator.h"

#include "ui/platform.h"

namespace puerta {

void Navigator::Push(Screen s) {
  if (screen() == s) return;
  stack_.push_back(s);
  Publish();
}

void Navigator::Pop() {
  if (stack_.size() > 1) stack_.pop_back();
  Publish();  // also when nothing was popped: the browser's history pushed back
}

void Navigator::ResetTo(Screen s) {
  stack_.assign(1, s);
  if (s == Screen::kOverview || s == Screen::kWelcome) stack_.assign({Screen::kOverview});
  if (s == Screen::kWelcome) stack_.push_back(Screen::kWelcome);
  Publish();
}

void Navigator::LeaveDoorstep() {
  while (stack_.size() > 1 && (screen() == Screen::kConversation || screen() == Screen::kDoor)) stack_.pop_back();
  Publish();
}

void Navigator::Publish() const { platform::SetNavigationDepth(depth()); }

}  // namespace puerta
