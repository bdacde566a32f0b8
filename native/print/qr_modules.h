// A QR code as its grid of modules, to be drawn on a sheet. The encoding
// itself is libqrencode's, in native/cli/qr_code.h: the sheet only draws.
#pragma once

#include <vector>

namespace puerta::print {

struct QrModules {
  int width = 0;           // modules a side, without the quiet zone
  std::vector<bool> dark;  // row by row, width × width
  bool Dark(int x, int y) const { return dark[static_cast<std::size_t>(y * width + x)]; }
};

}  // namespace puerta::print
