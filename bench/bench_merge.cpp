// Merging canvassers' JSON-lines exports (what `puerta export a.jsonl b.jsonl`
// does): seconds to import and merge files of N attempt versions, with the
// versions spread over many attempts or piled onto one attempt (an edited
// record, or a hostile file: 30,000 versions of one attempt took 107 s when
// each merge scanned and re-sorted that attempt's versions). Merging must
// stay O(n log n): doubling N should a little more than double the time.
// Prints figures; never passes or fails. PUERTA_BENCH_QUICK=1: smaller N.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "export/json_lines.h"
#include "responses/attempt_log.h"

namespace {

using puerta::ContactAttempt;

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

ContactAttempt Version(std::uint32_t attempt, std::uint32_t version) {
  ContactAttempt a;
  a.attempt_id = std::to_string(100000000 + attempt) + "0000000000000000000000";
  a.version = version;
  a.voter_id = "PV-" + std::to_string(attempt);
  a.household_id = "h" + std::to_string(attempt);
  a.time_unix = a.recorded_unix = 1'790'000'000 + attempt;
  a.canvasser = "Ana";
  a.result = version % 2 ? puerta::ResultCode::kNotHome : puerta::ResultCode::kRefused;
  a.notes = "edit " + std::to_string(version);
  return a;
}

enum class Order { kInOrder, kReversed, kShuffled };

// `attempts` attempts with versions/attempts versions each, as one file.
std::string File(std::uint32_t versions, std::uint32_t attempts, Order order) {
  std::vector<ContactAttempt> all;
  for (std::uint32_t v = 0; v < versions; ++v) all.push_back(Version(v % attempts, v / attempts + 1));
  if (order == Order::kReversed) std::reverse(all.begin(), all.end());
  if (order == Order::kShuffled) std::shuffle(all.begin(), all.end(), std::mt19937(7));
  return puerta::ExportJsonLines(all);
}

void Run(const char* what, std::uint32_t versions, std::uint32_t attempts, Order order) {
  const std::string file = File(versions, attempts, order);
  auto t0 = std::chrono::steady_clock::now();
  puerta::AttemptLog log;
  const puerta::MergeReport first = puerta::ImportJsonLines(file, log);
  const double merge_s = Seconds(t0);
  t0 = std::chrono::steady_clock::now();
  const puerta::MergeReport again = puerta::ImportJsonLines(file, log);  // every line a duplicate
  const double again_s = Seconds(t0);
  std::printf("  %-44s %7u versions: %.3f s (%.2f us/version); the same file again (duplicates): %.3f s; "
              "added %u, duplicates %u, errors %zu\n",
              what, versions, merge_s, 1e6 * merge_s / versions, again_s, first.added, again.duplicates,
              first.errors.size() + again.errors.size());
}

}  // namespace

int main() {
  const bool quick = std::getenv("PUERTA_BENCH_QUICK") != nullptr;
  const std::uint32_t n = quick ? 7'500 : 30'000;
  std::printf("import + merge of one JSON-lines file (parse, CheckAttempt, AttemptLog::Merge)\n");
  for (const std::uint32_t size : {n / 2, n}) {
    Run("one attempt, versions in order", size, 1, Order::kInOrder);
    Run("one attempt, versions in reverse order", size, 1, Order::kReversed);
    Run("one attempt, versions shuffled", size, 1, Order::kShuffled);
    Run("one version each of many attempts", size, size, Order::kShuffled);
  }
  return 0;
}
