// Steps several screen tests share: the sample turf opened the way a
// canvasser opens it (PIN chosen, name typed), ready at the overview.
#pragma once

#include <doctest/doctest.h>

#include "ui/headless/ui_harness.h"

namespace puerta::test {

// By widget id, so it works in every interface language.
inline void OpenSampleWithPin(UiHarness& ui) {
  REQUIRE(ui.Tap("##sample"));
  REQUIRE(ui.app().screen() == Screen::kCreatePin);
  REQUIRE(ui.Tap("##pin"));
  ui.Type("482915");
  REQUIRE(ui.Tap("##again"));
  ui.Type("482915");
  REQUIRE(ui.Tap("##create"));
  INFO("PIN error: " << ui.app().pin_error() << " banner: " << ui.app().banner());
  REQUIRE(ui.app().screen() == Screen::kWelcome);
  REQUIRE(ui.Tap("##name"));
  ui.Type("Lupe Ortiz");
  REQUIRE(ui.Tap("##continue"));
  REQUIRE(ui.app().screen() == Screen::kOverview);
  CHECK(ui.app().session().canvasser() == "Lupe Ortiz");
}

}  // namespace puerta::test
