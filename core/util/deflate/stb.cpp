// Deflate in the browser build: stb_image_write's compressor (Debian's
// libstb-dev, header-only). The phone never makes a package; this is here so
// the core's tests run the same round trips under node as natively. Its
// streams are about a quarter larger than zlib's.
#include <cstdlib>

#include "util/deflate.h"

#define STB_IMAGE_WRITE_IMPLEMENTATION
#define STB_IMAGE_WRITE_STATIC
#define STBI_WRITE_NO_STDIO
#include "util/deflate/stb.h"

namespace puerta {

std::string Deflate(std::string_view bytes) {
  // stb_image_write writes no deflate block at all for nothing (only the
  // zlib header and checksum), which no inflater reads: zlib's own empty stream.
  if (bytes.empty()) return std::string("\x78\x9c\x03\x00\x00\x00\x00\x01", 8);
  int size = 0;
  unsigned char* stream = stbi_zlib_compress(const_cast<unsigned char*>(reinterpret_cast<const unsigned char*>(bytes.data())),
                                             static_cast<int>(bytes.size()), &size, 8);
  std::string out(reinterpret_cast<const char*>(stream), static_cast<std::size_t>(size));
  std::free(stream);
  return out;
}

}  // namespace puerta
