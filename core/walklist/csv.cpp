#include "walklist/csv.h"

namespace puerta::csv {

Table Parse(std::string_view text, char delimiter) {
  Table table;
  Row row;
  std::string field;
  bool in_quotes = false;
  bool field_was_quoted = false;
  std::uint32_t line = 1;
  row.line = 1;
  std::uint32_t quote_line = 0;

  auto end_field = [&] {
    row.fields.push_back(std::move(field));
    field.clear();
    field_was_quoted = false;
  };
  auto end_row = [&] {
    end_field();
    const bool blank = row.fields.size() == 1 && row.fields[0].empty();
    if (!blank) table.rows.push_back(std::move(row));
    row = Row{};
    row.line = line;
  };

  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_quotes) {
      if (c == '"') {
        if (i + 1 < text.size() && text[i + 1] == '"') {
          field += '"';
          ++i;
        } else {
          in_quotes = false;
        }
      } else {
        if (c == '\n') ++line;
        field += c;
      }
      continue;
    }
    if (c == '"' && field.empty() && !field_was_quoted) {
      in_quotes = true;
      field_was_quoted = true;
      quote_line = line;
    } else if (c == delimiter) {
      end_field();
    } else if (c == '\r' || c == '\n') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      ++line;
      end_row();
    } else {
      field += c;
    }
  }
  if (in_quotes) {
    table.errors.push_back({quote_line, "a quoted field opened on line " + std::to_string(quote_line) +
                                            " is never closed"});
  } else if (!field.empty() || !row.fields.empty()) {
    end_row();
  }
  return table;
}

char GuessDelimiter(std::string_view text) {
  int commas = 0, tabs = 0, semicolons = 0;
  bool in_quotes = false;
  for (char c : text) {
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes) continue;
    if (c == '\n') break;
    commas += c == ',';
    tabs += c == '\t';
    semicolons += c == ';';
  }
  if (tabs > commas && tabs >= semicolons) return '\t';
  if (semicolons > commas) return ';';
  return ',';
}

}  // namespace puerta::csv
