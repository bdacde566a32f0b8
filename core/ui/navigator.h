// Navigator: which screen is showing and the way back. A stack of screens;
// the browser's history mirrors its depth (platform::SetNavigationDepth) so
// the phone's back button goes back one screen instead of leaving the app.
#pragma once

#include <vector>

namespace puerta {

enum class Screen {
  kStart,         // no turf yet: open one, or practice with the sample
  kCreatePin,     // the turf asks for encryption: choose a PIN
  kUnlock,        // encrypted turf on the device: enter the PIN
  kWelcome,       // name, organization, interface language
  kOverview,      // progress and the way to everything else
  kWalkList,
  kDoor,
  kConversation,
  kStats,
  kExport,
  kSettings,
  kMap,
};

class Navigator {
 public:
  Screen screen() const { return stack_.back(); }
  int depth() const { return static_cast<int>(stack_.size()); }
  // Shows `screen` on top (nothing happens when it already shows).
  void Push(Screen screen);
  // One screen back; the first screen stays.
  void Pop();
  // Starts over from `screen`. The overview is under every turf screen, so
  // Back from the welcome screen lands there.
  void ResetTo(Screen screen);
  // Back was handled within the screen (one question back): the browser's
  // back button already dropped a history entry, so the depth is published again.
  void Stay() { Publish(); }
  // Pops while the top is one of the doorstep's screens (door, conversation).
  void LeaveDoorstep();

 private:
  void Publish() const;
  std::vector<Screen> stack_{Screen::kStart};
};

}  // namespace puerta
