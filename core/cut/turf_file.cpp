#include "cut/turf_file.h"

#include <cctype>
#include <cstdio>
#include <set>
#include <vector>

#include "walklist/layouts.h"

namespace puerta::cut {
namespace {

std::string Cell(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void Row(std::string& out, const std::vector<std::string>& cells) {
  for (std::size_t i = 0; i < cells.size(); ++i) {
    if (i) out += ',';
    out += Cell(cells[i]);
  }
  out += "\r\n";
}

std::string Degrees(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.7f", value);
  return text;
}

}  // namespace

std::string FileStem(std::string_view name) {
  std::string stem;
  for (unsigned char c : name) {
    if (std::isalnum(c) && c < 0x80) stem += static_cast<char>(std::tolower(c));
    else if (!stem.empty() && stem.back() != '-') stem += '-';
    if (stem.size() >= 60) break;
  }
  while (!stem.empty() && stem.back() == '-') stem.pop_back();
  return stem.empty() ? "turf" : stem;
}

std::string TurfVoterFile(const TurfPlan& plan, std::uint32_t turf) {
  const WalkList& list = plan.list();
  const std::vector<std::uint32_t> doors = plan.Households(turf);
  bool named = false;
  for (std::uint32_t h : doors) named = named || !list.households[h].voters.empty();
  std::string out;
  const auto street_line = [&](const Household& h, std::uint32_t index) {
    const std::uint32_t b = plan.BuildingOf(index);
    if (b != kNoTurf && !list.buildings[b].display.empty()) return list.buildings[b].display;
    return h.address.house_number + " " + h.address.street;
  };
  if (!named) {  // address points: doors with nobody named
    Row(out, {"LON", "LAT", "NUMBER", "STREET", "UNIT", "CITY", "POSTCODE"});
    for (std::uint32_t i : doors) {
      const Household& h = list.households[i];
      Row(out, {h.location ? Degrees(h.location->lon) : "", h.location ? Degrees(h.location->lat) : "",
                h.address.house_number, h.address.street, h.address.unit, h.address.city, h.address.zip});
    }
    return out;
  }
  const std::vector<std::string> fields = {"id",  "first_name", "last_name", "address", "unit", "city",
                                           "zip", "latitude",   "longitude", "phone",   "language"};
  std::set<std::string> taken;
  for (const std::string& f : fields) taken.insert(layout::HeaderKey(f));
  std::vector<std::string> extra;  // free columns, first seen first
  std::set<std::string> seen;
  for (std::uint32_t i : doors)
    for (const Voter& v : list.households[i].voters)
      for (const auto& [key, value] : v.attributes)
        if (!taken.contains(layout::HeaderKey(key)) && seen.insert(key).second) extra.push_back(key);
  std::vector<std::string> header = fields;
  header.insert(header.end(), extra.begin(), extra.end());
  Row(out, header);
  for (std::uint32_t i : doors) {
    const Household& h = list.households[i];
    for (const Voter& v : h.voters) {
      std::vector<std::string> cells = {v.id,
                                        v.first_name,
                                        v.last_name,
                                        street_line(h, i),
                                        h.address.unit,
                                        h.address.city,
                                        h.address.zip,
                                        h.location ? Degrees(h.location->lat) : "",
                                        h.location ? Degrees(h.location->lon) : "",
                                        v.phone,
                                        v.preferred_language};
      for (const std::string& key : extra) {
        const std::string* value = v.attributes.Find(key);
        cells.push_back(value ? *value : "");
      }
      Row(out, cells);
    }
  }
  return out;
}

}  // namespace puerta::cut
