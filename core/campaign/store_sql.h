// SQL pieces more than one of the store's files use. Internal to campaign/.
#pragma once

#include <string_view>

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

}  // namespace puerta::campaign::sql
