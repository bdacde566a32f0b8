// Section index: helpers (paths, value reading) · conditions · steps · script.
#include "script/script_parse.h"

#include <cmath>
#include <cstdio>
#include <initializer_list>

#include <rapidjson/document.h>

#include "script/script_validate.h"
#include "util/json_reader.h"

namespace puerta {
namespace {

using Json = rapidjson::Value;

// A script is a few kilobytes; these bound a hostile one (util/json_reader.h).
// Conditions, the one recursive part, stop at 32 levels of their own.
constexpr json::Limits kScriptLimits{4u << 20, 200'000, json::kMaxDepth};

class Parser {
 public:
  explicit Parser(std::vector<ScriptProblem>& problems) : problems_(problems) {}

  void Problem(ScriptProblemKind kind, std::string path, std::string message) {
    problems_.push_back({kind, std::move(path), std::move(message)});
  }

  // Flags keys outside `known`: a hand-edited file's typos land here.
  void CheckKeys(const Json& object, const std::string& path, std::initializer_list<std::string_view> known) {
    for (auto it = object.MemberBegin(); it != object.MemberEnd(); ++it) {
      const std::string_view key(it->name.GetString(), it->name.GetStringLength());
      bool ok = false;
      for (std::string_view k : known) ok = ok || k == key;
      if (!ok) Problem(ScriptProblemKind::kUnknownField, json::Key(path, key), "unknown key \"" + std::string(key) + "\"");
    }
  }

  const Json* Member(const Json& object, const char* key) {
    const auto it = object.FindMember(key);
    return it == object.MemberEnd() ? nullptr : &it->value;
  }

  bool ReadString(const Json& v, const std::string& path, std::string& out) {
    if (!v.IsString()) {
      Problem(ScriptProblemKind::kWrongType, path, "expected text in quotes");
      return false;
    }
    const std::string_view text(v.GetString(), v.GetStringLength());
    if (std::string why = json::TextProblem(text); !why.empty()) {
      Problem(ScriptProblemKind::kWrongType, path, "the text " + why);
      return false;
    }
    out.assign(text);
    return true;
  }

  // A value an answer can be compared with: text, or a number written as text.
  bool ReadValue(const Json& v, const std::string& path, std::string& out) {
    if (v.IsNumber()) {
      out = NumberText(v.GetDouble());
      return true;
    }
    return ReadString(v, path, out);
  }

  static std::string NumberText(double d) {
    char buffer[32];
    if (std::floor(d) == d && std::fabs(d) < 1e15) {
      std::snprintf(buffer, sizeof buffer, "%lld", static_cast<long long>(d));
    } else {
      std::snprintf(buffer, sizeof buffer, "%g", d);
    }
    return buffer;
  }

  // {"en": "...", "es": "..."}; a bare string is taken as the fallback language.
  void ReadText(const Json& v, const std::string& path, const std::string& fallback, LocalizedText& out) {
    if (v.IsString()) {
      std::string text;
      if (ReadString(v, path, text)) out[fallback] = std::move(text);
      return;
    }
    if (!v.IsObject()) {
      Problem(ScriptProblemKind::kWrongType, path, "expected {\"en\": \"...\", ...}");
      return;
    }
    for (auto it = v.MemberBegin(); it != v.MemberEnd(); ++it) {
      const std::string language(it->name.GetString(), it->name.GetStringLength());
      std::string value;
      if (ReadString(it->value, json::Key(path, language), value)) out[language] = value;
    }
  }

  void ReadStringList(const Json& v, const std::string& path, std::vector<std::string>& out) {
    if (!v.IsArray()) {
      Problem(ScriptProblemKind::kWrongType, path, "expected a list [...]");
      return;
    }
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
      std::string value;
      if (ReadValue(v[i], json::Index(path, i), value)) out.push_back(value);
    }
  }

  // --- conditions ------------------------------------------------------------
  bool ReadCondition(const Json& v, const std::string& path, Condition& out, int depth = 0) {
    using Op = Condition::Op;
    if (!v.IsObject()) {
      Problem(ScriptProblemKind::kWrongType, path, "a condition is an object, e.g. {\"step\": \"id\", \"equals\": \"yes\"}");
      return false;
    }
    if (depth > 32) {
      Problem(ScriptProblemKind::kBadCondition, path, "conditions nested too deeply");
      return false;
    }
    for (Op group : {Op::kAll, Op::kAny, Op::kNot}) {
      const std::string key(ConditionOpName(group));
      const Json* children = Member(v, key.c_str());
      if (!children) continue;
      CheckKeys(v, path, {key});
      out.op = group;
      if (group == Op::kNot) {
        out.children.emplace_back();
        return ReadCondition(*children, json::Key(path, "not"), out.children.back(), depth + 1);
      }
      if (!children->IsArray() || children->Empty()) {
        Problem(ScriptProblemKind::kBadCondition, json::Key(path, key), "expected a non-empty list of conditions");
        return false;
      }
      bool ok = true;
      for (rapidjson::SizeType i = 0; i < children->Size(); ++i) {
        out.children.emplace_back();
        ok = ReadCondition((*children)[i], json::Index(json::Key(path, key), i), out.children.back(), depth + 1) && ok;
      }
      return ok;
    }
    const Json* step = Member(v, "step");
    if (!step) {
      Problem(ScriptProblemKind::kMissingField, json::Key(path, "step"), "a condition needs \"step\" (or all/any/not)");
      return false;
    }
    if (!ReadString(*step, json::Key(path, "step"), out.step)) return false;
    int tests = 0;
    for (Op op : {Op::kEquals, Op::kNotEquals, Op::kAnyOf, Op::kLess, Op::kLessEqual, Op::kGreater, Op::kGreaterEqual,
                  Op::kAnswered}) {
      const std::string key(ConditionOpName(op));
      const Json* arg = Member(v, key.c_str());
      if (!arg) continue;
      ++tests;
      out.op = op;
      const std::string arg_path = json::Key(path, key);
      if (op == Op::kEquals || op == Op::kNotEquals) {
        out.values.emplace_back();
        ReadValue(*arg, arg_path, out.values.back());
      } else if (op == Op::kAnyOf) {
        ReadStringList(*arg, arg_path, out.values);
        if (out.values.empty()) Problem(ScriptProblemKind::kBadCondition, arg_path, "any_of needs at least one value");
      } else if (op == Op::kAnswered) {
        if (!arg->IsTrue()) Problem(ScriptProblemKind::kBadCondition, arg_path, "write \"answered\": true");
      } else if (arg->IsNumber()) {
        out.number = arg->GetDouble();
      } else {
        Problem(ScriptProblemKind::kWrongType, arg_path, "a comparison needs a number");
      }
    }
    CheckKeys(v, path, {"step", "equals", "not_equals", "any_of", "lt", "lte", "gt", "gte", "answered"});
    if (tests != 1) {
      Problem(ScriptProblemKind::kBadCondition, path,
              tests == 0 ? "say what to test: equals, not_equals, any_of, lt, lte, gt, gte or answered"
                         : "one test per condition; combine several with \"all\" or \"any\"");
      return false;
    }
    return true;
  }

  // --- steps -----------------------------------------------------------------
  void ReadOption(const Json& v, const std::string& path, const std::string& fallback, Option& out) {
    if (!v.IsObject()) {
      Problem(ScriptProblemKind::kWrongType, path, "an option is {\"id\": ..., \"label\": {...}}");
      return;
    }
    CheckKeys(v, path, {"id", "label"});
    if (const Json* id = Member(v, "id")) ReadValue(*id, json::Key(path, "id"), out.id);
    else Problem(ScriptProblemKind::kMissingField, json::Key(path, "id"), "an option needs an id");
    if (const Json* label = Member(v, "label")) ReadText(*label, json::Key(path, "label"), fallback, out.label);
    else Problem(ScriptProblemKind::kMissingField, json::Key(path, "label"), "an option needs a label");
  }

  void ReadStep(const Json& v, const std::string& path, const std::string& fallback, Step& out) {
    if (!v.IsObject()) {
      Problem(ScriptProblemKind::kWrongType, path, "a step is an object {\"id\": ..., \"kind\": ...}");
      return;
    }
    CheckKeys(v, path, {"id", "kind", "required", "text", "question_name", "options", "support_ids", "min", "max",
                        "show_if", "van_survey"});
    if (const Json* id = Member(v, "id")) ReadString(*id, json::Key(path, "id"), out.id);
    else Problem(ScriptProblemKind::kMissingField, json::Key(path, "id"), "every step needs an id");
    if (const Json* text = Member(v, "text")) ReadText(*text, json::Key(path, "text"), fallback, out.text);
    else Problem(ScriptProblemKind::kMissingField, json::Key(path, "text"), "every step needs a text");
    if (const Json* options = Member(v, "options"); options && options->IsArray()) {
      for (rapidjson::SizeType i = 0; i < options->Size(); ++i) {
        out.options.emplace_back();
        ReadOption((*options)[i], json::Index(json::Key(path, "options"), i), fallback, out.options.back());
      }
    } else if (options) {
      Problem(ScriptProblemKind::kWrongType, json::Key(path, "options"), "expected a list of options");
    }
    std::string kind;
    if (const Json* k = Member(v, "kind"); !k) {
      Problem(ScriptProblemKind::kMissingField, json::Key(path, "kind"), "every step needs a kind");
    } else if (ReadString(*k, json::Key(path, "kind"), kind)) {
      if (auto known = StepKindFromName(kind)) {
        out.kind = *known;
      } else {
        Problem(ScriptProblemKind::kBadKind, json::Key(path, "kind"),
                "unknown kind \"" + kind +
                    "\" (use info, single_choice, multiple_choice, scale, yes_no, number, text or datetime)");
        // Guess the closest kind so validation adds no follow-on noise.
        out.kind = out.options.empty() ? StepKind::kFreeText : StepKind::kSingleChoice;
      }
    }
    if (const Json* required = Member(v, "required")) {
      if (required->IsBool()) out.required = required->GetBool();
      else Problem(ScriptProblemKind::kWrongType, json::Key(path, "required"), "expected true or false");
    }
    if (const Json* name = Member(v, "question_name")) ReadString(*name, json::Key(path, "question_name"), out.question_name);
    if (const Json* ids = Member(v, "support_ids")) ReadStringList(*ids, json::Key(path, "support_ids"), out.support_ids);
    if (const Json* van = Member(v, "van_survey")) {
      if (van->IsBool()) out.van_survey = van->GetBool();
      else Problem(ScriptProblemKind::kWrongType, json::Key(path, "van_survey"), "expected true or false");
    }
    for (const char* bound : {"min", "max"}) {
      const Json* b = Member(v, bound);
      if (!b) continue;
      if (!b->IsNumber()) Problem(ScriptProblemKind::kWrongType, json::Key(path, bound), "expected a number");
      else (bound[1] == 'i' ? out.min : out.max) = b->GetDouble();
    }
    if (const Json* show_if = Member(v, "show_if")) {
      Condition c;
      if (ReadCondition(*show_if, json::Key(path, "show_if"), c)) out.show_if = std::move(c);
    }
  }

  // --- script ----------------------------------------------------------------
  void ReadScript(const Json& v, Script& out) {
    if (!v.IsObject()) {
      Problem(ScriptProblemKind::kWrongType, "$", "a script is a JSON object {...}");
      return;
    }
    CheckKeys(v, "$",
              {"format_version", "id", "version", "title", "languages", "fallback_language", "steps", "text_templates"});
    if (const Json* f = Member(v, "format_version")) {
      if (!f->IsUint()) Problem(ScriptProblemKind::kWrongType, "$.format_version", "expected a whole number");
      else if (f->GetUint() > kScriptFormatVersion)
        Problem(ScriptProblemKind::kNewerFormat, "$.format_version",
                "written for a newer Puerta (format " + std::to_string(f->GetUint()) + "); please update");
    }
    if (const Json* id = Member(v, "id")) ReadString(*id, "$.id", out.id);
    else Problem(ScriptProblemKind::kMissingField, "$.id", "the script needs an id");
    if (const Json* version = Member(v, "version")) {
      if (version->IsUint()) out.version = version->GetUint();
      else Problem(ScriptProblemKind::kWrongType, "$.version", "expected a whole number");
    }
    if (const Json* f = Member(v, "fallback_language")) ReadString(*f, "$.fallback_language", out.fallback_language);
    if (const Json* langs = Member(v, "languages")) ReadStringList(*langs, "$.languages", out.languages);
    else Problem(ScriptProblemKind::kMissingField, "$.languages", "list the languages, e.g. [\"en\", \"es\"]");
    if (const Json* title = Member(v, "title")) ReadText(*title, "$.title", out.fallback_language, out.title);
    else Problem(ScriptProblemKind::kMissingField, "$.title", "the script needs a title");
    const Json* steps = Member(v, "steps");
    if (!steps) {
      Problem(ScriptProblemKind::kMissingField, "$.steps", "the script needs a list of steps");
    } else if (!steps->IsArray()) {
      Problem(ScriptProblemKind::kWrongType, "$.steps", "expected a list of steps");
    } else {
      for (rapidjson::SizeType i = 0; i < steps->Size(); ++i) {
        out.steps.emplace_back();
        ReadStep((*steps)[i], json::Index("$.steps", i), out.fallback_language, out.steps.back());
      }
    }
    if (const Json* templates = Member(v, "text_templates")) ReadTextTemplates(*templates, out);
  }

  void ReadTextTemplates(const Json& v, Script& out) {
    if (!v.IsArray()) {
      Problem(ScriptProblemKind::kWrongType, "$.text_templates", "expected a list of text messages");
      return;
    }
    for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
      const std::string path = json::Index("$.text_templates", i);
      const Json& entry = v[i];
      if (!entry.IsObject()) {
        Problem(ScriptProblemKind::kWrongType, path, "expected {\"id\": ..., \"text\": {...}}");
        continue;
      }
      CheckKeys(entry, path, {"id", "text"});
      TextTemplate& text_template = out.text_templates.emplace_back();
      if (const Json* id = Member(entry, "id")) ReadString(*id, json::Key(path, "id"), text_template.id);
      else Problem(ScriptProblemKind::kMissingField, json::Key(path, "id"), "each text message needs an id");
      if (const Json* text = Member(entry, "text"))
        ReadText(*text, json::Key(path, "text"), out.fallback_language, text_template.text);
      else Problem(ScriptProblemKind::kMissingField, json::Key(path, "text"), "each text message needs a text");
    }
  }

 private:
  std::vector<ScriptProblem>& problems_;
};

}  // namespace

ParsedScript ParseScript(std::string_view json) {
  ParsedScript parsed;
  rapidjson::Document doc;
  json::ParseError error;
  if (!json::Parse(json, kScriptLimits, doc, error)) {
    parsed.problems.push_back({ScriptProblemKind::kInvalidJson, "$", error.Describe("the script")});
    return parsed;
  }
  Parser(parsed.problems).ReadScript(doc, parsed.script);
  return parsed;
}

std::vector<ScriptProblem> CheckScript(std::string_view json, Script* script_out) {
  ParsedScript parsed = ParseScript(json);
  if (parsed.problems.empty() || parsed.problems.front().kind != ScriptProblemKind::kInvalidJson) {
    for (auto& p : ValidateScript(parsed.script)) parsed.problems.push_back(std::move(p));
  }
  if (script_out) *script_out = std::move(parsed.script);
  return parsed.problems;
}

}  // namespace puerta
