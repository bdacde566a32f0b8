#include "storage/journal.h"

#include <algorithm>
#include <cstdio>

#include "storage/record_codec.h"

namespace puerta {
namespace {

void PutU64(std::string& out, std::uint64_t v) {
  for (int i = 0; i < 8; ++i) out += static_cast<char>((v >> (8 * i)) & 0xFF);
}
std::uint64_t GetU64(std::string_view in) {
  std::uint64_t v = 0;
  for (int i = 0; i < 8; ++i) v |= std::uint64_t(std::uint8_t(in[i])) << (8 * i);
  return v;
}

}  // namespace

Journal::Journal(KeyValueStore& store, std::string prefix, const Cipher* cipher)
    : store_(store), prefix_(std::move(prefix)), cipher_(cipher) {}

std::string Journal::EntryKey(std::uint64_t seq) const {
  char digits[24];
  std::snprintf(digits, sizeof digits, "%010llu", static_cast<unsigned long long>(seq));
  return prefix_ + ".j." + digits;
}

std::string Journal::SlotKey(int slot) const { return prefix_ + (slot == 0 ? ".snap.a" : ".snap.b"); }

JournalContents Journal::Load(const SnapshotCheck& usable) {
  JournalContents out;
  const std::string entry_prefix = prefix_ + ".j.";
  std::vector<std::uint64_t> seqs;
  for (const std::string& key : store_.Keys()) {
    if (!key.starts_with(entry_prefix)) continue;
    const std::string digits = key.substr(entry_prefix.size());
    if (digits.size() != 10 || digits.find_first_not_of("0123456789") != std::string::npos) continue;
    seqs.push_back(std::stoull(digits));
  }
  std::sort(seqs.begin(), seqs.end());
  const std::uint64_t last_entry = seqs.empty() ? 0 : seqs.back();

  // Both slots that decode, the one covering the most entries first.
  struct Candidate {
    int slot;
    std::uint64_t covers;
    std::string body;
  };
  std::vector<Candidate> candidates;
  for (int slot = 0; slot < 2; ++slot) {
    const std::string key = SlotKey(slot);
    const auto value = store_.Get(key);
    if (!value) continue;
    std::string problem;
    auto body = DecodeStoredValue(key, *value, cipher_, problem);
    if (!body || body->size() < 8) {
      out.problems.push_back(problem.empty() ? key + ": truncated snapshot" : problem);
      continue;
    }
    candidates.push_back({slot, GetU64(*body), body->substr(8)});
  }
  std::sort(candidates.begin(), candidates.end(),
            [](const Candidate& a, const Candidate& b) { return a.covers > b.covers; });

  // Compaction writes a snapshot covering every entry so far and removes only
  // the entries the previous snapshot covered, so the last entry a snapshot
  // covers is still stored until a newer snapshot exists. The exception is a
  // compaction with nothing appended since the one before: both slots then
  // cover the same entries.
  auto agrees = [&](const Candidate& c) {
    if (c.covers > kMaxSeq) return false;
    if (seqs.empty() || c.covers <= last_entry) return true;
    for (const Candidate& other : candidates)
      if (other.slot != c.slot && other.covers == c.covers) return true;
    return false;
  };
  covered_ = 0;
  current_slot_ = -1;
  std::size_t chosen = candidates.size();
  for (std::size_t i = 0; i < candidates.size() && chosen == candidates.size(); ++i) {
    const Candidate& c = candidates[i];
    const std::string key = SlotKey(c.slot);
    if (!agrees(c)) {
      out.problems.push_back(key + ": damaged or tampered with (it claims to cover " + std::to_string(c.covers) +
                             " records, but the journal holds records only up to " + std::to_string(last_entry) +
                             "); the other snapshot and the journal were used instead");
    } else if (usable && !usable(c.body)) {
      out.problems.push_back(key + ": cannot be read; the other snapshot and the journal were used instead");
    } else {
      chosen = i;
    }
  }
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    if (i != chosen) {
      out.other_snapshots.push_back(std::move(candidates[i].body));
      continue;
    }
    covered_ = candidates[i].covers;
    current_slot_ = candidates[i].slot;
    out.snapshot = std::move(candidates[i].body);
  }

  live_entries_ = seqs;
  next_seq_ = std::max(covered_, last_entry) + 1;
  since_snapshot_ = 0;
  for (std::uint64_t seq : seqs) {
    const bool covered = seq <= covered_;  // in the snapshot already, normally
    since_snapshot_ += !covered;
    const std::string key = EntryKey(seq);
    const auto value = store_.Get(key);
    if (!value) continue;
    std::string problem;
    if (auto payload = DecodeStoredValue(key, *value, cipher_, problem))
      (covered ? out.covered_entries : out.entries).push_back(std::move(*payload));
    else
      out.problems.push_back(problem);
  }
  return out;
}

Status Journal::Append(std::string_view payload) {
  if (next_seq_ > kMaxSeq) return Status::Fail("the journal has used up its record numbers");
  const std::string key = EntryKey(next_seq_);
  if (Status s = store_.Put(key, EncodeStoredValue(key, payload, cipher_)); !s) return s;
  live_entries_.push_back(next_seq_);
  ++next_seq_;
  ++since_snapshot_;
  return Status::Ok();
}

Status Journal::Compact(std::string_view snapshot_body) {
  const int slot = current_slot_ == 0 ? 1 : 0;
  const std::uint64_t covers = next_seq_ - 1;
  std::string body;
  PutU64(body, covers);
  body += snapshot_body;
  const std::string key = SlotKey(slot);
  if (Status s = store_.Put(key, EncodeStoredValue(key, body, cipher_)); !s) return s;
  // Entries the previous snapshot covered can go now. Those after it stay until
  // the next compaction: if this new snapshot is ever damaged, the previous one
  // plus those entries still hold everything.
  const std::uint64_t previous = covered_;
  std::erase_if(live_entries_, [&](std::uint64_t seq) {
    if (seq > previous) return false;
    store_.Remove(EntryKey(seq));
    return true;
  });
  current_slot_ = slot;
  covered_ = covers;
  since_snapshot_ = 0;
  return Status::Ok();
}

Status Journal::Wipe() {
  Status result = Status::Ok();
  for (const std::string& key : store_.Keys()) {
    if (key.starts_with(prefix_ + ".")) {
      if (Status s = store_.Remove(key); !s) result = s;
    }
  }
  live_entries_.clear();
  next_seq_ = 1;
  covered_ = 0;
  current_slot_ = -1;
  since_snapshot_ = 0;
  return result;
}

}  // namespace puerta
