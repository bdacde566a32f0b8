#include "native/print/report_pdf.h"

#include <cstdio>

#include "i18n/ui_text.h"
#include "native/print/pdf_document.h"
#include "native/print/report_pages.h"
#include "native/print/sheet_parts.h"

namespace puerta::print {

bool ReportPages::NeedSpace(double height) {
  if (y + height <= bottom()) return false;
  NewPage();
  return true;
}

void ReportPages::NewPage() {
  DrawFooter(doc_, language_, footer_, page_, pages_ ? pages_ : page_);
  doc_.NextPage();
  ++page_;
  y = doc_.top();
}

void ReportPages::Finish() { DrawFooter(doc_, language_, footer_, page_, pages_ ? pages_ : page_); }

void ReportPages::Heading(std::string_view text, bool continued) {
  std::string line(text);
  if (continued) {
    line += ' ';
    line += Tr(UiText::kPrintContinued, language_);
  }
  y += doc_.Text(doc_.left(), y, doc_.content_width(), line, {.size = 13, .bold = true, .language = language_}) + 6;
}

namespace {

constexpr double kCellPad = 3;

std::string Percent(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f %%", fraction * 100);
  return text;
}

// The heading of a --by column, in the report's language.
std::string GroupHeading(const std::string& word, std::string_view lang) {
  const std::pair<std::string_view, UiText> kHeadings[] = {
      {"org", UiText::kOrganization}, {"canvasser", UiText::kReportCanvasser}, {"turf", UiText::kReportTurf},
      {"day", UiText::kReportDay},    {"language", UiText::kLanguage},         {"channel", UiText::kReportChannel},
      {"script", UiText::kReportScript}};
  for (const auto& [w, text] : kHeadings)
    if (w == word) return std::string(Tr(text, lang));
  return word;
}

struct Table {
  std::vector<std::string> headings;
  std::vector<double> widths;
  std::size_t groups = 0;  // the first `groups` columns are names, the rest numbers (right-aligned)
};

// One row; its height. `shade`: a light band behind it.
double Row(ReportPages& pages, const Table& t, const std::vector<std::string>& cells, const TextStyle& style,
           double shade) {
  PdfDocument& doc = pages.doc();
  double height = 0;
  for (std::size_t i = 0; i < cells.size(); ++i)
    height = std::max(height, doc.Measure(cells[i], style, t.widths[i] - 2 * kCellPad));
  height += 2 * kCellPad;
  pages.NeedSpace(height);
  if (shade < 1) doc.FillRect(doc.left(), pages.y, doc.content_width(), height, shade);
  double x = doc.left();
  for (std::size_t i = 0; i < cells.size(); ++i) {
    const double inner = t.widths[i] - 2 * kCellPad;
    const double cell_x = i < t.groups ? x + kCellPad : x + t.widths[i] - kCellPad - std::min(inner, doc.MeasureWidth(cells[i], style));
    doc.Text(cell_x, pages.y + kCellPad, inner, cells[i], style);
    x += t.widths[i];
  }
  pages.y += height;
  return height;
}

// The widest word of `text` (a heading wraps between words, never inside one).
double WidestWord(PdfDocument& doc, std::string_view text, const TextStyle& style) {
  double widest = 0;
  for (std::size_t start = 0; start <= text.size();) {
    const std::size_t space = std::min(text.find(' ', start), text.size());
    widest = std::max(widest, doc.MeasureWidth(text.substr(start, space - start), style));
    start = space + 1;
  }
  return widest;
}

void DrawTable(ReportPages& pages, const campaign::Report& report) {
  PdfDocument& doc = pages.doc();
  const std::string_view lang = pages.language();
  const TextStyle head{.size = 8, .bold = true, .language = lang};
  const TextStyle body{.size = 8.5, .language = lang};
  const TextStyle total{.size = 8.5, .bold = true, .language = lang};
  Table t;
  for (const std::string& word : report.by) t.headings.push_back(GroupHeading(word, lang));
  if (t.headings.empty()) t.headings.emplace_back();
  t.groups = t.headings.size();
  for (UiText text : {UiText::kReportAttempts, UiText::kDoorsKnocked, UiText::kReportHouseholdsContacted,
                      UiText::kConversations, UiText::kContactRate, UiText::kSupporters, UiText::kFollowUps})
    t.headings.emplace_back(Tr(text, lang));

  std::vector<std::vector<std::string>> rows;
  for (std::size_t r = 0; r < report.rows.size(); ++r) {
    const campaign::ReportRow& row = report.rows[r];
    std::vector<std::string> cells = row.group;
    if (r + 1 == report.rows.size()) {
      cells.assign(t.groups, "");
      cells.front() = Tr(UiText::kReportTotal, lang);
    }
    for (std::size_t i = 0; i < report.by.size() && r + 1 < report.rows.size(); ++i)
      if (report.by[i] == "language") cells[i] = LanguageName(cells[i], Tr(UiText::kPrintLanguageNotGiven, lang));
    for (std::int64_t n : {row.attempts, row.doors_knocked, row.households_contacted, row.conversations})
      cells.push_back(std::to_string(n));
    cells.push_back(Percent(row.contact_rate));
    cells.push_back(std::to_string(row.support_ids));
    cells.push_back(std::to_string(row.follow_ups));
    rows.push_back(std::move(cells));
  }
  // Number columns as wide as their longest heading word or number; the names share the rest.
  t.widths.assign(t.headings.size(), 0);
  double numbers = 0;
  for (std::size_t i = t.groups; i < t.headings.size(); ++i) {
    double widest = WidestWord(doc, t.headings[i], head);
    for (const auto& cells : rows) widest = std::max(widest, doc.MeasureWidth(cells[i], total));
    t.widths[i] = std::max(44.0, widest + 2 * kCellPad + 2);
    numbers += t.widths[i];
  }
  for (std::size_t i = 0; i < t.groups; ++i)
    t.widths[i] = std::max(50.0, (doc.content_width() - numbers) / static_cast<double>(t.groups));

  unsigned heading_page = 0;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    const bool is_total = r + 1 == rows.size();
    // The headings again at the top of every page the table reaches.
    if (pages.NeedSpace(30) || heading_page != pages.page()) {
      heading_page = pages.page();
      Row(pages, t, t.headings, head, 0.85);
    }
    if (is_total) doc.Line(doc.left(), pages.y, doc.right(), pages.y, 1);
    Row(pages, t, rows[r], is_total ? total : body, r % 2 ? 0.95 : 1);
  }
  pages.y += 16;
}

}  // namespace

std::optional<std::string> PrintCampaignReport(const campaign::Report& report, const campaign::ReportCharts& charts,
                                               const ReportPdfOptions& options, std::string& why) {
  const std::string_view lang = options.language;
  std::string days(Tr(UiText::kReportAllDays, lang));
  if (!options.from.empty() || !options.to.empty()) {  // appended piece by piece: GCC 12 warns wrongly on "…" + string
    days = options.from.empty() ? std::string("…") : options.from;
    days += " – ";
    days += options.to.empty() ? std::string("…") : options.to;
  }
  const std::string title(Tr(UiText::kReportTitle, lang));
  const std::string footer = title + " · " + days;
  // Twice: the first pass counts the pages for "Page N of M".
  unsigned pages_total = 0;
  for (int pass = 0; pass < 2; ++pass) {
    PdfDocument doc(options.paper, title);
    ReportPages pages(doc, lang, footer, pages_total);
    pages.y += doc.Text(doc.left(), pages.y, doc.content_width(), title, {.size = 22, .bold = true, .language = lang}) + 4;
    pages.y += doc.Text(doc.left(), pages.y, doc.content_width(), FillText(Tr(UiText::kReportDays, lang), days),
                        {.size = 11, .gray = 0.25, .language = lang}) + 12;
    if (report.rows.size() == 1 && report.rows.front().attempts == 0) {
      pages.y += doc.Text(doc.left(), pages.y, doc.content_width(), std::string(Tr(UiText::kReportNothing, lang)),
                          {.size = 12, .language = lang}) + 12;
    } else {
      DrawTable(pages, report);
      DrawResultsByDay(pages, charts.results_by_day);
      DrawIdComposition(pages, charts.id_composition);
      DrawContactRates(pages, charts);
      DrawFollowUpsWaiting(pages, charts.follow_ups_waiting);
    }
    pages.Finish();
    if (pass == 0) {
      pages_total = pages.page();
      continue;
    }
    return doc.Finish(why);
  }
  return std::nullopt;  // not reached
}

}  // namespace puerta::print
