// storage/journal: one small write per record, snapshots, damage and quota.
#include <doctest/doctest.h>

#include <algorithm>
#include <random>

#include "crypto/cipher.h"
#include "storage/journal.h"
#include "storage/memory_store.h"
#include "storage/record_codec.h"

using namespace puerta;

namespace {
std::string Body(int i) { return "attempt " + std::to_string(i) + " PV-" + std::to_string(1000 + i); }

Cipher TestCipher() {
  InitCrypto();
  SecretKey k;
  for (std::size_t i = 0; i < SecretKey::kSize; ++i) k.data()[i] = static_cast<std::uint8_t>(7 * i);
  return Cipher(std::move(k));
}

// A snapshot as Journal::Compact writes it (8-byte little-endian count of
// entries covered, then the body), checksummed and framed like a real one:
// what someone with access to an unencrypted store can write.
void ForgeSnapshot(MemoryStore& store, const std::string& key, std::uint64_t covers, const std::string& body,
                   const Cipher* cipher = nullptr) {
  std::string payload;
  for (int i = 0; i < 8; ++i) payload += static_cast<char>((covers >> (8 * i)) & 0xFF);
  payload += body;
  REQUIRE(store.Put(key, EncodeStoredValue(key, payload, cipher)).ok());
}

// Entries 0-2, snapshot-1 (slot a, covers 3), entries 3-4, snapshot-2 (slot b,
// covers 5), entry 5: storage as a canvass leaves it.
MemoryStore TwoSnapshots() {
  MemoryStore store;
  Journal j(store, "t");
  j.Load();
  for (int i = 0; i < 3; ++i) REQUIRE(j.Append(Body(i)).ok());
  REQUIRE(j.Compact("snapshot-1").ok());
  for (int i = 3; i < 5; ++i) REQUIRE(j.Append(Body(i)).ok());
  REQUIRE(j.Compact("snapshot-2").ok());
  REQUIRE(j.Append(Body(5)).ok());
  return store;
}
}  // namespace

TEST_CASE("appends come back in order after a reload") {
  MemoryStore store;
  {
    Journal j(store, "t");
    j.Load();
    for (int i = 0; i < 5; ++i) REQUIRE(j.Append(Body(i)).ok());
  }
  Journal j(store, "t");
  const auto c = j.Load();
  CHECK_FALSE(c.snapshot.has_value());
  REQUIRE(c.entries.size() == 5);
  CHECK(c.entries[4] == Body(4));
  CHECK(c.problems.empty());
  REQUIRE(j.Append(Body(5)).ok());  // continues after the last one, not over it
  CHECK(Journal(store, "t").Load().entries.size() == 6);
}

TEST_CASE("an append writes one key and leaves the others alone") {
  MemoryStore store;
  Journal j(store, "t");
  j.Load();
  for (int i = 0; i < 10; ++i) REQUIRE(j.Append(Body(i)).ok());
  const auto before = store.Raw();
  REQUIRE(j.Append(Body(10)).ok());
  CHECK(store.Raw().size() == before.size() + 1);
  for (const auto& [k, v] : before) CHECK(store.Raw().at(k) == v);
}

TEST_CASE("compaction folds entries into a snapshot and keeps one generation back") {
  MemoryStore store;
  Journal j(store, "t");
  j.Load();
  for (int i = 0; i < 3; ++i) REQUIRE(j.Append(Body(i)).ok());
  REQUIRE(j.Compact("snapshot-1").ok());
  for (int i = 3; i < 5; ++i) REQUIRE(j.Append(Body(i)).ok());
  REQUIRE(j.Compact("snapshot-2").ok());
  REQUIRE(j.Append(Body(5)).ok());
  CHECK(j.entries_since_snapshot() == 1);

  auto c = Journal(store, "t").Load();
  CHECK(c.snapshot.value() == "snapshot-2");
  REQUIRE(c.entries.size() == 1);
  CHECK(c.entries[0] == Body(5));

  // The newest snapshot damaged: the previous one plus the entries after it
  // still hold everything.
  std::string& b = store.Raw().at("t.snap.b");
  b[b.size() / 2] = b[b.size() / 2] == 'A' ? 'B' : 'A';
  c = Journal(store, "t").Load();
  CHECK(c.snapshot.value() == "snapshot-1");
  REQUIRE(c.entries.size() == 3);
  CHECK(c.entries[0] == Body(3));
  CHECK(c.problems.size() == 1);
  CHECK(c.problems[0].find("t.snap.b") != std::string::npos);
}

TEST_CASE("a full store refuses the write and nothing changes") {
  MemoryStore store(600);
  Journal j(store, "t");
  j.Load();
  int written = 0;
  while (j.Append(Body(written)).ok()) ++written;
  const auto before = store.Raw();
  const Status s = j.Append("one more");
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("full") != std::string::npos);
  CHECK(store.Raw() == before);
  CHECK(Journal(store, "t").Load().entries.size() == static_cast<std::size_t>(written));
  CHECK_FALSE(j.Compact(std::string(1000, 'x')).ok());
  CHECK(store.Raw() == before);
}

TEST_CASE("encrypted records hold no readable text and need the key") {
  MemoryStore store;
  const Cipher cipher = TestCipher();
  {
    Journal j(store, "t", &cipher);
    j.Load();
    REQUIRE(j.Append("María Hernández 555-0101").ok());
    REQUIRE(j.Compact("Linh Nguyễn").ok());
  }
  for (const auto& [k, v] : store.Raw()) {
    CHECK(v.find("Hern") == std::string::npos);
  }
  const auto c = Journal(store, "t", &cipher).Load();
  CHECK(c.snapshot.value() == "Linh Nguyễn");
  const auto locked = Journal(store, "t").Load();
  CHECK_FALSE(locked.snapshot.has_value());
  CHECK(locked.entries.empty());
  CHECK(locked.problems.size() == 2);  // the snapshot, and the entry kept one generation back
  for (const auto& p : locked.problems) CHECK(p.find("locked") != std::string::npos);
}

TEST_CASE("1,000 random flips and truncations: never a crash, never a wrong record") {
  const Cipher cipher = TestCipher();
  for (const Cipher* c : {static_cast<const Cipher*>(nullptr), &cipher}) {
    MemoryStore pristine;
    {
      Journal j(pristine, "t", c);
      j.Load();
      for (int i = 0; i < 4; ++i) REQUIRE(j.Append(Body(i)).ok());
      REQUIRE(j.Compact("snap"));
      for (int i = 4; i < 8; ++i) REQUIRE(j.Append(Body(i)).ok());
    }
    std::vector<std::string> valid;
    for (int i = 0; i < 8; ++i) valid.push_back(Body(i));
    std::mt19937 rng(c ? 2 : 1);
    for (int round = 0; round < 1000; ++round) {
      MemoryStore store = pristine;
      auto& raw = store.Raw();
      auto it = raw.begin();
      std::advance(it, rng() % raw.size());
      std::string& v = it->second;
      if (round % 3 == 0) v.resize(rng() % v.size());
      else v[rng() % v.size()] = static_cast<char>(rng() % 256);
      const auto got = Journal(store, "t", c).Load();
      if (got.snapshot) CHECK(*got.snapshot == "snap");
      for (const auto& e : got.entries) CHECK(std::find(valid.begin(), valid.end(), e) != valid.end());
      // What was lost is reported: nothing disappears silently.
      if (got.entries.size() + (got.snapshot ? 4 : 0) < 8) CHECK_FALSE(got.problems.empty());
    }
  }
}

TEST_CASE("wipe removes every key of the journal and nothing else") {
  MemoryStore store;
  REQUIRE(store.Put("puerta.app_state", "keep").ok());
  Journal j(store, "t");
  j.Load();
  REQUIRE(j.Append("a").ok());
  REQUIRE(j.Compact("b").ok());
  REQUIRE(j.Wipe().ok());
  CHECK(store.Keys() == std::vector<std::string>{"puerta.app_state"});
}

TEST_CASE("a checksum-valid snapshot claiming an enormous count hides no entry: the other slot is used") {
  for (const std::uint64_t claim : {std::uint64_t{1'000'000'000'000}, std::uint64_t{9'999'999'999}, std::uint64_t{7}}) {
    CAPTURE(claim);
    MemoryStore store = TwoSnapshots();
    ForgeSnapshot(store, "t.snap.b", claim, "forged");
    Journal j(store, "t");
    const auto c = j.Load();
    CHECK(c.snapshot.value() == "snapshot-1");
    REQUIRE(c.entries.size() == 3);  // 3, 4, 5: nothing after the good snapshot is hidden
    CHECK(c.entries[0] == Body(3));
    CHECK(c.entries[2] == Body(5));
    REQUIRE(c.problems.size() == 1);
    CHECK(c.problems[0].find("t.snap.b") == 0);
    CHECK(c.problems[0].find("claims to cover " + std::to_string(claim)) != std::string::npos);
    // Appending goes on after the real last entry, with keys a reload finds,
    // and the next compaction replaces the forged slot.
    REQUIRE(j.Append(Body(6)).ok());
    CHECK(store.Raw().count("t.j.0000000007") == 1);
    REQUIRE(j.Compact("snapshot-3").ok());
    const auto again = Journal(store, "t").Load();
    CHECK(again.snapshot.value() == "snapshot-3");
    CHECK(again.entries.empty());
    CHECK(again.problems.empty());
  }
}

TEST_CASE("a forged only snapshot is passed over: every entry is read from the journal") {
  MemoryStore store;
  {
    Journal j(store, "t");
    j.Load();
    for (int i = 0; i < 4; ++i) REQUIRE(j.Append(Body(i)).ok());
  }
  ForgeSnapshot(store, "t.snap.a", 1ull << 62, "");
  const auto c = Journal(store, "t").Load();
  CHECK_FALSE(c.snapshot.has_value());
  CHECK(c.entries.size() == 4);
  CHECK(c.problems.size() == 1);
}

TEST_CASE("two compactions with nothing between: equal snapshots and no entries still load") {
  MemoryStore store;
  Journal j(store, "t");
  j.Load();
  for (int i = 0; i < 3; ++i) REQUIRE(j.Append(Body(i)).ok());
  REQUIRE(j.Compact("first").ok());
  REQUIRE(j.Compact("second").ok());
  CHECK(store.Keys().size() == 2);  // only the two slots are left
  const auto c = Journal(store, "t").Load();
  REQUIRE(c.snapshot.has_value());
  CHECK(c.problems.empty());
}

TEST_CASE("a snapshot the caller cannot read falls back to the other slot plus the journal") {
  MemoryStore store = TwoSnapshots();
  Journal j(store, "t");
  std::vector<std::string> offered;
  const auto c = j.Load([&](std::string_view body) {
    offered.emplace_back(body);
    return body != "snapshot-2";
  });
  CHECK(offered == std::vector<std::string>{"snapshot-2", "snapshot-1"});
  CHECK(c.snapshot.value() == "snapshot-1");
  CHECK(c.entries.size() == 3);
  REQUIRE(c.problems.size() == 1);
  CHECK(c.problems[0].find("t.snap.b: cannot be read") == 0);
  // Neither readable: no snapshot, every entry still stored, and both reported.
  const auto none = Journal(store, "t").Load([](std::string_view) { return false; });
  CHECK_FALSE(none.snapshot.has_value());
  CHECK(none.entries.size() == 3);
  CHECK(none.problems.size() == 2);
}
