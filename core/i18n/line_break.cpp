#include "i18n/line_break.h"

namespace puerta {
namespace {

// Decodes one UTF-8 character at `p`; returns its length (1 for a bad byte, read as itself).
std::size_t Decode(std::string_view s, std::size_t p, char32_t& c) {
  const auto b = static_cast<unsigned char>(s[p]);
  std::size_t n = b < 0x80 ? 1 : (b >> 5) == 0x6 ? 2 : (b >> 4) == 0xE ? 3 : (b >> 3) == 0x1E ? 4 : 1;
  if (p + n > s.size()) n = 1;
  if (n == 1) {
    c = b;
    return 1;
  }
  c = b & (0x7F >> n);
  for (std::size_t i = 1; i < n; ++i) {
    const auto x = static_cast<unsigned char>(s[p + i]);
    if ((x & 0xC0) != 0x80) {
      c = b;
      return 1;
    }
    c = (c << 6) | (x & 0x3F);
  }
  return n;
}

bool IsSpace(char32_t c) { return c == ' ' || c == '\t' || c == 0x3000 || c == 0xA0; }

// Chinese and Japanese characters: a line may break between any two.
bool IsIdeographic(char32_t c) {
  return (c >= 0x2E80 && c <= 0x2FDF) ||  // radicals
         (c >= 0x3040 && c <= 0x30FF) ||  // kana
         (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3FFFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
}

// Never at the start of a line.
bool IsClosing(char32_t c) {
  switch (c) {
    case ',': case '.': case ';': case ':': case '!': case '?': case ')': case ']': case '}': case '%':
    case 0x2019: case 0x201D: case 0x2026:                   // ’ ” …
    case 0x3001: case 0x3002: case 0x3009: case 0x300B: case 0x300D: case 0x300F: case 0x3011:
    case 0x3015: case 0x3017: case 0x3019: case 0x301B: case 0x30FC: case 0x30FB: case 0x3005:
    case 0xFF01: case 0xFF09: case 0xFF0C: case 0xFF0E: case 0xFF1A: case 0xFF1B: case 0xFF1F: case 0xFF3D:
    case 0xFF5D: case 0xFF60: case 0xFF61: case 0xFF63: case 0xFF64:
      return true;
    default:
      return (c >= 0x3041 && c <= 0x30FA && (c == 0x3041 || c == 0x3043 || c == 0x3045 || c == 0x3047 ||
                                             c == 0x3049 || c == 0x3063 || c == 0x3083 || c == 0x3085 ||
                                             c == 0x3087 || c == 0x30A1 || c == 0x30A3 || c == 0x30A5 ||
                                             c == 0x30A7 || c == 0x30A9 || c == 0x30C3 || c == 0x30E3 ||
                                             c == 0x30E5 || c == 0x30E7));  // small kana
  }
}

// Never at the end of a line.
bool IsOpening(char32_t c) {
  switch (c) {
    case '(': case '[': case '{': case 0x2018: case 0x201C:
    case 0x3008: case 0x300A: case 0x300C: case 0x300E: case 0x3010: case 0x3014: case 0x3016: case 0x3018:
    case 0x301A: case 0xFF08: case 0xFF3B: case 0xFF5B: case 0xFF62:
      return true;
    default:
      return false;
  }
}

}  // namespace

bool MayBreakBetween(char32_t prev, char32_t next) {
  if (IsSpace(next)) return false;  // spaces stay on the line they follow
  if (IsClosing(next) || IsOpening(prev)) return false;
  if (IsSpace(prev)) return true;
  if (IsIdeographic(prev) || IsIdeographic(next)) return true;
  return (prev == '-' || prev == '/') && next != '-' && next != '/';
}

std::vector<std::string_view> WrapLines(std::string_view text, float width,
                                        const std::function<float(char32_t)>& advance) {
  std::vector<std::string_view> lines;
  auto push = [&](std::size_t from, std::size_t to) {
    while (to > from && (text[to - 1] == ' ' || text[to - 1] == '\t')) --to;  // spaces where it broke
    lines.push_back(text.substr(from, to - from));
  };
  std::size_t start = 0;
  while (true) {
    float used = 0;
    std::size_t last_break = std::string_view::npos;  // where the next line could start
    char32_t prev = 0;
    std::size_t p = start, cut = std::string_view::npos, resume = std::string_view::npos;
    while (p < text.size()) {
      char32_t c;
      const std::size_t n = Decode(text, p, c);
      if (c == '\n') {
        cut = p;
        resume = p + 1;
        break;
      }
      if (p > start && MayBreakBetween(prev, c)) last_break = p;
      const float w = advance(c);
      if (p > start && !IsSpace(c) && used + w > width) {
        // Past the edge: back to the last place a line may break, or cut here.
        cut = last_break != std::string_view::npos ? last_break : p;
        resume = cut;
        break;
      }
      used += w;
      prev = c;
      p += n;
    }
    if (cut == std::string_view::npos) {
      push(start, text.size());
      return lines;
    }
    push(start, cut);
    start = resume;
    while (start < text.size() && (text[start] == ' ' || text[start] == '\t')) ++start;
  }
}

bool BrokeInsideWord(const std::vector<std::string_view>& lines) {
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].empty() || lines[i + 1].empty()) continue;
    std::string_view a = lines[i], b = lines[i + 1];
    // The last character of one line and the first of the next.
    std::size_t p = a.size() - 1;
    while (p > 0 && (static_cast<unsigned char>(a[p]) & 0xC0) == 0x80) --p;
    char32_t last, first;
    Decode(a, p, last);
    Decode(b, 0, first);
    const bool spaced = b.data() != a.data() + a.size();  // spaces (or a newline) were dropped between them
    if (!spaced && !MayBreakBetween(last, first)) return true;
  }
  return false;
}

}  // namespace puerta
