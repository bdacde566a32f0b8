#include "native/cli/precompress.h"

#include <brotli/encode.h>
#include <zlib.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <limits>

namespace puerta::cli {

bool WorthCompressing(std::string_view path) {
  static constexpr std::array<std::string_view, 12> kKinds = {
      ".html", ".js", ".mjs", ".css", ".wasm", ".data", ".json", ".webmanifest", ".svg", ".ttf", ".ttc", ".otf"};
  std::string lower(path);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
  return std::any_of(kKinds.begin(), kKinds.end(), [&](std::string_view kind) { return lower.ends_with(kind); });
}

std::optional<std::string> Gzip(std::string_view bytes, std::string& why) {
  if (bytes.size() > std::numeric_limits<uInt>::max()) {  // one deflate call takes at most 4 GB
    why = "too large for zlib";
    return std::nullopt;
  }
  z_stream z{};
  // windowBits 15 + 16: a gzip wrapper around the deflate stream; memLevel 9: the most memory, the best ratio.
  if (deflateInit2(&z, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 9, Z_DEFAULT_STRATEGY) != Z_OK) {
    why = "zlib could not start";
    return std::nullopt;
  }
  std::string out(deflateBound(&z, bytes.size()), '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  const int result = deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  if (result != Z_STREAM_END) {
    why = "zlib could not compress it";
    return std::nullopt;
  }
  return out;
}

std::optional<std::string> Brotli(std::string_view bytes, std::string& why) {
  std::size_t size = BrotliEncoderMaxCompressedSize(bytes.size());
  if (size == 0) {
    why = "too large for brotli";
    return std::nullopt;
  }
  std::string out(size, '\0');
  if (!BrotliEncoderCompress(BROTLI_MAX_QUALITY, BROTLI_MAX_WINDOW_BITS, BROTLI_MODE_GENERIC, bytes.size(),
                             reinterpret_cast<const std::uint8_t*>(bytes.data()), &size,
                             reinterpret_cast<std::uint8_t*>(out.data()))) {
    why = "brotli could not compress it";
    return std::nullopt;
  }
  out.resize(size);
  return out;
}

}  // namespace puerta::cli
