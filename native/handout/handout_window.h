// The desktop window of `puerta handout` (native/handout/handout_view.h draws
// its content). Registered with the command line by native/main.cpp.
#pragma once

#include "native/cli/cli.h"

namespace puerta::handout {

// Opens the window and returns when it is closed: 0, or 1 when no window
// could be opened (the reason on standard error).
int RunHandoutWindow(const cli::HandoutRequest& request);

}  // namespace puerta::handout
