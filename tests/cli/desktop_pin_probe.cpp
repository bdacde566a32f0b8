// Test helper for tests/cli/desktop_device_key.sh: the desktop app's own
// storage and device secret (native/platform_desktop.cpp, linked in as the app
// links it) driven without a window: the data folder under $XDG_DATA_HOME or
// ~/.local/share/puerta, the device secret under $XDG_CONFIG_HOME or
// ~/.config/puerta. Not installed, not part of the app.
//
// usage: puerta_test_desktop_pin open TURF PIN   opens the turf with a new PIN, records one Not home
//        puerta_test_desktop_pin unlock PIN      prints "unlocked: N attempts" or "refused: <why>" (exit 1)
//        puerta_test_desktop_pin erase           "Erase this computer's copy", as the app does it
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/canvass_session.h"
#include "ui/platform.h"

using namespace puerta;

int main(int argc, char** argv) {
  const std::string command = argc > 1 ? argv[1] : "";
  auto store = platform::OpenStateStore();
  CanvassSession session(*store, [] { return platform::DeviceSecret(); });
  if (Status s = session.Resume(); !s) {
    std::cerr << "resume: " << s.message() << "\n";
    return 2;
  }
  if (command == "open" && argc == 4) {
    std::ifstream in(argv[2], std::ios::binary);
    std::ostringstream turf;
    turf << in.rdbuf();
    if (Status s = session.OpenTurf(turf.str(), argv[3]); !s) {
      std::cerr << "open: " << s.message() << "\n";
      return 2;
    }
    const Household& h = session.turf()->walk_list.households.front();
    ContactAttempt a;
    a.attempt_id = NewAttemptId();
    a.household_id = h.id;
    a.voter_id = h.voters.front().id;
    a.time_unix = a.recorded_unix = platform::NowUnixSeconds();
    a.result = ResultCode::kNotHome;
    if (Status s = session.Record(a); !s) {
      std::cerr << "record: " << s.message() << "\n";
      return 2;
    }
    std::cout << "opened, device bound: " << (session.device_bound() ? "yes" : "no") << "\n";
    return 0;
  }
  if (command == "unlock" && argc == 3) {
    if (Status s = session.Unlock(argv[2], platform::NowUnixSeconds()); !s) {
      std::cout << "refused: " << s.message() << "\n";
      return 1;
    }
    std::cout << "unlocked: " << session.attempts().AttemptCount() << " attempts\n";
    return 0;
  }
  if (command == "erase" && argc == 2) {
    const Status s = session.Wipe();
    platform::EraseLocalData();
    std::cout << (s ? "erased" : "erase: " + s.message()) << "\n";
    return s ? 0 : 2;
  }
  std::cerr << "usage: puerta_test_desktop_pin open TURF PIN | unlock PIN | erase\n";
  return 2;
}
