// Opening a turf, locking and wiping, the canvasser's name and the device's
// preferences. (Choosing and entering the PIN: app_pin.cpp.)
#include <optional>

#include "crypto/package_cipher.h"
#include "crypto/pin.h"
#include "i18n/ui_text.h"
#include "ui/app.h"
#include "ui/platform.h"

namespace puerta {

// --- turf, PIN, profile, preferences ---------------------------------------------

void App::OpenSampleTurf() {
  if (auto bytes = platform::ReadAsset("sample/sample.turf")) OpenTurfBytes(*bytes, "sample");
  else banner_ = std::string(Tr(UiText::kSampleMissing, lang()));
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

std::string App::TurfName(const TurfPackage& turf) {
  const TurfPackage* sample = SamplePreview();
  return sample && sample->turf_id == turf.turf_id ? std::string(Tr(UiText::kSampleTurfName, lang())) : turf.name;
}

std::string App::TurfOrganization(const TurfPackage& turf) {
  const TurfPackage* sample = SamplePreview();
  return sample && sample->turf_id == turf.turf_id ? std::string(Tr(UiText::kSampleOrganization, lang())) : turf.organization;
}

namespace {
UiText MessageOf(PackageError error) {
  switch (error) {
    case PackageError::kMissingKey: return UiText::kTurfKeyMissing;
    case PackageError::kWrongKey: return UiText::kTurfKeyWrong;
    case PackageError::kCutShort: return UiText::kTurfCutShort;
    case PackageError::kNewerFormat: return UiText::kTurfNewerFormat;
    default: return UiText::kTurfDamaged;
  }
}
}  // namespace

void App::OpenTurfBytes(std::string_view bytes, std::string_view /*source*/, std::string_view key_text) {
  theme_.HoldFontRequests(false);
  std::string decrypted;  // an encrypted package's JSON: from here it goes only to the sealed store
  if (IsEncryptedPackage(bytes)) {
    PackageError error = PackageError::kNone;
    std::optional<std::string> json = DecryptPackage(bytes, key_text, error);
    if (!json) {
      banner_ = std::string(Tr(MessageOf(error), lang()));
      if (session_->stage() != CanvassSession::Stage::kNoTurf)
        banner_ += " " + std::string(Tr(UiText::kTurfNothingChanged, lang()));
      return;
    }
    if (session_->stage() == CanvassSession::Stage::kLocked) {
      turf_after_unlock_ = std::string(bytes);  // still encrypted; opened once unlocked
      turf_key_after_unlock_ = std::string(key_text);
      banner_.clear();
      return;
    }
    decrypted = std::move(*json);
    bytes = decrypted;
  }
  TurfPackage package;
  if (Status s = ParseTurfPackage(bytes, package); !s) {
    // Only the sentence the canvasser can act on: the parser's reason is
    // English, and the organizer gets it from `puerta inspect` on the same file.
    banner_ = std::string(Tr(UiText::kTurfCannotOpen, lang()));
    return;
  }
  // A text list needs the texting screen, which this version does not have
  // yet: it says to update, as for a newer package, rather than show the
  // voters as doors to knock.
  if (package.channel == Channel::kText) {
    banner_ = std::string(Tr(UiText::kTurfNewerFormat, lang()));
    return;
  }
  // Its CJK font from the first screen it leads to (the PIN screens come before the session holds it).
  theme_.UsePackageFont(package.font.regular, package.font.bold, package.font.characters);
  banner_.clear();
  if (session_->stage() == CanvassSession::Stage::kLocked) {
    // The link was opened again (a reload keeps ?turf=): look at it once unlocked.
    turf_after_unlock_ = std::string(bytes);
    turf_key_after_unlock_.clear();
    return;
  }
  if (session_->turf() && session_->turf()->turf_id == package.turf_id &&
      session_->stage() == CanvassSession::Stage::kReady)
    return;  // already open: nothing to do, everything recorded stays
  // Practice never blocks real work: a real link opened after practising
  // drops the practice (it is never sent anyway) and leaves practice mode.
  if (const std::size_t held = session_->stage() == CanvassSession::Stage::kReady ? session_->Current().size() : 0;
      held > 0 && PracticeAttempts() == held) {
    if (Status s = session_->ClearPractice(OnPracticeTurf()); !s) {
      banner_ = std::string(Tr(UiText::kStorageFull, lang()));
      return;
    }
  }
  if (state_.practice) SetPractice(false);  // real work from here on
  if (package.require_encryption && !session_->encrypted()) {
    pending_turf_ = std::string(bytes);  // opened once the PIN is chosen
    pin_error_.clear();
    nav_.Push(Screen::kCreatePin);
    return;
  }
  if (Status s = session_->OpenTurf(bytes); !s) {
    const std::size_t held = session_->attempts().AttemptCount() + session_->unsaved().size();
    if (session_->turf() && session_->turf()->turf_id != package.turf_id && held > 0)
      banner_ = FormatText(Tr(UiText::kOtherTurfHeld, lang()), static_cast<unsigned>(held));
    else
      banner_ = std::string(Tr(session_->storage_full() ? UiText::kNoRoomForTurf : UiText::kTurfCannotOpen, lang()));
    return;
  }
  AfterSessionChange();
}

// The conversation in progress is already in storage (PersistDraft after
// every frame); once locked, nothing decrypted stays in memory.
void App::LockNow() {
  if (Defer(&App::LockNow)) return;
  if (!session_->encrypted()) return;
  PersistDraft();
  session_->Lock();
  AfterSessionChange();
}

void App::WipeDevice() {
  if (Defer(&App::WipeDevice)) return;
  if (Status s = session_->Wipe(); !s) banner_ = std::string(Tr(UiText::kEraseIncomplete, lang()));
  else banner_.clear();
  platform::EraseLocalData();  // what the browser keeps besides the store: caches, IndexedDB, ...
  location_.reset();
  platform::WatchLocation(false);
  AfterSessionChange();
}

void App::SetCanvasserName(const std::string& name) {
  if (Status s = session_->SetCanvasser(name); !s) banner_ = std::string(Tr(UiText::kStorageFull, lang()));
  glyphs_.Add(name);
}

void App::Push(Screen s) {
  if (screen() == s) return;
  notice_.clear();
  fields_.clear();
  if (s == Screen::kMap && memory_.map_following_location) platform::WatchLocation(true);
  nav_.Push(s);
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

bool App::OnPracticeTurf() {
  const TurfPackage* sample = SamplePreview();
  return sample && session_->turf() && session_->turf()->turf_id == sample->turf_id;
}

std::size_t App::PracticeAttempts() {
  if (session_->stage() != CanvassSession::Stage::kReady) return 0;
  return OnPracticeTurf() ? session_->Current().size() : session_->PracticeCount();
}

void App::ClearPractice() {
  if (Defer(&App::ClearPractice)) return;
  flow_->Reset();
  if (Status s = session_->ClearPractice(OnPracticeTurf()); !s) banner_ = std::string(Tr(UiText::kStorageFull, lang()));
  else notice_ = std::string(Tr(UiText::kPracticeCleared, lang()));
}

}  // namespace puerta
