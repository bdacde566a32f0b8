// A turf's last day. An organizer gives one (`puerta package --expires
// 2026-12-12`) so a walk list does not live on in phones after the canvass:
// the turf can be canvassed through that whole day where the turf is (its
// UTC offset), and from the midnight after it the phone says the turf has
// expired. Recording stops then; sending results never does, and nothing
// already recorded is touched.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "turf/turf_package.h"

namespace puerta {

// Why `text` cannot be a turf's last day, or "" when it can: it must be a day
// of the calendar written YYYY-MM-DD ("2026-12-12"). The package reader uses
// this; `puerta package` adds ExpiryInPast.
std::string ExpiryDateProblem(std::string_view text);

// Why a last day is already over at `now_unix` where the turf is, or "". The
// day itself is fine (the turf works until its midnight).
std::string ExpiryInPast(std::string_view date, std::int64_t now_unix, std::int32_t utc_offset_minutes);

// The first second after the turf's last day (UTC seconds), or nullopt when
// the turf has no last day (or, which the reader never lets through, a
// malformed one).
std::optional<std::int64_t> ExpiryEndUnix(const TurfPackage& turf);

// True once the turf's last day is over. A turf without one never expires.
bool TurfExpired(const TurfPackage& turf, std::int64_t now_unix);

// The last day's month (1-12) and day of the month, for the screens to say
// "Until 12 Dec" in the canvasser's language.
struct MonthDay {
  int month = 1, day = 1;
};
std::optional<MonthDay> ExpiryMonthDay(const TurfPackage& turf);

}  // namespace puerta
