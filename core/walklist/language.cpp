#include "walklist/language.h"

#include <array>
#include <cctype>
#include <unordered_map>

namespace puerta {
namespace {

struct Language {
  std::string_view code;
  std::array<std::string_view, 5> names;  // lower case; ISO 639-2 code, English and native names
};

constexpr std::array<Language, 22> kLanguages = {{
    {"en", {"eng", "english"}},
    {"es", {"spa", "spanish", "español", "espanol", "castellano"}},
    {"zh", {"zho", "chi", "chinese", "mandarin", "cantonese"}},
    {"vi", {"vie", "vietnamese", "tiếng việt", "tieng viet"}},
    {"ko", {"kor", "korean", "한국어"}},
    {"tl", {"tgl", "tagalog", "filipino", "fil"}},
    {"fr", {"fra", "fre", "french", "français", "francais"}},
    {"ht", {"hat", "haitian creole", "kreyòl", "creole", "haitian"}},
    {"pt", {"por", "portuguese", "português", "portugues"}},
    {"ru", {"rus", "russian", "русский"}},
    {"ar", {"ara", "arabic", "العربية"}},
    {"hi", {"hin", "hindi"}},
    {"bn", {"ben", "bengali", "bangla"}},
    {"ja", {"jpn", "japanese", "日本語"}},
    {"de", {"deu", "ger", "german", "deutsch"}},
    {"it", {"ita", "italian", "italiano"}},
    {"pl", {"pol", "polish", "polski"}},
    {"so", {"som", "somali"}},
    {"am", {"amh", "amharic"}},
    {"hmn", {"hmong"}},
    {"km", {"khm", "khmer", "cambodian"}},
    {"fa", {"fas", "per", "persian", "farsi"}},
}};

// Every code and name to its code, the first language listed winning: this
// runs once per row, and a scan of the table was a twentieth of an import.
const std::unordered_map<std::string_view, std::string_view>& CodeOf() {
  static const std::unordered_map<std::string_view, std::string_view> codes = [] {
    std::unordered_map<std::string_view, std::string_view> map;
    for (const Language& l : kLanguages) {
      map.emplace(l.code, l.code);
      for (std::string_view name : l.names)
        if (!name.empty()) map.emplace(name, l.code);
    }
    return map;
  }();
  return codes;
}

}  // namespace

std::string NormalizeLanguage(std::string_view value) {
  if (value.empty()) return {};
  std::string v;
  for (char c : value) v += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  while (!v.empty() && v.back() == ' ') v.pop_back();
  while (!v.empty() && v.front() == ' ') v.erase(0, 1);
  // "es-MX", "zh_TW": the region does not change the script we show.
  if (v.size() > 2 && (v[2] == '-' || v[2] == '_')) v.resize(2);
  const auto& codes = CodeOf();
  if (const auto it = codes.find(v); it != codes.end()) return std::string(it->second);
  return v;
}

}  // namespace puerta
