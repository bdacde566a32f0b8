// A QR code drawn on screen with ImGui rectangles, for a phone's camera to
// read off a desktop screen. The modules come from whoever can make them (the
// native side, with libqrencode: native/cli/qr_code.h); this file only draws,
// so the screens' library needs no QR library and the browser app none.
#pragma once

#include "util/qr_modules.h"

namespace puerta::ui {

// Light modules of margin a scanner needs around the code (ISO/IEC 18004).
inline constexpr int kQrQuietZone = 4;

// Draws the code, quiet zone included, black on white, at most `side` logical
// pixels square (less, so every module is a whole number of screen pixels
// and the edges stay sharp). Registered for tests as `id`.
void DrawQrCode(const QrModules& code, float side, const char* id);

}  // namespace puerta::ui
