#include "campaign/report_charts.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include "campaign/quality_rules.h"
#include "campaign/store_sql.h"
#include "results/result_code.h"

namespace puerta::campaign {
namespace {

Status FillResultsByDay(CampaignStore& store, const ReportQuery& q, ResultsByDay& out) {
  std::string query = "SELECT a.day, a.result, COUNT(*) FROM attempts a WHERE " + std::string(sql::kCounted);
  std::vector<std::string> params;
  query += sql::WithinDays(q.from, q.to, params);
  std::map<std::string, std::map<std::string, std::int64_t>> by_day;
  std::set<std::string> seen;
  Status s = RunQuery(store.db(), query + " GROUP BY a.day, a.result", params, [&](const SqlStatement& r) {
    by_day[r.Text(0)][r.Text(1)] = r.Int(2);
    seen.insert(r.Text(1));
  });
  if (!s) return s;
  for (const ResultCodeInfo& info : AllResultCodes())
    if (seen.erase(std::string(info.key))) out.results.emplace_back(info.key);
  out.results.insert(out.results.end(), seen.begin(), seen.end());  // none: every key was checked when collected
  for (const auto& [day, results] : by_day) {
    ResultsByDay::Day d{day, {}, 0};
    for (const std::string& result : out.results) {
      const auto it = results.find(result);
      d.counts.push_back(it == results.end() ? 0 : it->second);
      d.total += d.counts.back();
    }
    out.days.push_back(std::move(d));
  }
  return Status::Ok();
}

}  // namespace

std::optional<ReportCharts> MakeReportCharts(CampaignStore& store, const ReportQuery& query, Status& status) {
  ReportCharts charts;
  charts.band_low = kContactRateLow;
  charts.band_high = kContactRateHigh;
  charts.band_min_doors = kContactRateMinDoors;
  status = FillResultsByDay(store, query, charts.results_by_day);
  if (!status) return std::nullopt;

  // Contact rates and answers as the report counts them: one code path.
  const std::optional<Report> by_canvasser = store.MakeReport({{"org", "canvasser"}, query.from, query.to}, status);
  if (!by_canvasser) return std::nullopt;
  for (const ReportRow& row : by_canvasser->rows) {
    if (&row == &by_canvasser->rows.back()) {  // the total row: the answers of every conversation
      std::set<std::pair<std::string, std::string>> support;
      status = RunQuery(store.db(), "SELECT DISTINCT step_id, value FROM script_support_ids", {},
                        [&](const SqlStatement& r) { support.emplace(r.Text(0), r.Text(1)); });
      if (!status) return std::nullopt;
      const std::vector<Script> scripts = store.Scripts(status);
      if (!status) return std::nullopt;
      for (const auto& [step, values] : row.answers) {
        QuestionIds q{step, {}, 0};
        for (const auto& [value, n] : values) {
          q.answers.push_back({value, n, support.contains({step, value})});
          q.conversations += n;
        }
        // In the script's order (a support scale reads strong to weak), when the store holds it.
        const Step* asked = nullptr;
        for (const Script& script : scripts)
          if (!asked) asked = script.FindStep(step);
        auto place = [&](const AnswerCount& a) {
          if (!asked) return a.support_id ? 0 : 1;
          for (std::size_t i = 0; i < asked->options.size(); ++i)
            if (asked->options[i].id == a.value) return static_cast<int>(i);
          return static_cast<int>(asked->options.size());  // a value the script does not list: last
        };
        std::stable_sort(q.answers.begin(), q.answers.end(),
                         [&](const AnswerCount& a, const AnswerCount& b) { return place(a) < place(b); });
        charts.id_composition.push_back(std::move(q));
      }
      continue;
    }
    if (row.doors_knocked == 0) continue;  // calls and texts only: no door rate
    charts.contact_rates.push_back({row.group[0], row.group[1], row.doors_knocked, row.households_contacted,
                                    row.contact_rate,
                                    row.doors_knocked >= kContactRateMinDoors &&
                                        (row.contact_rate < kContactRateLow || row.contact_rate > kContactRateHigh)});
  }

  std::map<std::string, std::int64_t> waiting;
  for (const VoterFollowUp& f : store.FollowUps("", status)) ++waiting[f.language];
  if (!status) return std::nullopt;
  for (const auto& [language, n] : waiting) charts.follow_ups_waiting.push_back({language, n});
  std::stable_sort(charts.follow_ups_waiting.begin(), charts.follow_ups_waiting.end(),
                   [](const LanguageFollowUps& a, const LanguageFollowUps& b) { return a.waiting > b.waiting; });
  return charts;
}

}  // namespace puerta::campaign
