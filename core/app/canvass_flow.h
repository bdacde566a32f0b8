// CanvassFlow: the doorstep. The one owner of everything that lives between
// opening a door and moving on from it: which door and which person, the
// script chosen, the conversation with its answers, the text being typed into
// its steps, the notes, and a door result waiting for its follow-up detail.
//
// Screens draw from it and call its actions; they keep nothing of their own.
// Every transition that leaves the doorstep (another door, another person,
// Back past the first question, lock, wipe, another turf) goes through Reset()
// or OpenDoor(), so nothing typed for one voter can ever reach another.
//
// A conversation in progress is a draft: Draft() serializes it (answers, where
// the canvasser stands, typed text, notes) so the app can keep it inside the
// encrypted store and RestoreDraft() can put it back after a reload or unlock.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "app/canvass_session.h"
#include "script/conversation.h"

namespace puerta {

// Where the phone was when an attempt was saved (one reading, not a watch).
struct LocationFix {
  double lat = 0, lon = 0, accuracy_m = 0;
  std::int64_t taken_unix = 0;
};

// What an attempt is stamped with besides the doorstep itself.
struct AttemptStamp {
  std::int64_t now_unix = 0;
  bool practice = false;
  std::optional<LocationFix> location;  // a reading no older than a few minutes, or nothing
};

class CanvassFlow {
 public:
  explicit CanvassFlow(CanvassSession& session) : session_(session) {}

  // --- the door ------------------------------------------------------------------
  // Opens a door: everything of the previous door and person is dropped.
  void OpenDoor(std::uint32_t household);
  // Leaves the doorstep entirely (lock, wipe, another turf, back to the list).
  void Reset();
  // The organization's name as a conversation says it, per language code,
  // in place of the turf's one name (the sample turf names its made-up
  // organization in each language). Empty: the turf's name, as recorded.
  void SetOrganizationSaid(std::map<std::string, std::string> by_language) { organization_said_ = std::move(by_language); }
  std::optional<std::uint32_t> door() const { return door_; }
  const Household* household() const;

  // People at this door who already had a conversation (any visit): a door
  // result never applies to them, and the door screen shows them as done.
  bool TalkedWith(std::uint32_t voter_index) const;
  // The people a door result applies to: everyone not talked with yet.
  std::vector<std::uint32_t> PeopleNotReached() const;

  // --- a door result (Not home, Come back later, ...) ------------------------------
  // Results that need a detail (when to come back, which language was heard)
  // wait here until it is chosen or cancelled.
  void Ask(ResultCode code) {
    asking_ = code;
    picking_time_.reset();
  }
  void CancelAsking() {
    asking_.reset();
    picking_time_.reset();
  }
  std::optional<ResultCode> asking() const { return asking_; }
  // "Another day or time" when asked when to come back: the day and hour
  // being picked (a datetime answer's text, empty until a day is tapped).
  void PickTime() { picking_time_ = std::string(); }
  std::string* picking_time() { return picking_time_ ? &*picking_time_ : nullptr; }
  // One attempt for each person not reached yet (or one for the door when the
  // household lists nobody). Returns how many were recorded; the first failure
  // is in `failure`.
  std::size_t RecordDoorResult(ResultCode code, const FollowUp& follow_up, const AttemptStamp& stamp,
                               std::string_view interface_language, Status& failure);

  // --- the script ------------------------------------------------------------------
  void ChooseScript(std::size_t index) { script_index_ = index; }
  std::size_t script_index() const { return script_index_; }

  // --- the conversation ------------------------------------------------------------
  // Starts talking with a person at this door, in their preferred language
  // when the script has it. False when there is no such person or script.
  bool StartConversation(std::uint32_t voter_index);
  Conversation* conversation() { return conversation_.get(); }
  const Conversation* conversation() const { return conversation_.get(); }
  const Voter* voter() const;
  std::optional<std::uint32_t> voter_index() const { return voter_; }

  // Text being typed into a step of this conversation, kept for this voter
  // and this step only.
  std::string& Typed(const std::string& step_id) { return typed_[step_id]; }
  std::string& notes() { return notes_; }
  // What went wrong with the last action on this step, for the screen: a
  // value the step refused, or a required question left unanswered.
  const std::string& error() const { return error_; }
  bool needs_answer() const { return needs_answer_; }

  // A one-tap answer (choice, yes/no, scale): answers and moves on.
  void AnswerAndNext(const Step& step, std::string value);
  // Multiple choice: adds or removes one option.
  void Toggle(const Step& step, const std::string& option_id);
  // Next: takes what was typed into the current step, then moves on.
  void Next();
  // One question back. False when already at the first question (the caller
  // then leaves the conversation, asking first when there is work to lose).
  bool StepBack();
  // Anything the canvasser would lose by leaving: an answer, typed text, notes.
  bool HasWork() const;
  // Leaves the conversation for the door screen, dropping what was not saved.
  void EndConversation();

  // Saves the conversation as one Canvassed attempt for this voter.
  Status SaveConversation(const AttemptStamp& stamp);
  bool saved() const { return saved_; }

  // --- the draft -------------------------------------------------------------------
  // The conversation in progress, as bytes to keep in the encrypted store; empty
  // when there is nothing to keep (no conversation, or it is saved).
  std::string Draft() const;
  // Puts a draft back (after a reload or an unlock). False when it no longer
  // fits the turf (another turf, a door or script that is gone): then nothing changes.
  bool RestoreDraft(const std::string& bytes);

 private:
  ContactAttempt NewAttempt(const Voter* voter, const AttemptStamp& stamp) const;
  bool TakeTyped(const Step& step);
  std::vector<bool> TalkedWithAll() const;  // indexed like the household's voters
  const Script* ChosenScript() const;

  CanvassSession& session_;
  std::optional<std::uint32_t> door_;
  std::optional<std::uint32_t> voter_;
  std::optional<ResultCode> asking_;
  std::optional<std::string> picking_time_;
  std::size_t script_index_ = 0;
  std::unique_ptr<Conversation> conversation_;
  std::map<std::string, std::string> typed_;  // step id → text, for voter_ only
  std::string notes_;
  std::string error_;
  bool needs_answer_ = false;
  bool saved_ = false;
  std::map<std::string, std::string> organization_said_;
};

}  // namespace puerta
