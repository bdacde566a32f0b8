#include "crypto/pin.h"

#include <sodium.h>

#include "crypto/cipher.h"
#include "util/base64.h"

namespace puerta {
namespace {

constexpr std::string_view kMagic = "PLK1";
constexpr std::string_view kCheckText = "puerta pin check";
// Bound into the sealed check text; the name of the store entry it has always lived in.
constexpr std::string_view kAssociatedData = "puerta.lock";
constexpr std::size_t kSaltSize = crypto_pwhash_SALTBYTES;  // 16

void PutU32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
std::uint32_t GetU32(std::string_view in, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t(std::uint8_t(in[at + i])) << (8 * i);
  return v;
}

std::optional<SecretKey> Derive(std::string_view pin, const unsigned char* salt, PinCost cost) {
  SecretKey key;
  if (crypto_pwhash(key.data(), SecretKey::kSize, pin.data(), pin.size(), salt, cost.opslimit, cost.memlimit,
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    return std::nullopt;  // out of memory
  return key;
}

}  // namespace

Status CheckPinRules(std::string_view pin) {
  // 6 digits: a million PINs instead of ten thousand. A copied store still
  // allows offline guessing at Argon2id's pace; see the README.
  if (pin.size() < kMinPinDigits) return Status::Fail("Use at least 6 digits.");
  if (pin.size() > 12) return Status::Fail("Use at most 12 digits.");
  for (char c : pin)
    if (c < '0' || c > '9') return Status::Fail("Use digits only.");
  return Status::Ok();
}

std::optional<SecretKey> NewPinLock(std::string_view pin, std::string& lock_text, Status& status, PinCost cost) {
  if (status = CheckPinRules(pin); !status) return std::nullopt;
  if (!InitCrypto()) {
    status = Status::Fail("this device offers no secure randomness");
    return std::nullopt;
  }
  unsigned char salt[kSaltSize];
  randombytes_buf(salt, sizeof salt);
  auto key = Derive(pin, salt, cost);
  if (!key) {
    status = Status::Fail("not enough memory to protect the PIN");
    return std::nullopt;
  }
  std::string lock(kMagic);
  lock.append(reinterpret_cast<const char*>(salt), sizeof salt);
  PutU32(lock, cost.opslimit);
  PutU32(lock, cost.memlimit);
  lock += Cipher(key->Clone()).Seal(kCheckText, kAssociatedData);
  lock_text = Base64Encode(lock);
  status = Status::Ok();
  return key;
}

std::optional<SecretKey> OpenPinLock(std::string_view lock_text, std::string_view pin, Status& status) {
  const auto lock = Base64Decode(lock_text);
  constexpr std::size_t kHeader = 4 + kSaltSize + 8;
  if (!lock || lock->size() < kHeader + Cipher::kOverhead || lock->substr(0, 4) != kMagic) {
    status = Status::Fail("the PIN record on this device is damaged; wipe the device's data to start again");
    return std::nullopt;
  }
  PinCost cost{GetU32(*lock, 4 + kSaltSize), GetU32(*lock, 8 + kSaltSize)};
  if (cost.opslimit < crypto_pwhash_OPSLIMIT_MIN || cost.opslimit > 16 || cost.memlimit < (8u << 10) ||
      cost.memlimit > (256u << 20)) {
    status = Status::Fail("the PIN record on this device is damaged; wipe the device's data to start again");
    return std::nullopt;
  }
  if (!InitCrypto()) {
    status = Status::Fail("this device offers no secure randomness");
    return std::nullopt;
  }
  auto key = Derive(pin, reinterpret_cast<const unsigned char*>(lock->data() + 4), cost);
  if (!key) {
    status = Status::Fail("not enough memory to check the PIN");
    return std::nullopt;
  }
  if (Cipher(key->Clone()).Open(std::string_view(*lock).substr(kHeader), kAssociatedData) != kCheckText) {
    status = Status::Fail("Wrong PIN. Try again.");
    return std::nullopt;
  }
  status = Status::Ok();
  return key;
}

}  // namespace puerta
