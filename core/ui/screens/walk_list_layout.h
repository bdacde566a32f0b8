// The walk list's rows for the current filter, kept between frames by the
// app's ScreenMemory (ui/screen_memory.h), not by the screen.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdint>
#include <vector>

#include "app/door_status.h"
#include "model/walk_list.h"

namespace puerta {

enum class WalkListFilter { kToDo, kDone, kFollowUp, kAll };

inline bool Shows(WalkListFilter f, DoorState state) {
  switch (f) {
    case WalkListFilter::kToDo: return state == DoorState::kNotVisited;
    case WalkListFilter::kDone: return state == DoorState::kDone;
    case WalkListFilter::kFollowUp: return state == DoorState::kFollowUp;
    case WalkListFilter::kAll: return true;
  }
  return true;
}

struct ListRow {
  std::uint32_t building;
  std::int32_t household;  // -1: the building's header
  bool as_unit;
};

// The rows the current filter shows, with each row's height and where it
// starts. Rebuilt only when something they depend on changes, so a frame costs
// the rows on screen plus a binary search, whatever the size of the turf.
struct WalkListLayout {
  const WalkList* list = nullptr;
  std::size_t list_size = 0;
  std::size_t attempts = SIZE_MAX;
  WalkListFilter filter = WalkListFilter::kAll;
  std::vector<bool> open;             // buildings opened into their doors
  std::vector<ListRow> rows;
  std::vector<float> heights;         // measured once drawn, estimated before
  std::vector<float> offsets;         // offsets[i]: top of row i; offsets[n]: total height
  bool offsets_stale = true;

  void Rebuild(const WalkList& walk, const TurfProgress& p) {
    rows.clear();
    for (std::uint32_t b = 0; b < walk.buildings.size(); ++b) {
      const Building& building = walk.buildings[b];
      if (building.households.size() == 1) {
        const std::uint32_t h = building.households[0];
        if (h < p.doors.size() && Shows(filter, p.doors[h].state)) rows.push_back({b, std::int32_t(h), false});
        continue;
      }
      bool any = false, has_next = false;
      for (std::uint32_t h : building.households) {
        any |= h < p.doors.size() && Shows(filter, p.doors[h].state);
        has_next |= p.next_door == h;
      }
      if (!any) continue;
      rows.push_back({b, -1, false});
      if (open[b] || has_next)
        for (std::uint32_t h : building.households)
          if (h < p.doors.size() && Shows(filter, p.doors[h].state)) rows.push_back({b, std::int32_t(h), true});
    }
    heights.resize(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i)
      heights[i] = rows[i].household < 0 ? 68.0f : 84.0f + 30.0f * walk.households[rows[i].household].voters.size();
    offsets_stale = true;
  }

  void UpdateOffsets() {
    offsets.resize(rows.size() + 1);
    offsets[0] = 0;
    for (std::size_t i = 0; i < rows.size(); ++i) offsets[i + 1] = offsets[i] + heights[i];
    offsets_stale = false;
  }
};

}  // namespace puerta
