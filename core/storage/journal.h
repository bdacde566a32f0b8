// Journal: durable, append-only storage of records (contact attempts) on a
// KeyValueStore, so that saving one response is one small write whatever the
// size of the walk list.
//
//   <prefix>.j.<seq>     one record per append (seq: 10 digits, increasing)
//   <prefix>.snap.a/b    a compacted snapshot of everything up to some seq;
//                        two slots, written alternately, so the last good
//                        snapshot survives a failed or torn compaction
//
// Every value is written by storage/record_codec.h: a framed record (format
// version, checksum), sealed with the device key when there is one. A damaged or truncated record is
// reported and skipped; everything else still loads.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "crypto/cipher.h"
#include "storage/key_value_store.h"

namespace puerta {

struct JournalContents {
  std::optional<std::string> snapshot;   // the newest good snapshot's body
  std::vector<std::string> entries;      // appended after it, in order
  std::vector<std::string> problems;     // one line per damaged record, naming its key
};

class Journal {
 public:
  // cipher may be null (no PIN on this turf); it must outlive the journal.
  Journal(KeyValueStore& store, std::string prefix, const Cipher* cipher = nullptr);

  // Reads what is stored and positions the journal after it. Call once first.
  JournalContents Load();

  // One write of one new key. On failure (quota, disk full) nothing changed.
  Status Append(std::string_view payload);

  // Writes `snapshot_body` (covering every entry appended so far) into the
  // older slot, then removes the entries that the previous snapshot covered.
  // On failure the snapshots and entries stay as they were.
  Status Compact(std::string_view snapshot_body);

  // Removes every key of this journal.
  Status Wipe();

  std::uint32_t entries_since_snapshot() const { return since_snapshot_; }

 private:
  std::string EntryKey(std::uint64_t seq) const;
  std::string SlotKey(int slot) const;

  KeyValueStore& store_;
  std::string prefix_;
  const Cipher* cipher_;
  std::uint64_t next_seq_ = 1;
  std::uint64_t covered_ = 0;    // entries up to this seq are in the current snapshot
  int current_slot_ = -1;        // 0 (a), 1 (b), or -1: no snapshot yet
  std::uint32_t since_snapshot_ = 0;
  std::vector<std::uint64_t> live_entries_;  // every entry key present, in order
};

}  // namespace puerta
