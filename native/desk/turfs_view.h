// The desk's Turfs view: a voter file loaded (any layout `puerta list
// inspect` reads) and drawn on the schematic map (turf_map.h), coloured by
// preferred language or by turf; the households selected on the map counted
// live (doors, people, languages). Cutting, each step undoable (Ctrl+Z,
// Ctrl+Y): auto-cut into turfs of about N doors (cut/auto_cut.h), one group
// per value of a column then cut, a turf from a selection, add to or take
// out of a turf, merge two, split one along a line drawn with Alt+drag; then
// the turfs saved as voter files `puerta package --list` reads. Households
// without coordinates are cut by street (counted beside the map).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "cut/canvassers.h"
#include "native/desk/plan_history.h"
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

  // The cutting actions, as the side panel's buttons run them (tests call them too).
  PlanHistory& history() { return history_; }
  void AutoCut(std::uint32_t doors);
  bool CutByColumn(const std::string& column, std::uint32_t doors);
  void NewTurfFromSelection();
  void Merge(std::uint32_t into, std::uint32_t from);
  bool SaveTurfs(const std::string& folder);
  // The canvassers and the languages they speak (cut/canvassers.h): each
  // turf in the list then shows who might take it. False with message().
  bool LoadCanvassers(const std::string& path);
  const std::string& message() const { return message_; }

 private:
  void DrawSidePanel(const Theme& theme);
  void DrawCutting(const Theme& theme);
  void DrawTurfList(const Theme& theme);
  void SplitChosenTurf(GeoPoint a, GeoPoint b);
  void ColourBuildings(const Theme& theme);
  void ColourByLanguage();
  void Say(std::string text, bool problem = false);

  PlanHistory history_;
  std::vector<cut::Canvasser> canvassers_;
  std::string canvassers_field_;
  int doors_per_turf_ = 50;
  int chosen_ = -1;  // the turf chosen in the list, or -1
  bool colour_by_turf_ = false;
  std::string column_field_, folder_field_, message_;
  bool message_is_problem_ = false;
  std::string lang_, path_field_, problem_;
  std::optional<ImportResult> voters_;
  std::vector<ImU32> building_colors_;
  HouseholdCounts whole_file_;  // counted once per file, not per frame
  TurfMap map_;
};

}  // namespace puerta::desk
