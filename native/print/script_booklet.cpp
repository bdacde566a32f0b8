#include "native/print/script_booklet.h"

#include <algorithm>

#include "i18n/ui_text.h"
#include "native/print/pdf_document.h"
#include "native/print/sheet_parts.h"
#include "script/localized_text.h"

namespace puerta::print {
namespace {

constexpr double kNumberColumn = 34;  // the step's number, left of its columns
constexpr double kGap = 14;           // between language columns
constexpr std::size_t kColumnsPerRow = 3;
constexpr double kBox = 11;

std::string Question(const Script& script, std::string_view step_id, const std::string& language) {
  const int index = script.StepIndex(step_id);
  return index < 0 ? std::string(step_id) : FormatText(Tr(UiText::kPrintQuestion, language), static_cast<unsigned>(index + 1));
}

// An answer as the canvasser ticked it: the option's label, Yes/No, or the value.
std::string AnswerWords(const Script& script, std::string_view step_id, const std::string& value,
                        const std::string& language) {
  const Step* step = script.FindStep(step_id);
  if (!step) return value;
  if (const Option* option = step->FindOption(value)) return Localize(option->label, language, script.fallback_language);
  if (step->kind == StepKind::kYesNo && (value == "yes" || value == "no"))
    return std::string(Tr(value == "yes" ? UiText::kYes : UiText::kNo, language));
  return value;
}

std::string Number(double n) {
  std::string text = std::to_string(n);
  text.erase(text.find_last_not_of('0') + 1);
  if (text.ends_with('.')) text.pop_back();
  return text;
}

std::string Join(const std::vector<std::string>& parts, UiText joiner, const std::string& language) {
  std::string out;
  for (std::size_t i = 0; i < parts.size(); ++i) out += (i ? std::string(Tr(joiner, language)) : "") + parts[i];
  return out;
}

struct Column {
  std::string language;
  double x, width;
};

// Draws, or with draw == false only measures (see walk_sheet.cpp).
struct Painter {
  PdfDocument& doc;
  bool draw;
  double Text(double x, double y, double width, std::string_view text, const TextStyle& style) {
    return draw ? doc.Text(x, y, width, text, style) : doc.Measure(text, style, width);
  }
  void Box(double x, double y) {
    if (draw) doc.TickBox(x, y, kBox);
  }
  void Line(double x1, double y, double x2) {
    if (draw) doc.Line(x1, y, x2, y, 0.6, 0.5);
  }
};

// What a step asks for, in one language column: its text, then the boxes.
double StepColumn(Painter& p, double y, const Script& script, const Step& step, const Column& c,
                  const std::map<std::string, std::string>& placeholders) {
  const std::string& l = c.language;
  const double top = y;
  if (step.show_if) {
    const std::string only_if = Fill(Tr(UiText::kPrintOnlyIf, l), {{"{c}", DescribeCondition(*step.show_if, script, l)}});
    y += p.Text(c.x, y, c.width, only_if, {.size = 10, .bold = true, .gray = 0.35, .language = l}) + 3;
  }
  const std::string text = ExpandPlaceholders(Localize(step.text, l, script.fallback_language), placeholders);
  y += p.Text(c.x, y, c.width, text, {.size = 11, .bold = step.Records(), .language = l}) + 4;
  const TextStyle hint{.size = 9.5, .gray = 0.35, .language = l};
  const TextStyle answer{.size = 11, .language = l};
  const auto box_line = [&](const std::string& label) {
    p.Box(c.x, y + 2);
    y += std::max(p.Text(c.x + kBox + 5, y, c.width - kBox - 5, label, answer), 15.0) + 3;
  };
  switch (step.kind) {
    case StepKind::kInfo:
      break;
    case StepKind::kSingleChoice:
    case StepKind::kMultipleChoice:
      y += p.Text(c.x, y, c.width,
                  std::string(Tr(step.kind == StepKind::kSingleChoice ? UiText::kPrintTickOne : UiText::kPrintTickAll, l)),
                  hint) + 2;
      for (const Option& option : step.options) box_line(Localize(option.label, l, script.fallback_language));
      break;
    case StepKind::kYesNo:
      box_line(std::string(Tr(UiText::kYes, l)));
      box_line(std::string(Tr(UiText::kNo, l)));
      break;
    case StepKind::kScale: {
      y += p.Text(c.x, y, c.width, std::string(Tr(UiText::kPrintTickOne, l)), hint) + 2;
      double x = c.x;
      for (int n = 1; n <= 5; ++n, x += kBox + 22) {
        p.Box(x, y + 2);
        p.Text(x + kBox + 4, y, 0, std::to_string(n), answer);
      }
      y += 18;
      break;
    }
    case StepKind::kNumber:
    case StepKind::kFreeText:
    case StepKind::kDateTime: {
      std::string what(Tr(UiText::kPrintWriteAnswer, l));
      if (step.kind == StepKind::kNumber && (step.min || step.max))
        what += " (" + (step.min ? Number(*step.min) : "") + "–" + (step.max ? Number(*step.max) : "") + ")";
      y += p.Text(c.x, y, c.width, what, hint) + 2;
      if (step.kind == StepKind::kDateTime) {
        y += p.Text(c.x, y + 6, c.width, "____ - ___ - ___     ___ : ___", {.size = 11, .gray = 0.4}) + 10;
        break;
      }
      const int lines = step.kind == StepKind::kFreeText ? 3 : 1;
      for (int i = 0; i < lines; ++i, y += 20) p.Line(c.x, y + 18, c.x + c.width);
      y += 4;
      break;
    }
  }
  return y - top;
}

// The languages' names over their columns.
double ColumnHeads(Painter& p, double y, const std::vector<Column>& row) {
  double height = 0;
  for (const Column& c : row)
    height = std::max(height, p.Text(c.x, y, c.width, LanguageName(c.language, c.language),
                                     {.size = 10, .bold = true, .gray = 0.35, .language = c.language}));
  return height + 6;
}

// The heads over the page's columns, when the languages fit in one row (with
// more, each step's rows name their own).
double OneRowHeads(Painter& p, double y, const std::vector<std::vector<Column>>& rows) {
  return rows.size() == 1 ? ColumnHeads(p, y, rows.front()) : 0;
}

// One step: its number at the left, then rows of language columns.
double StepBlock(Painter& p, double y, const Script& script, std::size_t index,
                 const std::vector<std::vector<Column>>& rows, const std::map<std::string, std::string>& placeholders) {
  const Step& step = script.steps[index];
  const double top = y;
  const std::string number = step.Records()
                                 ? FormatText(Tr(UiText::kPrintQuestion, rows.front().front().language),
                                              static_cast<unsigned>(index + 1))
                                 : std::to_string(index + 1);
  p.Text(p.doc.left(), y, kNumberColumn - 4, number,
         {.size = 12, .bold = true, .language = rows.front().front().language});
  for (const auto& row : rows) {
    // More languages than fit in a row: every row names its columns' languages.
    if (rows.size() > 1) y += ColumnHeads(p, y, row) - 3;
    double height = 0;
    for (const Column& c : row) height = std::max(height, StepColumn(p, y, script, step, c, placeholders));
    y += height + 6;
  }
  if (p.draw) p.doc.Line(p.doc.left(), y, p.doc.right(), y, 0.5, 0.75);
  return y - top + 8;
}

double ScriptTitle(Painter& p, double y, const Script& script, const std::vector<Column>& first_row) {
  double height = 0;
  for (const Column& c : first_row)
    height = std::max(height, p.Text(c.x, y, c.width, Localize(script.title, c.language, script.fallback_language),
                                     {.size = 16, .bold = true, .language = c.language}));
  return height + 8;
}

}  // namespace

std::string DescribeCondition(const Condition& condition, const Script& script, const std::string& language) {
  const auto leaf = [&](UiText pattern, const std::string& answer) {
    return Fill(Tr(pattern, language), {{"{q}", Question(script, condition.step, language)}, {"{a}", answer}});
  };
  std::vector<std::string> parts;
  switch (condition.op) {
    case Condition::Op::kEquals:
      return leaf(UiText::kPrintAnswerIs, AnswerWords(script, condition.step, condition.values.at(0), language));
    case Condition::Op::kNotEquals:
      return leaf(UiText::kPrintAnswerIsNot, AnswerWords(script, condition.step, condition.values.at(0), language));
    case Condition::Op::kAnyOf:
      for (const std::string& v : condition.values) parts.push_back(AnswerWords(script, condition.step, v, language));
      return leaf(UiText::kPrintAnswerIsOneOf, Join(parts, UiText::kPrintOr, language));
    case Condition::Op::kLess: return leaf(UiText::kPrintAnswerIs, "< " + Number(condition.number));
    case Condition::Op::kLessEqual: return leaf(UiText::kPrintAnswerIs, "≤ " + Number(condition.number));
    case Condition::Op::kGreater: return leaf(UiText::kPrintAnswerIs, "> " + Number(condition.number));
    case Condition::Op::kGreaterEqual: return leaf(UiText::kPrintAnswerIs, "≥ " + Number(condition.number));
    case Condition::Op::kAnswered:
      return Fill(Tr(UiText::kPrintAnswered, language), {{"{q}", Question(script, condition.step, language)}});
    case Condition::Op::kAll:
    case Condition::Op::kAny:
      for (const Condition& child : condition.children) {
        std::string part = DescribeCondition(child, script, language);
        // Chinese writes its brackets full width, as it does its colon.
        if (child.op == Condition::Op::kAll || child.op == Condition::Op::kAny)
          part = language == "zh" ? "（" + part + "）" : "(" + part + ")";
        parts.push_back(std::move(part));
      }
      return Join(parts, condition.op == Condition::Op::kAll ? UiText::kPrintAnd : UiText::kPrintOr, language);
    case Condition::Op::kNot:
      return Fill(Tr(UiText::kPrintNot, language),
                  {{"{c}", condition.children.empty() ? "" : DescribeCondition(condition.children.front(), script, language)}});
  }
  return {};
}

std::optional<std::string> ScriptBookletPdf(const std::vector<Script>& scripts, const std::string& title,
                                            const std::map<std::string, std::string>& placeholders,
                                            const PrintOptions& options, std::string& why) {
  if (scripts.empty()) {
    why = "no script to print";
    return std::nullopt;
  }
  const std::string sheet_language = options.languages.empty()
                                         ? (scripts.front().languages.empty() ? "en" : scripts.front().languages.front())
                                         : options.languages.front();
  // A voter's name is said at the door: a blank on paper.
  std::map<std::string, std::string> values = placeholders;
  for (const char* name : {"first_name", "last_name", "called_name"}) values.emplace(name, "______");
  for (const char* name : {"canvasser", "organization", "campaign"}) values.emplace(name, "______");

  PdfDocument doc(options.paper, title);
  const double limit = doc.bottom() - kFooterHeight - 4;
  // Two passes, as the walk sheet: page breaks first (a step never splits),
  // then the drawing, which knows the number of pages.
  struct Item {
    std::size_t script, step;  // step == npos: the script's title and column heads
  };
  std::vector<std::vector<Item>> pages(1);
  std::vector<std::vector<std::vector<Column>>> layouts;  // per script: rows of columns
  for (const Script& script : scripts) {
    const std::vector<std::string>& languages = options.languages.empty() ? script.languages : options.languages;
    std::vector<std::vector<Column>> rows;
    const std::size_t per_row = std::min(kColumnsPerRow, std::max<std::size_t>(languages.size(), 1));
    const double width = (doc.right() - doc.left() - kNumberColumn - kGap * static_cast<double>(per_row - 1)) /
                         static_cast<double>(per_row);
    for (std::size_t i = 0; i < languages.size(); ++i) {
      if (i % per_row == 0) rows.emplace_back();
      rows.back().push_back({languages[i], doc.left() + kNumberColumn + static_cast<double>(i % per_row) * (width + kGap), width});
    }
    if (rows.empty()) rows.push_back({{"en", doc.left() + kNumberColumn, width}});
    layouts.push_back(std::move(rows));
  }
  Painter measure{doc, false};
  double y = doc.top();
  for (std::size_t s = 0; s < scripts.size(); ++s) {
    const auto& rows = layouts[s];
    const double head = ScriptTitle(measure, y, scripts[s], rows.front()) + OneRowHeads(measure, y, rows);
    for (std::size_t i = 0; i <= scripts[s].steps.size(); ++i) {
      const bool is_title = i == 0;
      const double need = is_title ? head : StepBlock(measure, y, scripts[s], i - 1, rows, values);
      // The title stays with the first step: it moves on when they do not fit together.
      const double keep = is_title && !scripts[s].steps.empty() ? StepBlock(measure, y, scripts[s], 0, rows, values) : 0;
      if (y + need + keep > limit && !pages.back().empty()) {
        pages.emplace_back();
        y = doc.top() + (is_title ? 0 : OneRowHeads(measure, doc.top(), rows));
      }
      pages.back().push_back({s, is_title ? std::string::npos : i - 1});
      y += need;
    }
  }

  Painter paint{doc, true};
  const std::string foot = title + " · " + std::string(Tr(UiText::kPrintScriptBooklet, sheet_language));
  for (std::size_t n = 0; n < pages.size(); ++n) {
    if (n) doc.NextPage();
    y = doc.top();
    // A page that goes on with a script says again which column is which language.
    if (!pages[n].empty() && pages[n].front().step != std::string::npos)
      y += OneRowHeads(paint, y, layouts[pages[n].front().script]);
    for (const Item& item : pages[n]) {
      const Script& script = scripts[item.script];
      const auto& rows = layouts[item.script];
      if (item.step == std::string::npos) {
        y += ScriptTitle(paint, y, script, rows.front());
        y += OneRowHeads(paint, y, rows);
      } else {
        y += StepBlock(paint, y, script, item.step, rows, values);
      }
    }
    DrawFooter(doc, sheet_language, foot, static_cast<unsigned>(n + 1), static_cast<unsigned>(pages.size()));
  }
  return doc.Finish(why);
}

std::map<std::string, std::string> KnownPlaceholders(const TurfPackage& turf) {
  std::map<std::string, std::string> known;
  for (auto [key, value] : {std::pair<const char*, const std::string*>{"organization", &turf.organization},
                            {"campaign", &turf.campaign},
                            {"canvasser", &turf.canvasser}})
    if (!value->empty()) known.emplace(key, *value);
  return known;
}

}  // namespace puerta::print
