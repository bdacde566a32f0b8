// A canvassing script: what a volunteer reads at the door and the questions
// they record, in every language the organization declared. This is the
// in-memory form of the JSON format documented in docs/script-format.md
// (parsed by script/script_parse.h, checked by script/script_validate.h).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace puerta {

// One text in several languages: {"en": "Hello", "es": "Hola"}.
using LocalizedText = std::map<std::string, std::string>;

// What a step asks for. Answers are always stored as strings (see Answers).
enum class StepKind : std::uint8_t {
  kInfo,            // talking points, a Know Your Rights note: nothing recorded
  kSingleChoice,    // one option id
  kMultipleChoice,  // one or more option ids
  kScale,           // "1" .. "5"
  kYesNo,           // "yes" or "no"
  kNumber,          // a decimal number, within [min, max] when given
  kFreeText,        // anything the voter says
  kDateTime,        // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" (a follow-up time)
};

// The JSON spelling ("single_choice"), and back; nullopt for an unknown word.
std::string_view StepKindName(StepKind kind);
std::optional<StepKind> StepKindFromName(std::string_view name);
bool IsChoiceKind(StepKind kind);

struct Option {
  std::string id;       // what is recorded: "strong_yes"
  LocalizedText label;  // what the canvasser reads
};

// "Show this step only when ...". A leaf tests one earlier step's answer; the
// combinators hold children. Mirrors the JSON object one to one, so the
// validator can name the JSON path of any node.
struct Condition {
  enum class Op : std::uint8_t {
    kEquals, kNotEquals, kAnyOf, kLess, kLessEqual, kGreater, kGreaterEqual, kAnswered,
    kAll, kAny, kNot,
  };
  Op op = Op::kEquals;
  std::string step;                 // leaves: the step whose answer is tested
  std::vector<std::string> values;  // kEquals/kNotEquals: one; kAnyOf: several
  double number = 0;                // numeric comparisons
  std::vector<Condition> children;  // kAll/kAny: several; kNot: one
};

// The JSON key of a condition operator ("any_of", "gte"...).
std::string_view ConditionOpName(Condition::Op op);

struct Step {
  std::string id;
  StepKind kind = StepKind::kInfo;
  bool required = false;
  LocalizedText text;
  std::string question_name;            // VAN "Survey Question Name"; empty: use id
  std::vector<Option> options;          // choice kinds only
  std::vector<std::string> support_ids; // answer values that count as a support ID
  std::optional<double> min, max;       // number kind only
  std::optional<Condition> show_if;     // absent: always shown
  // Whether answers go to VAN's survey-responses file. Absent: yes for the
  // kinds with fixed answers (choices, scale, yes/no), no for a number; a
  // text or date answer never goes (VAN takes fixed responses only).
  std::optional<bool> van_survey;

  const Option* FindOption(std::string_view option_id) const;
  const std::string& QuestionName() const { return question_name.empty() ? id : question_name; }
  bool Records() const { return kind != StepKind::kInfo; }
  bool IsSupportId(std::string_view value) const;
  bool GoesToVanSurvey() const;
};

// A text message the organizer wrote for canvassers to send (format 2):
// "Hi {first_name}, this is {canvasser} with {organization}... Reply STOP to
// opt out." Filled and checked by texting/message_template.h.
struct TextTemplate {
  std::string id;     // unique within the script: "first_text", "reminder"
  LocalizedText text;
};

struct Script {
  std::string id;
  std::uint32_t version = 1;            // bump when the questions change
  LocalizedText title;
  std::vector<std::string> languages;   // every text must exist in each
  std::string fallback_language = "en"; // used when a text lacks the chosen language
  std::vector<Step> steps;
  std::vector<TextTemplate> text_templates;  // optional; format 2 and later

  const Step* FindStep(std::string_view step_id) const;
  int StepIndex(std::string_view step_id) const;  // -1 when absent
};

// The script an attempt was recorded with: same id and version, else the
// last one with the same id (a newer version still names the questions), else null.
const Script* FindScript(std::span<const Script> scripts, std::string_view id, std::uint32_t version);

// A conversation's answers: step id -> values (one, or several for a
// multiple choice). Ordered, so exports and comparisons are deterministic.
using Answers = std::map<std::string, std::vector<std::string>>;

// True when any answer is one of its step's support_ids: the voter was
// identified as a supporter. Answers to steps the script lacks are ignored.
bool HasSupportId(const Script& script, const Answers& answers);

}  // namespace puerta
