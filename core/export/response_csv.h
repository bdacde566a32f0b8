// The response CSV: one row per contact attempt (its current version),
// practice attempts left out. The columns are a stable interface that
// organizers build spreadsheets on: never reorder or rename them, only append
// (docs/export-formats.md describes each).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "responses/contact_attempt.h"

namespace puerta {

std::span<const std::string_view> ResponseCsvColumns();

// "support=yes; issues=housing|wages": step ids in order, values joined by |.
std::string AnswersCell(const Answers& answers);

std::string ExportResponseCsv(std::span<const ContactAttempt> attempts);

}  // namespace puerta
