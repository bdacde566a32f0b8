// The response export as an .xlsx workbook: the columns of the response CSV
// (export/response_table.h), every cell typed, so a spreadsheet opens it with
// no import dialog and no guessing. Text is written as text: a phone number,
// a ZIP code's leading zero, a typed "=1+1" stay as they were, and no cell is
// ever a formula; counts and numeric answers are numbers.
//
// Its own library, puerta_xlsx (libxlsxwriter, Debian libxlsxwriter-dev),
// outside puerta_core: the browser app never writes .xlsx and does not link it.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "responses/contact_attempt.h"
#include "script/script.h"
#include "util/status.h"

namespace puerta {

// The workbook's bytes, or nothing and the reason (libxlsxwriter builds the
// file in the temporary folder; it is read back and removed).
std::optional<std::string> ExportResponseXlsx(std::span<const ContactAttempt> attempts, std::span<const Script> scripts,
                                              Status& status);

}  // namespace puerta
