// A voter's preferred language as the desk shows it: by its own name
// ("ko": 한국어, "" : not given in the interface's language), and the one
// colour each language keeps on every map and chart of the desk.
#pragma once

#include <string>
#include <string_view>

#include "imgui.h"

namespace puerta::desk {

std::string LanguageName(std::string_view code, std::string_view interface_language);
ImU32 LanguageColor(std::string_view code);

}  // namespace puerta::desk
