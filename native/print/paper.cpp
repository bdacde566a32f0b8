#include "native/print/paper.h"

#include <cctype>

namespace puerta::print {

std::optional<Paper> PaperFromName(std::string_view name) {
  std::string lower;
  for (unsigned char c : name) lower += static_cast<char>(std::tolower(c));
  if (lower == "a4") return Paper::kA4;
  if (lower == "letter") return Paper::kLetter;
  return std::nullopt;
}

double PaperWidth(Paper paper) { return paper == Paper::kA4 ? 210 / 25.4 * 72 : 8.5 * 72; }
double PaperHeight(Paper paper) { return paper == Paper::kA4 ? 297 / 25.4 * 72 : 11 * 72; }

}  // namespace puerta::print
