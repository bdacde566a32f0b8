#include "crypto/cipher.h"

#include <sodium.h>

namespace puerta {
namespace {
const unsigned char* U(std::string_view s) { return reinterpret_cast<const unsigned char*>(s.data()); }
}  // namespace

std::string Cipher::Seal(std::string_view plaintext, std::string_view associated) const {
  std::string out(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + plaintext.size() +
                      crypto_aead_xchacha20poly1305_ietf_ABYTES,
                  '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(out.data());
  randombytes_buf(nonce, crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  unsigned long long written = 0;
  crypto_aead_xchacha20poly1305_ietf_encrypt(nonce + crypto_aead_xchacha20poly1305_ietf_NPUBBYTES, &written,
                                             U(plaintext), plaintext.size(), U(associated), associated.size(),
                                             nullptr, nonce, key_.data());
  out.resize(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES + written);
  return out;
}

std::optional<std::string> Cipher::Open(std::string_view sealed, std::string_view associated) const {
  if (sealed.size() < kOverhead) return std::nullopt;
  const auto* nonce = U(sealed);
  std::string_view body = sealed.substr(crypto_aead_xchacha20poly1305_ietf_NPUBBYTES);
  std::string out(body.size() - crypto_aead_xchacha20poly1305_ietf_ABYTES, '\0');
  unsigned long long written = 0;
  if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char*>(out.data()), &written, nullptr,
                                                 U(body), body.size(), U(associated), associated.size(), nonce,
                                                 key_.data()) != 0)
    return std::nullopt;
  out.resize(written);
  return out;
}

}  // namespace puerta
