// RFC 4180 CSV reading: fields separated by a delimiter, optionally quoted,
// quotes doubled inside quoted fields, newlines allowed inside quotes, CRLF or
// LF line ends. Input is UTF-8 (see walklist/text_encoding.h for conversion).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace puerta::csv {

struct Row {
  std::uint32_t line = 0;            // 1-based line where the row starts
  std::vector<std::string> fields;
};

struct ParseError {
  std::uint32_t line = 0;
  std::string message;
};

struct Table {
  std::vector<Row> rows;
  std::vector<ParseError> errors;
};

Table Parse(std::string_view text, char delimiter = ',');

// ',' or '\t' (or ';'), whichever the first line holds most of, outside quotes.
char GuessDelimiter(std::string_view text);

}  // namespace puerta::csv
