#include "crypto/package_cipher.h"

#include <sodium.h>

#include <array>
#include <cstdint>

#include "crypto/secret_key.h"

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

// The length of what follows the header, as the header says (little-endian).
std::uint64_t BodyLength(std::string_view bytes) {
  std::uint64_t body = 0;
  for (int i = 7; i >= 0; --i) body = (body << 8) | static_cast<unsigned char>(bytes[kLengthAt + i]);
  return body;
}

}  // namespace

EncryptedPackage EncryptPackage(std::string_view json) {
  InitCrypto();
  SecretKey key;
  crypto_aead_xchacha20poly1305_ietf_keygen(key.data());

  const std::uint64_t body = json.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES;
  EncryptedPackage out;
  std::string& bytes = out.bytes;
  bytes.assign(kPackageHeaderBytes + body, '\0');
  bytes.replace(0, 3, kPackageMagic);
  bytes[3] = kPackageEnvelopeVersion;
  const auto check = KeyCheck(key);
  bytes.replace(4, kCheckBytes, reinterpret_cast<const char*>(check.data()), kCheckBytes);
  for (int i = 0; i < 8; ++i) bytes[kLengthAt + i] = static_cast<char>((body >> (8 * i)) & 0xFF);
  auto* header = reinterpret_cast<unsigned char*>(bytes.data());
  randombytes_buf(header + kNonceAt, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(header + kPackageHeaderBytes, &written, U(json), json.size(), header,
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
  if (!IsEncryptedPackage(bytes) || bytes[3] != kPackageEnvelopeVersion)
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
  std::string json(body - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(json.data()), &written, nullptr,
                                                 U(bytes) + kPackageHeaderBytes, body, U(bytes), kPackageHeaderBytes,
                                                 U(bytes) + kNonceAt, key->data()) != 0)
    return Refuse(error, PackageError::kDamaged, why, "this turf package was changed after it was made");
  json.resize(written);
  return json;
}

}  // namespace puerta
