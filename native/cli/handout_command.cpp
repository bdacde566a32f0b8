// `puerta package ... | puerta handout [--turf FILE]`: the turf's link as a QR
// code on the organizer's screen, for the canvasser's phone to scan (the
// window: native/handout/). The link comes on standard input, as `puerta
// package` printed it, or is pasted into the window; it is never an argument
// (`ps` and shell history would keep its key) and never printed.
#include <unistd.h>

#include <filesystem>
#include <iostream>
#include <iterator>
#include <memory>
#include <ostream>

#include "native/cli/cli.h"
#include "native/cli/commands.h"
#include "native/cli/files.h"
#include "native/cli/options.h"
#include "native/handout/turf_link.h"

namespace puerta::cli {
namespace {

HandoutWindow g_window = nullptr;

struct HandoutOptions {
  std::string turf;
};

int Handout(const HandoutOptions& o, std::ostream& err) {
  HandoutRequest request;
  if (!isatty(STDIN_FILENO)) {
    const std::string input((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    request.link = handout::FindTurfLink(input);
    // Nothing piped in (started from a menu, stdin /dev/null): the window asks.
    const bool nothing = input.find_first_not_of(" \t\r\n") == std::string::npos;
    if (!nothing && !handout::LooksLikeTurfLink(request.link)) {
      err << "puerta: handout: standard input holds no turf link (a line \"link: https://...?turf=...\", as "
          << "puerta package prints it)\n";
      return 1;
    }
  }
  if (!o.turf.empty()) {
    if (!ReadFile(o.turf, request.turf_bytes, err)) return 1;
    request.turf_name = std::filesystem::path(o.turf).filename().string();
    request.turf_path = o.turf;
  }
  if (!g_window) {
    err << "puerta: handout: this build of puerta has no window to show the code in\n";
    return 1;
  }
  return g_window(request);
}

}  // namespace

void SetHandoutWindow(HandoutWindow window) { g_window = window; }

void AddHandoutCommand(CLI::App& puerta, const Streams& io, Action& action) {
  auto o = std::make_shared<HandoutOptions>();
  CLI::App* c = puerta.add_subcommand(
      "handout", "show a turf's link as a QR code on screen (the link on standard input, or pasted in the window)");
  AddValue(*c, "--turf", o->turf, "TURF", "also say whether the link's key opens this package, and offer to print its sheets beside it");
  c->callback([o, &io, &action] { action = [o, &io] { return Handout(*o, io.err); }; });
}

}  // namespace puerta::cli
