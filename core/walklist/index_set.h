// A hash set of indexes into a vector kept elsewhere, whose keys are read from
// the elements themselves. Grouping 100,000 rows into doors then builds and
// stores no key strings: a std::unordered_map<std::string, ...> cost one key
// allocation and one node per door, and a fifth of the import's time.
// Open addressing with linear probing, never more than half full.
#pragma once

#include <cstdint>
#include <vector>

namespace puerta {

class IndexSet {
 public:
  // The stored index i with this hash for which same(i) is true; when there
  // is none, stores fresh under this hash and returns it.
  template <typename Same>
  std::uint32_t FindOrAdd(std::uint64_t hash, std::uint32_t fresh, Same same) {
    if ((count_ + 1) * 2 > slots_.size()) Grow();
    const auto tag = static_cast<std::uint32_t>(hash ^ (hash >> 32));
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = tag & mask;; i = (i + 1) & mask) {
      Slot& slot = slots_[i];
      if (slot.index == kEmpty) {
        slot = {fresh, tag};
        ++count_;
        return fresh;
      }
      if (slot.tag == tag && same(slot.index)) return slot.index;
    }
  }

 private:
  static constexpr std::uint32_t kEmpty = UINT32_MAX;
  struct Slot {
    std::uint32_t index = kEmpty;
    std::uint32_t tag = 0;  // the hash, folded: compared before the key
  };

  void Grow() {
    std::vector<Slot> old(slots_.size() < 16 ? 32 : slots_.size() * 2);
    old.swap(slots_);
    const std::size_t mask = slots_.size() - 1;
    for (const Slot& slot : old) {
      if (slot.index == kEmpty) continue;
      std::size_t i = slot.tag & mask;
      while (slots_[i].index != kEmpty) i = (i + 1) & mask;
      slots_[i] = slot;
    }
  }

  std::vector<Slot> slots_;  // a power of two in size
  std::size_t count_ = 0;
};

}  // namespace puerta
