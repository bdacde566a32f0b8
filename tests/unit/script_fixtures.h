// Shared by the script, response, stats and export tests: reading files from
// the source tree, and small attempts to build on.
#pragma once

#include <doctest/doctest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "responses/contact_attempt.h"
#include "script/script_parse.h"

namespace puerta::testing {

inline std::string ReadSource(const std::string& relative) {
  std::ifstream in(std::string(PUERTA_SOURCE_DIR) + "/" + relative, std::ios::binary);
  REQUIRE_MESSAGE(in, "missing " << relative);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// A script that must load without problems.
inline Script LoadScript(const std::string& relative) {
  Script script;
  const auto problems = CheckScript(ReadSource(relative), &script);
  for (const auto& p : problems) MESSAGE(FormatProblem(p));
  REQUIRE(problems.empty());
  return script;
}

inline ContactAttempt Attempt(std::string id, std::string household, ResultCode result, std::int64_t time_unix,
                              std::string canvasser = "Ana") {
  ContactAttempt a;
  a.attempt_id = std::move(id);
  a.household_id = std::move(household);
  a.voter_id = "V-" + a.household_id;
  a.result = result;
  a.time_unix = time_unix;
  a.recorded_unix = time_unix;
  a.canvasser = std::move(canvasser);
  a.organization = "Barrio Unido";
  a.campaign = "Fall 2024";
  return a;
}

inline ContactAttempt Conversation(std::string id, std::string household, std::int64_t time_unix, Answers answers,
                                   std::string canvasser = "Ana") {
  ContactAttempt a = Attempt(std::move(id), std::move(household), ResultCode::kCanvassed, time_unix, std::move(canvasser));
  a.answers = std::move(answers);
  a.script_id = "test-branching";
  a.script_version = 2;
  a.language = "es";
  return a;
}

}  // namespace puerta::testing
