// Frame cost of the walk list with 50 and with 5,000 households, drawn by the
// real screens on the headless platform (no GPU: layout and draw lists only,
// which is the part that grows with the list). Prints microseconds per frame;
// bench/frame_instructions.sh runs it under callgrind for instruction counts.
//   bench_ui_frames [HOUSEHOLDS [FRAMES]]   one size only (for callgrind)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "script/script_parse.h"
#include "turf/turf_package.h"
#include "ui/headless/ui_harness.h"

using namespace puerta;

namespace {

std::string MakeTurf(int households) {
  TurfPackage turf;
  turf.turf_id = "bench-" + std::to_string(households);
  turf.name = "Bench turf";
  turf.organization = "Bench";
  turf.campaign = "Bench";
  turf.canvasser = "Bench";
  turf.require_encryption = false;
  std::ifstream script(PUERTA_SOURCE_DIR "/assets/scripts/pledge-to-vote.json");
  std::stringstream text;
  text << script.rdbuf();
  turf.script_sources.push_back(text.str());
  turf.scripts.emplace_back();
  CheckScript(turf.script_sources.back(), &turf.scripts.back());
  for (int i = 0; i < households; ++i) {
    Household h;
    h.id = "h" + std::to_string(i + 1);
    h.address.house_number = std::to_string(100 + i);
    h.address.street = "MAIN ST";
    h.address.display = std::to_string(100 + i) + " Main St";
    h.location = GeoPoint{37.35 + i * 1e-5, -121.88};
    for (int v = 0; v < 1 + i % 3; ++v)
      h.voters.push_back({"V" + std::to_string(i) + "-" + std::to_string(v), "Ana", "García", "", v ? "es" : "", {}});
    turf.walk_list.households.push_back(h);
    turf.walk_list.buildings.push_back({"b" + std::to_string(i + 1), h.address.display, h.location,
                                        {static_cast<std::uint32_t>(i)}});
  }
  return WriteTurfPackage(turf);
}

double MicrosPerFrame(int households, int frames) {
  test::UiHarness ui;
  ui.app().OpenTurfBytes(MakeTurf(households), "bench");
  if (!ui.app().banner().empty()) {
    std::fprintf(stderr, "bench turf refused: %s\n", ui.app().banner().c_str());
    std::exit(1);
  }
  ui.app().Push(Screen::kWalkList);
  ui.Frame(5);
  if (!ui.Find("##door-h1")) {
    std::fprintf(stderr, "the walk list is not showing\n");
    std::exit(1);
  }
  std::vector<double> samples;
  for (int i = 0; i < frames; ++i) {
    const auto start = std::chrono::steady_clock::now();
    ui.Frame();
    samples.push_back(std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - start).count());
  }
  std::sort(samples.begin(), samples.end());
  return samples[samples.size() / 2];
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1) {
    const int households = std::atoi(argv[1]);
    const int frames = argc > 2 ? std::atoi(argv[2]) : 100;
    std::printf("households=%d frames=%d median_us=%.1f\n", households, frames, MicrosPerFrame(households, frames));
    return 0;
  }
  const double small = MicrosPerFrame(50, 300), large = MicrosPerFrame(5000, 300);
  std::printf("walk list frame, headless (layout + draw lists), median of 300 frames:\n");
  std::printf("  50 households:    %8.1f us\n  5,000 households: %8.1f us\n  ratio 5,000 / 50: %.2f (goal: near 1: only the rows on screen are drawn)\n",
              small, large, large / small);
}
