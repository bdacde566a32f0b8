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

// 1: the first format. 2: optional "text_templates" (2026-12, issue 15);
// a file that has them says 2, so an older Puerta asks to be updated instead
// of calling the key unknown. Version 1 files are read unchanged.
inline constexpr std::uint32_t kScriptFormatVersion = 2;

struct ParsedScript {
  Script script;                        // as much as could be read
  std::vector<ScriptProblem> problems;  // shape problems only; see ValidateScript
};

ParsedScript ParseScript(std::string_view json);

// Parse, then validate: every problem, in file order as far as possible.
// A script is usable at the door only when this returns no problems.
std::vector<ScriptProblem> CheckScript(std::string_view json, Script* script_out = nullptr);

}  // namespace puerta
