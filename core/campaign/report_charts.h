// The series behind the report's four charts, filled from a campaign store:
// results by day (stacked), ID composition, contact rate per canvasser
// against the usual band, and follow-ups waiting by language. Plain data, no
// drawing: the printed report (native/print/report_pdf.h) and the desktop's
// Results view draw the same series. Counted as the report counts
// (docs/campaign-store.md): the latest version of each attempt, practice and
// rejected ones left out, within the query's days.
//
// Stable interface: fields are added, never renamed or reordered.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "campaign/campaign_store.h"

namespace puerta::campaign {

// Attempts per day, stacked by result.
struct ResultsByDay {
  // The result keys ("canvassed", "not_home", ...) that occur, in the order
  // of results/result_code.h: the stack order and the legend.
  std::vector<std::string> results;
  struct Day {
    std::string day;                   // ISO date (YYYY-MM-DD), as in the report's `day`
    std::vector<std::int64_t> counts;  // one per `results`, same order
    std::int64_t total = 0;            // the sum of counts
  };
  std::vector<Day> days;  // in date order; only days with attempts
};

// One answer to a question, counted over conversations.
struct AnswerCount {
  std::string value;
  std::int64_t conversations = 0;
  bool support_id = false;  // the answer counts as a support ID (from the turfs' scripts)
};

// The answers given to one question: the ID composition.
struct QuestionIds {
  std::string step_id;
  // In the order of the question's options in its script when the store
  // holds the script (collect --turf or --script), else support IDs first,
  // then by value.
  std::vector<AnswerCount> answers;
  std::int64_t conversations = 0;    // the sum of answers (a multiple choice counts each value)
};

// A canvasser's door contact rate (households contacted / doors knocked).
struct CanvasserContactRate {
  std::string organization, canvasser;
  std::int64_t doors_knocked = 0, households_contacted = 0;
  double contact_rate = 0;
  // Outside the band with enough doors to say so (as the contact_rate flag).
  bool outside_band = false;
};

// Voters waiting for a follow-up in one language (CampaignStore::FollowUps).
struct LanguageFollowUps {
  std::string language;  // a language code, or "unknown"
  std::int64_t waiting = 0;
};

struct ReportCharts {
  ResultsByDay results_by_day;
  std::vector<QuestionIds> id_composition;        // questions by step id
  std::vector<CanvasserContactRate> contact_rates;  // canvassers with door attempts, by organization then name
  double band_low = 0, band_high = 0;             // the usual band (campaign/quality_rules.h)
  std::int64_t band_min_doors = 0;                // fewer doors than this: a rate says nothing
  // Waiting now (whatever the query's days), most first, then by language.
  std::vector<LanguageFollowUps> follow_ups_waiting;
};

// `query.by` is not used: each series has its own grouping. `query.from` and
// `query.to` bound the days counted.
std::optional<ReportCharts> MakeReportCharts(CampaignStore& store, const ReportQuery& query, Status& status);

}  // namespace puerta::campaign
