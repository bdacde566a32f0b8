#include "crypto/package_cipher.h"

#include <sodium.h>

#include <array>
#include <cstdint>

#include "crypto/secret_key.h"
#include "util/deflate.h"

namespace puerta {
namespace {

constexpr std::string_view kKeyCheckMessage = "puerta-turf-key-check";
constexpr std::size_t kCheckBytes = 16, kLengthAt = 20, kNonceAt = 28;
constexpr std::size_t kKeyTextChars = 43;  // 32 bytes, base64url, no padding
static_assert(kNonceAt + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES == kPackageHeaderBytes);

const unsigned char* U(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

std::array<unsigned char, kCheckBytes> KeyCheck(const SecretKey& key) {
  std::array<unsigned char, kCheckBytes> check{};
  crypto_generichash(check.data(), check.size(), U(kKeyCheckMessage), kKeyCheckMessage.size(), key.data(),
                     SecretKey::kSize);
  return check;
}

std::optional<SecretKey> ParseKey(std::string_view text) {
  if (text.size() != kKeyTextChars) return std::nullopt;
  SecretKey key;
  std::size_t written = 0;
  const char* end = nullptr;
  if (sodium_base642bin(key.data(), SecretKey::kSize, text.data(), text.size(), nullptr, &written, &end,
                        sodium_base64_VARIANT_URLSAFE_NO_PADDING) != 0 ||
      written != SecretKey::kSize || end != text.data() + text.size())
    return std::nullopt;
  return key;
}

std::optional<std::string> Refuse(PackageError& error, PackageError what, std::string* why, const char* text) {
  error = what;
  if (why) *why = text;
  return std::nullopt;
}

std::uint64_t ReadLength(std::string_view bytes, std::size_t at) {
  std::uint64_t length = 0;
  for (int i = 7; i >= 0; --i) length = (length << 8) | static_cast<unsigned char>(bytes[at + static_cast<std::size_t>(i)]);
  return length;
}

void WriteLength(std::string& bytes, std::size_t at, std::uint64_t length) {
  for (std::size_t i = 0; i < 8; ++i) bytes[at + i] = static_cast<char>((length >> (8 * i)) & 0xFF);
}

// The length of what follows the header, as the header says (little-endian).
std::uint64_t BodyLength(std::string_view bytes) { return ReadLength(bytes, kLengthAt); }

constexpr std::size_t kJsonLengthBytes = 8;  // version 2: before the zlib stream

// The JSON out of a version 2 body (authenticated already: only a faulty
// packager makes one that does not inflate, but it is still told, never crashed on).
std::optional<std::string> InflateBody(std::string_view body, PackageError& error, std::string* why) {
  if (body.size() < kJsonLengthBytes)
    return Refuse(error, PackageError::kDamaged, why, "this turf package's contents are damaged: no length");
  const std::uint64_t size = ReadLength(body, 0);
  if (size > kMaxPackageJsonBytes)
    return Refuse(error, PackageError::kDamaged, why,
                  "this turf package's contents are damaged: they would inflate beyond 32 MB");
  std::optional<std::string> json = Inflate(body.substr(kJsonLengthBytes), static_cast<std::size_t>(size));
  if (!json)
    return Refuse(error, PackageError::kDamaged, why,
                  "this turf package's contents are damaged: the compressed JSON does not inflate to its length");
  return json;
}

}  // namespace

EncryptedPackage EncryptPackage(std::string_view json) {
  std::string body(kJsonLengthBytes, '\0');
  WriteLength(body, 0, json.size());
  body += Deflate(json);
  return SealPackageEnvelope(kPackageEnvelopeVersion, body);
}

EncryptedPackage SealPackageEnvelope(char version, std::string_view plain) {
  InitCrypto();
  SecretKey key;
  crypto_aead_xchacha20poly1305_ietf_keygen(key.data());

  const std::uint64_t body = plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES;
  EncryptedPackage out;
  std::string& bytes = out.bytes;
  bytes.assign(kPackageHeaderBytes + body, '\0');
  bytes.replace(0, 3, kPackageMagic);
  bytes[3] = version;
  const auto check = KeyCheck(key);
  bytes.replace(4, kCheckBytes, reinterpret_cast<const char*>(check.data()), kCheckBytes);
  WriteLength(bytes, kLengthAt, body);
  auto* header = reinterpret_cast<unsigned char*>(bytes.data());
  randombytes_buf(header + kNonceAt, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(header + kPackageHeaderBytes, &written, U(plain), plain.size(), header,
                                             kPackageHeaderBytes, nullptr, header + kNonceAt, key.data());

  out.key_text.assign(sodium_base64_ENCODED_LEN(SecretKey::kSize, sodium_base64_VARIANT_URLSAFE_NO_PADDING), '\0');
  sodium_bin2base64(out.key_text.data(), out.key_text.size(), key.data(), SecretKey::kSize,
                    sodium_base64_VARIANT_URLSAFE_NO_PADDING);
  out.key_text.resize(kKeyTextChars);
  return out;
}

bool IsEncryptedPackage(std::string_view bytes) { return bytes.starts_with(kPackageMagic); }

PackageError CheckPackageKey(std::string_view bytes, std::string_view key_text, std::string* why) {
  InitCrypto();
  const auto refuse = [why](PackageError what, const char* text) {
    if (why) *why = text;
    return what;
  };
  // The version first, so a newer package says so whatever else changed.
  if (bytes.size() >= 4 && IsEncryptedPackage(bytes) && static_cast<unsigned char>(bytes[3]) > kPackageEnvelopeVersion)
    return refuse(PackageError::kNewerFormat,
                  "this turf package was made by a newer Puerta than this one: update Puerta to open it");
  if (key_text.empty())
    return refuse(PackageError::kMissingKey,
                  "this turf package is encrypted and no key was given: open the whole link, with its #k=... part");
  if (bytes.size() < kPackageHeaderBytes)
    return refuse(PackageError::kCutShort, "this turf package is cut short: its header is incomplete");
  if (!IsEncryptedPackage(bytes) || bytes[3] < kOldestPackageEnvelopeVersion)
    return refuse(PackageError::kDamaged, "this is not an encrypted turf package, or its header is damaged");
  const std::optional<SecretKey> key = ParseKey(key_text);
  if (!key || sodium_memcmp(KeyCheck(*key).data(), U(bytes) + 4, kCheckBytes) != 0)
    return refuse(PackageError::kWrongKey, "the link's key does not open this turf package");
  const std::uint64_t body = BodyLength(bytes);
  const std::uint64_t present = bytes.size() - kPackageHeaderBytes;
  if (present < body) return refuse(PackageError::kCutShort, "this turf package is cut short: an incomplete download");
  if (present > body || body < crypto_aead_xchacha20poly1305_ietf_ABYTES)
    return refuse(PackageError::kDamaged, "this turf package was changed after it was made");
  return PackageError::kNone;
}

std::optional<std::string> DecryptPackage(std::string_view bytes, std::string_view key_text, PackageError& error,
                                          std::string* why) {
  error = CheckPackageKey(bytes, key_text, why);
  if (error != PackageError::kNone) return std::nullopt;
  const std::optional<SecretKey> key = ParseKey(key_text);
  const std::uint64_t body = BodyLength(bytes);
  std::string plain(body - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(plain.data()), &written, nullptr,
                                                 U(bytes) + kPackageHeaderBytes, body, U(bytes), kPackageHeaderBytes,
                                                 U(bytes) + kNonceAt, key->data()) != 0)
    return Refuse(error, PackageError::kDamaged, why, "this turf package was changed after it was made");
  plain.resize(written);
  if (bytes[3] == '1') return plain;  // version 1: the JSON itself
  return InflateBody(plain, error, why);
}

}  // namespace puerta
