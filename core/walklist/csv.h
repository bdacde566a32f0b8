// RFC 4180 CSV reading: fields separated by a delimiter, optionally quoted,
// quotes doubled inside quoted fields, newlines allowed inside quotes, CRLF, LF
// or lone CR line ends. Input is UTF-8 (walklist/text_encoding.h converts).
//
// The reader is lenient where exports are sloppy and loud where data would be
// lost: text after a closing quote is kept ("ab"c reads ab c), a quote inside an
// unquoted field is literal, but a quote that never closes is reported and
// reading resumes on the next line, and a field longer than kMaxFieldBytes is
// cut and flagged so the importer can reject that row without holding 10 MB.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace puerta::csv {

inline constexpr std::uint32_t kMaxFieldBytes = 1u << 20;  // 1 MiB: no voter field is ever near

struct Row {
  std::uint32_t line = 0;               // 1-based line where the row starts
  std::vector<std::string> fields;
  std::int32_t oversized_field = -1;    // index of the first field cut at kMaxFieldBytes, or -1
};

// A row whose fields are views, valid until the reader's next Next: into the
// text itself, or, for a field that had to be unescaped ("a""b", "ab"c), into
// a buffer the reader reuses. The importer reads 100,000-row files this way,
// with no copy of a field it does not keep.
struct RowView {
  std::uint32_t line = 0;
  std::vector<std::string_view> fields;
  std::int32_t oversized_field = -1;
};

struct ParseError {
  std::uint32_t line = 0;
  std::string message;
};

// Reads one row at a time (100,000-row files).
class Reader {
 public:
  Reader(std::string_view text, char delimiter) : text_(text), delimiter_(delimiter) {
    ends_field_[static_cast<unsigned char>(delimiter)] = ends_field_['\n'] = ends_field_['\r'] = true;
  }
  // Fills row with the next non-blank row; false at the end of the text.
  bool Next(RowView& row);
  bool Next(Row& row);  // the same, copied into the Row's strings (reused)
  const std::vector<ParseError>& errors() const { return errors_; }

 private:
  // A field while it is read: a span of the text while it is one piece, of
  // unescaped_ once a second piece joins it.
  struct Piece {
    std::size_t begin = 0, size = 0;
    bool unescaped = false;
  };
  enum class Field { kEndOfRow, kMore, kUnclosedQuote };
  Field ReadField(Piece& field, std::int32_t& oversized, std::int32_t index);
  void Append(Piece& field, std::size_t begin, std::size_t size, std::int32_t& oversized, std::int32_t index);
  bool SkipUnclosedQuote(std::size_t quote_pos, std::uint32_t quote_line);

  std::string_view text_;
  char delimiter_;
  // The bytes that end an unquoted field, as a table: the scan for them runs
  // over every byte of the file, and one lookup beats three comparisons.
  std::array<bool, 256> ends_field_{};
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1;
  std::size_t failed_scan_bytes_ = 0;  // bounds the rescans after unclosed quotes
  std::vector<ParseError> errors_;
  std::vector<Piece> pieces_;  // the current row's fields, reused
  std::string unescaped_;      // the current row's unescaped fields, reused
  RowView view_;               // Next(Row&)'s row before it is copied
};

struct Table {
  std::vector<Row> rows;
  std::vector<ParseError> errors;
};

// The whole text at once (tests, small files).
Table Parse(std::string_view text, char delimiter = ',');

// '\t', ',', ';' or '|', whichever the first line holds most of outside quotes
// (',' when none).
char GuessDelimiter(std::string_view text);

}  // namespace puerta::csv
