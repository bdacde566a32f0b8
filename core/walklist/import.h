// Reading a voter file into a WalkList. The file's layout is recognized from
// its header row; every problem is reported with its row and column, and good
// rows are kept.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/walk_list.h"

namespace puerta {

struct ImportIssue {
  std::uint32_t row = 0;   // 1-based line in the file (0: the file as a whole)
  std::string column;      // header name, empty when not about one column
  std::string message;
};

struct ImportResult {
  std::string layout;               // "puerta", ... ; empty when unrecognized
  std::uint32_t rows = 0;           // data rows read (good or bad)
  WalkList list;
  std::vector<ImportIssue> errors;
  std::string fatal;                // non-empty when the file could not be used at all
  bool usable() const { return fatal.empty(); }
};

ImportResult ImportVoterFile(std::string_view file_name, std::string_view bytes);

}  // namespace puerta
