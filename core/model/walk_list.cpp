#include "model/walk_list.h"

namespace puerta {

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
