// A cut's turfs as a folder of voter files, one per turf, each one `puerta
// package --list` reads: named from the turf ("Eastside 3" ->
// eastside-3.csv, a number added when two names meet), written 0600 in a
// folder made 0700 (they name voters), none replaced without `force`. Every
// name is checked before anything is written. `puerta cut` and the desk's
// Turfs view both write cuts this way.
#pragma once

#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "cut/turf_plan.h"

namespace puerta::cli {

// The files written, in turf order; nullopt (with the reason on `err`) when nothing was.
std::optional<std::vector<std::string>> WriteTurfFolder(const cut::TurfPlan& plan, const std::string& folder,
                                                        bool force, std::ostream& err);

}  // namespace puerta::cli
