#include "native/cli/turf_folder.h"

#include <sys/stat.h>

#include <filesystem>
#include <ostream>
#include <set>

#include "cut/turf_file.h"
#include "native/cli/files.h"

namespace puerta::cli {

std::optional<std::vector<std::string>> WriteTurfFolder(const cut::TurfPlan& plan, const std::string& folder,
                                                        bool force, std::ostream& err) {
  namespace fs = std::filesystem;
  std::vector<std::string> paths;
  std::set<std::string> stems;
  for (std::uint32_t t = 0; t < plan.TurfCount(); ++t) {
    std::string stem = cut::FileStem(plan.turf(t).name);
    for (int i = 2; !stems.insert(stem).second; ++i) stem = cut::FileStem(plan.turf(t).name) + "-" + std::to_string(i);
    paths.push_back((fs::path(folder) / (stem + ".csv")).string());
  }
  for (const std::string& path : paths)
    if (RefuseToReplace(path, force, "add --force to replace it with a turf of this cut", err)) return std::nullopt;
  std::error_code ec;
  if (!fs::exists(folder, ec)) {
    if (!fs::create_directories(folder, ec)) {
      err << "puerta: cut: cannot make the folder " << folder << ": " << ec.message() << "\n";
      return std::nullopt;
    }
    ::chmod(folder.c_str(), 0700);  // its files name voters
  }
  for (std::uint32_t t = 0; t < plan.TurfCount(); ++t)
    if (!WriteOutputFile(paths[t], cut::TurfVoterFile(plan, t), err, {0600, true})) return std::nullopt;
  return paths;
}

}  // namespace puerta::cli
