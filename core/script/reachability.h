// Which steps can ever be shown. A step is unreachable when no combination of
// answers to the steps its condition reads makes the condition true: it tests
// for an impossible value, contradicts itself, or reads a step that is itself
// unreachable. Found by trying every relevant answer, with the same Evaluate
// the conversation uses; when there are too many combinations to try, the
// step is assumed reachable (we report only what is certain).
#pragma once

#include <vector>

#include "script/script.h"

namespace puerta {

// One flag per script step. Conditions that read unknown or later steps are
// treated as reading an unanswered step (ValidateScript reports those apart).
std::vector<bool> ReachableSteps(const Script& script);

}  // namespace puerta
