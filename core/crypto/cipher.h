// Cipher: authenticated encryption of stored records with XChaCha20-Poly1305
// (libsodium's crypto_aead_xchacha20poly1305_ietf). Each record gets a fresh
// random 24-byte nonce; the storage key name is bound in as associated data,
// so a record moved to another key fails to open instead of being misread.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "crypto/secret_key.h"

namespace puerta {

class Cipher {
 public:
  explicit Cipher(SecretKey key) : key_(std::move(key)) {}

  // nonce ‖ ciphertext ‖ 16-byte tag
  std::string Seal(std::string_view plaintext, std::string_view associated) const;
  // Nothing when the bytes were damaged, tampered with, sealed under another
  // key, or moved from another storage key.
  std::optional<std::string> Open(std::string_view sealed, std::string_view associated) const;

  static constexpr std::size_t kOverhead = 24 + 16;

 private:
  SecretKey key_;
};

}  // namespace puerta
