// i18n/text_conventions: colons, name order and the name a greeting uses.
#include <doctest/doctest.h>

#include "i18n/text_conventions.h"

using namespace puerta;

TEST_CASE("a Chinese label takes a full-width colon; the other languages a colon and a space") {
  CHECK(LabelColon("zh") == "：");
  CHECK(LabelColon("ja") == "：");
  for (const char* lang : {"en", "es", "vi", "ko", "tl", ""}) CHECK(LabelColon(lang) == ": ");
  CHECK(SentenceGap("zh") == "。");
  for (const char* lang : {"en", "es", "vi", "ko", "tl", ""}) CHECK(SentenceGap(lang) == ". ");
}

TEST_CASE("names are written in the order their language writes them") {
  CHECK(PersonName("秀英", "王", "zh") == "王秀英");
  CHECK(PersonName("민준", "김", "ko") == "김민준");
  CHECK(PersonName("Văn An", "Nguyễn", "vi") == "Nguyễn Văn An");
  CHECK(PersonName("Min-jun", "Kim", "ko") == "Kim Min-jun");
  CHECK(PersonName("María", "Hernández", "es") == "María Hernández");
  CHECK(PersonName("Maria", "Santos", "tl") == "Maria Santos");
  CHECK(PersonName("John", "Smith", "") == "John Smith");
  // Hanzi or Hangul are family-first whatever language the walk list gave.
  CHECK(PersonName("秀英", "王", "") == "王秀英");
  CHECK(PersonName("민준", "김", "en") == "김민준");
  // One name missing: no stray space.
  CHECK(PersonName("", "Nguyễn", "vi") == "Nguyễn");
  CHECK(PersonName("Lupe", "", "es") == "Lupe");
}

TEST_CASE("a greeting uses the name a person is called by in the conversation's language") {
  CHECK(CalledName("Văn An", "Nguyễn", "vi", "vi") == "An");
  CHECK(CalledName("Văn An", "Nguyễn", "en", "vi") == "An");  // a Vietnamese name in any language
  CHECK(CalledName("Linh", "Nguyễn", "vi", "vi") == "Linh");
  CHECK(CalledName("秀英", "王", "zh", "zh") == "王秀英");
  CHECK(CalledName("민준", "김", "ko", "ko") == "김민준");
  CHECK(CalledName("민준", "김", "ko") == "김민준");            // Hangul says Korean
  CHECK(CalledName("Min-jun", "Kim", "ko", "ko") == "Kim Min-jun");
  CHECK(CalledName("Min-jun", "Kim", "en", "ko") == "Min-jun");
  CHECK(CalledName("María", "Hernández", "es", "es") == "María");
  CHECK(CalledName("Guadalupe", "Ramírez", "ko", "es") == "Guadalupe");  // not "Ramírez Guadalupe 님"
  CHECK(CalledName("Maria", "Santos", "tl", "tl") == "Maria");
  CHECK(CalledName("María José", "Ruiz", "vi", "es") == "María José");
  CHECK(CalledName("", "", "vi", "vi").empty());
}
