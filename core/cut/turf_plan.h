// A cut in progress: the households of one walk list and the turfs they are
// cut into. This is the object a desktop map will hold while the organizer
// draws: every operation (assign, unassign, merge, split along a line) keeps
// the one rule that matters, a household belongs to at most one turf, and
// returns the new counts so a screen can show them while the mouse moves.
// Auto-cutting (cut/auto_cut.h) fills a plan through the same operations.
//
// Households are named by their index in the walk list; turfs by their index
// in the plan (Merge removes one and renumbers those after it).
#pragma once

#include <cstdint>
#include <limits>
#include <map>
#include <span>
#include <string>
#include <vector>

#include "model/walk_list.h"

namespace puerta::cut {

inline constexpr std::uint32_t kNoTurf = std::numeric_limits<std::uint32_t>::max();

// What a turf holds, kept up to date by every operation.
struct TurfCounts {
  std::uint32_t doors = 0;   // households
  std::uint32_t people = 0;  // voters
  // People by preferred language (ISO 639-1 code, "" when unknown); a
  // language whose count falls to zero is removed.
  std::map<std::string, std::uint32_t> languages;
  friend bool operator==(const TurfCounts&, const TurfCounts&) = default;
};

struct Turf {
  std::string name;
  std::string group;      // the value of the column it was cut by ("Precinct 12"), or empty
  bool by_street = false; // its doors have no coordinates: cut street by street, not on the map
  TurfCounts counts;
};

class TurfPlan {
 public:
  // The plan reads `list` for as long as it lives; the list must outlive it
  // and must not change under it. A plan is a value: copying it is how a
  // screen keeps an undo step (the households stay shared).
  explicit TurfPlan(const WalkList& list);

  const WalkList& list() const { return *list_; }
  std::uint32_t TurfCount() const { return static_cast<std::uint32_t>(turfs_.size()); }
  const Turf& turf(std::uint32_t t) const { return turfs_.at(t); }
  // The turf holding household h, or kNoTurf.
  std::uint32_t TurfOf(std::uint32_t household) const { return turf_of_.at(household); }
  // Household indexes of turf t, in walk-list order.
  std::vector<std::uint32_t> Households(std::uint32_t t) const;
  std::vector<std::uint32_t> Unassigned() const;

  // A new, empty turf; returns its index.
  std::uint32_t AddTurf(std::string name, std::string group = {}, bool by_street = false);
  void Rename(std::uint32_t t, std::string name) { turfs_.at(t).name = std::move(name); }

  // Moves the households into turf t, out of whichever turf held them.
  // Returns t's counts.
  const TurfCounts& Assign(std::span<const std::uint32_t> households, std::uint32_t t);
  // Takes the households out of their turfs.
  void Unassign(std::span<const std::uint32_t> households);
  // Moves every household of `from` into `into` and removes `from` (turfs
  // after it move down one index). Returns the merged turf's counts.
  const TurfCounts& Merge(std::uint32_t into, std::uint32_t from);
  // Splits turf t along the straight line through a and b: doors on its
  // right (walking from a to b) go to a new turf, returned; doors without
  // coordinates, and doors on the line, stay. A building is never cut: its
  // doors go together, by the building's location. Returns kNoTurf, and
  // changes nothing, when the line leaves one side empty.
  std::uint32_t SplitByLine(std::uint32_t t, GeoPoint a, GeoPoint b, std::string new_name);

  // The households inside a polygon drawn on the map (a rectangle is four
  // corners), whichever turf holds them, in walk-list order: what a drawn
  // selection then assigns. A building is inside or out as a whole, by its
  // location; doors without coordinates are never inside.
  std::vector<std::uint32_t> HouseholdsInPolygon(std::span<const GeoPoint> polygon) const;

  // Each household's building (index into list().buildings).
  std::uint32_t BuildingOf(std::uint32_t household) const { return building_of_.at(household); }

 private:
  void Add(std::uint32_t household, std::uint32_t t);
  void Remove(std::uint32_t household);

  const WalkList* list_;
  std::vector<Turf> turfs_;
  std::vector<std::uint32_t> turf_of_;
  std::vector<std::uint32_t> building_of_;
};

}  // namespace puerta::cut
