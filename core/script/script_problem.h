// A problem found in a script file, named by its JSON path so an organizer
// editing the file by hand can go straight to it: "$.steps[3].text.zh".
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace puerta {

enum class ScriptProblemKind : std::uint8_t {
  kInvalidJson,         // not JSON at all (path "$", message has the offset)
  kWrongType,           // e.g. a number where text was expected
  kMissingField,        // a required key is absent
  kUnknownField,        // a key Puerta does not know: usually a typo ("requried")
  kNewerFormat,         // format_version is newer than this Puerta reads
  kBadId,               // empty id, or characters other than a-z A-Z 0-9 _ - .
  kDuplicateId,         // two steps (or two options of one step) share an id
  kBadKind,             // unknown step kind
  kMissingOptions,      // a choice step with fewer than two options
  kMisplacedField,      // a key that means nothing for this kind (options on a yes/no)
  kBadRange,            // number min above max
  kBadLanguage,         // fallback not declared, duplicate or empty code, text in an undeclared language
  kMissingTranslation,  // a text lacks one of the declared languages
  kNoSteps,             // the script has no steps
  kUnknownStep,         // a condition names a step that does not exist
  kForwardReference,    // a condition names this step or a later one
  kBadCondition,        // malformed condition, or a test that cannot apply (lt on a choice)
  kUnknownValue,        // a value the referenced step can never have ("maybe" for a yes/no)
  kUnreachableStep,     // no answers can ever make this step's condition true
  kUnknownPlaceholder,  // {frist_name}
};

std::string_view ScriptProblemKindName(ScriptProblemKind kind);  // "missing-translation"

struct ScriptProblem {
  ScriptProblemKind kind{};
  std::string path;     // "$.steps[3].show_if.any[1].step"
  std::string message;  // one sentence for the organizer
};

// "$.steps[3].text.zh: missing-translation: no \"zh\" text"
std::string FormatProblem(const ScriptProblem& problem);

}  // namespace puerta
