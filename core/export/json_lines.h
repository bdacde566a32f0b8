// The lossless export: JSON Lines, one contact-attempt version per line,
// after a header line naming the format:
//   {"format":"puerta-attempts","format_version":1}
//   {"attempt_id":"3f9c...","version":1,...}
// Every field of ContactAttempt is written, every version of every attempt,
// so importing gives back exactly what was exported. Organizers merge the
// files of many canvassers by importing each: versions already held (same
// attempt id and version) are skipped. Field list: docs/export-formats.md.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "responses/attempt_log.h"
#include "responses/contact_attempt.h"

namespace puerta {

inline constexpr std::uint32_t kJsonLinesFormatVersion = 1;

// Practice attempts are left out unless asked for (a trainer reviewing a
// session); they keep "practice": true, so no reader mistakes them for real.
std::string ExportJsonLines(std::span<const ContactAttempt> versions, bool include_practice = false);
std::string AttemptToJson(const ContactAttempt& attempt);  // one line, no newline

struct ParsedJsonLines {
  std::vector<ContactAttempt> attempts;
  std::vector<std::string> errors;  // "line 7: ..." for each line that was skipped
};
ParsedJsonLines ParseJsonLines(std::string_view text);

struct MergeReport {
  std::uint32_t added = 0;
  std::uint32_t duplicates = 0;  // same id and version, same content: skipped
  std::uint32_t conflicts = 0;   // same id and version, different content: ours kept
  std::vector<std::string> errors;
};
// Parses and merges into `log`; lines breaking CheckAttempt are refused.
MergeReport ImportJsonLines(std::string_view text, AttemptLog& log);

}  // namespace puerta
