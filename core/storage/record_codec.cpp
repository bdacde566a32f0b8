#include "storage/record_codec.h"

#include "storage/record.h"
#include "util/base64.h"

namespace puerta {
namespace {
// The first payload byte says whether the rest is sealed.
constexpr char kPlain = 'P';
constexpr char kSealed = 'S';
}  // namespace

std::string EncodeStoredValue(std::string_view key, std::string_view payload, const Cipher* cipher) {
  std::string inner;
  if (cipher) {
    inner = kSealed;
    inner += cipher->Seal(payload, key);
  } else {
    inner = kPlain;
    inner += payload;
  }
  return Base64Encode(FrameRecord(inner));
}

bool IsSealedValue(std::string_view value) {
  const auto bytes = Base64Decode(value);
  OpenedRecord record;
  return bytes && OpenRecord(*bytes, record).ok() && !record.payload.empty() && record.payload[0] == kSealed;
}

std::optional<std::string> DecodeStoredValue(std::string_view key, std::string_view value, const Cipher* cipher,
                                             std::string& problem) {
  const auto bytes = Base64Decode(value);
  if (!bytes) {
    problem = std::string(key) + ": damaged (not base64)";
    return std::nullopt;
  }
  OpenedRecord record;
  if (Status s = OpenRecord(*bytes, record); !s) {
    problem = std::string(key) + ": " + s.message();
    return std::nullopt;
  }
  if (record.payload.empty()) {
    problem = std::string(key) + ": empty record";
    return std::nullopt;
  }
  const char kind = record.payload[0];
  std::string_view body = std::string_view(record.payload).substr(1);
  if (kind == kPlain) return std::string(body);
  if (kind != kSealed) {
    problem = std::string(key) + ": unknown record kind";
    return std::nullopt;
  }
  if (!cipher) {
    problem = std::string(key) + ": encrypted, and the device is locked";
    return std::nullopt;
  }
  auto opened = cipher->Open(body, key);
  if (!opened) problem = std::string(key) + ": cannot be decrypted (tampered with, or another PIN's data)";
  return opened;
}

}  // namespace puerta
