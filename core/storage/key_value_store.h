// KeyValueStore: where Puerta keeps what must survive a reload. Values are
// text because the browser's localStorage holds only text; binary records are
// base64-encoded by the caller (see storage/record.h).
//
// Implementations: MemoryStore (tests), FileStore (desktop: one file a key,
// written atomically), and the browser's localStorage (wasm/local_storage_store).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace puerta {

class KeyValueStore {
 public:
  virtual ~KeyValueStore() = default;

  virtual std::optional<std::string> Get(std::string_view key) const = 0;
  // On failure (quota exceeded, disk full) the stored value is unchanged.
  virtual Status Put(std::string_view key, std::string_view value) = 0;
  virtual Status Remove(std::string_view key) = 0;
  virtual std::vector<std::string> Keys() const = 0;
};

}  // namespace puerta
