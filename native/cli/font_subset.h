// The CJK font subset `puerta package` puts in a package (TurfPackage::font):
// exactly the Chinese, Japanese and Korean characters the phone will draw for
// this turf, cut from Debian's Noto Sans CJK (fonts-noto-cjk) with HarfBuzz's
// subsetter (libharfbuzz-dev, hb-subset). A canvasser reading Chinese or
// Korean then downloads a few dozen KB inside the package instead of the app's
// 1.4 MB CJK font; a character the subset lacks (a typed note) still makes
// the phone fetch the large font.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "turf/turf_package.h"

namespace puerta::cli {

// Where the fonts are cut from: face 2 (Simplified Chinese, with Hangul and
// kana) of each collection.
inline constexpr const char* kNotoCjkRegular = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
inline constexpr const char* kNotoCjkBold = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc";

// Every character of `utf8` the app's Latin font lacks (ui/theme.cpp's
// ranges) and a CJK font draws: Hangul, kana, Han, CJK punctuation and
// full-width forms. UTF-8, in code point order, each once.
std::string CjkCharacters(std::string_view utf8);

// The characters a phone draws for this turf: its package (names, addresses,
// scripts in every language, result codes) and the interface, result labels
// included, in each of its scripts' languages.
std::string CjkCharactersOfTurf(const TurfPackage& turf);

// The subset holding `characters`, regular and bold; `characters` set to those
// the fonts really hold. Nothing, with `why`, when a font is missing or
// cannot be cut; an empty font when `characters` is empty.
std::optional<PackageFont> SubsetCjkFont(std::string_view characters, std::string& why,
                                         const char* regular_path = kNotoCjkRegular,
                                         const char* bold_path = kNotoCjkBold);

}  // namespace puerta::cli
