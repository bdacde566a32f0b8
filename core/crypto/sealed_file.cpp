#include "crypto/sealed_file.h"

#include <sodium.h>

#include "crypto/secret_key.h"
#include "util/base64.h"

namespace puerta {
namespace {

constexpr std::string_view kMagic = "PUERTA-SEALED-1\n";
constexpr std::string_view kPublicPrefix = "puerta-organizer-public-key:";
constexpr std::string_view kSecretPrefix = "puerta-organizer-secret-key:";

std::string_view TrimLine(std::string_view s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' ')) s.remove_suffix(1);
  while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
  return s;
}

}  // namespace

OrganizerKeyPair NewOrganizerKeyPair() {
  InitCrypto();
  unsigned char pk[crypto_box_PUBLICKEYBYTES], sk[crypto_box_SECRETKEYBYTES];
  crypto_box_keypair(pk, sk);
  const std::string pub(reinterpret_cast<char*>(pk), sizeof pk);
  std::string both = pub + std::string(reinterpret_cast<char*>(sk), sizeof sk);
  OrganizerKeyPair pair{std::string(kPublicPrefix) + Base64Encode(pub), std::string(kSecretPrefix) + Base64Encode(both)};
  sodium_memzero(sk, sizeof sk);
  sodium_memzero(both.data(), both.size());
  return pair;
}

std::optional<std::string> ParseOrganizerPublicKey(std::string_view text, Status& status) {
  text = TrimLine(text);
  if (!text.starts_with(kPublicPrefix)) {
    status = Status::Fail("not an organizer public key (it should start with \"puerta-organizer-public-key:\")");
    return std::nullopt;
  }
  auto bytes = Base64Decode(text.substr(kPublicPrefix.size()));
  if (!bytes || bytes->size() != crypto_box_PUBLICKEYBYTES) {
    status = Status::Fail("the organizer public key is damaged (wrong length or characters)");
    return std::nullopt;
  }
  status = Status::Ok();
  return bytes;
}

bool IsSealedFile(std::string_view bytes) { return bytes.starts_with(kMagic); }

std::string SealFile(std::string_view contents, const std::string& public_key_bytes) {
  InitCrypto();
  std::string out(kMagic);
  const std::size_t start = out.size();
  out.resize(start + crypto_box_SEALBYTES + contents.size());
  crypto_box_seal(reinterpret_cast<unsigned char*>(out.data() + start),
                  reinterpret_cast<const unsigned char*>(contents.data()), contents.size(),
                  reinterpret_cast<const unsigned char*>(public_key_bytes.data()));
  return out;
}

std::optional<std::string> OpenSealedFile(std::string_view file, std::string_view secret_key_text, Status& status) {
  InitCrypto();
  if (!IsSealedFile(file)) {
    status = Status::Fail("this is not a sealed Puerta file");
    return std::nullopt;
  }
  secret_key_text = TrimLine(secret_key_text);
  if (!secret_key_text.starts_with(kSecretPrefix)) {
    status = Status::Fail("not an organizer secret key (it should start with \"puerta-organizer-secret-key:\")");
    return std::nullopt;
  }
  auto both = Base64Decode(secret_key_text.substr(kSecretPrefix.size()));
  if (!both || both->size() != crypto_box_PUBLICKEYBYTES + crypto_box_SECRETKEYBYTES) {
    status = Status::Fail("the organizer secret key is damaged (wrong length or characters)");
    return std::nullopt;
  }
  const std::string_view body = file.substr(kMagic.size());
  if (body.size() < crypto_box_SEALBYTES) {
    status = Status::Fail("the sealed file is truncated");
    return std::nullopt;
  }
  std::string out(body.size() - crypto_box_SEALBYTES, '\0');
  const auto* keys = reinterpret_cast<const unsigned char*>(both->data());
  const int failed = crypto_box_seal_open(reinterpret_cast<unsigned char*>(out.data()),
                                          reinterpret_cast<const unsigned char*>(body.data()), body.size(), keys,
                                          keys + crypto_box_PUBLICKEYBYTES);
  sodium_memzero(both->data(), both->size());
  if (failed) {
    status = Status::Fail("this file was sealed to a different organizer key, or it was damaged in transit");
    return std::nullopt;
  }
  status = Status::Ok();
  return out;
}

}  // namespace puerta
