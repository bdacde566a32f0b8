// A PDF drawn page by page: cairo's PDF surface, written into memory, with
// text laid out by pango (HarfBuzz shaping, line breaking for every script,
// fontconfig fallback between Debian's Noto fonts). Each sheet (turf_sheet,
// walk_sheet, script_booklet) draws through this and nothing else.
//
// A text that no installed font can draw would print as empty boxes: the
// document remembers the first one, and Finish() then refuses the whole PDF
// and names it, so an organizer never hands out a sheet of boxes.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <optional>
#include <string>
#include <string_view>

#include "native/print/paper.h"
#include "util/qr_modules.h"

namespace puerta::print {

struct TextStyle {
  double size = 11;             // points; 11 and up reads at arm's length
  bool bold = false;
  bool mono = false;            // links and codes, where every character counts
  double gray = 0;              // 0 black .. 1 white
  std::string_view language;    // the text's language ("zh", "ko"): picks Chinese or Korean glyph forms
};

// A colour for charts (0..1 each). Sheets stay gray: they are photocopied.
struct Rgb {
  double r = 0, g = 0, b = 0;
};

class PdfDocument {
 public:
  PdfDocument(Paper paper, const std::string& title);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;

  double width() const { return width_; }
  double height() const { return height_; }
  // 0.5 inch on every side: inside what office printers cannot reach.
  static constexpr double kMargin = 36;
  double left() const { return kMargin; }
  double right() const { return width_ - kMargin; }
  double top() const { return kMargin; }
  double bottom() const { return height_ - kMargin; }
  double content_width() const { return width_ - 2 * kMargin; }

  // The height `text` takes wrapped to `width` (without drawing it).
  double Measure(std::string_view text, const TextStyle& style, double width);
  // The width of `text` on one line.
  double MeasureWidth(std::string_view text, const TextStyle& style);
  // Draws `text` wrapped to `width` with its top at y; returns its height.
  double Text(double x, double y, double width, std::string_view text, const TextStyle& style);

  void TickBox(double x, double y, double size);  // an empty square to tick
  void Line(double x1, double y1, double x2, double y2, double line_width = 0.6, double gray = 0);
  void FillRect(double x, double y, double w, double h, double gray);
  void FillRect(double x, double y, double w, double h, const Rgb& color);
  void Qr(const QrModules& code, double x, double y, double size);  // size: the code with its quiet zone

  void NextPage();

  // The finished PDF, or nothing with the reason in `why`.
  std::optional<std::string> Finish(std::string& why);

 private:
  PangoLayout* Layout(std::string_view text, const TextStyle& style, double width);

  double width_, height_;
  std::string bytes_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
  std::string undrawable_;  // the first text with a character no font has
};

}  // namespace puerta::print
