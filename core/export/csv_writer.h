// Writing CSV that spreadsheets open safely and correctly:
//  - UTF-8 with a byte-order mark, so Excel shows 中文, tiếng Việt and 한국어
//    instead of mojibake;
//  - RFC 4180 quoting, CRLF line ends;
//  - formula injection neutralized: a cell a spreadsheet would run as a
//    formula gets a leading single quote: one starting with = + - @ (or the
//    full-width ＝ ＋ － ＠), also after leading spaces, no-break or zero-width
//    spaces, or with a tab or carriage return. Voters' words and canvassers'
//    notes are untrusted input, and an organizer opening an export must never
//    run them. A plain number ("-5", "0.5") is not text: it stays a number;
//  - NUL characters and bytes that are not UTF-8 are written as U+FFFD.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace puerta {

inline constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// A plain decimal number ("-5", "0.5", "+12", "-1.5e3"): a spreadsheet reads
// it as a number, never as a formula.
bool IsPlainNumber(std::string_view s);

// Text as it may go into a cell: NUL characters and bytes that are not UTF-8
// become U+FFFD, so a damaged value can neither cut the file short in a
// reader written in C nor turn the rest of a cell into mojibake.
std::string CleanCellText(std::string_view value);

// One cell: neutralized, then quoted when it holds , " CR or LF.
std::string CsvCell(std::string_view value);

// A table being written; Text() starts with the BOM and the header row.
class CsvWriter {
 public:
  explicit CsvWriter(const std::vector<std::string_view>& header);
  void Row(const std::vector<std::string>& cells);
  const std::string& Text() const { return text_; }

 private:
  void Line(const std::vector<std::string>& cells);
  std::string text_;
};

}  // namespace puerta
