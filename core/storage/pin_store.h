// Where the PIN's lock (crypto/pin.h) lives on the device: one store entry.
// `device` is the device's secret (platform::DeviceSecret) or null where the
// device has none (then the lock is the PIN's alone; see the README).
#pragma once

#include <optional>
#include <string_view>

#include "crypto/pin.h"
#include "storage/key_value_store.h"

namespace puerta {

inline constexpr std::string_view kPinLockKey = "puerta.lock";

// Sets up a new PIN (overwriting any old lock) and returns the new data key.
std::optional<SecretKey> CreatePin(KeyValueStore& store, std::string_view pin, const SecretKey* device, Status& status,
                                   PinCost cost = {});

// The data key for this PIN, or nothing with status saying why (crypto/pin.h).
// A lock that is not bound to the device (PLK1 from before device binding, or
// one made where no device secret was offered) is re-wrapped bound to
// `device` when there is one: from then on a copy of the store alone cannot
// test a guess. A re-wrap the store refuses is tried again next time.
std::optional<SecretKey> UnlockWithPin(KeyValueStore& store, std::string_view pin, const SecretKey* device,
                                       Status& status);

bool HasPin(const KeyValueStore& store);
// Whether the stored lock needs this device's secret as well as the PIN.
bool PinIsDeviceBound(const KeyValueStore& store);

}  // namespace puerta
