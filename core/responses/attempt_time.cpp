#include "responses/attempt_time.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "script/answer_check.h"

namespace puerta {
namespace {

// Howard Hinnant's days_from_civil / civil_from_days (public domain).
std::int64_t DaysFromCivil(std::int64_t y, std::int64_t m, std::int64_t d) {
  y -= m <= 2;
  const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  const std::int64_t yoe = y - era * 400;
  const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

template <class... Ints>
std::string Printed(const char* format, Ints... values) {
  char buffer[48];
  std::snprintf(buffer, sizeof buffer, format, values...);
  return buffer;
}

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }

}  // namespace

CivilTime ToCivil(std::int64_t unix_seconds, std::int32_t utc_offset_minutes) {
  unix_seconds = std::clamp(unix_seconds, -kLatestUnixSeconds, kLatestUnixSeconds);
  const std::int64_t local = unix_seconds + std::int64_t{utc_offset_minutes} * 60;
  const std::int64_t days = FloorDiv(local, 86400);
  const std::int64_t secs = local - days * 86400;
  const std::int64_t z = days + 719468;
  const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const std::int64_t doe = z - era * 146097;
  const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const std::int64_t mp = (5 * doy + 2) / 153;
  CivilTime t;
  t.day = static_cast<std::int32_t>(doy - (153 * mp + 2) / 5 + 1);
  t.month = static_cast<std::int32_t>(mp < 10 ? mp + 3 : mp - 9);
  t.year = static_cast<std::int32_t>(yoe + era * 400 + (t.month <= 2));
  t.hour = static_cast<std::int32_t>(secs / 3600);
  t.minute = static_cast<std::int32_t>(secs / 60 % 60);
  t.second = static_cast<std::int32_t>(secs % 60);
  return t;
}

std::string IsoDate(std::int64_t unix_seconds, std::int32_t utc_offset_minutes) {
  const CivilTime t = ToCivil(unix_seconds, utc_offset_minutes);
  return Printed("%04d-%02d-%02d", t.year, t.month, t.day);
}

std::string IsoDateTime(std::int64_t unix_seconds, std::int32_t utc_offset_minutes) {
  const CivilTime t = ToCivil(unix_seconds, utc_offset_minutes);
  return Printed("%04d-%02d-%02dT%02d:%02d:%02d", t.year, t.month, t.day, t.hour, t.minute, t.second);
}

std::string UsDate(std::int64_t unix_seconds, std::int32_t utc_offset_minutes) {
  const CivilTime t = ToCivil(unix_seconds, utc_offset_minutes);
  return Printed("%02d/%02d/%04d", t.month, t.day, t.year);
}

std::int32_t WeekdayOf(std::int64_t unix_seconds, std::int32_t utc_offset_minutes) {
  unix_seconds = std::clamp(unix_seconds, -kLatestUnixSeconds, kLatestUnixSeconds);
  const std::int64_t days = FloorDiv(unix_seconds + std::int64_t{utc_offset_minutes} * 60, 86400);
  return static_cast<std::int32_t>(((days % 7) + 11) % 7);  // 1970-01-01 was a Thursday
}

std::optional<std::int64_t> FromIsoDateTime(std::string_view text, std::int32_t utc_offset_minutes) {
  const std::string t(text);
  if (!IsDateTime(t)) return std::nullopt;
  const std::int64_t days = DaysFromCivil(std::stoi(t.substr(0, 4)), std::stoi(t.substr(5, 2)), std::stoi(t.substr(8, 2)));
  std::int64_t seconds = days * 86400;
  if (t.size() == 16) seconds += std::stoi(t.substr(11, 2)) * 3600 + std::stoi(t.substr(14, 2)) * 60;
  return seconds - std::int64_t{utc_offset_minutes} * 60;
}

}  // namespace puerta
