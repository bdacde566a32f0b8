// Line breaking for the six interface languages and whatever a turf holds.
//
// A line may break:
//   - after spaces (Latin, Vietnamese, Tagalog, Korean between words);
//   - between Chinese or Japanese characters (no spaces there), but never
//     before closing punctuation (，。、：；！？）」』】》 and their Latin
//     cousins) and never after opening punctuation (（「『【《);
//   - after a hyphen or slash inside a Latin word ("Follow-" / "up").
// Hangul is kept whole between spaces (Korean writes spaces between words;
// like CSS word-break: keep-all, which Korean readers prefer). A run with no
// break that is wider than the line (a long URL, a name without spaces) is
// cut where it reaches the edge: text never runs off the screen.
// The approximation of UAX #14 that these languages need; pure, no ImGui.
#pragma once

#include <cstddef>
#include <functional>
#include <string_view>
#include <vector>

namespace puerta {

// True when a line may start with `next` right after `prev` (no space between).
bool MayBreakBetween(char32_t prev, char32_t next);

// Greedy wrapping of UTF-8 `text` into lines at most `width` wide, where
// `advance(c)` is the width of one character. Newlines in the text end a
// line; spaces where a line breaks are dropped. Each line is a view into
// `text`. An empty text gives one empty line.
std::vector<std::string_view> WrapLines(std::string_view text, float width,
                                        const std::function<float(char32_t)>& advance);

// True when `lines` (from WrapLines) broke a word: a line ends and the next
// begins with letters of one word where no break is allowed (the emergency
// cut of a too-long word). Tests use it to find labels that do not fit.
bool BrokeInsideWord(const std::vector<std::string_view>& lines);

}  // namespace puerta
