// Mapping files: how to read a voter file whose layout Puerta does not
// recognize. A mapping is a small JSON object (documented with an example in
// walklist/FORMATS.md):
//
//   {
//     "delimiter": "\t",            optional: one character; guessed when absent
//     "header": true,               optional, default true; false: no header row
//     "columns": ["A", "B", ...],   required when "header" is false: the names
//                                   of the columns in order
//     "fields": {                   required: Puerta field -> column name
//       "id": "Voter Number", "first_name": "Given", "last_name": "Family",
//       "address": "Street", "unit": "Apt", "zip": "Postal", ...
//     }
//   }
//
// Field names are those of walklist/layouts.h (FieldName); column names match
// like header names (case and punctuation ignored). A file read through a
// mapping reports its layout as "mapping".
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "walklist/layouts.h"

namespace puerta::layout {

struct Mapping {
  std::optional<char> delimiter;
  bool header = true;
  std::vector<std::string> columns;
  std::vector<std::pair<Field, std::string>> fields;  // field -> column name
};

// Parses a mapping file; on failure returns nullopt and sets problem.
std::optional<Mapping> ParseMapping(std::string_view json, std::string& problem);

// The columns of one file under a mapping; nullopt (and problem) when the
// mapping names a column the header lacks or cannot place voters at a door.
std::optional<ColumnMap> ApplyMapping(const Mapping& mapping, const std::vector<std::string>& header,
                                      std::string& problem);

}  // namespace puerta::layout
