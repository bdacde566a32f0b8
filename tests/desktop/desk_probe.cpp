// Draws the organizer's workspace (native/desk/workspace.h) with no window
// or GPU, at a laptop's 1280×800, as the desktop shows it, and saves the
// frame as a PNG (ui/headless/screenshot.h) for a person to look at. Prints
// what the chosen view shows, for tests/desktop/desk.sh to compare with the
// command line's report:
//   total: attempts=N doors=N conversations=N support=N     (Results)
//   rows: N                                                  (Results: groups shown)
//   batch: ID STATE                                          (Review, each file)
//   flags: N                                                 (Review, standing flags)
//   on screen: LABEL                                         (each label asked for that is drawn)
//   turfs: K D1 D2 ...  /  not in a turf: N                (Turfs: the cut, doors per turf)
//   collected: FILE N new, N already had, N rejected        (each --collect)
//   replacement glyphs: N                                    (characters drawn as boxes)
// usage: desk_probe CAMPAIGN SECTION LANGUAGE OUT.png [--by org,day] [--reject BATCH] [--confirm-first] [--cut N] [--merge A,B] [--undo STEPS] [--save DIR] [--key SECRET] [--collect FILE]... [--label TEXT]...
//   SECTION: campaign, turfs, results, review or practice
//   --voters FILE: a voter file loaded on Turfs; --select LAT,LON,LAT,LON: a rectangle selected on its map
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "imgui.h"
#include "native/desk/workspace.h"
#include "native/desktop_style.h"
#include "ui/headless/screenshot.h"
#include "ui/widget_registry.h"

using namespace puerta;

namespace {

std::vector<std::string> Split(const std::string& text) {
  std::vector<std::string> parts;
  std::stringstream in(text);
  for (std::string part; std::getline(in, part, ',');) parts.push_back(part);
  return parts;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 5) {
    std::fprintf(stderr, "usage: desk_probe CAMPAIGN SECTION LANGUAGE OUT.png [--by ...] [--reject BATCH] [--label TEXT]...\n");
    return 2;
  }
  const std::string section = argv[2];
  std::vector<std::string> labels;
  std::string by;
  std::string key, voters, save, canvassers;
  int cut_doors = 0, undo = 0;
  std::vector<std::string> merge;
  std::vector<std::string> select;
  std::vector<std::string> collect;
  long long reject = 0;
  bool confirm_first = false;
  for (int i = 5; i < argc; ++i)
    if (!std::strcmp(argv[i], "--confirm-first")) confirm_first = true;
  for (int i = 5; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--confirm-first")) {
      --i;
      continue;
    }
    if (!std::strcmp(argv[i], "--by")) by = argv[i + 1];
    else if (!std::strcmp(argv[i], "--key")) key = argv[i + 1];
    else if (!std::strcmp(argv[i], "--voters")) voters = argv[i + 1];
    else if (!std::strcmp(argv[i], "--select")) select = Split(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--cut")) cut_doors = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--merge")) merge = Split(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--save")) save = argv[i + 1];
    else if (!std::strcmp(argv[i], "--canvassers")) canvassers = argv[i + 1];
    else if (!std::strcmp(argv[i], "--undo")) undo = std::atoi(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--collect")) collect.push_back(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--reject")) reject = std::atoll(argv[i + 1]);
    else if (!std::strcmp(argv[i], "--label")) labels.push_back(argv[i + 1]);
  }
  ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;
  io.DisplaySize = ImVec2(1280, 800);
  io.DisplayFramebufferScale = ImVec2(1, 1);
  io.DeltaTime = 1.0f / 60.0f;
  WidgetRegistry registry;
  registry.Attach(ImGui::GetCurrentContext());

  desk::Workspace workspace(argv[3], [] { return std::string(); });
  if (!workspace.desk().Open(argv[1])) {
    std::fprintf(stderr, "desk_probe: %s\n", workspace.desk().problem().c_str());
    return 1;
  }
  if (reject && !workspace.desk().ReviewBatch(reject, campaign::ReviewAction::kReject)) {
    std::fprintf(stderr, "desk_probe: reject: %s\n", workspace.desk().problem().c_str());
    return 1;
  }
  // Files dropped on the window, with the secret key file typed in Campaign.
  workspace.desk().SetSecretKeyFile(key);
  for (const std::string& file : collect) {
    const desk::CollectedFile& f = workspace.desk().Collect(file);
    std::printf("collected: %s %u new, %u already had, %u rejected%s%s\n", f.name.c_str(), f.result.added,
                f.result.already_had, f.result.rejected, f.problem.empty() ? "" : ": ", f.problem.c_str());
  }
  // The first permanent result's Confirm, as the Review view's button does it.
  if (confirm_first)
    for (const campaign::QualityFlag& f : workspace.desk().Flags())
      if (f.kind == "permanent_result" && !f.cleared && f.attempt_ids.size() == 1) {
        if (!workspace.desk().ConfirmResult(f.attempt_ids.front())) return 1;
        std::printf("confirmed: %s\n", f.attempt_ids.front().c_str());
        break;
      }
  if (!by.empty()) workspace.results().SetGrouping(Split(by));
  if (!voters.empty() && !workspace.turfs().Load(voters)) {
    std::fprintf(stderr, "desk_probe: %s\n", workspace.turfs().problem().c_str());
    return 1;
  }
  // Cutting, as the Turfs panel's buttons do it: auto-cut, merge two turfs,
  // undo some steps, save the turfs as voter files.
  desk::TurfsView& turfs = workspace.turfs();
  if (!canvassers.empty() && !turfs.LoadCanvassers(canvassers)) {
    std::fprintf(stderr, "desk_probe: canvassers: %s\n", turfs.message().c_str());
    return 1;
  }
  if (cut_doors > 0) turfs.AutoCut(static_cast<std::uint32_t>(cut_doors));
  if (merge.size() == 2) turfs.Merge(std::stoul(merge[0]), std::stoul(merge[1]));
  for (int i = 0; i < undo; ++i) turfs.history().Undo();
  if (!save.empty() && !turfs.SaveTurfs(save)) {
    std::fprintf(stderr, "desk_probe: save: %s\n", turfs.message().c_str());
    return 1;
  }
  workspace.Show(section == "turfs"      ? desk::Section::kTurfs
                 : section == "results"    ? desk::Section::kResults
                 : section == "review"   ? desk::Section::kReview
                 : section == "practice" ? desk::Section::kPractice
                                         : desk::Section::kCampaign);
  Theme theme;
  GlyphSet glyphs;
  for (int frame = 0; frame < 4; ++frame) {
    workspace.NeedGlyphs(glyphs);
    if (theme.Update(ThemeOptions{1.0f, kDesktopTextScale}, glyphs)) {
      unsigned char* pixels;
      int w, h;
      io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    }
    ApplyDesktopStyle();
    ImGui::NewFrame();
    registry.BeginFrame();
    workspace.Draw(theme);
    ImGui::Render();
    registry.EndFrame();
  }
  // A rectangle drawn with Shift+drag, given as its corners' lat,lon,lat,lon;
  // then one more frame, drawn with the selection.
  if (select.size() == 4) {
    workspace.turfs().map().SelectBox({std::stod(select[0]), std::stod(select[1])}, {std::stod(select[2]), std::stod(select[3])});
    ImGui::NewFrame();
    registry.BeginFrame();
    workspace.Draw(theme);
    ImGui::Render();
    registry.EndFrame();
  }
  const bool written = test::WriteScreenshot(ImGui::GetDrawData(), argv[4], theme.colors().background);
  if (section == "results" && workspace.results().report()) {
    const auto& rows = workspace.results().report()->rows;
    const campaign::ReportRow& t = rows.back();
    std::printf("total: attempts=%lld doors=%lld conversations=%lld support=%lld\n", static_cast<long long>(t.attempts),
                static_cast<long long>(t.doors_knocked), static_cast<long long>(t.conversations),
                static_cast<long long>(t.support_ids));
    std::printf("rows: %zu\n", rows.size() - 1);
  }
  if (section == "review") {
    for (const campaign::Batch& b : workspace.review().batches())
      std::printf("batch: %lld %s\n", static_cast<long long>(b.batch_id), b.review_state.c_str());
    std::size_t standing = 0;
    for (const campaign::QualityFlag& f : workspace.review().flags()) standing += f.cleared ? 0 : 1;
    std::printf("flags: %zu\n", standing);
  }
  if (section == "turfs" && workspace.turfs().voters()) {
    const WalkList& list = workspace.turfs().voters()->list;
    std::printf("map: %zu buildings placed of %zu\n", workspace.turfs().map().placed_buildings(), list.buildings.size());
    const desk::HouseholdCounts counts = desk::CountHouseholds(list, workspace.turfs().map().selected());
    std::printf("selected: doors=%zu people=%zu languages=", counts.doors, counts.people);
    for (const auto& [code, n] : counts.languages) std::printf("%s:%zu ", code.empty() ? "-" : code.c_str(), n);
    std::printf("\n");
    if (turfs.history().started()) {
      const cut::TurfPlan& plan = turfs.history().plan();
      std::printf("turfs: %u", plan.TurfCount());
      for (std::uint32_t t = 0; t < plan.TurfCount(); ++t) std::printf(" %u", plan.turf(t).counts.doors);
      std::printf("\nnot in a turf: %zu\n", plan.Unassigned().size());
      if (!canvassers.empty()) {
        const cut::CanvasserList crew = cut::ReadCanvassers(std::string(std::istreambuf_iterator<char>(
                                                                std::ifstream(canvassers, std::ios::binary).rdbuf()),
                                                            {}));
        for (const cut::Suggestion& s : cut::SuggestCanvassers(plan, crew.canvassers))
          std::printf("canvasser: %s\n", s.canvasser.empty() ? "-" : s.canvasser.c_str());
      }
    }
  }
  for (const std::string& label : labels)
    if (registry.Find(label)) std::printf("on screen: %s\n", label.c_str());
  std::printf("replacement glyphs: %d\n", theme.CountReplacementGlyphs(ImGui::GetDrawData()));
  ImGui::DestroyContext();
  return written ? 0 : 1;
}
