// One data row of a voter file, read through a ColumnMap into an ImportedRow.
// Values that cannot be used are reported as issues naming the column; the
// row itself is refused only when it cannot be placed at a door (no address)
// or, for voter files, belongs to nobody (no id).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "walklist/csv.h"
#include "walklist/households.h"
#include "walklist/import.h"
#include "walklist/layouts.h"

namespace puerta {

// Reads the rows of one file; what depends only on the header is worked out
// once here rather than for each of 100,000 rows.
class RowReader {
 public:
  RowReader(const layout::ColumnMap& map, const std::vector<std::string>& header);
  std::optional<ImportedRow> Read(const csv::RowView& row, std::vector<ImportIssue>& issues);

 private:
  const layout::ColumnMap& map_;
  const std::vector<std::string>& header_;
  // Columns that carry no field, ordered by header name (stable for equal
  // names) so each voter's attribute map is filled in key order.
  std::vector<std::size_t> free_columns_;
  // Voter files list a household's people one after another, so a row's
  // street line is most often the one before it: parsed once for both
  // (parsing was a fifth of the import).
  std::string last_line_;
  address::StreetAddress last_address_;
};

}  // namespace puerta
