// What went wrong is said in the canvasser's language, in every language:
// the core's reasons (Status messages, the browser's fetch errors) are
// English and never reach the screen. Each problem is made to happen the way
// it happens on a phone: settings that cannot be read, a copy that the right
// PIN unlocks but that does not open, no room for the first turf, a link
// whose turf does not download, an erase the storage refuses.
#include <doctest/doctest.h>

#include "app/app_state_store.h"
#include "i18n/ui_text.h"
#include "storage/memory_store.h"
#include "ui/headless/platform_headless.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;
using puerta::test::UiHarness;

namespace {

constexpr const char* kLanguages[] = {"en", "es", "zh", "vi", "ko", "tl"};
constexpr const char* kPin = "482915";

void ChoosePin(UiHarness& ui) {
  REQUIRE(ui.Tap("##pin"));
  ui.Type(kPin);
  REQUIRE(ui.Tap("##again"));
  ui.Type(kPin);
  REQUIRE(ui.Tap("##create"));
}

// The text on screen is the table's, in `lang`, and drawn with real glyphs.
void SaysInLanguage(UiHarness& ui, const std::string& shown, UiText expected, const std::string& lang) {
  CHECK(shown == Tr(expected, lang));
  ui.Frame(2);
  CHECK(ui.app().replacement_glyphs() == 0);
}

// Storage whose Remove fails (a browser that refuses to delete a key).
class NoRemoveStore final : public KeyValueStore {
 public:
  explicit NoRemoveStore(MemoryStore inner) : inner_(std::move(inner)) {}
  std::optional<std::string> Get(std::string_view key) const override { return inner_.Get(key); }
  Status Put(std::string_view key, std::string_view value) override { return inner_.Put(key, value); }
  Status Remove(std::string_view) override { return Status::Fail("the browser refused to remove it"); }
  std::vector<std::string> Keys() const override { return inner_.Keys(); }

 private:
  MemoryStore inner_;
};

struct PhoneSpeaks {
  explicit PhoneSpeaks(const std::string& lang) { headless::preferred_languages = {lang}; }
  ~PhoneSpeaks() { headless::preferred_languages.clear(); }
};

}  // namespace

TEST_CASE("settings that cannot be read: said in the phone's language, which the app then speaks") {
  for (const std::string lang : kLanguages) {
    INFO(lang);
    PhoneSpeaks phone(lang);
    auto store = std::make_unique<MemoryStore>();
    REQUIRE(store->Put(kAppStateKey, "not a saved record").ok());
    UiHarness ui(std::move(store));
    CHECK(std::string(ui.app().lang()) == lang);
    SaysInLanguage(ui, ui.app().banner(), UiText::kSettingsUnreadable, lang);
  }
}

TEST_CASE("the right PIN, but a copy that does not open: said in the canvasser's language, on the unlock screen") {
  for (const std::string lang : kLanguages) {
    INFO(lang);
    auto store = std::make_unique<MemoryStore>();
    MemoryStore* raw = store.get();
    {
      UiHarness first(std::move(store));
      first.app().SetInterfaceLanguage(lang);
      first.app().OpenSampleTurf();
      first.Frame();
      ChoosePin(first);
      REQUIRE(first.app().screen() == Screen::kWelcome);
      // One character of the sealed turf changed: it no longer decrypts.
      std::string& turf = raw->Raw().at("puerta.turf");
      turf[turf.size() / 2] = turf[turf.size() / 2] == 'A' ? 'B' : 'A';
      UiHarness again(std::make_unique<MemoryStore>(*raw));
      REQUIRE(again.app().screen() == Screen::kUnlock);
      REQUIRE(again.Tap("##pin"));
      again.Type(kPin);
      REQUIRE(again.Tap("##unlock"));
      CHECK(again.app().screen() == Screen::kUnlock);
      SaysInLanguage(again, again.app().pin_error(), UiText::kCopyNotOpened, lang);
      CHECK(again.Shows("##wipe"));  // the way on is right there
    }
  }
}

TEST_CASE("no room to keep the first turf: said in the canvasser's language") {
  for (const std::string lang : kLanguages) {
    INFO(lang);
    // Room for the preferences and the PIN's lock, not for the turf.
    UiHarness ui(std::make_unique<MemoryStore>(2000));
    ui.app().SetInterfaceLanguage(lang);
    ui.app().OpenSampleTurf();
    ui.Frame();
    REQUIRE(ui.app().screen() == Screen::kCreatePin);
    ChoosePin(ui);
    CHECK(ui.app().screen() == Screen::kCreatePin);
    SaysInLanguage(ui, ui.app().pin_error(), UiText::kNoRoomForTurf, lang);
  }
}

TEST_CASE("a turf link whose turf does not download: said in the canvasser's language, with the server's answer") {
  for (const std::string lang : kLanguages) {
    INFO(lang);
    UiHarness ui;
    ui.app().SetInterfaceLanguage(lang);
    ui.Frame();
    ui.app().OnTurfNotDownloaded(0);  // offline: nothing came back
    SaysInLanguage(ui, ui.app().banner(), UiText::kTurfNotDownloaded, lang);
    ui.app().OnTurfNotDownloaded(404);
    CHECK(ui.app().banner() == FormatText(Tr(UiText::kTurfLinkGone, lang), 404));
    CHECK(ui.app().banner().find("404") != std::string::npos);
  }
}

TEST_CASE("an erase the storage refuses: said in the canvasser's language") {
  for (const std::string lang : kLanguages) {
    INFO(lang);
    auto store = std::make_unique<MemoryStore>();
    MemoryStore* raw = store.get();
    UiHarness first(std::move(store));
    first.app().SetInterfaceLanguage(lang);
    first.app().OpenSampleTurf();
    first.Frame();
    ChoosePin(first);
    REQUIRE(first.app().screen() == Screen::kWelcome);
    UiHarness ui(std::make_unique<NoRemoveStore>(MemoryStore(*raw)));
    REQUIRE(ui.app().screen() == Screen::kUnlock);
    REQUIRE(ui.Tap("##wipe"));
    REQUIRE(ui.Tap("##yes-wipe"));
    SaysInLanguage(ui, ui.app().banner(), UiText::kEraseIncomplete, lang);
  }
}

TEST_CASE("a turf file that is not a turf: said in the canvasser's language, without the parser's English reason") {
  for (const std::string lang : kLanguages) {
    INFO(lang);
    UiHarness ui;
    ui.app().SetInterfaceLanguage(lang);
    ui.Frame();
    ui.app().OpenTurfBytes(R"({"format": "puerta-turf", "format_version": 1, "turf_id": 7})", "broken.turf");
    SaysInLanguage(ui, ui.app().banner(), UiText::kTurfCannotOpen, lang);
    CHECK(ui.app().screen() == Screen::kStart);
  }
}
