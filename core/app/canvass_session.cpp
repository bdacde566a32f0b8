#include "app/canvass_session.h"

#include <algorithm>
#include <sstream>
#include <utility>

#include <cereal/archives/json.hpp>
#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/utility.hpp>
#include <cereal/types/vector.hpp>
#include <sodium.h>

#include "storage/bounded_archive.h"
#include "storage/pin_store.h"
#include "storage/record_codec.h"

namespace puerta {
namespace {

constexpr std::string_view kTurfKey = "puerta.turf";
constexpr std::string_view kProfileKey = "puerta.profile";
constexpr std::string_view kAttemptsPrefix = "puerta.attempts";
constexpr std::string_view kDraftKey = "puerta.draft";
constexpr std::string_view kSentKey = "puerta.sent";
constexpr std::string_view kReceivedKey = "puerta.received";
constexpr std::string_view kDeviceKeyKey = "puerta.device_key";
// Wrong PINs so far and when the last one was tried: not secret, so not sealed
// (it must be read before the PIN is known), but framed and checksummed.
constexpr std::string_view kPinTriesKey = "puerta.pin_tries";

void Forget(std::string& secret) { sodium_memzero(secret.data(), secret.size()); }

template <class T>
std::string ToBytes(const T& value) {
  std::ostringstream out;
  {
    cereal::PortableBinaryOutputArchive archive(out);
    archive(value);
  }
  return out.str();
}

// Sizes in stored bytes are checked before anything is allocated
// (storage/bounded_archive.h): a forged record cannot claim gigabytes.
template <class T>
bool FromBytes(std::string_view bytes, T& value) {
  return ReadBounded(bytes, value);
}

}  // namespace

CanvassSession::CanvassSession(KeyValueStore& store, DeviceSecretSource device_secret)
    : store_(store), device_secret_(std::move(device_secret)) {}

bool CanvassSession::device_bound() const { return PinIsDeviceBound(store_); }
CanvassSession::~CanvassSession() = default;

std::int64_t CanvassSession::UnlockDelaySeconds(std::uint32_t failures) {
  if (failures < 3) return 0;
  return std::min<std::int64_t>(300, std::int64_t{5} << std::min<std::uint32_t>(failures - 3, 6));
}

std::int64_t CanvassSession::SecondsToWait(std::int64_t now_unix) const {
  const std::int64_t ready = last_pin_failure_unix_ + UnlockDelaySeconds(pin_failures_);
  return now_unix < ready ? ready - now_unix : 0;
}

Status CanvassSession::Resume() {
  pin_failures_ = 0;
  last_pin_failure_unix_ = 0;
  if (const auto tries = store_.Get(kPinTriesKey)) {
    std::string problem;
    std::pair<std::uint32_t, std::int64_t> counted{0, 0};
    // Damaged counts count as many failures: tampering must not reset the wait.
    if (auto bytes = DecodeStoredValue(kPinTriesKey, *tries, nullptr, problem); bytes && FromBytes(*bytes, counted)) {
      pin_failures_ = counted.first;
      last_pin_failure_unix_ = counted.second;
    } else {
      pin_failures_ = 10;
    }
  }
  const auto turf = store_.Get(kTurfKey);
  if (!turf) {
    stage_ = Stage::kNoTurf;
    return Status::Ok();
  }
  if (HasPin(store_) || IsSealedValue(*turf)) {
    stage_ = Stage::kLocked;
    return Status::Ok();
  }
  return LoadAll();
}

Status CanvassSession::Unlock(std::string_view pin, std::int64_t now_unix) {
  if (const std::int64_t wait = SecondsToWait(now_unix); wait > 0) {
    last_refusal_ = UnlockRefusal::kWait;
    return Status::Fail("Too many wrong PINs: wait " + std::to_string(wait) + " seconds.");
  }
  Status status = Status::Ok();
  const auto device = device_secret_ ? device_secret_() : std::nullopt;
  auto key = UnlockWithPin(store_, pin, device ? &*device : nullptr, status);
  if (!key) {
    const std::string& why = status.message();
    last_refusal_ = why == kWrongPinMessage         ? UnlockRefusal::kWrongPin
                    : why == kOtherDeviceMessage    ? UnlockRefusal::kOtherDevice
                    : why == kNoDeviceSecretMessage ? UnlockRefusal::kNoDeviceSecret
                                                    : UnlockRefusal::kOther;
    if (last_refusal_ == UnlockRefusal::kWrongPin) {
      ++pin_failures_;
      last_pin_failure_unix_ = now_unix;
      store_.Put(kPinTriesKey, EncodeStoredValue(kPinTriesKey, ToBytes(std::pair{pin_failures_, now_unix}), nullptr));
    }
    return status;
  }
  last_refusal_ = UnlockRefusal::kNone;
  if (pin_failures_ > 0) {
    pin_failures_ = 0;
    store_.Remove(kPinTriesKey);
  }
  cipher_ = std::make_unique<Cipher>(std::move(*key));
  if (Status s = LoadAll(); !s) {
    cipher_.reset();
    stage_ = Stage::kLocked;
    return s;
  }
  return Status::Ok();
}

void CanvassSession::Lock() {
  if (!cipher_) return;  // nothing is encrypted: nothing to hide behind a PIN
  cipher_.reset();
  journal_.reset();
  turf_.reset();
  device_key_.reset();
  log_ = AttemptLog();
  unsaved_.clear();
  canvasser_.clear();
  last_sent_unix_ = 0;
  received_.clear();
  ++revision_;
  stage_ = Stage::kLocked;
}

Status CanvassSession::LoadAll() {
  load_problems_.clear();
  std::string problem;
  const auto stored = store_.Get(kTurfKey);
  if (!stored) return Status::Fail("no turf is stored on this device");
  const auto json = DecodeStoredValue(kTurfKey, *stored, cipher_.get(), problem);
  if (!json) return Status::Fail("The turf on this phone cannot be read (" + problem + "). Open it again from its link.");
  auto turf = std::make_unique<TurfPackage>();
  if (Status s = ParseTurfPackage(*json, *turf); !s) return Status::Fail("The stored turf is damaged: " + s.message());

  if (const auto profile = store_.Get(kProfileKey)) {
    if (auto name = DecodeStoredValue(kProfileKey, *profile, cipher_.get(), problem)) canvasser_ = *name;
    else load_problems_.push_back(problem);
  }
  LoadOrMakeDeviceKey();

  journal_ = std::make_unique<Journal>(store_, std::string(kAttemptsPrefix), cipher_.get());
  // A snapshot that cannot be read is passed over for the other one (journal.h).
  std::vector<ContactAttempt> versions;
  JournalContents contents = journal_->Load([&](std::string_view body) { return FromBytes(body, versions); });
  log_ = AttemptLog();
  unsaved_.clear();
  if (contents.snapshot)
    for (auto& v : versions) log_.Merge(std::move(v));
  for (const std::string& entry : contents.entries) {
    ContactAttempt attempt;
    if (FromBytes(entry, attempt)) log_.Merge(std::move(attempt));
    else load_problems_.push_back("an attempt record cannot be read");
  }
  // Normally all duplicates of the above; merged so that a snapshot which
  // leaves something out (damaged, forged) cannot hide it (journal.h).
  for (const std::string& entry : contents.covered_entries) {
    ContactAttempt attempt;
    if (FromBytes(entry, attempt)) log_.Merge(std::move(attempt));
  }
  for (const std::string& other : contents.other_snapshots) {
    std::vector<ContactAttempt> kept;
    if (FromBytes(other, kept))
      for (auto& v : kept) log_.Merge(std::move(v));
  }
  for (auto& p : contents.problems) load_problems_.push_back(std::move(p));
  last_sent_unix_ = 0;
  if (const auto sent = store_.Get(kSentKey)) {
    std::int64_t when = 0;
    if (auto bytes = DecodeStoredValue(kSentKey, *sent, cipher_.get(), problem); bytes && FromBytes(*bytes, when))
      last_sent_unix_ = when;
    else
      load_problems_.push_back("puerta.sent: cannot be read");
  }
  received_.clear();
  if (const auto marks_stored = store_.Get(kReceivedKey)) {
    // Unreadable marks only make results look not yet received: the safe side.
    std::vector<std::pair<std::string, std::uint32_t>> marks;
    if (auto bytes = DecodeStoredValue(kReceivedKey, *marks_stored, cipher_.get(), problem); bytes && FromBytes(*bytes, marks))
      for (auto& [id, version] : marks) received_.insert({std::move(id), version});
    else
      load_problems_.push_back("puerta.received: cannot be read");
  }
  ++revision_;
  turf_ = std::move(turf);
  stage_ = Stage::kReady;
  return Status::Ok();
}

// The key is made once per phone (per wipe). One that cannot be read is
// replaced: exports must be signed, though the organizer will then see
// attempts recorded under the old key refused (they name the old device).
void CanvassSession::LoadOrMakeDeviceKey() {
  device_key_.reset();
  if (const auto stored = store_.Get(kDeviceKeyKey)) {
    std::string problem;
    if (auto bytes = DecodeStoredValue(kDeviceKeyKey, *stored, cipher_.get(), problem)) {
      if (auto key = DeviceKey::FromStored(*bytes)) device_key_ = std::make_unique<DeviceKey>(std::move(*key));
      else load_problems_.push_back("puerta.device_key: not a signing key");
      Forget(*bytes);
    } else {
      load_problems_.push_back(problem);
    }
    if (device_key_) return;
  }
  device_key_ = std::make_unique<DeviceKey>(DeviceKey::Generate());
  std::string bytes = device_key_->ToStored();
  // A refused write keeps the key in memory: this session's exports are signed.
  if (Status s = store_.Put(kDeviceKeyKey, EncodeStoredValue(kDeviceKeyKey, bytes, cipher_.get())); !s)
    storage_full_ = true;
  Forget(bytes);
}

Status CanvassSession::OpenTurf(std::string_view package_json, std::string_view new_pin) {
  TurfPackage parsed;
  if (Status s = ParseTurfPackage(package_json, parsed); !s) return s;
  if (stage_ == Stage::kLocked) return Status::Fail("Unlock Puerta with your PIN first.");
  if (turf_ && turf_->turf_id != parsed.turf_id && log_.AttemptCount() + unsaved_.size() > 0) {
    return Status::Fail("This phone still holds " + std::to_string(log_.AttemptCount() + unsaved_.size()) +
                        " responses for \"" + turf_->name + "\". Export them and wipe this phone before opening another turf.");
  }
  if (parsed.require_encryption && !cipher_) {
    Status status = Status::Ok();
    const auto device = device_secret_ ? device_secret_() : std::nullopt;
    auto key = CreatePin(store_, new_pin, device ? &*device : nullptr, status);
    if (!key) return status;
    cipher_ = std::make_unique<Cipher>(std::move(*key));
  }
  if (Status s = store_.Put(kTurfKey, EncodeStoredValue(kTurfKey, package_json, cipher_.get())); !s) {
    storage_full_ = true;
    return Status::Fail("Storage is full: the turf could not be saved on this phone (" + s.message() + ")");
  }
  if (!canvasser_.empty() || !parsed.canvasser.empty()) {
    if (canvasser_.empty()) canvasser_ = parsed.canvasser;
    SetCanvasser(canvasser_);
  }
  return LoadAll();
}

Status CanvassSession::SetCanvasser(std::string name) {
  canvasser_ = std::move(name);
  return store_.Put(kProfileKey, EncodeStoredValue(kProfileKey, canvasser_, cipher_.get()));
}

Status CanvassSession::Persist(const ContactAttempt& attempt) {
  if (!journal_) return Status::Fail("no turf is open");
  if (Status s = journal_->Append(ToBytes(attempt)); !s) {
    storage_full_ = true;
    return Status::Fail("Storage is full — export your responses now. (" + s.message() + ")");
  }
  return Status::Ok();
}

// After the log holds the new attempt: the snapshot must include it, since it
// covers every journal entry written so far.
void CanvassSession::CompactIfDue() {
  if (journal_->entries_since_snapshot() < kCompactEvery) return;
  // A failed compaction loses nothing: the entries stay until one succeeds.
  if (!journal_->Compact(SnapshotBody()).ok()) storage_full_ = true;
}

std::string CanvassSession::SnapshotBody() const { return ToBytes(log_.AllVersions()); }

Status CanvassSession::Record(ContactAttempt attempt) {
  if (stage_ != Stage::kReady) return Status::Fail("no turf is open");
  if (auto problems = CheckAttempt(attempt); !problems.empty()) return Status::Fail(problems.front());
  if (attempt.version != 1 || log_.Latest(attempt.attempt_id)) return Status::Fail("this attempt was already recorded");
  attempt.device = device_id();
  if (Status s = Persist(attempt); !s) {
    unsaved_.push_back(std::move(attempt));
    ++revision_;
    return s;
  }
  Status recorded = log_.Record(std::move(attempt));
  ++revision_;
  CompactIfDue();
  return recorded;
}

Status CanvassSession::Edit(ContactAttempt revised, std::int64_t now_unix) {
  const ContactAttempt* latest = log_.Latest(revised.attempt_id);
  if (!latest) return Status::Fail("no such attempt to edit");
  revised.version = latest->version + 1;
  revised.recorded_unix = now_unix;
  revised.device = device_id();  // the version is this phone's, whoever recorded the first
  if (auto problems = CheckAttempt(revised); !problems.empty()) return Status::Fail(problems.front());
  ++revision_;
  if (Status s = Persist(revised); !s) {
    unsaved_.push_back(std::move(revised));
    return s;
  }
  log_.Merge(std::move(revised));
  CompactIfDue();
  return Status::Ok();
}

Status CanvassSession::SaveDraft(std::string_view bytes) {
  if (stage_ != Stage::kReady) return Status::Fail("no turf is open");
  if (bytes.empty()) return store_.Get(kDraftKey) ? store_.Remove(kDraftKey) : Status::Ok();
  return store_.Put(kDraftKey, EncodeStoredValue(kDraftKey, bytes, cipher_.get()));
}

std::optional<std::string> CanvassSession::LoadDraft() const {
  if (stage_ != Stage::kReady) return std::nullopt;
  const auto stored = store_.Get(kDraftKey);
  if (!stored) return std::nullopt;
  std::string problem;
  return DecodeStoredValue(kDraftKey, *stored, cipher_.get(), problem);
}

Status CanvassSession::NoteSent(std::int64_t now_unix) {
  if (stage_ != Stage::kReady) return Status::Fail("no turf is open");
  if (Status s = store_.Put(kSentKey, EncodeStoredValue(kSentKey, ToBytes(now_unix), cipher_.get())); !s) return s;
  last_sent_unix_ = now_unix;
  return Status::Ok();
}

std::optional<std::int64_t> CanvassSession::OldestUnsentUnix() const {
  std::optional<std::int64_t> oldest;
  auto consider = [&](const ContactAttempt& a) {
    if (a.recorded_unix > last_sent_unix_ && (!oldest || a.recorded_unix < *oldest)) oldest = a.recorded_unix;
  };
  for (const ContactAttempt& a : log_.AllVersions()) consider(a);
  for (const ContactAttempt& a : unsaved_) consider(a);
  return oldest;
}

ReceiptMatch CanvassSession::ApplyReceipt(std::string_view typed) {
  if (stage_ != Stage::kReady) return {ReceiptOutcome::kNotSaved, {}, "no turf is open"};
  ReceiptMatch match = MatchReceipt(typed, device_id(), AllVersions());
  if (match.outcome != ReceiptOutcome::kReceived) return match;
  std::set<VersionRef> marked = received_;
  marked.insert(match.received.begin(), match.received.end());
  // Stored as plain pairs: the same bytes on x86-64 and wasm32.
  std::vector<std::pair<std::string, std::uint32_t>> marks;
  for (const VersionRef& v : marked) marks.emplace_back(v.attempt_id, v.version);
  if (Status s = store_.Put(kReceivedKey, EncodeStoredValue(kReceivedKey, ToBytes(marks), cipher_.get())); !s) {
    storage_full_ = true;
    return {ReceiptOutcome::kNotSaved, {}, s.message()};
  }
  received_ = std::move(marked);
  ++revision_;
  return match;
}

bool CanvassSession::Received(const ContactAttempt& version) const {
  return received_.count(VersionRef{version.attempt_id, version.version}) > 0;
}

std::size_t CanvassSession::NotReceivedCount() const {
  std::size_t n = 0;
  for (const ContactAttempt& a : Current()) n += !a.practice && !Received(a);
  return n;
}

std::size_t CanvassSession::ReceivedCount() const {
  std::size_t n = 0;
  for (const ContactAttempt& a : Current()) n += !a.practice && Received(a);
  return n;
}

std::vector<ContactAttempt> CanvassSession::AllVersions() const {
  std::vector<ContactAttempt> all = log_.AllVersions();
  all.insert(all.end(), unsaved_.begin(), unsaved_.end());
  return all;
}

std::vector<ContactAttempt> CanvassSession::Current() const {
  if (unsaved_.empty()) return log_.Current();
  AttemptLog merged = log_;
  for (const auto& a : unsaved_) merged.Merge(a);
  return merged.Current();
}

std::string CanvassSession::DebugJson() const {
  std::ostringstream out;
  {
    cereal::JSONOutputArchive archive(out);
    archive(cereal::make_nvp("stage", static_cast<int>(stage_)),
            cereal::make_nvp("turf_id", turf_ ? turf_->turf_id : std::string()),
            cereal::make_nvp("households", turf_ ? static_cast<std::uint32_t>(turf_->walk_list.households.size()) : 0u),
            cereal::make_nvp("canvasser", canvasser_), cereal::make_nvp("encrypted", cipher_ != nullptr),
            cereal::make_nvp("storage_full", storage_full_), cereal::make_nvp("load_problems", load_problems_),
            cereal::make_nvp("attempts", log_.AllVersions()), cereal::make_nvp("unsaved", unsaved_));
  }
  return out.str();
}

std::size_t CanvassSession::PracticeCount() const {
  std::size_t n = 0;
  for (const ContactAttempt& a : Current()) n += a.practice;
  return n;
}

Status CanvassSession::ClearPractice(bool whole_turf) {
  if (stage_ != Stage::kReady || !journal_) return Status::Fail("no turf is open");
  std::vector<ContactAttempt> real;
  if (!whole_turf)
    for (ContactAttempt& a : AllVersions())
      if (!a.practice) real.push_back(std::move(a));
  // The journal starts again with only what is real: a snapshot that merely
  // left practice out would be merged back from the older slot (journal.h).
  if (Status s = journal_->Wipe(); !s) return s;
  journal_ = std::make_unique<Journal>(store_, std::string(kAttemptsPrefix), cipher_.get());
  journal_->Load();
  log_ = AttemptLog();
  unsaved_.clear();
  ++revision_;
  if (whole_turf && store_.Get(kDraftKey)) store_.Remove(kDraftKey);
  if (real.empty()) return Status::Ok();
  if (Status s = journal_->Compact(ToBytes(real)); !s) {
    storage_full_ = true;
    unsaved_ = std::move(real);
    return Status::Fail("Storage is full — export your responses now. (" + s.message() + ")");
  }
  for (ContactAttempt& a : real) log_.Merge(std::move(a));
  return Status::Ok();
}

Status CanvassSession::Wipe() {
  Status result = Status::Ok();
  for (const std::string& key : store_.Keys()) {
    if (key == kTurfKey || key == kProfileKey || key == kPinLockKey || key == kDraftKey || key == kSentKey || key == kReceivedKey || key == kPinTriesKey ||
        key == kDeviceKeyKey || key.starts_with(std::string(kAttemptsPrefix) + "."))
      if (Status s = store_.Remove(key); !s) result = s;
  }
  cipher_.reset();
  journal_.reset();
  turf_.reset();
  device_key_.reset();
  log_ = AttemptLog();
  unsaved_.clear();
  load_problems_.clear();
  canvasser_.clear();
  last_sent_unix_ = 0;
  received_.clear();
  pin_failures_ = 0;
  last_pin_failure_unix_ = 0;
  ++revision_;
  storage_full_ = false;
  stage_ = Stage::kNoTurf;
  return result;
}

}  // namespace puerta
