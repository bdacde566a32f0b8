// Doors and conversations: what the canvasser's taps at a door do. The state
// lives in CanvassFlow; recording goes through CanvassSession, which persists
// before it answers, and only then does the screen say "Saved".
#include <algorithm>

#include "i18n/text_conventions.h"
#include "i18n/ui_text.h"
#include "turf/turf_expiry.h"
#include "ui/app.h"
#include "ui/platform.h"

namespace puerta {
namespace {

// A location reading older than this is not where the door was.
constexpr std::int64_t kFreshLocationSeconds = 5 * 60;

}  // namespace

AttemptStamp App::Stamp() const {
  AttemptStamp stamp;
  stamp.now_unix = platform::NowUnixSeconds();
  stamp.practice = state_.practice;
  if (location_ && stamp.now_unix - location_->taken_unix <= kFreshLocationSeconds) stamp.location = location_;
  return stamp;
}

void App::SayRecorded(const Status& failure, std::string what) {
  if (!failure) {
    banner_ = std::string(Tr(session_->storage_full() ? UiText::kStorageFull : UiText::kNotRecorded, lang()));
    notice_.clear();
  } else {
    notice_ = std::move(what);
  }
}

bool App::TurfExpired() const {
  const TurfPackage* turf = session_->turf();
  return turf && puerta::TurfExpired(*turf, platform::NowUnixSeconds());
}

void App::OpenDoor(std::uint32_t household) {
  // An expired turf records nothing new: the walk list and map still show the
  // doors, and a tap on one says why it does not open.
  if (TurfExpired()) {
    banner_ = std::string(Tr(UiText::kTurfExpired, lang()));
    notice_.clear();
    return;
  }
  flow_->OpenDoor(household);
  memory_.confirm_leave_conversation = false;
  // One reading for the attempts recorded here, where the canvasser already
  // let the app know the location (never a prompt at the door).
  platform::ReadLocationOnce();
  Push(Screen::kDoor);
}

void App::RecordDoorResult(ResultCode code, const FollowUp& follow_up) {
  Status failure = Status::Ok();
  // The next door opens at once: the notice names the door (on a call list,
  // the number) it is about.
  const Household* h = flow_->household();
  const bool call = session_->turf() && session_->turf()->channel == Channel::kPhone;
  const std::string address = !h ? std::string() : call && !h->voters.empty() ? h->voters.front().phone : h->address.display;
  flow_->RecordDoorResult(code, follow_up, Stamp(), state_.interface_language, failure);
  SayRecorded(failure, address + " · " + std::string(Tr(UiText::kSaved, lang())) + std::string(LabelColon(lang())) +
                           std::string(ResultCodeLabel(code, lang())));
  GoToNextDoor();
}

void App::StartConversation(std::uint32_t voter) {
  if (!flow_->StartConversation(voter)) return;
  memory_.confirm_leave_conversation = false;
  NeedGlyphsOfTurf();
  Push(Screen::kConversation);
}

void App::SaveConversation() {
  if (!flow_->conversation() || flow_->saved()) return;
  const Voter* v = flow_->voter();
  const std::string who = v ? " · " + PersonName(v->first_name, v->last_name, v->preferred_language) : std::string();
  Status s = flow_->SaveConversation(Stamp());
  SayRecorded(s, std::string(Tr(UiText::kConversationSaved, lang())) + who);
  // Saved: the draft goes with the next PersistDraft (Draft() is empty now).
}

void App::LeaveConversation() {
  if (Defer(&App::LeaveConversation)) return;
  memory_.confirm_leave_conversation = false;
  flow_->EndConversation();
  notice_.clear();
  nav_.Pop();
}

void App::GoToNextDoor() {
  if (Defer(&App::GoToNextDoor)) return;
  flow_->Reset();
  memory_.confirm_leave_conversation = false;
  // Back to the walk list's level, then on to the next door if there is one.
  nav_.LeaveDoorstep();
  // A door recorded just after the last day ended (it was open before): the
  // next one does not open; the overview says why.
  if (TurfExpired()) return;
  if (const auto next = progress().next_door) {
    flow_->OpenDoor(*next);
    platform::ReadLocationOnce();
    nav_.Push(Screen::kDoor);
  }
}

void App::SkipToNextDoor() {
  if (Defer(&App::SkipToNextDoor)) return;
  const std::optional<std::uint32_t> skipped = flow_->door();
  flow_->Reset();
  memory_.confirm_leave_conversation = false;
  nav_.LeaveDoorstep();
  if (!skipped || TurfExpired()) return;
  bool past = false;
  for (const Building& b : walk_list().buildings) {
    for (std::uint32_t h : b.households) {
      if (h == *skipped) past = true;
      else if (past && h < progress().doors.size() && progress().doors[h].state == DoorState::kNotVisited) {
        flow_->OpenDoor(h);
        nav_.Push(Screen::kDoor);
        return;
      }
    }
  }
}

std::vector<ContactAttempt> App::CorrectableCalls() const {
  std::vector<ContactAttempt> calls;
  for (ContactAttempt& a : session_->Current())
    if (a.channel == Channel::kPhone && a.result != ResultCode::kCanvassed) calls.push_back(std::move(a));
  // The order they were first recorded in: a correction does not make a call newer.
  std::stable_sort(calls.begin(), calls.end(),
                   [](const ContactAttempt& a, const ContactAttempt& b) { return a.time_unix > b.time_unix; });
  if (calls.size() > kCorrectableCalls) calls.resize(kCorrectableCalls);
  return calls;
}

void App::CorrectCall(const std::string& attempt_id, ResultCode code) {
  const std::string id = attempt_id;  // may be memory_.correcting_call itself, emptied next
  memory_.correcting_call.clear();
  for (ContactAttempt revised : CorrectableCalls()) {
    if (revised.attempt_id != id) continue;
    revised.result = code;
    revised.follow_up = {};
    const Status s = session_->Edit(revised, platform::NowUnixSeconds());
    SayRecorded(s, revised.voter_name + " · " + std::string(Tr(UiText::kSaved, lang())) +
                       std::string(LabelColon(lang())) + std::string(ResultCodeLabel(code, lang())));
    return;
  }
}

std::vector<std::uint32_t> App::ReadyToCallAgain() const {
  const TurfPackage* turf = session_->turf();
  if (!turf || turf->channel != Channel::kPhone) return {};
  const std::uint32_t cooldown = turf->call_again_minutes ? turf->call_again_minutes : TurfPackage::kDefaultCallAgainMinutes;
  return puerta::ReadyToCallAgain(walk_list(), progress(), platform::NowUnixSeconds(), cooldown);
}

void App::CallAgain() {
  const std::vector<std::uint32_t> ready = ReadyToCallAgain();
  if (!ready.empty()) OpenDoor(ready.front());
}

void App::Back() {
  if (Defer(&App::Back)) return;
  fields_.clear();
  // From a saved conversation back to its door: "saved" stays with that door.
  const bool keep_notice = screen() == Screen::kConversation && flow_->saved();
  switch (screen()) {
    case Screen::kConversation:
      if (memory_.confirm_leave_conversation) {  // Back again on "Leave?": keep going
        memory_.confirm_leave_conversation = false;
        nav_.Stay();
        return;
      }
      if (flow_->conversation() && !flow_->saved()) {
        if (flow_->StepBack()) {
          nav_.Stay();
          return;
        }
        if (flow_->HasWork()) {
          memory_.confirm_leave_conversation = true;
          nav_.Stay();
          return;
        }
      }
      flow_->EndConversation();
      break;
    case Screen::kDoor:
      if (flow_->asking()) {  // "When?" or "Which language?": back to the door's results
        flow_->CancelAsking();
        nav_.Stay();
        return;
      }
      flow_->Reset();
      break;
    case Screen::kMap:
      platform::WatchLocation(false);  // the map alone follows the phone
      break;
    default:
      break;
  }
  if (!keep_notice) notice_.clear();
  nav_.Pop();
}

void App::ShowMyLocationOnMap() {
  memory_.map_following_location = true;
  platform::WatchLocation(true);
}

}  // namespace puerta
