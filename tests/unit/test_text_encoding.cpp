// walklist/text_encoding: BOMs, UTF-16 both ways, Windows-1252, mixtures, binary.
#include <doctest/doctest.h>

#include "walklist/text_encoding.h"

using puerta::text::DecodeToUtf8;

TEST_CASE("text: UTF-8 with and without a BOM passes through") {
  CHECK(DecodeToUtf8("Mar\xC3\xAD" "a").utf8 == "Mar\xC3\xAD" "a");
  CHECK(DecodeToUtf8("Mar\xC3\xAD" "a").encoding == "UTF-8");
  const auto d = DecodeToUtf8("\xEF\xBB\xBFid");
  CHECK(d.utf8 == "id");
  CHECK(d.encoding == "UTF-8 with BOM");
  CHECK(d.note.empty());
}

TEST_CASE("text: UTF-16 LE and BE, with a BOM or without") {
  const std::string le("\xFF\xFEi\0d\0\xED\0", 8);
  CHECK(DecodeToUtf8(le).utf8 == "id\xC3\xAD");
  CHECK(DecodeToUtf8(le).encoding == "UTF-16LE");
  const std::string be("\xFE\xFF\0i\0d", 6);
  CHECK(DecodeToUtf8(be).utf8 == "id");
  const std::string be_plain("\0i\0d\0,\0x", 8);
  CHECK(DecodeToUtf8(be_plain).utf8 == "id,x");
  CHECK(DecodeToUtf8(be_plain).encoding == "UTF-16BE (no BOM)");
  // A surrogate pair (U+1F600) and a lone surrogate.
  const std::string pair("\xFF\xFE\x3D\xD8\x00\xDE", 6);
  CHECK(DecodeToUtf8(pair).utf8 == "\xF0\x9F\x98\x80");
  const std::string lone("\xFF\xFE\x3D\xD8x\0", 6);
  const auto d = DecodeToUtf8(lone);
  CHECK(d.utf8 == "\xEF\xBF\xBDx");
  CHECK_FALSE(d.note.empty());
}

TEST_CASE("text: Windows-1252 is detected, converted and reported") {
  const auto d = DecodeToUtf8("a\nPe\xF1" "a \x80 \x93q\x94");
  CHECK(d.utf8 == "a\nPe\xC3\xB1" "a \xE2\x82\xAC \xE2\x80\x9Cq\xE2\x80\x9D");
  CHECK(d.encoding == "Windows-1252");
  CHECK(d.note.find("line 2") != std::string::npos);
}

TEST_CASE("text: mixed UTF-8 and Windows-1252 lines keep both right") {
  const auto d = DecodeToUtf8("Jos\xC3\xA9\nRen\xE9" "e\n");
  CHECK(d.utf8 == "Jos\xC3\xA9\nRen\xC3\xA9" "e\n");
  CHECK(d.encoding == "mixed UTF-8 and Windows-1252");
  CHECK(d.note.find("line 2") != std::string::npos);
}

TEST_CASE("text: NUL bytes and control characters mark binary junk") {
  CHECK(DecodeToUtf8(std::string("\x7F" "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x03\0", 18)).binary);
  CHECK(DecodeToUtf8("abc\x01\x02").binary);
  CHECK_FALSE(DecodeToUtf8("a\tb\r\nc\f").binary);
  // One NUL in a data row is damage to report there, not a binary file.
  const std::string one_nul = "id,name\n1,An" + std::string(1, '\0') + "a\n2,Bo\n";
  CHECK_FALSE(DecodeToUtf8(one_nul).binary);
  CHECK(DecodeToUtf8(one_nul).control_bytes == 1);
  CHECK(DecodeToUtf8("id,na\x01me\n1,Ana\n").binary);  // in the header line
  std::string many = "id,name\n";
  for (int i = 0; i < 40; ++i) many += "1,A" + std::string(1, '\0') + "\n";
  CHECK(DecodeToUtf8(many).binary);  // more than one byte in 256
  CHECK(DecodeToUtf8(std::string("\xFF\xFE" "i\0d\0\n\0" "1\0\0\0\n\0", 14)).control_bytes == 1);  // UTF-16 too
}
