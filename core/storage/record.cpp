#include "storage/record.h"

#include "util/crc32.h"

namespace puerta {
namespace {
constexpr std::string_view kMagic = "PRT1";

void PutLE(std::string& out, std::uint32_t v, int bytes) {
  for (int i = 0; i < bytes; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
std::uint32_t GetLE(std::string_view in, std::size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int i = 0; i < bytes; ++i) v |= std::uint32_t(std::uint8_t(in[at + i])) << (8 * i);
  return v;
}
}  // namespace

std::string FrameRecord(std::string_view payload, FormatVersion version, FormatVersion oldest_reader) {
  std::string out;
  out.reserve(kRecordHeaderSize + payload.size());
  out += kMagic;
  PutLE(out, static_cast<std::uint16_t>(version), 2);
  PutLE(out, static_cast<std::uint16_t>(oldest_reader), 2);
  PutLE(out, static_cast<std::uint32_t>(payload.size()), 4);
  PutLE(out, Crc32(payload, Crc32(std::string_view(out).substr(4, 8))), 4);
  out += payload;
  return out;
}

Status OpenRecord(std::string_view bytes, OpenedRecord& out) {
  if (bytes.size() < kRecordHeaderSize || bytes.substr(0, 4) != kMagic)
    return Status::Fail("not a Puerta record (missing header)");
  const auto version = static_cast<std::uint16_t>(GetLE(bytes, 4, 2));
  const auto oldest = static_cast<std::uint16_t>(GetLE(bytes, 6, 2));
  const auto size = GetLE(bytes, 8, 4);
  const auto crc = GetLE(bytes, 12, 4);
  if (bytes.size() - kRecordHeaderSize != size)
    return Status::Fail("record is truncated or has extra bytes (expected " + std::to_string(size) +
                        " bytes, found " + std::to_string(bytes.size() - kRecordHeaderSize) + ")");
  std::string_view payload = bytes.substr(kRecordHeaderSize);
  if (Crc32(payload, Crc32(bytes.substr(4, 8))) != crc) return Status::Fail("record is damaged (checksum mismatch)");
  if (oldest > static_cast<std::uint16_t>(kCurrentFormat))
    return Status::Fail("written by a newer version of Puerta (format " + std::to_string(version) +
                        "); update the app to read it");
  if (version < static_cast<std::uint16_t>(kOldestReadableFormat))
    return Status::Fail("format " + std::to_string(version) + " is too old for this version of Puerta");
  out.version = static_cast<FormatVersion>(version);
  out.payload = std::string(payload);
  return Status::Ok();
}

}  // namespace puerta
