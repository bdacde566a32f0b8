// What more than one sheet draws or decides: the languages to print in,
// languages named in their own script, the footer with page numbers, and
// filling in the booklet's {q}/{a}/{c} words.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/walk_list.h"
#include "native/print/pdf_document.h"

namespace puerta::print {

// A language named in its own script ("Español", "中文"); the code itself
// for one Puerta has no name for, and `not_given` for an empty code.
std::string LanguageName(std::string_view code, std::string_view not_given);

// How many voters prefer each language, most spoken first (ties by code);
// voters with none count under "".
std::vector<std::pair<std::string, std::size_t>> LanguageCounts(const WalkList& list);

// The sheet's languages: `asked` when given, else English and then every
// interface language the turf's voters prefer, most spoken first.
std::vector<std::string> SheetLanguages(const std::vector<std::string>& asked, const WalkList& list);

// `pattern` with each {key} of `values` replaced.
std::string Fill(std::string_view pattern, const std::vector<std::pair<std::string_view, std::string>>& values);

// The foot of a page: `left` (the sheet and turf), and "Page N of M" at the
// right, in `language`.
void DrawFooter(PdfDocument& doc, std::string_view language, std::string_view left, unsigned page, unsigned pages);
inline constexpr double kFooterHeight = 20;

}  // namespace puerta::print
