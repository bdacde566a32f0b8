// Map: the turf drawn from latitude/longitude alone (no map tiles, so it works
// offline): doors coloured by status, the walk route, and "you are here" with
// its accuracy circle once the canvasser lets the browser share location.
#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "ui/app.h"
#include "ui/platform.h"
#include "ui/screens/screens.h"
#include "ui/widget_registry.h"
#include "ui/widgets.h"

namespace puerta {
namespace {

constexpr double kMetersPerDegree = 111320.0;

// Equirectangular projection around the turf: fine at the scale of a turf.
struct Projection {
  double lat0 = 0, lon0 = 0, cos_lat = 1, scale = 1;  // scale: px per meter
  ImVec2 origin;
  ImVec2 operator()(const GeoPoint& p) const {
    const double x = (p.lon - lon0) * kMetersPerDegree * cos_lat * scale;
    const double y = (lat0 - p.lat) * kMetersPerDegree * scale;
    return ImVec2(origin.x + float(x), origin.y + float(y));
  }
};

std::optional<GeoPoint> StopLocation(const WalkList& list, const Building& b) {
  if (b.location) return b.location;
  for (std::uint32_t h : b.households)
    if (list.households[h].location) return list.households[h].location;
  return std::nullopt;
}

}  // namespace

// The doors a tap at (x, y) may mean, nearest first: every household of each
// stop within kReach of the finger. When the nearest stop is clearly nearer
// than the others (overlapping dots, the finger on one of them) it alone.
std::vector<std::uint32_t> DoorsWithinReach(const std::vector<MapStop>& stops, float x, float y) {
  std::vector<std::pair<float, const Building*>> near;
  for (const MapStop& s : stops) {
    const float d = std::hypot(s.x - x, s.y - y);
    if (d <= kMapReach) near.emplace_back(d, s.building);
  }
  std::stable_sort(near.begin(), near.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
  if (near.size() > 1 && near[1].first - near[0].first >= kMapClearlyNearer) near.resize(1);
  std::vector<std::uint32_t> doors;
  for (const auto& [d, b] : near) doors.insert(doors.end(), b->households.begin(), b->households.end());
  return doors;
}

namespace {

// Several doors within reach of the last tap: which one? True while the list shows.
bool DrawMapChoices(ScreenContext& ctx) {
  std::vector<std::uint32_t>& choices = ctx.app.memory().map_choices;
  if (choices.empty()) return false;
  const WalkList& list = ctx.app.walk_list();
  ui::Paragraph(ctx.theme.bold, ctx.theme.colors().text, ctx.T(UiText::kWhichDoor));
  for (std::uint32_t h : choices) {
    if (h >= list.households.size()) continue;
    const Household& household = list.households[h];
    if (ui::SecondaryButton(ctx.theme, (household.address.display + "##pick-" + household.id).c_str(), -1, 56)) {
      const std::uint32_t door = h;
      choices.clear();
      ctx.app.OpenDoor(door);
      return true;
    }
  }
  ImGui::Spacing();
  if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kCancel) + "##pick-cancel").c_str())) choices.clear();
  return true;
}

}  // namespace

void DrawMapScreen(ScreenContext& ctx) {
  const WalkList& list = ctx.app.walk_list();
  const TurfProgress& progress = ctx.app.progress();
  const Palette& c = ctx.theme.colors();
  if (BeginScreen("##map", ctx, ctx.T(UiText::kMap))) {
    if (!ctx.app.memory().map_following_location) {
      if (ui::SecondaryButton(ctx.theme, (ctx.T(UiText::kShowMyLocation) + "##locate").c_str(), -1, 52))
        ctx.app.ShowMyLocationOnMap();
    } else if (!ctx.app.location_error().empty()) {
      ui::TextColored(c.danger, ctx.T(UiText::kLocationOff));
    }
    if (DrawMapChoices(ctx)) {
      EndScreen();
      return;
    }
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const ImVec2 size(ImGui::GetContentRegionAvail().x, RemainingHeight());
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(top, ImVec2(top.x + size.x, top.y + size.y), c.surface, 12);
    draw->AddRect(top, ImVec2(top.x + size.x, top.y + size.y), c.border, 12);

    // Fit every located stop (and the canvasser) in the frame.
    double min_lat = 90, max_lat = -90, min_lon = 180, max_lon = -180;
    auto include = [&](const GeoPoint& p) {
      min_lat = std::min(min_lat, p.lat), max_lat = std::max(max_lat, p.lat);
      min_lon = std::min(min_lon, p.lon), max_lon = std::max(max_lon, p.lon);
    };
    for (const Building& b : list.buildings)
      if (auto p = StopLocation(list, b)) include(*p);
    if (const auto& here = ctx.app.location()) include({here->lat, here->lon});
    if (min_lat > max_lat) {
      ImGui::Dummy(size);
      EndScreen();
      return;
    }
    Projection project;
    project.lat0 = (min_lat + max_lat) / 2;
    project.lon0 = (min_lon + max_lon) / 2;
    project.cos_lat = std::cos(project.lat0 * M_PI / 180.0);
    const double width_m = std::max(30.0, (max_lon - min_lon) * kMetersPerDegree * project.cos_lat);
    const double height_m = std::max(30.0, (max_lat - min_lat) * kMetersPerDegree);
    const float margin = 28;
    project.scale = std::min((size.x - 2 * margin) / width_m, (size.y - 2 * margin) / height_m);
    project.origin = ImVec2(top.x + size.x / 2, top.y + size.y / 2);
    draw->PushClipRect(top, ImVec2(top.x + size.x, top.y + size.y), true);

    // The route, in walk order.
    std::vector<ImVec2> route;
    for (const Building& b : list.buildings)
      if (auto p = StopLocation(list, b)) route.push_back(project(*p));
    if (route.size() > 1) draw->AddPolyline(route.data(), static_cast<int>(route.size()), c.border, 0, 3.0f);

    // The doors: grey not yet, green done, amber follow up; the next one ringed.
    // One button covers the map; a tap goes to the door nearest the finger.
    ImGui::SetCursorScreenPos(top);
    const bool tapped = ImGui::InvisibleButton("##map-area", size);
    const ImVec2 finger = ImGui::GetIO().MouseClickedPos[0];
    std::vector<MapStop> stops;
    for (const Building& b : list.buildings) {
      const auto p = StopLocation(list, b);
      if (!p || b.households.empty()) continue;
      DoorState state = DoorState::kDone;
      bool next = false;
      for (std::uint32_t h : b.households) {
        if (progress.doors[h].state == DoorState::kNotVisited) state = DoorState::kNotVisited;
        else if (progress.doors[h].state == DoorState::kFollowUp && state != DoorState::kNotVisited) state = DoorState::kFollowUp;
        next |= progress.next_door == h;
      }
      const ImU32 fill = state == DoorState::kDone ? c.success
                         : state == DoorState::kFollowUp ? IM_COL32(0xE0, 0x8E, 0x0B, 0xFF)
                                                          : IM_COL32(0x9E, 0x9A, 0x94, 0xFF);
      const ImVec2 at = project(*p);
      const float r = b.households.size() > 1 ? 11.0f : 8.0f;
      draw->AddCircleFilled(at, r, fill);
      if (next) draw->AddCircle(at, r + 6, c.primary, 0, 3.0f);
      stops.push_back({at.x, at.y, &b});
      // Where each stop is, for tests (taps land on the map's one button).
      if (WidgetRegistry* registry = WidgetRegistry::Current()) {
        const std::string id = b.display + "##stop-" + b.id;
        const ImGuiID item = ImGui::GetID(id.c_str());
        registry->OnItemAdd(item, at.x - 24, at.y - 24, at.x + 24, at.y + 24);
        registry->OnItemInfo(item, id.c_str());
      }
    }
    if (tapped) {
      const std::vector<std::uint32_t> doors = DoorsWithinReach(stops, finger.x, finger.y);
      if (doors.size() == 1) ctx.app.OpenDoor(doors.front());
      else ctx.app.memory().map_choices = doors;
    }

    // You are here, with how sure the phone is.
    if (const auto& here = ctx.app.location()) {
      const ImVec2 at = project({here->lat, here->lon});
      const float radius = static_cast<float>(here->accuracy_m * project.scale);
      draw->AddCircleFilled(at, std::max(radius, 10.0f), IM_COL32(0x1E, 0x88, 0xE5, 0x30));
      draw->AddCircle(at, std::max(radius, 10.0f), IM_COL32(0x1E, 0x88, 0xE5, 0x90), 0, 1.5f);
      draw->AddCircleFilled(at, 8, IM_COL32(0xFF, 0xFF, 0xFF, 0xFF));
      draw->AddCircleFilled(at, 6, IM_COL32(0x1E, 0x88, 0xE5, 0xFF));
    }
    draw->PopClipRect();
    ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + size.y));
    ImGui::Dummy(ImVec2(0, 0));
  }
  EndScreen();
}

}  // namespace puerta
