// Theme: colours, spacing and fonts sized for a phone held in sunlight.
//
// Sizes are in logical (CSS) pixels; fonts are rasterized at
// size × pixel_ratio and drawn with FontGlobalScale = 1 / pixel_ratio, so text
// stays crisp on a devicePixelRatio-3 screen instead of being a small atlas
// stretched. Update() rebuilds the atlas only when the ratio or settings change.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"
#include "ui/glyph_set.h"

namespace puerta {

struct ThemeOptions {
  float pixel_ratio = 1.0f;   // device pixels per logical pixel (devicePixelRatio)
  float text_scale = 1.0f;    // the canvasser's text-size setting: 1.0 normal, up to 1.6
  bool high_contrast = false; // black on white, thicker borders
  friend bool operator==(const ThemeOptions&, const ThemeOptions&) = default;
};

struct Palette {
  ImU32 background, surface, text, muted, primary, on_primary, accent_soft, border, danger, success;
};

class Theme {
 public:
  // Returns true when the font atlas was rebuilt: the renderer must upload it
  // again. `extra` holds the CJK characters to draw; they are added once the
  // CJK font is on the device (it is asked for the first time it is needed).
  bool Update(const ThemeOptions& options, GlyphSet& extra);
  // The CJK font arrived (browser: fetched on first need).
  void OnCjkFontReady() { cjk_checked_ = false; }
  bool HasGlyph(ImFont* font, ImWchar c) const;

  const Palette& colors() const { return colors_; }
  const ThemeOptions& options() const { return options_; }

  ImFont* body = nullptr;     // 17 px
  ImFont* bold = nullptr;     // 17 px bold
  ImFont* heading = nullptr;  // 26 px bold
  ImFont* small = nullptr;    // 14 px

  // Minimum height of anything tappable (WCAG / platform guidance: 48 CSS px).
  static constexpr float kTouchTarget = 48.0f;

 private:
  void BuildFonts(GlyphSet& extra);
  bool LoadCjkFont();
  void BuildStyle();

  bool built_ = false;
  bool cjk_checked_ = false;     // looked for the CJK font since it was last requested
  std::uint32_t glyph_generation_ = 0;
  ThemeOptions options_;
  Palette colors_{};
  std::vector<std::string> font_files_;  // kept alive: the atlas does not own them
  ImVector<ImWchar> names_ranges_;       // the language names' CJK characters; the atlas points into it
  std::string cjk_file_;                 // empty until needed and present
};

}  // namespace puerta
