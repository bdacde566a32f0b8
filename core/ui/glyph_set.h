// GlyphSet: the characters beyond the Latin font that the app has to draw
// (Chinese, Korean, CJK punctuation), collected from the texts it shows: the
// interface language, the turf's names and scripts, typed notes. The font
// atlas holds just these, so a phone rasterizes a few hundred CJK glyphs at
// its pixel ratio instead of tens of thousands.
#pragma once

#include <cstdint>
#include <set>
#include <string_view>

#include "imgui.h"

namespace puerta {

// True for characters the Latin UI font covers (see kLatinRanges in theme.cpp).
bool InLatinFont(ImWchar c);

class GlyphSet {
 public:
  // Adds every character of `utf8` the Latin font lacks.
  void Add(std::string_view utf8);
  bool Contains(ImWchar c) const { return chars_.count(c) > 0; }
  // Every character of this set is in `other`.
  bool AllIn(const GlyphSet& other) const;
  // Every character of this set is in `a` or in `b`.
  bool AllInEither(const GlyphSet& a, const GlyphSet& b) const;
  bool empty() const { return chars_.empty(); }
  std::size_t size() const { return chars_.size(); }
  // Increases whenever a character was added: the atlas must be rebuilt.
  std::uint32_t generation() const { return generation_; }
  // ImGui glyph ranges for exactly these characters (valid until the next Add).
  const ImWchar* Ranges();

 private:
  std::set<ImWchar> chars_;
  std::uint32_t generation_ = 0;
  ImVector<ImWchar> ranges_;
  std::uint32_t ranges_generation_ = UINT32_MAX;
};

}  // namespace puerta
