// libFuzzer target: the canvassers' CSV (cut/canvassers.h) on arbitrary
// bytes, then suggestions for three turfs. Checks: every canvasser kept has
// a name and a language, no name twice, every problem names a row or says
// why the file as a whole was refused, and every suggestion names someone
// from the list.
// Seeds: tests/fuzz/seeds_canvassers.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <set>
#include <string>
#include <vector>

#include "cut/canvassers.h"

namespace {
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_canvassers: %s\n", what);
  std::abort();
}

puerta::WalkList ThreeTurfs() {
  puerta::WalkList list;
  for (const char* language : {"es", "vi", "ko"}) {
    puerta::Household h;
    h.voters.push_back({"V", "", "", "", language, {}});
    list.households.push_back(h);
  }
  return list;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  const puerta::cut::CanvasserList read = puerta::cut::ReadCanvassers(bytes);
  std::set<std::string> names;
  for (const auto& c : read.canvassers) {
    if (c.name.empty()) Fail("a canvasser without a name was kept");
    if (c.languages.empty()) Fail("a canvasser without a language was kept");
    if (!names.insert(c.name).second) Fail("a name was kept twice");
  }
  for (const auto& p : read.problems)
    if (p.message.empty()) Fail("a problem says nothing");
  static const puerta::WalkList list = ThreeTurfs();
  puerta::cut::TurfPlan plan(list);
  for (std::uint32_t h = 0; h < 3; ++h) plan.Assign(std::vector<std::uint32_t>{h}, plan.AddTurf("T"));
  for (const auto& s : puerta::cut::SuggestCanvassers(plan, read.canvassers))
    if (read.canvassers.empty() ? !s.canvasser.empty() : !names.count(s.canvasser)) Fail("a suggestion names nobody listed");
  return 0;
}
