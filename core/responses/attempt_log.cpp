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
  auto& indexes = by_id_[version.attempt_id];
  for (std::size_t i : indexes) {
    if (versions_[i].version == version.version)
      return versions_[i] == version ? MergeOutcome::kDuplicate : MergeOutcome::kConflict;
  }
  versions_.push_back(std::move(version));
  indexes.push_back(versions_.size() - 1);
  std::sort(indexes.begin(), indexes.end(),
            [&](std::size_t a, std::size_t b) { return versions_[a].version < versions_[b].version; });
  return MergeOutcome::kAdded;
}

const ContactAttempt* AttemptLog::Latest(std::string_view attempt_id) const {
  const auto it = by_id_.find(attempt_id);
  return it == by_id_.end() ? nullptr : &versions_[it->second.back()];
}

std::vector<const ContactAttempt*> AttemptLog::History(std::string_view attempt_id) const {
  std::vector<const ContactAttempt*> out;
  if (const auto it = by_id_.find(attempt_id); it != by_id_.end())
    for (std::size_t i : it->second) out.push_back(&versions_[i]);
  return out;
}

std::vector<ContactAttempt> AttemptLog::Current() const {
  std::vector<ContactAttempt> out;
  out.reserve(by_id_.size());
  for (const auto& [id, indexes] : by_id_) out.push_back(versions_[indexes.back()]);
  std::stable_sort(out.begin(), out.end(), [](const ContactAttempt& a, const ContactAttempt& b) {
    return a.time_unix != b.time_unix ? a.time_unix < b.time_unix : a.attempt_id < b.attempt_id;
  });
  return out;
}

}  // namespace puerta
