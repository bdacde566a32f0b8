#include "native/desk/plan_history.h"

namespace puerta::desk {
namespace {

// Enough for an afternoon of cutting; the oldest step goes first.
constexpr std::size_t kMaxSteps = 100;

}  // namespace

void PlanHistory::Start(const WalkList& list) {
  plan_.emplace(list);
  undo_.clear();
  redo_.clear();
}

void PlanHistory::Clear() {
  undo_.clear();
  redo_.clear();
  plan_.reset();
}

void PlanHistory::Change(const std::function<void(cut::TurfPlan&)>& change) {
  if (!plan_) return;
  undo_.push_back(*plan_);
  if (undo_.size() > kMaxSteps) undo_.erase(undo_.begin());
  redo_.clear();
  change(*plan_);
}

bool PlanHistory::Undo() {
  if (!plan_ || undo_.empty()) return false;
  redo_.push_back(std::move(*plan_));
  plan_.emplace(std::move(undo_.back()));
  undo_.pop_back();
  return true;
}

bool PlanHistory::Redo() {
  if (!plan_ || redo_.empty()) return false;
  undo_.push_back(std::move(*plan_));
  plan_.emplace(std::move(redo_.back()));
  redo_.pop_back();
  return true;
}

}  // namespace puerta::desk
