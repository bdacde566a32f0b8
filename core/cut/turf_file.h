// One cut turf as a voter file that `puerta package --list` reads: Puerta's
// own layout (core/walklist/FORMATS.md), one row per voter, with every free
// column the voters had (and a second pass's last_result/last_result_date),
// or, for doors with nobody named, the address-point layout. Importing it
// gives back the same households and buildings.
//
// Cells are quoted (RFC 4180) but not neutralized as spreadsheet exports are
// (export/csv_writer.h): this file is read back by Puerta, and a leading
// quote added to "+1 555 0100" would change the phone number it carries.
#pragma once

#include <cstdint>
#include <string>

#include "cut/turf_plan.h"

namespace puerta::cut {

std::string TurfVoterFile(const TurfPlan& plan, std::uint32_t turf);

// "Eastside 3" -> "eastside-3": a file name from a turf name (ASCII letters
// and digits; "turf" when nothing is left).
std::string FileStem(std::string_view name);

}  // namespace puerta::cut
