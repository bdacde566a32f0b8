// libFuzzer target: the stored attempts of a canvass (journal entries,
// snapshots, their framing, cereal's bytes) under damage and forgery.
//
// Once: a plain (unencrypted) turf is opened on a MemoryStore and 150
// attempts are recorded, some edited: two compactions, so both snapshot slots
// and a generation of journal entries are stored. Each input then damages a
// copy of that store:
//   byte 0 % 4   0: replace one key's value with the bytes as they are
//                1: replace it with the bytes framed as a checksum-valid record
//                   (what anyone able to write an unencrypted store can do)
//                2: add a key (a journal entry or snapshot slot) holding them,
//                   framed the same way
//                3: remove one key
//   byte 1       which key
//   the rest     the bytes
// and the session is loaded again. The promise checked: every acknowledged
// attempt version still held by an undamaged key is there, and every version
// loaded is exactly one that was acknowledged or one the damaged key itself
// now holds: never a blend, never a version conjured from elsewhere. Then one
// more attempt is recorded; if that is acknowledged, it must survive a reload.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <cereal/types/vector.hpp>

#include "app/canvass_session.h"
#include "app/app_state_store.h"
#include "storage/bounded_archive.h"
#include "storage/memory_store.h"
#include "storage/record_codec.h"

namespace {

using puerta::CanvassSession;
using puerta::ContactAttempt;
using Version = std::pair<std::string, std::uint32_t>;  // attempt id, version

constexpr const char* kTurf = R"({"format": "puerta-turf", "format_version": 1, "turf_id": "fuzz", "name": "Fuzz",
  "require_encryption": false,
  "scripts": [{"format_version": 1, "id": "tiny", "version": 1, "title": {"en": "Tiny"}, "languages": ["en"],
               "steps": [{"id": "hello", "kind": "yes_no", "text": {"en": "Hello?"}}]}],
  "walk_list": {
    "households": [{"id": "h1", "address": {"display": "1 Main St"}, "voters": [{"id": "v1", "first_name": "Ana"}]}],
    "buildings": [{"id": "b1", "display": "1 Main St", "households": [0]}]}})";

[[noreturn]] void Fail(const char* what, const std::string& detail) {
  std::fprintf(stderr, "fuzz_journal: %s: %s\n", what, detail.c_str());
  std::abort();
}

// An attempt as the store keeps it: recording stamps this phone's device id,
// so the oracle compares against that, and a recorded attempt that cannot be
// found is itself a failure (never a null dereference).
ContactAttempt AsKept(const CanvassSession& s, const ContactAttempt& recorded) {
  const ContactAttempt* kept = s.attempts().Find(recorded.attempt_id, recorded.version);
  if (kept == nullptr) Fail("recorded attempt not kept", recorded.attempt_id);
  return *kept;
}

ContactAttempt NewAttempt(std::uint32_t n) {
  ContactAttempt a;
  char id[40];
  std::snprintf(id, sizeof id, "%032x", n + 1);
  a.attempt_id = id;
  a.household_id = "h1";
  a.voter_id = "v1";
  a.time_unix = a.recorded_unix = 1'790'000'000 + n;
  a.canvasser = "Fuzz";
  a.result = puerta::ResultCode::kNotHome;
  return a;
}

// Every attempt version a stored value holds, if it decodes.
std::vector<ContactAttempt> Held(const std::string& key, const std::string& value) {
  std::string problem;
  const auto payload = puerta::DecodeStoredValue(key, value, nullptr, problem);
  std::vector<ContactAttempt> out;
  if (!payload) return out;
  ContactAttempt one;
  if (puerta::ReadBounded(*payload, one)) out.push_back(one);  // a journal entry
  std::vector<ContactAttempt> snapshot;                          // a snapshot: a count, then the versions
  if (payload->size() >= 8 && puerta::ReadBounded(std::string_view(*payload).substr(8), snapshot))
    out.insert(out.end(), snapshot.begin(), snapshot.end());
  return out;
}

struct Pristine {
  puerta::MemoryStore store;
  std::map<Version, ContactAttempt> acknowledged;
  std::map<std::string, std::set<Version>> held;  // key -> versions its value holds
  std::uint32_t next = 0;

  Pristine() {
    CanvassSession s(store);
    if (!s.OpenTurf(kTurf).ok()) Fail("setup", "the turf does not open");
    for (std::uint32_t i = 0; i < 150; ++i) {
      ContactAttempt a = NewAttempt(next++);
      if (!s.Record(a).ok()) Fail("setup", "record");
      acknowledged[{a.attempt_id, a.version}] = AsKept(s, a);
      if (i % 7 == 3) {
        ContactAttempt edit = a;
        edit.result = puerta::ResultCode::kRefused;
        if (!s.Edit(edit, a.recorded_unix + 60).ok()) Fail("setup", "edit");
        const ContactAttempt* latest = s.attempts().Latest(a.attempt_id);
        acknowledged[{latest->attempt_id, latest->version}] = *latest;
      }
    }
    for (const auto& [key, value] : store.Raw())
      for (const ContactAttempt& v : Held(key, value)) held[key].insert({v.attempt_id, v.version});
  }
};

void CheckLoaded(const CanvassSession& s, const Pristine& p, const std::string& damaged,
                 const std::vector<ContactAttempt>& forged, const std::vector<ContactAttempt>& extra) {
  std::multimap<Version, const ContactAttempt*> by_version;
  for (const ContactAttempt& f : forged) by_version.emplace(Version{f.attempt_id, f.version}, &f);
  auto is_forged = [&](const ContactAttempt& v) {
    const auto [begin, end] = by_version.equal_range({v.attempt_id, v.version});
    for (auto it = begin; it != end; ++it)
      if (*it->second == v) return true;
    return false;
  };
  // Present: every acknowledged version some undamaged key still holds.
  for (const auto& [key, versions] : p.held) {
    if (key == damaged) continue;
    for (const Version& v : versions)
      if (!s.attempts().Find(v.first, v.second)) Fail("lost", v.first + " v" + std::to_string(v.second) + " (held by " + key + ")");
  }
  for (const ContactAttempt& e : extra)
    if (!s.attempts().Find(e.attempt_id, e.version)) Fail("lost after reload", e.attempt_id);
  // Never wrong: each version loaded is one acknowledged, or one the damaged key holds.
  for (const ContactAttempt& v : s.attempts().AllVersions()) {
    const auto it = p.acknowledged.find({v.attempt_id, v.version});
    if (it != p.acknowledged.end() && it->second == v) continue;
    bool recorded_after = false;
    for (const ContactAttempt& e : extra) recorded_after = recorded_after || e == v;
    if (!recorded_after && !is_forged(v)) Fail("wrong version", v.attempt_id + " v" + std::to_string(v.version));
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Pristine pristine;
  if (size < 2) return 0;
  const int op = data[0] % 4;
  const std::string bytes(reinterpret_cast<const char*>(data) + 2, size - 2);

  puerta::MemoryStore store = pristine.store;
  auto& raw = store.Raw();
  std::vector<std::string> keys;
  for (const auto& [key, value] : raw) keys.push_back(key);
  std::string damaged = keys[data[1] % keys.size()];
  if (op == 0) {
    raw[damaged] = bytes;
  } else if (op == 1) {
    raw[damaged] = puerta::EncodeStoredValue(damaged, bytes, nullptr);
  } else if (op == 2) {
    // A new key: a snapshot slot, or a journal entry numbered by the input.
    if (data[1] % 3 == 0) {
      damaged = data[1] % 2 ? "puerta.attempts.snap.a" : "puerta.attempts.snap.b";
    } else {
      char digits[16];
      std::snprintf(digits, sizeof digits, "%010u", (data[1] * 2654435761u) % 4'000'000'000u);
      damaged = std::string("puerta.attempts.j.") + digits;
    }
    raw[damaged] = puerta::EncodeStoredValue(damaged, bytes, nullptr);
  } else {
    raw.erase(damaged);
  }
  const auto now = raw.find(damaged);
  const std::vector<ContactAttempt> forged =
      now == raw.end() ? std::vector<ContactAttempt>{} : Held(damaged, now->second);

  // Settings share the store; their reader must refuse anything, never crash.
  puerta::AppState state;
  (void)puerta::LoadAppState(store, state);

  std::vector<ContactAttempt> extra;
  {
    CanvassSession s(store);
    const puerta::Status resumed = s.Resume();
    if (damaged == "puerta.turf") {
      // A damaged turf is refused with a message; the attempts stay stored.
      if (!resumed.ok() && resumed.message().empty()) Fail("turf", "refused without a message");
      if (!resumed.ok() || s.stage() != CanvassSession::Stage::kReady) return 0;
    } else if (!resumed.ok() || s.stage() != CanvassSession::Stage::kReady) {
      Fail("resume", resumed.message());
    }
    CheckLoaded(s, pristine, damaged, forged, extra);
    // One more attempt after the damage: acknowledged means kept.
    ContactAttempt more = NewAttempt(1'000'000 + data[1]);
    if (s.Record(more).ok()) extra.push_back(AsKept(s, more));
  }
  CanvassSession again(store);
  if (!again.Resume().ok() || again.stage() != CanvassSession::Stage::kReady) Fail("resume again", "");
  CheckLoaded(again, pristine, damaged, forged, extra);
  return 0;
}
