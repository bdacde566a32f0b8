#include "native/desk/language_names.h"

#include <functional>

#include "i18n/desk_text.h"
#include "i18n/ui_text.h"

namespace puerta::desk {

std::string LanguageName(std::string_view code, std::string_view interface_language) {
  if (code.empty()) return std::string(Tr(DeskText::kLanguageNotGiven, interface_language));
  for (const UiLanguage& language : UiLanguages())
    if (language.code == code) return std::string(language.native_name);
  for (const UiLanguage& language : HeardLanguages())
    if (language.code == code) return std::string(language.native_name);
  return std::string(code);
}

ImU32 LanguageColor(std::string_view code) {
  // Distinct on a white map for the languages Puerta's communities speak
  // most (Okabe–Ito's colour-blind-safe set); others share a stable grey-blue.
  struct Pick {
    std::string_view code;
    ImU32 color;
  };
  static constexpr Pick kPicks[] = {
      {"en", IM_COL32(0x56, 0x56, 0x56, 255)}, {"es", IM_COL32(0xE6, 0x9F, 0x00, 255)},
      {"zh", IM_COL32(0xD5, 0x5E, 0x00, 255)}, {"vi", IM_COL32(0x00, 0x9E, 0x73, 255)},
      {"ko", IM_COL32(0x00, 0x72, 0xB2, 255)}, {"tl", IM_COL32(0xCC, 0x79, 0xA7, 255)},
      {"", IM_COL32(0xA8, 0xA8, 0xA8, 255)},
  };
  for (const Pick& p : kPicks)
    if (p.code == code) return p.color;
  return IM_COL32(0x6A, 0x7F, 0xA8, 255);
}

}  // namespace puerta::desk
