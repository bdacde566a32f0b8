// util/deflate.h: Inflate over any bytes (a turf package's body, version 2,
// after its tag has been checked: only a faulty packager makes a bad one, but
// the inflater must still refuse it, never crash or write past its buffer).
// The first 2 bytes give the length asked for (at most 64 KB here), the rest is
// the stream; a stream that inflates must give exactly that length, and
// deflating it again must inflate back to the same bytes.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "util/deflate.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const std::size_t length = static_cast<std::size_t>(data[0]) | (static_cast<std::size_t>(data[1]) << 8);
  const std::string_view stream(reinterpret_cast<const char*>(data) + 2, size - 2);
  const auto out = puerta::Inflate(stream, length);
  if (!out) return 0;
  if (out->size() != length || puerta::Inflate(puerta::Deflate(*out), length) != out) {
    std::fprintf(stderr, "fuzz_inflate: an inflated stream does not round-trip\n");
    std::abort();
  }
  return 0;
}
