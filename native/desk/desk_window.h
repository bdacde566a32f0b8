// `puerta` and `puerta desk [--db CAMPAIGN] [--language xx]`: the
// organizer's workspace (workspace.h) in a desktop window.
#pragma once

#include <span>
#include <string>

namespace puerta::desk {

// `args`: what followed `desk` on the command line. Returns the exit code.
int RunDesk(std::span<const std::string> args);

}  // namespace puerta::desk
