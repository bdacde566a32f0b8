#include "results/result_colors.h"

#include <iterator>

#include "results/result_code.h"

namespace puerta {

Rgb8 ResultColor(std::string_view result) {
  // In results/result_code.h's order.
  static constexpr Rgb8 kColors[] = {
      {46, 140, 87},
      {184, 194, 209},
      {237, 140, 51},
      {191, 38, 38},
      {128, 89, 166},
      {64, 64, 64},
      {153, 115, 76},
      {217, 191, 140},
      {242, 204, 51},
      {89, 178, 178},
      {64, 115, 204},
      {204, 209, 219},
      {166, 166, 178},
      {140, 191, 230},
      {230, 153, 153},
      {140, 76, 76},
      {250, 224, 115},
      {115, 26, 26},
      {102, 51, 115},
  };
  const auto codes = AllResultCodes();
  for (std::size_t i = 0; i < codes.size(); ++i)
    if (codes[i].key == result) return kColors[i % std::size(kColors)];
  return {128, 128, 128};
}

}  // namespace puerta
