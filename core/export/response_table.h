// The response export as a table of typed cells, before it becomes a file:
// the CSV (export/response_csv.h) and the .xlsx (export/xlsx/response_xlsx.h)
// write the same columns from it.
//
// Columns: the 18 fixed ones (never renamed or reordered), then one per
// question: every step that records an answer, of every script given, in
// script order (scripts in the order given; a step id already seen in an
// earlier script shares its column), headed `answer:STEP_ID`; then answers to
// steps no given script has, by step id. docs/export-formats.md describes each.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "responses/contact_attempt.h"
#include "script/script.h"

namespace puerta {

struct TableCell {
  std::string text;
  bool number = false;  // a count or a numeric answer: a spreadsheet may read it as a number
};

struct ResponseTable {
  std::vector<std::string> header;
  std::vector<std::vector<TableCell>> rows;
};

std::span<const std::string_view> ResponseFixedColumns();

// The `answers` cell: "registered=no; issues=housing|wages", steps in the
// order of the attempt's script (steps it lacks after, by id). In a value,
// `\` `;` and `|` are written `\\` `\;` `\|`, so typed text cannot fake a
// separator.
std::string AnswersCell(const Answers& answers, const Script* script);

// One row per attempt given (the current version of each), practice left out.
ResponseTable BuildResponseTable(std::span<const ContactAttempt> attempts, std::span<const Script> scripts);

}  // namespace puerta
