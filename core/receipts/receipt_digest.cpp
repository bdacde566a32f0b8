#include "receipts/receipt_digest.h"

#include <algorithm>
#include <vector>

#include <sodium.h>

namespace puerta {

std::uint32_t ReceiptDigest(std::string_view device_id, std::span<const VersionRef> versions) {
  std::vector<const VersionRef*> sorted;
  sorted.reserve(versions.size());
  for (const VersionRef& v : versions) sorted.push_back(&v);
  std::sort(sorted.begin(), sorted.end(), [](const VersionRef* a, const VersionRef* b) { return *a < *b; });
  sorted.erase(std::unique(sorted.begin(), sorted.end(), [](const VersionRef* a, const VersionRef* b) { return *a == *b; }),
               sorted.end());
  crypto_generichash_state state;
  crypto_generichash_init(&state, nullptr, 0, 32);
  const std::string head = std::string(device_id) + "\n";
  crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(head.data()), head.size());
  for (const VersionRef* v : sorted) {
    const std::string line = v->attempt_id + ":" + std::to_string(v->version) + "\n";
    crypto_generichash_update(&state, reinterpret_cast<const unsigned char*>(line.data()), line.size());
  }
  unsigned char hash[32];
  crypto_generichash_final(&state, hash, sizeof hash);
  return (std::uint32_t{hash[0]} << 12 | std::uint32_t{hash[1]} << 4 | hash[2] >> 4) & 0xFFFFF;
}

}  // namespace puerta
