// The response CSV: one row per contact attempt (its current version),
// practice attempts left out; the columns of export/response_table.h. They
// are a stable interface that organizers build spreadsheets on: the fixed
// ones are never reordered or renamed, only appended to
// (docs/export-formats.md describes each).
#pragma once

#include <span>
#include <string>

#include "responses/contact_attempt.h"
#include "script/script.h"

namespace puerta {

// `scripts`: the ones the attempts were recorded with (a turf's, or those
// given on the command line); they order the answers and give each question
// its column.
std::string ExportResponseCsv(std::span<const ContactAttempt> attempts, std::span<const Script> scripts);

}  // namespace puerta
