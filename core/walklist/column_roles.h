// Columns by meaning: when a header matches none of the known layouts
// (walklist/layouts.h), each column's role is worked out from its name
// (walklist/column_names.h) and, where the name does not decide, from its
// values and neighbours (walklist/column_values.h). Every role carries how
// sure it is, so a doubtful guess is shown and never used silently.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walklist/layouts.h"

namespace puerta::layout {

enum class Confidence : std::uint8_t {
  kSure,      // a known layout, a mapping, or a name from the table
  kLikely,    // a name that alone is ambiguous ("Street"), decided by the values
  kDoubtful,  // the values alone: shown, and `puerta package` asks for --mapping
};
std::string_view ConfidenceName(Confidence confidence);

// What one column of a file was taken to be.
struct ColumnRole {
  std::string column;  // the header's name (or the assumed name, for a headerless file)
  std::string role;    // a field's name ("zip") when read; else what it seems to hold ("party"), "" when unknown
  bool read = false;   // true: read into that field; false: kept on each voter as a free attribute
  Confidence confidence = Confidence::kSure;
  std::string why;     // "layout ohio", "name", "values: 5-digit numbers beside \"City\"", ...
  // Not read and not kept either: a mailing or previous address. The door is
  // the home address, and a phone has no use for another one of a voter's.
  bool left_out = false;
};

struct Inference {
  std::optional<ColumnMap> map;  // layout "by_meaning"; nullopt when a needed role is missing
  std::vector<ColumnRole> roles;  // one per column, in file order
  std::string problem;            // why map is nullopt, naming what was looked for
};

// The roles of a header no known layout matches; rows are the first data rows.
Inference InferRoles(const std::vector<std::string>& header, const std::vector<std::vector<std::string>>& rows);

// The roles of a header read through a known layout or a mapping (all sure),
// with the meaning of each free column where its name tells it.
std::vector<ColumnRole> DescribeRoles(const ColumnMap& map, const std::vector<std::string>& header);

// The roles read with Confidence::kDoubtful, as a message shows them:
// "column \"Col3\" as zip (values: 5-digit numbers)".
std::string DescribeDoubts(const std::vector<ColumnRole>& roles);

}  // namespace puerta::layout
