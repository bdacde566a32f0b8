// The organizer's records of which turf went out when, and which phones sent
// results back for it: what lets `puerta open` and `puerta export` flag
// attempts from a device first seen after its turf was handed out (issue 10,
// "Forged exports"). The organizer's public key is in every turf, so anyone
// holding a turf can make a new "device" and sign files with it; its
// signature is genuine, so only the records can tell it from the canvasser's
// phone.
//
// Two small JSON-lines files in the organizer's records folder (by default
// the folder of the organizer's keys; native/cli/turf_checks.h):
//   puerta-handouts.jsonl  a line per `puerta package`: turf id, package id, time
//   puerta-devices.jsonl   a line per device first seen for a package, in the
//                          order seen, and whether the organizer accepted it
// Each is rewritten whole (util/atomic_file.h) when it changes. Kept across
// runs rather than computed from the files of one run: a made-up file that
// arrives on its own, days after the canvasser's, must still be the second
// device for its package.
//
// A sent file is flagged (never dropped: the organizer decides) when
//  - no hand-out of its package is recorded (or the package id was handed out
//    as another turf): it was not packaged here;
//  - another device was seen first for the same package, and this one was not
//    accepted (`--accept-device ID`, for a canvasser's replacement phone);
//  - its attempts are dated before the package was handed out (with
//    kClockSlackSeconds for a phone's clock): no phone had the turf then.
// A file that names no turf (from a Puerta before turf ids, or a merged file)
// or no device is not judged; the caller says so.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "util/status.h"

namespace puerta {

inline constexpr std::string_view kHandoutsFileName = "puerta-handouts.jsonl";
inline constexpr std::string_view kDevicesFileName = "puerta-devices.jsonl";

struct Handout {
  std::string turf_id;
  std::string package_id;
  std::int64_t handed_out_unix = 0;
};

struct DeviceSeen {
  std::string turf_id;
  std::string package_id;  // empty: the package was made before package ids
  std::string device;
  std::int64_t first_seen_unix = 0;  // the organizer's clock, when a tool first read it
  std::string first_file;            // the file it was first seen in, as given on the command line
  bool accepted = false;             // the organizer said it is the canvasser's phone
};

// What one file holds from one device, summed up by the caller.
struct SentAttempts {
  std::string file;
  std::string device;      // empty: the attempts name no device
  std::string turf_id;     // empty: the file names no turf
  std::string package_id;  // empty: the package was made before package ids
  std::size_t attempts = 0;           // distinct attempt ids
  std::int64_t earliest_unix = 0;     // the earliest time_unix or recorded_unix; unused when attempts == 0
};

enum class FlagReason : std::uint8_t {
  kNoHandout,           // no hand-out of this turf/package is recorded
  kPackageOfOtherTurf,  // the package id was handed out as another turf
  kAnotherDeviceFirst,  // another device sent this package in first
  kBeforeHandout,       // attempts dated before the hand-out
};

struct Flag {
  FlagReason reason;
  std::string why;  // a sentence for the organizer, naming turf, package, devices and times
};

struct SentCheck {
  bool judged = false;      // false: no turf or no device to judge by (see `not_judged`)
  std::string not_judged;   // why it was not judged
  std::vector<Flag> flags;  // empty: nothing suspicious
};

class HandoutRecords {
 public:
  // A phone's clock may be off by a few minutes from the organizer's.
  static constexpr std::int64_t kClockSlackSeconds = 10 * 60;

  std::vector<Handout> handouts;    // in the order handed out
  std::vector<DeviceSeen> devices;  // in the order first seen

  // Judges `sent` and remembers its device as seen for its package (the first
  // time only; `now_unix` is then its first-seen time). `accept` marks the
  // device accepted for that package, for this and every later check.
  SentCheck Check(const SentAttempts& sent, std::int64_t now_unix, bool accept);

  // True once Check added or changed a device entry (the devices file must be written).
  bool devices_changed() const { return devices_changed_; }

 private:
  bool devices_changed_ = false;
};

// The files, and reading them back. A damaged line fails the whole read with
// "line N: $.field: reason": a record silently shortened would unflag devices.
std::string WriteHandouts(const std::vector<Handout>& handouts);
Status ParseHandouts(std::string_view text, std::vector<Handout>& out);
std::string WriteDevicesSeen(const std::vector<DeviceSeen>& devices);
Status ParseDevicesSeen(std::string_view text, std::vector<DeviceSeen>& out);

// "2026-12-03 09:58 UTC", for messages.
std::string UtcMinute(std::int64_t unix_seconds);

}  // namespace puerta
