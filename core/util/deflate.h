// Deflate: zlib streams (RFC 1950) for what travels compressed inside an
// encrypted envelope (a turf package: crypto/package_cipher.h). Ciphertext
// does not compress, so the bytes are compressed before they are encrypted.
//
// Inflate is the same code everywhere (stb_image's decoder, from Debian's
// libstb-dev, header-only: it compiles to a few KB of wasm, where zlib has no
// Debian build for Emscripten). Deflate is picked by CMake: zlib at level 9
// natively (where turfs are packaged), stb_image_write's compressor in the
// browser build (which packages nothing; its core tests run there too).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace puerta {

std::string Deflate(std::string_view bytes);

// The stream inflated to exactly `size` bytes, or nothing when it is not a
// zlib stream, is cut short, or holds more or fewer bytes than `size`.
std::optional<std::string> Inflate(std::string_view stream, std::size_t size);

}  // namespace puerta
