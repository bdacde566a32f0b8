// Compressed copies of the web app's files, made once by `puerta publish`
// and sent as they are by a static host (nginx's gzip_static/brotli_static,
// scripts/serve.mjs): FILE.gz (zlib, Debian's zlib1g-dev) and FILE.br
// (libbrotli, libbrotli-dev), each at the strongest level, because the cost
// is paid once on the organizer's machine and the saving on every phone.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace puerta::cli {

// True for the kinds of file that shrink (text, wasm, the preloaded data,
// fonts); false for images already compressed and for turf packages
// (ciphertext does not shrink, and they must stay byte for byte as made).
bool WorthCompressing(std::string_view path);

// The gzip file (RFC 1952, no name and no time in its header: the same input
// gives the same bytes), or nothing with the reason in `why`.
std::optional<std::string> Gzip(std::string_view bytes, std::string& why);

// The brotli stream (RFC 7932, quality 11, 16 MB window), or nothing with the
// reason in `why`.
std::optional<std::string> Brotli(std::string_view bytes, std::string& why);

}  // namespace puerta::cli
