// The doorstep is right every time: what is typed for one voter is recorded
// for that voter only, a door result never overwrites someone just talked
// with, a half-asked question never follows the canvasser to another door,
// and a conversation in progress survives Back, a reload and a lock.
// Each case here failed before CanvassFlow owned the doorstep.
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <sstream>

#include "export/json_lines.h"
#include "export/result_files.h"
#include "ui/headless/platform_headless.h"
#include "sample_turf_steps.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;
using puerta::test::UiHarness;

namespace {

constexpr const char* kPin = "482915";

// tests/data/turfs/two-voters.turf: door 1 is Rosa (es) and Beto Quintero,
// door 2 is Lin Chen; one script: intro, a typed "how can we reach you?",
// a required yes/no, thanks.
std::string TwoVotersTurf() { return puerta::test::TestTurf("two-voters.turf"); }

void OpenWithPin(UiHarness& ui) {
  ui.app().OpenTurfBytes(TwoVotersTurf(), "test");
  puerta::test::ChoosePinAndName(ui);
}

void Unlock(UiHarness& ui) {
  REQUIRE(ui.app().screen() == Screen::kUnlock);
  REQUIRE(ui.Tap("##pin"));
  ui.Type(kPin);
  REQUIRE(ui.Tap("##unlock"));
}

// Talks with one person at the open door: types `reach` into the text step,
// answers the yes/no, writes `note`, saves.
void Converse(UiHarness& ui, const std::string& voter_id, const std::string& reach, const std::string& note) {
  REQUIRE(ui.Tap("##voter-" + voter_id));
  REQUIRE(ui.app().screen() == Screen::kConversation);
  REQUIRE(ui.Tap("##step-next"));  // intro
  REQUIRE(ui.Tap("##answer-callback"));
  ui.Type(reach);
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##yes"));
  REQUIRE(ui.Tap("##step-next"));  // thanks
  REQUIRE(ui.Tap("##notes"));
  ui.Type(note);
  REQUIRE(ui.Tap("##save"));
  REQUIRE(ui.app().conversation_saved());
}

// The lossless export, read back: voter id → that voter's latest attempts.
std::multimap<std::string, ContactAttempt> ExportedByVoter(UiHarness& ui) {
  std::multimap<std::string, ContactAttempt> by_voter;
  for (ContactAttempt& a : puerta::test::ExportedAttempts(ui)) by_voter.emplace(a.voter_id, std::move(a));
  return by_voter;
}

}  // namespace

TEST_CASE("two voters at one door: each one's typed answer and note is recorded for that voter only") {
  UiHarness ui;
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  Converse(ui, "V-ROSA", "call Rosa at 555-0100", "Rosa: needs a ride");
  REQUIRE(ui.Tap("##someone-else"));
  REQUIRE(ui.app().screen() == Screen::kDoor);
  // Beto's conversation starts empty: nothing of Rosa's is waiting in his field.
  REQUIRE(ui.Tap("##voter-V-BETO"));
  REQUIRE(ui.Tap("##step-next"));
  CHECK(ui.app().flow().Typed("callback").empty());
  REQUIRE(ui.Tap("##back"));
  REQUIRE(ui.Tap("##someone-else") == false);  // not at the end: no such button
  ui.app().Back();  // at the first question with nothing given: leaves at once
  ui.Frame();
  REQUIRE(ui.app().screen() == Screen::kDoor);
  Converse(ui, "V-BETO", "beto@example.org", "Beto: works nights");

  const auto exported = ExportedByVoter(ui);
  REQUIRE(exported.count("V-ROSA") == 1);
  REQUIRE(exported.count("V-BETO") == 1);
  const ContactAttempt& rosa = exported.find("V-ROSA")->second;
  const ContactAttempt& beto = exported.find("V-BETO")->second;
  CHECK(rosa.answers.at("callback") == std::vector<std::string>{"call Rosa at 555-0100"});
  CHECK(rosa.notes == "Rosa: needs a ride");
  CHECK(rosa.language == "es");
  CHECK(beto.answers.at("callback") == std::vector<std::string>{"beto@example.org"});
  CHECK(beto.notes == "Beto: works nights");
  CHECK(beto.language == "en");
}

TEST_CASE("a door result after a conversation applies only to the people not talked with") {
  UiHarness ui;
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  const std::string door = ui.app().CurrentHousehold()->id;
  Converse(ui, "V-ROSA", "", "");
  REQUIRE(ui.Tap("##someone-else"));
  CHECK(ui.app().flow().TalkedWith(0));
  CHECK(ui.Shows("Rosa Quintero  ·  ES  ·  talked with"));
  REQUIRE(ui.Tap("##result-not_home"));

  const auto exported = ExportedByVoter(ui);
  REQUIRE(exported.count("V-ROSA") == 1);  // still her conversation, and only that
  CHECK(exported.find("V-ROSA")->second.result == ResultCode::kCanvassed);
  REQUIRE(exported.count("V-BETO") == 1);
  CHECK(exported.find("V-BETO")->second.result == ResultCode::kNotHome);
  // The door counts as a conversation, not as Not home.
  const auto& status = ui.app().progress().doors[0];
  CHECK(ui.app().walk_list().households[0].id == door);
  CHECK(status.state == DoorState::kDone);
  CHECK(status.conversations == 1);
}

TEST_CASE("once everyone at a door was talked with, no door result can be recorded there") {
  UiHarness ui;
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  Converse(ui, "V-ROSA", "", "");
  REQUIRE(ui.Tap("##someone-else"));
  Converse(ui, "V-BETO", "", "");
  REQUIRE(ui.Tap("##someone-else"));
  CHECK_FALSE(ui.Shows("##result-not_home"));
  CHECK(ui.app().flow().PeopleNotReached().empty());
  REQUIRE(ui.Tap("##next-door"));  // the only way on from here
  CHECK(ui.app().CurrentHousehold()->voters[0].id == "V-LIN");
}

TEST_CASE("Come back later, then Back, then another door: nothing is half-asked there") {
  UiHarness ui;
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("##result-come_back"));
  CHECK(ui.Shows("##evening"));
  ui.app().Back();  // the header's or the phone's Back: back to the door's results
  ui.Frame();
  CHECK(ui.app().screen() == Screen::kDoor);
  CHECK_FALSE(ui.Shows("##evening"));
  ui.app().Back();
  ui.Frame();
  REQUIRE(ui.app().screen() == Screen::kOverview);
  REQUIRE(ui.Tap("Walk list"));
  const std::string second = ui.app().walk_list().households[1].id;
  REQUIRE(ui.Tap("##door-" + second));
  CHECK(ui.app().screen() == Screen::kDoor);
  CHECK(ui.Shows("##result-come_back"));
  CHECK_FALSE(ui.Shows("##evening"));
  CHECK(ui.app().session().attempts().AttemptCount() == 0);
}

TEST_CASE("Back in a conversation goes one question back; at the first, answers are not dropped without asking") {
  UiHarness ui;
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("##voter-V-ROSA"));
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##answer-callback"));
  ui.Type("555-0100");
  REQUIRE(ui.Tap("##step-next"));
  CHECK(ui.app().conversation()->Current()->id == "support");
  const int depth = ui.app().depth();
  ui.app().OnBrowserBack();  // the phone's back gesture
  ui.Frame();
  CHECK(ui.app().screen() == Screen::kConversation);
  CHECK(ui.app().depth() == depth);
  CHECK(ui.app().conversation()->Current()->id == "callback");
  CHECK(ui.app().flow().Typed("callback") == "555-0100");
  ui.app().Back();  // the header's Back
  ui.Frame();
  CHECK(ui.app().conversation()->Current()->id == "intro");
  ui.app().Back();  // at the first question, with an answer given: asks
  ui.Frame();
  CHECK(ui.app().screen() == Screen::kConversation);
  REQUIRE(ui.Tap("##keep-going"));
  CHECK(ui.app().flow().Typed("callback") == "555-0100");
  ui.app().Back();
  ui.Frame();
  REQUIRE(ui.Tap("##leave-conversation"));
  CHECK(ui.app().screen() == Screen::kDoor);
  CHECK(ui.app().conversation() == nullptr);
  CHECK(ui.app().session().attempts().AttemptCount() == 0);
}

TEST_CASE("a conversation in progress survives a reload: answers, typed text and notes come back") {
  auto store = std::make_unique<MemoryStore>();
  MemoryStore* raw = store.get();
  UiHarness ui(std::move(store));
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("##voter-V-ROSA"));
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##answer-callback"));
  ui.Type("call Rosa at 555-0100");
  ui.Frame();
  // The draft is in storage, sealed: nothing typed is readable there.
  for (const auto& [key, value] : raw->Raw()) CHECK(value.find("555-0100") == std::string::npos);
  CHECK(raw->Raw().count("puerta.draft") == 1);

  UiHarness again(std::make_unique<MemoryStore>(*raw));  // the tab was killed
  Unlock(again);
  CHECK(again.app().screen() == Screen::kConversation);
  REQUIRE(again.app().CurrentVoter() != nullptr);
  CHECK(again.app().CurrentVoter()->id == "V-ROSA");
  CHECK(again.app().conversation()->Current()->id == "callback");
  CHECK(again.app().flow().Typed("callback") == "call Rosa at 555-0100");
  REQUIRE(again.Tap("##step-next"));
  REQUIRE(again.Tap("##yes"));
  REQUIRE(again.Tap("##step-next"));
  REQUIRE(again.Tap("##save"));
  const auto exported = ExportedByVoter(again);
  REQUIRE(exported.count("V-ROSA") == 1);
  CHECK(exported.find("V-ROSA")->second.answers.at("callback") == std::vector<std::string>{"call Rosa at 555-0100"});
}

TEST_CASE("the five-minute lock in mid-conversation keeps the conversation, and unlocking brings it back") {
  UiHarness ui;
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("##voter-V-BETO"));
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##answer-callback"));
  ui.Type("after 6pm");
  ui.Frame();
  ui.app().NoteInput(100.0);
  REQUIRE(ui.app().CheckInactivity(100.0 + App::kLockAfterSeconds + 1));
  ui.Frame();
  CHECK(ui.app().conversation() == nullptr);  // nothing decrypted in memory while locked
  Unlock(ui);
  CHECK(ui.app().screen() == Screen::kConversation);
  CHECK(ui.app().CurrentVoter()->id == "V-BETO");
  CHECK(ui.app().flow().Typed("callback") == "after 6pm");
}

TEST_CASE("a saved conversation leaves no draft behind, and wiping leaves none either") {
  auto store = std::make_unique<MemoryStore>();
  MemoryStore* raw = store.get();
  UiHarness ui(std::move(store));
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  Converse(ui, "V-ROSA", "x", "y");
  ui.Frame();
  CHECK(raw->Raw().count("puerta.draft") == 0);
  REQUIRE(ui.Tap("##voter-V-BETO") == false);  // still on the end screen
  REQUIRE(ui.Tap("##someone-else"));
  REQUIRE(ui.Tap("##voter-V-BETO"));
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##answer-callback"));
  ui.Type("z");
  ui.Frame();
  CHECK(raw->Raw().count("puerta.draft") == 1);
  ui.app().WipeDevice();
  ui.Frame();
  for (const auto& entry : raw->Raw()) CHECK_MESSAGE(entry.first.rfind("puerta.app_state", 0) == 0, entry.first);
  CHECK(ui.app().screen() == Screen::kStart);
}

TEST_CASE("the overview says so when results have waited three days to be sent") {
  const std::int64_t start = headless::now_unix;
  UiHarness ui;
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("##result-not_home"));
  ui.app().Back();
  ui.Frame();
  REQUIRE(ui.app().screen() == Screen::kOverview);
  CHECK(ui.app().DaysResultsUnsent() == 0);
  headless::now_unix = start + 3 * 86400 + 60;
  ui.Frame();
  CHECK(ui.app().DaysResultsUnsent() == 3);
  ui.app().Share("csv");
  ui.Frame();
  CHECK(ui.app().DaysResultsUnsent() == 0);
  // Sending is remembered in storage: a reload does not warn again.
  headless::now_unix = start + 4 * 86400;
  CHECK(ui.app().DaysResultsUnsent() == 0);
  headless::now_unix = start;
}

TEST_CASE("location: one reading per door when allowed, stamped on the attempt; only the map watches") {
  const int before = headless::location_readings;
  UiHarness ui;
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  CHECK(headless::location_readings == before + 1);
  CHECK_FALSE(headless::watching_location);
  ui.app().OnLocation({37.35, -121.88, 12.0, 0});
  REQUIRE(ui.Tap("##result-not_home"));
  const auto exported = ExportedByVoter(ui);
  REQUIRE(exported.count("V-ROSA") == 1);
  const ContactAttempt& a = exported.find("V-ROSA")->second;
  CHECK(a.has_location);
  CHECK(a.latitude == doctest::Approx(37.35));
  CHECK(a.location_accuracy_m == doctest::Approx(12.0));
  // The map follows the phone while it shows, and stops when left.
  ui.app().Back();
  ui.Frame();
  ui.app().Back();
  ui.Frame();
  REQUIRE(ui.Tap("Map"));
  REQUIRE(ui.Tap("##locate"));
  CHECK(headless::watching_location);
  ui.app().Back();
  ui.Frame();
  CHECK_FALSE(headless::watching_location);
}

TEST_CASE("the header's Back, tapped while the screen is drawing, never frees what the screen still draws from") {
  // The conversation screen drew its header Back, which ended the
  // conversation mid-frame, then read the freed conversation (the browser's
  // "memory access out of bounds"; ASan in scripts/sanitize.sh names it).
  UiHarness ui;
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  Converse(ui, "V-ROSA", "r", "n");
  REQUIRE(ui.Tap("##back"));  // saved: back to the door
  CHECK(ui.app().screen() == Screen::kDoor);
  REQUIRE(ui.Tap("##voter-V-BETO"));
  REQUIRE(ui.Tap("##back"));  // at the first question, nothing given: leaves at once
  CHECK(ui.app().screen() == Screen::kDoor);
  CHECK(ui.app().conversation() == nullptr);
  REQUIRE(ui.Tap("##back"));
  CHECK(ui.app().screen() == Screen::kOverview);
  REQUIRE(ui.Tap("##export"));
  REQUIRE(ui.Tap("##wipe"));
  REQUIRE(ui.Tap("##wipe-anyway"));  // the conversation never reached an organizer
  REQUIRE(ui.Tap("##yes-wipe"));  // the export screen drew from the turf the wipe drops
  CHECK(ui.app().screen() == Screen::kStart);
}

TEST_CASE("typed text and Backspace arrive in the order they were typed, even within one frame") {
  UiHarness ui;
  OpenWithPin(ui);
  REQUIRE(ui.Tap("##next-door"));
  REQUIRE(ui.Tap("##voter-V-ROSA"));
  REQUIRE(ui.Tap("##step-next"));
  REQUIRE(ui.Tap("##answer-callback"));
  // A fast phone keyboard: all of it before the next frame is drawn.
  ui.app().input().Text("Hola mundo");
  for (int i = 0; i < 5; ++i) ui.Key(ImGuiKey_Backspace);
  ui.app().input().Text("amigos");
  ui.Frame(30);
  CHECK(ui.app().flow().Typed("callback") == "Hola amigos");
}
