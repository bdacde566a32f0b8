// What a voter file's column holds, guessed from its header name alone, with
// a table of the names US states, counties and the common vendors (VAN, L2,
// Catalist, county clerks' exports) use for each role. Names are split into
// words (CamelCase, spaces, underscores, digits), lower-cased and compared
// without separators; a residential/registration prefix ("RES_", "Residence",
// "REG") is dropped, and a mailing-address prefix makes the column a mailing
// address part, never the door: canvassers knock where the voter lives.
//
// The guess is only the name's word; walklist/column_roles.h weighs it with
// the column's values and its neighbours.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "walklist/layouts.h"

namespace puerta::layout {

struct NameGuess {
  std::optional<Field> field;  // read into the voter or the door; nullopt: a free attribute
  std::string_view meaning;    // the field's name, or what the attribute holds ("party", "precinct", ...)
  bool ambiguous = false;      // the name alone does not decide ("Street": a whole line, or the street's name?)
  bool mailing = false;        // a part of the mailing address (never used to place the door)
  int rank = 0;                // among columns guessed as the same field, the lowest rank wins
};

// The words of a header name: "SOSVoterId" -> sos voter id, "RES_ZIP5" -> res zip 5.
std::vector<std::string> HeaderWords(std::string_view name);

std::optional<NameGuess> GuessFromName(std::string_view name);

// The names looked for, for one field, as a message shows them: "VANID, Voter ID, SOS_VOTERID, ...".
std::string NamesLookedFor(Field field, std::size_t at_most = 5);

}  // namespace puerta::layout
