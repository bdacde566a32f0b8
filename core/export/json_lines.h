// The lossless export: JSON Lines, one contact-attempt version per line,
// after a header line naming the format and, from a phone, the turf and
// package the attempts belong to (inside the phone's signature, so a file
// cannot be moved to another turf; turf/handout_records.h):
//   {"format":"puerta-attempts","format_version":1,"turf_id":"eastside-3f9a1c","package_id":"9c1e..."}
//   {"attempt_id":"3f9c...","version":1,...}
// Every field of ContactAttempt is written, every version of every attempt,
// so importing gives back exactly what was exported. Organizers merge the
// files of many canvassers by importing each: versions already held (same
// attempt id and version) are skipped. Field list: docs/export-formats.md.
#pragma once

#include <cstdint>
#include <map>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "responses/attempt_log.h"
#include "responses/contact_attempt.h"

namespace puerta {

inline constexpr std::uint32_t kJsonLinesFormatVersion = 1;

// Where a file's attempts were recorded. Both empty in files from before
// exports named their turf, and in merged files (attempts of many turfs);
// package_id empty when the turf's package was made before package ids.
struct ExportOrigin {
  std::string turf_id;
  std::string package_id;
};

// Practice attempts are left out unless asked for (a trainer reviewing a
// session); they keep "practice": true, so no reader mistakes them for real.
std::string ExportJsonLines(std::span<const ContactAttempt> versions, bool include_practice = false,
                           const ExportOrigin& origin = {});
std::string AttemptToJson(const ContactAttempt& attempt);  // one line, no newline

struct ParsedJsonLines {
  bool header_read = false;  // it is an attempts export (its first line says so)
  ExportOrigin origin;       // from the header line
  std::vector<ContactAttempt> attempts;
  std::vector<std::uint32_t> lines;  // the line each attempt was read from (same order)
  std::vector<std::string> errors;  // "line 7: ..." for each line that was skipped
};
ParsedJsonLines ParseJsonLines(std::string_view text);

// Per device (""; for versions naming none), what a file holds: how many
// attempts (distinct ids) and the earliest time among their versions
// (time_unix or recorded_unix), sorted by device.
struct DeviceAttempts {
  std::string device;
  std::uint32_t attempts = 0;
  std::int64_t earliest_unix = 0;
};
std::vector<DeviceAttempts> AttemptsByDevice(std::span<const ContactAttempt> versions);

struct MergeReport {
  std::uint32_t added = 0;
  std::uint32_t duplicates = 0;  // same id and version, same content: skipped
  std::uint32_t conflicts = 0;   // same id and version, different content: ours kept
  std::uint32_t other_device = 0;  // an attempt id already recorded by another device: refused
  std::vector<std::string> devices;  // the devices this file's attempts name, sorted, each once
  ExportOrigin origin;                    // the file's turf and package, from its header
  std::vector<DeviceAttempts> by_device;  // every attempt the file holds, refused ones included
  std::vector<std::string> errors;
  // One per conflict: "attempt 3f9c... version 2 differs between ana.jsonl
  // and ben.jsonl; the one from ana.jsonl was kept". And one per version
  // refused because another device recorded that attempt (AttemptMerge).
  std::vector<std::string> warnings;
};
// Parses and merges into `log`; lines breaking CheckAttempt are refused.
MergeReport ImportJsonLines(std::string_view text, AttemptLog& log);

// Merges several files into one log, remembering which file each version
// came from so a conflict names the attempt and both files. Nothing else may
// add to the log while it is in use.
//
// An attempt belongs to the device that first recorded it (its "device"
// field, checked against the file's signature by the organizer's tools:
// export/result_files.h). A version of that attempt naming another device is
// refused, whatever its version number, with a warning naming the attempt,
// both files and both devices: a file from another phone (or a forged one)
// never replaces what a canvasser recorded. Versions naming no device
// (recorded before phones signed) are merged as before.
class AttemptMerge {
 public:
  explicit AttemptMerge(AttemptLog& log) : log_(log), first_(log.AllVersions().size()) {}
  // `file` names the text in messages ("canvasser-ana.jsonl").
  MergeReport Import(std::string_view file, std::string_view text);

 private:
  AttemptLog& log_;
  std::size_t first_;                  // versions held before the first Import
  std::vector<std::string> files_;     // in import order
  std::vector<std::uint32_t> origins_;  // the file of each version added since
  struct Owner {
    std::string device;  // empty: no version seen so far names one
    std::uint32_t file = 0;  // index into files_, or kHeld
  };
  static constexpr std::uint32_t kHeld = 0xFFFFFFFFu;  // held before the first Import
  std::map<std::string, Owner, std::less<>> owners_;  // by attempt id
};

}  // namespace puerta
