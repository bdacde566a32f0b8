// A stored record: a payload framed so that a reader can tell what it is, which
// format wrote it, and whether it arrived intact.
//
//   offset size
//        0    4  magic "PRT1"
//        4    2  format version that wrote it (little-endian)
//        6    2  oldest format version able to read it
//        8    4  payload size in bytes
//       12    4  CRC-32 of bytes 4..11 then the payload (a damaged
//                header is caught too)
//       16    n  payload
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "storage/format_version.h"
#include "util/status.h"

namespace puerta {

inline constexpr std::size_t kRecordHeaderSize = 16;

std::string FrameRecord(std::string_view payload, FormatVersion version = kCurrentFormat,
                        FormatVersion oldest_reader = kOldestReadableFormat);

struct OpenedRecord {
  FormatVersion version{};
  std::string payload;
};

// Fails with a message naming the problem: not a Puerta record, written by a
// newer Puerta, truncated, or damaged (checksum mismatch).
Status OpenRecord(std::string_view bytes, OpenedRecord& out);

}  // namespace puerta
