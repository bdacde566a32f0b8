// The desktop app and the organizer's command line, one binary.
//   puerta, puerta desk [--db CAMPAIGN]
//                       opens the organizer's workspace (native/desk/)
//   puerta practice [FILE.turf], puerta FILE.turf
//                       opens the canvasser's screens (trainers rehearse with them)
//   puerta <command>    runs an organizer command (puerta --help)
//
// The loop draws only when something changed: with nothing to do it blocks in
// SDL_WaitEventTimeout, so an idle app costs no CPU.
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <span>
#include <string>
#include <vector>

#include "native/cli/cli.h"
#include "native/cli/files.h"
#include "native/desk/desk_window.h"
#include "native/handout/handout_window.h"
#include "storage/file_store.h"
#include "storage/folder_lock.h"
#include "ui/sdl/sdl_frontend.h"

namespace {

// PUERTA_IDLE_PROBE=SECONDS: after start-up settles, count the frames drawn
// during SECONDS of idling, print them, and quit (bench/ uses this).
double IdleProbeSeconds() {
  const char* v = std::getenv("PUERTA_IDLE_PROBE");
  return v ? std::atof(v) : 0.0;
}

int RunApp(std::string turf_path) {
  // One window writes the data folder at a time (storage/folder_lock.h); a
  // second one says so before it opens anything.
  const puerta::FolderLock lock(puerta::FileStore::DefaultFolder());
  if (!lock.held()) {
    std::fprintf(stderr, "puerta: %s. Use that window, or close it first.\n", lock.problem().c_str());
    return 3;
  }
  puerta::SdlFrontend frontend;
  if (!frontend.Init({"Puerta", 480, 860, false})) {
    std::fprintf(stderr, "puerta: cannot open a window: %s\n", frontend.error());
    return 1;
  }
  if (!turf_path.empty()) {
    // An encrypted package opens with its link's key: `puerta eastside.turf#k=KEY`.
    std::string key;
    if (const auto at = turf_path.rfind("#k="); at != std::string::npos) {
      key = turf_path.substr(at + 3);
      turf_path.resize(at);
    }
    std::string bytes;
    if (!puerta::cli::ReadFile(turf_path, bytes, std::cerr)) return 1;
    frontend.app().OpenTurfBytes(bytes, turf_path, key);
  }
  const double probe = IdleProbeSeconds();
  const Uint64 start = SDL_GetTicks64();
  Uint64 probe_begin = 0, frames_at_probe = 0;
  bool running = true;
  while (running) {
    SDL_Event event;
    if (frontend.Idle()) {
      // Nothing to draw: sleep until an event (or a second, to re-check scale).
      if (SDL_WaitEventTimeout(&event, 1000)) running = frontend.HandleEvent(event);
    }
    while (running && SDL_PollEvent(&event)) running = frontend.HandleEvent(event);
    frontend.DrawIfNeeded();
    if (probe > 0) {
      const Uint64 now = SDL_GetTicks64();
      if (!probe_begin && now - start > 1500) {
        probe_begin = now;
        frames_at_probe = frontend.frames_drawn();
      }
      if (probe_begin && now - probe_begin >= Uint64(probe * 1000)) {
        std::printf("idle_frames=%llu seconds=%.1f\n",
                    static_cast<unsigned long long>(frontend.frames_drawn() - frames_at_probe), probe);
        running = false;
      }
    }
  }
  frontend.Shutdown();
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  puerta::cli::SetHandoutWindow(&puerta::handout::RunHandoutWindow);
  // Checked before the command line, whose parser knows no file arguments.
  if (args.size() == 1 && (args[0].ends_with(".turf") || args[0].find(".turf#k=") != std::string::npos))
    return RunApp(args[0]);
  if (!args.empty() && args[0] == "practice") return args.size() > 1 ? RunApp(args[1]) : RunApp({});
  if (!args.empty() && args[0] == "desk") return puerta::desk::RunDesk(std::span(args).subspan(1));
  const int code = puerta::cli::Run(args, std::cout, std::cerr);
  if (code >= 0) return code;
  return puerta::desk::RunDesk({});
}
