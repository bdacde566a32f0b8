#include "ui/glyph_set.h"

#include "imgui_internal.h"

namespace puerta {

bool InLatinFont(ImWchar c) {
  return (c >= 0x20 && c <= 0x24F) || (c >= 0x300 && c <= 0x36F) || (c >= 0x400 && c <= 0x45F) || (c >= 0x1EA0 && c <= 0x1EF9) ||
         (c >= 0x2000 && c <= 0x206F) || c == 0x20AB || c == 0x20AC || (c >= 0x2190 && c <= 0x2193);
}

void GlyphSet::Add(std::string_view utf8) {
  const char* p = utf8.data();
  const char* end = p + utf8.size();
  while (p < end) {
    unsigned int c = 0;
    const int n = ImTextCharFromUtf8(&c, p, end);
    if (n <= 0) break;
    p += n;
    if (c < 0x20 || c > 0xFFFF || InLatinFont(static_cast<ImWchar>(c))) continue;
    if (chars_.insert(static_cast<ImWchar>(c)).second) ++generation_;
  }
}

bool GlyphSet::AllIn(const GlyphSet& other) const {
  for (ImWchar c : chars_)
    if (!other.Contains(c)) return false;
  return true;
}

bool GlyphSet::AllInEither(const GlyphSet& a, const GlyphSet& b) const {
  for (ImWchar c : chars_)
    if (!a.Contains(c) && !b.Contains(c)) return false;
  return true;
}

const ImWchar* GlyphSet::Ranges() {
  if (ranges_generation_ != generation_) {
    ranges_.clear();
    for (ImWchar c : chars_) {
      if (!ranges_.empty() && ranges_.back() + 1 == c) {
        ranges_.back() = c;  // extend the current range
      } else {
        ranges_.push_back(c);
        ranges_.push_back(c);
      }
    }
    ranges_.push_back(0);
    ranges_generation_ = generation_;
  }
  return ranges_.Data;
}

}  // namespace puerta
