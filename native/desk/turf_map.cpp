#include "native/desk/turf_map.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <numbers>
#include <string>

namespace puerta::desk {
namespace {

constexpr float kMarker = 5;  // radius of a one-door marker, logical px

}  // namespace

void TurfMap::SetWalkList(const WalkList* list) {
  list_ = list;
  fit_pending_ = true;
  selected_.clear();
}

ImVec2 TurfMap::ToScreen(const GeoPoint& p, ImVec2 origin, ImVec2 size) const {
  return ImVec2(origin.x + size.x / 2 + static_cast<float>((p.lon - center_lon_) * lon_scale_ * px_per_degree_),
                origin.y + size.y / 2 - static_cast<float>((p.lat - center_lat_) * px_per_degree_));
}

GeoPoint TurfMap::ToGeo(ImVec2 screen, ImVec2 origin, ImVec2 size) const {
  return {center_lat_ - (screen.y - origin.y - size.y / 2) / px_per_degree_,
          center_lon_ + (screen.x - origin.x - size.x / 2) / (lon_scale_ * px_per_degree_)};
}

void TurfMap::FitAll(ImVec2 size) {
  fit_pending_ = false;
  double lat_lo = 90, lat_hi = -90, lon_lo = 180, lon_hi = -180;
  for (const Building& b : list_->buildings) {
    if (!b.location) continue;
    lat_lo = std::min(lat_lo, b.location->lat);
    lat_hi = std::max(lat_hi, b.location->lat);
    lon_lo = std::min(lon_lo, b.location->lon);
    lon_hi = std::max(lon_hi, b.location->lon);
  }
  if (lat_lo > lat_hi) return;
  center_lat_ = (lat_lo + lat_hi) / 2;
  center_lon_ = (lon_lo + lon_hi) / 2;
  lon_scale_ = std::cos(center_lat_ * std::numbers::pi / 180);
  // Everything in view with a margin; a single building gets a street's width around it.
  const double span_lat = std::max(lat_hi - lat_lo, 0.002), span_lon = std::max((lon_hi - lon_lo) * lon_scale_, 0.002);
  px_per_degree_ = std::min((size.y - 80) / span_lat, (size.x - 120) / span_lon);
}

void TurfMap::SelectBox(GeoPoint a, GeoPoint b) {
  selected_.clear();
  if (!list_) return;
  const double lat_lo = std::min(a.lat, b.lat), lat_hi = std::max(a.lat, b.lat);
  const double lon_lo = std::min(a.lon, b.lon), lon_hi = std::max(a.lon, b.lon);
  for (const Building& building : list_->buildings)
    if (building.location && building.location->lat >= lat_lo && building.location->lat <= lat_hi &&
        building.location->lon >= lon_lo && building.location->lon <= lon_hi)
      selected_.insert(selected_.end(), building.households.begin(), building.households.end());
}

void TurfMap::Draw(const Theme& theme, std::span<const ImU32> building_colors) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const ImVec2 size(std::max(ImGui::GetContentRegionAvail().x, 50.0f), std::max(ImGui::GetContentRegionAvail().y, 50.0f));
  ImGui::InvisibleButton("##map", size, ImGuiButtonFlags_MouseButtonLeft);
  ImDrawList* draw = ImGui::GetWindowDrawList();
  draw->PushClipRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), true);
  draw->AddRectFilled(origin, ImVec2(origin.x + size.x, origin.y + size.y), theme.colors().surface);
  draw->AddRect(origin, ImVec2(origin.x + size.x, origin.y + size.y), theme.colors().border);
  if (!list_) {
    draw->PopClipRect();
    return;
  }
  if (fit_pending_) FitAll(size);

  // Pan, zoom, select.
  const ImGuiIO& io = ImGui::GetIO();
  if (ImGui::IsItemHovered()) {
    if (io.MouseWheel != 0) {
      const GeoPoint before = ToGeo(io.MousePos, origin, size);
      px_per_degree_ *= std::pow(1.2, io.MouseWheel);
      const GeoPoint after = ToGeo(io.MousePos, origin, size);
      center_lat_ += before.lat - after.lat;
      center_lon_ += before.lon - after.lon;
    }
    if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) fit_pending_ = true;
  }
  if (ImGui::IsItemActivated()) {
    drag_ = io.KeyShift ? Drag::kSelect : io.KeyAlt ? Drag::kLine : Drag::kPan;
    select_from_ = io.MousePos;
  }
  if (ImGui::IsItemDeactivated() && drag_ == Drag::kLine)
    drawn_line_ = std::pair(ToGeo(select_from_, origin, size), ToGeo(io.MousePos, origin, size));
  if (ImGui::IsItemActive()) {
    if (drag_ == Drag::kLine) {
      draw->AddLine(select_from_, io.MousePos, theme.colors().danger, 2);
    } else if (drag_ == Drag::kSelect) {
      draw->AddRectFilled(select_from_, io.MousePos, (theme.colors().primary & 0x00FFFFFF) | 0x30000000);
      draw->AddRect(select_from_, io.MousePos, theme.colors().primary);
      SelectBox(ToGeo(select_from_, origin, size), ToGeo(io.MousePos, origin, size));
    } else if (io.MouseDelta.x != 0 || io.MouseDelta.y != 0) {
      center_lat_ += io.MouseDelta.y / px_per_degree_;
      center_lon_ -= io.MouseDelta.x / (lon_scale_ * px_per_degree_);
    }
  }

  // Street names first, under the markers: each at the middle of its doors.
  std::map<std::string, std::pair<GeoPoint, int>> streets;
  for (const Building& b : list_->buildings) {
    if (!b.location || b.households.empty()) continue;
    const std::string& street = list_->households[b.households.front()].address.street;
    auto& [sum, n] = streets[street];
    sum.lat += b.location->lat;
    sum.lon += b.location->lon;
    ++n;
  }
  for (const auto& [street, where] : streets) {
    const GeoPoint middle{where.first.lat / where.second, where.first.lon / where.second};
    const ImVec2 at = ToScreen(middle, origin, size);
    const ImVec2 text = ImGui::CalcTextSize(street.c_str());
    draw->AddText(ImVec2(at.x - text.x / 2, at.y + kMarker + 4), theme.colors().muted, street.c_str());
  }

  // The buildings: a dot for a house, a larger square with its door count for a building of units.
  std::vector<bool> chosen(list_->households.size());
  for (std::uint32_t h : selected_) chosen[h] = true;
  placed_ = 0;
  for (std::size_t i = 0; i < list_->buildings.size(); ++i) {
    const Building& b = list_->buildings[i];
    if (!b.location) continue;
    ++placed_;
    const ImVec2 at = ToScreen(*b.location, origin, size);
    const ImU32 color = i < building_colors.size() ? building_colors[i] : theme.colors().primary;
    const bool picked = !b.households.empty() && chosen[b.households.front()];
    if (b.households.size() <= 1) {
      draw->AddCircleFilled(at, kMarker, color);
      if (picked) draw->AddCircle(at, kMarker + 2, theme.colors().text, 0, 2);
      continue;
    }
    const std::string doors = std::to_string(b.households.size());
    const ImVec2 text = ImGui::CalcTextSize(doors.c_str());
    const float half = std::max(text.x, text.y) / 2 + 3;
    draw->AddRectFilled(ImVec2(at.x - half, at.y - half), ImVec2(at.x + half, at.y + half), color, 3);
    draw->AddText(ImVec2(at.x - text.x / 2, at.y - text.y / 2), theme.colors().on_primary, doors.c_str());
    if (picked) draw->AddRect(ImVec2(at.x - half - 2, at.y - half - 2), ImVec2(at.x + half + 2, at.y + half + 2),
                              theme.colors().text, 3, 0, 2);
  }
  draw->PopClipRect();
}

}  // namespace puerta::desk
