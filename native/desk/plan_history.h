// The turfs being cut on the desk, with undo and redo for every cutting
// action (auto-cut, cut by column, a turf from a selection, add, take out,
// merge, split). A TurfPlan is a value (cut/turf_plan.h): an undo step is the
// plan as it was, so undoing can never leave a household in two turfs.
#pragma once

#include <functional>
#include <optional>
#include <vector>

#include "cut/turf_plan.h"

namespace puerta::desk {

class PlanHistory {
 public:
  // A new, empty plan on `list` (which must outlive it); the history is cleared.
  void Start(const WalkList& list);
  void Clear();
  bool started() const { return plan_.has_value(); }
  const cut::TurfPlan& plan() const { return *plan_; }

  // Applies `change` to the plan, as one step that Undo() takes back.
  void Change(const std::function<void(cut::TurfPlan&)>& change);
  bool Undo();
  bool Redo();
  bool can_undo() const { return !undo_.empty(); }
  bool can_redo() const { return !redo_.empty(); }

 private:
  std::optional<cut::TurfPlan> plan_;
  std::vector<cut::TurfPlan> undo_, redo_;
};

}  // namespace puerta::desk
