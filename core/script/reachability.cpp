#include "script/reachability.h"

#include <set>
#include <string>

#include "script/condition.h"
#include "script/script_validate.h"

namespace puerta {
namespace {

using Domain = std::vector<std::vector<std::string>>;  // candidate answers; {} = unanswered

constexpr std::size_t kMaxCombinations = 20000;
constexpr std::size_t kMaxSubsetOptions = 8;

void CollectLeaves(const Condition& c, std::vector<const Condition*>& leaves) {
  if (c.op == Condition::Op::kAll || c.op == Condition::Op::kAny || c.op == Condition::Op::kNot) {
    for (const auto& child : c.children) CollectLeaves(child, leaves);
  } else {
    leaves.push_back(&c);
  }
}

// Open kinds (number, text, date): the values that can change a test's
// outcome are the constants the condition compares with and their neighbours.
std::set<std::string> OpenCandidates(const Step& step, const std::vector<const Condition*>& leaves) {
  std::set<std::string> out = {"\x01other"};
  for (const Condition* leaf : leaves) {
    if (leaf->step != step.id) continue;
    for (const auto& v : leaf->values) out.insert(v);
    const bool compares = leaf->op >= Condition::Op::kLess && leaf->op <= Condition::Op::kGreaterEqual;
    if (compares) {
      for (double d : {leaf->number - 1, leaf->number - 0.5, leaf->number, leaf->number + 0.5, leaf->number + 1})
        out.insert(std::to_string(d));
    }
  }
  if (step.kind == StepKind::kNumber) {
    if (step.min) out.insert(std::to_string(*step.min));
    if (step.max) out.insert(std::to_string(*step.max));
    std::set<std::string> in_range;
    for (const auto& v : out) {
      const auto n = ParseNumber(v);
      if (!n) continue;  // "other" is not a number a number step could hold
      if ((!step.min || *n >= *step.min) && (!step.max || *n <= *step.max)) in_range.insert(v);
    }
    return in_range;
  }
  return out;
}

// Every answer `step` could hold, or nullopt when there are too many.
std::optional<Domain> AnswerDomain(const Step& step, bool step_reachable,
                                   const std::vector<const Condition*>& leaves) {
  Domain domain;
  // A required step that is always shown is always answered by the time a
  // later step is reached; anything else may be unanswered.
  if (!step_reachable || !step.required || step.show_if) domain.push_back({});
  if (!step_reachable || !step.Records()) return domain;
  if (step.kind == StepKind::kMultipleChoice) {
    if (step.options.size() > kMaxSubsetOptions) return std::nullopt;
    for (std::size_t mask = 1; mask < (std::size_t{1} << step.options.size()); ++mask) {
      std::vector<std::string> chosen;
      for (std::size_t i = 0; i < step.options.size(); ++i)
        if (mask & (std::size_t{1} << i)) chosen.push_back(step.options[i].id);
      domain.push_back(chosen);
    }
    return domain;
  }
  std::vector<std::string> closed = ClosedAnswerValues(step);
  if (closed.empty()) {
    const auto open = OpenCandidates(step, leaves);
    closed.assign(open.begin(), open.end());
  }
  for (auto& v : closed) domain.push_back({v});
  return domain;
}

bool Satisfiable(const Script& script, const Condition& condition, const std::vector<bool>& reachable) {
  std::vector<const Condition*> leaves;
  CollectLeaves(condition, leaves);
  std::vector<std::string> steps;  // distinct steps read, earlier ones only
  std::vector<Domain> domains;
  std::size_t combinations = 1;
  for (const Condition* leaf : leaves) {
    bool seen = false;
    for (const auto& s : steps) seen = seen || s == leaf->step;
    const int index = script.StepIndex(leaf->step);
    if (seen || index < 0 || static_cast<std::size_t>(index) >= reachable.size()) continue;
    auto domain =
        AnswerDomain(script.steps[static_cast<std::size_t>(index)], reachable[static_cast<std::size_t>(index)], leaves);
    if (!domain) return true;
    // No value fits (min above max, a choice without options): the step can
    // only stay unanswered, and the odometer below needs one candidate.
    if (domain->empty()) domain->push_back({});
    combinations *= domain->size();
    if (combinations > kMaxCombinations) return true;
    steps.push_back(leaf->step);
    domains.push_back(*domain);
  }
  std::vector<std::size_t> pick(steps.size(), 0);
  for (;;) {
    Answers answers;
    for (std::size_t i = 0; i < steps.size(); ++i)
      if (!domains[i][pick[i]].empty()) answers[steps[i]] = domains[i][pick[i]];
    if (Evaluate(condition, answers)) return true;
    std::size_t i = 0;  // odometer: advance the first digit that can move
    while (i < pick.size() && ++pick[i] == domains[i].size()) pick[i++] = 0;
    if (i == pick.size()) return false;
  }
}

}  // namespace

std::vector<bool> ReachableSteps(const Script& script) {
  std::vector<bool> reachable;
  reachable.reserve(script.steps.size());
  for (const auto& step : script.steps) {
    // `reachable` holds only earlier steps, so a condition on this or a later
    // step sees that step as never answered.
    reachable.push_back(!step.show_if || Satisfiable(script, *step.show_if, reachable));
  }
  return reachable;
}

}  // namespace puerta
