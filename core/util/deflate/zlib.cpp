// Deflate natively: zlib (Debian's zlib1g-dev) at its best compression; a
// turf package is made once and downloaded by every phone of the turf.
#include <zlib.h>

#include "util/deflate.h"

namespace puerta {

std::string Deflate(std::string_view bytes) {
  uLongf size = compressBound(static_cast<uLong>(bytes.size()));
  std::string out(size, '\0');
  // Z_OK is the only answer with a buffer of compressBound bytes.
  compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(bytes.data()),
            static_cast<uLong>(bytes.size()), Z_BEST_COMPRESSION);
  out.resize(size);
  return out;
}

}  // namespace puerta
