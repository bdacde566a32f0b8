#include "turf/turf_expiry.h"

#include "responses/attempt_time.h"
#include "script/answer_check.h"

namespace puerta {

std::string ExpiryDateProblem(std::string_view text) {
  const std::string t(text);
  // IsDateTime checks the calendar (no 2026-02-30) and years 1900-2999.
  if (t.size() != 10 || !IsDateTime(t)) return "\"" + t + "\" is not a date written YYYY-MM-DD (for example 2026-12-12)";
  return {};
}

std::string ExpiryInPast(std::string_view date, std::int64_t now_unix, std::int32_t utc_offset_minutes) {
  const std::string today = IsoDate(now_unix, utc_offset_minutes);
  // ISO dates of the same width sort as the days they name.
  if (std::string(date) < today) return std::string(date) + " is already over (today is " + today + " where the turf is)";
  return {};
}

std::optional<std::int64_t> ExpiryEndUnix(const TurfPackage& turf) {
  if (turf.expires.empty() || !ExpiryDateProblem(turf.expires).empty()) return std::nullopt;
  const std::optional<std::int64_t> start = FromIsoDateTime(turf.expires, turf.utc_offset_minutes);
  if (!start) return std::nullopt;
  return *start + 86400;
}

bool TurfExpired(const TurfPackage& turf, std::int64_t now_unix) {
  const std::optional<std::int64_t> end = ExpiryEndUnix(turf);
  return end && now_unix >= *end;
}

std::optional<MonthDay> ExpiryMonthDay(const TurfPackage& turf) {
  if (turf.expires.empty() || !ExpiryDateProblem(turf.expires).empty()) return std::nullopt;
  return MonthDay{std::stoi(turf.expires.substr(5, 2)), std::stoi(turf.expires.substr(8, 2))};
}

}  // namespace puerta
