// The walk sheet: the turf's doors on paper, for a canvasser without a phone
// (a dead battery, training, a building where phones are not welcome).
// Households in walk order under their building, each person with their
// preferred language and a short code (door number and letter: "12a") to
// write results against; tick boxes for the turf's own door results and room
// for notes. Each page says how many doors it holds and which, and its
// number. Names at 13 pt, boxes at 12 pt: readable at arm's length.
// Phone numbers are left off: nobody needs them at a door.
#pragma once

#include <optional>
#include <string>

#include "native/print/paper.h"
#include "turf/turf_package.h"

namespace puerta::print {

// The PDF, or nothing with the reason in `why`. The sheet's words are in the
// first of options.languages (English when none is given).
std::optional<std::string> WalkSheetPdf(const TurfPackage& turf, const PrintOptions& options, std::string& why);

// "12a": door 12's first person; after z, "12z2", "12z3"...
std::string VoterCode(std::size_t door_number, std::size_t person);

}  // namespace puerta::print
