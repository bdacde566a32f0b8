#include "campaign/report_files.h"

#include <cstdio>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "export/csv_writer.h"

namespace puerta::campaign {
namespace {

std::string Rate(double rate) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4f", rate);
  return text;
}

// "es:3 vi:1", for a CSV cell.
std::string ByLanguage(const std::map<std::string, std::int64_t>& counts) {
  std::string out;
  for (const auto& [language, n] : counts) out += (out.empty() ? "" : " ") + language + ":" + std::to_string(n);
  return out;
}

}  // namespace

std::string ReportCsv(const Report& report) {
  std::vector<std::string> names = report.by;
  if (names.empty()) names.push_back("group");
  for (const char* column : {"attempts", "doors_knocked", "households_contacted", "conversations", "contact_rate",
                             "support_ids", "follow_ups", "follow_ups_by_language"})
    names.emplace_back(column);
  CsvWriter csv(std::vector<std::string_view>(names.begin(), names.end()));
  for (const ReportRow& row : report.rows) {
    std::vector<std::string> cells = row.group;
    for (std::int64_t n : {row.attempts, row.doors_knocked, row.households_contacted, row.conversations})
      cells.push_back(std::to_string(n));
    cells.push_back(Rate(row.contact_rate));
    cells.push_back(std::to_string(row.support_ids));
    cells.push_back(std::to_string(row.follow_ups));
    cells.push_back(ByLanguage(row.follow_ups_by_language));
    csv.Row(cells);
  }
  return csv.Text();
}

std::string ReportJson(const Report& report) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  auto text = [&w](const std::string& s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); };
  w.StartObject();
  w.Key("by");
  w.StartArray();
  for (const std::string& word : report.by) text(word);
  w.EndArray();
  w.Key("rows");
  w.StartArray();
  for (const ReportRow& row : report.rows) {
    w.StartObject();
    if (report.by.empty()) {
      w.Key("group");
      text(row.group.front());
    }
    for (std::size_t i = 0; i < report.by.size(); ++i) {
      w.Key(report.by[i].c_str());
      text(row.group[i]);
    }
    for (auto [name, n] : {std::pair{"attempts", row.attempts}, {"doors_knocked", row.doors_knocked},
                           {"households_contacted", row.households_contacted}, {"conversations", row.conversations},
                           {"support_ids", row.support_ids}, {"follow_ups", row.follow_ups}}) {
      w.Key(name);
      w.Int64(n);
    }
    w.Key("contact_rate");
    w.Double(row.contact_rate);
    w.Key("follow_ups_by_language");
    w.StartObject();
    for (const auto& [language, n] : row.follow_ups_by_language) {
      text(language);
      w.Int64(n);
    }
    w.EndObject();
    w.Key("answers");
    w.StartObject();
    for (const auto& [step, values] : row.answers) {
      text(step);
      w.StartObject();
      for (const auto& [value, n] : values) {
        text(value);
        w.Int64(n);
      }
      w.EndObject();
    }
    w.EndObject();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

std::string ConflictsCsv(std::span<const Conflict> conflicts) {
  CsvWriter csv({"kind", "subject", "attempts", "kept", "rule"});
  for (const Conflict& c : conflicts) {
    std::string attempts;
    for (const std::string& a : c.attempts) attempts += (attempts.empty() ? "" : "\n") + a;
    csv.Row({c.kind, c.subject, attempts, c.kept, c.rule});
  }
  return csv.Text();
}

namespace {

// The follow-up list's columns, and each one's value.
constexpr std::pair<const char*, std::string VoterFollowUp::*> kFollowUpColumns[] = {
    {"voter", &VoterFollowUp::voter_id},         {"turf", &VoterFollowUp::turf_id},
    {"door", &VoterFollowUp::door},              {"result", &VoterFollowUp::result},
    {"date", &VoterFollowUp::day},               {"language", &VoterFollowUp::language},
    {"organization", &VoterFollowUp::organization}, {"canvasser", &VoterFollowUp::canvasser},
    {"attempt", &VoterFollowUp::attempt_id},
};

}  // namespace

std::string FollowUpsCsv(std::span<const VoterFollowUp> follow_ups) {
  std::vector<std::string_view> header;
  for (const auto& [name, field] : kFollowUpColumns) header.push_back(name);
  CsvWriter csv(header);
  for (const VoterFollowUp& f : follow_ups) {
    std::vector<std::string> cells;
    for (const auto& [name, field] : kFollowUpColumns) cells.push_back(f.*field);
    csv.Row(cells);
  }
  return csv.Text();
}

std::string FollowUpsJson(std::span<const VoterFollowUp> follow_ups) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.StartArray();
  for (const VoterFollowUp& f : follow_ups) {
    w.StartObject();
    for (const auto& [name, field] : kFollowUpColumns) {
      w.Key(name);
      const std::string& value = f.*field;
      w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    }
    w.EndObject();
  }
  w.EndArray();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace puerta::campaign
