// CRC-32 (IEEE 802.3, the zlib polynomial): detects a flipped or truncated
// stored record. It is a checksum, not a seal: encryption does authentication.
#pragma once

#include <cstdint>
#include <string_view>

namespace puerta {

std::uint32_t Crc32(std::string_view bytes, std::uint32_t crc = 0);

}  // namespace puerta
