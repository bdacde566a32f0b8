// Every contact attempt on this device, with every version of each: an edit
// (fixing a wrong result code, adding a note) adds a version and keeps the
// earlier ones, so nothing a canvasser recorded is ever silently lost.
// Imports from other canvassers merge in by (attempt id, version).
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "responses/contact_attempt.h"
#include "util/status.h"

namespace puerta {

class AttemptLog {
 public:
  // A new attempt: must pass CheckAttempt, be version 1 and have an unused id.
  Status Record(ContactAttempt attempt);
  // A new version of an existing attempt: its version and recorded_unix are
  // set here (latest + 1, `now_unix`). Must pass CheckAttempt.
  Status Edit(ContactAttempt revised, std::int64_t now_unix);

  enum class MergeOutcome { kAdded, kDuplicate, kConflict };
  // Takes one version from an import. The same id and version already held
  // is a duplicate when equal, a conflict (ours kept) when not. Versions may
  // arrive in any order. O(log n) in the attempts and in their versions:
  // merging n versions costs O(n log n) however they are spread over attempts.
  MergeOutcome Merge(ContactAttempt version);

  // The version held with this id and number, or null.
  const ContactAttempt* Find(std::string_view attempt_id, std::uint32_t version) const;

  const ContactAttempt* Latest(std::string_view attempt_id) const;
  std::vector<const ContactAttempt*> History(std::string_view attempt_id) const;  // oldest first
  // The latest version of every attempt, by time then id: what statistics
  // and exports read.
  std::vector<ContactAttempt> Current() const;
  const std::vector<ContactAttempt>& AllVersions() const { return versions_; }  // in arrival order
  std::size_t AttemptCount() const { return by_id_.size(); }

 private:
  std::vector<ContactAttempt> versions_;
  // id -> (version number -> index into versions_). A map per attempt, not a
  // vector kept sorted: a file holding 30,000 versions of one attempt took
  // 107 s to merge when each arrival scanned and re-sorted the list.
  std::map<std::string, std::map<std::uint32_t, std::size_t>, std::less<>> by_id_;
};

}  // namespace puerta
