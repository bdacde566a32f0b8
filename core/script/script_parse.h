// Reading a script from its JSON text (format: docs/script-format.md).
// Parsing is forgiving on purpose: it keeps going after a problem, so one run
// of `puerta script check` lists everything an organizer has to fix.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "script/script.h"
#include "script/script_problem.h"

namespace puerta {

inline constexpr std::uint32_t kScriptFormatVersion = 1;

struct ParsedScript {
  Script script;                        // as much as could be read
  std::vector<ScriptProblem> problems;  // shape problems only; see ValidateScript
};

ParsedScript ParseScript(std::string_view json);

// Parse, then validate: every problem, in file order as far as possible.
// A script is usable at the door only when this returns no problems.
std::vector<ScriptProblem> CheckScript(std::string_view json, Script* script_out = nullptr);

}  // namespace puerta
