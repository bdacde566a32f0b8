// `puerta list ...`: organizers check a voter file before cutting turf, and
// see the order canvassers will walk it in.
#include <cmath>
#include <map>
#include <memory>
#include <optional>
#include <ostream>

#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/writer.h>

#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/options.h"
#include "route/walk_order.h"
#include "walklist/import.h"

namespace puerta::cli {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::OStreamWrapper>;

void Key(JsonWriter& w, const char* key) { w.Key(key); }
void String(JsonWriter& w, const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

struct ListOptions {
  std::string file, mapping, start;
};

// Reads the voter file and the mapping; prints why not on err.
std::optional<ImportResult> Import(const ListOptions& o, const ImportOptions& base, std::ostream& err) {
  std::string bytes;
  if (!ReadOpenedFile(o.file, bytes, err)) return std::nullopt;
  ImportOptions options = base;
  if (!o.mapping.empty() && !ReadOpenedFile(o.mapping, options.mapping_json, err)) return std::nullopt;
  ImportResult r = ImportVoterFile(o.file, bytes, options);
  if (!r.usable()) {
    err << "puerta: " << r.fatal << "\n";
    if (!r.mapping_template.empty()) err << r.mapping_template;
    return std::nullopt;
  }
  for (const auto& note : r.notes) err << "puerta: note: " << r.file << ": " << note << "\n";
  return r;
}

// Each column's role and how sure it is; then the columns kept on each voter
// as free attributes (precinct, party, ...), as cutting and reports see them.
void WriteColumns(JsonWriter& w, const ImportResult& r) {
  Key(w, "columns"), w.StartArray();
  for (const layout::ColumnRole& c : r.columns) {
    w.StartObject();
    Key(w, "column"), String(w, c.column);
    Key(w, "role"), String(w, c.role);
    Key(w, "read"), w.Bool(c.read);
    if (c.read) Key(w, "confidence"), String(w, std::string(layout::ConfidenceName(c.confidence)));
    if (!c.why.empty()) Key(w, "why"), String(w, c.why);
    w.EndObject();
  }
  w.EndArray();
  Key(w, "free_attributes"), w.StartArray();
  for (const layout::ColumnRole& c : r.columns)
    if (!c.read && !c.left_out) String(w, c.column);
  w.EndArray();
  Key(w, "left_out"), w.StartArray();  // a mailing or previous address: never kept
  for (const layout::ColumnRole& c : r.columns)
    if (c.left_out) String(w, c.column);
  w.EndArray();
  Key(w, "doubtful"), w.StartArray();
  for (const layout::ColumnRole& c : r.columns)
    if (c.read && c.confidence == layout::Confidence::kDoubtful) String(w, c.column);
  w.EndArray();
}

int ListInspect(const ListOptions& o, std::ostream& out, std::ostream& err) {
  ImportOptions options;
  options.accept_doubtful_roles = true;  // shown here; `puerta package` refuses them
  const std::optional<ImportResult> r = Import(o, options, err);
  if (!r) return 1;
  if (const std::string doubts = layout::DescribeDoubts(r->columns); !doubts.empty())
    err << "puerta: " << r->file << ": some columns' roles are only guessed: " << doubts
        << "; `puerta package` will ask for a mapping file (--mapping)\n";
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
  WriteColumns(w, *r);
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

int ListRoute(const ListOptions& o, std::ostream& out, std::ostream& err) {
  ImportOptions options;
  if (!o.start.empty()) options.start = ParseLatLon(o.start);  // checked while parsing
  const std::optional<ImportResult> r = Import(o, options, err);
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

}  // namespace

void AddListCommands(CLI::App& puerta, const Streams& io, Action& action) {
  CLI::App* list = AddGroup(puerta, "list", "check a voter file before cutting turf", io, action);
  using Run = int (*)(const ListOptions&, std::ostream&, std::ostream&);
  const auto add = [&](const char* name, const char* description, Run run) {
    auto o = std::make_shared<ListOptions>();
    CLI::App* command = list->add_subcommand(name, description);
    command->add_option("FILE", o->file, "the voter file (CSV, TSV or text; see core/walklist/FORMATS.md)")
        ->type_name("")
        ->required();
    AddValue(*command, "--mapping", o->mapping, "MAP", "a mapping file, for a layout that is not recognized");
    command->callback([o, run, &io, &action] { action = [o, run, &io] { return run(*o, io.out, io.err); }; });
    return std::pair{command, o};
  };
  add("inspect", "summarize a voter file as JSON: layout, rows, households, errors", ListInspect);
  auto [route_command, route_options] = add("route", "print the stops in walk order, and how far the walk is", ListRoute);
  AddValue(*route_command, "--start", route_options->start, "LAT,LON", "begin the walk nearest this point")
      ->check(LatLonCheck());
}

}  // namespace puerta::cli
