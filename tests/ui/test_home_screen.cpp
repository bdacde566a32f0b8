// The first screen, driven by taps as a canvasser would.
#include <doctest/doctest.h>

#include "imgui.h"
#include "storage/app_state_store.h"
#include "ui_harness.h"

using namespace puerta;
using puerta::test::UiHarness;

TEST_CASE("home shows the turf and a Start button big enough for a thumb") {
  UiHarness ui;
  CHECK(ui.app().walk_list().households.size() == 26);
  CHECK(ui.app().banner().empty());
  const WidgetRect* start = ui.Find("Start");
  REQUIRE(start != nullptr);
  CHECK(start->h >= 48);
  CHECK(start->w >= 300);
  for (const char* lang : {"EN", "ES", "中文", "VI", "한국어", "TL"}) {
    const WidgetRect* pill = ui.Find(lang);
    REQUIRE_MESSAGE(pill != nullptr, lang);
    CHECK(pill->h >= 48);
    CHECK(pill->x >= 0);
    CHECK(pill->x + pill->w <= 390);
  }
}

TEST_CASE("tapping Start saves to storage, opens the walk list, and the state comes back") {
  auto store = std::make_unique<MemoryStore>();
  MemoryStore* raw = store.get();
  UiHarness ui(std::move(store));
  REQUIRE(ui.Tap("Start"));
  CHECK(ui.app().screen() == Screen::kWalkList);
  AppState saved;
  REQUIRE(LoadAppState(*raw, saved).ok());
  CHECK(saved.times_started == 1);

  // A second app over the same storage is a reload.
  UiHarness again(std::make_unique<MemoryStore>(*raw));
  CHECK(again.app().state().times_started == 1);
  CHECK(again.Find("Continue") != nullptr);
  CHECK(again.Find("Start") == nullptr);
}

TEST_CASE("choosing Español changes the interface and is remembered") {
  UiHarness ui;
  REQUIRE(ui.Tap("ES"));
  CHECK(ui.app().state().interface_language == "es");
  CHECK(ui.Find("Empezar") != nullptr);
}

TEST_CASE("the Back button returns from the walk list") {
  UiHarness ui;
  REQUIRE(ui.Tap("Start"));
  REQUIRE(ui.Tap("< Back"));
  CHECK(ui.app().screen() == Screen::kHome);
}

TEST_CASE("a tap that lifts leaves nothing hovered") {
  UiHarness ui;
  REQUIRE(ui.Tap("ES"));
  ui.Frame(2);
  CHECK_FALSE(ImGui::IsAnyItemHovered());
}
