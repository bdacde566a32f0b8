// Steps several screen tests share: the sample turf opened the way a
// canvasser opens it (PIN chosen, name typed), ready at the overview; a test
// turf from tests/data/turfs; a PIN and a name chosen for a turf just opened.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "export/json_lines.h"
#include "export/result_files.h"
#include "ui/headless/platform_headless.h"
#include "ui/headless/ui_harness.h"

namespace puerta::test {

// On the PIN screen: 482915 typed twice, then Continue.
inline void ChoosePin(UiHarness& ui) {
  REQUIRE(ui.app().screen() == Screen::kCreatePin);
  REQUIRE(ui.Tap("##pin"));
  ui.Type("482915");
  REQUIRE(ui.Tap("##again"));
  ui.Type("482915");
  REQUIRE(ui.Tap("##create"));
}

// By widget id, so it works in every interface language.
inline void OpenSampleWithPin(UiHarness& ui) {
  REQUIRE(ui.Tap("##sample"));
  ChoosePin(ui);
  INFO("PIN error: " << ui.app().pin_error() << " banner: " << ui.app().banner());
  REQUIRE(ui.app().screen() == Screen::kWelcome);
  REQUIRE(ui.Tap("##name"));
  ui.Type("Lupe Ortiz");
  REQUIRE(ui.Tap("##continue"));
  REQUIRE(ui.app().screen() == Screen::kOverview);
  CHECK(ui.app().session().canvasser() == "Lupe Ortiz");
}

// tests/data/turfs/NAME, as a link would bring it.
inline std::string TestTurf(const char* name) {
  std::ifstream in(std::string(PUERTA_TEST_DATA) + "/turfs/" + name, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  REQUIRE_FALSE(text.str().empty());
  return text.str();
}

// A turf that asks for a PIN was just opened: PIN 482915 chosen, name "Lupe" typed.
inline void ChoosePinAndName(UiHarness& ui) {
  ui.Frame();
  ChoosePin(ui);
  REQUIRE(ui.Tap("##name"));
  ui.Type("Lupe");
  REQUIRE(ui.Tap("##continue"));
  REQUIRE(ui.app().screen() == Screen::kOverview);
}

// "Send results"' lossless file, read back: the latest version of each
// attempt. Signed by this phone, every attempt naming it (export/result_files.h).
inline std::vector<ContactAttempt> ExportedAttempts(UiHarness& ui) {
  headless::shared_files.clear();
  ui.app().Share("jsonl");
  REQUIRE(headless::shared_files.size() == 1);
  Status status = Status::Ok();
  const auto checked = CheckSignedExport(headless::shared_files[0].second, status);
  REQUIRE_MESSAGE(checked.has_value(), status.message());
  CHECK(checked->device_id == ui.app().session().device_id());
  AttemptLog log;
  ImportJsonLines(checked->payload, log);
  return log.Current();
}

}  // namespace puerta::test
