// One colour per result code, the same on every chart of results (the
// printed report, the desktop's Results view): the conversation green, the
// not-at-home grays, the permanent results dark. Plain 8-bit RGB; each
// drawing library converts.
#pragma once

#include <cstdint>
#include <string_view>

namespace puerta {

struct Rgb8 {
  std::uint8_t r = 0, g = 0, b = 0;
};

// `result`: a result code's key (results/result_code.h); gray for an unknown key.
Rgb8 ResultColor(std::string_view result);

}  // namespace puerta
