// A call list (puerta package --channel phone) on the phone: one number per
// screen with a Call button that hands a tel: link to the dialer, the phone
// result codes, a conversation in the voter's language, Skip, and every
// attempt recorded as a call, persisted before the screen says saved.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "sample_turf_steps.h"
#include "turf/call_list.h"
#include "turf/turf_package.h"
#include "ui/headless/platform_headless.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;
using puerta::test::UiHarness;

namespace {

Voter Person(const char* id, const char* first, const char* last, const char* language, const char* phone) {
  Voter v;
  v.id = id;
  v.first_name = first;
  v.last_name = last;
  v.preferred_language = language;
  v.phone = phone;
  return v;
}

// The doorstep test turf's script (intro, a typed answer, a required yes/no,
// thanks; English and Spanish) over a call list made the way `puerta package
// --channel phone` makes it: the Hernández family shares one landline.
std::string CallListTurf() {
  TurfPackage p;
  REQUIRE(ParseTurfPackage(puerta::test::TestTurf("two-voters.turf"), p).ok());
  WalkList doors;
  for (const auto& people : std::vector<std::vector<Voter>>{
           {Person("CL-1", "María", "Hernández", "es", "(408) 555-0101"),
            Person("CL-2", "José", "Hernández", "es", "408.555.0101")},
           {Person("CL-3", "Thảo", "Nguyễn", "vi", "+1 408 555 0102")},
           {Person("CL-4", "Min-jun", "Kim", "ko", "408-555-0103")},
           {Person("CL-5", "Wei", "Chen", "zh", "408-555-0104")}}) {
    Household h;
    h.id = "h" + std::to_string(doors.households.size());
    h.address.display = std::to_string(100 + doors.households.size()) + " Esperanza St";
    h.voters = people;
    doors.buildings.push_back({"b" + h.id, h.address.display, std::nullopt,
                               {static_cast<std::uint32_t>(doors.households.size())}});
    doors.households.push_back(h);
  }
  CallListReport report;
  p.walk_list = BuildCallList(doors, Channel::kPhone, "US", report);
  REQUIRE(report.numbers == 4);
  p.channel = Channel::kPhone;
  p.turf_id = "test-calls";
  return WriteTurfPackage(p);
}

void OpenCallList(UiHarness& ui) {
  ui.app().OpenTurfBytes(CallListTurf(), "test");
  puerta::test::ChoosePinAndName(ui);
}

// Talks with the person on the line: the doorstep script, saved.
void Converse(UiHarness& ui, const std::string& voter_id, const std::string& reach) {
  REQUIRE(ui.Tap("##voter-" + voter_id));
  REQUIRE(ui.app().screen() == Screen::kConversation);
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##answer-callback"));
  ui.Type(reach);
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##yes"));
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##save"));
  REQUIRE(ui.app().conversation_saved());
}

std::string ScreenshotFolder() {
  const char* dir = std::getenv("PUERTA_SCREENSHOTS");
  return dir ? dir : "";
}

}  // namespace

TEST_CASE("call list: Call dials the number, a conversation in the voter's language, results, Skip and a correction, all recorded as calls") {
  // A tall phone: the last calls are below the results, and taps reach only what shows.
  UiHarness ui(std::make_unique<MemoryStore>(), 390, 1800);
  OpenCallList(ui);
  REQUIRE(ui.Find("##next-door") != nullptr);
  CHECK(ui.Find("##next-door")->label == "Next call: +14085550101");
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.app().screen() == Screen::kDoor);
  // One number, its two people, the Call button.
  REQUIRE(ui.Find("##call") != nullptr);
  CHECK(ui.Find("##call")->label == "Call +14085550101");
  CHECK(ui.Shows("##voter-CL-1"));
  CHECK(ui.Shows("##voter-CL-2"));
  headless::dialer_links.clear();
  REQUIRE(ui.Tap("##call"));
  CHECK(headless::dialer_links == std::vector<std::string>{"tel:+14085550101"});
  // The phone's result codes, and none that only a door has.
  for (const char* key : {"no_answer", "busy", "left_message", "wrong_number", "disconnected", "call_back",
                          "do_not_call", "refused", "moved", "deceased", "language_barrier"})
    CHECK_MESSAGE(ui.Shows(std::string("##result-") + key), key);
  for (const char* key : {"not_home", "come_back", "inaccessible", "left_literature"})
    CHECK_MESSAGE(!ui.Shows(std::string("##result-") + key), key);
  if (const std::string dir = ScreenshotFolder(); !dir.empty()) CHECK(ui.Screenshot(dir + "/en-call.png"));

  // María answers: the script in Spanish; then José is "not reached" → No answer for him alone.
  REQUIRE(ui.Tap("##voter-CL-1"));
  REQUIRE(ui.app().conversation() != nullptr);
  CHECK(ui.app().conversation()->language() == "es");
  REQUIRE(ui.Tap("##back"));  // Back at the first question leaves without asking (nothing typed)
  REQUIRE(ui.app().screen() == Screen::kDoor);
  Converse(ui, "CL-1", "después de las 6");
  REQUIRE(ui.Tap("##someone-else"));
  REQUIRE(ui.app().screen() == Screen::kDoor);
  CHECK(ui.Shows("##voter-CL-2"));
  headless::now_unix += 90;  // a call takes a while: each result is recorded later than the one before
  REQUIRE(ui.Tap("##result-busy"));
  // Saved, and the next number opened at once.
  CHECK(ui.app().notice().find("Saved") != std::string::npos);
  REQUIRE(ui.app().screen() == Screen::kDoor);
  CHECK(ui.Find("##call")->label == "Call +14085550102");

  // Thảo: Call back asks when (in the call's words), then records.
  headless::now_unix += 90;  // a call takes a while: each result is recorded later than the one before
  REQUIRE(ui.Tap("##result-call_back"));
  CHECK(ui.app().widgets().texts().end() != std::find(ui.app().widgets().texts().begin(),
                                                       ui.app().widgets().texts().end(),
                                                       "When should someone call back?"));
  REQUIRE(ui.Tap("##tomorrow"));
  CHECK(ui.Find("##call")->label == "Call +14085550103");

  // Min-jun: skipped (nothing recorded); Wei Chen's number is next.
  REQUIRE(ui.Tap("##skip-number"));
  REQUIRE(ui.app().screen() == Screen::kDoor);
  CHECK(ui.Find("##call")->label == "Call +14085550104");
  headless::now_unix += 90;  // a call takes a while: each result is recorded later than the one before
  REQUIRE(ui.Tap("##result-language_barrier"));
  REQUIRE(ui.Tap("##heard-zh"));

  // The last three results can be corrected: Wei's language barrier was
  // really a wrong number. A new version of the same attempt, nothing lost.
  REQUIRE(ui.Tap("##skip-number"));  // back to the list's end: no number left after Min-jun's
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.app().CorrectableCalls().size() == 3);
  CHECK(ui.app().CorrectableCalls()[0].voter_id == "CL-5");
  CHECK(ui.app().CorrectableCalls()[2].voter_id == "CL-2");
  const std::string wei = ui.app().CorrectableCalls()[0].attempt_id;
  REQUIRE(ui.Tap("##last-call-" + wei));
  REQUIRE(ui.Tap("##correct-wrong_number"));
  CHECK(ui.app().notice().find("Wei Chen") != std::string::npos);
  CHECK(ui.app().CorrectableCalls()[0].result == ResultCode::kWrongNumber);
  CHECK(ui.app().CorrectableCalls()[0].version == 2);

  // What the export holds: every attempt a call, each for the right voter.
  std::map<std::string, ContactAttempt> by_voter;
  for (const ContactAttempt& a : puerta::test::ExportedAttempts(ui)) {
    CHECK(a.channel == Channel::kPhone);
    by_voter[a.voter_id] = a;
  }
  REQUIRE(by_voter.size() == 4);
  CHECK(by_voter["CL-1"].result == ResultCode::kCanvassed);
  CHECK(by_voter["CL-1"].language == "es");
  CHECK(by_voter["CL-1"].answers.at("callback") == std::vector<std::string>{"después de las 6"});
  CHECK(by_voter["CL-2"].result == ResultCode::kBusy);
  CHECK(by_voter["CL-3"].result == ResultCode::kCallBack);
  CHECK(by_voter["CL-3"].follow_up.due_unix > 0);
  CHECK(by_voter["CL-5"].result == ResultCode::kWrongNumber);  // as corrected
  CHECK(by_voter["CL-5"].follow_up.language.empty());
  CHECK(by_voter.count("CL-4") == 0);  // skipped: still to call
  CHECK(by_voter["CL-1"].household_id == "tel-14085550101");
  // The skipped number is what is left: the overview offers it next.
  REQUIRE(ui.app().progress().next_door.has_value());
  CHECK(ui.app().walk_list().households[*ui.app().progress().next_door].voters.front().id == "CL-4");

  // Min-jun: no answer. Every number tried; "Call again" waits for the
  // cooldown (the default two hours), then offers Min-jun's number; Thảo's
  // Call back comes back when due (tomorrow). The Hernández number had a
  // conversation and Wei's a wrong number: neither comes back.
  ui.Frame(2);  // the export was shared without a tap: its notice now shows, and the buttons moved down
  REQUIRE(ui.Find("##call") != nullptr);
  CHECK(ui.Find("##call")->label == "Call +14085550103");
  REQUIRE(ui.Tap("##result-no_answer"));
  REQUIRE(ui.app().screen() == Screen::kOverview);
  CHECK_FALSE(ui.Shows("##call-again"));
  CHECK(ui.app().ReadyToCallAgain().empty());
  headless::now_unix += 2 * 3600;
  ui.Frame(2);
  REQUIRE(ui.Find("##call-again") != nullptr);
  CHECK(ui.Find("##call-again")->label == "Call again: 1 number ready");
  REQUIRE(ui.Tap("##call-again"));
  CHECK(ui.Find("##call")->label == "Call +14085550103");
  REQUIRE(ui.Tap("##back"));
  headless::now_unix += 2 * 86400;  // Thảo's Call back is due
  ui.Frame(2);
  CHECK(ui.Find("##call-again")->label == "Call again: 2 numbers ready");
  REQUIRE(ui.Tap("##call-again"));
  CHECK(ui.Find("##call")->label == "Call +14085550102");  // in list order
}

TEST_CASE("call list: the call screen in Chinese and in Korean draws no English words") {
  for (const char* lang : {"zh", "ko"}) {
    CAPTURE(lang);
    UiHarness ui(std::make_unique<MemoryStore>(), 390, 1800);  // tall: the last calls show below the results
    ui.app().SetInterfaceLanguage(lang);
    OpenCallList(ui);
    REQUIRE(ui.Tap("##next-door"));
    REQUIRE(ui.Shows("##call"));
    const std::string data = "María Hernández José Min-jun Kim Thảo Nguyễn Wei Chen ES VI KO ZH";
    std::set<std::string> english;
    auto look = [&](const char* where) {
      std::vector<std::string> drawn = ui.app().widgets().texts();
      for (const WidgetRect& w : ui.app().widgets().widgets()) drawn.push_back(w.label);
      for (const std::string& text : drawn) {
        std::string word;
        for (char c : text + " ") {
          if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
            word += c;
            continue;
          }
          if (word.size() >= 2 && data.find(word) == std::string::npos) english.insert(word + " (" + where + ": " + text + ")");
          word.clear();
        }
      }
    };
    look("call");
    if (const std::string dir = ScreenshotFolder(); !dir.empty()) CHECK(ui.Screenshot(dir + "/" + lang + "-call.png"));
    REQUIRE(ui.Tap("##result-call_back"));
    look("call back: when");
    REQUIRE(ui.Tap("##cancel"));
    REQUIRE(ui.Tap("##voter-CL-1"));
    REQUIRE(ui.Tap("##back"));
    REQUIRE(ui.Tap("##result-no_answer"));
    look("next number");
    REQUIRE(ui.Tap("##last-call-" + ui.app().CorrectableCalls().at(0).attempt_id));
    look("correct a call");
    if (const std::string dir = ScreenshotFolder(); !dir.empty())
      CHECK(ui.Screenshot(dir + "/" + lang + "-call-correct.png"));
    REQUIRE(ui.Tap("##cancel-correction"));
    look("last calls");
    if (const std::string dir = ScreenshotFolder(); !dir.empty())
      CHECK(ui.Screenshot(dir + "/" + lang + "-call-last-calls.png"));
    std::string all;
    for (const std::string& e : english) all += e + "\n";
    CHECK_MESSAGE(english.empty(), all);
  }
}

TEST_CASE("a text list is not shown as doors: the phone says to update, and nothing changes") {
  UiHarness ui;
  TurfPackage p;
  REQUIRE(ParseTurfPackage(CallListTurf(), p).ok());
  p.channel = Channel::kText;
  ui.app().OpenTurfBytes(WriteTurfPackage(p), "test");
  ui.Frame(2);
  CHECK(ui.app().screen() == Screen::kStart);
  CHECK(ui.app().banner() == Tr(UiText::kTurfNewerFormat, "en"));
  CHECK(ui.app().session().turf() == nullptr);
}
