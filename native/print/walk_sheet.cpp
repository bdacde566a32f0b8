#include "native/print/walk_sheet.h"

#include <algorithm>

#include "i18n/text_conventions.h"
#include "i18n/ui_text.h"
#include "native/print/pdf_document.h"
#include "native/print/sheet_parts.h"
#include "results/result_code.h"

namespace puerta::print {
namespace {

constexpr double kDoorColumn = 40;  // the door number, left of everything at that door
constexpr double kBox = 12;

// One door as it sits on the sheet, in walk order.
struct Door {
  const Building* building;
  const Household* household;
  std::size_t number;  // 1-based, walk order
  bool first_of_building;
};

// Draws, or with draw == false only measures: the same code decides the page
// breaks and draws, so they cannot disagree.
class Painter {
 public:
  Painter(PdfDocument& doc, bool draw) : doc_(doc), draw_(draw) {}
  double Text(double x, double y, double width, std::string_view text, const TextStyle& style) {
    return draw_ ? doc_.Text(x, y, width, text, style) : doc_.Measure(text, style, width);
  }
  void Box(double x, double y) {
    if (draw_) doc_.TickBox(x, y, kBox);
  }
  void Line(double x1, double y1, double x2, double y2, double gray = 0.55) {
    if (draw_) doc_.Line(x1, y1, x2, y2, 0.6, gray);
  }
  void Band(double x, double y, double w, double h) {
    if (draw_) doc_.FillRect(x, y, w, h, 0.9);
  }
  PdfDocument& doc() { return doc_; }

 private:
  PdfDocument& doc_;
  bool draw_;
};

// A building of several doors gets a band with its address; the doors under
// it show their unit. A house (one door) has its address on its own line.
bool SharedBuilding(const Building& b) { return b.households.size() > 1; }

double BuildingHeader(Painter& p, double y, const Building& building, bool continued, std::string_view lang) {
  if (!SharedBuilding(building)) return 0;
  PdfDocument& doc = p.doc();
  std::string text = building.display;
  if (continued) text += "  " + std::string(Tr(UiText::kPrintContinued, lang));
  const TextStyle style{.size = 13, .bold = true};
  const double h = doc.Measure(text, style, doc.content_width() - 12) + 4;
  p.Band(doc.left(), y, doc.content_width(), h);
  p.Text(doc.left() + 6, y + 2, doc.content_width() - 12, text, style);
  return h + 4;
}

// The door results as a legend, "1 Not home   2 Refused ...", flowing onto
// new lines: each door then has one short row of numbered boxes instead of
// three lines of labels, as paper walk lists have always done.
double Legend(Painter& p, double x, double y, double right, const std::vector<std::string>& labels,
              std::string_view lang) {
  const TextStyle number{.size = 11, .bold = true};
  const TextStyle label{.size = 11, .language = lang};
  const double line = 17;
  double cx = x, cy = y;
  for (std::size_t i = 0; i < labels.size(); ++i) {
    const std::string n = std::to_string(i + 1);
    const double w = p.doc().MeasureWidth(n, number) + 4 + p.doc().MeasureWidth(labels[i], label) + 16;
    if (cx > x && cx + w > right) {
      cx = x;
      cy += line;
    }
    p.Text(cx, cy, 0, n, number);
    p.Text(cx + p.doc().MeasureWidth(n, number) + 4, cy, 0, labels[i], label);
    cx += w;
  }
  return cy + line - y;
}

// One box per door result, numbered as the legend; returns where they end.
double NumberedBoxes(Painter& p, double x, double y, std::size_t count) {
  for (std::size_t i = 0; i < count; ++i, x += kBox + 18) {
    p.Box(x, y + 2);
    p.Text(x + kBox + 3, y + 0.5, 0, std::to_string(i + 1), {.size = 10.5, .bold = true});
  }
  return x;
}

double HouseholdBlock(Painter& p, double y, const Door& door, const std::vector<std::string>& results,
                      std::string_view lang) {
  PdfDocument& doc = p.doc();
  const double x = doc.left() + kDoorColumn;
  const double width = doc.right() - x;
  const double top = y;
  p.Text(doc.left(), y - 1, kDoorColumn - 4, std::to_string(door.number), {.size = 16, .bold = true});
  const Household& h = *door.household;
  std::string where = h.address.display;
  if (SharedBuilding(*door.building) && !h.address.unit.empty())
    where = std::string(Tr(UiText::kApartment, lang)) + " " + h.address.unit;
  y += p.Text(x, y, width, where, {.size = 13, .bold = true}) + 3;
  for (std::size_t i = 0; i < h.voters.size(); ++i) {
    const Voter& v = h.voters[i];
    const std::string code = VoterCode(door.number, i);
    std::string name = PersonName(v.first_name, v.last_name, v.preferred_language);
    if (name.empty()) name = "—";
    p.Box(x, y + 3);
    const double code_x = x + kBox + 6;
    p.Text(code_x, y + 1, 44, code, {.size = 11, .mono = true});
    const double name_x = code_x + 46;
    const std::string language = LanguageName(v.preferred_language, Tr(UiText::kPrintLanguageNotGiven, lang));
    const TextStyle language_style{.size = 11, .gray = 0.3, .language = v.preferred_language};
    const double language_width = std::min(doc.MeasureWidth(language, language_style), 110.0);
    const double name_height = p.Text(name_x, y, doc.right() - name_x - language_width - 10, name,
                                      {.size = 13, .language = v.preferred_language});
    p.Text(doc.right() - language_width, y + 1.5, language_width, language, language_style);
    y += std::max(name_height, 18.0);
  }
  y += 3;
  // The door results' boxes, then the notes' line on the same row.
  const double boxes_end = NumberedBoxes(p, x, y, results.size());
  const std::string notes(Tr(UiText::kNotes, lang));
  const TextStyle notes_style{.size = 10, .gray = 0.3, .language = lang};
  double notes_x = boxes_end + 4;
  if (doc.right() - notes_x < 200) {  // too little room to write beside the boxes: a row of its own
    notes_x = x;
    y += 18;
  }
  p.Text(notes_x, y + 1, 0, notes, notes_style);
  p.Line(notes_x + doc.MeasureWidth(notes, notes_style) + 6, y + 14, doc.right(), y + 14);
  y += 20;
  p.Line(doc.left(), y, doc.right(), y, 0.2);
  return y - top + 6;
}

// The top of a page: the turf, and which doors this page holds.
double PageHeader(Painter& p, const TurfPackage& turf, std::size_t first, std::size_t last, std::size_t total,
                  bool first_page, const std::vector<std::string>& results, std::string_view lang) {
  PdfDocument& doc = p.doc();
  double y = doc.top();
  const std::string on_page = FormatText(Tr(UiText::kPrintDoorsOnPage, lang), static_cast<unsigned>(last - first + 1));
  const TextStyle count_style{.size = 13, .bold = true, .language = lang};
  const double count_width = doc.MeasureWidth(on_page, count_style);
  const double name_height = p.Text(doc.left(), y, doc.content_width() - count_width - 12, turf.name, {.size = 16, .bold = true});
  p.Text(doc.right() - count_width, y + 2, 0, on_page, count_style);
  y += name_height + 2;
  std::string about(Tr(UiText::kWalkList, lang));
  for (const std::string* part : {&turf.organization, &turf.campaign})
    if (!part->empty()) about += " · " + *part;
  const std::string range = std::to_string(first) + "–" + std::to_string(last) + " · " +
                            FormatText(Tr(UiText::kDoorsOfTotal, lang), static_cast<unsigned>(last), static_cast<unsigned>(total));
  const TextStyle small{.size = 10.5, .gray = 0.3, .language = lang};
  const double range_width = doc.MeasureWidth(range, small);
  y += std::max(p.Text(doc.left(), y, doc.content_width() - range_width - 12, about, small),
                p.Text(doc.right() - range_width, y, 0, range, small)) + 4;
  if (first_page) y += p.Text(doc.left(), y, doc.content_width(), std::string(Tr(UiText::kPrintWalkSheetHelp, lang)),
                              {.size = 10.5, .language = lang}) + 4;
  y += Legend(p, doc.left(), y, doc.right(), results, lang) + 2;
  p.Line(doc.left(), y, doc.right(), y, 0);
  return y + 6;
}

struct Page {
  std::size_t first, last;  // indexes into the doors
};

}  // namespace

std::string VoterCode(std::size_t door_number, std::size_t person) {
  std::string code = std::to_string(door_number);
  if (person < 26) return code + static_cast<char>('a' + person);
  return code + "z" + std::to_string(person - 24);
}

std::optional<std::string> WalkSheetPdf(const TurfPackage& turf, const PrintOptions& options, std::string& why) {
  const std::string lang = options.languages.empty() ? "en" : options.languages.front();
  std::vector<Door> doors;
  for (const Building& b : turf.walk_list.buildings)
    for (std::size_t i = 0; i < b.households.size(); ++i)
      doors.push_back({&b, &turf.walk_list.households[b.households[i]], doors.size() + 1, i == 0});
  std::vector<std::string> results;
  for (ResultCode code : turf.result_codes.Offered(Channel::kDoor))
    if (code != ResultCode::kCanvassed) results.push_back(turf.result_codes.Label(code, lang));

  if (doors.empty()) {
    why = "the turf has no doors to print";
    return std::nullopt;
  }
  PdfDocument doc(options.paper, turf.name);
  const double limit = doc.bottom() - kFooterHeight - 4;
  // First pass: which doors go on which page (a door never splits). A page
  // header's height does not depend on its numbers' widths enough to matter,
  // so it is measured with the widest numbers the turf has.
  Painter measure(doc, false);
  std::vector<Page> pages;
  for (std::size_t i = 0; i < doors.size();) {
    double y = PageHeader(measure, turf, doors.size(), doors.size(), doors.size(), pages.empty(), results, lang);
    const std::size_t first = i;
    while (i < doors.size()) {
      const bool header = doors[i].first_of_building || i == first;
      const double need = (header ? BuildingHeader(measure, y, *doors[i].building, false, lang) : 0) +
                          HouseholdBlock(measure, y, doors[i], results, lang);
      if (y + need > limit && i > first) break;
      y += need;
      ++i;
    }
    pages.push_back({first, i - 1});
  }

  Painter paint(doc, true);
  const std::string foot = turf.name + " · " + std::string(Tr(UiText::kWalkList, lang));
  for (std::size_t n = 0; n < pages.size(); ++n) {
    if (n) doc.NextPage();
    const Page& page = pages[n];
    double y = PageHeader(paint, turf, page.first + 1, page.last + 1, doors.size(), n == 0, results, lang);
    for (std::size_t i = page.first; i <= page.last; ++i) {
      if (doors[i].first_of_building || i == page.first)
        y += BuildingHeader(paint, y, *doors[i].building, !doors[i].first_of_building, lang);
      y += HouseholdBlock(paint, y, doors[i], results, lang);
    }
    DrawFooter(doc, lang, foot, static_cast<unsigned>(n + 1), static_cast<unsigned>(pages.size()));
  }
  return doc.Finish(why);
}

}  // namespace puerta::print
