// What the canvasser's taps do. Every action that records something goes
// through CanvassSession, which persists before it answers; the screen then
// reflects what storage holds.
#include <ctime>

#include "export/json_lines.h"
#include "export/response_csv.h"
#include "export/van_csv.h"
#include "crypto/sealed_file.h"
#include "i18n/ui_text.h"
#include "ui/app.h"
#include "ui/platform.h"

namespace puerta {

// --- navigation ----------------------------------------------------------------

void App::Push(Screen s) {
  if (screen() == s) return;
  stack_.push_back(s);
  notice_.clear();
  fields_.clear();
  platform::SetNavigationDepth(depth());
}

void App::Back() {
  if (stack_.size() > 1) stack_.pop_back();
  notice_.clear();
  fields_.clear();
  platform::SetNavigationDepth(depth());
}

void App::ResetTo(Screen s) {
  fields_.clear();
  stack_.assign(1, s);
  if (s == Screen::kOverview || s == Screen::kWelcome) stack_.assign({Screen::kOverview});
  if (s == Screen::kWelcome) stack_.push_back(Screen::kWelcome);
  platform::SetNavigationDepth(depth());
}

// --- turf, PIN, profile, preferences ---------------------------------------------

void App::OpenSampleTurf() {
  if (auto bytes = platform::ReadAsset("sample/sample.turf")) OpenTurfBytes(*bytes, "sample");
  else banner_ = "The sample turf is missing from this build.";
}

const TurfPackage* App::SamplePreview() {
  if (!sample_preview_tried_) {
    sample_preview_tried_ = true;
    auto package = std::make_unique<TurfPackage>();
    if (auto bytes = platform::ReadAsset("sample/sample.turf"); bytes && ParseTurfPackage(*bytes, *package).ok()) {
      sample_preview_ = std::move(package);
      for (const Household& h : sample_preview_->walk_list.households)
        for (const Voter& v : h.voters) glyphs_.Add(v.first_name + v.last_name);
    }
  }
  return sample_preview_.get();
}

void App::OpenTurfBytes(std::string_view bytes, std::string_view source) {
  TurfPackage package;
  if (Status s = ParseTurfPackage(bytes, package); !s) {
    banner_ = "This turf file cannot be opened (" + std::string(source) + "): " + s.message();
    return;
  }
  banner_.clear();
  if (session_->stage() == CanvassSession::Stage::kLocked) {
    // The link was opened again (a reload keeps ?turf=): look at it once unlocked.
    turf_after_unlock_ = std::string(bytes);
    return;
  }
  if (session_->turf() && session_->turf()->turf_id == package.turf_id &&
      session_->stage() == CanvassSession::Stage::kReady)
    return;  // already open: nothing to do, everything recorded stays
  if (package.require_encryption && !session_->encrypted()) {
    pending_turf_ = std::string(bytes);  // opened once the PIN is chosen
    pin_error_.clear();
    Push(Screen::kCreatePin);
    return;
  }
  if (Status s = session_->OpenTurf(bytes); !s) {
    banner_ = s.message();
    return;
  }
  AfterSessionChange();
}

bool App::CreatePin(const std::string& pin, const std::string& again) {
  if (pin != again) {
    pin_error_ = std::string(Tr(UiText::kPinsDiffer, lang()));
    fields_.clear();
    return false;
  }
  if (Status s = session_->OpenTurf(pending_turf_, pin); !s) {
    pin_error_ = s.message();
    fields_.clear();
    return false;
  }
  pending_turf_.clear();
  pin_error_.clear();
  AfterSessionChange();
  return true;
}

bool App::Unlock(const std::string& pin) {
  if (Status s = session_->Unlock(pin); !s) {
    pin_error_ = s.message();
    fields_.clear();
    return false;
  }
  pin_error_.clear();
  AfterSessionChange();
  if (!turf_after_unlock_.empty()) {
    const std::string bytes = std::move(turf_after_unlock_);
    turf_after_unlock_.clear();
    OpenTurfBytes(bytes, "link");
  }
  return true;
}

void App::LockNow() {
  conversation_.reset();
  door_.reset();
  voter_.reset();
  session_->Lock();
  if (session_->stage() == CanvassSession::Stage::kLocked) ResetTo(Screen::kUnlock);
}

void App::WipeDevice() {
  conversation_.reset();
  door_.reset();
  voter_.reset();
  if (Status s = session_->Wipe(); !s) banner_ = s.message();
  else banner_.clear();
  platform::EraseLocalData();
  progress_ = {};
  AfterSessionChange();
}

void App::SetCanvasserName(const std::string& name) {
  if (Status s = session_->SetCanvasser(name); !s) banner_ = std::string(Tr(UiText::kStorageFull, lang()));
  glyphs_.Add(name);
}

void App::SetInterfaceLanguage(const std::string& code) {
  state_.interface_language = code;
  NeedGlyphsOfLanguage(code);
  SaveState();
}

void App::SetTextSize(int step) {
  state_.text_size = static_cast<std::uint8_t>(std::clamp(step, 0, 2));
  SaveState();
}

void App::SetHighContrast(bool on) {
  state_.high_contrast = on;
  SaveState();
}

void App::SetPractice(bool on) {
  state_.practice = on;
  SaveState();
}

// --- doors and conversations -------------------------------------------------------

const Household* App::CurrentHousehold() const {
  const WalkList& list = walk_list();
  return door_ && *door_ < list.households.size() ? &list.households[*door_] : nullptr;
}

const Voter* App::CurrentVoter() const {
  const Household* h = CurrentHousehold();
  return h && voter_ && *voter_ < h->voters.size() ? &h->voters[*voter_] : nullptr;
}

void App::OpenDoor(std::uint32_t household) {
  door_ = household;
  voter_.reset();
  conversation_.reset();
  Push(Screen::kDoor);
}

ContactAttempt App::NewAttempt(const Voter* voter) const {
  const TurfPackage& turf = *session_->turf();
  ContactAttempt a;
  a.attempt_id = NewAttemptId();
  a.recorded_unix = a.time_unix = platform::NowUnixSeconds();
  a.household_id = CurrentHousehold()->id;
  if (voter) {
    a.voter_id = voter->id;
    a.voter_name = voter->first_name + " " + voter->last_name;
  }
  a.canvasser = session_->canvasser();
  a.organization = turf.organization;
  a.campaign = turf.campaign;
  a.channel = Channel::kDoor;
  a.practice = state_.practice;
  if (const Script* script = turf.MainScript()) {
    a.script_id = script->id;
    a.script_version = script->version;
  }
  return a;
}

// A door-level result applies to everyone at the door: one attempt each, so a
// voter-file tool sees every voter's contact history.
void App::RecordDoorResult(ResultCode code, const FollowUp& follow_up) {
  const Household* h = CurrentHousehold();
  if (!h) return;
  std::vector<const Voter*> people;
  for (const Voter& v : h->voters) people.push_back(&v);
  if (people.empty()) people.push_back(nullptr);
  Status failure = Status::Ok();
  for (const Voter* v : people) {
    ContactAttempt a = NewAttempt(v);
    a.result = code;
    a.follow_up = follow_up;
    a.language = state_.interface_language;
    if (Status s = session_->Record(std::move(a)); !s) failure = s;
  }
  RecomputeProgress();
  if (!failure) {
    banner_ = session_->storage_full() ? std::string(Tr(UiText::kStorageFull, lang())) : failure.message();
    notice_.clear();
  } else {
    notice_ = std::string(Tr(UiText::kSaved, lang())) + ": " + std::string(ResultCodeLabel(code, lang()));
  }
  GoToNextDoor();
}

void App::StartConversation(std::uint32_t voter) {
  const TurfPackage* turf = session_->turf();
  const Household* h = CurrentHousehold();
  if (!turf || !h || voter >= h->voters.size() || turf->scripts.empty()) return;
  voter_ = voter;
  const Voter& v = h->voters[voter];
  const Script& script = turf->scripts[script_index_ < turf->scripts.size() ? script_index_ : 0];
  // The voter's preferred language picks the script's, when the script has it.
  std::string language = script.fallback_language;
  for (const std::string& l : script.languages)
    if (l == v.preferred_language) language = l;
  conversation_ = std::make_unique<Conversation>(
      script, language,
      std::map<std::string, std::string>{{"first_name", v.first_name},
                                         {"last_name", v.last_name},
                                         {"canvasser", session_->canvasser()},
                                         {"organization", turf->organization}});
  notes_.clear();
  conversation_saved_ = false;
  Push(Screen::kConversation);
}

void App::SaveConversation() {
  if (!conversation_ || conversation_saved_) return;
  ContactAttempt a = NewAttempt(CurrentVoter());
  a.result = ResultCode::kCanvassed;
  a.answers = conversation_->RecordedAnswers();
  a.language = conversation_->language();
  a.script_id = conversation_->script().id;
  a.script_version = conversation_->script().version;
  a.notes = notes_;
  if (Status s = session_->Record(std::move(a)); !s) {
    banner_ = session_->storage_full() ? std::string(Tr(UiText::kStorageFull, lang())) : s.message();
  } else {
    conversation_saved_ = true;
    notice_ = std::string(Tr(UiText::kConversationSaved, lang()));
  }
  RecomputeProgress();
}

void App::GoToNextDoor() {
  conversation_.reset();
  voter_.reset();
  // Back to the walk list's level, then on to the next door if there is one.
  while (stack_.size() > 1 && (screen() == Screen::kConversation || screen() == Screen::kDoor)) stack_.pop_back();
  if (progress_.next_door) {
    door_ = *progress_.next_door;
    stack_.push_back(Screen::kDoor);
  }
  platform::SetNavigationDepth(depth());
}

// --- results out -------------------------------------------------------------------

void App::Share(const std::string& format) {
  const TurfPackage* turf = session_->turf();
  if (!turf) return;
  const std::vector<ContactAttempt> all = session_->AllVersions();
  const std::vector<ContactAttempt> current = session_->Current();
  char stamp[32];
  const std::time_t now = static_cast<std::time_t>(platform::NowUnixSeconds());
  std::strftime(stamp, sizeof stamp, "%Y%m%d-%H%M", std::gmtime(&now));
  std::string base = "puerta-" + turf->turf_id + "-" + stamp;
  std::vector<std::pair<std::string, std::string>> files;  // name, contents
  std::string mime = "text/csv";
  if (format == "csv") {
    files.emplace_back(base + ".csv", ExportResponseCsv(current));
  } else if (format == "van") {
    VanExportOptions options;
    options.utc_offset_minutes = turf->utc_offset_minutes;
    options.scripts = turf->scripts;
    options.result_codes = &turf->result_codes;
    VanExport van = ExportVan(current, options);
    files.emplace_back(base + "-contact-history.csv", van.contact_history);
    files.emplace_back(base + "-survey-responses.csv", van.survey_responses);
  } else {
    files.emplace_back(base + ".jsonl", ExportJsonLines(all));
    mime = "application/x-ndjson";
  }
  // Sealed to the organizer when the turf carries their key.
  Status status = Status::Ok();
  std::optional<std::string> key;
  if (!turf->organizer_public_key.empty()) key = ParseOrganizerPublicKey(turf->organizer_public_key, status);
  std::string said;
  for (auto& [name, contents] : files) {
    if (key) {
      contents = SealFile(contents, *key);
      name += ".sealed";
    }
    said = platform::ShareFile(name, key ? "application/octet-stream" : mime, contents);
  }
  notice_ = said;
}

}  // namespace puerta
