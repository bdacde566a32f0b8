// Section index: writing · reading one attempt · reading a file · merging.
#include "export/json_lines.h"

#include <algorithm>
#include <set>

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "util/json_reader.h"

namespace puerta {
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Key(Writer& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

}  // namespace

std::string AttemptToJson(const ContactAttempt& a) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  Key(w, "attempt_id", a.attempt_id);
  w.Key("version"), w.Uint(a.version);
  w.Key("recorded_unix"), w.Int64(a.recorded_unix);
  Key(w, "voter_id", a.voter_id);
  Key(w, "voter_name", a.voter_name);
  Key(w, "household_id", a.household_id);
  w.Key("time_unix"), w.Int64(a.time_unix);
  Key(w, "canvasser", a.canvasser);
  Key(w, "organization", a.organization);
  Key(w, "campaign", a.campaign);
  Key(w, "channel", std::string(ChannelKey(a.channel)));
  Key(w, "result", std::string(Info(a.result).key));
  w.Key("answers");
  w.StartObject();
  for (const auto& [step, values] : a.answers) {
    w.Key(step.data(), static_cast<rapidjson::SizeType>(step.size()));
    w.StartArray();
    for (const auto& v : values) w.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
    w.EndArray();
  }
  w.EndObject();
  Key(w, "script_id", a.script_id);
  w.Key("script_version"), w.Uint(a.script_version);
  Key(w, "language", a.language);
  Key(w, "notes", a.notes);
  w.Key("follow_up_due_unix"), w.Int64(a.follow_up.due_unix);
  Key(w, "follow_up_language", a.follow_up.language);
  w.Key("practice"), w.Bool(a.practice);
  if (a.has_location) {  // optional: files from before locations were kept lack it
    w.Key("location"), w.StartObject();
    w.Key("lat"), w.Double(a.latitude);
    w.Key("lon"), w.Double(a.longitude);
    w.Key("accuracy_m"), w.Double(a.location_accuracy_m);
    w.EndObject();
  }
  if (!a.device.empty()) Key(w, "device", a.device);  // optional: versions recorded before phones signed lack it
  w.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

std::string ExportJsonLines(std::span<const ContactAttempt> versions, bool include_practice, const ExportOrigin& origin) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  Key(w, "format", "puerta-attempts");
  w.Key("format_version"), w.Uint(kJsonLinesFormatVersion);
  // Optional: files from before exports named their turf, and merged files, lack them.
  if (!origin.turf_id.empty()) Key(w, "turf_id", origin.turf_id);
  if (!origin.package_id.empty()) Key(w, "package_id", origin.package_id);
  w.EndObject();
  std::string out(buffer.GetString(), buffer.GetSize());
  out += "\n";
  for (const auto& a : versions)
    if (include_practice || !a.practice) out += AttemptToJson(a) + "\n";
  return out;
}

namespace {

// One line is one attempt: a few kilobytes. These bound a hostile line
// (util/json_reader.h); the file itself may hold any number of lines.
constexpr json::Limits kLineLimits{1u << 20, 20'000, json::kMaxDepth};

// Reads one attempt object; returns the first problem (naming its JSON
// path), or empty.
std::string ReadAttempt(const json::Node& v, ContactAttempt& a) {
  if (!v.IsObject()) return v.Expected("an object in { }");
  std::string problem;
  auto field = [&](const char* key) -> std::optional<json::Node> {
    if (!problem.empty()) return std::nullopt;
    auto n = v.Find(key);
    if (!n) problem = json::Key(v.path(), key) + ": missing";
    return n;
  };
  auto text = [&](const char* key, std::string& out) {
    if (const auto n = field(key)) n->Text(out, problem);
  };
  auto int64 = [&](const char* key, std::int64_t& out) {
    if (const auto n = field(key)) n->Int64(out, problem);
  };
  auto uint32 = [&](const char* key, std::uint32_t& out) {
    if (const auto n = field(key)) n->Uint32(out, problem);
  };
  std::string channel, result;
  text("attempt_id", a.attempt_id), uint32("version", a.version), int64("recorded_unix", a.recorded_unix);
  text("voter_id", a.voter_id), text("voter_name", a.voter_name), text("household_id", a.household_id);
  int64("time_unix", a.time_unix), text("canvasser", a.canvasser), text("organization", a.organization);
  text("campaign", a.campaign), text("channel", channel), text("result", result), text("script_id", a.script_id);
  uint32("script_version", a.script_version), text("language", a.language), text("notes", a.notes);
  int64("follow_up_due_unix", a.follow_up.due_unix), text("follow_up_language", a.follow_up.language);
  if (const auto practice = field("practice")) practice->Bool(a.practice, problem);
  if (!problem.empty()) return problem;
  const auto c = ChannelFromKey(channel);
  if (!c) return "$.channel: unknown channel \"" + channel + "\"";
  a.channel = *c;
  const auto r = ResultCodeFromKey(result);
  if (!r) return "$.result: unknown result \"" + result + "\"";
  a.result = *r;
  // Optional: files from before locations were kept lack it.
  if (const auto where = v.Find("location")) {
    if (!where->IsObject()) return where->Expected("{\"lat\", \"lon\", \"accuracy_m\"}");
    for (auto [key, out] : {std::pair{"lat", &a.latitude}, {"lon", &a.longitude}, {"accuracy_m", &a.location_accuracy_m}}) {
      const auto n = where->Find(key);
      if (!n) return json::Key(where->path(), key) + ": missing";
      if (!n->Number(*out, problem)) return problem;
    }
    if (a.latitude < -90 || a.latitude > 90 || a.longitude < -180 || a.longitude > 180 || a.location_accuracy_m < 0)
      return where->path() + ": a latitude (-90 to 90), a longitude (-180 to 180) and an accuracy in meters (0 or more)";
    a.has_location = true;
  }
  // Optional: the phone that recorded this version (CheckAttempt checks its form).
  if (const auto device = v.Find("device"); device && !device->Text(a.device, problem)) return problem;
  const auto answers = field("answers");
  if (!answers) return problem;
  if (!answers->IsObject()) return answers->Expected("an object of answers, {\"step\": [\"value\", ...]}");
  answers->ForEachMember([&](std::string_view step, const json::Node& values) {
    if (!problem.empty()) return;
    if (std::string why = json::TextProblem(step); !why.empty()) return void(problem = values.path() + ": the step id " + why);
    if (!values.IsArray()) return void(problem = values.Expected("a list of text [\"...\"]"));
    auto& list = a.answers[std::string(step)];
    for (std::size_t i = 0; i < values.Size() && problem.empty(); ++i) values[i].Text(list.emplace_back(), problem);
  });
  return problem;
}

// Remembers the key being read at the top two levels, so a line the parser
// refuses part-way (a raw NUL byte in a string) names the field it was in.
class FieldObserver final : public json::Observer {
 public:
  std::string Key(std::size_t depth, std::string_view key) override {
    if (depth == 1) top_.assign(key), inner_.clear();
    else if (depth == 2) inner_.assign(key);
    return {};
  }
  std::string Field() const {
    if (top_.empty()) return "$";
    return inner_.empty() ? json::Key("$", top_) : json::Key(json::Key("$", top_), inner_);
  }

 private:
  std::string top_, inner_;
};

// What makes a whole file unreadable before any line is: a text encoding or
// line ends other than the UTF-8 and LF (or CRLF) that Puerta writes.
std::string WholeFileProblem(std::string_view text) {
  if (text.starts_with("\xFF\xFE") || text.starts_with("\xFE\xFF") ||
      (text.size() >= 4 && (text[0] == '\0') != (text[1] == '\0') && (text[2] == '\0') != (text[3] == '\0')))
    return "line 1: the file is UTF-16 text; attempts exports are UTF-8 (was it opened and saved in an editor? "
           "take the phone's export as it came, or save it again as UTF-8)";
  const std::size_t cr = text.find('\r');
  if (cr != std::string_view::npos && text.find('\n') == std::string_view::npos && cr + 1 < text.size())
    return "line 1: the file's lines end in a lone CR (old Mac line ends); attempts exports end lines with LF "
           "(or CR LF): save it again with those line ends";
  return {};
}

}  // namespace

ParsedJsonLines ParseJsonLines(std::string_view text) {
  ParsedJsonLines parsed;
  if (std::string problem = WholeFileProblem(text); !problem.empty()) {
    parsed.errors.push_back(std::move(problem));
    return parsed;
  }
  std::size_t start = 0;
  bool header_seen = false;
  for (std::uint32_t line_no = 1; start < text.size(); ++line_no) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const std::string where = "line " + std::to_string(line_no);
    rapidjson::Document doc;
    json::ParseError error;
    FieldObserver field;
    if (!json::Parse(line, kLineLimits, doc, error, &field)) {
      if (error.kind == json::ParseError::Kind::kInvalid && error.offset < line.size() && line[error.offset] == '\0')
        parsed.errors.push_back(where + ": " + field.Field() + ": holds a NUL byte (byte " + std::to_string(error.offset) +
                                " of the line); only text belongs in an export");
      else
        parsed.errors.push_back(error.Describe(where));
      if (!header_seen) return parsed;  // not a file to read on from
      continue;
    }
    const json::Node root(doc, "$");
    if (!header_seen) {
      std::string format;
      std::uint32_t version = 0;
      std::string ignored;
      const auto f = root.Find("format");
      const auto v = root.Find("format_version");
      if (!f || !f->Text(format, ignored) || format != "puerta-attempts" || !v || !v->Uint32(version, ignored)) {
        parsed.errors.push_back(where + ": not a Puerta attempts export (the first line names the format)");
        return parsed;
      }
      if (version > kJsonLinesFormatVersion) {
        parsed.errors.push_back(where + ": written by a newer Puerta (format " + std::to_string(version) +
                                "); please update");
        return parsed;
      }
      std::string problem;
      for (auto [key, into] : {std::pair{"turf_id", &parsed.origin.turf_id}, {"package_id", &parsed.origin.package_id}})
        if (const auto n = root.Find(key); n && !n->Text(*into, problem)) {
          parsed.errors.push_back(where + ": " + problem);
          return parsed;
        }
      const std::string& package = parsed.origin.package_id;
      if (!package.empty() &&
          (package.size() != 16 || package.find_first_not_of("0123456789abcdef") != std::string::npos)) {
        parsed.errors.push_back(where + ": $.package_id: expected 16 lowercase hex digits");
        return parsed;
      }
      header_seen = parsed.header_read = true;
      continue;
    }
    ContactAttempt a;
    if (const std::string problem = ReadAttempt(root, a); !problem.empty()) {
      parsed.errors.push_back(where + ": " + problem);
      continue;
    }
    parsed.attempts.push_back(std::move(a));
    parsed.lines.push_back(line_no);
  }
  if (!header_seen) parsed.errors.push_back("line 1: the file is empty");
  return parsed;
}

std::vector<DeviceAttempts> AttemptsByDevice(std::span<const ContactAttempt> versions) {
  std::map<std::string, std::pair<std::set<std::string_view>, std::int64_t>> seen;  // device -> (ids, earliest)
  for (const ContactAttempt& a : versions) {
    auto [it, fresh] = seen.try_emplace(a.device);
    const std::int64_t when = std::min(a.time_unix, a.recorded_unix);
    if (fresh || when < it->second.second) it->second.second = when;
    it->second.first.insert(a.attempt_id);
  }
  std::vector<DeviceAttempts> out;
  for (const auto& [device, ids_earliest] : seen)
    out.push_back({device, static_cast<std::uint32_t>(ids_earliest.first.size()), ids_earliest.second});
  return out;
}

MergeReport ImportJsonLines(std::string_view text, AttemptLog& log) {
  AttemptMerge merge(log);
  return merge.Import("", text);
}

MergeReport AttemptMerge::Import(std::string_view file, std::string_view text) {
  ParsedJsonLines parsed = ParseJsonLines(text);
  MergeReport report;
  report.errors = std::move(parsed.errors);
  report.origin = std::move(parsed.origin);
  const std::string this_file = file.empty() ? "this file" : std::string(file);
  // Before the loop moves them; a file with an attempt CheckAttempt refuses stops the export anyway.
  report.by_device = AttemptsByDevice(parsed.attempts);
  for (auto& a : parsed.attempts) {
    if (const auto problems = CheckAttempt(a); !problems.empty()) {
      report.errors.push_back("attempt " + a.attempt_id + " v" + std::to_string(a.version) + ": " + problems.front());
      continue;
    }

    const std::string id = a.attempt_id;
    const std::uint32_t version = a.version;
    if (!a.device.empty()) {
      if (const auto at = std::lower_bound(report.devices.begin(), report.devices.end(), a.device);
          at == report.devices.end() || *at != a.device)
        report.devices.insert(at, a.device);
      auto [it, fresh] = owners_.try_emplace(id);
      if (fresh)  // once per attempt id: what the log held before
        for (const ContactAttempt* held : log_.History(id))
          if (!held->device.empty()) {
            it->second = {held->device, kHeld};
            break;
          }
      Owner& owner = it->second;
      const auto this_index = static_cast<std::uint32_t>(files_.size());
      if (owner.device.empty()) {
        owner = {a.device, this_index};
      } else if (owner.device != a.device) {
        ++report.other_device;
        const std::string first = owner.file == kHeld      ? std::string("the results already held")
                                  : owner.file == this_index ? this_file + " (an earlier line)"
                                                             : files_[owner.file];
        report.warnings.push_back("attempt " + id + " version " + std::to_string(version) + " in " + this_file +
                                  " comes from device " + a.device + ", but " + first + " has it from device " +
                                  owner.device + "; refused: the attempt from device " + owner.device + " in " + first +
                                  " was kept");
        continue;
      }
    }
    switch (log_.Merge(std::move(a))) {
      case AttemptLog::MergeOutcome::kAdded:
        ++report.added;
        origins_.push_back(static_cast<std::uint32_t>(files_.size()));
        break;
      case AttemptLog::MergeOutcome::kDuplicate: ++report.duplicates; break;
      case AttemptLog::MergeOutcome::kConflict: {
        ++report.conflicts;
        // Versions are appended to AllVersions() as they are added, so the
        // kept version's index is also its index into origins_.
        const ContactAttempt* kept = log_.Find(id, version);
        const std::size_t index = static_cast<std::size_t>(kept - log_.AllVersions().data());
        const std::string what = "attempt " + id + " version " + std::to_string(version);
        if (index >= first_ && index - first_ < origins_.size()) {
          const std::uint32_t origin = origins_[index - first_];
          const std::string earlier = origin < files_.size() ? files_[origin] : this_file + " (an earlier line)";
          report.warnings.push_back(what + " differs between " + earlier + " and " + this_file +
                                    "; the one from " + earlier + " was kept");
        } else {
          report.warnings.push_back(what + " in " + this_file + " differs from the version already held, which was kept");
        }
        break;
      }
    }
  }
  files_.push_back(this_file);
  return report;
}

}  // namespace puerta
