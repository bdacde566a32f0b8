#include "storage/pin_store.h"

namespace puerta {

bool HasPin(const KeyValueStore& store) { return store.Get(kPinLockKey).has_value(); }

std::optional<SecretKey> CreatePin(KeyValueStore& store, std::string_view pin, Status& status, PinCost cost) {
  std::string lock;
  auto key = NewPinLock(pin, lock, status, cost);
  if (!key) return std::nullopt;
  if (status = store.Put(kPinLockKey, lock); !status) return std::nullopt;
  return key;
}

std::optional<SecretKey> UnlockWithPin(const KeyValueStore& store, std::string_view pin, Status& status) {
  const auto text = store.Get(kPinLockKey);
  if (!text) {
    status = Status::Fail("no PIN has been set on this device");
    return std::nullopt;
  }
  return OpenPinLock(*text, pin, status);
}

}  // namespace puerta
