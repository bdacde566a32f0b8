// The turf link as a QR code a phone scans (`puerta package --qr FILE`):
// libqrencode (Debian's libqrencode-dev) makes the code, written as a PNG
// (libpng, black on white, 8 pixels a module) or an SVG (one path), each with
// the 4-module quiet zone scanners need. Native only: phones never make one.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "util/qr_modules.h"

namespace puerta::cli {

// The code's modules (medium error correction), for drawing on screen
// (ui/qr_view.h) or on a printed sheet (native/print); nothing when the text is too long for a QR code.
std::optional<QrModules> QrCodeModules(std::string_view text);

// The image's bytes for `path` (.png or .svg, by its ending), or nothing with
// the reason in `why`.
std::optional<std::string> QrImage(std::string_view text, std::string_view path, std::string& why);

// The same code as an <svg> element to put inside an HTML page (no XML
// declaration): the links page of `puerta publish`.
std::optional<std::string> QrSvgElement(std::string_view text, std::string& why);

// True when `path` ends in a kind QrImage writes.
bool IsQrImagePath(std::string_view path);

}  // namespace puerta::cli
