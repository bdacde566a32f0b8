// i18n/: every interface text exists, non-empty, in every language.
#include <doctest/doctest.h>

#include "i18n/ui_text.h"

using namespace puerta;

TEST_CASE("every interface text is translated into every shipped language") {
  const auto languages = UiLanguages();
  REQUIRE(languages.size() >= 6);
  for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t) {
    for (const auto& lang : languages) {
      INFO("text " << t << " in " << lang.code);
      CHECK_FALSE(Tr(static_cast<UiText>(t), lang.code).empty());
      if (lang.code != "en") CHECK(Tr(static_cast<UiText>(t), lang.code) != Tr(static_cast<UiText>(t), "en"));
    }
  }
}

TEST_CASE("an unknown language falls back to English") {
  CHECK(Tr(UiText::kStart, "xx") == "Start");
  CHECK(Tr(UiText::kStart, "es") == "Empezar");
}
