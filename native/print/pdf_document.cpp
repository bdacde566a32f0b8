#include "native/print/pdf_document.h"

#include <cairo-pdf.h>

namespace puerta::print {
namespace {

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// Noto Sans for Latin and Vietnamese, then Noto Sans CJK in the form the
// text's language writes (Chinese and Korean share code points but not
// every glyph shape); anything else falls back through fontconfig to the
// other Noto families (Arabic, Devanagari ... from fonts-noto-core).
std::string Families(const TextStyle& style) {
  const bool korean = style.language == "ko";
  if (style.mono) return korean ? "Noto Sans Mono CJK KR" : "Noto Sans Mono CJK SC";
  return korean ? "Noto Sans, Noto Sans CJK KR" : "Noto Sans, Noto Sans CJK SC";
}

}  // namespace

PdfDocument::PdfDocument(Paper paper, const std::string& title)
    : width_(PaperWidth(paper)), height_(PaperHeight(paper)) {
  surface_ = cairo_pdf_surface_create_for_stream(AppendToString, &bytes_, width_, height_);
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Puerta");
  cr_ = cairo_create(surface_);
}

PdfDocument::~PdfDocument() {
  cairo_destroy(cr_);
  cairo_surface_destroy(surface_);
}

PangoLayout* PdfDocument::Layout(std::string_view text, const TextStyle& style, double width) {
  PangoLayout* layout = pango_cairo_create_layout(cr_);
  PangoFontDescription* font = pango_font_description_from_string(Families(style).c_str());
  pango_font_description_set_absolute_size(font, style.size * PANGO_SCALE);
  pango_font_description_set_weight(font, style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description(layout, font);
  pango_font_description_free(font);
  if (!style.language.empty()) {
    const std::string language(style.language);
    PangoAttrList* attributes = pango_attr_list_new();
    pango_attr_list_insert(attributes, pango_attr_language_new(pango_language_from_string(language.c_str())));
    pango_layout_set_attributes(layout, attributes);
    pango_attr_list_unref(attributes);
  }
  if (width > 0) {
    pango_layout_set_width(layout, static_cast<int>(width * PANGO_SCALE));
    // A word longer than the column (a long name) is cut, not run off the
    // page; a link or code (mono) breaks only where the column ends, never
    // at a '-' that would read as a hyphenation.
    pango_layout_set_wrap(layout, style.mono ? PANGO_WRAP_CHAR : PANGO_WRAP_WORD_CHAR);
  }
  // The sheets are laid out left to right: an Arabic name starts where a
  // Latin one does (its letters still run right to left within it).
  pango_layout_set_auto_dir(layout, FALSE);
  pango_layout_set_text(layout, text.data(), static_cast<int>(text.size()));
  return layout;
}

double PdfDocument::Measure(std::string_view text, const TextStyle& style, double width) {
  PangoLayout* layout = Layout(text, style, width);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  g_object_unref(layout);
  return static_cast<double>(h) / PANGO_SCALE;
}

double PdfDocument::MeasureWidth(std::string_view text, const TextStyle& style) {
  PangoLayout* layout = Layout(text, style, 0);
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  g_object_unref(layout);
  return static_cast<double>(w) / PANGO_SCALE;
}

double PdfDocument::Text(double x, double y, double width, std::string_view text, const TextStyle& style) {
  PangoLayout* layout = Layout(text, style, width);
  if (undrawable_.empty() && pango_layout_get_unknown_glyphs_count(layout) > 0) undrawable_ = text;
  int w = 0, h = 0;
  pango_layout_get_size(layout, &w, &h);
  cairo_set_source_rgb(cr_, style.gray, style.gray, style.gray);
  cairo_move_to(cr_, x, y);
  pango_cairo_show_layout(cr_, layout);
  g_object_unref(layout);
  return static_cast<double>(h) / PANGO_SCALE;
}

void PdfDocument::TickBox(double x, double y, double size) {
  cairo_set_source_rgb(cr_, 0, 0, 0);
  cairo_set_line_width(cr_, 1);
  cairo_rectangle(cr_, x, y, size, size);
  cairo_stroke(cr_);
}

void PdfDocument::Line(double x1, double y1, double x2, double y2, double line_width, double gray) {
  cairo_set_source_rgb(cr_, gray, gray, gray);
  cairo_set_line_width(cr_, line_width);
  cairo_move_to(cr_, x1, y1);
  cairo_line_to(cr_, x2, y2);
  cairo_stroke(cr_);
}

void PdfDocument::FillRect(double x, double y, double w, double h, double gray) {
  cairo_set_source_rgb(cr_, gray, gray, gray);
  cairo_rectangle(cr_, x, y, w, h);
  cairo_fill(cr_);
}

void PdfDocument::FillRect(double x, double y, double w, double h, const Rgb& color) {
  cairo_set_source_rgb(cr_, color.r, color.g, color.b);
  cairo_rectangle(cr_, x, y, w, h);
  cairo_fill(cr_);
}

void PdfDocument::Qr(const QrModules& code, double x, double y, double size) {
  constexpr int kQuiet = 4;  // modules of white around the code (ISO/IEC 18004)
  const double module = size / (code.width + 2 * kQuiet);
  FillRect(x, y, size, size, 1);
  cairo_set_source_rgb(cr_, 0, 0, 0);
  for (int row = 0; row < code.width; ++row)
    for (int column = 0; column < code.width; ++column)
      if (code.Dark(column, row))
        cairo_rectangle(cr_, x + (column + kQuiet) * module, y + (row + kQuiet) * module, module, module);
  // One fill for all modules: no hairline seams between neighbours.
  cairo_fill(cr_);
}

void PdfDocument::NextPage() { cairo_show_page(cr_); }

std::optional<std::string> PdfDocument::Finish(std::string& why) {
  cairo_show_page(cr_);
  cairo_surface_finish(surface_);
  if (const cairo_status_t status = cairo_surface_status(surface_); status != CAIRO_STATUS_SUCCESS) {
    why = std::string("cairo could not write the PDF: ") + cairo_status_to_string(status);
    return std::nullopt;
  }
  if (!undrawable_.empty()) {
    why = "no installed font draws every character of \"" + undrawable_ +
          "\" (it would print as empty boxes); install Debian's fonts-noto-core and fonts-noto-cjk";
    return std::nullopt;
  }
  return std::move(bytes_);
}

}  // namespace puerta::print
