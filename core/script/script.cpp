#include "script/script.h"

#include <array>
#include <utility>

namespace puerta {
namespace {

constexpr std::array<std::pair<StepKind, std::string_view>, 8> kKindNames = {{
    {StepKind::kInfo, "info"},
    {StepKind::kSingleChoice, "single_choice"},
    {StepKind::kMultipleChoice, "multiple_choice"},
    {StepKind::kScale, "scale"},
    {StepKind::kYesNo, "yes_no"},
    {StepKind::kNumber, "number"},
    {StepKind::kFreeText, "text"},
    {StepKind::kDateTime, "datetime"},
}};

constexpr std::array<std::pair<Condition::Op, std::string_view>, 11> kOpNames = {{
    {Condition::Op::kEquals, "equals"},
    {Condition::Op::kNotEquals, "not_equals"},
    {Condition::Op::kAnyOf, "any_of"},
    {Condition::Op::kLess, "lt"},
    {Condition::Op::kLessEqual, "lte"},
    {Condition::Op::kGreater, "gt"},
    {Condition::Op::kGreaterEqual, "gte"},
    {Condition::Op::kAnswered, "answered"},
    {Condition::Op::kAll, "all"},
    {Condition::Op::kAny, "any"},
    {Condition::Op::kNot, "not"},
}};

}  // namespace

std::string_view StepKindName(StepKind kind) {
  for (const auto& [k, name] : kKindNames)
    if (k == kind) return name;
  return "?";
}

std::optional<StepKind> StepKindFromName(std::string_view name) {
  for (const auto& [k, n] : kKindNames)
    if (n == name) return k;
  return std::nullopt;
}

bool IsChoiceKind(StepKind kind) {
  return kind == StepKind::kSingleChoice || kind == StepKind::kMultipleChoice;
}

std::string_view ConditionOpName(Condition::Op op) {
  for (const auto& [o, name] : kOpNames)
    if (o == op) return name;
  return "?";
}

bool Step::GoesToVanSurvey() const {
  switch (kind) {
    case StepKind::kSingleChoice:
    case StepKind::kMultipleChoice:
    case StepKind::kScale:
    case StepKind::kYesNo:
      return van_survey.value_or(true);
    case StepKind::kNumber:
      return van_survey.value_or(false);
    default:
      return false;  // info records nothing; text and dates are not fixed responses
  }
}

const Option* Step::FindOption(std::string_view option_id) const {
  for (const auto& o : options)
    if (o.id == option_id) return &o;
  return nullptr;
}

bool Step::IsSupportId(std::string_view value) const {
  for (const auto& s : support_ids)
    if (s == value) return true;
  return false;
}

bool HasSupportId(const Script& script, const Answers& answers) {
  for (const auto& [id, values] : answers) {
    const Step* step = script.FindStep(id);
    for (const auto& v : values)
      if (step && step->IsSupportId(v)) return true;
  }
  return false;
}

const Script* FindScript(std::span<const Script> scripts, std::string_view id, std::uint32_t version) {
  const Script* same_id = nullptr;
  for (const auto& s : scripts) {
    if (s.id != id) continue;
    if (s.version == version) return &s;
    same_id = &s;
  }
  return same_id;
}

const Step* Script::FindStep(std::string_view step_id) const {
  const int i = StepIndex(step_id);
  return i < 0 ? nullptr : &steps[static_cast<std::size_t>(i)];
}

int Script::StepIndex(std::string_view step_id) const {
  for (std::size_t i = 0; i < steps.size(); ++i)
    if (steps[i].id == step_id) return static_cast<int>(i);
  return -1;
}

}  // namespace puerta
