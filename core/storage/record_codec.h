// How one value is written to a KeyValueStore: base64 of a framed record
// (storage/record.h: format version, checksum) whose payload is either plain
// or sealed with the device key (crypto/cipher.h), bound to its key name.
// The journal and every single-record value (the turf, the profile) use it.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "crypto/cipher.h"

namespace puerta {

// cipher may be null: the payload is stored plain.
std::string EncodeStoredValue(std::string_view key, std::string_view payload, const Cipher* cipher);

// The payload, or nothing with `problem` naming the key and what is wrong:
// not base64, damaged, truncated, newer format, encrypted while locked,
// tampered with.
std::optional<std::string> DecodeStoredValue(std::string_view key, std::string_view value, const Cipher* cipher,
                                             std::string& problem);

// True when the stored value is sealed (so a PIN is needed to read it).
bool IsSealedValue(std::string_view value);

}  // namespace puerta
