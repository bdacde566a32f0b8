// Voter files published with no header row. Some states document the column
// order in a separate record layout and ship the data alone; such a file is
// recognized by its column count and the shape of its values, from the
// states' published layouts, and the layout assumed is said. A headerless
// file that matches none gets a mapping-file template (walklist/mapping.h)
// whose roles are guessed from the values, to edit and give with --mapping.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walklist/mapping.h"

namespace puerta::layout {

// True when a first line looks like data rather than names: its cells hold
// numbers, dates or street lines, more of them than column names Puerta knows.
bool LooksLikeData(const std::vector<std::string>& first_row);

struct HeaderlessMatch {
  std::string layout;  // "florida", "new_york"
  std::string description;  // "Florida's voter extract (38 columns, tab-delimited)"
  Mapping mapping;     // header false, the published column names, the fields read
};

// The published layout rows (the first rows, the first line included) fit; nullopt when none.
std::optional<HeaderlessMatch> RecognizeHeaderless(const std::vector<std::vector<std::string>>& rows);

// A mapping file for a headerless file of that many columns, with the roles
// guessed from the values ("column_1", ...); fields not found are left out.
std::string MappingTemplate(const std::vector<std::vector<std::string>>& rows, std::size_t columns, char delimiter);

// The headerless layouts' names and descriptions, for messages and documentation.
std::string HeaderlessLayoutsDescribed();

}  // namespace puerta::layout
