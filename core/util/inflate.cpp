#include <climits>

#include "util/deflate.h"

// stb_image's zlib decoder alone: static (Debian's libstb, which the headless
// UI tests link, exports the same names), no file or image code used.
#define STB_IMAGE_IMPLEMENTATION
#define STB_IMAGE_STATIC
#define STBI_ONLY_PNG
#define STBI_NO_STDIO
#define STBI_NO_FAILURE_STRINGS
#include "util/deflate/stb.h"

namespace puerta {

std::optional<std::string> Inflate(std::string_view stream, std::size_t size) {
  if (stream.size() > INT_MAX || size >= INT_MAX) return std::nullopt;
  // One byte of room past `size`: a stream holding more fills it, and is refused.
  std::string out(size + 1, '\0');
  const int written = stbi_zlib_decode_buffer(out.data(), static_cast<int>(out.size()), stream.data(),
                                              static_cast<int>(stream.size()));
  if (written < 0 || static_cast<std::size_t>(written) != size) return std::nullopt;
  out.resize(size);
  return out;
}

}  // namespace puerta
