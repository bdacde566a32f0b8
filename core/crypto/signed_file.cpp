#include "crypto/signed_file.h"

#include <sodium.h>

#include <algorithm>

#include "crypto/secret_key.h"

namespace puerta {
namespace {

constexpr std::string_view kMagic = "PSG1";
constexpr std::size_t kHeader = 4 + crypto_sign_PUBLICKEYBYTES + crypto_sign_BYTES;
static_assert(DeviceKey::kPublicSize == crypto_sign_PUBLICKEYBYTES);
static_assert(DeviceKey::kSecretSize == crypto_sign_SECRETKEYBYTES);

const unsigned char* U(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }

// What the signature covers: magic ‖ public key ‖ payload.
std::string SignedBytes(std::string_view public_key, std::string_view payload) {
  std::string message;
  message.reserve(kMagic.size() + public_key.size() + payload.size());
  message.append(kMagic).append(public_key).append(payload);
  return message;
}

}  // namespace

DeviceKey::DeviceKey() = default;
DeviceKey::~DeviceKey() { sodium_memzero(secret_.data(), secret_.size()); }
DeviceKey::DeviceKey(DeviceKey&& other) noexcept : secret_(other.secret_) {
  sodium_memzero(other.secret_.data(), other.secret_.size());
}
DeviceKey& DeviceKey::operator=(DeviceKey&& other) noexcept {
  if (this != &other) {
    secret_ = other.secret_;
    sodium_memzero(other.secret_.data(), other.secret_.size());
  }
  return *this;
}

DeviceKey DeviceKey::Generate() {
  InitCrypto();
  DeviceKey key;
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  crypto_sign_keypair(pk, key.secret_.data());
  return key;
}

std::string DeviceKey::ToStored() const { return {reinterpret_cast<const char*>(secret_.data()), secret_.size()}; }

std::optional<DeviceKey> DeviceKey::FromStored(std::string_view bytes) {
  if (bytes.size() != kSecretSize) return std::nullopt;
  InitCrypto();
  DeviceKey key;
  std::copy(bytes.begin(), bytes.end(), reinterpret_cast<char*>(key.secret_.data()));
  // The public half must be the one the secret half derives.
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  crypto_sign_ed25519_sk_to_pk(pk, key.secret_.data());
  unsigned char seed[crypto_sign_SEEDBYTES], again_pk[crypto_sign_PUBLICKEYBYTES], again_sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_ed25519_sk_to_seed(seed, key.secret_.data());
  crypto_sign_seed_keypair(again_pk, again_sk, seed);
  const bool sound = sodium_memcmp(pk, again_pk, sizeof pk) == 0;
  sodium_memzero(seed, sizeof seed);
  sodium_memzero(again_sk, sizeof again_sk);
  if (!sound) return std::nullopt;
  return key;
}

std::string DeviceKey::public_key() const {
  unsigned char pk[crypto_sign_PUBLICKEYBYTES];
  crypto_sign_ed25519_sk_to_pk(pk, secret_.data());
  return {reinterpret_cast<const char*>(pk), sizeof pk};
}

std::string DeviceKey::device_id() const { return DeviceIdOf(public_key()); }

std::string DeviceKey::Sign(std::string_view payload) const {
  InitCrypto();
  const std::string pk = public_key();
  const std::string message = SignedBytes(pk, payload);
  unsigned char signature[crypto_sign_BYTES];
  crypto_sign_detached(signature, nullptr, U(message), message.size(), secret_.data());
  std::string out;
  out.reserve(kHeader + payload.size());
  out.append(kMagic).append(pk).append(reinterpret_cast<const char*>(signature), sizeof signature).append(payload);
  return out;
}

std::string DeviceIdOf(std::string_view public_key) {
  constexpr char kHex[] = "0123456789abcdef";
  std::string id;
  for (std::size_t i = 0; i < 8 && i < public_key.size(); ++i) {
    const auto b = static_cast<unsigned char>(public_key[i]);
    id += kHex[b >> 4];
    id += kHex[b & 15];
  }
  return id;
}

bool IsSignedFile(std::string_view bytes) { return bytes.starts_with(kMagic); }

std::optional<VerifiedFile> VerifySignedFile(std::string_view file, Status& status) {
  InitCrypto();
  if (!IsSignedFile(file)) {
    status = Status::Fail("this file is not signed by a phone (no Puerta signature)");
    return std::nullopt;
  }
  if (file.size() < kHeader) {
    status = Status::Fail("the signed file is truncated (its signature is cut off)");
    return std::nullopt;
  }
  const std::string_view pk = file.substr(kMagic.size(), crypto_sign_PUBLICKEYBYTES);
  const std::string_view signature = file.substr(kMagic.size() + crypto_sign_PUBLICKEYBYTES, crypto_sign_BYTES);
  const std::string_view payload = file.substr(kHeader);
  const std::string message = SignedBytes(pk, payload);
  if (crypto_sign_verify_detached(U(signature), U(message), message.size(), U(pk)) != 0) {
    status = Status::Fail("the signature does not match: the file was changed after the phone signed it, "
                         "or it was not signed by the device it names");
    return std::nullopt;
  }
  status = Status::Ok();
  return VerifiedFile{std::string(payload), std::string(pk), DeviceIdOf(pk)};
}

}  // namespace puerta
