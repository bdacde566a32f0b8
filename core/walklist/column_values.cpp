#include "walklist/column_values.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "util/number.h"

namespace puerta::layout {
namespace {

bool Digit(char c) { return c >= '0' && c <= '9'; }
bool Alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

std::string Upper(std::string_view s) {
  std::string u(s);
  for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return u;
}

template <std::size_t N>
bool OneOf(const std::string& v, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

constexpr std::array<std::string_view, 56> kStates = {
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME",
    "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
    "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI", "AS", "MP"};
constexpr std::array<std::string_view, 16> kDirections = {"N", "S", "E", "W", "NE", "NW", "SE", "SW", "NORTH", "SOUTH",
                                                          "EAST", "WEST", "NORTHEAST", "NORTHWEST", "SOUTHEAST", "SOUTHWEST"};
constexpr std::array<std::string_view, 30> kStreetTypes = {
    "ST", "AVE", "RD", "DR", "LN", "CT", "BLVD", "WAY", "PL", "TER", "CIR", "PKWY", "HWY", "TRL", "LOOP",
    "STREET", "AVENUE", "ROAD", "DRIVE", "LANE", "COURT", "BOULEVARD", "PLACE", "TERRACE", "CIRCLE", "PARKWAY",
    "HIGHWAY", "TRAIL", "SQ", "PIKE"};
constexpr std::array<std::string_view, 9> kSuffixes = {"JR", "SR", "II", "III", "IV", "V", "JR.", "SR.", "2ND"};

bool IsZip(std::string_view v) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    return std::all_of(v.begin() + static_cast<long>(from), v.begin() + static_cast<long>(from + n), Digit);
  };
  if (v.size() == 5 || v.size() == 9) return digits(0, v.size());
  return v.size() == 10 && v[5] == '-' && digits(0, 5) && digits(6, 4);
}

bool IsSmallNumber(std::string_view v) {
  std::size_t n = 0;
  while (n < v.size() && Digit(v[n])) ++n;
  return n >= 1 && n <= 6 && (n == v.size() || (n + 1 == v.size() && Alpha(v[n])));
}

bool IsPhone(std::string_view v) {
  std::size_t digits = 0;
  for (char c : v) {
    if (Digit(c)) ++digits;
    else if (c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' && c != '+') return false;
  }
  return digits == 10 || (digits == 11 && v.find_first_of("0123456789") != std::string_view::npos &&
                          v[v.find_first_of("0123456789")] == '1');
}

bool IsDate(std::string_view v) {
  std::size_t digits = 0, seps = 0;
  for (char c : v) {
    if (Digit(c)) ++digits;
    else if (c == '-' || c == '/') ++seps;
    else return false;
  }
  return (digits == 8 && (seps == 0 || seps == 2)) || (digits >= 6 && digits <= 8 && seps == 2);
}

bool IsStreetLine(std::string_view v) {
  std::size_t n = 0;
  while (n < v.size() && (Digit(v[n]) || v[n] == '-' || v[n] == '/')) ++n;
  if (n == 0 || n >= v.size() || !Digit(v[0])) return false;
  while (n < v.size() && Alpha(v[n])) ++n;  // "12A Main St"
  if (n >= v.size() || v[n] != ' ') return false;
  return std::any_of(v.begin() + static_cast<long>(n), v.end(), Alpha);
}

}  // namespace

void ColumnSample::Add(std::string_view v) {
  while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
  while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
  if (v.empty()) return;
  ++values;
  auto mark = [&](Shape s) { ++count[static_cast<std::size_t>(s)]; };
  if (IsZip(v)) mark(Shape::kZip);
  if (IsSmallNumber(v)) mark(Shape::kSmallNumber);
  if (v.find('.') != std::string_view::npos) {
    if (const auto d = ParseDouble(v)) {
      if (*d >= -90 && *d <= 90) mark(Shape::kLatitude);
      if (*d >= -180 && *d <= 180) mark(Shape::kLongitude);
    }
  }
  if (IsStreetLine(v)) mark(Shape::kStreetLine);
  if (std::all_of(v.begin(), v.end(), [](char c) { return Alpha(c) || c == ' ' || c == '\'' || c == '-' || (c & 0x80); }))
    mark(Shape::kWord);
  if (IsPhone(v)) mark(Shape::kPhone);
  if (IsDate(v)) mark(Shape::kDate);
  if (v.find('@') != std::string_view::npos && v.find('.') != std::string_view::npos) mark(Shape::kEmail);
  if (v.size() <= 10) {
    const std::string u = Upper(v);
    if (OneOf(u, kStates)) mark(Shape::kStateCode);
    if (OneOf(u, kDirections)) mark(Shape::kDirection);
    if (OneOf(u, kStreetTypes)) mark(Shape::kStreetType);
    if (OneOf(u, kSuffixes)) mark(Shape::kNameSuffix);
  }
}

std::vector<ColumnSample> SampleColumns(const std::vector<std::vector<std::string>>& rows, std::size_t columns) {
  std::vector<ColumnSample> samples(columns);
  for (const auto& row : rows)
    for (std::size_t c = 0; c < columns && c < row.size(); ++c) samples[c].Add(row[c]);
  return samples;
}

}  // namespace puerta::layout
