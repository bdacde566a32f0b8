// The canvasser's PIN. A key is derived from it with Argon2id; nothing that
// could recover the PIN or the key is stored, only what checks a guess:
//
//   "puerta.lock" = base64 of: magic "PLK1" ‖ salt(16) ‖ opslimit(u32) ‖
//                   memlimit(u32) ‖ a known text sealed under the derived key
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
#include "storage/key_value_store.h"

namespace puerta {

struct PinCost {
  std::uint32_t opslimit = 2;
  std::uint32_t memlimit = 19u << 20;
};

inline constexpr std::string_view kPinLockKey = "puerta.lock";

// At least 4 digits; a message naming what is wrong otherwise.
Status CheckPinRules(std::string_view pin);

// Sets up a new PIN (overwriting any old lock) and returns its key.
std::optional<SecretKey> CreatePin(KeyValueStore& store, std::string_view pin, Status& status,
                                   PinCost cost = {});

// The key for this PIN, or nothing with status saying "wrong PIN" or what is damaged.
std::optional<SecretKey> UnlockWithPin(const KeyValueStore& store, std::string_view pin, Status& status);

bool HasPin(const KeyValueStore& store);

}  // namespace puerta
