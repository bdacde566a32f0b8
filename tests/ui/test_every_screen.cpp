// Every screen in every interface language draws real glyphs: no character
// falls back to the replacement glyph, including the screens before a turf
// is opened and while the Chinese and Korean font is still on its way.
// With PUERTA_SCREENSHOTS=<folder> each screen is also saved as a PNG
// (<lang>-<screen>.png) for a person to look at.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "i18n/ui_text.h"
#include "imgui.h"
#include "imgui_internal.h"  // ImTextCharFromUtf8
#include "ui/headless/platform_headless.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;
using puerta::test::UiHarness;

namespace {

constexpr const char* kLanguages[] = {"en", "es", "zh", "vi", "ko", "tl"};
constexpr const char* kCjkFont = "fonts/ui-cjk.ttc";
constexpr const char* kFirstFont = "fonts/ui-cjk-first.ttc";  // the first screens' words, fetched too
constexpr const char* kPin = "482915";

// Where screenshots go (empty: none are written).
std::string ScreenshotFolder() {
  const char* dir = std::getenv("PUERTA_SCREENSHOTS");
  if (!dir || !*dir) return {};
  std::filesystem::create_directories(dir);
  return dir;
}

// The frame shows the screen with every glyph real (and, when asked, is saved).
void CheckScreen(UiHarness& ui, const std::string& lang, const std::string& name) {
  ui.Frame(2);
  INFO(lang << " " << name);
  CHECK_FALSE(ui.app().held_for_font());
  CHECK(ui.app().replacement_glyphs() == 0);
  CHECK_FALSE(ui.app().widgets().widgets().empty());
  if (const std::string dir = ScreenshotFolder(); !dir.empty())
    CHECK(ui.Screenshot(dir + "/" + lang + "-" + name + ".png"));
}

void ChoosePin(UiHarness& ui) {
  REQUIRE(ui.Tap("##pin"));
  ui.Type(kPin);
  REQUIRE(ui.Tap("##again"));
  ui.Type(kPin);
  REQUIRE(ui.Tap("##create"));
}

// Each font the browser fetches is missing until the test delivers it.
struct FontOnItsWay {
  FontOnItsWay() {
    headless::assets_not_here = {kCjkFont};
    headless::requested_assets.clear();
  }
  ~FontOnItsWay() { headless::assets_not_here.clear(); }
  static void Deliver(UiHarness& ui) {
    headless::assets_not_here.clear();
    ui.app().OnAssetReady(kCjkFont);
  }
};

// Goes through every screen in `lang`, calling `check(name)` on each.
void VisitEveryScreen(UiHarness& ui, const std::string& lang, int text_size,
                      const std::function<void(const std::string&)>& check) {
  ui.app().SetInterfaceLanguage(lang);
  ui.app().SetTextSize(text_size);
  check("start");
  REQUIRE(ui.Tap("##sample"));
  REQUIRE(ui.app().screen() == Screen::kCreatePin);
  check("choose-pin");
  ChoosePin(ui);
  REQUIRE(ui.app().screen() == Screen::kWelcome);
  check("welcome");
  REQUIRE(ui.Tap("##name"));
  ui.Type("Lupe Ortiz");
  REQUIRE(ui.Tap("##continue"));
  REQUIRE(ui.app().screen() == Screen::kOverview);
  // Results with long names at three doors: the walk list shows them as chips.
  const std::pair<std::uint32_t, ResultCode> results[] = {
      {1, ResultCode::kInaccessible}, {2, ResultCode::kLanguageBarrier}, {3, ResultCode::kHostile}};
  for (const auto& [door, code] : results) {
    ui.app().OpenDoor(door);
    ui.Frame();
    ui.app().RecordDoorResult(code, {0, code == ResultCode::kLanguageBarrier ? "vi" : ""});
    REQUIRE(ui.app().banner().empty());
    while (ui.app().screen() != Screen::kOverview) {
      ui.app().Back();
      ui.Frame();
    }
  }
  check("overview");
  const std::pair<Screen, const char*> lists[] = {{Screen::kWalkList, "walk-list"}, {Screen::kMap, "map"},
                                                  {Screen::kStats, "numbers"},      {Screen::kExport, "send-results"},
                                                  {Screen::kSettings, "settings"}};
  for (const auto& [screen, name] : lists) {
    ui.app().Push(screen);
    check(name);
    ui.app().Back();
    ui.Frame();
  }
  ui.app().GoToNextDoor();
  ui.Frame();
  REQUIRE(ui.app().screen() == Screen::kDoor);
  check("door");
  ui.app().StartConversation(0);
  REQUIRE(ui.app().screen() == Screen::kConversation);
  check("conversation");
  ui.app().LockNow();
  ui.Frame();
  REQUIRE(ui.app().screen() == Screen::kUnlock);
  check("unlock");
  REQUIRE(ui.Tap("##wipe"));
  check("unlock-erase");
}

// The ink of a glyph in the font atlas: the sum of its pixels' coverage. A
// bold glyph carries clearly more than the regular one of the same size.
double Ink(ImFont* font, ImWchar c) {
  const ImFontGlyph* glyph = font ? font->FindGlyphNoFallback(c) : nullptr;
  if (!glyph) return 0;
  unsigned char* pixels = nullptr;
  int width = 0, height = 0;
  ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
  double sum = 0;
  for (int y = static_cast<int>(glyph->V0 * height); y < static_cast<int>(glyph->V1 * height); ++y)
    for (int x = static_cast<int>(glyph->U0 * width); x < static_cast<int>(glyph->U1 * width); ++x)
      sum += pixels[y * width + x];
  return sum;
}

// The first Chinese or Korean character of a UTF-8 text.
ImWchar FirstCjk(const std::string& text) {
  for (const char* p = text.c_str(); *p;) {
    unsigned int c = 0;
    p += ImTextCharFromUtf8(&c, p, nullptr);
    if (c >= 0x2E80) return static_cast<ImWchar>(c);
  }
  return 0;
}

}  // namespace

TEST_CASE("every screen in every interface language draws real glyphs") {
  for (const std::string lang : kLanguages) {
    UiHarness ui;
    VisitEveryScreen(ui, lang, 0, [&](const std::string& name) { CheckScreen(ui, lang, name); });
  }
}

// Every screen at every text size on the narrowest phone (320 CSS px) and a
// common one (390): no tappable thing sticks out of the screen, none covers
// another, and no label had to be cut inside a word.
TEST_CASE("every screen lays out at every text size on 320 and 390 px phones in every language") {
  for (const float width : {320.0f, 390.0f}) {
    for (int size = 0; size <= 2; ++size) {
      for (const std::string lang : kLanguages) {
        UiHarness ui(std::make_unique<MemoryStore>(), width, 700, 2);
        VisitEveryScreen(ui, lang, size, [&](const std::string& name) {
          ui.Frame(2);
          const std::string where = lang + " " + name + " size " + std::to_string(size) + " at " +
                                    std::to_string(static_cast<int>(width)) + " px";
          const auto& widgets = ui.app().widgets().widgets();
          for (const WidgetRect& w : widgets) {
            INFO(where << ": " << w.id);
            CHECK(w.full.x0 >= 0);
            CHECK(w.full.x1 <= width);
          }
          for (std::size_t i = 0; i < widgets.size(); ++i) {
            for (std::size_t j = i + 1; j < widgets.size(); ++j) {
              const WidgetRect& a = widgets[i];
              const WidgetRect& b = widgets[j];
              if (a.id == b.id) continue;  // one widget registered by ImGui and by us
              // The map's dots sit where the houses are; a tap picks the nearest (map_screen.cpp).
              if (a.id.find("##stop-") != std::string::npos && b.id.find("##stop-") != std::string::npos) continue;
              const float ox = std::min(a.x + a.w, b.x + b.w) - std::max(a.x, b.x);
              const float oy = std::min(a.y + a.h, b.y + b.h) - std::max(a.y, b.y);
              INFO(where << ": " << a.id << " and " << b.id);
              CHECK_FALSE((ox > 1 && oy > 1));
            }
          }
          // No letter cut by the side of its window (text that is not a widget:
          // chips, titles, captions). ImGui skips letters wholly outside and
          // draws the one across the edge: its quad reaches past the clip rect.
          const ImDrawData* draw = ImGui::GetDrawData();
          const ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
          const ImVec2 white = atlas.TexUvWhitePixel;
          // Thick lines (borders) are drawn with texture coordinates too, from the baked-lines area.
          ImVec4 lines(1, 1, 0, 0);
          for (const ImVec4& uv : atlas.TexUvLines)
            lines = ImVec4(std::min({lines.x, uv.x, uv.z}), std::min({lines.y, uv.y, uv.w}),
                           std::max({lines.z, uv.x, uv.z}), std::max({lines.w, uv.y, uv.w}));
          auto is_letter = [&](ImVec2 uv) {
            if (uv.x == white.x && uv.y == white.y) return false;
            return !(uv.x >= lines.x && uv.x <= lines.z && uv.y >= lines.y && uv.y <= lines.w);
          };
          int letters_cut = 0;
          for (int l = 0; l < draw->CmdListsCount; ++l) {
            const ImDrawList* list = draw->CmdLists[l];
            for (const ImDrawCmd& cmd : list->CmdBuffer)
              for (unsigned k = 0; k < cmd.ElemCount; ++k) {
                const ImDrawVert& v = list->VtxBuffer[cmd.VtxOffset + list->IdxBuffer[cmd.IdxOffset + k]];
                if (is_letter(v.uv) && (v.pos.x > cmd.ClipRect.z + 0.5f || v.pos.x < cmd.ClipRect.x - 0.5f))
                  ++letters_cut;
              }
          }
          CHECK_MESSAGE(letters_cut == 0, where);
          for (const std::string& text : ui.app().widgets().broken_words()) {
            INFO(where << ": " << text);
            CHECK_MESSAGE(false, "a word was cut");
          }
          if (const std::string dir = ScreenshotFolder(); !dir.empty() && (lang == "ko" || lang == "vi" || lang == "es" || lang == "zh"))
            CHECK(ui.Screenshot(dir + "/layout-" + std::to_string(static_cast<int>(width)) + "-size" +
                                std::to_string(size) + "-" + lang + "-" + name + ".png"));
        });
      }
    }
  }
}

TEST_CASE("a turf link opened in Chinese or Korean shows its PIN screen in real glyphs before the CJK font arrives") {
  for (const std::string lang : {"zh", "ko"}) {
    INFO(lang);
    FontOnItsWay font;
    UiHarness ui;
    ui.app().SetInterfaceLanguage(lang);
    ui.Frame(2);
    // The start screen's words are in the fetched font: asked for, and until
    // it comes the frame shows no text at all (never "?").
    CHECK(headless::requested_assets == std::vector<std::string>{kCjkFont});
    CHECK(ui.app().held_for_font());
    CHECK(ui.app().widgets().widgets().empty());
    // The link's turf asks for a PIN: that screen's words ship with the app.
    ui.app().OpenSampleTurf();
    ui.Frame(2);
    REQUIRE(ui.app().screen() == Screen::kCreatePin);
    CHECK_FALSE(ui.app().held_for_font());
    CHECK(ui.app().replacement_glyphs() == 0);
    CHECK(ui.Shows(std::string(Tr(UiText::kContinue, lang))));
    // Headings and buttons are bold in Chinese and Korean too: the shipped
    // font's bold face, while the explanation under them is regular.
    for (UiText bold_text : {UiText::kCreatePinTitle, UiText::kContinue}) {
      const ImWchar c = FirstCjk(std::string(Tr(bold_text, lang)));
      INFO("U+" << std::hex << static_cast<unsigned>(c));
      REQUIRE(c != 0);
      const double regular = Ink(ui.app().theme().body, c), bold = Ink(ui.app().theme().bold, c);
      CHECK(regular > 0);
      CHECK(bold > 1.2 * regular);
    }
    if (const std::string dir = ScreenshotFolder(); !dir.empty())
      CHECK(ui.Screenshot(dir + "/" + lang + "-choose-pin-before-font.png"));
    // The font arrives: every screen after it is whole.
    FontOnItsWay::Deliver(ui);
    ChoosePin(ui);
    CheckScreen(ui, lang, "welcome-after-fetch");
  }
}

TEST_CASE("a phone in English asks for no CJK font, and Chinese asks for the first screens' font before the large one") {
  // Neither fetched font is on the device yet (a first visit in the browser).
  headless::assets_not_here = {kCjkFont, kFirstFont};
  headless::requested_assets.clear();
  UiHarness ui;
  ui.app().SetInterfaceLanguage("en");
  ui.Frame(2);
  // The language picker's 中文 and 한국어 come from the font shipped with the app.
  REQUIRE(ui.Shows("##lang-zh"));
  CHECK(ui.app().replacement_glyphs() == 0);
  CHECK_FALSE(ui.app().held_for_font());
  ui.app().OpenSampleTurf();
  ui.Frame(2);
  REQUIRE(ui.app().screen() == Screen::kCreatePin);
  CHECK(headless::requested_assets.empty());
  // In Chinese the PIN screen needs the first screens' font: asked for first,
  // the frame held (no "?") until it comes.
  ui.app().SetInterfaceLanguage("zh");
  ui.Frame(2);
  REQUIRE_FALSE(headless::requested_assets.empty());
  CHECK(headless::requested_assets.front() == kFirstFont);
  CHECK(ui.app().held_for_font());
  headless::assets_not_here = {kCjkFont};
  ui.app().OnAssetReady(kFirstFont);
  ui.Frame(2);
  CHECK_FALSE(ui.app().held_for_font());
  CHECK(ui.app().replacement_glyphs() == 0);
  CHECK(ui.Shows(std::string(Tr(UiText::kContinue, "zh"))));
  headless::assets_not_here.clear();
  headless::requested_assets.clear();
}

TEST_CASE("a locked phone whose CJK font is not there (offline, never kept) unlocks in Chinese and Korean") {
  for (const std::string lang : {"zh", "ko"}) {
    INFO(lang);
    auto store = std::make_unique<MemoryStore>();
    MemoryStore* raw = store.get();
    UiHarness first(std::move(store));
    first.app().SetInterfaceLanguage(lang);
    first.app().OpenSampleTurf();
    first.Frame();
    ChoosePin(first);
    REQUIRE(first.app().screen() == Screen::kWelcome);
    FontOnItsWay font;
    UiHarness ui(std::make_unique<MemoryStore>(*raw));
    REQUIRE(ui.app().screen() == Screen::kUnlock);
    CheckScreen(ui, lang, "unlock-offline");
    REQUIRE(ui.Tap("##wipe"));
    CheckScreen(ui, lang, "unlock-erase-offline");
    // A wrong PIN is answered in words the shipped font has: the frame is
    // not held for the fetch, and no "?" (the words of app_pin.cpp are in it).
    REQUIRE(ui.Tap("##cancel-wipe"));
    REQUIRE(ui.Tap("##pin"));
    ui.Type("000000");
    REQUIRE(ui.Tap("##unlock"));
    CHECK(ui.app().pin_error() == Tr(UiText::kWrongPin, lang));
    CheckScreen(ui, lang, "unlock-wrong-pin-offline");
    // Offline: the fetch fails; the app stops waiting and draws what it has.
    REQUIRE(ui.Tap("##pin"));
    ui.Type(kPin);
    REQUIRE(ui.Tap("##unlock"));
    ui.app().OnAssetUnavailable(kCjkFont);
    ui.Frame(2);
    CHECK_FALSE(ui.app().held_for_font());
    CHECK_FALSE(ui.app().widgets().widgets().empty());
  }
}

TEST_CASE("notes longer than the box are shown whole, wrapped, above it") {
  UiHarness ui;
  ui.app().OpenSampleTurf();
  ui.Frame();
  ChoosePin(ui);
  REQUIRE(ui.Tap("##name"));
  ui.Type("Lupe");
  REQUIRE(ui.Tap("##continue"));
  ui.app().GoToNextDoor();
  ui.Frame();
  ui.app().StartConversation(0);
  ui.Frame(2);
  for (int i = 0; i < 20 && !ui.app().conversation()->AtEnd(); ++i) {
    const WidgetRect* option = nullptr;
    for (const WidgetRect& w : ui.app().widgets().widgets())
      if (w.id.find("##opt-") != std::string::npos || w.id.ends_with("##yes")) option = &w;
    const std::string target = option ? option->id : "##step-next";
    INFO("tapping " << target << " at step " << i);
    REQUIRE(ui.Tap(target));
  }
  REQUIRE(ui.app().conversation()->AtEnd());
  const WidgetRect* box = ui.Find("##notes");
  REQUIRE(box != nullptr);
  const float top_before = box->y;
  REQUIRE(ui.Tap("##notes"));
  ui.Type("Short note");
  CHECK(ui.Find("##notes")->y == doctest::Approx(top_before));  // fits: nothing above it
  ui.Type(" and then a much longer one: wants a ride on election day, call after six, her son translates");
  ui.Frame(2);
  const float line = ui.app().theme().body->FontSize * ImGui::GetIO().FontGlobalScale;
  CHECK(ui.Find("##notes")->y >= top_before + 3 * line);  // the read-back, three lines or more
  CHECK(ui.app().widgets().broken_words().empty());
  if (const std::string dir = ScreenshotFolder(); !dir.empty()) CHECK(ui.Screenshot(dir + "/notes-wrapped.png"));
}
