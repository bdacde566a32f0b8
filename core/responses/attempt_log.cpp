#include "responses/attempt_log.h"

#include <algorithm>

namespace puerta {
namespace {

Status Checked(const ContactAttempt& a) {
  const auto problems = CheckAttempt(a);
  if (problems.empty()) return Status::Ok();
  std::string message;
  for (const auto& p : problems) message += (message.empty() ? "" : "; ") + p;
  return Status::Fail(message);
}

}  // namespace

Status AttemptLog::Record(ContactAttempt attempt) {
  if (attempt.version != 1) return Status::Fail("a new attempt is version 1");
  if (by_id_.count(attempt.attempt_id)) return Status::Fail("an attempt with this id is already recorded");
  if (Status s = Checked(attempt); !s) return s;
  Merge(std::move(attempt));
  return Status::Ok();
}

Status AttemptLog::Edit(ContactAttempt revised, std::int64_t now_unix) {
  const ContactAttempt* latest = Latest(revised.attempt_id);
  if (!latest) return Status::Fail("no attempt with this id to edit");
  revised.version = latest->version + 1;
  revised.recorded_unix = now_unix;
  if (Status s = Checked(revised); !s) return s;
  Merge(std::move(revised));
  return Status::Ok();
}

AttemptLog::MergeOutcome AttemptLog::Merge(ContactAttempt version) {
  auto id = by_id_.find(version.attempt_id);
  if (id == by_id_.end()) id = by_id_.emplace(version.attempt_id, std::map<std::uint32_t, std::size_t>{}).first;
  const auto [slot, added] = id->second.try_emplace(version.version, versions_.size());
  if (!added) return versions_[slot->second] == version ? MergeOutcome::kDuplicate : MergeOutcome::kConflict;
  versions_.push_back(std::move(version));
  return MergeOutcome::kAdded;
}

const ContactAttempt* AttemptLog::Find(std::string_view attempt_id, std::uint32_t version) const {
  const auto id = by_id_.find(attempt_id);
  if (id == by_id_.end()) return nullptr;
  const auto v = id->second.find(version);
  return v == id->second.end() ? nullptr : &versions_[v->second];
}

const ContactAttempt* AttemptLog::Latest(std::string_view attempt_id) const {
  const auto it = by_id_.find(attempt_id);
  return it == by_id_.end() ? nullptr : &versions_[it->second.rbegin()->second];
}

std::vector<const ContactAttempt*> AttemptLog::History(std::string_view attempt_id) const {
  std::vector<const ContactAttempt*> out;
  if (const auto it = by_id_.find(attempt_id); it != by_id_.end())
    for (const auto& [number, i] : it->second) out.push_back(&versions_[i]);
  return out;
}

std::vector<ContactAttempt> AttemptLog::Current() const {
  std::vector<ContactAttempt> out;
  out.reserve(by_id_.size());
  for (const auto& [id, versions] : by_id_) out.push_back(versions_[versions.rbegin()->second]);
  std::stable_sort(out.begin(), out.end(), [](const ContactAttempt& a, const ContactAttempt& b) {
    return a.time_unix != b.time_unix ? a.time_unix < b.time_unix : a.attempt_id < b.attempt_id;
  });
  return out;
}

}  // namespace puerta
