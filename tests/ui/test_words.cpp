// The words on the screens: every screen in Chinese shows no English; the
// phone's own language picks the first screen's; answers are in the
// question's language; names and language names as their speakers write them.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "i18n/text_conventions.h"
#include "i18n/ui_text.h"
#include "app/app_state_store.h"
#include "ui/headless/platform_headless.h"
#include "imgui_internal.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;
using puerta::test::UiHarness;

namespace {

void OpenSample(UiHarness& ui) {
  REQUIRE(ui.Tap("##sample"));
  REQUIRE(ui.Tap("##pin"));
  ui.Type("482915");
  REQUIRE(ui.Tap("##again"));
  ui.Type("482915");
  REQUIRE(ui.Tap("##create"));
  REQUIRE(ui.Tap("##name"));
  ui.Type("Lupe Ortiz");
  REQUIRE(ui.Tap("##continue"));
  REQUIRE(ui.app().screen() == Screen::kOverview);
}

// Everything drawn in the last frame: widget labels and plain text.
std::vector<std::string> Drawn(UiHarness& ui) {
  std::vector<std::string> out = ui.app().widgets().texts();
  for (const WidgetRect& w : ui.app().widgets().widgets()) out.push_back(w.label);
  return out;
}

// Latin words that may appear on a Chinese screen: names of things that are
// not translated (apps named as they are), and language chips.
const std::set<std::string> kAllowedWords = {"PIN", "CSV", "VAN", "Puerta", "Safari", "WhatsApp", "Signal",
                                            "EN", "ES", "VI", "TL"};

// Collects every Latin word (2+ letters) drawn on a zh screen that is neither
// data (a name, an address, the turf's names) nor allowed.
struct EnglishWatch {
  std::string data;  // every data string of the turf, concatenated
  std::set<std::string> found;

  // The turf's name and organization are not data here: the sample's are
  // shown in the interface language (App::TurfName), and any English left
  // of them is caught.
  void AddData(const TurfPackage& turf, const std::string& canvasser) {
    data += turf.campaign + "\n" + canvasser + "\n";
    for (const Building& b : turf.walk_list.buildings) data += b.display + "\n";
    for (const Household& h : turf.walk_list.households) {
      data += h.address.display + "\n" + h.address.unit + "\n";
      for (const Voter& v : h.voters) data += v.first_name + " " + v.last_name + "\n";
    }
  }
  void Look(UiHarness& ui, const std::string& where) {
    // Language names in their own script and the names of shared files are data too.
    for (const UiLanguage& l : HeardLanguages()) data += std::string(l.native_name) + "\n";
    for (const auto& [name, bytes] : headless::shared_files) data += name + "\n";
    for (const std::string& text : Drawn(ui)) {
      std::string word;
      auto check = [&] {
        if (word.size() >= 2 && !kAllowedWords.count(word) && data.find(word) == std::string::npos)
          found.insert(word + " (" + where + ": \"" + text + "\")");
        word.clear();
      };
      for (char c : text) {
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) word += c;
        else check();
      }
      check();
    }
  }
};

}  // namespace

namespace {

// Every screen, in `lang`, through the taps a canvasser makes.
void WalkEveryScreen(const std::string& lang) {
  CAPTURE(lang);
  auto store = std::make_unique<MemoryStore>();
  MemoryStore* raw = store.get();
  UiHarness ui(std::move(store));
  REQUIRE(ui.Tap(lang == "zh" ? "中文" : "한국어"));
  EnglishWatch watch;
  REQUIRE(ui.app().SamplePreview() != nullptr);
  watch.AddData(*ui.app().SamplePreview(), "Lupe Ortiz");
  ui.Frame(2);
  watch.Look(ui, "start");
  REQUIRE(ui.Tap("##sample"));
  REQUIRE(ui.Tap("##create"));  // no PIN typed: the PIN rules are said
  watch.Look(ui, "create PIN");
  REQUIRE(ui.Tap("##pin"));
  ui.Type("482915");
  REQUIRE(ui.Tap("##again"));
  ui.Type("482915");
  REQUIRE(ui.Tap("##create"));
  watch.Look(ui, "welcome");
  REQUIRE(ui.Tap("##name"));
  ui.Type("Lupe Ortiz");
  REQUIRE(ui.Tap("##continue"));
  REQUIRE(ui.app().screen() == Screen::kOverview);
  watch.Look(ui, "overview");

  REQUIRE(ui.Tap("##walk-list"));
  watch.Look(ui, "walk list");
  for (const char* filter : {"##f-done", "##f-follow", "##f-all"}) {
    REQUIRE(ui.Tap(filter));
    watch.Look(ui, filter);
  }
  REQUIRE(ui.Tap("##back"));
  REQUIRE(ui.Tap("##next-door"));
  watch.Look(ui, "door");
  REQUIRE(ui.Tap("##result-come_back"));
  watch.Look(ui, "door: when");
  REQUIRE(ui.Tap("##cancel"));
  REQUIRE(ui.Tap("##result-language_barrier"));
  watch.Look(ui, "door: which language");
  REQUIRE(ui.Tap("##heard-other"));
  watch.Look(ui, "next door, after a result");

  // A conversation through every kind of step, in Chinese (the voter's
  // language set to the interface's, so the script speaks Chinese too).
  const Household* h = ui.app().CurrentHousehold();
  REQUIRE(h != nullptr);
  REQUIRE(ui.Tap("##voter-" + h->voters[0].id));
  REQUIRE(ui.Tap("##script-lang-" + lang));
  watch.Look(ui, "conversation: intro");
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##step-next"));  // required, unanswered: "needs an answer"
  watch.Look(ui, "conversation: required");
  REQUIRE(ui.Tap("##opt-no"));
  watch.Look(ui, "conversation: yes/no");
  REQUIRE(ui.Tap("##no"));
  // The date is picked (no text to type, so no date error to read): the
  // picker's days and hours are read in this language.
  watch.Look(ui, "conversation: date picker");
  REQUIRE(ui.Tap("##day-1"));
  REQUIRE(ui.Tap("##hour-18"));
  watch.Look(ui, "conversation: date picked");
  for (int i = 0; i < 6 && !ui.Shows("##leave-conversation"); ++i) REQUIRE(ui.Tap("##back"));
  watch.Look(ui, "conversation: leave?");
  REQUIRE(ui.Tap("##leave-conversation"));
  REQUIRE(ui.Tap("##voter-" + h->voters[0].id));
  REQUIRE(ui.Tap("##script-lang-" + lang));
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##opt-yes"));
  REQUIRE(ui.Tap("##yes"));
  REQUIRE(ui.Tap("##opt-early"));
  REQUIRE(ui.Tap("##no"));
  REQUIRE(ui.Tap("##step-next"));
  watch.Look(ui, "conversation: end");
  REQUIRE(ui.Tap("##save"));
  watch.Look(ui, "conversation: saved");
  REQUIRE(ui.Tap("##next-door"));
  while (ui.app().depth() > 1) REQUIRE(ui.Tap("##back"));

  REQUIRE(ui.Tap("##stats"));
  watch.Look(ui, "my numbers");
  // The pledge (a yes/no question) under its own words, the answer in Chinese, a full-width colon.
  const auto& texts = ui.app().widgets().texts();
  const char* yes = lang == "zh" ? "是：1" : "네: 1";
  const char* pledge = lang == "zh" ? "您愿意承诺在这次选举中去投票吗？" : "이번 선거에 꼭 투표하겠다고 약속해 주실래요?";
  CHECK(std::find(texts.begin(), texts.end(), yes) != texts.end());
  CHECK(std::find(texts.begin(), texts.end(), pledge) != texts.end());
  REQUIRE(ui.Tap("##back"));
  REQUIRE(ui.Tap("##export"));
  watch.Look(ui, "send results");
  REQUIRE(ui.Tap("##share-csv"));
  watch.Look(ui, "send results: shared");
  REQUIRE(ui.Tap("##wipe"));
  watch.Look(ui, "erase?");
  REQUIRE(ui.Tap("##cancel-wipe"));
  REQUIRE(ui.Tap("##back"));
  REQUIRE(ui.Tap("##settings"));
  watch.Look(ui, "settings");
  REQUIRE(ui.Tap("##practice-on"));
  watch.Look(ui, "settings: practice");
  REQUIRE(ui.Tap("##practice-off"));
  REQUIRE(ui.Tap("##back"));
  REQUIRE(ui.Tap("##map"));
  watch.Look(ui, "map");
  REQUIRE(ui.Tap("##back"));

  // Reopened: the unlock screen, a wrong PIN, the erase confirmation.
  UiHarness again(std::make_unique<MemoryStore>(*raw));
  REQUIRE(again.app().screen() == Screen::kUnlock);
  watch.Look(again, "unlock");
  REQUIRE(again.Tap("##pin"));
  again.Type("000000");
  REQUIRE(again.Tap("##unlock"));
  watch.Look(again, "unlock: wrong PIN");
  REQUIRE(again.Tap("##wipe"));
  watch.Look(again, "unlock: erase?");

  std::string all;
  for (const std::string& f : watch.found) all += f + "\n";
  CHECK_MESSAGE(watch.found.empty(), all);
}

}  // namespace

TEST_CASE("every screen in Chinese and in Korean draws no English words, only data and untranslated names") {
  WalkEveryScreen("zh");
  WalkEveryScreen("ko");
}

TEST_CASE("the phone's language picks the first screen's until one is chosen") {
  headless::preferred_languages = {"ko-KR", "en"};
  {
    UiHarness ui;
    CHECK(ui.app().state().interface_language == "ko");
    CHECK(ui.Shows(std::string(Tr(UiText::kOpenSampleTurf, "ko"))));
  }
  headless::preferred_languages = {"fr-FR", "fil-PH", "en"};
  {
    UiHarness ui;
    CHECK(ui.app().state().interface_language == "tl");  // Filipino: the first one Puerta speaks
  }
  // A language chosen on this phone wins over the phone's.
  auto store = std::make_unique<MemoryStore>();
  AppState chosen;
  chosen.interface_language = "es";
  REQUIRE(SaveAppState(*store, chosen).ok());
  headless::preferred_languages = {"vi-VN"};
  {
    UiHarness ui(std::move(store));
    CHECK(ui.app().state().interface_language == "es");
  }
  headless::preferred_languages = {"de-DE"};
  {
    UiHarness ui;
    CHECK(ui.app().state().interface_language == "en");
  }
  headless::preferred_languages.clear();
}

TEST_CASE("Yes and No are in the question's language, not the interface's") {
  UiHarness ui;  // English interface
  OpenSample(ui);
  REQUIRE(ui.Tap("##next-door"));
  const Household* h = ui.app().CurrentHousehold();
  REQUIRE(ui.Tap("##voter-" + h->voters[0].id));
  REQUIRE(ui.Tap("##script-lang-vi"));
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##opt-no"));
  REQUIRE(ui.Find("##yes") != nullptr);
  CHECK(ui.Find("##yes")->label == "Có");
  CHECK(ui.Find("##no")->label == "Không");
  CHECK(ui.Find("##step-next")->label.starts_with("Skip"));  // the canvasser's own buttons stay English
  REQUIRE(ui.Tap("##script-lang-ko"));
  CHECK(ui.Find("##yes")->label == "네");
}

TEST_CASE("names are written in their own order, and a Vietnamese greeting uses the given name") {
  UiHarness ui;
  OpenSample(ui);
  const TurfPackage* turf = ui.app().session().turf();
  REQUIRE(turf != nullptr);
  // The sample's Vietnamese household: "Nguyễn Linh" on the door, family name first.
  std::uint32_t door = 0;
  const Voter* linh = nullptr;
  for (std::uint32_t i = 0; i < turf->walk_list.households.size() && !linh; ++i)
    for (const Voter& v : turf->walk_list.households[i].voters)
      if (v.first_name == "Linh") linh = &v, door = i;
  REQUIRE(linh != nullptr);
  ui.app().OpenDoor(door);
  ui.Frame(3);
  const WidgetRect* button = ui.Find("##voter-" + linh->id);
  REQUIRE(button != nullptr);
  CHECK(button->label.starts_with("Nguyễn Linh"));
  REQUIRE(ui.Tap("##voter-" + linh->id));
  CHECK(ui.app().conversation()->language() == "vi");
  const std::string intro = ui.app().conversation()->Text(*ui.app().conversation()->Current());
  CHECK_MESSAGE(intro.find("Linh") != std::string::npos, intro);
  // Through the script (the first answer each time) and saved: the notice
  // names her as the door does.
  for (int i = 0; i < 20 && !ui.app().conversation()->AtEnd(); ++i) {
    std::string target = "##step-next";
    for (const WidgetRect& w : ui.app().widgets().widgets())
      if (w.id.find("##opt-") != std::string::npos || w.id.ends_with("##yes")) target = w.id.substr(w.id.find("##"));
    REQUIRE(ui.Tap(target));
  }
  REQUIRE(ui.Tap("##save"));
  CHECK_MESSAGE(ui.app().notice().ends_with(" · Nguyễn Linh"), ui.app().notice());
}

TEST_CASE("a canvasser who heard Russian or Arabic finds the language by its own name, and Other is translated") {
  UiHarness ui;
  REQUIRE(ui.Tap("한국어"));
  OpenSample(ui);
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("##result-language_barrier"));
  CHECK(ui.Find("##heard-ru")->label == "Русский");
  CHECK(ui.Find("##heard-so")->label == "Soomaali");
  CHECK(ui.Find("##heard-other")->label == "기타");
  CHECK(ui.Find("##heard-ar")->label == "\uFE94\uFEF4\uFE91\uFEAE\uFECC\uFEDF\uFE8D");  // العربية, shaped
  // Their letters are in the font, not "?".
  for (const char* id : {"##heard-ru", "##heard-ar"}) {
    const std::string& label = ui.Find(id)->label;
    const char* p = label.data();
    while (p < label.data() + label.size()) {
      unsigned int c = 0;
      p += ImTextCharFromUtf8(&c, p, label.data() + label.size());
      CHECK_MESSAGE(ui.app().theme().bold->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr, id, " U+", std::hex, c);
    }
  }
}

TEST_CASE("the sample turf is named in the interface language; its conversation names the organization in the language spoken") {
  for (const std::string lang : {"en", "es", "zh", "vi", "ko", "tl"}) {
    INFO(lang);
    UiHarness ui;
    ui.app().SetInterfaceLanguage(lang);
    ui.Frame(2);
    const std::string name(Tr(UiText::kSampleTurfName, lang));
    const std::string organization(Tr(UiText::kSampleOrganization, lang));
    auto drawn = [&](const std::string& text) {
      const auto& texts = ui.app().widgets().texts();
      return std::find(texts.begin(), texts.end(), text) != texts.end();
    };
    CHECK(drawn(name));  // the start screen's preview
    REQUIRE(ui.Tap("##sample"));
    REQUIRE(ui.Tap("##pin"));
    ui.Type("482915");
    REQUIRE(ui.Tap("##again"));
    ui.Type("482915");
    REQUIRE(ui.Tap("##create"));
    REQUIRE(ui.app().screen() == Screen::kWelcome);
    CHECK(drawn(name));
    CHECK(drawn(std::string(Tr(UiText::kOrganization, lang)) + std::string(LabelColon(lang)) + organization));
    REQUIRE(ui.Tap("##name"));
    ui.Type("Lupe Ortiz");
    REQUIRE(ui.Tap("##continue"));
    CHECK(drawn(name));  // the overview's title
    CHECK(drawn("Lupe Ortiz · " + organization));
    // At the door, the script introduces the canvasser with the organization
    // named in the language being spoken, whichever it is.
    REQUIRE(ui.Tap("##next-door"));
    const Household* h = ui.app().CurrentHousehold();
    REQUIRE(h != nullptr);
    REQUIRE(ui.Tap("##voter-" + h->voters[0].id));
    REQUIRE(ui.Tap("##script-lang-" + lang));
    Conversation* talk = ui.app().conversation();
    REQUIRE(talk != nullptr);
    const Step* intro = talk->Current();
    REQUIRE(intro != nullptr);
    CHECK(talk->Text(*intro).find(organization) != std::string::npos);
    const std::string other = lang == "ko" ? "vi" : "ko";
    REQUIRE(ui.Tap("##script-lang-" + other));
    CHECK(talk->Text(*intro).find(std::string(Tr(UiText::kSampleOrganization, other))) != std::string::npos);
    CHECK(talk->Text(*intro).find("Sample organization") == std::string::npos);
  }
}

TEST_CASE("an apartment is numbered as each language writes it: Apt 1A, 房号 1A, 1A호") {
  const std::pair<const char*, const char*> expected[] = {
      {"en", "Apt 1A"}, {"es", "Apto 1A"}, {"zh", "房号 1A"}, {"vi", "Căn 1A"}, {"ko", "1A호"}, {"tl", "Unit 1A"}};
  for (const auto& row : expected) {
    const char* lang = row.first;  // not a structured binding: clang 14's INFO cannot capture one
    const char* unit = row.second;
    INFO(lang);
    UiHarness ui;
    ui.app().SetInterfaceLanguage(lang);
    OpenSample(ui);
    REQUIRE(ui.Tap("##walk-list"));
    REQUIRE(ui.Tap("##f-all"));
    // The apartment building is a row of its own: opened, it lists its doors.
    std::string building;
    for (int i = 0; i < 20 && building.empty(); ++i) {
      for (const WidgetRect& w : ui.app().widgets().widgets())
        if (w.id.find("##building-") != std::string::npos && w.y > 0 && w.y + w.h < 800)
          building = w.id.substr(w.id.find("##"));
      if (building.empty()) ui.Drag(195, 700, -200);
    }
    REQUIRE_FALSE(building.empty());
    REQUIRE(ui.Tap(building));
    ui.Frame(2);
    const auto& texts = ui.app().widgets().texts();
    const bool shown = std::find(texts.begin(), texts.end(), std::string(unit)) != texts.end();
    std::string all;
    for (const std::string& t : ui.app().widgets().texts()) all += t + " | ";
    CHECK_MESSAGE(shown, all);
  }
}
