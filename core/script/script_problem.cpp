#include "script/script_problem.h"

#include <array>

namespace puerta {

std::string_view ScriptProblemKindName(ScriptProblemKind kind) {
  static constexpr std::array<std::string_view, 20> kNames = {
      "invalid-json",  "wrong-type",      "missing-field",     "unknown-field",       "newer-format",
      "bad-id",        "duplicate-id",    "bad-kind",          "missing-options",     "misplaced-field",
      "bad-range",     "bad-language",    "missing-translation", "no-steps",          "unknown-step",
      "forward-reference", "bad-condition", "unknown-value",   "unreachable-step",    "unknown-placeholder",
  };
  const auto i = static_cast<std::size_t>(kind);
  return i < kNames.size() ? kNames[i] : "?";
}

std::string FormatProblem(const ScriptProblem& problem) {
  return problem.path + ": " + std::string(ScriptProblemKindName(problem.kind)) + ": " + problem.message;
}

}  // namespace puerta
