// i18n/: every interface text exists, non-empty, in every language.
#include <doctest/doctest.h>

#include <cstring>
#include <string>

#include "i18n/ui_text.h"

using namespace puerta;

TEST_CASE("the table's rows are in enum order") {
  for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t) CHECK(TableRowOf(static_cast<UiText>(t)) == t);
}

TEST_CASE("every interface text is translated into every shipped language") {
  const auto languages = UiLanguages();
  REQUIRE(languages.size() >= 6);
  for (int t = 0; t < static_cast<int>(UiText::kCount_); ++t) {
    const std::string_view en = Tr(static_cast<UiText>(t), "en");
    const auto placeholders = [](std::string_view s) {
      std::size_t n = 0;
      for (std::size_t i = s.find("%u"); i != std::string_view::npos; i = s.find("%u", i + 1)) ++n;
      return n;
    };
    for (const auto& lang : languages) {
      INFO("text " << t << " in " << lang.code);
      const std::string_view text = Tr(static_cast<UiText>(t), lang.code);
      CHECK_FALSE(text.empty());
      // The same number of %u, and no other printf directive that could crash.
      CHECK(placeholders(text) == placeholders(en));
      for (std::size_t i = text.find('%'); i != std::string_view::npos; i = text.find('%', i + 1))
        CHECK((i + 1 < text.size() && text[i + 1] == 'u'));
    }
  }
}

TEST_CASE("an unknown language falls back to English") {
  CHECK(Tr(UiText::kStart, "xx") == "Start");
  CHECK(Tr(UiText::kStart, "es") == "Empezar");
}
