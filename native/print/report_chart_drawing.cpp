// The campaign report's four charts, drawn with cairo through PdfDocument
// from the series of campaign/report_charts.h. Bars, not pies: lengths read
// at a glance, and a printout in gray still tells them apart by order.
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "i18n/ui_text.h"
#include "native/print/report_pages.h"
#include "results/result_code.h"
#include "results/result_colors.h"

namespace puerta::print {
namespace {

constexpr double kLabelSize = 7.5;
constexpr Rgb kBar{0.20, 0.42, 0.69}, kWarn{0.80, 0.25, 0.20}, kGray{0.70, 0.70, 0.70}, kBand{0.86, 0.94, 0.86};

std::string Percent(double fraction) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f %%", fraction * 100);
  return text;
}

// A round axis top at or above `value`: 1, 2, 5 × 10^n.
double NiceCeiling(double value) {
  if (value <= 1) return 1;
  const double power = std::pow(10, std::floor(std::log10(value)));
  for (double step : {1.0, 2.0, 5.0, 10.0})
    if (step * power >= value) return step * power;
  return 10 * power;
}

// Coloured squares with their labels, wrapped across the width; returns the height.
double Legend(ReportPages& pages, const std::vector<std::pair<Rgb, std::string>>& items) {
  PdfDocument& doc = pages.doc();
  const TextStyle style{.size = kLabelSize, .language = pages.language()};
  double x = doc.left(), y = pages.y;
  const double line = 12;
  for (const auto& [color, label] : items) {
    const double width = 12 + doc.MeasureWidth(label, style) + 12;
    if (x + width > doc.right() && x > doc.left()) {
      x = doc.left();
      y += line;
    }
    doc.FillRect(x, y + 2, 8, 8, color);
    doc.Text(x + 11, y, 0, label, style);
    x += width;
  }
  return y + line - pages.y;
}

// One horizontal bar per row with a label at its left, continuing on the
// next page when the rows do not fit; `draw` fills a row's bar area.
template <typename Item, typename Label, typename Draw>
void BarRows(ReportPages& pages, std::string_view heading, const std::vector<Item>& items, Label label, Draw draw) {
  PdfDocument& doc = pages.doc();
  constexpr double kRow = 14, kLabelWidth = 170;
  const TextStyle style{.size = kLabelSize, .language = pages.language()};
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (pages.NeedSpace(kRow)) pages.Heading(heading, true);
    doc.Text(doc.left(), pages.y + 2, kLabelWidth - 6, label(items[i]), style);
    draw(items[i], doc.left() + kLabelWidth, pages.y + 2, doc.content_width() - kLabelWidth, kRow - 4);
    pages.y += kRow;
  }
}

}  // namespace

Rgb ResultColor(std::string_view result) {
  const Rgb8 c = puerta::ResultColor(result);  // results/result_colors.h: the desktop's charts use the same
  return {c.r / 255.0, c.g / 255.0, c.b / 255.0};
}

void DrawResultsByDay(ReportPages& pages, const campaign::ResultsByDay& days) {
  PdfDocument& doc = pages.doc();
  const std::string_view lang = pages.language();
  constexpr double kPlot = 170, kAxis = 30, kDayLabels = 14;
  pages.NeedSpace(kPlot + kDayLabels + 70);
  pages.Heading(Tr(UiText::kReportResultsByDay, lang));
  if (days.days.empty()) {  // the table has rows, so this is not reached; never an empty frame
    pages.y += doc.Text(doc.left(), pages.y, doc.content_width(), std::string(Tr(UiText::kReportNothing, lang)),
                        {.size = 11, .language = lang}) + 12;
    return;
  }
  std::int64_t most = 0;
  for (const auto& d : days.days) most = std::max(most, d.total);
  const double top = NiceCeiling(static_cast<double>(most));
  const double x0 = doc.left() + kAxis, width = doc.content_width() - kAxis, y0 = pages.y + kPlot;
  const TextStyle label{.size = kLabelSize, .gray = 0.3};
  for (int tick = 0; tick <= 4; ++tick) {  // gridlines at quarters of the axis
    const double value = top * tick / 4, y = y0 - kPlot * tick / 4;
    doc.Line(x0, y, doc.right(), y, 0.4, tick ? 0.85 : 0.3);
    char text[32];
    std::snprintf(text, sizeof text, "%.0f", value);
    doc.Text(x0 - 4 - doc.MeasureWidth(text, label), y - 5, 0, text, label);
  }
  const double slot = width / static_cast<double>(days.days.size());
  const double bar = std::min(32.0, slot * 0.7);
  // Day labels ("09-21") on as many bars as there is room for.
  const auto every = static_cast<std::size_t>(std::ceil(34 / slot));
  for (std::size_t i = 0; i < days.days.size(); ++i) {
    const auto& d = days.days[i];
    const double x = x0 + slot * static_cast<double>(i) + (slot - bar) / 2;
    double y = y0;
    for (std::size_t r = 0; r < d.counts.size(); ++r) {
      const double h = kPlot * static_cast<double>(d.counts[r]) / top;
      y -= h;
      if (h > 0) doc.FillRect(x, y, bar, h, ResultColor(days.results[r]));
    }
    if (i % std::max<std::size_t>(every, 1) == 0) {
      const std::string day = d.day.size() == 10 ? d.day.substr(5) : d.day;
      doc.Text(x + bar / 2 - doc.MeasureWidth(day, label) / 2, y0 + 3, 0, day, label);
    }
  }
  pages.y = y0 + kDayLabels + 4;
  std::vector<std::pair<Rgb, std::string>> legend;
  for (const std::string& key : days.results) {
    const std::optional<ResultCode> code = ResultCodeFromKey(key);
    legend.emplace_back(ResultColor(key), code ? std::string(ResultCodeLabel(*code, lang)) : key);
  }
  pages.y += Legend(pages, legend) + 18;
}

void DrawIdComposition(ReportPages& pages, const std::vector<campaign::QuestionIds>& questions) {
  PdfDocument& doc = pages.doc();
  const std::string_view lang = pages.language();
  pages.NeedSpace(90);
  pages.Heading(Tr(UiText::kReportIdComposition, lang));
  // Support IDs in greens, other answers in blues and grays.
  static constexpr Rgb kSupport[] = {{0.18, 0.55, 0.34}, {0.45, 0.72, 0.45}, {0.70, 0.85, 0.60}};
  static constexpr Rgb kOther[] = {{0.80, 0.35, 0.25}, {0.55, 0.65, 0.80}, {0.75, 0.75, 0.75}, {0.93, 0.70, 0.35},
                                   {0.45, 0.45, 0.55}, {0.85, 0.85, 0.60}};
  for (const campaign::QuestionIds& q : questions) {
    if (pages.NeedSpace(60)) pages.Heading(Tr(UiText::kReportIdComposition, lang), true);
    pages.y += doc.Text(doc.left(), pages.y, doc.content_width(), q.step_id, {.size = 9, .bold = true}) + 2;
    double x = doc.left();
    std::size_t support = 0, other = 0;
    std::vector<std::pair<Rgb, std::string>> legend;
    for (const campaign::AnswerCount& a : q.answers) {
      const Rgb color = a.support_id ? kSupport[support++ % std::size(kSupport)] : kOther[other++ % std::size(kOther)];
      const double share = q.conversations ? static_cast<double>(a.conversations) / static_cast<double>(q.conversations) : 0;
      doc.FillRect(x, pages.y, doc.content_width() * share, 16, color);
      x += doc.content_width() * share;
      legend.emplace_back(color, a.value + " " + std::to_string(a.conversations) + " (" + Percent(share) + ")");
    }
    pages.y += 20;
    pages.y += Legend(pages, legend) + 8;
  }
  pages.y += 10;
}

void DrawContactRates(ReportPages& pages, const campaign::ReportCharts& charts) {
  PdfDocument& doc = pages.doc();
  const std::string_view lang = pages.language();
  const std::string heading(Tr(UiText::kReportContactRates, lang));
  pages.NeedSpace(80);
  pages.Heading(heading);
  char band[64];
  std::snprintf(band, sizeof band, "%.0f–%.0f %%", charts.band_low * 100, charts.band_high * 100);
  pages.y += Legend(pages, {{kBand, FillText(Tr(UiText::kReportUsualBand, lang), band)},
                            {kGray, FormatText(Tr(UiText::kReportFewDoors, lang),
                                               static_cast<unsigned>(charts.band_min_doors))}}) + 4;
  double most = charts.band_high * 1.5;
  for (const auto& c : charts.contact_rates) most = std::max(most, c.contact_rate);
  const double scale_top = std::min(1.0, std::ceil(most * 10) / 10);
  BarRows(pages, heading, charts.contact_rates,
          [](const campaign::CanvasserContactRate& c) { return c.organization + " · " + c.canvasser; },
          [&](const campaign::CanvasserContactRate& c, double x, double y, double width, double height) {
            const double value_room = 90, bars = width - value_room;
            doc.FillRect(x + bars * charts.band_low / scale_top, y - 2, bars * (charts.band_high - charts.band_low) / scale_top,
                         height + 4, kBand);
            const Rgb color = c.doors_knocked < charts.band_min_doors ? kGray : c.outside_band ? kWarn : kBar;
            const double length = bars * std::min(c.contact_rate, scale_top) / scale_top;
            doc.FillRect(x, y, length, height, color);
            doc.Text(x + length + 4, y - 1, 0,
                     Percent(c.contact_rate) + " (" + std::to_string(c.households_contacted) + "/" +
                         std::to_string(c.doors_knocked) + ")",
                     {.size = kLabelSize, .gray = 0.2});
          });
  pages.y += 18;
}

void DrawFollowUpsWaiting(ReportPages& pages, const std::vector<campaign::LanguageFollowUps>& waiting) {
  PdfDocument& doc = pages.doc();
  const std::string_view lang = pages.language();
  const std::string heading(Tr(UiText::kReportFollowUpsWaiting, lang));
  pages.NeedSpace(60);
  pages.Heading(heading);
  if (waiting.empty()) {  // nobody waits: say so rather than leave a bare heading
    pages.y += doc.Text(doc.left(), pages.y, 0, "0", {.size = 11}) + 12;
    return;
  }
  std::int64_t most = 1;
  for (const auto& w : waiting) most = std::max(most, w.waiting);
  const std::string not_given(Tr(UiText::kPrintLanguageNotGiven, lang));
  BarRows(pages, heading, waiting,
          [&](const campaign::LanguageFollowUps& w) {
            return w.language == "unknown" ? not_given : LanguageName(w.language, not_given);
          },
          [&](const campaign::LanguageFollowUps& w, double x, double y, double width, double height) {
            const double length = (width - 40) * static_cast<double>(w.waiting) / static_cast<double>(most);
            doc.FillRect(x, y, length, height, kBar);
            doc.Text(x + length + 4, y - 1, 0, std::to_string(w.waiting), {.size = kLabelSize, .gray = 0.2});
          });
  pages.y += 12;
}

}  // namespace puerta::print
