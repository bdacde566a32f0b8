// Section index: ids and languages · texts (translations, placeholders) ·
// steps by kind · conditions · reachability.
#include "script/script_validate.h"

#include <algorithm>
#include <set>

#include "script/localized_text.h"
#include "script/reachability.h"
#include "util/json_reader.h"

namespace puerta {
namespace {

bool GoodId(const std::string& id) {
  if (id.empty() || id.size() > 64) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
           c == '.';
  });
}

class Validator {
 public:
  explicit Validator(const Script& script) : s_(script) {}

  std::vector<ScriptProblem> Run() {
    CheckLanguages();
    if (!s_.id.empty() && !GoodId(s_.id)) Add(ScriptProblemKind::kBadId, "$.id", "use letters, digits, _ - . only");
    CheckText(s_.title, "$.title");
    if (s_.steps.empty()) Add(ScriptProblemKind::kNoSteps, "$.steps", "the script has no steps");
    std::set<std::string> step_ids;
    for (std::size_t i = 0; i < s_.steps.size(); ++i) {
      const Step& step = s_.steps[i];
      const std::string path = "$.steps[" + std::to_string(i) + "]";
      if (!step.id.empty() && !GoodId(step.id)) Add(ScriptProblemKind::kBadId, path + ".id", "use letters, digits, _ - . only");
      if (!step.id.empty() && !step_ids.insert(step.id).second)
        Add(ScriptProblemKind::kDuplicateId, path + ".id", "another step already has the id \"" + step.id + "\"");
      CheckText(step.text, path + ".text");
      CheckKind(step, path);
      if (step.show_if) CheckCondition(*step.show_if, path + ".show_if", static_cast<int>(i));
    }
    std::set<std::string> template_ids;
    for (std::size_t i = 0; i < s_.text_templates.size(); ++i) {
      const TextTemplate& text_template = s_.text_templates[i];
      const std::string path = "$.text_templates[" + std::to_string(i) + "]";
      if (!text_template.id.empty() && !GoodId(text_template.id))
        Add(ScriptProblemKind::kBadId, path + ".id", "use letters, digits, _ - . only");
      else if (!text_template.id.empty() && !template_ids.insert(text_template.id).second)
        Add(ScriptProblemKind::kDuplicateId, path + ".id",
            "another text message already has the id \"" + text_template.id + "\"");
      CheckText(text_template.text, path + ".text");
    }
    const std::vector<bool> reachable = ReachableSteps(s_);
    for (std::size_t i = 0; i < s_.steps.size(); ++i) {
      if (!reachable[i])
        Add(ScriptProblemKind::kUnreachableStep, "$.steps[" + std::to_string(i) + "].show_if",
            "no answers can make this condition true, so the step is never shown");
    }
    return std::move(problems_);
  }

 private:
  void Add(ScriptProblemKind kind, std::string path, std::string message) {
    problems_.push_back({kind, std::move(path), std::move(message)});
  }

  void CheckLanguages() {
    std::set<std::string> seen;
    for (std::size_t i = 0; i < s_.languages.size(); ++i) {
      const std::string& code = s_.languages[i];
      const std::string path = "$.languages[" + std::to_string(i) + "]";
      if (code.empty() || code.size() > 16) Add(ScriptProblemKind::kBadLanguage, path, "empty or overlong language code");
      else if (!seen.insert(code).second) Add(ScriptProblemKind::kBadLanguage, path, "\"" + code + "\" is listed twice");
    }
    if (!s_.languages.empty() && !seen.count(s_.fallback_language))
      Add(ScriptProblemKind::kBadLanguage, "$.fallback_language",
          "\"" + s_.fallback_language + "\" is not one of the script's languages");
  }

  void CheckText(const LocalizedText& text, const std::string& path) {
    std::set<std::string> asked;  // a language listed twice is reported once, in CheckLanguages
    for (const auto& lang : s_.languages) {
      if (!asked.insert(lang).second) continue;
      const auto it = text.find(lang);
      if (it == text.end() || it->second.empty())
        Add(ScriptProblemKind::kMissingTranslation, json::Key(path, lang), "no \"" + lang + "\" text");
    }
    for (const auto& [lang, value] : text) {
      if (std::find(s_.languages.begin(), s_.languages.end(), lang) == s_.languages.end())
        Add(ScriptProblemKind::kBadLanguage, json::Key(path, lang), "\"" + lang + "\" is not one of the script's languages");
      CheckPlaceholders(value, json::Key(path, lang));
    }
  }

  void CheckPlaceholders(const std::string& text, const std::string& path) {
    for (std::size_t open = text.find('{'); open != std::string::npos; open = text.find('{', open + 1)) {
      const std::size_t close = text.find('}', open);
      if (close == std::string::npos) return;
      const std::string name = text.substr(open + 1, close - open - 1);
      const auto known = KnownPlaceholders();
      if (std::find(known.begin(), known.end(), name) == known.end())
        Add(ScriptProblemKind::kUnknownPlaceholder, path, "unknown placeholder {" + name + "}");
    }
  }

  void CheckKind(const Step& step, const std::string& path) {
    if (IsChoiceKind(step.kind)) {
      if (step.options.size() < 2)
        Add(ScriptProblemKind::kMissingOptions, path + ".options", "a choice needs at least two options");
      std::set<std::string> option_ids;
      for (std::size_t j = 0; j < step.options.size(); ++j) {
        const Option& option = step.options[j];
        const std::string opath = path + ".options[" + std::to_string(j) + "]";
        if (!GoodId(option.id)) Add(ScriptProblemKind::kBadId, opath + ".id", "use letters, digits, _ - . only");
        else if (!option_ids.insert(option.id).second)
          Add(ScriptProblemKind::kDuplicateId, opath + ".id", "another option already has the id \"" + option.id + "\"");
        CheckText(option.label, opath + ".label");
      }
    } else if (!step.options.empty()) {
      Add(ScriptProblemKind::kMisplacedField, path + ".options", "only a choice step has options");
    }
    if (step.kind != StepKind::kNumber && (step.min || step.max))
      Add(ScriptProblemKind::kMisplacedField, path + (step.min ? ".min" : ".max"), "only a number step has min and max");
    if (step.min && step.max && *step.min > *step.max)
      Add(ScriptProblemKind::kBadRange, path + ".min", "min is above max");
    if (step.kind == StepKind::kInfo && step.required)
      Add(ScriptProblemKind::kMisplacedField, path + ".required", "an info step records nothing, so it cannot be required");
    if (step.van_survey == true && !step.GoesToVanSurvey())
      Add(ScriptProblemKind::kMisplacedField, path + ".van_survey",
          "VAN survey questions take fixed responses: only choice, scale, yes/no and number answers can go to VAN");
    if (!step.support_ids.empty()) {
      const auto closed = ClosedAnswerValues(step);
      if (closed.empty())
        Add(ScriptProblemKind::kMisplacedField, path + ".support_ids", "only choice, scale and yes/no answers can be support IDs");
      for (std::size_t j = 0; j < step.support_ids.size() && !closed.empty(); ++j) {
        if (std::find(closed.begin(), closed.end(), step.support_ids[j]) == closed.end())
          Add(ScriptProblemKind::kUnknownValue, path + ".support_ids[" + std::to_string(j) + "]",
              "\"" + step.support_ids[j] + "\" is not an answer this step can have");
      }
    }
  }

  void CheckCondition(const Condition& c, const std::string& path, int owner) {
    using Op = Condition::Op;
    if (c.op == Op::kAll || c.op == Op::kAny || c.op == Op::kNot) {
      const std::string key(ConditionOpName(c.op));
      for (std::size_t k = 0; k < c.children.size(); ++k)
        CheckCondition(c.children[k], c.op == Op::kNot ? path + ".not" : path + "." + key + "[" + std::to_string(k) + "]",
                       owner);
      return;
    }
    const int target = s_.StepIndex(c.step);
    if (target < 0) {
      Add(ScriptProblemKind::kUnknownStep, path + ".step", "no step has the id \"" + c.step + "\"");
      return;
    }
    if (target >= owner) {
      Add(ScriptProblemKind::kForwardReference, path + ".step",
          "a condition can only read steps that come before it (\"" + c.step + "\" does not)");
      return;
    }
    const Step& read = s_.steps[static_cast<std::size_t>(target)];
    const std::string op_path = path + "." + std::string(ConditionOpName(c.op));
    if (!read.Records()) {
      Add(ScriptProblemKind::kBadCondition, path + ".step", "\"" + c.step + "\" is an info step and has no answer");
      return;
    }
    const bool compares = c.op >= Op::kLess && c.op <= Op::kGreaterEqual;
    if (compares && read.kind != StepKind::kNumber && read.kind != StepKind::kScale) {
      Add(ScriptProblemKind::kBadCondition, op_path, "lt/lte/gt/gte need a number or scale step");
      return;
    }
    const auto closed = ClosedAnswerValues(read);
    for (std::size_t k = 0; k < c.values.size() && !closed.empty(); ++k) {
      if (std::find(closed.begin(), closed.end(), c.values[k]) == closed.end())
        Add(ScriptProblemKind::kUnknownValue, c.op == Op::kAnyOf ? op_path + "[" + std::to_string(k) + "]" : op_path,
            "\"" + c.step + "\" can never be \"" + c.values[k] + "\"");
    }
  }

  const Script& s_;
  std::vector<ScriptProblem> problems_;
};

}  // namespace

std::vector<std::string> ClosedAnswerValues(const Step& step) {
  std::vector<std::string> out;
  switch (step.kind) {
    case StepKind::kSingleChoice:
    case StepKind::kMultipleChoice:
      for (const auto& o : step.options) out.push_back(o.id);
      break;
    case StepKind::kYesNo:
      out = {"yes", "no"};
      break;
    case StepKind::kScale:
      out = {"1", "2", "3", "4", "5"};
      break;
    default:
      break;
  }
  return out;
}

std::vector<ScriptProblem> ValidateScript(const Script& script) { return Validator(script).Run(); }

}  // namespace puerta
