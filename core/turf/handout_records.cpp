// Section index: judging a sent file · writing · reading.
#include "turf/handout_records.h"

#include <optional>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "responses/attempt_time.h"
#include "util/json_reader.h"

namespace puerta {
namespace {

std::string PackageName(std::string_view turf_id, std::string_view package_id) {
  std::string name = "turf " + std::string(turf_id);
  if (!package_id.empty()) name += " (package " + std::string(package_id) + ")";
  return name;
}

const Handout* FindHandout(const std::vector<Handout>& handouts, const SentAttempts& sent) {
  const Handout* found = nullptr;
  for (const Handout& h : handouts) {
    if (!sent.package_id.empty()) {
      if (h.package_id == sent.package_id) return &h;
    } else if (h.turf_id == sent.turf_id && (!found || h.handed_out_unix < found->handed_out_unix)) {
      found = &h;  // a package from before package ids: the turf's first hand-out
    }
  }
  return found;
}

}  // namespace

std::string UtcMinute(std::int64_t unix_seconds) {
  std::string text = IsoDateTime(unix_seconds);  // 2026-12-03T09:58:00
  text[10] = ' ';
  return text.substr(0, 16) + " UTC";
}

// --- Judging a sent file ------------------------------------------------------

SentCheck HandoutRecords::Check(const SentAttempts& sent, std::int64_t now_unix, bool accept) {
  SentCheck check;
  if (sent.turf_id.empty()) {
    check.not_judged = "it names no turf (made by a Puerta from before exports named their turf, or merged from "
                       "several files), so it was not checked against the hand-outs";
    return check;
  }
  if (sent.device.empty()) {
    check.not_judged = "its attempts name no device (recorded by a Puerta from before phones signed), so it was not "
                       "checked against the devices seen for " + PackageName(sent.turf_id, sent.package_id);
    return check;
  }
  check.judged = true;
  const std::string package = PackageName(sent.turf_id, sent.package_id);

  const Handout* handout = FindHandout(handouts, sent);
  if (!handout) {
    check.flags.push_back({FlagReason::kNoHandout,
                           "no hand-out of " + package + " is recorded: it was not packaged with these records"});
  } else if (handout->turf_id != sent.turf_id) {
    check.flags.push_back({FlagReason::kPackageOfOtherTurf, "package " + sent.package_id + " was handed out as turf " +
                                                                handout->turf_id + ", not turf " + sent.turf_id});
  } else if (sent.attempts > 0 && sent.earliest_unix < handout->handed_out_unix - kClockSlackSeconds) {
    check.flags.push_back({FlagReason::kBeforeHandout,
                           "its attempts are dated from " + UtcMinute(sent.earliest_unix) + ", before " + package +
                               " was handed out (" + UtcMinute(handout->handed_out_unix) +
                               "): no phone had the turf then"});
  }

  // The devices seen for this package, in the order seen (indexes: push_back may move entries).
  std::size_t first = devices.size(), mine = devices.size();
  for (std::size_t i = 0; i < devices.size(); ++i) {
    const DeviceSeen& d = devices[i];
    if (d.turf_id != sent.turf_id || d.package_id != sent.package_id) continue;
    if (first == devices.size()) first = i;
    if (d.device == sent.device) mine = i;
  }
  if (mine == devices.size()) {
    if (first == devices.size()) first = mine;
    devices.push_back({sent.turf_id, sent.package_id, sent.device, now_unix, sent.file, false});
    devices_changed_ = true;
  }
  if (accept && !devices[mine].accepted) {
    devices[mine].accepted = true;
    devices_changed_ = true;
  }
  const DeviceSeen& first_seen = devices[first];
  if (first_seen.device != sent.device && !devices[mine].accepted) {
    check.flags.push_back({FlagReason::kAnotherDeviceFirst,
                           package + " was sent in first by device " + first_seen.device + " (" + first_seen.first_file +
                               ", " + UtcMinute(first_seen.first_seen_unix) +
                               "); a turf goes to one phone, so these may be made up by someone holding the turf"});
  }
  return check;
}
// --- Writing ------------------------------------------------------------------

namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

void Text(Writer& w, const char* key, std::string_view value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

std::string Header(std::string_view format) {
  return "{\"format\":\"" + std::string(format) + "\",\"format_version\":1}\n";
}

constexpr std::string_view kHandoutsFormat = "puerta-handouts";
constexpr std::string_view kDevicesFormat = "puerta-devices";

}  // namespace

std::string WriteHandouts(const std::vector<Handout>& handouts) {
  std::string out = Header(kHandoutsFormat);
  for (const Handout& h : handouts) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    Text(w, "turf_id", h.turf_id);
    Text(w, "package_id", h.package_id);
    w.Key("handed_out_unix"), w.Int64(h.handed_out_unix);
    w.EndObject();
    out.append(buffer.GetString(), buffer.GetSize()).append("\n");
  }
  return out;
}

std::string WriteDevicesSeen(const std::vector<DeviceSeen>& devices) {
  std::string out = Header(kDevicesFormat);
  for (const DeviceSeen& d : devices) {
    rapidjson::StringBuffer buffer;
    Writer w(buffer);
    w.StartObject();
    Text(w, "turf_id", d.turf_id);
    Text(w, "package_id", d.package_id);
    Text(w, "device", d.device);
    w.Key("first_seen_unix"), w.Int64(d.first_seen_unix);
    Text(w, "first_file", d.first_file);
    w.Key("accepted"), w.Bool(d.accepted);
    w.EndObject();
    out.append(buffer.GetString(), buffer.GetSize()).append("\n");
  }
  return out;
}

// --- Reading ------------------------------------------------------------------

namespace {

constexpr json::Limits kLineLimits{64u * 1024, 100, 4};

bool IsHex16(std::string_view s) {
  if (s.size() != 16) return false;
  for (char c : s)
    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) return false;
  return true;
}

// Reads a records file line by line: the header names `format`, then `entry`
// reads each further line (returning its problem, or empty).
template <class Entry>
Status ReadLines(std::string_view text, std::string_view format, Entry&& entry) {
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
    if (!json::Parse(line, kLineLimits, doc, error)) return Status::Fail(error.Describe(where));
    const json::Node root(doc, "$");
    if (!root.IsObject()) return Status::Fail(where + ": " + root.Expected("an object in { }"));
    if (!header_seen) {
      std::string name, ignored;
      std::uint32_t version = 0;
      const auto f = root.Find("format");
      const auto v = root.Find("format_version");
      if (!f || !f->Text(name, ignored) || name != format || !v || !v->Uint32(version, ignored))
        return Status::Fail(where + ": not a " + std::string(format) + " file (the first line names the format)");
      if (version > 1)
        return Status::Fail(where + ": written by a newer Puerta (format " + std::to_string(version) + "); please update");
      header_seen = true;
      continue;
    }
    if (std::string problem = entry(root); !problem.empty()) return Status::Fail(where + ": " + problem);
  }
  if (!header_seen && !text.empty()) return Status::Fail("line 1: not a " + std::string(format) + " file");
  return Status::Ok();
}

// Field readers sharing one `problem`: each does nothing once a problem is set.
struct Fields {
  const json::Node& node;
  std::string problem;

  std::optional<json::Node> Get(const char* key) {
    if (!problem.empty()) return std::nullopt;
    auto n = node.Find(key);
    if (!n) problem = json::Key(node.path(), key) + ": missing";
    return n;
  }
  void Text(const char* key, std::string& out) {
    if (auto n = Get(key)) n->Text(out, problem);
  }
  void Int64(const char* key, std::int64_t& out) {
    if (auto n = Get(key)) n->Int64(out, problem);
  }
  void Bool(const char* key, bool& out) {
    if (auto n = Get(key)) n->Bool(out, problem);
  }
  void Check(bool ok, const char* key, const char* what) {
    if (problem.empty() && !ok) problem = json::Key(node.path(), key) + ": " + what;
  }
};

}  // namespace

Status ParseHandouts(std::string_view text, std::vector<Handout>& out) {
  std::vector<Handout> read;
  Status status = ReadLines(text, kHandoutsFormat, [&](const json::Node& node) {
    Handout h;
    Fields f{node, {}};
    f.Text("turf_id", h.turf_id), f.Text("package_id", h.package_id), f.Int64("handed_out_unix", h.handed_out_unix);
    f.Check(!h.turf_id.empty(), "turf_id", "must not be empty");
    f.Check(IsHex16(h.package_id), "package_id", "expected 16 lowercase hex digits");
    f.Check(h.handed_out_unix >= 0 && h.handed_out_unix <= kLatestUnixSeconds, "handed_out_unix",
            "expected seconds since 1970, up to the year 9999");
    if (f.problem.empty()) read.push_back(std::move(h));
    return f.problem;
  });
  if (status) out = std::move(read);
  return status;
}

Status ParseDevicesSeen(std::string_view text, std::vector<DeviceSeen>& out) {
  std::vector<DeviceSeen> read;
  Status status = ReadLines(text, kDevicesFormat, [&](const json::Node& node) {
    DeviceSeen d;
    Fields f{node, {}};
    f.Text("turf_id", d.turf_id), f.Text("package_id", d.package_id), f.Text("device", d.device);
    f.Int64("first_seen_unix", d.first_seen_unix), f.Text("first_file", d.first_file), f.Bool("accepted", d.accepted);
    f.Check(!d.turf_id.empty(), "turf_id", "must not be empty");
    f.Check(d.package_id.empty() || IsHex16(d.package_id), "package_id", "expected 16 lowercase hex digits, or \"\"");
    f.Check(IsHex16(d.device), "device", "expected 16 lowercase hex digits");
    f.Check(d.first_seen_unix >= 0 && d.first_seen_unix <= kLatestUnixSeconds, "first_seen_unix",
            "expected seconds since 1970, up to the year 9999");
    if (f.problem.empty()) read.push_back(std::move(d));
    return f.problem;
  });
  if (status) out = std::move(read);
  return status;
}

}  // namespace puerta
