// MemoryStore: a KeyValueStore in memory, with an optional size limit that
// behaves like a full localStorage (tests use it to rehearse QuotaExceededError).
#pragma once

#include <cstddef>
#include <map>

#include "storage/key_value_store.h"

namespace puerta {

class MemoryStore final : public KeyValueStore {
 public:
  // quota_chars: total characters of keys plus values allowed (0 = no limit),
  // counted like Chromium's localStorage quota.
  explicit MemoryStore(std::size_t quota_chars = 0) : quota_(quota_chars) {}

  std::optional<std::string> Get(std::string_view key) const override;
  Status Put(std::string_view key, std::string_view value) override;
  Status Remove(std::string_view key) override;
  std::vector<std::string> Keys() const override;

  std::size_t UsedChars() const;
  std::map<std::string, std::string, std::less<>>& Raw() { return values_; }

 private:
  std::size_t quota_;
  std::map<std::string, std::string, std::less<>> values_;
};

}  // namespace puerta
