// A whole canvass through the real screens, with no window: open the sample
// turf, choose a PIN, knock doors, talk through both branches of the script,
// switch language, type a note, export, reload, unlock, and find it all there.
#include <doctest/doctest.h>

#include <algorithm>

#include "export/json_lines.h"
#include "export/result_files.h"
#include "i18n/ui_text.h"
#include "ui/headless/platform_headless.h"
#include "imgui_internal.h"
#include "ui/headless/ui_harness.h"
#include "sample_turf_steps.h"

using namespace puerta;
using puerta::test::OpenSampleWithPin;
using puerta::test::UiHarness;

TEST_CASE("the sample turf asks for a PIN, refuses two different ones, then opens") {
  UiHarness ui;
  REQUIRE(ui.Tap("Practice with the sample turf"));
  REQUIRE(ui.Tap("PIN"));
  ui.Type("1111");
  REQUIRE(ui.Tap("Enter it again"));
  ui.Type("2222");
  REQUIRE(ui.Tap("Continue"));
  CHECK(ui.app().screen() == Screen::kCreatePin);
  CHECK(ui.app().pin_error() == "The two PINs are different. Try again.");
}

TEST_CASE("a full canvass through the screens, then a reload that resumes exactly") {
  auto store = std::make_unique<MemoryStore>();
  MemoryStore* raw = store.get();
  UiHarness ui(std::move(store));
  OpenSampleWithPin(ui);
  const std::size_t doors = ui.app().walk_list().households.size();
  REQUIRE(doors >= 20);

  // Door 1: nobody home.
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.app().screen() == Screen::kDoor);
  const std::string first_door = ui.app().CurrentHousehold()->id;
  REQUIRE(ui.Tap("Not home"));
  CHECK(ui.app().progress().done == 1);
  CHECK(ui.app().CurrentHousehold()->id != first_door);  // moved on to the next door

  // Door 2: a conversation, the "registered" branch, in the voter's language then English.
  const Household* h = ui.app().CurrentHousehold();
  REQUIRE(h != nullptr);
  REQUIRE(ui.Tap("##voter-" + h->voters[0].id));
  REQUIRE(ui.app().screen() == Screen::kConversation);
  REQUIRE(ui.Tap("EN"));  // language toggle, mid-conversation
  CHECK(ui.app().conversation()->language() == "en");
  REQUIRE(ui.Tap("Next"));            // intro
  REQUIRE(ui.Tap("##opt-yes"));      // registered: yes
  REQUIRE(ui.Tap("##yes"));          // pledge: yes
  REQUIRE(ui.Tap("##opt-early"));    // plan
  REQUIRE(ui.Tap("##no"));           // info in language
  REQUIRE(ui.Tap("Next"));            // thanks
  CHECK(ui.app().conversation()->AtEnd());
  REQUIRE(ui.Tap("Notes (optional)"));
  ui.Type("Wants a ride on election day");
  REQUIRE(ui.Tap("Save conversation"));
  CHECK(ui.app().conversation_saved());
  REQUIRE(ui.Tap("##next-door"));

  // Door 3: the other branch, and going back to change an answer that hides steps.
  h = ui.app().CurrentHousehold();
  REQUIRE(ui.Tap("##voter-" + h->voters[0].id));
  REQUIRE(ui.Tap("Next"));   
  REQUIRE(ui.Tap("##opt-no"));       // not registered: register_now shows
  REQUIRE(ui.Tap("##no"));           // does not want to register now: come_back shows
  CHECK(ui.app().conversation()->IsVisible("come_back"));
  REQUIRE(ui.Tap("##back"));
  REQUIRE(ui.Tap("##yes"));          // changed: come_back hides again
  CHECK_FALSE(ui.app().conversation()->IsVisible("come_back"));
  while (!ui.app().conversation()->AtEnd()) {
    if (ui.Find("##yes")) REQUIRE(ui.Tap("##yes"));
    else if (ui.Find("##opt-mail")) REQUIRE(ui.Tap("##opt-mail"));
    else REQUIRE(ui.Tap("##step-next"));
  }
  REQUIRE(ui.Tap("Save conversation"));
  REQUIRE(ui.Tap("##next-door"));

  // Door 4: come back later (asks when).
  REQUIRE(ui.Tap("Come back later"));
  REQUIRE(ui.Tap("This evening"));
  CHECK(ui.app().progress().follow_ups == 2);  // not home + come back

  // Export the spreadsheet: one row per attempt.
  ui.app().Back();
  ui.Frame(2);
  REQUIRE(ui.Tap("Send results"));
  headless::shared_files.clear();
  REQUIRE(ui.Tap("Spreadsheet (CSV)"));
  REQUIRE(headless::shared_files.size() == 1);
  // The sample turf has no organizer key: its spreadsheet file is plain CSV
  // (only the lossless file is signed, result_files.cpp).
  const std::string& csv = headless::shared_files[0].second;
  CHECK_FALSE(IsSignedFile(csv));
  CHECK(csv.starts_with("\xEF\xBB\xBF"));
  CHECK(csv.find("Wants a ride on election day") != std::string::npos);
  const auto rows = std::count(csv.begin(), csv.end(), '\n');
  const auto attempts = ui.app().session().attempts().AttemptCount();
  CHECK(static_cast<std::size_t>(rows) == attempts + 1);  // header + one per attempt

  // Nothing readable in storage: names, addresses and notes are sealed.
  for (const auto& [key, value] : raw->Raw()) {
    for (const char* secret : {"Esperanza", "Hernández", "Wants a ride", "Lupe Ortiz"}) CHECK(value.find(secret) == std::string::npos);
  }

  // Reload: locked; the PIN brings back every attempt and the same next door.
  const auto next_before = ui.app().progress().next_door;
  UiHarness again(std::make_unique<MemoryStore>(*raw));
  CHECK(again.app().screen() == Screen::kUnlock);
  REQUIRE(again.Tap("PIN"));
  again.Type("482915");
  REQUIRE(again.Tap("Unlock"));
  CHECK(again.app().screen() == Screen::kOverview);
  CHECK(again.app().session().attempts().AttemptCount() == attempts);
  CHECK(again.app().progress().next_door == next_before);
  CHECK(again.app().progress().done == ui.app().progress().done);
}

TEST_CASE("a wrong PIN is refused plainly and nothing is unlocked") {
  auto store = std::make_unique<MemoryStore>();
  MemoryStore* raw = store.get();
  UiHarness ui(std::move(store));
  OpenSampleWithPin(ui);
  UiHarness again(std::make_unique<MemoryStore>(*raw));
  REQUIRE(again.Tap("PIN"));
  again.Type("000000");
  REQUIRE(again.Tap("Unlock"));
  CHECK(again.app().screen() == Screen::kUnlock);
  CHECK(again.app().pin_error() == "Wrong PIN. Try again.");
}

TEST_CASE("a finger drag scrolls the walk list and does not open a door") {
  UiHarness ui;
  OpenSampleWithPin(ui);
  REQUIRE(ui.Tap("Walk list"));
  std::string door_id;
  float y_before = 0;
  for (const WidgetRect& w : ui.app().widgets().widgets())
    if (door_id.empty() && w.id.find("##door-") != std::string::npos) door_id = w.id, y_before = w.y;
  REQUIRE_FALSE(door_id.empty());
  ui.Drag(195, 600, -300);
  CHECK(ui.app().screen() == Screen::kWalkList);  // no tap fired
  ui.Frame(30);                                    // momentum settles
  const WidgetRect* after = ui.Find(door_id);
  CHECK((after == nullptr || after->y < y_before - 250));
}

TEST_CASE("every interface text and sample script character is in the font atlas when shown") {
  for (const char* lang : {"en", "es", "zh", "vi", "ko", "tl"}) {
    UiHarness ui;
    ui.app().SetInterfaceLanguage(lang);
    OpenSampleWithPin(ui);
    ui.Frame(2);
    ImFont* fonts[] = {ui.app().theme().body, ui.app().theme().bold};
    auto check_text = [&](std::string_view text) {
      const char* p = text.data();
      const char* end = p + text.size();
      while (p < end) {
        unsigned int c = 0;
        p += ImTextCharFromUtf8(&c, p, end);
        if (c < 0x20 || c == '%') continue;
        for (ImFont* f : fonts) CHECK_MESSAGE(f->FindGlyphNoFallback(static_cast<ImWchar>(c)) != nullptr, lang, " U+", std::hex, c);
      }
    };
    for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t) check_text(Tr(static_cast<UiText>(t), lang));
    for (const Script& s : ui.app().session().turf()->scripts)
      for (const Step& step : s.steps) check_text(step.text.at(lang));
  }
}

TEST_CASE("an encrypted turf locks itself after five minutes without a touch") {
  UiHarness ui;
  OpenSampleWithPin(ui);
  ui.app().NoteInput(1000.0);
  CHECK_FALSE(ui.app().CheckInactivity(1000.0 + App::kLockAfterSeconds - 1));
  CHECK(ui.app().screen() == Screen::kOverview);
  CHECK(ui.app().CheckInactivity(1000.0 + App::kLockAfterSeconds + 1));
  ui.Frame(2);
  CHECK(ui.app().screen() == Screen::kUnlock);
  CHECK(ui.app().session().turf() == nullptr);  // nothing decrypted stays in memory
  REQUIRE(ui.Tap("##pin"));
  ui.Type("482915");
  REQUIRE(ui.Tap("##unlock"));
  CHECK(ui.app().screen() == Screen::kOverview);
}

TEST_CASE("a turf with two scripts lets the canvasser pick one at the door") {
  UiHarness ui;
  OpenSampleWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("##script-issue-id-know-your-rights"));
  const Household* h = ui.app().CurrentHousehold();
  REQUIRE(ui.Tap("##voter-" + h->voters[0].id));
  REQUIRE(ui.app().conversation() != nullptr);
  CHECK(ui.app().conversation()->script().id == "issue-id-know-your-rights");
  REQUIRE(ui.Tap("##step-next"));  // intro
  CHECK(ui.app().conversation()->Current()->id == "know_your_rights");
}
