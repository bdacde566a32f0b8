// Section index: writing · reading one attempt · reading a file · merging.
#include "export/json_lines.h"

#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

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
  w.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

std::string ExportJsonLines(std::span<const ContactAttempt> versions, bool include_practice) {
  std::string out = "{\"format\":\"puerta-attempts\",\"format_version\":" + std::to_string(kJsonLinesFormatVersion) + "}\n";
  for (const auto& a : versions)
    if (include_practice || !a.practice) out += AttemptToJson(a) + "\n";
  return out;
}

namespace {

// Reads one attempt object; returns the first problem, or empty.
std::string ReadAttempt(const rapidjson::Value& v, ContactAttempt& a) {
  if (!v.IsObject()) return "not a JSON object";
  auto text = [&](const char* key, std::string& out) -> std::string {
    const auto it = v.FindMember(key);
    if (it == v.MemberEnd() || !it->value.IsString()) return std::string("\"") + key + "\" must be text";
    out.assign(it->value.GetString(), it->value.GetStringLength());
    return {};
  };
  auto int64 = [&](const char* key, std::int64_t& out) -> std::string {
    const auto it = v.FindMember(key);
    if (it == v.MemberEnd() || !it->value.IsInt64()) return std::string("\"") + key + "\" must be a whole number";
    out = it->value.GetInt64();
    return {};
  };
  auto uint32 = [&](const char* key, std::uint32_t& out) -> std::string {
    const auto it = v.FindMember(key);
    if (it == v.MemberEnd() || !it->value.IsUint()) return std::string("\"") + key + "\" must be a whole number";
    out = it->value.GetUint();
    return {};
  };
  std::string channel, result;
  for (const std::string& problem :
       {text("attempt_id", a.attempt_id), uint32("version", a.version), int64("recorded_unix", a.recorded_unix),
        text("voter_id", a.voter_id), text("voter_name", a.voter_name), text("household_id", a.household_id),
        int64("time_unix", a.time_unix), text("canvasser", a.canvasser), text("organization", a.organization),
        text("campaign", a.campaign), text("channel", channel), text("result", result), text("script_id", a.script_id),
        uint32("script_version", a.script_version), text("language", a.language), text("notes", a.notes),
        int64("follow_up_due_unix", a.follow_up.due_unix), text("follow_up_language", a.follow_up.language)}) {
    if (!problem.empty()) return problem;
  }
  const auto c = ChannelFromKey(channel);
  if (!c) return "unknown channel \"" + channel + "\"";
  a.channel = *c;
  const auto r = ResultCodeFromKey(result);
  if (!r) return "unknown result \"" + result + "\"";
  a.result = *r;
  const auto practice = v.FindMember("practice");
  if (practice == v.MemberEnd() || !practice->value.IsBool()) return "\"practice\" must be true or false";
  a.practice = practice->value.GetBool();
  if (const auto where = v.FindMember("location"); where != v.MemberEnd()) {
    const auto& l = where->value;
    auto number = [&](const char* key, double& out) {
      const auto it = l.IsObject() ? l.FindMember(key) : l.MemberEnd();
      if (it == l.MemberEnd() || !it->value.IsNumber()) return false;
      out = it->value.GetDouble();
      return true;
    };
    if (!number("lat", a.latitude) || !number("lon", a.longitude) || !number("accuracy_m", a.location_accuracy_m) ||
        a.latitude < -90 || a.latitude > 90 || a.longitude < -180 || a.longitude > 180 || a.location_accuracy_m < 0)
      return "\"location\" must be {\"lat\", \"lon\", \"accuracy_m\"} with a latitude, a longitude and an accuracy in meters";
    a.has_location = true;
  }
  const auto answers = v.FindMember("answers");
  if (answers == v.MemberEnd() || !answers->value.IsObject()) return "\"answers\" must be an object";
  for (auto m = answers->value.MemberBegin(); m != answers->value.MemberEnd(); ++m) {
    if (!m->value.IsArray()) return "each answer must be a list of text";
    auto& values = a.answers[std::string(m->name.GetString(), m->name.GetStringLength())];
    for (const auto& value : m->value.GetArray()) {
      if (!value.IsString()) return "each answer must be a list of text";
      values.emplace_back(value.GetString(), value.GetStringLength());
    }
  }
  return {};
}

}  // namespace

ParsedJsonLines ParseJsonLines(std::string_view text) {
  ParsedJsonLines parsed;
  std::size_t start = 0;
  bool header_seen = false;
  for (std::uint32_t line_no = 1; start < text.size(); ++line_no) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(start, end - start);
    start = end + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.find_first_not_of(" \t") == std::string_view::npos) continue;
    const std::string where = "line " + std::to_string(line_no) + ": ";
    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    if (doc.HasParseError()) {
      parsed.errors.push_back(where + "not valid JSON");
      continue;
    }
    if (!header_seen) {
      // const iterators: rapidjson 1.1's mutable ones compare ambiguously in C++20.
      const rapidjson::Value& header = doc;
      const bool is_object = header.IsObject();
      const auto format = is_object ? header.FindMember("format") : rapidjson::Value::ConstMemberIterator();
      const auto version = is_object ? header.FindMember("format_version") : rapidjson::Value::ConstMemberIterator();
      if (!is_object || format == header.MemberEnd() || !format->value.IsString() ||
          std::string_view(format->value.GetString()) != "puerta-attempts" || version == header.MemberEnd() ||
          !version->value.IsUint()) {
        parsed.errors.push_back(where + "not a Puerta attempts export (the first line names the format)");
        return parsed;
      }
      if (version->value.GetUint() > kJsonLinesFormatVersion) {
        parsed.errors.push_back(where + "written by a newer Puerta (format " +
                                std::to_string(version->value.GetUint()) + "); please update");
        return parsed;
      }
      header_seen = true;
      continue;
    }
    ContactAttempt a;
    if (const std::string problem = ReadAttempt(doc, a); !problem.empty()) {
      parsed.errors.push_back(where + problem);
      continue;
    }
    parsed.attempts.push_back(std::move(a));
  }
  if (!header_seen) parsed.errors.push_back("line 1: the file is empty");
  return parsed;
}

MergeReport ImportJsonLines(std::string_view text, AttemptLog& log) {
  ParsedJsonLines parsed = ParseJsonLines(text);
  MergeReport report;
  report.errors = std::move(parsed.errors);
  for (auto& a : parsed.attempts) {
    if (const auto problems = CheckAttempt(a); !problems.empty()) {
      report.errors.push_back("attempt " + a.attempt_id + " v" + std::to_string(a.version) + ": " + problems.front());
      continue;
    }
    switch (log.Merge(std::move(a))) {
      case AttemptLog::MergeOutcome::kAdded: ++report.added; break;
      case AttemptLog::MergeOutcome::kDuplicate: ++report.duplicates; break;
      case AttemptLog::MergeOutcome::kConflict: ++report.conflicts; break;
    }
  }
  return report;
}

}  // namespace puerta
