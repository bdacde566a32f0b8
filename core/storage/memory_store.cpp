#include "storage/memory_store.h"

namespace puerta {

std::optional<std::string> MemoryStore::Get(std::string_view key) const {
  auto it = values_.find(key);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

Status MemoryStore::Put(std::string_view key, std::string_view value) {
  if (quota_ > 0) {
    std::size_t used = UsedChars();
    if (auto it = values_.find(key); it != values_.end()) used -= it->first.size() + it->second.size();
    if (used + key.size() + value.size() > quota_)
      return Status::Fail("storage is full (quota of " + std::to_string(quota_) + " characters)");
  }
  values_.insert_or_assign(std::string(key), std::string(value));
  return Status::Ok();
}

Status MemoryStore::Remove(std::string_view key) {
  if (auto it = values_.find(key); it != values_.end()) values_.erase(it);
  return Status::Ok();
}

std::vector<std::string> MemoryStore::Keys() const {
  std::vector<std::string> keys;
  for (const auto& [k, v] : values_) keys.push_back(k);
  return keys;
}

std::size_t MemoryStore::UsedChars() const {
  std::size_t n = 0;
  for (const auto& [k, v] : values_) n += k.size() + v.size();
  return n;
}

}  // namespace puerta
