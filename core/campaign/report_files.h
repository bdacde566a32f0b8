// The store's answers as files an organizer opens: the report as CSV (one
// row per group, grouping columns first, named as in --by, then the counts;
// a `total` row last) or JSON (the same rows, with follow-ups by language
// and answers per question as objects), the conflicts as CSV, and the
// follow-up list (voter, turf, door, result, date, language, ...) as CSV or JSON.
#pragma once

#include <span>
#include <string>

#include "campaign/campaign_store.h"

namespace puerta::campaign {

std::string ReportCsv(const Report& report);
std::string ReportJson(const Report& report);
std::string ConflictsCsv(std::span<const Conflict> conflicts);
std::string FollowUpsCsv(std::span<const VoterFollowUp> follow_ups);
std::string FollowUpsJson(std::span<const VoterFollowUp> follow_ups);

}  // namespace puerta::campaign
