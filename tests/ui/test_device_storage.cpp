// What the screens tell the canvasser about how the device keeps the work
// (platform::GetDeviceStorage), and the wipe reaching the platform's own data
// (platform::EraseLocalData). The browser's answers are faked here through the
// headless platform; tests/e2e/device.test.js and privacy.test.js check the
// real ones in Chromium.
#include <doctest/doctest.h>

#include "i18n/ui_text.h"
#include "ui/headless/platform_headless.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;
using puerta::test::UiHarness;

namespace {

// Sets what the headless platform answers for one test, and puts it back.
struct FakeDevice {
  explicit FakeDevice(platform::DeviceStorage device) { headless::device_storage = device; }
  ~FakeDevice() { headless::device_storage = {}; }
};

std::string Label(const UiHarness& ui, const std::string& id) {
  const WidgetRect* w = ui.Find(id);
  return w ? w->label : "(not on screen)";
}

}  // namespace

TEST_CASE("by default (a desktop) the start screen has no storage warnings") {
  UiHarness ui;
  CHECK_FALSE(ui.Shows("##no-offline"));
  CHECK_FALSE(ui.Shows("##home-screen"));
}

TEST_CASE("where the app cannot work offline, the start screen says so, in the chosen language") {
  FakeDevice device({platform::DeviceStorage::Kept::kBestEffort, /*works_offline=*/false, false});
  UiHarness ui;
  CHECK(Label(ui, "##no-offline") == Tr(UiText::kNoOfflineHere, "en"));
  const WidgetRect* card = ui.Find("##no-offline");
  REQUIRE(card != nullptr);
  CHECK(card->x >= 0);
  CHECK(card->x + card->w <= 390);
  REQUIRE(ui.Tap("ES"));
  CHECK(Label(ui, "##no-offline") == Tr(UiText::kNoOfflineHere, "es"));
  CHECK(ui.Shows("##sample"));
}

TEST_CASE("iOS Safari in a tab: a card explains adding Puerta to the Home Screen") {
  FakeDevice device({platform::DeviceStorage::Kept::kBestEffort, true, /*suggest_home_screen=*/true});
  UiHarness ui;
  CHECK(Label(ui, "##home-screen") == Tr(UiText::kAddToHomeScreenTitle, "en"));
  REQUIRE(ui.Tap("VI"));
  CHECK(Label(ui, "##home-screen") == Tr(UiText::kAddToHomeScreenTitle, "vi"));
  CHECK_FALSE(ui.Shows("##no-offline"));
}

TEST_CASE("Settings says whether the browser keeps the work") {
  using Kept = platform::DeviceStorage::Kept;
  for (const Kept kept : {Kept::kPersistent, Kept::kBestEffort}) {
    FakeDevice device({kept, true, false});
    UiHarness ui;
    ui.app().Push(Screen::kSettings);
    ui.Frame(2);
    const UiText line = kept == Kept::kPersistent ? UiText::kStoragePersistent : UiText::kStorageBestEffort;
    CHECK(Label(ui, "##storage") == Tr(line, "en"));
    REQUIRE(ui.Tap("##lang-ko"));
    CHECK(Label(ui, "##storage") == Tr(line, "ko"));
  }
  for (const Kept kept : {Kept::kNotApplicable, Kept::kUnknown}) {
    FakeDevice device({kept, true, false});
    UiHarness ui;
    ui.app().Push(Screen::kSettings);
    ui.Frame(2);
    CHECK_FALSE(ui.Shows("##storage"));
  }
}

TEST_CASE("erasing the phone's copy also asks the platform to erase what it keeps elsewhere") {
  UiHarness ui;
  const int before = headless::local_data_erased;
  ui.app().WipeDevice();
  CHECK(headless::local_data_erased == before + 1);
}

namespace {

// What platform::DeviceSecret answers for one test (nothing: no WebCrypto), put back after.
struct FakeSecret {
  explicit FakeSecret(std::optional<std::uint8_t> seed) : saved(headless::device_secret_seed) {
    headless::device_secret_seed = seed;
  }
  ~FakeSecret() { headless::device_secret_seed = saved; }
  std::optional<std::uint8_t> saved;
};

constexpr const char* kPin = "482915";

// The screens' own actions (the taps that reach them are tested in test_doorstep.cpp).
void OpenSampleWithPin(UiHarness& ui) {
  ui.app().OpenSampleTurf();
  REQUIRE(ui.app().screen() == Screen::kCreatePin);
  REQUIRE(ui.app().CreatePin(kPin, kPin));
  ui.Frame();
  REQUIRE(ui.app().screen() == Screen::kWelcome);
}

void TypePin(UiHarness& ui) {
  REQUIRE(ui.app().screen() == Screen::kUnlock);
  ui.app().Unlock(kPin);
  ui.Frame(2);
}

}  // namespace

TEST_CASE("a copy of the phone's storage on another device: the right PIN is refused, saying why, and erasing is offered") {
  auto store = std::make_unique<MemoryStore>();
  const MemoryStore* raw = store.get();
  UiHarness phone(std::move(store));
  OpenSampleWithPin(phone);
  auto copied = std::make_unique<MemoryStore>(*raw);  // everything the phone's storage holds
  {
    FakeSecret other_device(7);
    UiHarness elsewhere(std::make_unique<MemoryStore>(*copied));
    TypePin(elsewhere);
    CHECK(elsewhere.app().screen() == Screen::kUnlock);
    CHECK(Label(elsewhere, "##pin-error") == Tr(UiText::kPinOtherDevice, "en"));
    CHECK(elsewhere.app().session().failed_unlocks() == 0);
    CHECK(elsewhere.Shows("##wipe"));
  }
  {
    FakeSecret no_secret(std::nullopt);  // the same copy where the browser gives no key at all
    UiHarness without(std::make_unique<MemoryStore>(*copied));
    TypePin(without);
    CHECK(Label(without, "##pin-error") == Tr(UiText::kPinNoDeviceSecret, "en"));
  }
  UiHarness home(std::move(copied));  // back on its own device it opens
  TypePin(home);
  CHECK(home.app().screen() == Screen::kWelcome);
}

TEST_CASE("Settings says when the PIN alone guards the copy (no device secret here)") {
  for (const bool has_secret : {false, true}) {
    FakeSecret secret(has_secret ? std::optional<std::uint8_t>(1) : std::nullopt);
    UiHarness ui;
    OpenSampleWithPin(ui);
    ui.app().Push(Screen::kSettings);
    ui.Frame(2);
    CHECK(ui.Shows("##pin-only") == !has_secret);
    if (!has_secret) {
      REQUIRE(ui.Tap("##lang-es"));
      CHECK(Label(ui, "##pin-only") == Tr(UiText::kPinOnlyHere, "es"));
    }
  }
}
