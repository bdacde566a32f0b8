#include "export/response_csv.h"

#include "export/csv_writer.h"
#include "export/response_table.h"

namespace puerta {

std::string ExportResponseCsv(std::span<const ContactAttempt> attempts, std::span<const Script> scripts) {
  const ResponseTable table = BuildResponseTable(attempts, scripts);
  CsvWriter csv({table.header.begin(), table.header.end()});
  for (const auto& row : table.rows) {
    std::vector<std::string> cells;
    cells.reserve(row.size());
    for (const TableCell& cell : row) cells.push_back(cell.text);
    csv.Row(cells);
  }
  return csv.Text();
}

}  // namespace puerta
