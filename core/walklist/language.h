// Preferred-language columns hold codes ("es", "SPA") or names in English or
// in the language itself ("Spanish", "Español"). Canvassers need one form to
// pick a script translation, so everything becomes an ISO 639-1 code when we
// know it; an unknown value is kept, lower-cased, rather than lost.
#pragma once

#include <string>
#include <string_view>

namespace puerta {

std::string NormalizeLanguage(std::string_view value);

}  // namespace puerta
