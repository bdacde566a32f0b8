// A turf link carries its package's key (?turf=NAME.turf#k=KEY): the app
// decrypts the package in the core, keeps the turf only in its sealed store,
// and a link that does not open says why in the canvasser's language and
// changes nothing already recorded (crypto/package_cipher.h).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "crypto/package_cipher.h"
#include "i18n/ui_text.h"
#include "storage/memory_store.h"
#include "sample_turf_steps.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;
using puerta::test::ChoosePinAndName;
using puerta::test::TestTurf;
using puerta::test::UiHarness;

namespace {


// Every stored value, as one string, to search for names in the clear.
std::string Everything(const MemoryStore& store) {
  std::string all;
  for (const std::string& key : store.Keys()) all += key + "=" + store.Get(key).value_or("") + "\n";
  return all;
}

}  // namespace

TEST_CASE("an encrypted turf link opens with its key, and the phone keeps the turf only sealed") {
  auto store = std::make_unique<MemoryStore>();
  MemoryStore* raw = store.get();
  UiHarness ui(std::move(store));
  const std::string json = TestTurf("two-voters.turf");
  const EncryptedPackage link = EncryptPackage(json);
  ui.app().OpenTurfBytes(link.bytes, "two-voters.turf", link.key_text);
  CHECK(ui.app().banner().empty());
  ChoosePinAndName(ui);
  REQUIRE(ui.app().session().turf() != nullptr);
  CHECK(ui.app().walk_list().households.size() == 2);
  const std::string stored = Everything(*raw);
  CHECK(stored.find("Quintero") == std::string::npos);
  CHECK(stored.find("Chen") == std::string::npos);
}

TEST_CASE("a turf link that does not open says why in the canvasser's language, and loses nothing") {
  UiHarness ui;
  REQUIRE(ui.Tap("ES"));
  const std::string json = TestTurf("two-voters.turf");
  const EncryptedPackage link = EncryptPackage(json);

  // On a fresh phone: no key at all.
  ui.app().OpenTurfBytes(link.bytes, "two-voters.turf", "");
  CHECK(ui.app().banner() == Tr(UiText::kTurfKeyMissing, "es"));
  CHECK(ui.app().screen() == Screen::kStart);

  // A turf opened and a door recorded; then links that do not open.
  ui.app().OpenTurfBytes(link.bytes, "two-voters.turf", link.key_text);
  ChoosePinAndName(ui);
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("##result-not_home"));
  const std::size_t recorded = ui.app().session().attempts().AttemptCount();
  REQUIRE(recorded >= 1);  // one per person at the door
  const std::string turf_id = ui.app().session().turf()->turf_id;

  const std::string nothing_changed = " " + std::string(Tr(UiText::kTurfNothingChanged, "es"));
  const EncryptedPackage other = EncryptPackage(TestTurf("two-voters.turf"));
  std::string tampered = link.bytes;
  tampered[tampered.size() / 2] ^= 0x20;
  std::string newer = link.bytes;
  newer[3] = '3';
  const struct {
    std::string bytes, key;
    UiText says;
  } cases[] = {
      {link.bytes, "", UiText::kTurfKeyMissing},
      {link.bytes, other.key_text, UiText::kTurfKeyWrong},
      {link.bytes.substr(0, link.bytes.size() - 100), link.key_text, UiText::kTurfCutShort},
      {tampered, link.key_text, UiText::kTurfDamaged},
      {newer, link.key_text, UiText::kTurfNewerFormat},
  };
  for (const auto& c : cases) {
    ui.app().OpenTurfBytes(c.bytes, "two-voters.turf", c.key);
    CHECK(ui.app().banner() == std::string(Tr(c.says, "es")) + nothing_changed);
    CHECK(ui.app().session().attempts().AttemptCount() == recorded);
    REQUIRE(ui.app().session().turf() != nullptr);
    CHECK(ui.app().session().turf()->turf_id == turf_id);
  }
}
