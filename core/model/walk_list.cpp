#include "model/walk_list.h"

#include <algorithm>
#include <stdexcept>

namespace puerta {

namespace {

// The first entry whose key is not less than key (entries const or not).
template <typename Entries>
auto LowerBound(Entries& entries, std::string_view key) {
  return std::lower_bound(entries.begin(), entries.end(), key,
                          [](const Attributes::Entry& e, std::string_view k) { return std::string_view(e.first) < k; });
}

}  // namespace

bool Attributes::Insert(std::string_view key, std::string_view value) {
  // The importer adds each voter's columns in key order: append, no search.
  if (entries_.empty() || std::string_view(entries_.back().first) < key) {
    entries_.emplace_back(key, value);
    return true;
  }
  const auto it = LowerBound(entries_, key);
  if (it != entries_.end() && it->first == key) return false;
  entries_.emplace(it, key, value);
  return true;
}

void Attributes::Set(std::string_view key, std::string_view value) {
  const auto it = LowerBound(entries_, key);
  if (it != entries_.end() && it->first == key) it->second.assign(value);
  else entries_.emplace(it, key, value);
}

const std::string* Attributes::Find(std::string_view key) const {
  const auto it = LowerBound(entries_, key);
  return it != entries_.end() && it->first == key ? &it->second : nullptr;
}

const std::string& Attributes::at(std::string_view key) const {
  if (const std::string* value = Find(key)) return *value;
  throw std::out_of_range("no attribute \"" + std::string(key) + "\"");
}

std::size_t WalkList::VoterCount() const {
  std::size_t n = 0;
  for (const auto& h : households) n += h.voters.size();
  return n;
}

const Household* WalkList::FindHousehold(const std::string& id) const {
  for (const auto& h : households)
    if (h.id == id) return &h;
  return nullptr;
}

}  // namespace puerta
