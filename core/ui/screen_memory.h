// ScreenMemory: what the screens remember between frames that is not part of
// the canvass itself (that is CanvassFlow's): the walk list's filter and
// layout, which "are you sure?" question is showing, whether the map follows
// the phone's location. One owner (the App), one Reset() for every moment
// the screens must start clean: a wipe, another turf, a lock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "i18n/ui_text.h"

#include "ui/screens/walk_list_layout.h"

namespace puerta {

// "Erase this phone's copy": asked in one step, or in two when some results
// never reached the organizer (the warning names how many, then the usual question).
enum class WipeStep { kNotAsked, kUnreceivedWarning, kConfirm };

struct ScreenMemory {
  WalkListFilter walk_list_filter = WalkListFilter::kAll;
  WalkListLayout walk_list;
  WipeStep wipe_step = WipeStep::kNotAsked;
  // Send results' "Enter receipt" step: open, what the last code was refused
  // for, and how many results the last accepted one left received.
  bool entering_receipt = false;
  std::optional<UiText> receipt_problem;
  std::optional<unsigned> receipt_received;
  bool confirm_leave_conversation = false;  // Back at the first question with answers given
  bool map_following_location = false;
  // A tap on the map that had several doors within reach: those doors
  // (household indexes, nearest first) until one is chosen or cancelled.
  std::vector<std::uint32_t> map_choices;
  // The call screen's "last calls": the attempt whose result is being
  // corrected, or empty.
  std::string correcting_call;

  void Reset() { *this = ScreenMemory(); }
};

}  // namespace puerta
