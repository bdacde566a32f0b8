// Choosing the language of a script text and filling in its placeholders.
#pragma once

#include <map>
#include <span>
#include <string>
#include <string_view>

#include "script/script.h"

namespace puerta {

// The text in `language`; else in `fallback`; else the first language it has
// (so a canvasser never reads an empty line); empty only for an empty text.
const std::string& Localize(const LocalizedText& text, std::string_view language, std::string_view fallback);

// Placeholders a script may use, e.g. "Hi {first_name}, I'm {canvasser}".
// The validator rejects any other {name}, which catches typos before a
// canvasser reads "{frist_name}" aloud.
std::span<const std::string_view> KnownPlaceholders();

// Replaces each {name} found in `values`. A placeholder with no value (the
// voter's first name is unknown) becomes empty, and a space it leaves before
// punctuation or another space is dropped; unknown names are left as written.
std::string ExpandPlaceholders(std::string_view text, const std::map<std::string, std::string>& values);

}  // namespace puerta
