// The meaning checks on a parsed script: ids, translations, conditions,
// reachability, placeholders. Each problem carries the JSON path where the
// organizer fixes it.
#pragma once

#include <vector>

#include "script/script.h"
#include "script/script_problem.h"

namespace puerta {

std::vector<ScriptProblem> ValidateScript(const Script& script);

// Answers `step` accepts as text: the option ids, "yes"/"no", "1".."5";
// empty for kinds whose values are open (number, text, datetime).
std::vector<std::string> ClosedAnswerValues(const Step& step);

}  // namespace puerta
