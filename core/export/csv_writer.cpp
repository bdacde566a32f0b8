#include "export/csv_writer.h"

namespace puerta {

std::string CsvCell(std::string_view value) {
  std::string cell;
  if (!value.empty() && std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) cell += '\'';
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
