// LocalStorageStore: the browser's localStorage as a KeyValueStore. A write
// that the browser refuses (QuotaExceededError, storage disabled in private
// mode) comes back as a failed Status and leaves the old value in place.
#pragma once

#include "storage/key_value_store.h"

namespace puerta {

class LocalStorageStore final : public KeyValueStore {
 public:
  std::optional<std::string> Get(std::string_view key) const override;
  Status Put(std::string_view key, std::string_view value) override;
  Status Remove(std::string_view key) override;
  std::vector<std::string> Keys() const override;
};

}  // namespace puerta
