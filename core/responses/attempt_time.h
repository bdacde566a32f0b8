// Attempt times are seconds since 1970 in UTC; people read them as a date and
// time where the canvassing happened. These convert with a fixed UTC offset
// (the organization's), because the core has no time-zone database and an
// export must come out the same on every phone and in the browser.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace puerta {

// The latest time Puerta accepts: 9999-12-31T23:59:59Z. A time outside
// [0, kLatestUnixSeconds] is refused where it enters (CheckAttempt), so every
// date printed has four digits; ToCivil clamps anything beyond rather than
// overflow (a huge time_unix plus the UTC offset would wrap around).
inline constexpr std::int64_t kLatestUnixSeconds = 253402300799;

struct CivilTime {
  std::int32_t year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

CivilTime ToCivil(std::int64_t unix_seconds, std::int32_t utc_offset_minutes = 0);
std::string IsoDate(std::int64_t unix_seconds, std::int32_t utc_offset_minutes = 0);      // 2024-11-05
std::string IsoDateTime(std::int64_t unix_seconds, std::int32_t utc_offset_minutes = 0);  // 2024-11-05T18:30:00
std::string UsDate(std::int64_t unix_seconds, std::int32_t utc_offset_minutes = 0);       // 11/05/2024, as VAN wants
// The day of the week where the canvassing happens: 0 Sunday … 6 Saturday.
std::int32_t WeekdayOf(std::int64_t unix_seconds, std::int32_t utc_offset_minutes = 0);

// A datetime step's answer ("2024-11-05" or "2024-11-05T18:30") as seconds
// since 1970, read in the given offset; nullopt when malformed. A date alone
// means the start of that day. Used to turn a follow-up answer into a time.
std::optional<std::int64_t> FromIsoDateTime(std::string_view text, std::int32_t utc_offset_minutes = 0);

}  // namespace puerta
