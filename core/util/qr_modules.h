// A QR code as its grid of modules: plain data that whoever draws a code
// (the desktop's screen, ui/qr_view.h; a printed sheet, native/print) takes
// from whoever can make one (libqrencode, native/cli/qr_code.h). Neither the
// screens nor the browser app need a QR library.
#pragma once

#include <cstdint>
#include <vector>

namespace puerta {

// The dark and light squares of a QR code, row by row, without quiet zone.
struct QrModules {
  int width = 0;                   // modules a side (21 for version 1, ...)
  std::vector<std::uint8_t> dark;  // width × width, 1 for a dark module
  bool Dark(int x, int y) const { return dark[static_cast<std::size_t>(y * width + x)] != 0; }
};

}  // namespace puerta
