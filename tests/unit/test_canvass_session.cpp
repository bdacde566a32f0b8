// app/canvass_session: what a phone keeps of a shift, through everything a
// phone does to it: reloads, a wrong PIN, a full store, tampering, a wipe.
#include <doctest/doctest.h>

#include <algorithm>
#include <fstream>
#include <random>
#include <sstream>

#include "allocation_probe.h"
#include "app/canvass_session.h"
#include "app/app_state_store.h"
#include "app/canvass_flow.h"
#include "crypto/pin.h"
#include "storage/record_codec.h"
#include "sample_turf.h"
#include "storage/memory_store.h"
#include "util/base64.h"

#include <rapidjson/document.h>

using namespace puerta;
using puerta::test::SampleTurf;

namespace {

ContactAttempt DoorAttempt(const CanvassSession& session, std::size_t household, ResultCode result) {
  const Household& h = session.turf()->walk_list.households[household];
  ContactAttempt a;
  a.attempt_id = NewAttemptId();
  a.household_id = h.id;
  a.voter_id = h.voters[0].id;
  a.voter_name = h.voters[0].first_name + " " + h.voters[0].last_name;
  a.time_unix = a.recorded_unix = 1'790'000'000 + static_cast<std::int64_t>(household);
  a.canvasser = "Lupe";
  a.result = result;
  return a;
}

// A whole localStorage saved by an older format (tests/data/formats/, see the README there).
void LoadSavedStore(const std::string& file, MemoryStore& store) {
  std::ifstream in(std::string(PUERTA_TEST_DATA) + "/formats/" + file);
  std::stringstream text;
  text << in.rdbuf();
  rapidjson::Document doc;
  doc.Parse(text.str().c_str());
  REQUIRE(doc.IsObject());
  const auto& members = doc;  // const iterators: clang warns on the mutable ones in C++20
  for (auto it = members.MemberBegin(); it != members.MemberEnd(); ++it)
    REQUIRE(store.Put(it->name.GetString(), it->value.GetString()).ok());
}

}  // namespace

TEST_CASE("an encrypted turf locks on reopen and every recorded attempt comes back") {
  MemoryStore store;
  {
    CanvassSession s(store);
    REQUIRE(s.Resume().ok());
    CHECK(s.stage() == CanvassSession::Stage::kNoTurf);
    REQUIRE(s.OpenTurf(SampleTurf(), "482915").ok());
    REQUIRE(s.SetCanvasser("Lupe Ortiz").ok());
    for (std::size_t i = 0; i < 70; ++i) REQUIRE(s.Record(DoorAttempt(s, i % 20, ResultCode::kNotHome)).ok());
  }
  CanvassSession again(store);
  REQUIRE(again.Resume().ok());
  CHECK(again.stage() == CanvassSession::Stage::kLocked);
  CHECK(again.Unlock("000000").message() == "Wrong PIN. Try again.");
  CHECK(again.stage() == CanvassSession::Stage::kLocked);
  REQUIRE(again.Unlock("482915").ok());
  CHECK(again.attempts().AttemptCount() == 70);  // 64 in a snapshot, 6 in the journal
  CHECK(again.canvasser() == "Lupe Ortiz");
  CHECK(again.load_problems().empty());
}

TEST_CASE("the phone's signing key is made at the first open, kept sealed across reloads, named on every attempt, and wiped") {
  MemoryStore store;
  std::string device, public_key;
  {
    CanvassSession s(store);
    REQUIRE(s.Resume().ok());
    CHECK(s.device_key() == nullptr);
    REQUIRE(s.OpenTurf(SampleTurf(), "482915").ok());
    REQUIRE(s.device_key() != nullptr);
    device = s.device_id();
    public_key = s.device_key()->public_key();
    CHECK(device.size() == 16);
    CHECK(store.Get("puerta.device_key").has_value());
    CHECK(store.Get("puerta.device_key")->find(s.device_key()->ToStored()) == std::string::npos);  // sealed
    ContactAttempt a = DoorAttempt(s, 0, ResultCode::kNotHome);
    a.device = "ffffffffffffffff";  // whatever the caller says, the attempt is this phone's
    REQUIRE(s.Record(a).ok());
    CHECK(s.attempts().Latest(a.attempt_id)->device == device);
    ContactAttempt edited = *s.attempts().Latest(a.attempt_id);
    edited.notes = "edited";
    REQUIRE(s.Edit(edited, 1'790'000'500).ok());
    CHECK(s.attempts().Latest(a.attempt_id)->device == device);
    s.Lock();
    CHECK(s.device_key() == nullptr);  // the secret key leaves memory with the rest
  }
  CanvassSession again(store);
  REQUIRE(again.Resume().ok());
  REQUIRE(again.Unlock("482915").ok());
  REQUIRE(again.device_key() != nullptr);
  CHECK(again.device_id() == device);
  CHECK(again.device_key()->public_key() == public_key);
  CHECK(again.load_problems().empty());
  for (const ContactAttempt& a : again.AllVersions()) CHECK(a.device == device);
  // Opening the turf again keeps the key.
  REQUIRE(again.OpenTurf(SampleTurf()).ok());
  CHECK(again.device_id() == device);

  REQUIRE(again.Wipe().ok());
  CHECK(again.device_key() == nullptr);
  CHECK_FALSE(store.Get("puerta.device_key").has_value());
  REQUIRE(again.OpenTurf(SampleTurf(), "482915").ok());
  CHECK(again.device_id() != device);  // a wiped phone is a new device
}

TEST_CASE("a full store refuses the attempt, keeps it in memory as unsaved, and says so") {
  MemoryStore roomy;
  CanvassSession probe(roomy);
  REQUIRE(probe.OpenTurf(SampleTurf(), "482915").ok());
  std::size_t used = roomy.UsedChars();

  MemoryStore tight(used + 900);  // room for about one attempt record
  CanvassSession s(tight);
  REQUIRE(s.OpenTurf(SampleTurf(), "482915").ok());
  Status status = Status::Ok();
  int saved = 0;
  for (int i = 0; i < 10 && status.ok(); ++i) {
    status = s.Record(DoorAttempt(s, static_cast<std::size_t>(i), ResultCode::kRefused));
    if (status.ok()) ++saved;
  }
  REQUIRE_FALSE(status.ok());
  CHECK(status.message().starts_with("Storage is full"));
  CHECK(s.storage_full());
  CHECK(s.unsaved().size() == 1);
  CHECK(s.Current().size() == static_cast<std::size_t>(saved) + 1);  // still exported
  // What storage holds is consistent: reopening finds exactly the saved ones.
  CanvassSession again(tight);
  REQUIRE(again.Resume().ok());
  REQUIRE(again.Unlock("482915").ok());
  CHECK(again.attempts().AttemptCount() == static_cast<std::size_t>(saved));
}

TEST_CASE("tampered storage: damaged records are reported and skipped, the rest loads") {
  MemoryStore store;
  {
    CanvassSession s(store);
    REQUIRE(s.OpenTurf(SampleTurf(), "482915").ok());
    for (std::size_t i = 0; i < 5; ++i) REQUIRE(s.Record(DoorAttempt(s, i, ResultCode::kNotHome)).ok());
  }
  // Flip a byte in one journal entry.
  for (auto& [key, value] : store.Raw()) {
    if (key == "puerta.attempts.j.0000000003") value[value.size() / 2] = value[value.size() / 2] == 'A' ? 'B' : 'A';
  }
  CanvassSession s(store);
  REQUIRE(s.Resume().ok());
  REQUIRE(s.Unlock("482915").ok());
  CHECK(s.attempts().AttemptCount() == 4);
  REQUIRE(s.load_problems().size() == 1);
  CHECK(s.load_problems()[0].find("puerta.attempts.j.0000000003") != std::string::npos);

  // A damaged turf record: a clear message, and nothing else is touched.
  const auto before = store.Raw();
  store.Raw().at("puerta.turf").resize(100);
  CanvassSession broken(store);
  REQUIRE(broken.Resume().ok());
  const Status unlocked = broken.Unlock("482915");
  CHECK_FALSE(unlocked.ok());
  CHECK(unlocked.message().find("cannot be read") != std::string::npos);
  for (const auto& [key, value] : before)
    if (key != "puerta.turf") CHECK(store.Raw().at(key) == value);
}

TEST_CASE("random damage to stored state never crashes and never yields a wrong attempt") {
  MemoryStore pristine;
  std::vector<ContactAttempt> recorded;
  {
    CanvassSession s(pristine);
    REQUIRE(s.OpenTurf(SampleTurf(), "123456").ok());
    for (std::size_t i = 0; i < 8; ++i) {
      ContactAttempt a = DoorAttempt(s, i, ResultCode::kNotHome);
      REQUIRE(s.Record(a).ok());
      recorded.push_back(*s.attempts().Latest(a.attempt_id));  // as kept: naming this phone
    }
  }
  std::mt19937 rng(5);
  for (int round = 0; round < 200; ++round) {
    MemoryStore store = pristine;
    auto it = store.Raw().begin();
    std::advance(it, rng() % store.Raw().size());
    if (it->second.empty()) continue;
    if (round % 2) it->second.resize(rng() % it->second.size());
    else it->second[rng() % it->second.size()] ^= static_cast<char>(1 + rng() % 255);
    CanvassSession s(store);
    if (!s.Resume().ok() || s.stage() != CanvassSession::Stage::kLocked) continue;
    if (!s.Unlock("123456").ok()) continue;  // the lock or the turf was hit: refused with a message
    for (const ContactAttempt& a : s.attempts().Current())
      CHECK(std::find(recorded.begin(), recorded.end(), a) != recorded.end());
  }
}

TEST_CASE("a different turf is refused while responses are on the phone; a wipe leaves nothing") {
  MemoryStore store;
  REQUIRE(store.Put("puerta.app_state", "preferences").ok());
  CanvassSession s(store);
  REQUIRE(s.OpenTurf(SampleTurf(), "482915").ok());
  REQUIRE(s.Record(DoorAttempt(s, 0, ResultCode::kMoved)).ok());
  std::string other = SampleTurf();
  other.replace(other.find("sample-esperanza-oak"), 20, "another-turf-id-1234");
  const Status refused = s.OpenTurf(other);
  CHECK_FALSE(refused.ok());
  CHECK(refused.message().find("Export them") != std::string::npos);

  REQUIRE(s.Wipe().ok());
  CHECK(s.stage() == CanvassSession::Stage::kNoTurf);
  CHECK(store.Keys() == std::vector<std::string>{"puerta.app_state"});
}

TEST_CASE("a phone's storage written by format version 2 still opens") {
  // tests/data/formats/store-v2.json: localStorage as format 2 left it (PIN 1234).
  MemoryStore store;
  LoadSavedStore("store-v2.json", store);

  AppState prefs;
  REQUIRE(LoadAppState(store, prefs).ok());
  CHECK(prefs.interface_language == "vi");
  CHECK(prefs.text_size == 1);
  CHECK(prefs.high_contrast);

  CanvassSession s(store);
  REQUIRE(s.Resume().ok());
  REQUIRE(s.Unlock("1234").ok());
  CHECK(s.canvasser() == "Format Two");
  CHECK(s.attempts().AttemptCount() == 3);
  CHECK(s.attempts().Latest("00000000000000000000000000000002")->result == ResultCode::kRefused);
  CHECK(s.load_problems().empty());
}

TEST_CASE("a phone's storage written by format version 3 still opens, with its locations, send time and draft") {
  // tests/data/formats/store-v3.json (see the README beside it), PIN 482915.
  MemoryStore store;
  LoadSavedStore("store-v3.json", store);
  AppState prefs;
  REQUIRE(LoadAppState(store, prefs).ok());
  CHECK(prefs.interface_language == "ko");
  CHECK(prefs.text_size == 2);

  CanvassSession s(store);
  REQUIRE(s.Resume().ok());
  REQUIRE(s.Unlock("482915").ok());
  CHECK(s.load_problems().empty());
  CHECK(s.canvasser() == "Format Three");
  const auto current = s.Current();
  REQUIRE(current.size() == 2);
  for (const ContactAttempt& a : current) {
    CHECK(a.result == ResultCode::kNotHome);
    CHECK(a.has_location);
    CHECK(a.latitude == doctest::Approx(37.3501));
    CHECK(a.location_accuracy_m == doctest::Approx(9.5));
  }
  CHECK(s.last_sent_unix() == 1790000100);
  CHECK_FALSE(s.OldestUnsentUnix().has_value());
  const auto draft = s.LoadDraft();
  REQUIRE(draft.has_value());
  CanvassFlow flow(s);
  REQUIRE(flow.RestoreDraft(*draft));
  CHECK(flow.door() == 1u);
  CHECK(flow.voter_index() == 0u);
  CHECK(flow.notes() == "draft note 초안");
  REQUIRE(flow.conversation() != nullptr);
  CHECK(flow.conversation()->Current()->id != "intro");
}

TEST_CASE("the whole session reads as JSON for debugging") {
  MemoryStore store;
  CanvassSession s(store);
  REQUIRE(s.OpenTurf(SampleTurf(), "482915").ok());
  REQUIRE(s.Record(DoorAttempt(s, 0, ResultCode::kComeBack)).ok() == false);  // Come Back needs a time
  ContactAttempt a = DoorAttempt(s, 0, ResultCode::kNotHome);
  a.notes = "dog in the yard";
  REQUIRE(s.Record(a).ok());
  const std::string json = s.DebugJson();
  rapidjson::Document doc;
  doc.Parse(json.c_str());
  REQUIRE(doc.IsObject());
  CHECK(std::string(doc["turf_id"].GetString()) == "sample-esperanza-oak");
  CHECK(doc["encrypted"].GetBool());
  REQUIRE(doc["attempts"].Size() == 1);
  CHECK(std::string(doc["attempts"][0]["notes"].GetString()) == "dog in the yard");
}

TEST_CASE("wrong PINs slow down the next try, counted in storage so a reload does not reset them") {
  MemoryStore store;
  {
    CanvassSession s(store);
    REQUIRE(s.OpenTurf(SampleTurf(), "123456").ok());
  }
  CanvassSession s(store);
  REQUIRE(s.Resume().ok());
  const std::int64_t t0 = 1'800'000'000;
  CHECK_FALSE(s.Unlock("000000", t0).ok());
  CHECK_FALSE(s.Unlock("000001", t0).ok());
  CHECK(s.SecondsToWait(t0) == 0);
  CHECK_FALSE(s.Unlock("000002", t0).ok());
  CHECK(s.last_refusal() == CanvassSession::UnlockRefusal::kWrongPin);
  CHECK(s.SecondsToWait(t0) == 5);  // the third wrong PIN: wait 5 s, then 10, 20, ... up to 5 min
  // Even the right PIN waits its turn.
  CHECK_FALSE(s.Unlock("123456", t0 + 1).ok());
  CHECK(s.last_refusal() == CanvassSession::UnlockRefusal::kWait);
  {
    CanvassSession reloaded(store);  // a reload does not reset the count
    REQUIRE(reloaded.Resume().ok());
    CHECK(reloaded.failed_unlocks() == 3);
    CHECK(reloaded.SecondsToWait(t0 + 1) == 4);
  }
  CHECK(CanvassSession::UnlockDelaySeconds(4) == 10);
  CHECK(CanvassSession::UnlockDelaySeconds(30) == 300);
  REQUIRE(s.Unlock("123456", t0 + 5).ok());
  CHECK(s.failed_unlocks() == 0);
  CHECK_FALSE(store.Get("puerta.pin_tries").has_value());
}

TEST_CASE("a tampered store: a forged snapshot and 35-byte forged records neither hide nor cost anything") {
  // An unencrypted turf: anyone who can write the store can also make its
  // checksums right, so only the journal's own consistency protects it.
  std::string plain = SampleTurf();
  plain.replace(plain.find("\"require_encryption\": true"), 26, "\"require_encryption\": false");
  MemoryStore pristine;
  std::vector<ContactAttempt> recorded;
  {
    CanvassSession s(pristine);
    REQUIRE(s.OpenTurf(plain).ok());
    REQUIRE_FALSE(s.encrypted());
    for (std::size_t i = 0; i < 70; ++i) {  // a snapshot at 64, then six entries
      const ContactAttempt a = DoorAttempt(s, i % 20, ResultCode::kNotHome);
      REQUIRE(s.Record(a).ok());
      recorded.push_back(*s.attempts().Latest(a.attempt_id));  // as kept: naming this phone
    }
  }
  auto le64 = [](std::uint64_t v) {
    std::string out;
    for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
    return out;
  };
  const std::string snap = "puerta.attempts.snap.a";
  const std::string entry = "puerta.attempts.j.0000000068";
  REQUIRE(pristine.Raw().count(snap) == 1);
  REQUIRE(pristine.Raw().count(entry) == 1);
  // 1e12: a count that would hide every entry; 64: a true count, over a
  // 29-byte body claiming ten million attempt versions.
  for (const std::uint64_t claim : {std::uint64_t{1'000'000'000'000}, std::uint64_t{64}}) {
    CAPTURE(claim);
    MemoryStore store = pristine;
    const std::string forged_snapshot = le64(claim) + "\x01" + le64(10'000'000) + std::string(20, 'z');
    REQUIRE(store.Put(snap, EncodeStoredValue(snap, forged_snapshot, nullptr)).ok());
    // A 35-byte attempt whose id claims 4 GB.
    std::string forged_entry = std::string("\x01\x01\x00\x00\x00", 5) + le64(1ull << 32);
    forged_entry += std::string(35 - forged_entry.size(), 'q');
    REQUIRE(store.Put(entry, EncodeStoredValue(entry, forged_entry, nullptr)).ok());

    const test::AllocationProbe probe;
    CanvassSession s(store);
    REQUIRE(s.Resume().ok());
    REQUIRE(s.stage() == CanvassSession::Stage::kReady);
    CHECK(probe.Largest() < 16 * 1024 * 1024);  // the turf's own text is the largest thing read
    // The first compaction removed no entry, so all 70 are still stored; the
    // forged one is reported and skipped, every other attempt is there.
    CHECK(s.attempts().AttemptCount() == 69);
    for (const ContactAttempt& a : s.attempts().Current())
      CHECK(std::find(recorded.begin(), recorded.end(), a) != recorded.end());
    CHECK(s.attempts().Latest(recorded[67].attempt_id) == nullptr);
    REQUIRE(s.load_problems().size() == 2);
    const std::string problems = s.load_problems()[0] + "\n" + s.load_problems()[1];
    CHECK(problems.find(snap + (claim == 64 ? ": cannot be read" : ": damaged or tampered with")) != std::string::npos);
    CHECK(problems.find("an attempt record cannot be read") != std::string::npos);
  }
}

namespace {
// What platform::DeviceSecret answers on one device (a fixed 32 bytes per seed).
CanvassSession::DeviceSecretSource DeviceNumber(std::uint8_t seed) {
  return [seed]() -> std::optional<SecretKey> {
    SecretKey k;
    for (std::size_t i = 0; i < SecretKey::kSize; ++i) k.data()[i] = static_cast<std::uint8_t>(seed * 31 + i);
    return k;
  };
}
CanvassSession::DeviceSecretSource NoDeviceSecret() {
  return [] { return std::optional<SecretKey>(); };
}
}  // namespace

TEST_CASE("a copied store does not open on another device, even with the right PIN; on its own device it does") {
  MemoryStore phone;
  {
    CanvassSession s(phone, DeviceNumber(1));
    REQUIRE(s.OpenTurf(SampleTurf(), "482915").ok());
    CHECK(s.device_bound());
    REQUIRE(s.Record(DoorAttempt(s, 0, ResultCode::kNotHome)).ok());
  }
  MemoryStore copy;  // everything the phone's storage holds, on another device
  for (const std::string& key : phone.Keys()) REQUIRE(copy.Put(key, *phone.Get(key)).ok());

  CanvassSession elsewhere(copy, DeviceNumber(2));
  REQUIRE(elsewhere.Resume().ok());
  CHECK(elsewhere.Unlock("482915", 1'800'000'000).message() == kOtherDeviceMessage);
  CHECK(elsewhere.last_refusal() == CanvassSession::UnlockRefusal::kOtherDevice);
  CHECK(elsewhere.stage() == CanvassSession::Stage::kLocked);
  CHECK(elsewhere.failed_unlocks() == 0);  // not a wrong PIN: no waiting, the way on is to erase
  CanvassSession without(copy, NoDeviceSecret());
  REQUIRE(without.Resume().ok());
  CHECK_FALSE(without.Unlock("482915").ok());
  CHECK(without.last_refusal() == CanvassSession::UnlockRefusal::kNoDeviceSecret);

  CanvassSession home(phone, DeviceNumber(1));
  REQUIRE(home.Resume().ok());
  CHECK(home.Unlock("000000").message() == kWrongPinMessage);
  REQUIRE(home.Unlock("482915").ok());
  CHECK(home.attempts().AttemptCount() == 1);
}

TEST_CASE("a store from before device binding (format 3, PLK1) opens once more and is then bound to the device") {
  // tests/data/formats/store-v3.json, PIN 482915: its lock is the PIN's alone.
  MemoryStore store;
  LoadSavedStore("store-v3.json", store);
  const std::string old_lock = *store.Get("puerta.lock");
  {
    CanvassSession s(store, DeviceNumber(1));
    REQUIRE(s.Resume().ok());
    CHECK_FALSE(s.device_bound());
    REQUIRE(s.Unlock("482915").ok());
    CHECK(s.device_bound());  // re-wrapped, with a fresh salt
  }
  CHECK(*store.Get("puerta.lock") != old_lock);
  CHECK(Base64Decode(old_lock)->substr(0, 4) == "PLK1");
  CHECK(Base64Decode(*store.Get("puerta.lock"))->substr(0, 4) == "PLK2");
  CanvassSession elsewhere(store, DeviceNumber(2));
  REQUIRE(elsewhere.Resume().ok());
  CHECK(elsewhere.Unlock("482915").message() == kOtherDeviceMessage);
  CanvassSession s(store, DeviceNumber(1));
  REQUIRE(s.Resume().ok());
  REQUIRE(s.Unlock("482915").ok());  // the same data key: every record still opens
  CHECK(s.load_problems().empty());
  CHECK(s.canvasser() == "Format Three");
  CHECK(s.Current().size() == 2);
}
