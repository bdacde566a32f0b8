// The set of attempt versions a receipt speaks for, reduced to 20 bits that
// the organizer's tools and the phone compute alike from the same versions.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

namespace puerta {

// One version of one attempt: what "received" is said of. A later edit is
// another version, not yet received.
struct VersionRef {
  std::string attempt_id;
  std::uint32_t version = 0;

  friend bool operator==(const VersionRef&, const VersionRef&) = default;
  // Not a defaulted <=>: the browser build's libc++ (Emscripten 3.1.6) has no <=> for std::string.
  friend bool operator<(const VersionRef& a, const VersionRef& b) {
    return a.attempt_id != b.attempt_id ? a.attempt_id < b.attempt_id : a.version < b.version;
  }
};

// BLAKE2b (libsodium's crypto_generichash) of the device id and the versions
// sorted by (attempt id, version), each once, one "id:version\n" line each;
// the first 20 bits. The order given does not matter.
std::uint32_t ReceiptDigest(std::string_view device_id, std::span<const VersionRef> versions);

}  // namespace puerta
