// Where the PIN's lock (crypto/pin.h) lives on the device: one store entry.
#pragma once

#include <optional>
#include <string_view>

#include "crypto/pin.h"
#include "storage/key_value_store.h"

namespace puerta {

inline constexpr std::string_view kPinLockKey = "puerta.lock";

// Sets up a new PIN (overwriting any old lock) and returns its key.
std::optional<SecretKey> CreatePin(KeyValueStore& store, std::string_view pin, Status& status, PinCost cost = {});

// The key for this PIN, or nothing with status saying "wrong PIN" or what is damaged.
std::optional<SecretKey> UnlockWithPin(const KeyValueStore& store, std::string_view pin, Status& status);

bool HasPin(const KeyValueStore& store);

}  // namespace puerta
