#include "app/door_status.h"

#include <map>
#include <string>

namespace puerta {
namespace {

// Results after which another knock makes sense.
bool WorthAnotherKnock(ResultCode code) {
  switch (code) {
    case ResultCode::kNotHome:
    case ResultCode::kComeBack:
    case ResultCode::kLanguageBarrier:
    case ResultCode::kLeftLiterature:
    case ResultCode::kInaccessible:
    // on a call list: worth another call
    case ResultCode::kNoAnswer:
    case ResultCode::kBusy:
    case ResultCode::kLeftMessage:
    case ResultCode::kCallBack:
      return true;
    default:
      return false;
  }
}

}  // namespace

TurfProgress ComputeProgress(const WalkList& list, std::span<const ContactAttempt> attempts, Channel channel) {
  TurfProgress progress;
  progress.doors.resize(list.households.size());
  std::map<std::string, std::uint32_t, std::less<>> index_of;
  for (std::uint32_t i = 0; i < list.households.size(); ++i) index_of[list.households[i].id] = i;

  // The latest attempt decides; a conversation anywhere at the door makes it done.
  std::vector<std::int64_t> latest(list.households.size(), INT64_MIN);
  for (const ContactAttempt& a : attempts) {
    if (a.channel != channel) continue;
    auto it = index_of.find(a.household_id);
    if (it == index_of.end()) continue;
    DoorStatus& door = progress.doors[it->second];
    if (a.result == ResultCode::kCanvassed) ++door.conversations;
    if (a.time_unix >= latest[it->second]) {
      latest[it->second] = a.time_unix;
      door.last_result = a.result;
      door.last_unix = a.time_unix;
      door.due_unix = a.follow_up.due_unix;
    }
  }
  for (DoorStatus& door : progress.doors) {
    if (!door.last_result) {
      ++progress.remaining;
      continue;
    }
    ++progress.done;
    progress.conversations += door.conversations;
    const bool again = door.conversations == 0 && WorthAnotherKnock(*door.last_result);
    door.state = again ? DoorState::kFollowUp : DoorState::kDone;
    if (again) ++progress.follow_ups;
  }
  for (const Building& b : list.buildings) {
    for (std::uint32_t h : b.households) {
      if (h < progress.doors.size() && progress.doors[h].state == DoorState::kNotVisited) {
        progress.next_door = h;
        return progress;
      }
    }
  }
  return progress;
}

std::vector<std::uint32_t> ReadyToCallAgain(const WalkList& list, const TurfProgress& progress, std::int64_t now_unix,
                                            std::uint32_t cooldown_minutes) {
  std::vector<std::uint32_t> ready;
  const std::int64_t cooldown = std::int64_t{cooldown_minutes} * 60;
  for (const Building& b : list.buildings) {
    for (std::uint32_t h : b.households) {
      if (h >= progress.doors.size() || progress.doors[h].state != DoorState::kFollowUp) continue;
      const DoorStatus& door = progress.doors[h];
      switch (*door.last_result) {
        case ResultCode::kNoAnswer:
        case ResultCode::kBusy:
        case ResultCode::kLeftMessage:
          if (door.last_unix + cooldown <= now_unix) ready.push_back(h);
          break;
        case ResultCode::kCallBack:
          if (door.due_unix <= now_unix) ready.push_back(h);
          break;
        default:
          break;
      }
    }
  }
  return ready;
}

}  // namespace puerta
