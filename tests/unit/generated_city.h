// Made-up cities for the cutting tests and benchmark: a grid of streets
// 100 m apart with a house every 20 m on both sides, some apartment
// buildings of several units, optionally several neighbourhoods far apart,
// and optionally a few streets whose doors have no coordinates. Voters
// prefer English, Spanish, Vietnamese or Chinese (or say nothing), and each
// has a "precinct" by quarter of the neighbourhood. Deterministic per seed.
#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <string>

#include "model/walk_list.h"

namespace puerta::testing {

struct CityOptions {
  std::uint32_t households = 1000;
  double apartment_share = 0.1;  // share of buildings that hold several units
  std::uint32_t max_units = 12;  // an apartment building has 4..max_units units
  std::uint32_t neighbourhoods = 1;
  std::uint32_t unlocated = 0;   // households more, on streets with no coordinates
  std::uint32_t seed = 1;
};

inline constexpr double kCityLat = 37.33, kCityLon = -121.88;
inline constexpr double kMetresPerDegree = 111195.0;

inline GeoPoint CityPoint(double east_m, double north_m) {
  return {kCityLat + north_m / kMetresPerDegree,
          kCityLon + east_m / (kMetresPerDegree * std::cos(kCityLat * 3.141592653589793 / 180))};
}

inline WalkList GeneratedCity(const CityOptions& o) {
  // mt19937's numbers are the same everywhere; std::uniform_real_distribution's
  // are not (libstdc++ natively, libc++ in the wasm build), and the tests
  // must see the same city in both.
  std::mt19937 random(o.seed);
  const auto unit = [](std::mt19937& r) { return r() / 4294967296.0; };
  WalkList list;
  std::uint32_t voter = 0;
  const auto add_building = [&](const std::string& street, std::uint32_t number, std::optional<GeoPoint> at,
                                std::uint32_t units, const std::string& precinct) {
    Building b;
    b.id = "b" + std::to_string(list.buildings.size() + 1);
    b.display = std::to_string(number) + " " + street;
    b.location = at;
    for (std::uint32_t u = 0; u < units; ++u) {
      Household h;
      h.id = "h" + std::to_string(list.households.size() + 1);
      h.address.house_number = std::to_string(number);
      h.address.street = street;
      h.address.unit = units > 1 ? std::to_string(u / 4 + 1) + static_cast<char>('A' + u % 4) : "";
      h.address.city = "San Miguel";
      h.address.zip = "95112";
      h.address.display = b.display + (units > 1 ? ", Apt " + h.address.unit : "");
      h.location = at;
      const std::uint32_t people = 1 + static_cast<std::uint32_t>(unit(random) * 3);
      for (std::uint32_t p = 0; p < people; ++p) {
        Voter v;
        v.id = std::string("V").append(std::to_string(++voter));
        v.first_name = "Name" + std::to_string(voter);
        v.last_name = "Family" + std::to_string(list.households.size() + 1);
        const double l = unit(random);
        v.preferred_language = l < 0.5 ? "en" : l < 0.75 ? "es" : l < 0.85 ? "vi" : l < 0.93 ? "zh" : "";
        v.attributes.Set("precinct", precinct);
        h.voters.push_back(std::move(v));
      }
      b.households.push_back(static_cast<std::uint32_t>(list.households.size()));
      list.households.push_back(std::move(h));
    }
    list.buildings.push_back(std::move(b));
  };
  const double average_units = 1 + o.apartment_share * ((4.0 + o.max_units) / 2 - 1);
  const std::uint32_t per_neighbourhood = (o.households + o.neighbourhoods - 1) / o.neighbourhoods;
  // 10 buildings per 100 m of street (5 a side); streets as many as blocks.
  const std::uint32_t side =
      std::max<std::uint32_t>(1, static_cast<std::uint32_t>(std::ceil(std::sqrt(per_neighbourhood / average_units / 10))));
  std::uint32_t made = 0;
  for (std::uint32_t n = 0; n < o.neighbourhoods; ++n) {
    const double origin_east = n * (side * 100.0 + 1500);  // 1.5 km of fields between neighbourhoods
    std::uint32_t here = 0;
    for (std::uint32_t s = 0; s < side + 1 && here < per_neighbourhood && made < o.households; ++s) {
      const std::string street = std::string("STREET ").append(std::to_string(n + 1)).append("-").append(std::to_string(s + 1));
      for (std::uint32_t k = 0; k < side * 10 && here < per_neighbourhood && made < o.households; ++k) {
        const bool north = k % 2 == 0;
        const double east = origin_east + (k / 2) * 20.0 + 10, north_m = s * 100.0 + (north ? 8 : -8);
        std::uint32_t units = 1;
        if (unit(random) < o.apartment_share) units = 4 + static_cast<std::uint32_t>(unit(random) * (o.max_units - 3));
        units = std::min(units, o.households - made);
        std::string precinct = std::string("P").append(std::to_string(n + 1));
        precinct += s * 2 < side ? 'S' : 'N';
        precinct += k < side * 5 ? 'W' : 'E';
        add_building(street, 100 + k, CityPoint(east, north_m), units, precinct);
        here += units, made += units;
      }
    }
  }
  for (std::uint32_t i = 0; i < o.unlocated; ++i)
    add_building("NO MAP ST " + std::to_string(i / 40 + 1), 1 + i % 40, std::nullopt, 1, "P0");
  return list;
}

}  // namespace puerta::testing
