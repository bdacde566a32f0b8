// `puerta package --list FILE --script SCRIPT [--script ...] --out TURF ...`:
// an organizer cuts a turf into the one file a canvasser opens on the phone
// (format: docs/turf-format.md). Nothing is written unless everything is
// right: every skipped voter-file row and every script problem is listed and
// the command fails, because a canvasser in the field cannot fix either.
// No path of the organizer's machine goes into the package.
#include <cctype>
#include <cmath>
#include <fstream>
#include <ostream>
#include <random>
#include <vector>

#include "crypto/sealed_file.h"
#include "native/cli/commands.h"
#include "script/script_parse.h"
#include "turf/turf_package.h"
#include "util/number.h"
#include "walklist/import.h"

namespace puerta::cli {
namespace {

constexpr const char* kUsage =
    "usage: puerta package --list FILE [--mapping MAP] --script SCRIPT [--script SCRIPT]... --out TURF\n"
    "         [--key PUBLIC_KEY_FILE] [--name NAME] [--campaign C] [--organization O] [--canvasser NAME]\n"
    "         [--results RESULT_CODES_JSON] [--no-encryption] [--start LAT,LON] [--turf-id ID]\n"
    "         [--utc-offset MINUTES]\n";

struct PackageArgs {
  std::string list, mapping, key, results, start, out, turf_id, utc_offset;
  std::vector<std::string> scripts;
  TurfPackage package;  // the text fields given on the command line
};

// Every option takes a value but --no-encryption; repeated --script adds.
bool ParseArgs(Args args, PackageArgs& a, std::ostream& err) {
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--no-encryption") {
      a.package.require_encryption = false;
      continue;
    }
    std::string* value = arg == "--list" ? &a.list : arg == "--mapping" ? &a.mapping : arg == "--key" ? &a.key
                       : arg == "--results" ? &a.results : arg == "--start" ? &a.start : arg == "--out" ? &a.out
                       : arg == "--turf-id" ? &a.turf_id : arg == "--utc-offset" ? &a.utc_offset
                       : arg == "--name" ? &a.package.name : arg == "--campaign" ? &a.package.campaign
                       : arg == "--organization" ? &a.package.organization
                       : arg == "--canvasser" ? &a.package.canvasser : nullptr;
    if (arg == "--script" && i + 1 < args.size()) {
      a.scripts.push_back(args[++i]);
    } else if (value && i + 1 < args.size()) {
      *value = args[++i];
    } else {
      err << "puerta: package: " << (value || arg == "--script" ? arg + " needs a value" : "unexpected \"" + arg + "\"") << "\n"
          << kUsage;
      return false;
    }
  }
  if (a.list.empty() || a.scripts.empty() || a.out.empty()) {
    err << "puerta: package: --list, --script and --out are required\n" << kUsage;
    return false;
  }
  return true;
}

// What a file holds without a byte-order mark or the blank space around it:
// embedded JSON is kept as written, and that is what reading it back gives.
std::string Trimmed(std::string text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.erase(0, 3);
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
  while (!text.empty() && space(text.back())) text.pop_back();
  std::size_t lead = 0;
  while (lead < text.size() && space(text[lead])) ++lead;
  return text.substr(lead);
}

// "Eastside, Saturday morning" -> "eastside-saturday-morning-3f9a1c": readable
// in logs and exports, and unique enough that two cuts never share attempts.
std::string NewTurfId(const std::string& name) {
  std::string slug;
  for (unsigned char c : name) {
    if (std::isalnum(c) && c < 0x80) slug += static_cast<char>(std::tolower(c));
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() >= 40) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  if (slug.empty()) slug = "turf";
  std::random_device random;
  static constexpr char kHex[] = "0123456789abcdef";
  slug += '-';
  for (int i = 0; i < 6; ++i) slug += kHex[random() % 16];
  return slug;
}

std::optional<GeoPoint> StartPoint(std::string_view text) {
  const std::size_t comma = text.find(',');
  if (comma == std::string_view::npos) return std::nullopt;
  const std::optional<double> lat = ParseDouble(text.substr(0, comma)), lon = ParseDouble(text.substr(comma + 1));
  if (!lat || !lon || std::abs(*lat) > 90 || std::abs(*lon) > 180) return std::nullopt;
  return GeoPoint{*lat, *lon};
}

bool ImportList(const PackageArgs& a, TurfPackage& p, std::ostream& err) {
  ImportOptions options;
  if (!a.start.empty() && !(options.start = StartPoint(a.start))) {
    err << "puerta: --start wants LAT,LON in degrees, e.g. --start 37.3501,-121.8801\n";
    return false;
  }
  std::string bytes;
  if (!ReadFile(a.list, bytes, err) || (!a.mapping.empty() && !ReadFile(a.mapping, options.mapping_json, err))) return false;
  ImportResult r = ImportVoterFile(a.list, bytes, options);
  if (!r.usable()) {
    err << "puerta: " << r.fatal << "\n";
    return false;
  }
  for (const auto& note : r.notes) err << "puerta: note: " << r.file << ": " << note << "\n";
  for (const ImportIssue& issue : r.errors) err << "puerta: " << Describe(r, issue) << "\n";
  if (!r.errors.empty()) {
    err << "puerta: package: " << r.errors.size() << " problem(s) in " << r.file
        << "; fix or remove those rows so no voter is silently left out\n";
    return false;
  }
  if (r.list.households.empty()) {
    err << "puerta: package: " << r.file << " has no doors to knock\n";
    return false;
  }
  p.walk_list = std::move(r.list);
  return true;
}

// Every problem of every script, then fail: the organizer fixes them at once.
bool ReadScripts(const PackageArgs& a, TurfPackage& p, std::ostream& err) {
  std::size_t problems = 0;
  for (const std::string& path : a.scripts) {
    std::string source;
    if (!ReadFile(path, source, err)) return false;
    source = Trimmed(std::move(source));
    Script script;
    for (const ScriptProblem& problem : CheckScript(source, &script)) {
      err << path << ": " << FormatProblem(problem) << "\n";
      ++problems;
    }
    p.scripts.push_back(std::move(script));
    p.script_sources.push_back(std::move(source));
  }
  if (problems) err << "puerta: package: " << problems << " script problem(s); nothing was written\n";
  return problems == 0;
}

}  // namespace

int Package(Args args, std::ostream& out, std::ostream& err) {
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    out << kUsage;
    return 0;
  }
  PackageArgs a;
  if (!ParseArgs(args, a, err)) return 2;
  TurfPackage& p = a.package;
  if (!ImportList(a, p, err)) return 1;

  if (!ReadScripts(a, p, err)) return 1;
  if (!a.results.empty()) {
    if (!ReadFile(a.results, p.result_codes_source, err)) return 1;
    p.result_codes_source = Trimmed(std::move(p.result_codes_source));
    if (Status s = p.result_codes.ApplyJson(p.result_codes_source); !s) {
      err << "puerta: " << a.results << ": " << s.message() << "\n";
      return 1;
    }
  }
  if (!a.key.empty()) {
    std::string key;
    if (!ReadFile(a.key, key, err)) return 1;
    Status status = Status::Ok();
    if (!ParseOrganizerPublicKey(key, status)) {
      err << "puerta: " << a.key << ": " << status.message() << "\n";
      return 1;
    }
    p.organizer_public_key = Trimmed(std::move(key));
  }
  if (!a.utc_offset.empty()) {
    const std::optional<double> minutes = ParseDouble(a.utc_offset);
    if (!minutes || *minutes != static_cast<std::int32_t>(*minutes) || *minutes < -720 || *minutes > 840) {
      err << "puerta: --utc-offset wants whole minutes east of UTC, e.g. -420 for California in summer\n";
      return 2;
    }
    p.utc_offset_minutes = static_cast<std::int32_t>(*minutes);
  }
  if (p.name.empty()) p.name = "Turf";
  p.turf_id = a.turf_id.empty() ? NewTurfId(p.name) : a.turf_id;

  // Read back what was written, as the phone will: what fails here would
  // fail in the field.
  const std::string json = WriteTurfPackage(p);
  TurfPackage check;
  if (Status s = ParseTurfPackage(json, check); !s) {
    err << "puerta: package: the package would not open: " << s.message() << "\n";
    return 1;
  }
  std::ofstream file(a.out, std::ios::binary);
  file << json;
  if (!file.flush()) {
    err << "puerta: cannot write " << a.out << "\n";
    return 1;
  }
  out << a.out << ": " << p.turf_id << ", " << p.walk_list.households.size() << " households, "
      << p.walk_list.VoterCount() << " voters, " << p.scripts.size() << (p.scripts.size() == 1 ? " script" : " scripts")
      << ", encryption " << (p.require_encryption ? "on" : "off") << ", sealed exports "
      << (p.organizer_public_key.empty() ? "off" : "on") << "\n";
  return 0;
}

}  // namespace puerta::cli
