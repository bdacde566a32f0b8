// CanvassSession: one canvasser's turf on one device, and every contact
// attempt recorded on it. It owns what must never be lost and never leak:
//
//   puerta.lock               the PIN check (crypto/pin.h), when the turf asks for encryption
//   puerta.turf               the turf package as opened (JSON), one record
//   puerta.profile            who is canvassing (name), one record
//   puerta.attempts.j.*       one record per attempt version (journal.h)
//   puerta.attempts.snap.a/b  compacted snapshots of every attempt version
//   puerta.draft              the conversation in progress (app/canvass_flow.h), one record
//   puerta.sent               when results were last sent to the organizer
//   puerta.received           the attempt versions the organizer's receipts
//                             say arrived (receipts/receipt_match.h)
//   puerta.device_key         this phone's signing key (crypto/signed_file.h),
//                             made at the first open; it signs every export
//
// All of them are framed and checksummed, and sealed with the PIN's key when
// the turf requires encryption (storage/record_codec.h).
//
// Recording is persisted before it is acknowledged: Record() returns Ok only
// once the attempt is in storage, and it costs one small write whatever the
// size of the walk list (a snapshot is written every kCompactEvery records).
// When storage refuses (quota, disk full) the attempt is kept in memory as
// unsaved, Record() says why, and storage_full() stays true so the app can
// tell the canvasser to export now.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "crypto/cipher.h"
#include "crypto/signed_file.h"
#include "receipts/receipt_match.h"
#include "responses/attempt_log.h"
#include "storage/journal.h"
#include "storage/key_value_store.h"
#include "turf/turf_package.h"

namespace puerta {

class CanvassSession {
 public:
  enum class Stage {
    kNoTurf,   // nothing opened on this device yet
    kLocked,   // a turf is stored encrypted: the PIN is needed
    kReady,    // the turf and its attempts are loaded
  };
  static constexpr std::uint32_t kCompactEvery = 64;

  // The device's secret (ui/platform.h's DeviceSecret), asked for only when a
  // PIN is set or tried; none (the default, and where the device has none)
  // leaves the PIN alone guarding the store (crypto/pin.h).
  using DeviceSecretSource = std::function<std::optional<SecretKey>()>;
  explicit CanvassSession(KeyValueStore& store, DeviceSecretSource device_secret = {});
  ~CanvassSession();

  // At start-up: loads what the device holds, or stops at kLocked.
  Status Resume();
  // kLocked → kReady with the right PIN. Wrong PINs are counted in storage
  // (a reload does not reset them): from the 3rd on, the next try waits
  // UnlockDelaySeconds(failures); `now_unix` is the device's clock.
  Status Unlock(std::string_view pin, std::int64_t now_unix = 0);
  // kOtherDevice: the lock is bound to another device's secret (no PIN can
  // open it here); kNoDeviceSecret: bound, and this device offers no secret now.
  enum class UnlockRefusal { kNone, kWrongPin, kWait, kOtherDevice, kNoDeviceSecret, kOther };
  UnlockRefusal last_refusal() const { return last_refusal_; }
  std::uint32_t failed_unlocks() const { return pin_failures_; }
  // Seconds until the next PIN may be tried (0: now).
  std::int64_t SecondsToWait(std::int64_t now_unix) const;
  static std::int64_t UnlockDelaySeconds(std::uint32_t failures);
  // Drops the key and every decrypted thing from memory (inactivity, app hidden).
  void Lock();

  // Opens a turf package on this device. A package that requires encryption
  // needs `new_pin` when the device has no PIN yet (see crypto/pin.h for the
  // rules); the PIN cannot be recovered if forgotten. Attempts already on the
  // device for the same turf id are kept; opening a different turf while
  // unexported attempts exist is refused ("export or wipe first").
  Status OpenTurf(std::string_view package_json, std::string_view new_pin = {});

  Stage stage() const { return stage_; }
  bool encrypted() const { return cipher_ != nullptr; }
  // The stored PIN lock also needs this device's secret: a copy of the store
  // alone cannot test a PIN. False on a device that offers no secret.
  bool device_bound() const;
  const TurfPackage* turf() const { return turf_ ? turf_.get() : nullptr; }
  const AttemptLog& attempts() const { return log_; }
  // Attempts that storage refused: in memory only, included in exports.
  const std::vector<ContactAttempt>& unsaved() const { return unsaved_; }
  bool storage_full() const { return storage_full_; }
  // Damaged records found while loading, one line each (what was skipped).
  const std::vector<std::string>& load_problems() const { return load_problems_; }

  // This phone's signing key, made the first time a turf is opened on it and
  // kept (sealed) until a wipe; null unless kReady. Every attempt recorded
  // here names its device id, and every export is signed with it.
  const DeviceKey* device_key() const { return device_key_.get(); }
  std::string device_id() const { return device_key_ ? device_key_->device_id() : std::string(); }

  const std::string& canvasser() const { return canvasser_; }
  Status SetCanvasser(std::string name);

  // Persists, then adds to the log. See the class comment for failures.
  Status Record(ContactAttempt attempt);
  Status Edit(ContactAttempt revised, std::int64_t now_unix);

  // Goes up by one whenever the attempts held change (recorded, edited,
  // loaded, wiped): what is derived from them is recomputed when it moves.
  std::uint64_t revision() const { return revision_; }

  // The conversation in progress, kept sealed like everything else; empty
  // bytes remove it. LoadDraft() gives nothing when there is none (or it is damaged).
  Status SaveDraft(std::string_view bytes);
  std::optional<std::string> LoadDraft() const;

  // The canvasser sent results (shared a file): everything recorded until now
  // has left the phone once.
  Status NoteSent(std::int64_t now_unix);
  std::int64_t last_sent_unix() const { return last_sent_unix_; }
  // When the oldest attempt recorded since the last send was recorded, or
  // nothing when everything has been sent.
  std::optional<std::int64_t> OldestUnsentUnix() const;

  // A receipt code the organizer gave (receipts/receipt_code.h): the versions
  // it speaks for are marked received, persisted before this returns
  // kReceived (kNotSaved when storage refused: nothing is marked).
  ReceiptMatch ApplyReceipt(std::string_view typed);
  bool Received(const ContactAttempt& version) const;
  // Attempts (latest versions, practice left out) whose latest version no
  // receipt has covered: an edit after a receipt makes its attempt count again.
  std::size_t NotReceivedCount() const;
  std::size_t ReceivedCount() const;

  // Every attempt version held: saved, then unsaved (for exports).
  std::vector<ContactAttempt> AllVersions() const;
  // The latest version of every attempt, unsaved ones included.
  std::vector<ContactAttempt> Current() const;

  // Everything held, as JSON (cereal's JSON archive of the same structures the
  // binary records hold): for debugging and support, never stored.
  std::string DebugJson() const;

  // Practice never blocks real work. Removes practice attempts from storage
  // and memory for good: every attempt when `whole_turf` (the turf held is
  // the practice turf), else those recorded in practice mode. Real attempts
  // stay; should storage refuse to take them back they are kept in memory as
  // unsaved (still exported) and storage_full() says so.
  Status ClearPractice(bool whole_turf);
  // How many attempts (latest versions) were recorded in practice mode.
  std::size_t PracticeCount() const;

  // Erases everything this class stores, and the PIN. Confirmed by the UI.
  Status Wipe();

 private:
  Status LoadAll();
  void LoadOrMakeDeviceKey();
  Status Persist(const ContactAttempt& attempt);
  void CompactIfDue();
  std::string SnapshotBody() const;

  KeyValueStore& store_;
  DeviceSecretSource device_secret_;
  Stage stage_ = Stage::kNoTurf;
  std::unique_ptr<Cipher> cipher_;
  std::unique_ptr<TurfPackage> turf_;
  std::unique_ptr<Journal> journal_;
  std::unique_ptr<DeviceKey> device_key_;
  AttemptLog log_;
  std::vector<ContactAttempt> unsaved_;
  std::vector<std::string> load_problems_;
  std::string canvasser_;
  std::int64_t last_sent_unix_ = 0;
  std::set<VersionRef> received_;
  std::uint32_t pin_failures_ = 0;
  std::int64_t last_pin_failure_unix_ = 0;
  UnlockRefusal last_refusal_ = UnlockRefusal::kNone;
  std::uint64_t revision_ = 0;
  bool storage_full_ = false;
};

}  // namespace puerta
