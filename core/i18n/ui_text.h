// The interface's words in every language Puerta ships. Each entry is written
// for a volunteer on a doorstep: short, plain, no jargon.
#pragma once

#include <span>
#include <string_view>

namespace puerta {

enum class UiText {
  kTagline,
  kStart,
  kContinue,
  kDoorsInTurf,
  kPeople,
  kStartedTimes,
  kWalkList,
  kBack,
  kLanguage,
  kSavedOnDevice,
  kCount_,
};

struct UiLanguage {
  std::string_view code;         // "es"
  std::string_view native_name;  // "Español"
};

// en, es, zh, vi, ko, tl: the order the language picker shows.
std::span<const UiLanguage> UiLanguages();

// The text in `language`, or English when that language is unknown.
std::string_view Tr(UiText text, std::string_view language);

}  // namespace puerta
