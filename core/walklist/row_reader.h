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

std::optional<ImportedRow> ReadRow(const layout::ColumnMap& map, const std::vector<std::string>& header,
                                   const csv::Row& row, std::vector<ImportIssue>& issues);

}  // namespace puerta
