// Reading a voter file into a WalkList. The bytes are decoded to UTF-8
// (walklist/text_encoding.h), split into rows (walklist/csv.h), the layout is
// recognized from the header (walklist/layouts.h) or given by a mapping
// (walklist/mapping.h), each row becomes a voter at a normalized address
// (walklist/address.h), voters are grouped into households and buildings
// (walklist/households.h) and the buildings put in walk order
// (route/walk_order.h). Every problem is reported with its row and column;
// good rows are kept, and a file that cannot be used at all gets one message.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/walk_list.h"
#include "walklist/column_roles.h"

namespace puerta {

struct ImportIssue {
  std::uint32_t row = 0;   // 1-based line in the file (0: the file as a whole)
  std::string column;      // header name, empty when not about one column
  std::string message;
};

struct ImportResult {
  std::string file;                 // the name the file was imported under
  std::string layout;               // "van", "north_carolina", "ohio", "split_address",
                                    // "address_points", "puerta", "mapping", or "by_meaning" (roles
                                    // worked out column by column), or a headerless state layout
                                    // ("florida", "new_york"); empty when unrecognized
  std::string encoding;             // as read: "UTF-8", "UTF-16LE", "Windows-1252", ...
  std::string walk_order;           // "route" (optimized on coordinates) or "street"
  std::uint32_t rows = 0;           // data rows read (good or bad; blank lines excluded)
  WalkList list;
  std::vector<ImportIssue> errors;  // rows skipped or values dropped, in file order
  std::vector<std::string> notes;   // what the organizer should know but nothing was lost (encoding)
  std::vector<layout::ColumnRole> columns;  // what each column was read as, in file order
  std::string fatal;                // non-empty when the file could not be used at all
  std::string mapping_template;     // for a headerless file in no known layout: a mapping to edit and give back
  bool usable() const { return fatal.empty(); }
};

struct ImportOptions {
  std::string mapping_json;          // a mapping file's text (walklist/mapping.h); empty: recognize
  std::vector<std::string> columns;  // a headerless file's column names, in order (without a mapping)
  std::optional<GeoPoint> start;     // where the canvasser starts: the walk order begins nearest it
  // A column role guessed from values alone is doubtful: by default such a
  // file is refused, asking for a mapping; `puerta list inspect` accepts it
  // to show the organizer what was guessed.
  bool accept_doubtful_roles = false;
};

ImportResult ImportVoterFile(std::string_view file_name, std::string_view bytes);
ImportResult ImportVoterFile(std::string_view file_name, std::string_view bytes, const ImportOptions& options);

// "walk.csv, row 12, column \"zip\": reason", for logs and the command line.
std::string Describe(const ImportResult& result, const ImportIssue& issue);

}  // namespace puerta
