// Evaluating a step's show_if condition against the answers given so far.
// The same function serves the conversation at the door and the validator's
// reachability check, so the two can never disagree.
#pragma once

#include <optional>
#include <string_view>

#include "script/script.h"

namespace puerta {

// Rules (also in docs/script-format.md):
//  - a leaf on an unanswered step is false, except that `not` can invert it;
//  - equals / any_of on a multiple choice is true when any chosen option matches;
//  - values compare as text, or as numbers when both sides are numbers ("3" == "3.0");
//  - lt/lte/gt/gte need an answer that reads as a number.
bool Evaluate(const Condition& condition, const Answers& answers);

// A whole decimal number, or nullopt ("12", "-3.5"; not "12abc", not "").
std::optional<double> ParseNumber(std::string_view text);

}  // namespace puerta
