// The paper a sheet is printed on, and the choices every sheet shares.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace puerta::print {

enum class Paper { kA4, kLetter };

// "a4" or "letter" (any case); nothing for another word.
std::optional<Paper> PaperFromName(std::string_view name);

// Width and height in PDF points (1/72 inch): A4 is 210 × 297 mm, US Letter
// 8.5 × 11 in.
double PaperWidth(Paper paper);
double PaperHeight(Paper paper);

struct PrintOptions {
  Paper paper = Paper::kLetter;
  // The languages to print in, most important first (--languages en,es).
  // Empty: each sheet picks (the turf's languages, or the script's). The
  // sheet's own words (headings, "Page 1 of 3") are in the first one.
  std::vector<std::string> languages;
};

}  // namespace puerta::print
