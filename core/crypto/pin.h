// The canvasser's PIN. A key is derived from it with Argon2id; nothing that
// could recover the PIN or the key is kept, only a lock that checks a guess:
//
//   lock text = base64 of: magic "PLK1" ‖ salt(16) ‖ opslimit(u32) ‖
//               memlimit(u32) ‖ a known text sealed under the derived key
//
// Where the lock is stored is storage/pin_store.h's business, not this file's.
//
// Argon2id with 2 passes over 19 MiB (OWASP's recommended minimum for
// Argon2id): well under a second in a phone browser (bench/ prints the time).
// A forgotten PIN cannot be recovered: the only way on is to wipe and start over.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "crypto/secret_key.h"
#include "util/status.h"

namespace puerta {

struct PinCost {
  std::uint32_t opslimit = 2;
  std::uint32_t memlimit = 19u << 20;
};

inline constexpr std::size_t kMinPinDigits = 6;

// At least kMinPinDigits digits; a message naming what is wrong otherwise.
Status CheckPinRules(std::string_view pin);

// A new lock for this PIN (in `lock_text`) and the key it guards.
std::optional<SecretKey> NewPinLock(std::string_view pin, std::string& lock_text, Status& status, PinCost cost = {});

// The key for this PIN, or nothing with status saying "wrong PIN" or what is damaged.
std::optional<SecretKey> OpenPinLock(std::string_view lock_text, std::string_view pin, Status& status);

}  // namespace puerta
