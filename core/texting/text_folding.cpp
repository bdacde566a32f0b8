// FoldForMatching (declared in opt_out.h): lowercase and accents off, by
// table, because the phone app has no ICU. Covers what Puerta's languages
// type: Latin-1, Latin Extended-A, Vietnamese (ơ, ư and Latin Extended
// Additional), combining accents (text typed decomposed), full-width ASCII
// (Chinese and Korean keyboards).
#include <string_view>

#include "texting/opt_out.h"
#include "util/utf8.h"

namespace puerta::texting {
namespace {

// U+00C0-U+00FF and U+0100-U+017F: the base letter, or '*' for letters with
// none (æ, ß, þ, ĳ, œ...), which stay as they are (lowercased).
constexpr std::string_view kLatin1 = "aaaaaa*ceeeeiiiidnooooo*ouuuuy**aaaaaa*ceeeeiiiidnooooo*ouuuuy*y";
constexpr std::string_view kLatinExtendedA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkk*llllllllllnnnnnnn*"
    "*oooooo**rrrrrrsssssssstttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs";
static_assert(kLatin1.size() == 64 && kLatinExtendedA.size() == 128);

// U+1EA0-U+1EF9, Vietnamese letters with tone marks, run by base letter.
char VietnameseBase(char32_t cp) {
  if (cp < 0x1EB8) return 'a';
  if (cp < 0x1EC8) return 'e';
  if (cp < 0x1ECC) return 'i';
  if (cp < 0x1EE4) return 'o';
  if (cp < 0x1EF2) return 'u';
  return 'y';
}

char32_t Fold(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 0x20;
  if (cp < 0x80) return cp;
  if (cp >= 0xFF01 && cp <= 0xFF5E) return Fold(cp - 0xFEE0);  // full-width ASCII
  if (cp >= 0xC0 && cp <= 0xFF) {
    const char base = kLatin1[cp - 0xC0];
    if (base != '*') return static_cast<char32_t>(base);
    return (cp <= 0xDE && cp != 0xD7) ? cp + 0x20 : cp;
  }
  if (cp >= 0x100 && cp <= 0x17F) {
    const char base = kLatinExtendedA[cp - 0x100];
    if (base != '*') return static_cast<char32_t>(base);
    return (cp == 0x132 || cp == 0x14A || cp == 0x152) ? cp + 1 : cp;  // Ĳ Ŋ Œ to lowercase
  }
  if (cp == 0x1A0 || cp == 0x1A1) return 'o';  // Ơ ơ
  if (cp == 0x1AF || cp == 0x1B0) return 'u';  // Ư ư
  if (cp >= 0x1EA0 && cp <= 0x1EF9) return static_cast<char32_t>(VietnameseBase(cp));
  return cp;
}

}  // namespace

std::string FoldForMatching(std::string_view utf8) {
  std::string out;
  out.reserve(utf8.size());
  for (std::size_t pos = 0; pos < utf8.size();) {
    const char32_t cp = NextCodePoint(utf8, pos);
    if (cp >= 0x300 && cp <= 0x36F) continue;  // combining accents
    AppendUtf8(out, Fold(cp));
  }
  return out;
}

}  // namespace puerta::texting
