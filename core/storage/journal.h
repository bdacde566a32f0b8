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
//
// A snapshot is trusted only as far as the journal agrees with it. One that
// claims to cover records the journal never held (a forged or corrupted
// count would hide every entry after it), or whose body the caller cannot
// read, is reported and passed over: the other slot plus the entries after
// it are used instead. Compaction keeps the entries that the newest snapshot
// added over the previous one, so that fallback loses nothing.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "crypto/cipher.h"
#include "storage/key_value_store.h"

namespace puerta {

struct JournalContents {
  std::optional<std::string> snapshot;   // the newest good snapshot's body
  std::vector<std::string> entries;      // appended after it, in order
  // What else is stored, normally all inside `snapshot` already: the other
  // slot's body (or both, when neither was used) and the entries the
  // snapshot covers that are still kept. A reader that merges them too (by
  // attempt id and version, as CanvassSession does) loses nothing a damaged
  // or forged snapshot leaves out.
  std::vector<std::string> other_snapshots;
  std::vector<std::string> covered_entries;
  std::vector<std::string> problems;     // one line per damaged record, naming its key
};

class Journal {
 public:
  // cipher may be null (no PIN on this turf); it must outlive the journal.
  Journal(KeyValueStore& store, std::string prefix, const Cipher* cipher = nullptr);

  // The largest sequence number a key can spell (10 digits).
  static constexpr std::uint64_t kMaxSeq = 9'999'999'999;

  // Whether a snapshot's body can be used; the journal cannot tell, since it
  // does not know what the records hold (CanvassSession decodes them here).
  using SnapshotCheck = std::function<bool(std::string_view body)>;

  // Reads what is stored and positions the journal after it. Call once first.
  // When `usable` is given, the snapshot returned is the last body it accepted.
  JournalContents Load(const SnapshotCheck& usable = nullptr);

  // One write of one new key. On failure (quota, disk full, or sequence
  // numbers used up: a key past kMaxSeq would not be found again) nothing
  // changed.
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
