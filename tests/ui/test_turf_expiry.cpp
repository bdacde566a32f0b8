// A turf's last day (turf/turf_expiry.h) on the phone: the overview says
// "Until 12 Dec" in the canvasser's language; after the last day it says the
// turf has expired and to send results and ask for a new turf. No door opens
// for recording any more (a tap says why), while sending results still works
// and everything recorded stays, through a reload too.
// With PUERTA_SCREENSHOTS=<folder> the expired overview is saved in every
// language (<lang>-overview-expired.png).
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "crypto/package_cipher.h"
#include "crypto/signed_file.h"
#include "export/json_lines.h"
#include "i18n/ui_text.h"
#include "responses/attempt_time.h"
#include "turf/turf_package.h"
#include "ui/headless/platform_headless.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;
using puerta::test::UiHarness;

namespace {

constexpr const char* kPin = "482915";

// The doorstep test turf with a last day, as `puerta package --expires` writes it.
EncryptedPackage TurfUntil(const std::string& last_day) {
  std::ifstream in(std::string(PUERTA_TEST_DATA) + "/turfs/two-voters.turf", std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  TurfPackage turf;
  REQUIRE(ParseTurfPackage(text.str(), turf).ok());
  REQUIRE(turf.walk_list.households.size() >= 2);
  turf.expires = last_day;
  return EncryptPackage(WriteTurfPackage(turf));
}

bool ShowsText(UiHarness& ui, const std::string& text) {
  const auto& texts = ui.app().widgets().texts();
  return std::find(texts.begin(), texts.end(), text) != texts.end();
}

void OpenWithPinAndName(UiHarness& ui, const EncryptedPackage& link) {
  ui.app().OpenTurfBytes(link.bytes, "east.turf", link.key_text);
  ui.Frame();
  REQUIRE(ui.app().screen() == Screen::kCreatePin);
  REQUIRE(ui.Tap("##pin"));
  ui.Type(kPin);
  REQUIRE(ui.Tap("##again"));
  ui.Type(kPin);
  REQUIRE(ui.Tap("##create"));
  REQUIRE(ui.Tap("##name"));
  ui.Type("Lupe");
  REQUIRE(ui.Tap("##continue"));
  REQUIRE(ui.app().screen() == Screen::kOverview);
}

// Puts the headless clock back when a test is done.
struct Clock {
  std::int64_t saved = headless::now_unix;
  ~Clock() { headless::now_unix = saved; }
};

}  // namespace

TEST_CASE("a turf's last day: shown until then; after it, recording is refused with the reason and results still go out") {
  Clock clock;
  auto store = std::make_unique<MemoryStore>();
  MemoryStore* raw = store.get();
  UiHarness ui(std::move(store));
  headless::now_unix = *FromIsoDateTime("2026-12-12T10:00");  // the turf's offset is 0
  OpenWithPinAndName(ui, TurfUntil("2026-12-12"));
  CHECK(ShowsText(ui, "Until 12 Dec"));
  CHECK_FALSE(ui.app().TurfExpired());
  CHECK_FALSE(ShowsText(ui, std::string(Tr(UiText::kTurfExpired, "en"))));

  // The last evening: a door is recorded, and the next one opened before midnight.
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("Not home"));
  const std::size_t before_midnight = ui.app().session().attempts().AttemptCount();  // one per person at the door
  REQUIRE(before_midnight >= 1);
  REQUIRE(ui.app().screen() == Screen::kDoor);  // moved on to the next door

  // Midnight passes with that door open: what is tapped there is still kept,
  // and no further door opens.
  headless::now_unix = *FromIsoDateTime("2026-12-13T00:00");
  ui.Frame();
  REQUIRE(ui.Tap("Not home"));
  const std::size_t recorded = ui.app().session().attempts().AttemptCount();
  CHECK(recorded > before_midnight);
  CHECK(ui.app().screen() == Screen::kOverview);
  CHECK(ui.app().TurfExpired());

  // The overview says so, and offers no next door.
  ui.Frame(2);
  const std::string expired(Tr(UiText::kTurfExpired, "en"));
  CHECK(ShowsText(ui, expired));
  CHECK(ShowsText(ui, "Until 12 Dec"));
  CHECK_FALSE(ui.Shows("##next-door"));

  // A door tapped in the walk list does not open: the reason is the banner.
  REQUIRE(ui.Tap("##walk-list"));
  REQUIRE(ui.app().screen() == Screen::kWalkList);
  const std::string door = "##door-" + ui.app().walk_list().households[0].id;
  REQUIRE(ui.Tap(door));
  CHECK(ui.app().screen() == Screen::kWalkList);
  CHECK(ui.app().banner() == expired);
  ui.app().OpenDoor(1);  // the map's way in refuses the same
  CHECK(ui.app().screen() == Screen::kWalkList);
  CHECK(ui.app().session().attempts().AttemptCount() == recorded);
  ui.app().Back();
  ui.Frame(2);
  // Said once: the banner, not the banner and the overview's paragraph too.
  const auto& texts = ui.app().widgets().texts();
  CHECK(std::count(texts.begin(), texts.end(), expired) == 1);

  // Sending results works, with every attempt in the file (a JSON line each).
  REQUIRE(ui.Tap("##export"));
  REQUIRE(ui.app().screen() == Screen::kExport);
  headless::shared_files.clear();
  REQUIRE(ui.Tap("Full record for organizers"));
  REQUIRE(headless::shared_files.size() == 1);
  Status signature = Status::Ok();
  const std::optional<VerifiedFile> record = VerifySignedFile(headless::shared_files[0].second, signature);
  REQUIRE_MESSAGE(record.has_value(), signature.message());
  const ParsedJsonLines sent = ParseJsonLines(record->payload);
  CHECK(sent.errors.empty());
  CHECK(sent.attempts.size() == recorded);
  CHECK(ui.app().notice().find(headless::shared_files[0].first) != std::string::npos);

  // A reload after the last day: locked, then the same attempts and the same message.
  UiHarness again(std::make_unique<MemoryStore>(*raw));
  REQUIRE(again.app().screen() == Screen::kUnlock);
  REQUIRE(again.Tap("##pin"));
  again.Type(kPin);
  REQUIRE(again.Tap("Unlock"));
  REQUIRE(again.app().screen() == Screen::kOverview);
  again.Frame(2);
  CHECK(again.app().session().attempts().AttemptCount() == recorded);
  CHECK(ShowsText(again, expired));
  CHECK_FALSE(again.Shows("##next-door"));
}

TEST_CASE("a turf's last day in every language: the date as each writes it, and the expired overview") {
  Clock clock;
  const std::pair<const char*, const char*> until[] = {
      {"en", "Until 12 Dec"}, {"es", "Hasta el 12 dic"}, {"zh", "有效期至12月12日"},
      {"vi", "Dùng được đến 12 thg 12"}, {"ko", "12월 12일까지"}, {"tl", "Hanggang Dis 12"}};
  const char* dir = std::getenv("PUERTA_SCREENSHOTS");
  for (const auto& row : until) {
    const char* lang = row.first;  // not a structured binding: clang 14's INFO cannot capture one
    const char* text = row.second;
    INFO(lang);
    UiHarness ui;
    headless::now_unix = *FromIsoDateTime("2026-12-14T09:00");
    ui.app().SetInterfaceLanguage(lang);
    OpenWithPinAndName(ui, TurfUntil("2026-12-12"));
    ui.Frame(2);
    CHECK(ShowsText(ui, text));
    CHECK(ShowsText(ui, std::string(Tr(UiText::kTurfExpired, lang))));
    CHECK(ui.app().replacement_glyphs() == 0);
    if (dir && *dir) {
      std::filesystem::create_directories(dir);
      CHECK(ui.Screenshot(std::string(dir) + "/" + lang + "-overview-expired.png"));
    }
  }
}
