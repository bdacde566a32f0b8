// The first screen, driven by taps as a canvasser would.
#include <doctest/doctest.h>

#include "imgui.h"
#include "app/app_state_store.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;
using puerta::test::UiHarness;

TEST_CASE("a fresh phone shows what to do, with thumb-sized targets that fit the screen") {
  UiHarness ui;
  CHECK(ui.app().screen() == Screen::kStart);
  CHECK(ui.app().banner().empty());
  const WidgetRect* sample = ui.Find("Practice with the sample turf");
  REQUIRE(sample != nullptr);
  CHECK(sample->h >= 48);
  CHECK(sample->w >= 300);
  for (const char* lang : {"EN", "ES", "中文", "VI", "한국어", "TL"}) {
    const WidgetRect* pill = ui.Find(lang);
    REQUIRE_MESSAGE(pill != nullptr, lang);
    CHECK_MESSAGE(pill->h == doctest::Approx(48), lang, ": one line, not wrapped");
    CHECK(pill->x >= 0);
    CHECK(pill->x + pill->w <= 390);
  }
  for (const WidgetRect& w : ui.app().widgets().widgets()) CHECK_MESSAGE(w.h >= 48, w.id);
}

TEST_CASE("choosing Español changes the interface, and a reload remembers it") {
  auto store = std::make_unique<MemoryStore>();
  MemoryStore* raw = store.get();
  UiHarness ui(std::move(store));
  REQUIRE(ui.Tap("ES"));
  CHECK(ui.app().state().interface_language == "es");
  CHECK(ui.Shows("Practicar con la zona de ejemplo"));
  AppState saved;
  REQUIRE(LoadAppState(*raw, saved).ok());
  CHECK(saved.interface_language == "es");
  UiHarness again(std::make_unique<MemoryStore>(*raw));
  CHECK(again.Shows("Practicar con la zona de ejemplo"));
}

TEST_CASE("a tap that lifts leaves nothing hovered") {
  UiHarness ui;
  REQUIRE(ui.Tap("VI"));
  ui.Frame(2);
  CHECK_FALSE(ImGui::IsAnyItemHovered());
}

TEST_CASE("a canvasser's name left in the unsealed preferences by format 1 is removed at start-up") {
  auto store = std::make_unique<MemoryStore>();
  AppState old;
  old.canvasser_name = "Trainer Demo";
  old.interface_language = "es";
  REQUIRE(SaveAppState(*store, old).ok());
  MemoryStore* raw = store.get();
  UiHarness ui(std::move(store));
  AppState now;
  REQUIRE(LoadAppState(*raw, now).ok());
  CHECK(now.canvasser_name.empty());
  CHECK(now.interface_language == "es");  // the preferences themselves stay
}
