// receipts/: the code an organizer reads out (receipt_code.h), the receipts
// made from what arrived (receipts_for.h), and a phone marking its attempts
// received (receipt_match.h, CanvassSession::ApplyReceipt).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "app/canvass_session.h"
#include "receipts/receipt_code.h"
#include "receipts/receipt_digest.h"
#include "receipts/receipt_match.h"
#include "receipts/receipts_for.h"
#include "sample_turf.h"
#include "storage/memory_store.h"

using namespace puerta;
using puerta::test::SampleTurf;

namespace {

constexpr const char* kPin = "482915";

ContactAttempt DoorAttempt(const CanvassSession& session, std::size_t household, std::int64_t when) {
  const Household& h = session.turf()->walk_list.households[household];
  ContactAttempt a;
  a.attempt_id = NewAttemptId();
  a.household_id = h.id;
  a.voter_id = h.voters[0].id;
  a.time_unix = a.recorded_unix = when;
  a.canvasser = "Lupe";
  a.result = ResultCode::kNotHome;
  return a;
}

// The sample turf opened behind a PIN, as a canvasser's phone holds it.
void OpenPhone(CanvassSession& s) {
  REQUIRE(s.Resume().ok());
  REQUIRE(s.OpenTurf(SampleTurf(), kPin).ok());
}

// A phone with `n` attempts recorded, one a minute.
void RecordDoors(CanvassSession& s, std::size_t n, std::int64_t start = 1'790'000'000) {
  for (std::size_t i = 0; i < n; ++i)
    REQUIRE(s.Record(DoorAttempt(s, i % 20, start + 60 * static_cast<std::int64_t>(i))).ok());
}

// What the organizer's tools make from what the phone sent: its one receipt.
std::string ReceiptOf(const std::vector<ContactAttempt>& sent) {
  const Receipts receipts = ReceiptsFor(sent);
  REQUIRE(receipts.by_device.size() == 1);
  return receipts.by_device[0].code;
}

ReceiptCodeError DecodeError(const std::string& typed) {
  ReceiptCodeError error = ReceiptCodeError::kNone;
  std::string detail;
  DecodeReceiptCode(typed, error, detail);
  return error;
}

// A store that fills up when told to (as localStorage does at its quota).
class FillingStore final : public KeyValueStore {
 public:
  std::optional<std::string> Get(std::string_view key) const override { return inner.Get(key); }
  Status Put(std::string_view key, std::string_view value) override {
    return full ? Status::Fail("QuotaExceededError") : inner.Put(key, value);
  }
  Status Remove(std::string_view key) override { return inner.Remove(key); }
  std::vector<std::string> Keys() const override { return inner.Keys(); }
  MemoryStore inner;
  bool full = false;
};

}  // namespace

TEST_CASE("a receipt code round-trips, grouped in fours, and reads back however it is typed") {
  const ReceiptCode code{"3fa9c", 1023, 0xABCDE};
  const std::string text = EncodeReceiptCode(code);
  CHECK(text.size() == 14);
  CHECK(text[4] == '-');
  CHECK(text[9] == '-');
  ReceiptCodeError error = ReceiptCodeError::kNone;
  std::string detail;
  CHECK(DecodeReceiptCode(text, error, detail) == code);
  std::string typed;  // lower case, no hyphens, spaces, O for 0 and L for 1
  for (char c : text) {
    if (c == '-') { typed += ' '; continue; }
    typed += c == '0' ? 'o' : c == '1' ? 'L' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  CHECK(DecodeReceiptCode(typed, error, detail) == code);
  // Every field at its edges.
  for (const ReceiptCode& edge : {ReceiptCode{"00000", 0, 0}, ReceiptCode{"fffff", 1023, 0xFFFFF},
                                  ReceiptCode{"80001", 512, 1}}) {
    CHECK(DecodeReceiptCode(EncodeReceiptCode(edge), error, detail) == edge);
    CHECK(error == ReceiptCodeError::kNone);
  }
}

TEST_CASE("every single-symbol typo, and every two-symbol typo, is refused as mistyped") {
  const std::string good = EncodeReceiptCode({"7c2e1", 37, 0x5A5A5});
  std::vector<std::size_t> at;  // where the symbols are (not the hyphens)
  for (std::size_t i = 0; i < good.size(); ++i)
    if (good[i] != '-') at.push_back(i);
  REQUIRE(at.size() == kReceiptSymbols);
  std::size_t tried = 0;
  for (std::size_t p : at) {
    for (char c : ReceiptAlphabet()) {
      if (c == good[p]) continue;
      std::string typo = good;
      typo[p] = c;
      INFO(typo);
      CHECK(DecodeError(typo) == ReceiptCodeError::kMistyped);
      ++tried;
    }
  }
  CHECK(tried == kReceiptSymbols * 31);
  for (std::size_t i = 0; i < at.size(); ++i)
    for (std::size_t j = i + 1; j < at.size(); ++j)
      for (char a : ReceiptAlphabet())
        for (char b : ReceiptAlphabet()) {
          if (a == good[at[i]] || b == good[at[j]]) continue;
          std::string typo = good;
          typo[at[i]] = a;
          typo[at[j]] = b;
          if (DecodeError(typo) != ReceiptCodeError::kMistyped) FAIL("two typos read as a code: " << typo);
        }
  // Two neighbours swapped.
  for (std::size_t i = 0; i + 1 < at.size(); ++i) {
    std::string swapped = good;
    std::swap(swapped[at[i]], swapped[at[i + 1]]);
    if (swapped != good) CHECK(DecodeError(swapped) == ReceiptCodeError::kMistyped);
  }
}

TEST_CASE("what is not a receipt code is refused saying why") {
  const std::string good = EncodeReceiptCode({"12345", 3, 77});
  CHECK(DecodeError("") == ReceiptCodeError::kEmpty);
  CHECK(DecodeError(" - ") == ReceiptCodeError::kEmpty);
  CHECK(DecodeError(good.substr(0, good.size() - 1)) == ReceiptCodeError::kWrongLength);  // a symbol left out
  CHECK(DecodeError(good + "7") == ReceiptCodeError::kWrongLength);
  std::string with_u = good;
  with_u[0] = 'U';
  CHECK(DecodeError(with_u) == ReceiptCodeError::kBadCharacter);
  ReceiptCodeError error = ReceiptCodeError::kNone;
  std::string detail;
  CHECK_FALSE(DecodeReceiptCode("7K2Q-9F3A-XW4#", error, detail));
  CHECK(detail.find("character 14") != std::string::npos);
  CHECK_FALSE(DecodeReceiptCode("收据", error, detail));
  CHECK(error == ReceiptCodeError::kBadCharacter);
}

TEST_CASE("the digest is of the set: order and repeats do not matter, the device and every version do") {
  const std::vector<VersionRef> a{{"aa", 1}, {"bb", 1}, {"aa", 2}};
  const std::vector<VersionRef> shuffled{{"aa", 2}, {"bb", 1}, {"aa", 1}, {"bb", 1}};
  CHECK(ReceiptDigest("0123456789abcdef", a) == ReceiptDigest("0123456789abcdef", shuffled));
  CHECK(ReceiptDigest("0123456789abcdef", a) != ReceiptDigest("0123456789abcdee", a));
  const std::vector<VersionRef> fewer{{"aa", 1}, {"bb", 1}};
  CHECK(ReceiptDigest("0123456789abcdef", a) != ReceiptDigest("0123456789abcdef", fewer));
}

TEST_CASE("ReceiptsFor: one receipt per device; practice and versions naming no device left out") {
  std::vector<ContactAttempt> versions(5);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    versions[i].attempt_id = "attempt" + std::to_string(i);
    versions[i].device = i < 3 ? "aaaaaaaaaaaaaaaa" : "bbbbbbbbbbbbbbbb";
  }
  versions[1].version = 2;                  // an edit: another version of attempt1
  versions[1].attempt_id = "attempt0";
  versions.push_back(versions[0]);           // the same version from two files
  ContactAttempt practice = versions[3];
  practice.attempt_id = "practice";
  practice.practice = true;
  versions.push_back(practice);
  ContactAttempt old = versions[4];
  old.attempt_id = "old";
  old.device.clear();
  versions.push_back(old);
  const Receipts r = ReceiptsFor(versions);
  REQUIRE(r.by_device.size() == 2);
  CHECK(r.by_device[0].device == "aaaaaaaaaaaaaaaa");
  CHECK(r.by_device[0].versions == 3);
  CHECK(r.by_device[0].attempts == 2);
  CHECK(r.by_device[1].versions == 2);
  CHECK(r.without_device == 1);
  ReceiptCodeError error;
  std::string detail;
  CHECK(DecodeReceiptCode(r.by_device[1].code, error, detail)->device_prefix == "bbbbb");
}

TEST_CASE("a receipt marks exactly the versions that arrived; later ones and later edits stay not received") {
  MemoryStore store;
  CanvassSession phone(store);
  OpenPhone(phone);
  RecordDoors(phone, 5);
  const std::vector<ContactAttempt> first_file = phone.AllVersions();  // sent, and it arrived
  RecordDoors(phone, 3, 1'790'100'000);                                // recorded after sending
  CHECK(phone.NotReceivedCount() == 8);

  const ReceiptMatch match = phone.ApplyReceipt(ReceiptOf(first_file));
  REQUIRE(match.outcome == ReceiptOutcome::kReceived);
  CHECK(match.received.size() == 5);
  CHECK(phone.ReceivedCount() == 5);
  CHECK(phone.NotReceivedCount() == 3);
  for (const ContactAttempt& a : phone.AllVersions()) {
    const bool sent = std::any_of(first_file.begin(), first_file.end(),
                                  [&](const ContactAttempt& s) { return s.attempt_id == a.attempt_id; });
    CHECK(phone.Received(a) == sent);
  }

  // An edit of a received attempt is a new version nobody received yet.
  ContactAttempt fixed = *phone.attempts().Latest(first_file[2].attempt_id);
  fixed.notes = "came back: moved";
  REQUIRE(phone.Edit(fixed, 1'790'200'000).ok());
  CHECK(phone.NotReceivedCount() == 4);
  CHECK(phone.ReceivedCount() == 4);
  CHECK(phone.Received(*phone.attempts().Find(first_file[2].attempt_id, 1)));

  // Everything sent again and received: nothing waits. Kept through a lock and a reload.
  REQUIRE(phone.ApplyReceipt(ReceiptOf(phone.AllVersions())).outcome == ReceiptOutcome::kReceived);
  CHECK(phone.NotReceivedCount() == 0);
  CanvassSession reopened(store);
  REQUIRE(reopened.Resume().ok());
  REQUIRE(reopened.Unlock(kPin).ok());
  CHECK(reopened.load_problems().empty());
  CHECK(reopened.ReceivedCount() == 8);
  CHECK(reopened.NotReceivedCount() == 0);
  // Sealed like the attempts: the stored marks name no attempt id in the clear.
  const std::string marks = *store.Get("puerta.received");
  CHECK(marks.find(first_file[0].attempt_id) == std::string::npos);
}

TEST_CASE("a receipt for another phone, for versions this phone never had, or mistyped, marks nothing") {
  MemoryStore store, other_store;
  CanvassSession phone(store), other(other_store);
  for (CanvassSession* s : {&phone, &other}) {
    OpenPhone(*s);
    RecordDoors(*s, 4);
  }
  REQUIRE(phone.device_id() != other.device_id());
  CHECK(phone.ApplyReceipt(ReceiptOf(other.AllVersions())).outcome == ReceiptOutcome::kOtherPhone);

  // The organizer holds a version this phone does not (a file from elsewhere naming it).
  std::vector<ContactAttempt> more = phone.AllVersions();
  ContactAttempt stranger = more[0];
  stranger.attempt_id = NewAttemptId();
  more.push_back(stranger);
  CHECK(phone.ApplyReceipt(ReceiptOf(more)).outcome == ReceiptOutcome::kNoMatch);
  // And one missing in the middle: not a prefix of what was recorded.
  std::vector<ContactAttempt> gap = phone.AllVersions();
  gap.erase(gap.begin() + 1);
  CHECK(phone.ApplyReceipt(ReceiptOf(gap)).outcome == ReceiptOutcome::kNoMatch);

  std::string typo = ReceiptOf(phone.AllVersions());
  typo[2] = typo[2] == 'A' ? 'B' : 'A';
  CHECK(phone.ApplyReceipt(typo).outcome == ReceiptOutcome::kMistyped);
  CHECK(phone.ApplyReceipt("").outcome == ReceiptOutcome::kEmpty);
  CHECK(phone.ApplyReceipt("7K2Q").outcome == ReceiptOutcome::kNotACode);
  CHECK(phone.ReceivedCount() == 0);
  CHECK_FALSE(store.Get("puerta.received"));
}

TEST_CASE("a receipt found by recorded time when the log's order differs from the file's") {
  // Versions arrive in the log out of time order only when one was kept
  // unsaved; both orders are tried, so a prefix by time is found too.
  std::vector<ContactAttempt> versions(4);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    versions[i].attempt_id = "attempt" + std::to_string(i);
    versions[i].device = "0123456789abcdef";
    versions[i].recorded_unix = 100 + static_cast<std::int64_t>(i);
  }
  std::swap(versions[0], versions[3]);  // log order: 3, 1, 2, 0
  const std::vector<ContactAttempt> earliest_three{versions[3], versions[1], versions[2]};
  const ReceiptMatch match = MatchReceipt(ReceiptOf(earliest_three), "0123456789abcdef", versions);
  REQUIRE(match.outcome == ReceiptOutcome::kReceived);
  CHECK(match.received.size() == 3);
}

TEST_CASE("storage refusing the marks: nothing is said received") {
  FillingStore store;
  CanvassSession phone(store);
  OpenPhone(phone);
  RecordDoors(phone, 2);
  store.full = true;
  const ReceiptMatch match = phone.ApplyReceipt(ReceiptOf(phone.AllVersions()));
  CHECK(match.outcome == ReceiptOutcome::kNotSaved);
  CHECK(phone.NotReceivedCount() == 2);
  CHECK(phone.ReceivedCount() == 0);
}

TEST_CASE("erasing the phone removes the marks with everything else") {
  MemoryStore store;
  CanvassSession phone(store);
  OpenPhone(phone);
  RecordDoors(phone, 2);
  REQUIRE(phone.ApplyReceipt(ReceiptOf(phone.AllVersions())).outcome == ReceiptOutcome::kReceived);
  REQUIRE(store.Get("puerta.received"));
  REQUIRE(phone.Wipe().ok());
  CHECK_FALSE(store.Get("puerta.received"));
  CHECK(phone.ReceivedCount() == 0);
}
