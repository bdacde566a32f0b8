#include "util/number.h"

#include <cmath>
#include <cstdlib>
#include <string>

namespace puerta {

std::optional<double> ParseDouble(std::string_view text) {
  if (text.empty() || text.size() > 64 || text.front() == ' ' || text.front() == '\t') return std::nullopt;
  const std::string copy(text);  // strtod needs a terminated string
  char* end = nullptr;
  const double v = std::strtod(copy.c_str(), &end);
  if (end != copy.c_str() + copy.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

}  // namespace puerta
