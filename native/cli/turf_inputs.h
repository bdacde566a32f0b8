// The organizer's inputs of a turf, read the same way by `puerta package`
// (which cuts the turf) and `puerta print` (which prints it): the voter file,
// the scripts, and the link a package is opened by. Each failure is printed
// on `err` as "puerta: COMMAND: ...", naming the file and row or JSON path.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "model/walk_list.h"
#include "turf/turf_package.h"

namespace puerta::cli {

struct ListInput {
  std::string path;
  std::string mapping;  // a mapping file, or empty
  std::string start;    // "LAT,LON" (already checked), or empty
};

// The voter file as a walk list in walk order. Every skipped row fails it:
// a canvasser must never miss a voter nobody was told about.
bool ImportWalkList(const ListInput& input, const std::string& command, WalkList& list, std::ostream& err);

// Every problem of every script, then fail: the organizer fixes them at once.
// Adds each script and its source (as embedded in a package) to `turf`.
bool ReadScripts(const std::vector<std::string>& paths, const std::string& command, TurfPackage& turf,
                 std::ostream& err);

// What a file holds without a byte-order mark or the blank space around it.
std::string Trimmed(std::string text);

}  // namespace puerta::cli
