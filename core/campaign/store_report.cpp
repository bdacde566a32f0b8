// The report: counts per group, computed by the database (GROUP BY), from
// the latest version of each attempt, practice and rejected ones left out.
// Definitions as in stats/canvass_stats.h, for many turfs at once (a
// household is a turf's household: turf id + household id).
#include <map>

#include "campaign/campaign_store.h"
#include "campaign/store_sql.h"

namespace puerta::campaign {
namespace {

constexpr std::pair<std::string_view, std::string_view> kGroupings[] = {
    {"org", "a.organization"}, {"canvasser", "a.canvasser"}, {"turf", "a.turf_id"},  {"day", "a.day"},
    {"language", "a.language"}, {"channel", "a.channel"},    {"script", "a.script_id"},
};

using Groups = std::map<std::vector<std::string>, ReportRow>;

std::string Join(const std::vector<std::string>& parts, std::string_view tail = "") {
  std::string out;
  for (const std::string& p : parts) out += p + ", ";
  return tail.empty() && !out.empty() ? out.substr(0, out.size() - 2) : out + std::string(tail);
}

// `details`: also follow-ups by language and answers per question (additive:
// the total row sums them from the groups instead of scanning again).
Status Count(SqlConnection& db, const std::vector<std::string>& dims, const ReportQuery& q, bool details,
             Groups& groups) {
  std::string where = " FROM attempts a WHERE " + std::string(sql::kCounted);
  std::vector<std::string> params;
  where += sql::WithinDays(q.from, q.to, params);
  const std::string group = dims.empty() ? "" : " GROUP BY " + Join(dims);
  const auto n = static_cast<int>(dims.size());
  auto key_of = [n](const SqlStatement& r) {
    std::vector<std::string> key;
    for (int i = 0; i < n; ++i) key.push_back(r.Text(i));
    return key;
  };
  const std::string counts =
      "SELECT " + Join(dims, "COUNT(*), ") +
      "COUNT(DISTINCT NULLIF(a.door, '')), COUNT(DISTINCT CASE WHEN a.result = 'canvassed' THEN NULLIF(a.door, '') "
      "END), SUM(CASE WHEN a.result = 'canvassed' THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN a.result = 'canvassed' AND EXISTS (SELECT 1 FROM answers an JOIN script_support_ids s "
      "ON s.script_id = a.script_id AND s.step_id = an.step_id AND s.value = an.value "
      "WHERE an.attempt_id = a.attempt_id AND an.version = a.version) THEN 1 ELSE 0 END), "
      "SUM(CASE WHEN a.result IN " + std::string(sql::kFollowUpResults) + " THEN 1 ELSE 0 END)" + where + group;
  Status s = RunQuery(db, counts, params, [&](const SqlStatement& r) {
    if (r.Int(n) == 0) return;  // no attempt at all: no group (the total of an empty store has none either)
    ReportRow& row = groups[key_of(r)];
    row.attempts = r.Int(n);
    row.doors_knocked = r.Int(n + 1);
    row.households_contacted = r.Int(n + 2);
    row.conversations = r.Int(n + 3);
    row.support_ids = r.Int(n + 4);
    row.follow_ups = r.Int(n + 5);
    row.contact_rate = row.doors_knocked ? static_cast<double>(row.households_contacted) / row.doors_knocked : 0;
  });
  if (!s || !details) return s;
  std::vector<std::string> by_language = dims;
  by_language.push_back(std::string(sql::kFollowUpLanguage));
  s = RunQuery(db,
               "SELECT " + Join(by_language, "COUNT(*)") + where + " AND a.result IN " +
                   std::string(sql::kFollowUpResults) + " GROUP BY " + Join(by_language),
               params, [&](const SqlStatement& r) { groups[key_of(r)].follow_ups_by_language[r.Text(n)] = r.Int(n + 1); });
  if (!s) return s;
  std::vector<std::string> by_answer = dims;
  by_answer.insert(by_answer.end(), {"an.step_id", "an.value"});
  std::string answers_where = where;
  answers_where.replace(answers_where.find(" WHERE "), 7,
                        " JOIN answers an ON an.attempt_id = a.attempt_id AND an.version = a.version WHERE ");
  return RunQuery(db,
                  "SELECT " + Join(by_answer, "COUNT(*)") + answers_where + " AND a.result = 'canvassed' GROUP BY " +
                      Join(by_answer),
                  params,
                  [&](const SqlStatement& r) { groups[key_of(r)].answers[r.Text(n)][r.Text(n + 1)] = r.Int(n + 2); });
}

}  // namespace

std::optional<std::string_view> ReportColumn(std::string_view by_word) {
  for (const auto& [word, column] : kGroupings)
    if (word == by_word) return column;
  return std::nullopt;
}

std::optional<Report> CampaignStore::MakeReport(const ReportQuery& query, Status& status) {
  std::vector<std::string> dims;
  for (const std::string& word : query.by) {
    const std::optional<std::string_view> column = ReportColumn(word);
    if (!column) {
      status = Status::Fail("--by: unknown grouping \"" + word + "\" (org, canvasser, turf, day, language, channel, script)");
      return std::nullopt;
    }
    dims.emplace_back(*column);
  }
  Groups groups, total;
  status = Count(*db_, dims, query, true, groups);
  if (status && !dims.empty()) status = Count(*db_, {}, query, false, total);
  if (!status) return std::nullopt;
  Report report{query.by, {}};
  ReportRow sum = dims.empty() ? (groups.empty() ? ReportRow{} : groups.begin()->second)
                               : (total.empty() ? ReportRow{} : total.begin()->second);
  for (auto& [key, row] : groups) {
    if (dims.empty()) break;
    for (const auto& [language, n] : row.follow_ups_by_language) sum.follow_ups_by_language[language] += n;
    for (const auto& [step, values] : row.answers)
      for (const auto& [value, n] : values) sum.answers[step][value] += n;
    row.group = key;
    report.rows.push_back(std::move(row));
  }
  sum.group.assign(std::max<std::size_t>(dims.size(), 1), "");
  sum.group.front() = "total";
  report.rows.push_back(std::move(sum));
  return report;
}

}  // namespace puerta::campaign
