// SMS encoding and parts (core/texting/sms_segments.h), against the GSM 03.38
// tables character by character and the part boundaries phones use.
#include <doctest/doctest.h>

#include <string>

#include "texting/sms_segments.h"

using namespace puerta::texting;

namespace {

std::string Repeat(std::string_view piece, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += piece;
  return out;
}

bool IsGsm(std::string_view text) { return SmsSegments(text).encoding == SmsEncoding::kGsm7; }

}  // namespace

TEST_CASE("SMS: accented letters are GSM-7 exactly when the 03.38 basic table has them") {
  for (const char* letter : {"é", "ù", "ì", "ò", "Ç", "Ø", "å", "Å", "Ä", "Ö", "Ñ", "Ü", "ä", "ö", "ñ", "ü", "à", "É",
                             "ß", "Æ", "¿", "¡", "£", "¥", "§", "¤", "Δ", "Ω"}) {
    INFO(letter);
    CHECK(IsGsm(letter));
  }
  for (const char* letter : {"á", "í", "ó", "ú", "Á", "ç", "ê", "`", "ã", "õ", "ơ"}) {
    INFO(letter);
    CHECK_FALSE(IsGsm(letter));
  }
}

TEST_CASE("SMS: Spanish without á í ó ú stays GSM-7; one such letter makes the whole text UCS-2") {
  const SmsSize gsm = SmsSegments("Niño pequeño, ¿qué tal?");
  CHECK(gsm.encoding == SmsEncoding::kGsm7);
  CHECK(gsm.characters == 23);
  CHECK(gsm.segments == 1);

  const SmsSize ucs2 = SmsSegments("Hola, ¿cómo estás?");
  CHECK(ucs2.encoding == SmsEncoding::kUcs2);
  CHECK(ucs2.characters == 18);
  CHECK(ucs2.segments == 1);
}

TEST_CASE("SMS: extension characters cost two septets") {
  const SmsSize size = SmsSegments("{a} €5 [x]|~^\\");
  CHECK(size.encoding == SmsEncoding::kGsm7);
  // { a } sp € 5 sp [ x ] | ~ ^ backslash: 9 extension chars (18) + 5 basic.
  CHECK(size.characters == 23);
}

TEST_CASE("SMS: GSM-7 parts are 160 alone, 153 joined, and never split an escape pair") {
  CHECK(SmsSegments("").segments == 0);
  CHECK(SmsSegments(Repeat("a", 160)).segments == 1);
  CHECK(SmsSegments(Repeat("a", 161)).segments == 2);
  CHECK(SmsSegments(Repeat("a", 306)).segments == 2);
  CHECK(SmsSegments(Repeat("a", 307)).segments == 3);
  CHECK(SmsSegments(Repeat("a", 159) + "€").segments == 2);  // 161 septets
  // 306 septets would fit two parts of 153, but the € at septets 153-154
  // moves to the second part, which then overflows into a third.
  const SmsSize split = SmsSegments(Repeat("a", 152) + "€" + Repeat("a", 152));
  CHECK(split.characters == 306);
  CHECK(split.segments == 3);
}

TEST_CASE("SMS: Vietnamese, Chinese and Korean are UCS-2, counted in UTF-16 units") {
  const SmsSize vietnamese = SmsSegments("Xin chào, tôi là Lan");
  CHECK(vietnamese.encoding == SmsEncoding::kUcs2);
  CHECK(vietnamese.characters == 20);

  const SmsSize chinese = SmsSegments("你好，我是志愿者");
  CHECK(chinese.encoding == SmsEncoding::kUcs2);
  CHECK(chinese.characters == 8);
  CHECK(chinese.segments == 1);
  CHECK(SmsSegments(Repeat("你", 70)).segments == 1);
  CHECK(SmsSegments(Repeat("你", 71)).segments == 2);
  CHECK(SmsSegments(Repeat("你", 134)).segments == 2);
  CHECK(SmsSegments(Repeat("你", 135)).segments == 3);

  const SmsSize korean = SmsSegments("안녕하세요");
  CHECK(korean.encoding == SmsEncoding::kUcs2);
  CHECK(korean.characters == 5);
}

TEST_CASE("SMS: an emoji is two UTF-16 units and a part never splits it") {
  const SmsSize wave = SmsSegments("Hi 👋");
  CHECK(wave.encoding == SmsEncoding::kUcs2);
  CHECK(wave.characters == 5);
  const SmsSize split = SmsSegments(Repeat("你", 66) + "👋" + Repeat("你", 66));
  CHECK(split.characters == 134);
  CHECK(split.segments == 3);
}

TEST_CASE("SMS: bytes that are not UTF-8 count as replacement characters, in UCS-2") {
  const SmsSize size = SmsSegments("ab\xFF\xC3");
  CHECK(size.encoding == SmsEncoding::kUcs2);
  CHECK(size.characters == 4);
}
