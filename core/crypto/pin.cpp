#include "crypto/pin.h"

#include <algorithm>

#include <sodium.h>

#include "crypto/cipher.h"
#include "util/base64.h"

namespace puerta {
namespace {

constexpr std::string_view kMagicV1 = "PLK1";
constexpr std::string_view kMagic = "PLK2";
constexpr std::string_view kCheckText = "puerta pin check";  // PLK1's sealed known text
// Bound into what the lock seals; the name of the store entry it has always lived in.
constexpr std::string_view kAssociatedData = "puerta.lock";
constexpr std::string_view kKekLabel = "puerta pin+device key v2";
constexpr std::string_view kCheckLabel = "puerta device check v2";
constexpr std::size_t kSaltSize = crypto_pwhash_SALTBYTES;  // 16
constexpr std::size_t kCheckSize = 16;
constexpr std::uint8_t kBoundFlag = 1;
// PLK1: magic, salt, costs. PLK2: magic, flags, salt, costs, device check.
constexpr std::size_t kHeaderV1 = 4 + kSaltSize + 8;
constexpr std::size_t kHeader = 4 + 1 + kSaltSize + 8 + kCheckSize;

void PutU32(std::string& out, std::uint32_t v) {
  for (int i = 0; i < 4; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
std::uint32_t GetU32(std::string_view in, std::size_t at) {
  std::uint32_t v = 0;
  for (int i = 0; i < 4; ++i) v |= std::uint32_t(std::uint8_t(in[at + i])) << (8 * i);
  return v;
}
const unsigned char* Bytes(std::string_view s, std::size_t at = 0) {
  return reinterpret_cast<const unsigned char*>(s.data() + at);
}

std::optional<SecretKey> Derive(std::string_view pin, const unsigned char* salt, PinCost cost) {
  SecretKey key;
  if (crypto_pwhash(key.data(), SecretKey::kSize, pin.data(), pin.size(), salt, cost.opslimit, cost.memlimit,
                    crypto_pwhash_ALG_ARGON2ID13) != 0)
    return std::nullopt;  // out of memory
  return key;
}

// BLAKE2b of label ‖ message, keyed with the device secret when there is one.
void KeyedHash(unsigned char* out, std::size_t out_size, std::string_view label, const unsigned char* message,
               std::size_t message_size, const SecretKey* device) {
  crypto_generichash_state state;
  crypto_generichash_init(&state, device ? device->data() : nullptr, device ? SecretKey::kSize : 0, out_size);
  crypto_generichash_update(&state, Bytes(label), label.size());
  crypto_generichash_update(&state, message, message_size);
  crypto_generichash_final(&state, out, out_size);
}

SecretKey KeyEncryptionKey(const SecretKey& pin_key, const SecretKey* device) {
  SecretKey kek;
  KeyedHash(kek.data(), SecretKey::kSize, kKekLabel, pin_key.data(), SecretKey::kSize, device);
  return kek;
}

std::string DeviceCheck(const unsigned char* salt, const SecretKey* device) {
  std::string check(kCheckSize, '\0');
  if (device) KeyedHash(reinterpret_cast<unsigned char*>(check.data()), kCheckSize, kCheckLabel, salt, kSaltSize, device);
  return check;
}

bool CostIsSane(PinCost cost) {
  return cost.opslimit >= crypto_pwhash_OPSLIMIT_MIN && cost.opslimit <= 16 && cost.memlimit >= (8u << 10) &&
         cost.memlimit <= (256u << 20);
}

std::optional<OpenedPinLock> Fail(Status& status, std::string_view message) {
  status = Status::Fail(std::string(message));
  return std::nullopt;
}

constexpr std::string_view kDamaged = "the PIN record on this device is damaged; wipe the device's data to start again";

// Format 3 before device binding: the Argon2id key is the data key.
std::optional<OpenedPinLock> OpenV1(std::string_view lock, std::string_view pin, Status& status) {
  const PinCost cost{GetU32(lock, 4 + kSaltSize), GetU32(lock, 8 + kSaltSize)};
  if (lock.size() < kHeaderV1 + Cipher::kOverhead || !CostIsSane(cost)) return Fail(status, kDamaged);
  auto key = Derive(pin, Bytes(lock, 4), cost);
  if (!key) return Fail(status, "not enough memory to check the PIN");
  if (Cipher(key->Clone()).Open(lock.substr(kHeaderV1), kAssociatedData) != kCheckText) return Fail(status, kWrongPinMessage);
  status = Status::Ok();
  return OpenedPinLock{std::move(*key), cost, false};
}

}  // namespace

Status CheckPinRules(std::string_view pin) {
  // 6 digits: a million PINs instead of ten thousand. Offline guessing needs
  // the device's secret as well (see the file comment and the README).
  if (pin.size() < kMinPinDigits) return Status::Fail("Use at least 6 digits.");
  if (pin.size() > 12) return Status::Fail("Use at most 12 digits.");
  for (char c : pin)
    if (c < '0' || c > '9') return Status::Fail("Use digits only.");
  return Status::Ok();
}

std::optional<std::string> WrapDataKey(std::string_view pin, const SecretKey& data_key, const SecretKey* device,
                                       Status& status, PinCost cost) {
  if (!InitCrypto()) {
    status = Status::Fail("this device offers no secure randomness");
    return std::nullopt;
  }
  unsigned char salt[kSaltSize];
  randombytes_buf(salt, sizeof salt);
  auto pin_key = Derive(pin, salt, cost);
  if (!pin_key) {
    status = Status::Fail("not enough memory to protect the PIN");
    return std::nullopt;
  }
  std::string lock(kMagic);
  lock += static_cast<char>(device ? kBoundFlag : 0);
  lock.append(reinterpret_cast<const char*>(salt), sizeof salt);
  PutU32(lock, cost.opslimit);
  PutU32(lock, cost.memlimit);
  lock += DeviceCheck(salt, device);
  const std::string_view key_bytes(reinterpret_cast<const char*>(data_key.data()), SecretKey::kSize);
  lock += Cipher(KeyEncryptionKey(*pin_key, device)).Seal(key_bytes, kAssociatedData);
  status = Status::Ok();
  return Base64Encode(lock);
}

std::optional<SecretKey> NewPinLock(std::string_view pin, const SecretKey* device, std::string& lock_text,
                                    Status& status, PinCost cost) {
  if (status = CheckPinRules(pin); !status) return std::nullopt;
  if (!InitCrypto()) {
    status = Status::Fail("this device offers no secure randomness");
    return std::nullopt;
  }
  SecretKey data_key;
  randombytes_buf(data_key.data(), SecretKey::kSize);
  auto lock = WrapDataKey(pin, data_key, device, status, cost);
  if (!lock) return std::nullopt;
  lock_text = std::move(*lock);
  return data_key;
}

std::optional<OpenedPinLock> OpenPinLock(std::string_view lock_text, std::string_view pin, const SecretKey* device,
                                         Status& status) {
  const auto decoded = Base64Decode(lock_text);
  if (!decoded || decoded->size() < kHeaderV1) return Fail(status, kDamaged);
  const std::string_view lock(*decoded);
  if (!InitCrypto()) return Fail(status, "this device offers no secure randomness");
  if (lock.substr(0, 4) == kMagicV1) return OpenV1(lock, pin, status);
  if (lock.substr(0, 4) != kMagic || lock.size() != kHeader + SecretKey::kSize + Cipher::kOverhead)
    return Fail(status, kDamaged);
  const bool bound = (std::uint8_t(lock[4]) & kBoundFlag) != 0;
  const unsigned char* salt = Bytes(lock, 5);
  const PinCost cost{GetU32(lock, 5 + kSaltSize), GetU32(lock, 9 + kSaltSize)};
  if (!CostIsSane(cost)) return Fail(status, kDamaged);
  if (bound && !device) return Fail(status, kNoDeviceSecretMessage);
  const SecretKey* used = bound ? device : nullptr;
  const std::string check = DeviceCheck(salt, used);
  if (sodium_memcmp(check.data(), lock.data() + 13 + kSaltSize, kCheckSize) != 0)
    return Fail(status, bound ? kOtherDeviceMessage : kDamaged);
  auto pin_key = Derive(pin, salt, cost);
  if (!pin_key) return Fail(status, "not enough memory to check the PIN");
  auto opened = Cipher(KeyEncryptionKey(*pin_key, used)).Open(lock.substr(kHeader), kAssociatedData);
  if (!opened || opened->size() != SecretKey::kSize) return Fail(status, kWrongPinMessage);
  OpenedPinLock result{SecretKey(), cost, bound};
  std::copy(opened->begin(), opened->end(), reinterpret_cast<char*>(result.data_key.data()));
  sodium_memzero(opened->data(), opened->size());
  status = Status::Ok();
  return result;
}

bool PinLockIsDeviceBound(std::string_view lock_text) {
  const auto lock = Base64Decode(lock_text);
  return lock && lock->size() > 4 && lock->substr(0, 4) == kMagic && (std::uint8_t((*lock)[4]) & kBoundFlag) != 0;
}

}  // namespace puerta
