// The store's answers as files an organizer opens: the report as CSV (one
// row per group, grouping columns first, named as in --by, then the counts;
// a `total` row last) or JSON (the same rows, with follow-ups by language
// and answers per question as objects), and the conflicts as CSV.
#pragma once

#include <span>
#include <string>

#include "campaign/campaign_store.h"

namespace puerta::campaign {

std::string ReportCsv(const Report& report);
std::string ReportJson(const Report& report);
std::string ConflictsCsv(std::span<const Conflict> conflicts);

}  // namespace puerta::campaign
