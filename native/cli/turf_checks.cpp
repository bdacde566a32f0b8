#include "native/cli/turf_checks.h"

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <ostream>
#include <system_error>

#include "native/cli/files.h"

namespace puerta::cli {
namespace {

namespace fs = std::filesystem;

std::string InFolder(const std::string& dir, std::string_view name) { return (fs::path(dir) / name).string(); }

// A records file's text; a file not there yet reads as empty.
bool ReadRecordsFile(const std::string& path, std::string& text, std::ostream& err) {
  std::error_code ec;
  if (!fs::exists(path, ec)) {
    text.clear();
    return true;
  }
  return ReadFile(path, text, err);
}

bool FolderExists(const std::string& dir, std::ostream& err) {
  std::error_code ec;
  if (fs::is_directory(dir, ec)) return true;
  err << "puerta: the records folder " << dir << " does not exist (it holds " << kHandoutsFileName << " and "
      << kDevicesFileName << "; give --records DIR, the folder of your organizer keys)\n";
  return false;
}

}  // namespace

std::string RecordsFolder(const std::string& records_option, const std::string& key_path) {
  if (!records_option.empty()) return records_option;
  if (key_path.empty()) return {};
  const fs::path folder = fs::path(key_path).parent_path();
  return folder.empty() ? "." : folder.string();
}

bool RecordHandout(const std::string& dir, const Handout& handout, std::ostream& err) {
  if (!FolderExists(dir, err)) return false;
  const std::string path = InFolder(dir, kHandoutsFileName);
  std::string text;
  if (!ReadRecordsFile(path, text, err)) return false;
  std::vector<Handout> handouts;
  if (Status s = ParseHandouts(text, handouts); !s) {
    err << "puerta: " << path << ": " << s.message() << "; the hand-out was not recorded, so nothing was written\n";
    return false;
  }
  handouts.push_back(handout);
  return WriteOutputFile(path, WriteHandouts(handouts), err);
}

bool TurfChecks::Load() {
  if (dir_.empty()) return true;
  if (!FolderExists(dir_, err_)) return false;
  const std::string handouts = InFolder(dir_, kHandoutsFileName), devices = InFolder(dir_, kDevicesFileName);
  std::string text;
  if (!ReadRecordsFile(handouts, text, err_)) return false;
  if (Status s = ParseHandouts(text, records_.handouts); !s) {
    err_ << "puerta: " << handouts << ": " << s.message() << "\n";
    return false;
  }
  if (!ReadRecordsFile(devices, text, err_)) return false;
  if (Status s = ParseDevicesSeen(text, records_.devices); !s) {
    err_ << "puerta: " << devices << ": " << s.message() << "\n";
    return false;
  }
  return true;
}

bool TurfChecks::CheckFile(const std::string& file, const ExportOrigin& origin,
                           std::span<const DeviceAttempts> by_device) {
  if (dir_.empty()) {
    if (!said_no_records_)
      err_ << "puerta: note: the devices were not checked against your hand-outs: no records folder (add --records "
           << "DIR, the folder of your organizer keys and " << kHandoutsFileName << ")\n";
    said_no_records_ = true;
    return false;
  }
  bool flagged = false;
  const std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
  for (const DeviceAttempts& d : by_device) {
    const bool accept = std::find(accepted_.begin(), accepted_.end(), d.device) != accepted_.end();
    if (accept) accepted_seen_.push_back(d.device);
    // Recorded with its full path: a later run may start in another folder.
    std::error_code ec;
    const fs::path absolute = fs::absolute(file, ec);
    const std::string recorded = ec ? file : absolute.lexically_normal().string();
    const SentCheck check = records_.Check(
        {recorded, d.device, origin.turf_id, origin.package_id, d.attempts, d.earliest_unix}, now, accept);
    if (!check.judged) {
      err_ << "puerta: note: " << file << ": " << check.not_judged << "\n";
      continue;
    }
    for (const Flag& flag : check.flags)
      err_ << "puerta: FLAGGED: " << file << ": device " << d.device << ", turf " << origin.turf_id << ", "
           << d.attempts << " attempt(s): " << flag.why << "\n";
    if (!check.flags.empty()) {
      flagged = true;
      flagged_attempts_ += d.attempts;
      if (std::any_of(check.flags.begin(), check.flags.end(),
                      [](const Flag& f) { return f.reason == FlagReason::kAnotherDeviceFirst; }))
        err_ << "puerta: FLAGGED: " << file << ": if device " << d.device << " is the canvasser's own new phone, "
             << "add --accept-device " << d.device << " (remembered in " << InFolder(dir_, kDevicesFileName) << ")\n";
    }
  }
  if (flagged) ++flagged_files_;
  return flagged;
}

void TurfChecks::NoteNoTurf(const std::string& file) {
  if (dir_.empty()) return;
  err_ << "puerta: note: " << file << ": a spreadsheet or VAN file names no turf, so it was not checked against "
       << "the hand-outs; the full record (.jsonl) sent with it is\n";
}

bool TurfChecks::Save() {
  for (const std::string& id : accepted_)
    if (std::find(accepted_seen_.begin(), accepted_seen_.end(), id) == accepted_seen_.end())
      err_ << "puerta: note: --accept-device " << id << ": no file given came from that device; nothing accepted\n";
  if (dir_.empty() || !records_.devices_changed()) return true;
  return WriteOutputFile(InFolder(dir_, kDevicesFileName), WriteDevicesSeen(records_.devices), err_);
}

void TurfChecks::PrintSummary(std::string_view where_kept) {
  if (flagged_files_ == 0) return;
  err_ << "puerta: flagged: " << flagged_attempts_ << " attempt(s) in " << flagged_files_
       << " file(s) come from devices flagged above; they are " << where_kept
       << ", not dropped: check them with the canvassers before trusting them\n";
}

}  // namespace puerta::cli
