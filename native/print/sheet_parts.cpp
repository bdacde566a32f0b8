#include "native/print/sheet_parts.h"

#include <algorithm>
#include <map>

#include "i18n/ui_text.h"

namespace puerta::print {

std::string LanguageName(std::string_view code, std::string_view not_given) {
  if (code.empty()) return std::string(not_given);
  // The interface's table keeps Arabic pre-shaped for a renderer without
  // shaping; pango shapes and orders it itself, so it gets the plain word.
  if (code == "ar") return "العربية";
  for (const UiLanguage& l : UiLanguages())
    if (l.code == code) return std::string(l.native_name);
  for (const UiLanguage& l : HeardLanguages())
    if (l.code == code) return std::string(l.native_name);
  return std::string(code);
}

std::vector<std::pair<std::string, std::size_t>> LanguageCounts(const WalkList& list) {
  std::map<std::string, std::size_t> counts;
  for (const Household& h : list.households)
    for (const Voter& v : h.voters) ++counts[v.preferred_language];
  std::vector<std::pair<std::string, std::size_t>> sorted(counts.begin(), counts.end());
  std::stable_sort(sorted.begin(), sorted.end(), [](const auto& a, const auto& b) {
    if (a.first.empty() != b.first.empty()) return b.first.empty();  // "not given" last
    return a.second > b.second;
  });
  return sorted;
}

std::vector<std::string> SheetLanguages(const std::vector<std::string>& asked, const WalkList& list) {
  if (!asked.empty()) return asked;
  std::vector<std::string> languages{"en"};
  for (const auto& [code, count] : LanguageCounts(list)) {
    const bool spoken = std::any_of(UiLanguages().begin(), UiLanguages().end(),
                                    [&](const UiLanguage& l) { return l.code == code; });
    if (spoken && std::find(languages.begin(), languages.end(), code) == languages.end()) languages.push_back(code);
  }
  return languages;
}

std::string Fill(std::string_view pattern, const std::vector<std::pair<std::string_view, std::string>>& values) {
  std::string out(pattern);
  for (const auto& [key, value] : values)
    for (std::size_t at = out.find(key); at != std::string::npos; at = out.find(key, at + value.size()))
      out.replace(at, key.size(), value);
  return out;
}

void DrawFooter(PdfDocument& doc, std::string_view language, std::string_view left, unsigned page, unsigned pages) {
  const TextStyle style{.size = 10, .gray = 0.25, .language = language};
  const double y = doc.bottom() - 13;
  doc.Line(doc.left(), y - 4, doc.right(), y - 4, 0.5, 0.6);
  const std::string number = FormatText(Tr(UiText::kPrintPageOf, language), page, pages);
  const double number_width = doc.MeasureWidth(number, style);
  doc.Text(doc.left(), y, doc.content_width() - number_width - 12, left, style);
  doc.Text(doc.right() - number_width, y, 0, number, style);
}

}  // namespace puerta::print
