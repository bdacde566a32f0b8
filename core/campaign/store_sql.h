// SQL pieces more than one of the store's files use. Internal to campaign/.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace puerta::campaign::sql {

// The review state of attempt `a` (attempts a), computed, never cached: an
// organizer's decision first; else has_issues while any flag on it stands (a
// confirmed permanent result clears its own flag); else approved.
inline constexpr std::string_view kAttemptState = R"sql(
  CASE
    WHEN EXISTS (SELECT 1 FROM attempt_reviews r WHERE r.attempt_id = a.attempt_id AND r.decision = 'rejected')
      THEN 'rejected'
    WHEN EXISTS (SELECT 1 FROM attempt_reviews r WHERE r.attempt_id = a.attempt_id AND r.decision = 'approved')
      THEN 'approved'
    WHEN EXISTS (SELECT 1 FROM flag_attempts fa JOIN quality_flags f ON f.flag_id = fa.flag_id
                 WHERE fa.attempt_id = a.attempt_id
                   AND NOT (f.kind = 'permanent_result' AND EXISTS (
                     SELECT 1 FROM attempt_reviews r WHERE r.attempt_id = a.attempt_id AND r.confirmed = 1)))
      THEN 'has_issues'
    ELSE 'approved'
  END)sql";

// What counts: the latest version of each attempt, not practice, not rejected.
inline constexpr std::string_view kCounted = R"sql(
  a.is_latest = 1 AND a.practice = 0
  AND NOT EXISTS (SELECT 1 FROM attempt_reviews r WHERE r.attempt_id = a.attempt_id AND r.decision = 'rejected'))sql";

// The results that ask for a follow-up (report: follow_ups; FollowUps).
inline constexpr std::string_view kFollowUpResults = "('come_back', 'call_back', 'language_barrier')";
// A follow-up's language: the one heard (Language Barrier), else the
// conversation's, else the voter's preferred language from the turf, else unknown.
inline constexpr std::string_view kFollowUpLanguage = R"sql(
  CASE WHEN a.follow_up_language <> '' THEN a.follow_up_language
       WHEN a.language <> '' THEN a.language
       ELSE COALESCE((SELECT NULLIF(v.preferred_language, '') FROM voters v
                      WHERE v.turf_id = a.turf_id AND v.voter_id = a.voter_id), 'unknown') END)sql";

// " AND a.day >= ? AND a.day <= ?" for the ISO dates given (either may be
// empty: open-ended), their values appended to `params`.
inline std::string WithinDays(const std::string& from, const std::string& to, std::vector<std::string>& params) {
  std::string where;
  if (!from.empty()) {
    where += " AND a.day >= ?";
    params.push_back(from);
  }
  if (!to.empty()) {
    where += " AND a.day <= ?";
    params.push_back(to);
  }
  return where;
}

}  // namespace puerta::campaign::sql
