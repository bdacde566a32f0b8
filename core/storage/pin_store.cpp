#include "storage/pin_store.h"

namespace puerta {

bool HasPin(const KeyValueStore& store) { return store.Get(kPinLockKey).has_value(); }

bool PinIsDeviceBound(const KeyValueStore& store) {
  const auto lock = store.Get(kPinLockKey);
  return lock && PinLockIsDeviceBound(*lock);
}

std::optional<SecretKey> CreatePin(KeyValueStore& store, std::string_view pin, const SecretKey* device, Status& status,
                                   PinCost cost) {
  std::string lock;
  auto key = NewPinLock(pin, device, lock, status, cost);
  if (!key) return std::nullopt;
  if (status = store.Put(kPinLockKey, lock); !status) return std::nullopt;
  return key;
}

std::optional<SecretKey> UnlockWithPin(KeyValueStore& store, std::string_view pin, const SecretKey* device,
                                       Status& status) {
  const auto text = store.Get(kPinLockKey);
  if (!text) {
    status = Status::Fail("no PIN has been set on this device");
    return std::nullopt;
  }
  auto opened = OpenPinLock(*text, pin, device, status);
  if (!opened) return std::nullopt;
  if (!opened->device_bound && device) {
    Status wrapped = Status::Ok();
    // A fresh salt: a PLK1 data key was Argon2id(PIN, old salt), which must
    // not stay derivable from what the store holds.
    if (auto lock = WrapDataKey(pin, opened->data_key, device, wrapped, opened->cost)) (void)store.Put(kPinLockKey, *lock);
  }
  return std::move(opened->data_key);
}

}  // namespace puerta
