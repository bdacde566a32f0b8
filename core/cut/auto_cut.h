// Auto-cutting: households into turfs of about N doors, each a compact walk.
//
// How: recursive bisection. The doors are split in two across the longer
// side of their bounding box (sorted by that coordinate), near the middle,
// at the widest gap between buildings where each side still makes whole
// turfs of about N (cut/bisection.cpp), and each side is cut again until
// one turf's worth is left; then a turf still off by a building gives or
// takes buildings with its nearest turfs (Balance). Why this rather than
// k-means with a capacity:
//  - sizes come out balanced by construction: every split keeps each side's
//    average turf within range, so a turf is off by a building at most
//    before balancing (k-means needs a capacity repair afterwards that
//    undoes its compactness);
//  - cutting across the longer side keeps every piece close to square, which
//    is what a short walk needs; a turf is a block of the map, not a strip;
//  - it is deterministic (the same file gives the same turfs, so an organizer
//    can re-run it) and takes O(n log n log k), 50,000 doors in a fraction
//    of a second, fast enough to redo while the organizer changes N.
// Buildings (households at one street address) are whole units of the cut;
// only a building of more than N doors is split, into chunks of about N.
// Doors with no coordinates cannot go on the map: they are cut street by
// street in walk order (route/street_order.h) into turfs of their own,
// marked by_street.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "cut/turf_plan.h"

namespace puerta::cut {

struct CutOptions {
  std::uint32_t doors = 50;  // N: doors per turf the organizer asks for (at least 1)
  double tolerance = 0.10;   // every turf within N ± this share of N, when the total allows
};

// How many turfs `doors` doors make, and whether all of them can be within
// the tolerance. When neither rounding down nor up fits, the one closer to N
// is taken and `problem` says why ("130 doors cannot make turfs of 90–110
// doors: 1 turf of 130 (+30 %) or 2 of about 65 (−35 %); cut into 1").
struct TurfCount {
  std::uint32_t turfs = 0;
  std::string problem;
};
TurfCount TurfsFor(std::uint32_t doors, const CutOptions& options);

// What one auto-cut made: for the whole file, or for one value of a column.
struct GroupCut {
  std::string group;                 // the column's value, or empty
  std::uint32_t doors = 0;
  std::vector<std::uint32_t> turfs;  // the plan's new turfs
  std::uint32_t unlocated_doors = 0; // of which, cut by street: no coordinates
  // Why some turfs are outside N ± tolerance (empty when none are): the total
  // does not divide, or a building larger than the slack was kept whole.
  std::vector<std::string> problems;
};

// Cuts these households (each must be in no turf yet) into new turfs of the
// plan, named "Turf 1", "Turf 2", ... (with a group: "GROUP 1", ...).
GroupCut AutoCut(TurfPlan& plan, std::span<const std::uint32_t> households, const CutOptions& options,
                 std::string_view group = {});

// One group per value of a column of the voter file (a voter attribute such
// as "Precinct", compared as the importer compares headers, ignoring case
// and punctuation; or "city" / "zip"), each auto-cut. A household whose
// voters disagree goes with the value most of them have; households with no
// value form a group named "(no COLUMN)". Every unassigned household is cut.
// Fails, cutting nothing, when no household has the column: `error` names
// the column and the columns the file has.
std::optional<std::vector<GroupCut>> AutoCutByColumn(TurfPlan& plan, std::string_view column,
                                                     const CutOptions& options, std::string& error);

}  // namespace puerta::cut
