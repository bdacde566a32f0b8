// Replies that mean "stop texting me", in the languages Puerta speaks. The
// reviewed word lists live in assets/texting/opt-out-words.json (each with
// where it came from); the build compiles that file into the core as text
// (generated header texting/opt_out_words_json.h), so the phone app has the
// list without loading an asset and the list has one source. It is parsed
// once, on first use.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace puerta::texting {

// The words of one language ("en", "es", "zh", "vi", "ko", "tl"), as
// written in the list; empty for a language the list does not have.
const std::vector<std::string>& OptOutWords(std::string_view language);

// True when the whole reply, or its first word, is an opt-out word of any of
// `languages` (English is always included: carriers honour STOP in any
// language). Case and accents do not matter ("Stop.", "alto", "dung" for
// DỪNG), nor surrounding punctuation or full-width letters; "Stop please" is
// an opt-out, "don't stop" is not.
bool IsOptOutReply(std::string_view reply, std::span<const std::string> languages);

// What IsOptOutReply compares: lowercase, Latin accents dropped (Vietnamese
// included), full-width ASCII made ASCII. Other scripts unchanged.
std::string FoldForMatching(std::string_view utf8);

}  // namespace puerta::texting
