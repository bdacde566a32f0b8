// `puerta list ...`: organizers check a voter file before cutting turf, and
// see the order canvassers will walk it in.
#include <charconv>
#include <cmath>
#include <map>
#include <optional>
#include <ostream>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "native/cli/commands.h"
#include "route/walk_order.h"
#include "walklist/import.h"

namespace puerta::cli {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

void Key(JsonWriter& w, const char* key) { w.Key(key); }
void String(JsonWriter& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

// Reads FILE (args[0]) and the mapping named by --mapping; prints why not on err.
std::optional<ImportResult> Import(Args args, std::string_view usage, const ImportOptions& base, std::ostream& err) {
  if (args.empty() || args[0].starts_with("--")) {
    err << "usage: puerta " << usage << "\n";
    return std::nullopt;
  }
  std::string bytes;
  if (!ReadFile(args[0], bytes, err)) return std::nullopt;
  ImportOptions options = base;
  if (const std::string map = Option(args, "--mapping"); !map.empty() && !ReadFile(map, options.mapping_json, err))
    return std::nullopt;
  ImportResult r = ImportVoterFile(args[0], bytes, options);
  if (!r.usable()) {
    err << "puerta: " << r.fatal << "\n";
    return std::nullopt;
  }
  for (const auto& note : r.notes) err << "puerta: note: " << r.file << ": " << note << "\n";
  return r;
}

std::optional<GeoPoint> ParseLatLon(std::string_view text) {
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  GeoPoint p;
  const auto a = std::from_chars(text.data(), text.data() + comma, p.lat);
  const auto b = std::from_chars(text.data() + comma + 1, text.data() + text.size(), p.lon);
  if (a.ec != std::errc() || b.ec != std::errc() || b.ptr != text.data() + text.size()) return std::nullopt;
  if (p.lat < -90 || p.lat > 90 || p.lon < -180 || p.lon > 180) return std::nullopt;
  return p;
}

}  // namespace

int ListInspect(Args args, std::ostream& out, std::ostream& err) {
  const std::optional<ImportResult> r = Import(args, "list inspect FILE [--mapping MAP]", {}, err);
  if (!r) return 1;
  std::map<std::string, std::uint32_t> languages;
  for (const Household& h : r->list.households)
    for (const Voter& v : h.voters) ++languages[v.preferred_language.empty() ? "unknown" : v.preferred_language];

  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.StartObject();
  Key(w, "file"), String(w, r->file);
  Key(w, "layout"), String(w, r->layout);
  Key(w, "encoding"), String(w, r->encoding);
  Key(w, "rows"), w.Uint(r->rows);
  Key(w, "voters"), w.Uint64(r->list.VoterCount());
  Key(w, "households"), w.Uint64(r->list.households.size());
  Key(w, "buildings"), w.Uint64(r->list.buildings.size());
  Key(w, "languages"), w.StartObject();
  for (const auto& [code, count] : languages) Key(w, code.c_str()), w.Uint(count);
  w.EndObject();
  Key(w, "notes"), w.StartArray();
  for (const auto& note : r->notes) String(w, note);
  w.EndArray();
  Key(w, "errors"), w.StartArray();
  for (const ImportIssue& e : r->errors) {
    w.StartObject();
    Key(w, "row"), w.Uint(e.row);
    Key(w, "column"), String(w, e.column);
    Key(w, "message"), String(w, e.message);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  out << "\n";
  return 0;
}

int ListRoute(Args args, std::ostream& out, std::ostream& err) {
  ImportOptions options;
  if (const std::string start = Option(args, "--start"); !start.empty()) {
    options.start = ParseLatLon(start);
    if (!options.start) {
      err << "puerta: --start wants LAT,LON in degrees, e.g. --start 51.1784,-115.5708\n";
      return 2;
    }
  }
  const std::optional<ImportResult> r = Import(args, "list route FILE [--start LAT,LON]", options, err);
  if (!r) return 1;
  const WalkList& list = r->list;
  for (std::size_t i = 0; i < list.buildings.size(); ++i) {
    const Building& b = list.buildings[i];
    std::size_t voters = 0;
    for (std::uint32_t h : b.households) voters += list.households[h].voters.size();
    out << (i + 1) << ". " << b.display;
    if (b.households.size() > 1) out << " (" << b.households.size() << " doors)";
    if (voters) out << " [" << voters << (voters == 1 ? " voter]" : " voters]");
    if (!b.location) out << " (no coordinates)";
    out << "\n";
  }
  rapidjson::OStreamWrapper stream(out);
  JsonWriter w(stream);
  w.StartObject();
  Key(w, "stops"), w.Uint64(list.buildings.size());
  Key(w, "order"), String(w, r->walk_order);
  Key(w, "meters"), w.Int64(std::llround(route::WalkMeters(list, options.start)));
  Key(w, "address_order_meters"),
      w.Int64(std::llround(route::AddressOrderMeters(list, options.start)));
  w.EndObject();
  out << "\n";
  return 0;
}

}  // namespace puerta::cli
