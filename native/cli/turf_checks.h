// The organizer's records of hand-outs and of the devices that sent results
// back (turf/handout_records.h), as the commands use them: `puerta package`
// adds a hand-out; `puerta open` and `puerta export` check every file against
// them and print a flag for what looks made up. Flagged attempts are kept in
// the output, never dropped: the organizer decides, and `--accept-device ID`
// accepts a canvasser's replacement phone for good.
//
// The records folder is --records DIR, or else the folder of the organizer's
// key given to the command (`package --key`, `open --key`): the organizer's
// folder. Without either, `package` records nothing (never beside its --out,
// which may be the published web folder) and `open` and `export` say the
// files were not checked.
#pragma once

#include <iosfwd>
#include <span>
#include <string>
#include <vector>

#include "export/json_lines.h"
#include "turf/handout_records.h"

namespace puerta::cli {

// --records DIR if given, else the folder holding `key_path`, else "".
std::string RecordsFolder(const std::string& records_option, const std::string& key_path);

// Adds `handout` to DIR's hand-out file (read, added to, rewritten whole).
bool RecordHandout(const std::string& dir, const Handout& handout, std::ostream& err);

// One run's checks: load, check each file, save.
class TurfChecks {
 public:
  TurfChecks(std::string dir, std::vector<std::string> accepted, std::ostream& err)
      : dir_(std::move(dir)), accepted_(std::move(accepted)), err_(err) {}

  // False (after saying why) when the folder is missing or a records file is damaged.
  bool Load();
  // Judges each device's attempts in `file`, printing a flag per reason
  // ("puerta: FLAGGED: FILE: device D, turf T: why"), or a note when the
  // file cannot be judged. Returns whether anything was flagged.
  bool CheckFile(const std::string& file, const ExportOrigin& origin, std::span<const DeviceAttempts> by_device);
  // A spreadsheet or VAN file names no turf: said once per file.
  void NoteNoTurf(const std::string& file);
  // Writes the devices file if a device was added or accepted; warns about an
  // --accept-device that matched no file. False (after saying why) on a write failure.
  bool Save();

  std::size_t flagged_attempts() const { return flagged_attempts_; }
  std::size_t flagged_files() const { return flagged_files_; }
  // "puerta: flagged: ..." for the end of a run, or nothing when none was flagged.
  void PrintSummary(std::string_view where_kept);

 private:
  std::string dir_;
  std::vector<std::string> accepted_, accepted_seen_;
  std::ostream& err_;
  HandoutRecords records_;
  bool said_no_records_ = false;
  std::size_t flagged_attempts_ = 0, flagged_files_ = 0;
};

}  // namespace puerta::cli
