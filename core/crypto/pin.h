// The canvasser's PIN. A key is derived from it with Argon2id and, where the
// device offers one, mixed with a secret that never leaves the device
// (platform::DeviceSecret: a non-extractable WebCrypto key in the browser, a
// 0600 key file on the desktop). That key-encryption key wraps the data key
// every record is sealed with. Nothing that could recover the PIN or either
// key is kept, only the lock:
//
//   lock text = base64 of: magic "PLK2" ‖ flags(1; bit 0: bound to the device) ‖
//               salt(16) ‖ opslimit(u32) ‖ memlimit(u32) ‖ device check(16) ‖
//               the data key sealed under the key-encryption key
//   key-encryption key = BLAKE2b-256 keyed with the device secret (unkeyed
//               when not bound) of a label ‖ the Argon2id key
//   device check = BLAKE2b-128 keyed with the device secret of a label ‖ salt
//               (zeros when not bound): tells "another device" from "wrong
//               PIN" without running Argon2id and without helping a guesser,
//               who lacks the 256-bit secret
//
// So a copy of the store alone cannot test a single PIN guess: every guess
// needs the device's secret too. The older lock "PLK1" (format 3 before
// device binding: magic ‖ salt ‖ opslimit ‖ memlimit ‖ a known text sealed
// under the Argon2id key, which was the data key itself) still opens; the
// caller re-wraps it as PLK2 with a fresh salt (storage/pin_store.h), after
// which the old salt is gone and the data key cannot be derived from a PIN.
//
// Where the lock is stored is storage/pin_store.h's business, not this file's.
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

// The refusals a caller tells apart (the statuses carry these exact texts).
inline constexpr std::string_view kWrongPinMessage = "Wrong PIN. Try again.";
// The lock is bound to a device secret this device does not have (another
// device, or its key was deleted): no PIN can open it here.
inline constexpr std::string_view kOtherDeviceMessage =
    "This copy was locked on another device, or this device's key for Puerta was deleted: no PIN can open it here.";
// The lock is bound to a device secret, and this device offers none right now.
inline constexpr std::string_view kNoDeviceSecretMessage =
    "This device's key for Puerta cannot be read right now, so the PIN cannot be checked.";

// At least kMinPinDigits digits; a message naming what is wrong otherwise.
Status CheckPinRules(std::string_view pin);

// A lock for `data_key` under this PIN (bound to `device` when given). The PIN
// rules are not checked here: NewPinLock does, a re-wrap keeps the old PIN.
std::optional<std::string> WrapDataKey(std::string_view pin, const SecretKey& data_key, const SecretKey* device,
                                       Status& status, PinCost cost = {});

// A new lock for this PIN (in `lock_text`) and the random data key it guards.
std::optional<SecretKey> NewPinLock(std::string_view pin, const SecretKey* device, std::string& lock_text,
                                    Status& status, PinCost cost = {});

struct OpenedPinLock {
  SecretKey data_key;
  PinCost cost;
  bool device_bound = false;  // false: PLK1, or PLK2 made where no device secret was offered
};

// The data key for this PIN, or nothing with status saying kWrongPinMessage,
// kOtherDeviceMessage, kNoDeviceSecretMessage or what is damaged.
std::optional<OpenedPinLock> OpenPinLock(std::string_view lock_text, std::string_view pin, const SecretKey* device,
                                         Status& status);

// Whether a lock needs the device's secret (read from its header; no PIN needed).
bool PinLockIsDeviceBound(std::string_view lock_text);

}  // namespace puerta
