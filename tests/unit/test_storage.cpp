// storage/: records, the memory and file stores, AppState persistence.
#include <doctest/doctest.h>

#include <unistd.h>

#include <filesystem>
#include <algorithm>
#include <fstream>
#include <random>

#include "app/app_state_store.h"
#include <sstream>

#include <cereal/archives/portable_binary.hpp>
#include <cereal/types/vector.hpp>

#include "allocation_probe.h"
#include "responses/contact_attempt.h"
#include "storage/bounded_archive.h"
#include "storage/file_store.h"
#include "storage/folder_lock.h"
#include "storage/memory_store.h"
#include "storage/record.h"
#include "util/base64.h"

using namespace puerta;

TEST_CASE("a framed record opens to its payload") {
  const std::string payload = "voter responses \xE2\x9C\x93";
  OpenedRecord opened;
  REQUIRE(OpenRecord(FrameRecord(payload), opened).ok());
  CHECK(opened.payload == payload);
  CHECK(opened.version == kCurrentFormat);
}

TEST_CASE("damaged, truncated and foreign records are refused with a reason") {
  const std::string record = FrameRecord("hello");
  OpenedRecord opened;

  std::string flipped = record;
  flipped.back() ^= 0x01;
  Status s = OpenRecord(flipped, opened);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("checksum") != std::string::npos);

  s = OpenRecord(record.substr(0, record.size() - 1), opened);
  CHECK(s.message().find("truncated") != std::string::npos);

  s = OpenRecord("hello world, not a record", opened);
  CHECK(s.message().find("not a Puerta record") != std::string::npos);

  const std::string newer = FrameRecord("x", static_cast<FormatVersion>(99), static_cast<FormatVersion>(99));
  s = OpenRecord(newer, opened);
  CHECK(s.message().find("newer version") != std::string::npos);
}

TEST_CASE("no single flipped or truncated byte is ever accepted") {
  const std::string record = FrameRecord("Maria Hernandez, 101 Esperanza St");
  std::mt19937 rng(42);
  for (int i = 0; i < 1000; ++i) {
    std::string damaged = record;
    if (i % 2) {
      damaged[rng() % damaged.size()] ^= static_cast<char>(1 + rng() % 255);
    } else {
      damaged.resize(rng() % damaged.size());
    }
    OpenedRecord opened;
    CHECK_FALSE(OpenRecord(damaged, opened).ok());
  }
}

TEST_CASE("memory store refuses writes past its quota and keeps the old value") {
  MemoryStore store(20);
  REQUIRE(store.Put("k", "short").ok());
  CHECK_FALSE(store.Put("k", std::string(50, 'x')).ok());
  CHECK(store.Get("k").value() == "short");
  CHECK(store.UsedChars() == 6);
}

TEST_CASE("file store writes atomically and lists its keys") {
  const auto dir = std::filesystem::temp_directory_path() / ("puerta-test-" + std::to_string(std::random_device{}()));
  {
    FileStore store(dir);
    REQUIRE(store.Put("puerta.app_state", "one").ok());
    REQUIRE(store.Put("puerta.app_state", "two").ok());
    REQUIRE(store.Put("../escape", "safe").ok());
    CHECK(store.Get("puerta.app_state").value() == "two");
    CHECK(store.Get("../escape").value() == "safe");
    CHECK_FALSE(std::filesystem::exists(dir.parent_path() / "escape"));
    auto keys = store.Keys();
    std::sort(keys.begin(), keys.end());
    CHECK(keys == std::vector<std::string>{"../escape", "puerta.app_state"});
    for (const auto& entry : std::filesystem::directory_iterator(dir))
      CHECK_FALSE(entry.path().string().ends_with(".tmp"));
    CHECK(store.Remove("puerta.app_state").ok());
    CHECK_FALSE(store.Get("puerta.app_state").has_value());
  }
  std::filesystem::remove_all(dir);
}

TEST_CASE("app state survives a save and load") {
  MemoryStore store;
  AppState saved;
  saved.canvasser_name = "Lupe Ortiz";
  saved.interface_language = "vi";
  saved.times_started = 3;
  saved.last_started_unix = 1'790'000'000;
  REQUIRE(SaveAppState(store, saved).ok());
  AppState loaded;
  REQUIRE(LoadAppState(store, loaded).ok());
  CHECK(loaded == saved);
  CHECK(AppStateToJson(loaded).find("\"times_started\": 3") != std::string::npos);
}

TEST_CASE("damaged app state is reported and defaults are kept") {
  MemoryStore store;
  AppState saved;
  saved.times_started = 5;
  REQUIRE(SaveAppState(store, saved).ok());
  std::string text = store.Get(kAppStateKey).value();
  std::string bytes = Base64Decode(text).value();
  bytes[bytes.size() - 2] ^= 0x40;
  REQUIRE(store.Put(kAppStateKey, Base64Encode(bytes)).ok());
  AppState loaded;
  const Status s = LoadAppState(store, loaded);
  CHECK_FALSE(s.ok());
  CHECK(s.message().find("damaged") != std::string::npos);
  CHECK(loaded.times_started == 0);

  REQUIRE(store.Put(kAppStateKey, "***").ok());
  CHECK_FALSE(LoadAppState(store, loaded).ok());
}

TEST_CASE("the saved file of format version 1 still loads") {
  // tests/data/formats/app_state-v1.b64 was written by format version 1.
  MemoryStore store;
  std::ifstream in(std::string(PUERTA_TEST_DATA) + "/formats/app_state-v1.b64");
  REQUIRE(in.good());
  std::string text;
  std::getline(in, text);
  REQUIRE(store.Put(kAppStateKey, text).ok());
  AppState loaded;
  REQUIRE(LoadAppState(store, loaded).ok());
  CHECK(loaded.canvasser_name == "Trainer Demo");
  CHECK(loaded.interface_language == "es");
  CHECK(loaded.times_started == 2);
}

#ifndef __EMSCRIPTEN__  // flock(2) is a no-op in Emscripten's libc; the browser locks with Web Locks instead
TEST_CASE("one writer per store folder: a second lock on the same folder is refused until the first is gone") {
  const auto folder = std::filesystem::temp_directory_path() / ("puerta-lock-" + std::to_string(::getpid()));
  std::filesystem::remove_all(folder);
  {
    FolderLock first(folder);
    REQUIRE(first.held());
    FolderLock second(folder);  // another open file description: flock treats it as another writer
    CHECK_FALSE(second.held());
    CHECK(second.problem().find("another Puerta window") != std::string::npos);
    FileStore store(folder);
    CHECK(store.Keys().empty());  // the lock file is not a value
  }
  FolderLock again(folder);
  CHECK(again.held());
  std::filesystem::remove_all(folder);
}
#endif
namespace {

template <class T>
std::string PortableBytes(const T& value) {
  std::ostringstream out;
  {
    cereal::PortableBinaryOutputArchive archive(out);
    archive(value);
  }
  return out.str();
}

void PutLE(std::string& out, std::uint64_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}

ContactAttempt SomeAttempt(int i) {
  ContactAttempt a;
  a.attempt_id = "0000000000000000000000000000000" + std::to_string(i % 10);
  a.voter_id = "PV-" + std::to_string(i);
  a.household_id = "h" + std::to_string(i);
  a.time_unix = 1'790'000'000 + i;
  a.result = ResultCode::kCanvassed;
  a.answers["support"] = {"yes", "María"};
  a.script_id = "pledge";
  a.follow_up.language = "vi";
  return a;
}

}  // namespace

TEST_CASE("bounded archive: reads exactly what cereal's portable binary archive wrote") {
  std::vector<ContactAttempt> versions;
  for (int i = 0; i < 5; ++i) versions.push_back(SomeAttempt(i));
  std::vector<ContactAttempt> back;
  REQUIRE(ReadBounded(PortableBytes(versions), back));
  CHECK(back == versions);
  ContactAttempt one;
  REQUIRE(ReadBounded(PortableBytes(versions[2]), one));
  CHECK(one == versions[2]);
  // Every prefix is refused, never read as something else.
  const std::string bytes = PortableBytes(versions);
  for (std::size_t cut = 0; cut < bytes.size(); cut += 7) {
    std::vector<ContactAttempt> partial;
    CHECK_FALSE(ReadBounded(std::string_view(bytes).substr(0, cut), partial));
  }
}

TEST_CASE("bounded archive: forged counts and lengths are refused before anything is allocated") {
  // Each forged record is 30-40 bytes, as found: cereal's own archive resized
  // to the stored count first and asked for 3-4.5 GB.
  std::string many_attempts = "\x01";          // little-endian flag
  PutLE(many_attempts, 10'000'000, 8);          // "ten million attempt versions"
  many_attempts += std::string(24, 'x');
  std::string long_id = "\x01";
  PutLE(long_id, 1, 4);                         // ContactAttempt's class version
  PutLE(long_id, 4'500'000'000ull, 8);          // attempt_id "4.5 GB long"
  long_id += std::string(20, 'y');
  std::string many_answers = PortableBytes(SomeAttempt(1));
  // The answers map's count sits after the fixed fields; forge every 8-byte
  // window in turn so whichever holds a size claims 2^40.
  const test::AllocationProbe probe;
  std::vector<ContactAttempt> versions;
  CHECK(many_attempts.size() <= 40);
  CHECK_FALSE(ReadBounded(many_attempts, versions));
  ContactAttempt attempt;
  CHECK(long_id.size() <= 40);
  CHECK_FALSE(ReadBounded(long_id, attempt));
  for (std::size_t at = 1; at + 8 <= many_answers.size(); ++at) {
    std::string forged = many_answers;
    for (int i = 0; i < 8; ++i) forged[at + static_cast<std::size_t>(i)] = static_cast<char>(i == 5 ? 0x01 : 0);
    ContactAttempt a;
    (void)ReadBounded(forged, a);  // may read (a number field), never allocates the claim
  }
  CHECK(probe.Largest() < 64 * 1024);
}
