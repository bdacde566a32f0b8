// util/: base64 and CRC-32.
#include <doctest/doctest.h>

#include <random>

#include "util/base64.h"
#include "util/crc32.h"

using namespace puerta;

TEST_CASE("base64 matches RFC 4648 test vectors") {
  CHECK(Base64Encode("") == "");
  CHECK(Base64Encode("f") == "Zg==");
  CHECK(Base64Encode("fo") == "Zm8=");
  CHECK(Base64Encode("foo") == "Zm9v");
  CHECK(Base64Encode("foob") == "Zm9vYg==");
  CHECK(Base64Encode("fooba") == "Zm9vYmE=");
  CHECK(Base64Encode("foobar") == "Zm9vYmFy");
  CHECK(Base64Decode("Zm9vYmE=").value() == "fooba");
}

TEST_CASE("base64 round-trips random bytes") {
  std::mt19937 rng(7);
  for (int n = 0; n < 200; ++n) {
    std::string bytes(static_cast<std::size_t>(n), '\0');
    for (auto& b : bytes) b = static_cast<char>(rng());
    CHECK(Base64Decode(Base64Encode(bytes)).value() == bytes);
  }
}

TEST_CASE("base64 rejects malformed text") {
  CHECK_FALSE(Base64Decode("Zm9").has_value());       // length not a multiple of 4
  CHECK_FALSE(Base64Decode("Zm9*").has_value());      // not in the alphabet
  CHECK_FALSE(Base64Decode("Zg==Zg==").has_value());  // padding in the middle
  CHECK_FALSE(Base64Decode("Z===").has_value());      // too much padding
}

TEST_CASE("crc32 matches the standard check value") {
  CHECK(Crc32("123456789") == 0xCBF43926u);
  CHECK(Crc32("") == 0u);
  CHECK(Crc32("world", Crc32("hello ")) == Crc32("hello world"));
}
