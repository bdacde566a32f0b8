// A turf package's own CJK font (TurfPackage::font, cut by `puerta package`
// with HarfBuzz: native/cli/font_subset.h). A canvasser whose phone speaks
// Chinese opens the turf link, chooses a PIN, walks to the first door and
// starts the conversation with every character drawn (no replacement glyph)
// and without the phone ever asking for the app's CJK fonts; the same turf
// without the font asks for them.
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "crypto/package_cipher.h"
#include "native/cli/font_subset.h"
#include "sample_turf_steps.h"
#include "turf/turf_package.h"
#include "ui/headless/platform_headless.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;
using puerta::test::UiHarness;

namespace {

// The sample turf (made-up voters: Chinese, Korean, Vietnamese... names; the
// pledge script in six languages) as a real hand-out: its own id, encrypted.
EncryptedPackage ChineseCanvassersTurf(bool with_font) {
  std::ifstream in(std::string(PUERTA_SOURCE_DIR) + "/assets/sample/sample.turf", std::ios::binary);
  std::ostringstream json;
  json << in.rdbuf();
  TurfPackage turf;
  REQUIRE(ParseTurfPackage(json.str(), turf).ok());
  turf.turf_id = "eastside-zh";
  if (with_font) {
    std::string why;
    std::optional<PackageFont> font = cli::SubsetCjkFont(cli::CjkCharactersOfTurf(turf), why);
    REQUIRE_MESSAGE(font.has_value(), why);
    REQUIRE_FALSE(font->empty());
    turf.font = std::move(*font);
  }
  return EncryptPackage(WriteTurfPackage(turf));
}

// Every screen from the link to the first conversation, each checked.
// `canvasser`: the name typed on the Welcome screen (typed text can hold what no package foresaw).
std::vector<std::string> OpenAndStartTalking(const EncryptedPackage& link, bool expect_every_glyph,
                                             const char* canvasser = "Lupe") {
  headless::assets_not_here = {"fonts/ui-cjk.ttc", "fonts/ui-cjk-first.ttc"};  // as in a browser's first visit
  headless::requested_assets.clear();
  UiHarness ui;
  ui.app().SetInterfaceLanguage("zh");
  ui.app().OnTurfDownloading(true);  // the browser fetches the link's package
  ui.Frame(2);
  ui.app().OpenTurfBytes(link.bytes, "eastside-zh.turf", link.key_text);
  std::vector<std::string> asked;
  const auto check = [&](const char* screen) {
    ui.Frame(2);
    INFO(screen);
    if (expect_every_glyph) {
      CHECK_FALSE(ui.app().held_for_font());
      CHECK(ui.app().replacement_glyphs() == 0);
    }
    // Fonts asked for arrive (as a browser's fetch would), so the steps go on.
    asked.insert(asked.end(), headless::requested_assets.begin(), headless::requested_assets.end());
    for (const std::string& name : headless::requested_assets) {
      headless::assets_not_here.erase(name);
      ui.app().OnAssetReady(name);
    }
    headless::requested_assets.clear();
    ui.Frame(2);
  };
  check("choose a PIN");
  REQUIRE(ui.app().screen() == Screen::kCreatePin);
  puerta::test::ChoosePin(ui);
  REQUIRE(ui.Tap("##name"));
  ui.Type(canvasser);
  REQUIRE(ui.Tap("##continue"));
  REQUIRE(ui.app().screen() == Screen::kOverview);
  check("overview");
  ui.app().GoToNextDoor();
  check("door");
  REQUIRE(ui.app().screen() == Screen::kDoor);
  ui.app().StartConversation(0);
  REQUIRE(ui.app().screen() == Screen::kConversation);
  check("conversation");
  headless::assets_not_here.clear();
  return asked;
}

}  // namespace

TEST_CASE("a Chinese canvasser's turf with its own font: every screen to the first conversation, no CJK font fetched") {
  CHECK(OpenAndStartTalking(ChineseCanvassersTurf(true), true).empty());
  // The same turf without its font: the phone has to fetch the app's.
  const std::vector<std::string> asked = OpenAndStartTalking(ChineseCanvassersTurf(false), false);
  CHECK(std::find(asked.begin(), asked.end(), "fonts/ui-cjk.ttc") != asked.end());
  // With the font, a typed character it lacks (a canvasser named 龘) still fetches the app's.
  const std::vector<std::string> typed = OpenAndStartTalking(ChineseCanvassersTurf(true), false, "龘婷");
  CHECK(std::find(typed.begin(), typed.end(), "fonts/ui-cjk.ttc") != typed.end());
}

TEST_CASE("the package font holds the turf's names, its script's Chinese and Korean, and the interface in both") {
  TurfPackage turf;
  std::ifstream in(std::string(PUERTA_SOURCE_DIR) + "/assets/sample/sample.turf", std::ios::binary);
  std::ostringstream json;
  json << in.rdbuf();
  REQUIRE(ParseTurfPackage(json.str(), turf).ok());
  const std::string characters = cli::CjkCharactersOfTurf(turf);
  for (const char* c : {"投", "票", "한", "국", "片", "区", "：", "，"}) CHECK_MESSAGE(characters.find(c) != std::string::npos, c);
  CHECK(characters.find('a') == std::string::npos);  // Latin stays in the Latin font
  CHECK(cli::CjkCharacters("Tiếng Việt — “quoted” → 中") == "中");  // what the Latin font draws is not cut
  std::string why;
  const std::optional<PackageFont> font = cli::SubsetCjkFont(characters, why);
  REQUIRE_MESSAGE(font.has_value(), why);
  CHECK(font->characters == characters);  // Noto Sans CJK has every one
  CHECK(font->regular.size() < 400'000);
  // A font that is not there is said, not skipped.
  CHECK_FALSE(cli::SubsetCjkFont("中", why, "/nonexistent/font.ttc").has_value());
  CHECK(why.find("/nonexistent/font.ttc") != std::string::npos);
}
