// crypto/package_cipher: the turf package as it travels (encrypted, the key in
// the link's fragment). Every way it can fail to open has its own reason.
#include <doctest/doctest.h>

#include "crypto/package_cipher.h"
#include "util/deflate.h"

using namespace puerta;

namespace {
const std::string kJson = R"({"format":"puerta-turf","walk_list":{"voters":"María Hernández, 101 Esperanza St, 408-555-0101"}})";

PackageError Why(std::string_view bytes, std::string_view key) {
  PackageError error = PackageError::kNone;
  std::string text;
  const auto opened = DecryptPackage(bytes, key, error, &text);
  CHECK_FALSE(opened.has_value());
  CHECK_FALSE(text.empty());
  return error;
}

// What a version 2 envelope holds: the JSON's length (8 bytes, little-endian), then the stream.
std::string Body(std::uint64_t length, std::string_view stream) {
  std::string body(8, '\0');
  for (std::size_t i = 0; i < 8; ++i) body[i] = static_cast<char>((length >> (8 * i)) & 0xFF);
  return body + std::string(stream);
}

// A turf-like JSON with as much repetition as a real walk list.
std::string ManyHouseholds(int count) {
  std::string json = R"({"format":"puerta-turf","walk_list":{"households":[)";
  for (int i = 0; i < count; ++i)
    json += R"({"id":"h)" + std::to_string(i) + R"(","address":{"display":")" + std::to_string(100 + i) +
            R"( Esperanza St, San Miguel"},"voters":[{"id":"SM-)" + std::to_string(7000 + i * 13) +
            R"(","first_name":"María","last_name":"Hernández","preferred_language":"es"}]},)";
  json.back() = ']';
  return json + "}}";
}
}  // namespace

TEST_CASE("an encrypted package opens with its link's key and shows nothing of the people in it") {
  const EncryptedPackage p = EncryptPackage(kJson);
  CHECK(p.bytes.starts_with("PTK2"));
  CHECK(p.bytes.find("Hern") == std::string::npos);
  CHECK(p.bytes.find("Esperanza") == std::string::npos);
  CHECK(p.bytes.find("puerta-turf") == std::string::npos);
  CHECK(IsEncryptedPackage(p.bytes));
  CHECK_FALSE(IsEncryptedPackage(kJson));
  CHECK(p.key_text.size() == 43);
  CHECK(p.key_text.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") ==
        std::string::npos);  // base64url: nothing to escape in a URL

  PackageError error = PackageError::kCutShort;
  const auto opened = DecryptPackage(p.bytes, p.key_text, error);
  REQUIRE(opened.has_value());
  CHECK(*opened == kJson);
  CHECK(error == PackageError::kNone);

  const EncryptedPackage again = EncryptPackage(kJson);  // a fresh key and nonce every time
  CHECK(again.key_text != p.key_text);
  CHECK(again.bytes != p.bytes);
}

TEST_CASE("an empty package round-trips too") {
  const EncryptedPackage p = EncryptPackage("");
  PackageError error = PackageError::kNone;
  CHECK(DecryptPackage(p.bytes, p.key_text, error) == std::string());
}

TEST_CASE("no key, another package's key, a key cut short: each says which") {
  const EncryptedPackage p = EncryptPackage(kJson);
  CHECK(Why(p.bytes, "") == PackageError::kMissingKey);
  CHECK(Why(p.bytes, EncryptPackage(kJson).key_text) == PackageError::kWrongKey);
  CHECK(Why(p.bytes, p.key_text.substr(0, 40)) == PackageError::kWrongKey);  // a link cut short by a messaging app
  CHECK(Why(p.bytes, p.key_text + "A") == PackageError::kWrongKey);
  std::string not_base64 = p.key_text;
  not_base64[5] = '+';
  CHECK(Why(p.bytes, not_base64) == PackageError::kWrongKey);
}

TEST_CASE("a download cut short is told from a file changed after packaging") {
  const EncryptedPackage p = EncryptPackage(kJson);
  for (std::size_t size : {std::size_t{0}, std::size_t{3}, std::size_t{30}, kPackageHeaderBytes,
                           p.bytes.size() - 1, p.bytes.size() / 2})
    CHECK_MESSAGE(Why(p.bytes.substr(0, size), p.key_text) == PackageError::kCutShort, size);

  // The ciphertext, its tag, the nonce (28..51), the length (20..27) made smaller.
  for (std::size_t at : {kPackageHeaderBytes, p.bytes.size() / 2, p.bytes.size() - 1, std::size_t{30}}) {
    std::string tampered = p.bytes;
    tampered[at] = static_cast<char>(tampered[at] ^ 0x01);
    CHECK_MESSAGE(Why(tampered, p.key_text) == PackageError::kDamaged, at);
  }
  std::string shorter = p.bytes;
  shorter[20] = static_cast<char>(shorter[20] - 1);
  CHECK(Why(shorter, p.key_text) == PackageError::kDamaged);
  CHECK(Why(p.bytes + "x", p.key_text) == PackageError::kDamaged);  // bytes added after the end
  std::string old_version = p.bytes;
  old_version[3] = '0';  // older than the oldest envelope
  CHECK(Why(old_version, p.key_text) == PackageError::kDamaged);
}

TEST_CASE("a package from a newer format says so, before anything else is checked") {
  std::string newer = EncryptPackage(kJson).bytes;
  newer[3] = '3';
  CHECK(Why(newer, "") == PackageError::kNewerFormat);
  CHECK(Why(newer.substr(0, 4), "whatever") == PackageError::kNewerFormat);
}

TEST_CASE("the key check tells a package's own key from another, from the header alone") {
  const EncryptedPackage p = EncryptPackage(kJson);
  CHECK(CheckPackageKey(p.bytes, p.key_text) == PackageError::kNone);
  CHECK(CheckPackageKey(p.bytes, EncryptPackage(kJson).key_text) == PackageError::kWrongKey);
  CHECK(CheckPackageKey(p.bytes, "") == PackageError::kMissingKey);
  CHECK(CheckPackageKey(p.bytes.substr(0, p.bytes.size() - 1), p.key_text) == PackageError::kCutShort);
  // Nothing is decrypted: a changed ciphertext passes the key check, and only
  // opening the package finds it.
  std::string tampered = p.bytes;
  tampered[kPackageHeaderBytes] = static_cast<char>(tampered[kPackageHeaderBytes] ^ 0x01);
  CHECK(CheckPackageKey(tampered, p.key_text) == PackageError::kNone);
  CHECK(Why(tampered, p.key_text) == PackageError::kDamaged);
}

TEST_CASE("the JSON is compressed before it is encrypted: a walk list travels at a fraction of its size") {
  const std::string json = ManyHouseholds(500);
  const EncryptedPackage p = EncryptPackage(json);
  INFO("json ", json.size(), " bytes, package ", p.bytes.size());
  CHECK(p.bytes.size() * 4 < json.size());
  CHECK(p.bytes.find("Esperanza") == std::string::npos);
  PackageError error = PackageError::kCutShort;
  CHECK(DecryptPackage(p.bytes, p.key_text, error) == json);
  CHECK(error == PackageError::kNone);
  // Cut short or changed, the compressed package is refused as the plain one was.
  CHECK(Why(p.bytes.substr(0, p.bytes.size() - 100), p.key_text) == PackageError::kCutShort);
  std::string tampered = p.bytes;
  tampered[p.bytes.size() / 2] = static_cast<char>(tampered[p.bytes.size() / 2] ^ 0x40);
  CHECK(Why(tampered, p.key_text) == PackageError::kDamaged);
}

TEST_CASE("a version 1 package (the JSON encrypted as it is) still opens") {
  const EncryptedPackage old = SealPackageEnvelope('1', kJson);
  CHECK(old.bytes.starts_with("PTK1"));
  CHECK(old.bytes.size() == kPackageHeaderBytes + kJson.size() + 16);
  PackageError error = PackageError::kCutShort;
  CHECK(DecryptPackage(old.bytes, old.key_text, error) == kJson);
  CHECK(error == PackageError::kNone);
  CHECK(CheckPackageKey(old.bytes, old.key_text) == PackageError::kNone);
}

TEST_CASE("a compressed body that does not inflate to its stated length is refused with the reason") {
  const std::string stream = Deflate(kJson);
  struct Case {
    const char* what;
    std::string body;
  };
  const Case cases[] = {
      {"no length", "1234567"},
      {"no stream", Body(kJson.size(), "")},
      {"stream cut short", Body(kJson.size(), stream.substr(0, stream.size() / 2))},
      {"not a zlib stream", Body(kJson.size(), "this is not deflate")},
      {"longer than it says", Body(kJson.size() - 1, stream)},
      {"shorter than it says", Body(kJson.size() + 1, stream)},
      {"beyond 32 MB", Body(kMaxPackageJsonBytes + 1, stream)},
      {"a length of 2^64-1", Body(~std::uint64_t{0}, stream)},
  };
  for (const Case& c : cases) {
    const std::string what = c.what;
    INFO(what);
    const EncryptedPackage p = SealPackageEnvelope(kPackageEnvelopeVersion, c.body);
    PackageError error = PackageError::kNone;
    std::string why;
    CHECK_FALSE(DecryptPackage(p.bytes, p.key_text, error, &why).has_value());
    CHECK(error == PackageError::kDamaged);
    CHECK(why.find("contents are damaged") != std::string::npos);
  }
  // The same stream with its true length opens: the cases above fail for what they change.
  const EncryptedPackage good = SealPackageEnvelope(kPackageEnvelopeVersion, Body(kJson.size(), stream));
  PackageError error = PackageError::kNone;
  CHECK(DecryptPackage(good.bytes, good.key_text, error) == kJson);
}
