#include "app/canvass_flow.h"

#include <algorithm>
#include <sstream>

#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/map.hpp>
#include <cereal/types/string.hpp>
#include <cereal/types/vector.hpp>

#include "storage/bounded_archive.h"

namespace puerta {
namespace {

// What a draft holds. Identified by ids, not indexes, so a draft never lands
// on another person if the turf changed underneath it.
struct ConversationDraft {
  std::string household_id;
  std::string voter_id;
  std::string script_id;
  std::string language;
  Answers answers;
  std::uint32_t position = 0;
  std::map<std::string, std::string> typed;
  std::string notes;

  template <class Archive>
  void serialize(Archive& ar, std::uint32_t /*version*/) {
    ar(household_id, voter_id, script_id, language, answers, position, typed, notes);
  }
};

bool IsTyped(StepKind kind) {
  return kind == StepKind::kNumber || kind == StepKind::kFreeText || kind == StepKind::kDateTime;
}

}  // namespace
}  // namespace puerta

CEREAL_CLASS_VERSION(puerta::ConversationDraft, 1);

namespace puerta {

// --- the door ----------------------------------------------------------------------

void CanvassFlow::OpenDoor(std::uint32_t household) {
  Reset();
  door_ = household;
}

void CanvassFlow::Reset() {
  door_.reset();
  CancelAsking();
  EndConversation();
}

const Household* CanvassFlow::household() const {
  const TurfPackage* turf = session_.turf();
  if (!turf || !door_ || *door_ >= turf->walk_list.households.size()) return nullptr;
  return &turf->walk_list.households[*door_];
}

// Scans every attempt version once (a door screen asks for each of its people).
std::vector<bool> CanvassFlow::TalkedWithAll() const {
  const Household* h = household();
  if (!h) return {};
  std::vector<bool> talked(h->voters.size(), false);
  auto note = [&](const ContactAttempt& a) {
    if (a.household_id != h->id || a.result != ResultCode::kCanvassed) return;
    for (std::size_t i = 0; i < h->voters.size(); ++i)
      if (h->voters[i].id == a.voter_id) talked[i] = true;
  };
  const AttemptLog& log = session_.attempts();
  for (const ContactAttempt& a : log.AllVersions())
    if (a.household_id == h->id) {
      // Only the latest version counts: an edit may have changed the result.
      if (const ContactAttempt* latest = log.Latest(a.attempt_id); latest && latest->version == a.version) note(a);
    }
  for (const ContactAttempt& a : session_.unsaved()) note(a);
  return talked;
}

bool CanvassFlow::TalkedWith(std::uint32_t voter_index) const {
  const std::vector<bool> talked = TalkedWithAll();
  return voter_index < talked.size() && talked[voter_index];
}

std::vector<std::uint32_t> CanvassFlow::PeopleNotReached() const {
  std::vector<std::uint32_t> people;
  const std::vector<bool> talked = TalkedWithAll();
  for (std::uint32_t i = 0; i < talked.size(); ++i)
    if (!talked[i]) people.push_back(i);
  return people;
}

ContactAttempt CanvassFlow::NewAttempt(const Voter* voter, const AttemptStamp& stamp) const {
  const TurfPackage& turf = *session_.turf();
  ContactAttempt a;
  a.attempt_id = NewAttemptId();
  a.recorded_unix = a.time_unix = stamp.now_unix;
  a.household_id = household()->id;
  if (voter) {
    a.voter_id = voter->id;
    a.voter_name = voter->first_name + " " + voter->last_name;
  }
  a.canvasser = session_.canvasser();
  a.organization = turf.organization;
  a.campaign = turf.campaign;
  a.channel = turf.channel;  // a call list's attempts are calls
  a.practice = stamp.practice;
  if (stamp.location) {
    a.has_location = true;
    a.latitude = stamp.location->lat;
    a.longitude = stamp.location->lon;
    a.location_accuracy_m = stamp.location->accuracy_m;
  }
  return a;
}

std::size_t CanvassFlow::RecordDoorResult(ResultCode code, const FollowUp& follow_up, const AttemptStamp& stamp,
                                          std::string_view interface_language, Status& failure) {
  failure = Status::Ok();
  CancelAsking();
  const Household* h = household();
  if (!h || !session_.turf()) {
    failure = Status::Fail("no door is open");
    return 0;
  }
  std::vector<const Voter*> people;
  for (std::uint32_t i : PeopleNotReached()) people.push_back(&h->voters[i]);
  // A household the voter file lists nobody for still gets its knock recorded.
  if (h->voters.empty()) people.push_back(nullptr);
  std::size_t recorded = 0;
  for (const Voter* v : people) {
    ContactAttempt a = NewAttempt(v, stamp);
    a.result = code;
    a.follow_up = follow_up;
    a.language = std::string(interface_language);
    if (Status s = session_.Record(std::move(a)); !s) {
      if (failure) failure = s;
    } else {
      ++recorded;
    }
  }
  return recorded;
}

// --- the conversation ----------------------------------------------------------------

const Script* CanvassFlow::ChosenScript() const {
  const TurfPackage* turf = session_.turf();
  if (!turf || turf->scripts.empty()) return nullptr;
  return &turf->scripts[script_index_ < turf->scripts.size() ? script_index_ : 0];
}

const Voter* CanvassFlow::voter() const {
  const Household* h = household();
  return h && voter_ && *voter_ < h->voters.size() ? &h->voters[*voter_] : nullptr;
}

bool CanvassFlow::StartConversation(std::uint32_t voter_index) {
  const Household* h = household();
  const Script* script = ChosenScript();
  if (!h || !script || voter_index >= h->voters.size()) return false;
  EndConversation();
  CancelAsking();
  voter_ = voter_index;
  const Voter& v = h->voters[voter_index];
  // The voter's preferred language picks the script's, when the script has it.
  std::string language = script->fallback_language;
  for (const std::string& l : script->languages)
    if (l == v.preferred_language) language = l;
  std::map<std::string, std::string> placeholders{{"first_name", v.first_name},
                                                  {"last_name", v.last_name},
                                                  {"person_language", v.preferred_language},  // for {called_name}
                                                  {"canvasser", session_.canvasser()},
                                                  {"organization", session_.turf()->organization}};
  for (const auto& [code, name] : organization_said_) placeholders["organization@" + code] = name;
  conversation_ = std::make_unique<Conversation>(*script, language, std::move(placeholders));
  return true;
}

void CanvassFlow::EndConversation() {
  conversation_.reset();
  voter_.reset();
  typed_.clear();
  notes_.clear();
  error_.clear();
  needs_answer_ = false;
  saved_ = false;
}

// Typed answers are taken when the canvasser moves on (Next or Back).
bool CanvassFlow::TakeTyped(const Step& step) {
  if (!IsTyped(step.kind)) return true;
  std::string text = typed_[step.id];
  if (text.empty()) {
    conversation_->Clear(step.id);
    return true;
  }
  if (step.kind == StepKind::kDateTime && text.size() > 10 && text[10] == ' ') text[10] = 'T';
  if (Status s = conversation_->Answer(step.id, text); !s) {
    error_ = s.message();
    return false;
  }
  return true;
}

void CanvassFlow::AnswerAndNext(const Step& step, std::string value) {
  if (!conversation_) return;
  if (Status s = conversation_->Answer(step.id, std::move(value)); !s) {
    error_ = s.message();
    return;
  }
  Next();
}

void CanvassFlow::Toggle(const Step& step, const std::string& option_id) {
  if (!conversation_) return;
  const auto* given = conversation_->AnswerOf(step.id);
  std::vector<std::string> values = given ? *given : std::vector<std::string>{};
  const auto it = std::find(values.begin(), values.end(), option_id);
  if (it != values.end()) values.erase(it);
  else values.push_back(option_id);
  if (values.empty()) conversation_->Clear(step.id);
  else if (Status s = conversation_->Answer(step.id, values); !s) error_ = s.message();
}

void CanvassFlow::Next() {
  if (!conversation_) return;
  const Step* step = conversation_->Current();
  if (!step || !TakeTyped(*step)) return;
  error_.clear();
  needs_answer_ = !conversation_->Next().ok();
}

bool CanvassFlow::StepBack() {
  if (!conversation_ || saved_) return false;
  // What was typed stays with its step; a value the step refuses does not
  // keep the canvasser from going back.
  if (const Step* step = conversation_->Current()) TakeTyped(*step);
  error_.clear();
  needs_answer_ = false;
  return conversation_->Back();
}

bool CanvassFlow::HasWork() const {
  if (!conversation_ || saved_) return false;
  if (!conversation_->AllAnswers().empty() || !notes_.empty()) return true;
  return std::any_of(typed_.begin(), typed_.end(), [](const auto& t) { return !t.second.empty(); });
}

Status CanvassFlow::SaveConversation(const AttemptStamp& stamp) {
  if (!conversation_ || saved_) return Status::Fail("nothing to save");
  const Voter* v = voter();
  if (!v) return Status::Fail("the person of this conversation is not on the walk list");
  ContactAttempt a = NewAttempt(v, stamp);
  a.result = ResultCode::kCanvassed;
  a.answers = conversation_->RecordedAnswers();
  a.language = conversation_->language();
  a.script_id = conversation_->script().id;
  a.script_version = conversation_->script().version;
  a.notes = notes_;
  if (Status s = session_.Record(std::move(a)); !s) return s;
  saved_ = true;
  return Status::Ok();
}

// --- the draft -----------------------------------------------------------------------

std::string CanvassFlow::Draft() const {
  const Household* h = household();
  const Voter* v = voter();
  if (!conversation_ || saved_ || !h || !v) return {};
  ConversationDraft d;
  d.household_id = h->id;
  d.voter_id = v->id;
  d.script_id = conversation_->script().id;
  d.language = conversation_->language();
  d.answers = conversation_->AllAnswers();
  d.position = static_cast<std::uint32_t>(conversation_->position());
  for (const auto& [step, text] : typed_)
    if (!text.empty()) d.typed[step] = text;
  d.notes = notes_;
  std::ostringstream out;
  {
    cereal::PortableBinaryOutputArchive archive(out);
    archive(d);
  }
  return out.str();
}

bool CanvassFlow::RestoreDraft(const std::string& bytes) {
  ConversationDraft d;
  if (!ReadBounded(bytes, d)) return false;  // sizes checked before anything is allocated
  const TurfPackage* turf = session_.turf();
  if (!turf) return false;
  const auto& households = turf->walk_list.households;
  const auto h = std::find_if(households.begin(), households.end(), [&](const Household& x) { return x.id == d.household_id; });
  if (h == households.end()) return false;
  const auto v = std::find_if(h->voters.begin(), h->voters.end(), [&](const Voter& x) { return x.id == d.voter_id; });
  const auto s = std::find_if(turf->scripts.begin(), turf->scripts.end(), [&](const Script& x) { return x.id == d.script_id; });
  if (v == h->voters.end() || s == turf->scripts.end()) return false;
  OpenDoor(static_cast<std::uint32_t>(h - households.begin()));
  script_index_ = static_cast<std::size_t>(s - turf->scripts.begin());
  if (!StartConversation(static_cast<std::uint32_t>(v - h->voters.begin()))) return false;
  conversation_->SetLanguage(d.language);
  conversation_->Restore(std::move(d.answers), d.position);
  typed_ = std::move(d.typed);
  notes_ = std::move(d.notes);
  return true;
}

}  // namespace puerta
