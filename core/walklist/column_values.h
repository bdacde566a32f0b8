// The shape of a column's values, from the first rows of a file: what a
// column holds when its name does not say (a column of 5-digit numbers
// beside "City" is a ZIP; decimals from 18 to 72 beside decimals from -180
// to -65 are a latitude and a longitude in the United States), and how a
// headerless file is recognized (walklist/headerless.h).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace puerta::layout {

enum class Shape : unsigned char {
  kZip,          // 12345 or 12345-6789 or 123456789
  kSmallNumber,  // 1 to 6 digits, maybe a letter after: a house number ("12", "12A")
  kLatitude,     // a decimal from -90 to 90 with a fraction
  kLongitude,    // a decimal from -180 to 180 with a fraction
  kStateCode,    // a US state's two letters
  kStreetLine,   // "12 N Main St": a number, then words
  kWord,         // letters only: a name, a city
  kPhone,        // ten digits, maybe punctuated: (919) 555-0101
  kDirection,    // N, S, E, W, NE, ..., North
  kStreetType,   // ST, AVE, RD, Street, ...
  kNameSuffix,   // JR, SR, II, III, IV
  kDate,         // 1980-01-01, 01/01/1980, 19800101
  kEmail,
  kCount
};

// Values of one column, empty ones left out.
struct ColumnSample {
  std::size_t values = 0;                                // non-empty values seen
  std::size_t count[static_cast<std::size_t>(Shape::kCount)] = {};
  // The share of non-empty values of that shape (0 when there are none).
  double Share(Shape s) const { return values ? double(count[static_cast<std::size_t>(s)]) / double(values) : 0.0; }
  bool Mostly(Shape s, double at_least = 0.8) const { return values > 0 && Share(s) >= at_least; }
  void Add(std::string_view value);
};

// The sample of each column of rows (rows[r][c]); columns is the width.
std::vector<ColumnSample> SampleColumns(const std::vector<std::vector<std::string>>& rows, std::size_t columns);

}  // namespace puerta::layout
