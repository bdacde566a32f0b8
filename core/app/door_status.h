// Where each door of the turf stands, from the attempts recorded so far: what
// the walk list's chips, filters, progress bar and "next door" are made of.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "model/walk_list.h"
#include "responses/contact_attempt.h"

namespace puerta {

enum class DoorState : std::uint8_t {
  kNotVisited,  // no attempt yet
  kDone,        // someone was talked with, or the door needs no return (refused, moved...)
  kFollowUp,    // come back, language barrier, not home: worth another knock
};

struct DoorStatus {
  DoorState state = DoorState::kNotVisited;
  std::optional<ResultCode> last_result;  // the latest door attempt's result
  std::int64_t last_unix = 0;             // when it was made
  std::int64_t due_unix = 0;              // its follow-up time (Come back, Call back), 0 if none
  std::uint32_t conversations = 0;        // Canvassed attempts at this door
};

struct TurfProgress {
  std::vector<DoorStatus> doors;          // indexed like WalkList::households
  std::uint32_t done = 0;                 // doors knocked at least once
  std::uint32_t remaining = 0;            // never knocked
  // "Follow-ups" on every screen (overview, My numbers, the walk list's filter):
  // doors with nobody talked with yet whose latest result is worth another
  // knock (Not home, Come back, Language barrier, Left literature, Inaccessible).
  std::uint32_t follow_ups = 0;
  std::uint32_t conversations = 0;
  // The first never-knocked household in walk order (buildings, then units),
  // or nothing when every door has been tried.
  std::optional<std::uint32_t> next_door;
};

// `attempts`: the latest version of each attempt (practice ones count here:
// a trainer rehearsing sees their own progress).
// Only attempts of `channel` count: a call list (turf/call_list.h) counts
// calls, each number one "door".
TurfProgress ComputeProgress(const WalkList& list, std::span<const ContactAttempt> attempts,
                             Channel channel = Channel::kDoor);

// A call list's next round ("Call again"): the numbers, in list order, whose
// latest call ended in No answer, Busy or Left a message at least
// `cooldown_minutes` before `now_unix`, or in a Call back now due. Numbers
// someone talked with, and final results (Wrong number, Do not call, ...),
// never come back.
std::vector<std::uint32_t> ReadyToCallAgain(const WalkList& list, const TurfProgress& progress, std::int64_t now_unix,
                                            std::uint32_t cooldown_minutes);

}  // namespace puerta
