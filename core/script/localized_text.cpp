#include "script/localized_text.h"

#include <array>

namespace puerta {

const std::string& Localize(const LocalizedText& text, std::string_view language, std::string_view fallback) {
  static const std::string kEmpty;
  for (std::string_view want : {language, fallback}) {
    const auto it = text.find(std::string(want));
    if (it != text.end() && !it->second.empty()) return it->second;
  }
  for (const auto& [lang, value] : text)
    if (!value.empty()) return value;
  return kEmpty;
}

std::span<const std::string_view> KnownPlaceholders() {
  static constexpr std::array<std::string_view, 6> kNames = {"first_name", "last_name", "called_name",
                                                             "canvasser", "organization", "campaign"};
  return kNames;
}

std::string ExpandPlaceholders(std::string_view text, const std::map<std::string, std::string>& values) {
  std::string out;
  out.reserve(text.size());
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t close = text[i] == '{' ? text.find('}', i) : std::string_view::npos;
    if (close == std::string_view::npos) {
      out += text[i++];
      continue;
    }
    const std::string name(text.substr(i + 1, close - i - 1));
    bool known = values.count(name) > 0;
    for (std::string_view k : KnownPlaceholders()) known = known || k == name;
    if (!known) {
      out += text[i++];
      continue;
    }
    const auto it = values.find(name);
    const std::string value = it == values.end() ? std::string() : it->second;
    const char next = close + 1 < text.size() ? text[close + 1] : '.';
    if (value.empty() && !out.empty() && out.back() == ' ' && std::string_view(" ,.!?").find(next) != std::string_view::npos) {
      out.pop_back();  // "Hi {first_name}!" with no name reads "Hi!", not "Hi !"
    }
    out += value;
    i = close + 1;
  }
  return out;
}

}  // namespace puerta
