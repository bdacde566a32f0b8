// Section index: limits and versions · scanning (spans of the embedded JSON)
// · reading the tree · writing.
//
// Reading happens in two passes over one parse (util/json_reader.h, which
// also bounds size, nesting and value count). The scan notes where each embedded
// script and the result-code object start and end in the text, so they keep
// their source text byte for byte (an organizer's hand-written script
// arrives exactly as written, and writing the package back reproduces it).
// The read then walks the DOM and stops at the first problem, naming its path.
#include "turf/turf_package.h"

#include <cmath>
#include <limits>
#include <set>
#include <tuple>
#include <unordered_set>

#include <rapidjson/document.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "crypto/sealed_file.h"
#include "util/base64.h"
#include "script/script_parse.h"
#include "turf/turf_expiry.h"
#include "util/json_reader.h"

namespace puerta {
namespace {

// --- Limits and versions ----------------------------------------------------

// Format versions, one line each; a package names the version it was written
// with, and this app reads every version from kOldestReadable to
// TurfPackage::kFormatVersion.
//   1 (2026-05): first version.
//   2 (2026-12): optional "package_id" (the hand-out it came from) and
//                "expires" (the turf's last day, turf/turf_expiry.h). An app
//                reading only 1 refuses them as unknown keys and says "update
//                Puerta" instead of ignoring a last day.
//   3 (2026-12): optional "font" (the CJK characters the turf shows, as a
//                font subset: TurfPackage::font); optional "channel": "phone"
//                or "text" for a call or text list (turf/call_list.h), absent
//                for doors, and "call_again_minutes" (the organizer's
//                cooldown). Two branches added these in the same month; one
//                version says "may carry any of them". An app reading only 2
//                says "update Puerta" instead of drawing boxes or showing doors.
constexpr std::uint32_t kOldestReadable = 1;
constexpr std::uint32_t kVersionWithHandOut = 2;  // package_id, expires
constexpr std::uint32_t kVersionWithFont = 3;     // font
constexpr std::uint32_t kVersionWithChannel = 3;  // channel, call_again_minutes
constexpr std::string_view kFormatName = "puerta-turf";

// A package comes from a link or a group chat, so it may be hostile. These
// bound what reading it can cost on a phone: the DOM of a file at the size
// limit with every value counted stays under ~100 MB, and nesting is bounded
// (json::kMaxDepth) so nothing downstream can run out of stack.
// A real turf is hundreds of doors; these are far above that.
constexpr json::Limits kLimits{kMaxTurfPackageBytes, 4'000'000, json::kMaxDepth};
constexpr std::size_t kMaxHouseholds = 100'000;
constexpr std::size_t kMaxVotersPerHousehold = 2'000;
constexpr std::size_t kMaxVoters = 250'000;
constexpr std::size_t kMaxAttributes = 100;  // per voter
constexpr std::size_t kMaxScripts = 32;

using Json = rapidjson::Value;

std::string Quoted(std::string_view s) { return "\"" + std::string(s) + "\""; }

// --- Scanning ---------------------------------------------------------------

struct Span {
  std::size_t begin = 0, end = 0;
};

// Watches the parse (util/json_reader.h) for the spans of the embedded JSON:
// each object of the root "scripts" array and the root "result_codes"
// object. The root object's keys are remembered to find those and to refuse
// a key given twice (the DOM would keep both and the spans would no longer
// match the values read).
class SpanObserver final : public json::Observer {
 public:
  std::string Key(std::size_t depth, std::string_view key) override {
    if (depth != 1) return {};
    root_key_.assign(key);
    if (!root_keys_.insert(root_key_).second) return Quoted(root_key_) + " is given twice";
    return {};
  }
  std::string Open(std::size_t depth, bool object, std::size_t offset) override {
    if (!object && depth == 2) in_scripts_ = root_key_ == "scripts";
    if (object && IsSpanned(depth)) open_ = offset;
    return {};
  }
  std::string Close(std::size_t depth, bool object, std::size_t end) override {
    if (object && IsSpanned(depth)) {
      if (depth == 2) result_codes = Span{open_, end};
      else scripts.push_back(Span{open_, end});
    }
    if (!object && depth == 2) in_scripts_ = false;
    return {};
  }

  std::vector<Span> scripts;   // root "scripts" array: each object element
  std::optional<Span> result_codes;

 private:
  bool IsSpanned(std::size_t depth) const {
    return (depth == 3 && in_scripts_) || (depth == 2 && root_key_ == "result_codes" && !in_scripts_);
  }

  std::string root_key_;
  std::set<std::string> root_keys_;
  bool in_scripts_ = false;
  std::size_t open_ = 0;
};

struct Scanned {
  rapidjson::Document doc;
  std::vector<Span> scripts;
  std::optional<Span> result_codes;
};

Status Scan(std::string_view json, Scanned& out) {
  SpanObserver spans;
  json::ParseError error;
  const bool ok = json::Parse(json, kLimits, out.doc, error, &spans);
  out.scripts = std::move(spans.scripts);
  out.result_codes = spans.result_codes;
  if (ok) return Status::Ok();
  std::string message = error.Describe("this turf package");
  if (error.kind == json::ParseError::Kind::kTooLarge) message += " (split the turf)";
  return Status::Fail(message);
}

// --- Reading the tree -------------------------------------------------------

// Reads one object's members by key, remembering which it saw, so anything
// else is reported as unknown (a typo in a hand-edited package).
class Object {
 public:
  Object(const Json& value, std::string path, Status& status) : value_(value), path_(std::move(path)), status_(status) {}

  const std::string& path() const { return path_; }
  std::string At(std::string_view key) const { return json::Key(path_, key); }

  bool Fail(const std::string& path, const std::string& message) {
    if (status_.ok()) status_ = Status::Fail(path + ": " + message);
    return false;
  }

  const Json* Find(const char* key, bool required) {
    known_.insert(key);
    const auto it = value_.FindMember(key);
    if (it != value_.MemberEnd()) return &it->value;
    if (required) Fail(At(key), "missing");
    return nullptr;
  }

  bool Text(const char* key, std::string& out, bool required = false) {
    const Json* v = Find(key, required);
    if (!v) return !required;
    std::string problem;
    if (!json::Node(*v, At(key)).Text(out, problem)) return FailWith(problem);
    return true;
  }

  bool FailWith(const std::string& problem) {  // a json::Node problem: it names its path
    if (status_.ok()) status_ = Status::Fail(problem);
    return false;
  }

  bool Flag(const char* key, bool& out) {
    const Json* v = Find(key, false);
    if (!v) return true;
    if (!v->IsBool()) return Fail(At(key), "expected true or false");
    out = v->GetBool();
    return true;
  }

  bool Int(const char* key, std::int64_t min, std::int64_t max, std::int64_t& out, bool required = false) {
    const Json* v = Find(key, required);
    if (!v) return !required;
    if (!v->IsInt64() || v->GetInt64() < min || v->GetInt64() > max)
      return Fail(At(key), "expected a whole number from " + std::to_string(min) + " to " + std::to_string(max));
    out = v->GetInt64();
    return true;
  }

  const Json* Array(const char* key, std::size_t max, bool required = true) {
    const Json* v = Find(key, required);
    if (!v) return nullptr;
    if (!v->IsArray()) return Fail(At(key), "expected a list in [ ]"), nullptr;
    if (v->Size() > max) return Fail(At(key), "more than " + std::to_string(max) + " entries"), nullptr;
    return v;
  }

  // {"lat": 37.35, "lon": -121.88}, or absent.
  bool Location(std::optional<GeoPoint>& out) {
    const Json* v = Find("location", false);
    if (!v) return true;
    if (!v->IsObject()) return Fail(At("location"), "expected {\"lat\": ..., \"lon\": ...}");
    Object o(*v, At("location"), status_);
    const Json* lat = o.Find("lat", true);
    const Json* lon = o.Find("lon", true);
    if (!lat || !lon || !o.NoOthers()) return false;
    if (!lat->IsNumber() || std::fabs(lat->GetDouble()) > 90) return Fail(o.At("lat"), "expected degrees from -90 to 90");
    if (!lon->IsNumber() || std::fabs(lon->GetDouble()) > 180) return Fail(o.At("lon"), "expected degrees from -180 to 180");
    out = GeoPoint{lat->GetDouble(), lon->GetDouble()};
    return true;
  }

  bool NoOthers() {
    if (!status_.ok()) return false;
    for (auto it = value_.MemberBegin(); it != value_.MemberEnd(); ++it) {
      const std::string key(it->name.GetString(), it->name.GetStringLength());
      if (!known_.contains(key)) return Fail(At(key), "unknown key (a typo?)");
    }
    return true;
  }

 private:
  const Json& value_;
  std::string path_;
  Status& status_;
  std::set<std::string> known_;
};

std::string Index(const std::string& path, std::size_t i) { return json::Index(path, i); }

bool ExpectObject(const Json& v, const std::string& path, Status& status) {
  if (v.IsObject()) return true;
  status = Status::Fail(path + ": expected an object in { }");
  return false;
}

bool ReadVoter(const Json& v, const std::string& path, Voter& voter, Status& status) {
  if (!ExpectObject(v, path, status)) return false;
  Object o(v, path, status);
  if (!o.Text("id", voter.id, true) || !o.Text("first_name", voter.first_name) || !o.Text("last_name", voter.last_name) ||
      !o.Text("phone", voter.phone) || !o.Text("preferred_language", voter.preferred_language))
    return false;
  if (const Json* a = o.Find("attributes", false)) {
    if (!a->IsObject()) return o.Fail(o.At("attributes"), "expected an object of text values");
    if (a->MemberCount() > kMaxAttributes) return o.Fail(o.At("attributes"), "more than " + std::to_string(kMaxAttributes) + " entries");
    for (auto it = a->MemberBegin(); it != a->MemberEnd(); ++it) {
      const std::string_view key(it->name.GetString(), it->name.GetStringLength());
      const std::string at = json::Key(o.At("attributes"), key);
      if (std::string why = json::TextProblem(key); !why.empty()) return o.Fail(at, "the key " + why);
      std::string value, problem;
      if (!json::Node(it->value, at).Text(value, problem)) return o.FailWith(problem);
      voter.attributes.Set(key, value);
    }
  }
  return o.NoOthers();
}

bool ReadHousehold(const Json& v, const std::string& path, Household& h, Status& status) {
  if (!ExpectObject(v, path, status)) return false;
  Object o(v, path, status);
  if (!o.Text("id", h.id, true) || !o.Location(h.location)) return false;
  const Json* address = o.Find("address", true);
  if (!address || !ExpectObject(*address, o.At("address"), status)) return false;
  Object a(*address, o.At("address"), status);
  Address& d = h.address;
  if (!a.Text("display", d.display, true) || !a.Text("house_number", d.house_number) || !a.Text("street", d.street) ||
      !a.Text("unit", d.unit) || !a.Text("city", d.city) || !a.Text("zip", d.zip) || !a.NoOthers())
    return false;
  const Json* voters = o.Array("voters", kMaxVotersPerHousehold);
  if (!voters) return false;
  h.voters.resize(voters->Size());
  for (rapidjson::SizeType i = 0; i < voters->Size(); ++i)
    if (!ReadVoter((*voters)[i], Index(o.At("voters"), i), h.voters[i], status)) return false;
  return o.NoOthers();
}

bool ReadBuilding(const Json& v, const std::string& path, std::size_t household_count, Building& b, Status& status) {
  if (!ExpectObject(v, path, status)) return false;
  Object o(v, path, status);
  if (!o.Text("id", b.id, true) || !o.Text("display", b.display, true) || !o.Location(b.location)) return false;
  const Json* doors = o.Array("households", kMaxHouseholds);
  if (!doors) return false;
  for (rapidjson::SizeType i = 0; i < doors->Size(); ++i) {
    const Json& d = (*doors)[i];
    if (!d.IsUint() || d.GetUint() >= household_count)
      return o.Fail(Index(o.At("households"), i), "expected an index into $.walk_list.households (0 to " +
                                                      std::to_string(household_count) + " exclusive)");
    b.households.push_back(d.GetUint());
  }
  return o.NoOthers();
}

// Households, buildings, and what the screens rely on: every door in exactly
// one building, ids that name one thing.
bool ReadWalkList(const Json& v, WalkList& list, Status& status) {
  if (!ExpectObject(v, "$.walk_list", status)) return false;
  Object o(v, "$.walk_list", status);
  const Json* households = o.Array("households", kMaxHouseholds);
  const Json* buildings = households ? o.Array("buildings", kMaxHouseholds) : nullptr;
  if (!buildings || !o.NoOthers()) return false;
  list.households.resize(households->Size());
  std::unordered_set<std::string> household_ids, voter_ids;
  std::size_t voters = 0;
  for (rapidjson::SizeType i = 0; i < households->Size(); ++i) {
    const std::string path = Index(o.At("households"), i);
    Household& h = list.households[i];
    if (!ReadHousehold((*households)[i], path, h, status)) return false;
    if (!household_ids.insert(h.id).second) return o.Fail(path + ".id", "household id " + Quoted(h.id) + " is used twice");
    if ((voters += h.voters.size()) > kMaxVoters) return o.Fail(path, "more than " + std::to_string(kMaxVoters) + " voters");
    for (std::size_t k = 0; k < h.voters.size(); ++k)
      if (!h.voters[k].id.empty() && !voter_ids.insert(h.voters[k].id).second)
        return o.Fail(Index(path + ".voters", k) + ".id", "voter id " + Quoted(h.voters[k].id) + " is used twice");
  }
  list.buildings.resize(buildings->Size());
  std::vector<bool> placed(list.households.size(), false);
  for (rapidjson::SizeType i = 0; i < buildings->Size(); ++i) {
    const std::string path = Index(o.At("buildings"), i);
    if (!ReadBuilding((*buildings)[i], path, list.households.size(), list.buildings[i], status)) return false;
    for (std::uint32_t h : list.buildings[i].households) {
      if (placed[h]) return o.Fail(path + ".households", "household " + std::to_string(h) + " is in two buildings");
      placed[h] = true;
    }
  }
  for (std::size_t h = 0; h < placed.size(); ++h)
    if (!placed[h]) return o.Fail(Index(o.At("households"), h), "this household is in no building, so no one would visit it");
  return true;
}

std::string_view SpanText(std::string_view json, const Span& span) { return json.substr(span.begin, span.end - span.begin); }

// Each script is checked as `puerta script check` would; every problem of
// every script is listed, since an organizer fixes them all at once.
bool ReadScripts(const Json& scripts, const Scanned& scanned, std::string_view json, TurfPackage& p, Status& status) {
  if (scripts.Empty()) {
    status = Status::Fail("$.scripts: a turf package needs at least one script");
    return false;
  }
  std::string problems;
  std::size_t problem_count = 0;
  std::set<std::pair<std::string, std::uint32_t>> ids;
  for (rapidjson::SizeType i = 0; i < scripts.Size(); ++i) {
    const std::string path = Index("$.scripts", i);
    if (!ExpectObject(scripts[i], path, status)) return false;
    if (scanned.scripts.size() != scripts.Size()) {  // cannot happen: the scan saw the same array
      status = Status::Fail(path + ": could not locate the script's text");
      return false;
    }
    std::string source(SpanText(json, scanned.scripts[i]));
    Script script;
    for (const ScriptProblem& problem : CheckScript(source, &script)) {
      ScriptProblem located = problem;
      located.path = path + (problem.path.starts_with("$") ? problem.path.substr(1) : "." + problem.path);
      problems += (problem_count++ ? "\n" : "") + FormatProblem(located);
    }
    if (problem_count == 0 && !ids.insert({script.id, script.version}).second) {
      status = Status::Fail(path + ".id: script " + Quoted(script.id) + " version " + std::to_string(script.version) +
                            " is in the package twice");
      return false;
    }
    p.scripts.push_back(std::move(script));
    p.script_sources.push_back(std::move(source));
  }
  if (problem_count) {
    status = Status::Fail(problems);
    return false;
  }
  return true;
}

bool IsPackageId(std::string_view id) {
  return id.size() == 16 && id.find_first_not_of("0123456789abcdef") == std::string_view::npos;
}

// "font": {"characters": "...", "regular": BASE64, "bold": BASE64}.
bool ReadFont(const Json& value, PackageFont& font, Status& status) {
  if (!value.IsObject()) {
    status = Status::Fail("$.font: expected an object in { }");
    return false;
  }
  Object o(value, "$.font", status);
  std::string regular, bold;
  if (!o.Text("characters", font.characters, true) || !o.Text("regular", regular, true) || !o.Text("bold", bold, true))
    return false;
  if (!o.NoOthers()) return false;
  for (auto [key, text, out] : {std::tuple{"regular", &regular, &font.regular}, std::tuple{"bold", &bold, &font.bold}}) {
    std::optional<std::string> bytes = Base64Decode(*text);
    if (!bytes) {
      status = Status::Fail(std::string("$.font.") + key + ": not base64");
      return false;
    }
    if (bytes->size() > kMaxPackageFontBytes || bytes->size() < 12) {
      status = Status::Fail(std::string("$.font.") + key + ": " + std::to_string(bytes->size()) +
                            " bytes: not a font of at most 8 MB");
      return false;
    }
    *out = std::move(*bytes);
  }
  return true;
}

Status Read(std::string_view json, const Scanned& scanned, TurfPackage& p) {
  const Json& root = scanned.doc;
  if (!root.IsObject() || !root.HasMember("format") || !root["format"].IsString() || root["format"].GetString() != kFormatName)
    return Status::Fail("this is not a Puerta turf package (it has no \"format\": \"puerta-turf\")");
  Status status = Status::Ok();
  Object o(root, "$", status);
  o.Find("format", true);
  std::int64_t version = 0;
  if (!o.Int("format_version", 0, std::numeric_limits<std::uint32_t>::max(), version, true)) return status;
  if (version > TurfPackage::kFormatVersion) {
    return Status::Fail("format_version " + std::to_string(version) + " is newer than this app reads (" +
                        std::to_string(TurfPackage::kFormatVersion) + "): update Puerta to open this turf package");
  }
  if (version < kOldestReadable) return Status::Fail("format_version " + std::to_string(version) + " is not a turf package version");
  p.format_version = static_cast<std::uint32_t>(version);

  std::int64_t offset = 0;
  if (!o.Text("turf_id", p.turf_id, true) || !o.Text("name", p.name, true) || !o.Text("campaign", p.campaign) ||
      !o.Text("organization", p.organization) || !o.Text("canvasser", p.canvasser) ||
      !o.Int("utc_offset_minutes", -12 * 60, 14 * 60, offset) || !o.Flag("require_encryption", p.require_encryption) ||
      !o.Text("organizer_public_key", p.organizer_public_key))
    return status;
  p.utc_offset_minutes = static_cast<std::int32_t>(offset);
  if (p.turf_id.empty()) return Status::Fail("$.turf_id: must not be empty");
  // Version 1 knew no hand-out id and no last day: there both are unknown keys.
  if (version >= kVersionWithHandOut) {
    if (!o.Text("package_id", p.package_id) || !o.Text("expires", p.expires)) return status;
    if (!p.package_id.empty() && !IsPackageId(p.package_id))
      return Status::Fail("$.package_id: expected 16 lowercase hex digits");
    if (!p.expires.empty())
      if (std::string why = ExpiryDateProblem(p.expires); !why.empty()) return Status::Fail("$.expires: " + why);
  }
  if (version >= kVersionWithChannel) {
    std::string channel;
    std::int64_t call_again = 0;
    if (!o.Text("channel", channel) || !o.Int("call_again_minutes", 0, 60 * 24 * 30, call_again)) return status;
    p.call_again_minutes = static_cast<std::uint32_t>(call_again);
    if (!channel.empty()) {
      const std::optional<Channel> c = ChannelFromKey(channel);
      if (!c) return Status::Fail("$.channel: \"" + channel + "\" is not door, phone or text");
      p.channel = *c;
    }
  }
  if (!p.organizer_public_key.empty()) {
    Status key_status = Status::Ok();
    if (!ParseOrganizerPublicKey(p.organizer_public_key, key_status))
      return Status::Fail("$.organizer_public_key: " + key_status.message());
  }

  if (version >= kVersionWithFont)
    if (const Json* font = o.Find("font", false); font && !ReadFont(*font, p.font, status)) return status;

  const Json* list = o.Find("walk_list", true);
  if (!list || !ReadWalkList(*list, p.walk_list, status)) return status;

  const Json* scripts = o.Array("scripts", kMaxScripts);
  if (!scripts || !ReadScripts(*scripts, scanned, json, p, status)) return status;

  if (const Json* codes = o.Find("result_codes", false)) {
    if (!codes->IsObject() || !scanned.result_codes) return Status::Fail("$.result_codes: expected an object in { }");
    p.result_codes_source = SpanText(json, *scanned.result_codes);
    if (Status s = p.result_codes.ApplyJson(p.result_codes_source, "$.result_codes"); !s) return s;
  }
  o.NoOthers();
  return status;
}

// --- Writing ----------------------------------------------------------------

using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Text(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }
void Field(Writer& w, std::string_view key, std::string_view value) {
  w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size())), Text(w, value);
}
void OptionalField(Writer& w, std::string_view key, std::string_view value) {
  if (!value.empty()) Field(w, key, value);
}
void Location(Writer& w, const std::optional<GeoPoint>& p) {
  if (!p || !std::isfinite(p->lat) || !std::isfinite(p->lon)) return;  // the writer cannot spell NaN
  w.Key("location"), w.StartObject();
  w.Key("lat"), w.Double(p->lat);
  w.Key("lon"), w.Double(p->lon);
  w.EndObject();
}

// Embedded JSON goes in as written. Text that is not one JSON object (which
// the in-memory package should never hold) is written as a string, so the
// file stays JSON and reading it back names the entry at fault.
void Embedded(Writer& w, std::string_view source) {
  // A file read from disk ends with a newline; the object is what is embedded.
  while (!source.empty() && (source.back() == '\n' || source.back() == '\r' || source.back() == ' ')) source.remove_suffix(1);
  while (!source.empty() && (source.front() == '\n' || source.front() == '\r' || source.front() == ' ')) source.remove_prefix(1);
  rapidjson::Document check;
  check.Parse<rapidjson::kParseIterativeFlag>(source.data(), source.size());
  const bool exact = !source.empty() && source.front() == '{' && source.back() == '}';
  if (!check.HasParseError() && check.IsObject() && exact) {
    w.RawValue(source.data(), source.size(), rapidjson::kObjectType);
  } else {
    Text(w, source);
  }
}

void WriteHousehold(Writer& w, const Household& h) {
  w.StartObject();
  Field(w, "id", h.id);
  w.Key("address"), w.StartObject();
  Field(w, "display", h.address.display);
  OptionalField(w, "house_number", h.address.house_number);
  OptionalField(w, "street", h.address.street);
  OptionalField(w, "unit", h.address.unit);
  OptionalField(w, "city", h.address.city);
  OptionalField(w, "zip", h.address.zip);
  w.EndObject();
  Location(w, h.location);
  w.Key("voters"), w.StartArray();
  for (const Voter& v : h.voters) {
    w.StartObject();
    Field(w, "id", v.id);
    OptionalField(w, "first_name", v.first_name);
    OptionalField(w, "last_name", v.last_name);
    OptionalField(w, "phone", v.phone);
    OptionalField(w, "preferred_language", v.preferred_language);
    if (!v.attributes.empty()) {
      w.Key("attributes"), w.StartObject();
      for (const auto& [key, value] : v.attributes) Field(w, key, value);
      w.EndObject();
    }
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

}  // namespace

Status ParseTurfPackage(std::string_view json, TurfPackage& out) {
  Scanned scanned;
  if (Status s = Scan(json, scanned); !s) return s;
  TurfPackage package;
  if (Status s = Read(json, scanned, package); !s) return s;
  out = std::move(package);
  return Status::Ok();
}

// The oldest version that holds everything `p` carries.
static std::uint32_t WrittenVersion(const TurfPackage& p) {
  if (p.channel != Channel::kDoor || p.call_again_minutes != 0) return kVersionWithChannel;
  if (!p.font.empty()) return kVersionWithFont;
  return p.expires.empty() && p.package_id.empty() ? 1 : kVersionWithHandOut;
}

std::string WriteTurfPackage(const TurfPackage& p) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 1);
  w.StartObject();
  Field(w, "format", kFormatName);
  w.Key("format_version"), w.Uint(WrittenVersion(p));
  Field(w, "turf_id", p.turf_id);
  OptionalField(w, "package_id", p.package_id);
  Field(w, "name", p.name);
  Field(w, "campaign", p.campaign);
  Field(w, "organization", p.organization);
  Field(w, "canvasser", p.canvasser);
  w.Key("utc_offset_minutes"), w.Int(p.utc_offset_minutes);
  w.Key("require_encryption"), w.Bool(p.require_encryption);
  OptionalField(w, "expires", p.expires);
  if (p.channel != Channel::kDoor) Field(w, "channel", ChannelKey(p.channel));
  if (p.call_again_minutes != 0) w.Key("call_again_minutes"), w.Uint(p.call_again_minutes);
  OptionalField(w, "organizer_public_key", p.organizer_public_key);
  if (!p.result_codes_source.empty()) w.Key("result_codes"), Embedded(w, p.result_codes_source);
  if (!p.font.empty()) {
    w.Key("font"), w.StartObject();
    Field(w, "characters", p.font.characters);
    Field(w, "regular", Base64Encode(p.font.regular));
    Field(w, "bold", Base64Encode(p.font.bold));
    w.EndObject();
  }
  w.Key("scripts"), w.StartArray();
  for (std::size_t i = 0; i < p.scripts.size(); ++i) Embedded(w, i < p.script_sources.size() ? p.script_sources[i] : "");
  w.EndArray();
  w.Key("walk_list"), w.StartObject();
  w.Key("households"), w.StartArray();
  for (const Household& h : p.walk_list.households) WriteHousehold(w, h);
  w.EndArray();
  w.Key("buildings"), w.StartArray();
  for (const Building& b : p.walk_list.buildings) {
    w.StartObject();
    Field(w, "id", b.id);
    Field(w, "display", b.display);
    Location(w, b.location);
    w.Key("households"), w.StartArray();
    for (std::uint32_t h : b.households) w.Uint(h);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  w.EndObject();
  std::string out(buffer.GetString(), buffer.GetSize());
  out += '\n';
  return out;
}

}  // namespace puerta
