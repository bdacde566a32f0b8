#include "walklist/csv.h"

#include <algorithm>

namespace puerta::csv {

// Adds text_[begin, begin + size) to field, cut at kMaxFieldBytes. A field
// stays a view into the text while its pieces are contiguous (nearly every
// field); only one with a doubled quote or text after its closing quote is
// copied, into unescaped_.
void Reader::Append(Piece& field, std::size_t begin, std::size_t size, std::int32_t& oversized, std::int32_t index) {
  if (field.size + size > kMaxFieldBytes) {
    size = kMaxFieldBytes - std::min<std::size_t>(field.size, kMaxFieldBytes);
    if (oversized < 0) oversized = index;
  }
  if (size == 0) return;
  if (!field.unescaped) {
    if (field.size == 0 || field.begin + field.size == begin) {
      if (field.size == 0) field.begin = begin;
      field.size += size;
      return;
    }
    const std::size_t copied_at = unescaped_.size();
    unescaped_.append(text_, field.begin, field.size);
    field.begin = copied_at;
    field.unescaped = true;
  }
  unescaped_.append(text_, begin, size);
  field.size += size;
}

// An unclosed quote would swallow the rest of the file into one field. Instead
// the row is reported and reading resumes on the line after the quote, so the
// rows below it are kept. Returns false when the rest of the file is given up:
// only after rescans have cost several times the file (a pathological file).
bool Reader::SkipUnclosedQuote(std::size_t quote_pos, std::uint32_t quote_line) {
  failed_scan_bytes_ += text_.size() - quote_pos;
  const std::size_t eol = text_.find_first_of("\r\n", quote_pos);
  if (failed_scan_bytes_ > 4 * text_.size() + 4096 || eol == std::string_view::npos) {
    errors_.push_back({quote_line, "a quoted field opened on line " + std::to_string(quote_line) +
                                       " is never closed; the rest of the file from that line was not read"});
    pos_ = text_.size();
    return false;
  }
  errors_.push_back({quote_line, "a quoted field opened on line " + std::to_string(quote_line) +
                                     " is never closed; that row was skipped"});
  pos_ = eol + (text_.compare(eol, 2, "\r\n") == 0 ? 2 : 1);
  line_ = quote_line + 1;
  return true;
}

Reader::Field Reader::ReadField(Piece& field, std::int32_t& oversized, std::int32_t index) {
  const std::size_t size = text_.size();
  if (pos_ < size && text_[pos_] == '"') {
    const std::size_t quote_pos = pos_++;
    for (;;) {
      const std::size_t q = text_.find('"', pos_);
      if (q == std::string_view::npos) {
        pos_ = quote_pos;
        return Field::kUnclosedQuote;
      }
      const std::string_view chunk = text_.substr(pos_, q - pos_);
      line_ += static_cast<std::uint32_t>(std::count(chunk.begin(), chunk.end(), '\n'));
      Append(field, pos_, chunk.size(), oversized, index);
      if (q + 1 < size && text_[q + 1] == '"') {
        Append(field, q, 1, oversized, index);  // the first of the two quotes
        pos_ = q + 2;
      } else {
        pos_ = q + 1;
        break;
      }
    }
  }
  std::size_t end = pos_;
  while (end < size && !ends_field_[static_cast<unsigned char>(text_[end])]) ++end;
  if (field.size == 0 && end - pos_ <= kMaxFieldBytes) {
    field.begin = pos_, field.size = end - pos_;  // an unquoted field (most): no Append call
  } else {
    Append(field, pos_, end - pos_, oversized, index);
  }
  pos_ = end;
  if (pos_ >= size) return Field::kEndOfRow;
  if (text_[pos_] == delimiter_) {
    ++pos_;
    return Field::kMore;
  }
  if (text_[pos_] == '\r' && pos_ + 1 < size && text_[pos_ + 1] == '\n') ++pos_;
  ++pos_;
  ++line_;
  return Field::kEndOfRow;
}

bool Reader::Next(RowView& row) {
  while (pos_ < text_.size()) {
    row.line = line_;
    row.oversized_field = -1;
    unescaped_.clear();
    const bool starts_quoted = text_[pos_] == '"';
    std::size_t count = 0;
    Field state = Field::kMore;
    while (state == Field::kMore) {
      if (count == pieces_.size()) pieces_.emplace_back();
      Piece& field = pieces_[count];
      field = Piece{};
      state = ReadField(field, row.oversized_field, static_cast<std::int32_t>(count));
      ++count;
    }
    if (state == Field::kUnclosedQuote) {
      // ReadField stopped at the opening quote, before counting the lines it
      // would have swallowed, so line_ is the quote's own line.
      const std::size_t quote_pos = pos_;
      const std::uint32_t quote_line = line_;
      if (!SkipUnclosedQuote(quote_pos, quote_line)) return false;
      continue;
    }
    if (count == 1 && pieces_[0].size == 0 && !starts_quoted) continue;  // blank line
    // Views only now: unescaped_ may have moved while the row was read.
    row.fields.resize(count);
    const std::string_view unescaped = unescaped_;
    for (std::size_t i = 0; i < count; ++i) {
      const Piece& p = pieces_[i];
      row.fields[i] = (p.unescaped ? unescaped : text_).substr(p.begin, p.size);
    }
    return true;
  }
  return false;
}

bool Reader::Next(Row& row) {
  if (!Next(view_)) return false;
  row.line = view_.line;
  row.oversized_field = view_.oversized_field;
  row.fields.resize(view_.fields.size());
  for (std::size_t i = 0; i < view_.fields.size(); ++i) row.fields[i].assign(view_.fields[i]);
  return true;
}

Table Parse(std::string_view text, char delimiter) {
  Table table;
  Reader reader(text, delimiter);
  Row row;
  while (reader.Next(row)) table.rows.push_back(row);
  table.errors = reader.errors();
  return table;
}

char GuessDelimiter(std::string_view text) {
  int commas = 0, tabs = 0, semicolons = 0, pipes = 0;
  bool in_quotes = false;
  for (char c : text) {
    if (c == '"') in_quotes = !in_quotes;
    if (in_quotes) continue;
    if (c == '\n' || c == '\r') break;
    commas += c == ',';
    tabs += c == '\t';
    semicolons += c == ';';
    pipes += c == '|';
  }
  const int best = std::max({commas, tabs, semicolons, pipes});
  if (best == 0 || best == commas) return ',';
  if (best == tabs) return '\t';
  return best == semicolons ? ';' : '|';
}

}  // namespace puerta::csv
