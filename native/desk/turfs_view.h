// The desk's Turfs view: a voter file loaded (any layout `puerta list
// inspect` reads) and drawn on the schematic map (turf_map.h), coloured by
// preferred language; the households selected on the map counted live
// (doors, people, languages). Households without coordinates are counted
// beside the map (they are cut by street).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "native/desk/turf_map.h"
#include "ui/glyph_set.h"
#include "ui/theme.h"
#include "walklist/import.h"

namespace puerta::desk {

// Doors, people and preferred languages of some households.
struct HouseholdCounts {
  std::size_t doors = 0, people = 0;
  std::vector<std::pair<std::string, std::size_t>> languages;  // most spoken first; "" when not given
};
HouseholdCounts CountHouseholds(const WalkList& list, std::span<const std::uint32_t> households);

class TurfsView {
 public:
  explicit TurfsView(std::string language) : lang_(std::move(language)) {}
  void set_language(std::string language) { lang_ = std::move(language); }

  // Reads and imports the voter file; false with problem() saying why.
  bool Load(const std::string& path);
  void Draw(const Theme& theme);
  void NeedGlyphs(GlyphSet& glyphs) const;

  const std::optional<ImportResult>& voters() const { return voters_; }
  TurfMap& map() { return map_; }
  const std::string& problem() const { return problem_; }

 private:
  void DrawSidePanel(const Theme& theme);

  std::string lang_, path_field_, problem_;
  std::optional<ImportResult> voters_;
  std::vector<ImU32> building_colors_;
  TurfMap map_;
};

}  // namespace puerta::desk
