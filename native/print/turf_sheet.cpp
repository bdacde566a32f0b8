#include "native/print/turf_sheet.h"

#include <algorithm>
#include <optional>

#include "i18n/text_conventions.h"
#include "i18n/ui_text.h"
#include "native/print/pdf_document.h"
#include "native/print/sheet_parts.h"
#include "turf/turf_expiry.h"

namespace puerta::print {
namespace {

constexpr double kQrSize = 156;  // 5.5 cm: a phone scans it from a table's width away

// "Organization: Vecinos Unidos", the label in the sheet's language.
double LabelLine(PdfDocument& doc, double y, UiText label, const std::string& value, std::string_view lang) {
  if (value.empty()) return y;
  const std::string text = std::string(Tr(label, lang)) + std::string(LabelColon(lang)) + value;
  return y + doc.Text(doc.left(), y, doc.content_width(), text, {.size = 13, .language = lang}) + 4;
}

double TurfFacts(PdfDocument& doc, double y, const TurfPackage& turf, std::string_view lang) {
  y += doc.Text(doc.left(), y, doc.content_width(), turf.name, {.size = 24, .bold = true}) + 8;
  y = LabelLine(doc, y, UiText::kOrganization, turf.organization, lang);
  y = LabelLine(doc, y, UiText::kPrintCampaign, turf.campaign, lang);
  const auto doors = static_cast<unsigned>(turf.walk_list.households.size());
  const auto people = static_cast<unsigned>(turf.walk_list.VoterCount());
  const std::string counts =
      FormatText(Tr(UiText::kDoorsInTurf, lang), doors) + " · " + FormatText(Tr(UiText::kPeople, lang), people);
  y += doc.Text(doc.left(), y, doc.content_width(), counts, {.size = 13, .bold = true, .language = lang}) + 4;
  // The turf's last day, as the phone says it ("Until 12 Dec"): after it the
  // phone records nothing more.
  if (const std::optional<MonthDay> last_day = ExpiryMonthDay(turf))
    y += doc.Text(doc.left(), y, doc.content_width(),
                  FillText(Tr(UiText::kTurfUntil, lang), DayInMonthText(lang, last_day->month, last_day->day)),
                  {.size = 13, .bold = true, .language = lang}) + 4;
  y += 6;

  y += doc.Text(doc.left(), y, doc.content_width(), std::string(Tr(UiText::kPrintLanguagesSpoken, lang)),
                {.size = 13, .bold = true, .language = lang}) + 2;
  std::string spoken;
  for (const auto& [code, count] : LanguageCounts(turf.walk_list)) {
    if (!spoken.empty()) spoken += "   ";
    spoken += LanguageName(code, Tr(UiText::kPrintLanguageNotGiven, lang)) + " " + std::to_string(count);
  }
  return y + doc.Text(doc.left(), y, doc.content_width(), spoken, {.size = 13, .language = lang}) + 14;
}

// The QR code at the left, what to do with it and the link beside it.
double LinkBlock(PdfDocument& doc, double y, std::string_view link, const QrModules* qr,
                 const std::vector<std::string>& languages) {
  if (link.empty()) return y;
  double x = doc.left();
  if (qr) {
    doc.Qr(*qr, x, y, kQrSize);
    x += kQrSize + 12;
  }
  const double width = doc.right() - x;
  double text_y = y + 8;
  for (const std::string& lang : languages)
    text_y += doc.Text(x, text_y, width, std::string(Tr(UiText::kPrintScanLink, lang)), {.size = 10.5, .language = lang}) + 3;
  text_y += 4;
  // Someone may type it: lines start at its ? and #, so no line ends in a
  // character that could be read as a hyphenation ("k=ab-" / "cd").
  std::string lines;
  for (char c : link) {
    if ((c == '?' || c == '#') && !lines.empty()) lines += '\n';
    lines += c;
  }
  text_y += doc.Text(x, text_y, width, lines, {.size = 10, .mono = true});
  return std::max(y + (qr ? kQrSize : 0), text_y) + 12;
}

}  // namespace

std::optional<std::string> TurfSheetPdf(const TurfPackage& turf, std::string_view link, const QrModules* qr,
                                        const PrintOptions& options, std::string& why) {
  const std::vector<std::string> languages = SheetLanguages(options.languages, turf.walk_list);
  const std::string& lang = languages.front();
  PdfDocument doc(options.paper, turf.name);
  double y = TurfFacts(doc, doc.top(), turf, lang);
  y = LinkBlock(doc, y, link, qr, languages);

  // The instructions in every language, in two columns (three for more than
  // four languages, so six still fit the page), row by row; a row that does
  // not fit starts a second page rather than running off the first.
  const double gap = 16;
  const std::size_t per_row = languages.size() > 4 ? 3 : 2;
  const double column = (doc.content_width() - gap * static_cast<double>(per_row - 1)) / static_cast<double>(per_row);
  const double limit = doc.bottom() - 40;  // the note at the foot
  const auto row_height = [&](std::size_t first, double size) {
    double height = 0;
    for (std::size_t j = first; j < std::min(first + per_row, languages.size()); ++j) {
      const std::string& l = languages[j];
      height = std::max(height, doc.Measure(std::string(Tr(UiText::kPrintHowTo, l)), {.size = size + 1.5, .bold = true, .language = l}, column) +
                                    doc.Measure(std::string(Tr(UiText::kPrintInstructions, l)), {.size = size, .language = l}, column) + 16);
    }
    return height;
  };
  // The largest text that keeps the sheet on one page (down to 8.5 pt).
  const auto rows_height = [&](double size) {
    double total = 0;
    for (std::size_t i = 0; i < languages.size(); i += per_row) total += row_height(i, size);
    return total;
  };
  double size = 10.5;
  while (size > 8.5 && y + rows_height(size) > limit) size -= 0.5;
  for (std::size_t i = 0; i < languages.size(); i += per_row) {
    const double height = row_height(i, size);
    if (y + height > limit && y > doc.top() + 1) {
      doc.NextPage();
      y = doc.top();
    }
    for (std::size_t j = i; j < std::min(i + per_row, languages.size()); ++j) {
      const std::string& l = languages[j];
      const double x = doc.left() + static_cast<double>(j - i) * (column + gap);
      double yy = y;
      yy += doc.Text(x, yy, column, std::string(Tr(UiText::kPrintHowTo, l)), {.size = size + 1.5, .bold = true, .language = l}) + 4;
      doc.Text(x, yy, column, std::string(Tr(UiText::kPrintInstructions, l)), {.size = size, .language = l});
    }
    y += height;
  }
  // Only when the sheet holds the link does it open the list.
  if (!link.empty())
    doc.Text(doc.left(), doc.bottom() - 30, doc.content_width(),
             std::string(Tr(UiText::kPrintKeepPrivate, lang)), {.size = 9.5, .bold = true, .gray = 0.2, .language = lang});
  return doc.Finish(why);
}

}  // namespace puerta::print
