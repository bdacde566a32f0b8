#include "export/csv_writer.h"

#include <array>

#include "util/json_reader.h"

namespace puerta {
namespace {

// Characters a spreadsheet skips before deciding what a cell is: ASCII
// space, the no-break and other Unicode spaces, and the zero-width ones
// (found 2026-05: " =1", "\u00A0=1" and "\u200B=1" all ran as formulas).
constexpr std::array<std::string_view, 22> kInvisibleLead = {
    " ",            "\n",           "\xC2\xA0",     "\xE1\x9A\x80", "\xE2\x80\x80", "\xE2\x80\x81",
    "\xE2\x80\x82", "\xE2\x80\x83", "\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87",
    "\xE2\x80\x88", "\xE2\x80\x89", "\xE2\x80\x8A", "\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D",
    "\xE2\x80\xAF", "\xE2\x81\x9F", "\xE2\x81\xA0", "\xE3\x80\x80",
};
constexpr std::string_view kByteOrderMark = "\xEF\xBB\xBF";  // U+FEFF, also a zero-width no-break space

// What starts a formula: = + - @, and their full-width forms (＝ ＋ － ＠),
// which some spreadsheets in CJK locales read as the ASCII ones.
constexpr std::array<std::string_view, 8> kFormulaStart = {
    "=", "+", "-", "@", "\xEF\xBC\x9D", "\xEF\xBC\x8B", "\xEF\xBC\x8D", "\xEF\xBC\xA0",
};

std::string_view SkipInvisible(std::string_view s) {
  for (bool skipped = true; skipped;) {
    skipped = false;
    for (std::string_view lead : kInvisibleLead)
      if (s.starts_with(lead)) s.remove_prefix(lead.size()), skipped = true;
    if (s.starts_with(kByteOrderMark)) s.remove_prefix(kByteOrderMark.size()), skipped = true;
  }
  return s;
}

}  // namespace

bool IsPlainNumber(std::string_view s) {
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
  std::size_t digits = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  if (i < s.size() && s[i] == '.') {
    ++i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i, ++digits;
  }
  if (digits == 0) return false;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) ++i;
    const std::size_t exponent = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == exponent) return false;
  }
  return i == s.size();
}

namespace {

bool RunsAsFormula(std::string_view value) {
  if (value.empty()) return false;
  if (value.front() == '\t' || value.front() == '\r') return true;
  const std::string_view rest = SkipInvisible(value);
  if (IsPlainNumber(value)) return false;
  for (std::string_view start : kFormulaStart)
    if (rest.starts_with(start)) return true;
  return false;
}

}  // namespace

std::string CleanCellText(std::string_view value) {
  if (json::TextProblem(value).empty()) return std::string(value);
  std::string out;
  for (std::size_t i = 0; i < value.size();) {
    std::size_t n = 1;
    while (i + n <= value.size() && !json::TextProblem(value.substr(i, n)).empty() && n < 4) ++n;
    if (i + n <= value.size() && json::TextProblem(value.substr(i, n)).empty()) {
      out.append(value.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";
      ++i;
    }
  }
  return out;
}

std::string CsvCell(std::string_view raw) {
  const std::string value = CleanCellText(raw);
  std::string cell;
  if (RunsAsFormula(value)) cell += '\'';
  cell += value;
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

CsvWriter::CsvWriter(const std::vector<std::string_view>& header) : text_(kUtf8Bom) {
  Line(std::vector<std::string>(header.begin(), header.end()));
}

void CsvWriter::Row(const std::vector<std::string>& cells) { Line(cells); }

void CsvWriter::Line(const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) text_ += ',';
    text_ += CsvCell(cells[i]);
  }
  text_ += "\r\n";
}

}  // namespace puerta
