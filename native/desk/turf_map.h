// The schematic map of the Turfs view: a voter file's buildings drawn from
// their latitude/longitude (one marker per building, its number of doors
// written on it when it has several), coloured as the view asks (by
// preferred language, by turf), street names written along their doors.
// Drag to pan, the wheel (or a trackpad's scroll) to zoom around the
// pointer, double-click to see everything again, Shift+drag to select a
// rectangle: the households inside are selected and counted while drawing;
// Alt+drag draws a line (the Turfs view splits a turf along it).
// No basemap: the schematic map works alone, offline.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <utility>
#include <vector>

#include "imgui.h"
#include "model/walk_list.h"
#include "ui/theme.h"

namespace puerta::desk {

class TurfMap {
 public:
  // The list to draw (kept by the caller, alive while drawn); the view fits it.
  void SetWalkList(const WalkList* list);
  // One frame in the room left in the window. `building_colors`: one per
  // building of the list (WalkList::buildings order).
  void Draw(const Theme& theme, std::span<const ImU32> building_colors);

  // Households (indexes into WalkList::households) in the last selection.
  const std::vector<std::uint32_t>& selected() const { return selected_; }
  void SelectBox(GeoPoint a, GeoPoint b);  // the households whose building lies inside
  void ClearSelection() { selected_.clear(); }
  // A line drawn with Alt+drag since the last call, as its two ends.
  std::optional<std::pair<GeoPoint, GeoPoint>> TakeDrawnLine() { return std::exchange(drawn_line_, std::nullopt); }
  // Buildings with coordinates drawn / without (listed beside the map instead).
  std::size_t placed_buildings() const { return placed_; }

 private:
  void FitAll(ImVec2 size);
  ImVec2 ToScreen(const GeoPoint& p, ImVec2 origin, ImVec2 size) const;
  GeoPoint ToGeo(ImVec2 screen, ImVec2 origin, ImVec2 size) const;

  const WalkList* list_ = nullptr;
  bool fit_pending_ = true;
  double center_lat_ = 0, center_lon_ = 0;
  double px_per_degree_ = 1;  // of latitude; longitude scaled by cos(latitude)
  double lon_scale_ = 1;
  enum class Drag { kPan, kSelect, kLine };
  Drag drag_ = Drag::kPan;
  std::optional<std::pair<GeoPoint, GeoPoint>> drawn_line_;
  ImVec2 select_from_{};
  std::vector<std::uint32_t> selected_;
  std::size_t placed_ = 0;
};

}  // namespace puerta::desk
