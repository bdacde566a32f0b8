// util/number: numbers read from files, the same natively and in wasm.
#include <doctest/doctest.h>

#include "util/number.h"

using puerta::ParseDouble;

TEST_CASE("ParseDouble reads whole decimal numbers and nothing else") {
  CHECK(ParseDouble("37.35").value() == doctest::Approx(37.35));
  CHECK(ParseDouble("-121.88010").value() == doctest::Approx(-121.8801));
  CHECK(ParseDouble("12").value() == 12.0);
  CHECK_FALSE(ParseDouble("").has_value());
  CHECK_FALSE(ParseDouble("12a").has_value());
  CHECK_FALSE(ParseDouble(" 12").has_value());
  CHECK_FALSE(ParseDouble("nan").has_value());
  CHECK_FALSE(ParseDouble("inf").has_value());
  CHECK_FALSE(ParseDouble("1,5").has_value());
}
