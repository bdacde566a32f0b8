// The look of the organizer's windows (native/desktop_window.h): a laptop's
// compact spacing and text on the theme's colours; the theme's own sizes are
// for fingers on a phone. Apart from the window so that a test draws the
// views headless exactly as the window does.
#pragma once

#include "ui/theme.h"

namespace puerta {

// The theme's fonts are sized for a phone at arm's length (17 px body); a
// laptop is read from closer.
inline constexpr float kDesktopTextScale = 0.82f;

// After Theme::Update, before each frame: spacing, padding and rounding.
void ApplyDesktopStyle();

}  // namespace puerta
