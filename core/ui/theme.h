// Theme: colours, spacing and fonts sized for a phone held in sunlight.
//
// Sizes are in logical (CSS) pixels; fonts are rasterized at
// size × pixel_ratio and drawn with FontGlobalScale = 1 / pixel_ratio, so text
// stays crisp on a devicePixelRatio-3 screen instead of being a small atlas
// stretched. Update() rebuilds the atlas only when the ratio or settings change.
#pragma once

#include <string>
#include <string_view>
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
  // again. `extra` holds the CJK characters to draw. Three CJK fonts, each
  // asked for only when a character needs it: the language names' (shipped
  // with the app: every language picker shows 中文 and 한국어); the first
  // screens' (start, PIN and unlock screens, small, fetched in the browser
  // the first time Chinese or Korean appears); the large one for the rest. A
  // fetched font is added the frame after it arrives.
  bool Update(const ThemeOptions& options, GlyphSet& extra);
  // A fetched font (fonts/ui-cjk-first.ttc or fonts/ui-cjk.ttc) arrived
  // (browser: fetched on first need, or from the service worker's cache
  // offline), or could not be fetched (offline before it was ever kept):
  // text is then drawn with what the atlas has; the next new character asks again.
  void OnFontArrived(std::string_view name);
  void OnFontUnavailable(std::string_view name);
  // The CJK font a turf package carries (TurfPackage::font, regular and bold,
  // and the characters they hold): drawn first, so a turf whose every CJK
  // character is in it fetches no CJK font at all. A character it lacks (a
  // typed note) still asks for the fetched ones. The same font again changes nothing.
  void UsePackageFont(std::string_view regular, std::string_view bold_face, std::string_view characters);
  // While a turf link is downloading, its font may be inside: no CJK font is
  // asked for meanwhile, and frames that would draw a replacement glyph are
  // held back (AwaitingCjkFont), as while a font downloads.
  void HoldFontRequests(bool hold);
  // A CJK font was asked for and has not answered yet: a frame that would
  // draw a replacement glyph is held back until it does (App::Frame).
  bool AwaitingCjkFont() const {
    return hold_requests_ || cjk_.state == CjkFont::kRequested || first_.state == CjkFont::kRequested;
  }
  bool HasGlyph(ImFont* font, ImWchar c) const;
  // Replacement glyphs (U+FFFD, drawn for a character no font of the atlas
  // has) in what was drawn this frame. Counts each glyph's quad by its
  // texture coordinates, so it sees text drawn by any widget.
  int CountReplacementGlyphs(const ImDrawData* draw_data) const;

  const Palette& colors() const { return colors_; }
  const ThemeOptions& options() const { return options_; }

  ImFont* body = nullptr;     // 17 px
  ImFont* bold = nullptr;     // 17 px bold
  ImFont* heading = nullptr;  // 26 px bold
  ImFont* small = nullptr;    // 14 px

  // Minimum height of anything tappable (WCAG / platform guidance: 48 CSS px).
  static constexpr float kTouchTarget = 48.0f;

 private:
  // kUnavailable: just told it cannot be had; kFailed: drawn without it since.
  enum class CjkFont { kNotAsked, kRequested, kArrived, kLoaded, kUnavailable, kFailed };
  // One CJK collection read or fetched on first need (face 0 regular, face 1 bold).
  struct FetchedFont {
    std::string_view name;
    CjkFont state = CjkFont::kNotAsked;
    std::string file;  // empty until needed and present; kept alive: the atlas does not own it
    // Took in an arrival or a failure: true when the atlas must be rebuilt.
    bool Settle(bool has_characters);
    // Reads it now (desktop, tests: it is beside the app) or asks for it (browser).
    void Want();
  };
  void ReadShippedFonts();
  void BuildFonts(GlyphSet& extra);
  // True when the atlas must be rebuilt for a CJK font (one just arrived, or
  // new characters need one); asks for one when it is not on the device.
  bool NeedsCjkRebuild(GlyphSet& extra);
  void BuildStyle();

  bool built_ = false;
  FetchedFont first_{"fonts/ui-cjk-first.ttc"};  // the first screens' words
  FetchedFont cjk_{"fonts/ui-cjk.ttc"};          // every other CJK character in use
  bool cjk_in_atlas_ = false;    // the atlas was built with the large CJK font merged in
  std::uint32_t glyph_generation_ = 0;
  ThemeOptions options_;
  Palette colors_{};
  std::vector<std::string> font_files_;  // kept alive: the atlas does not own them
  GlyphSet name_chars_;                  // what the shipped names font (ui-cjk-names.ttc) holds
  GlyphSet first_chars_;                 // what the first screens' font (ui-cjk-first.ttc) holds
  std::string package_regular_, package_bold_;  // the turf's own CJK font (UsePackageFont), or empty
  GlyphSet package_chars_;               // what it holds, and what the names font holds
  std::string package_characters_;       // as given: the same font again is no change
  bool package_changed_ = false;         // look again at which fonts to draw with (a font came, a hold ended)
  bool hold_requests_ = false;
};

}  // namespace puerta
