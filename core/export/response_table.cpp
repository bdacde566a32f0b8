#include "export/response_table.h"

#include <algorithm>
#include <array>
#include <set>

#include "export/csv_writer.h"
#include "responses/attempt_time.h"

namespace puerta {
namespace {

constexpr std::array<std::string_view, 18> kColumns = {
    "attempt_id", "version",        "time_utc",  "voter_id",     "voter_name",   "household_id",
    "canvasser",  "organization",   "campaign",  "channel",      "result",       "script_id",
    "script_version", "language",   "answers",   "follow_up_due_utc", "follow_up_language",
    "notes",
};
constexpr std::string_view kAnswerPrefix = "answer:";

// `\` `;` `|` escaped, so "a; b|c" typed at the door stays one value.
std::string Escaped(const std::string& value) {
  std::string out;
  for (char c : value) {
    if (c == '\\' || c == ';' || c == '|') out += '\\';
    out += c;
  }
  return out;
}

// Several values (a multiple choice) joined by |; a single one as it was typed.
std::string JoinedValues(const std::vector<std::string>& values) {
  if (values.size() == 1) return values[0];
  std::string cell;
  for (std::size_t i = 0; i < values.size(); ++i) cell += (i ? "|" : "") + Escaped(values[i]);
  return cell;
}

// The attempt's steps in the order of its script; steps the script lacks after, by id.
std::vector<const std::string*> StepOrder(const Answers& answers, const Script* script) {
  std::vector<const std::string*> order;
  std::set<std::string_view> placed;
  if (script) {
    for (const Step& step : script->steps) {
      const auto it = answers.find(step.id);
      if (it != answers.end() && placed.insert(it->first).second) order.push_back(&it->first);
    }
  }
  for (const auto& [step, values] : answers)
    if (!placed.count(step)) order.push_back(&step);
  return order;
}

struct QuestionColumn {
  std::string step_id;
  bool numeric = false;  // a number or scale step in the script that named the column
};

std::vector<QuestionColumn> QuestionColumns(std::span<const ContactAttempt> attempts, std::span<const Script> scripts) {
  std::vector<QuestionColumn> columns;
  std::set<std::string> seen;
  for (const Script& script : scripts)
    for (const Step& step : script.steps)
      if (step.Records() && seen.insert(step.id).second)
        columns.push_back({step.id, step.kind == StepKind::kNumber || step.kind == StepKind::kScale});
  std::set<std::string> unknown;  // answers to steps no given script has: sorted by id
  for (const ContactAttempt& a : attempts)
    if (!a.practice)
      for (const auto& [step, values] : a.answers)
        if (!seen.count(step)) unknown.insert(step);
  for (const std::string& step : unknown) columns.push_back({step, false});
  return columns;
}

TableCell Text(std::string text) { return {std::move(text), false}; }
TableCell Count(std::uint32_t n) { return {std::to_string(n), true}; }

}  // namespace

std::span<const std::string_view> ResponseFixedColumns() { return kColumns; }

std::string AnswersCell(const Answers& answers, const Script* script) {
  std::string cell;
  for (const std::string* step : StepOrder(answers, script)) {
    if (!cell.empty()) cell += "; ";
    cell += *step + "=";
    const auto& values = answers.at(*step);
    for (std::size_t i = 0; i < values.size(); ++i) cell += (i ? "|" : "") + Escaped(values[i]);
  }
  return cell;
}

ResponseTable BuildResponseTable(std::span<const ContactAttempt> attempts, std::span<const Script> scripts) {
  ResponseTable table;
  const std::vector<QuestionColumn> questions = QuestionColumns(attempts, scripts);
  table.header.assign(kColumns.begin(), kColumns.end());
  for (const QuestionColumn& q : questions) table.header.push_back(std::string(kAnswerPrefix) + q.step_id);
  for (const ContactAttempt& a : attempts) {
    if (a.practice) continue;
    // A script and a language belong to a conversation; a door result (not
    // home, refused...) has neither, whatever screen it was recorded from.
    const bool talked = a.result == ResultCode::kCanvassed;
    const Script* script = talked ? FindScript(scripts, a.script_id, a.script_version) : nullptr;
    std::vector<TableCell> row = {
        Text(a.attempt_id),
        Count(a.version),
        Text(IsoDateTime(a.time_unix) + "Z"),
        Text(a.voter_id),
        Text(a.voter_name),
        Text(a.household_id),
        Text(a.canvasser),
        Text(a.organization),
        Text(a.campaign),
        Text(std::string(ChannelKey(a.channel))),
        Text(std::string(Info(a.result).key)),
        Text(talked ? a.script_id : ""),
        talked && a.script_version ? Count(a.script_version) : Text(""),
        Text(talked ? a.language : ""),
        Text(AnswersCell(a.answers, script)),
        Text(a.follow_up.due_unix ? IsoDateTime(a.follow_up.due_unix) + "Z" : ""),
        Text(a.follow_up.language),
        Text(a.notes),
    };
    for (const QuestionColumn& q : questions) {
      const auto it = a.answers.find(q.step_id);
      if (it == a.answers.end()) {
        row.push_back(Text(""));
        continue;
      }
      std::string cell = JoinedValues(it->second);
      const bool number = q.numeric && it->second.size() == 1 && IsPlainNumber(cell);
      row.push_back({std::move(cell), number});
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace puerta
