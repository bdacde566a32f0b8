// Parsing numbers from text files. Emscripten's libc++ (3.1.6) has no
// floating-point std::from_chars, so doubles go through strtod, which reads
// '.' as the decimal point because Puerta never changes the C locale.
#pragma once

#include <optional>
#include <string_view>

namespace puerta {

// The whole of `text` as a finite double ("37.35", "-121.8", "1e3"), or nothing.
std::optional<double> ParseDouble(std::string_view text);

}  // namespace puerta
