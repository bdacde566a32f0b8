// Importing a VAN-like voter file of 100,000 and 1,000,000 rows: rows per
// second and peak memory, beside Debian's sqlite3 `.import` of the same file
// in the same run, and the same rows under a header no layout lists (read by
// meaning, walklist/column_roles.h). Prints figures; never passes or fails.
// PUERTA_BENCH_QUICK=1: 100,000 rows only.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "van_file.h"
#include "walklist/import.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

// CPU seconds (user + system) of this process or of its finished children:
// steadier than wall time when other work shares the machine.
double CpuSeconds(int who) {
  rusage usage{};
  getrusage(who, &usage);
  return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
         static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

long PeakKiB(int who) {
  rusage usage{};
  getrusage(who, &usage);
  return usage.ru_maxrss;  // KiB on Linux; for children, the largest one's
}

// A header no known layout matches, with the same columns as VAN's.
constexpr const char* kStateHeader =
    "State Voter ID,Last_Name,First_Name,Middle_Name,Residential Address,Residential City,Residential State,"
    "Residential Zip,Phone Number,Gender,Age,Party Affiliation,Spoken Language";

// One size, in a child process of its own so that each peak memory figure is
// that import's alone.
void RunSize(int rows, const std::filesystem::path& dir) {
  const std::filesystem::path file = dir / ("van-" + std::to_string(rows) + ".csv");
  const std::filesystem::path renamed = dir / ("state-" + std::to_string(rows) + ".csv");
  {
    std::ofstream(file, std::ios::binary) << puerta::bench::MakeVanFile(rows);
    std::ofstream(renamed, std::ios::binary) << puerta::bench::MakeVanFile(rows, kStateHeader);
  }
  const double file_mb = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
  std::printf("bench_import: %d rows, %.1f MB\n", rows, file_mb);
  std::fflush(stdout);

  double puerta_cpu = 0;
  for (const auto& path : {file, renamed}) {
    const pid_t child = fork();
    if (child == 0) {
      const long before_kib = PeakKiB(RUSAGE_SELF);
      const auto t0 = std::chrono::steady_clock::now();
      const double cpu0 = CpuSeconds(RUSAGE_SELF);
      std::string bytes;
      {
        std::ifstream in(path, std::ios::binary);
        bytes.resize(static_cast<std::size_t>(std::filesystem::file_size(path)));
        in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
      }
      const puerta::ImportResult r = puerta::ImportVoterFile(path.filename().string(), bytes);
      const double s = Seconds(t0), cpu = CpuSeconds(RUSAGE_SELF) - cpu0;
      std::printf("  puerta (read file + import), layout %s: %.3f s (%.3f s CPU), %.0f rows/s, %zu voters, "
                  "%zu households, %zu buildings, %zu errors; peak memory %.1f MB (%.1f MB before reading)\n",
                  r.layout.c_str(), s, cpu, rows / s, static_cast<std::size_t>(r.list.VoterCount()),
                  r.list.households.size(), r.list.buildings.size(), r.errors.size(), PeakKiB(RUSAGE_SELF) / 1024.0,
                  before_kib / 1024.0);
      std::fflush(stdout);
      _exit(0);
    }
    const double children_cpu0 = CpuSeconds(RUSAGE_CHILDREN);
    waitpid(child, nullptr, 0);
    if (path == file) puerta_cpu = CpuSeconds(RUSAGE_CHILDREN) - children_cpu0;
  }

  // sqlite3 from a child of its own too, whose only child it is: its peak memory alone.
  const std::string command = "sqlite3 :memory: -cmd '.mode csv' '.import " + file.string() + " t' 2>&1";
  const double cpu0 = CpuSeconds(RUSAGE_CHILDREN);
  const pid_t child = fork();
  if (child == 0) {
    const auto t0 = std::chrono::steady_clock::now();
    const int status = std::system(command.c_str());
    const double s = Seconds(t0);
    if (status != 0) std::printf("  sqlite3: not run (exit status %d; is Debian's sqlite3 installed?)\n", status);
    else
      std::printf("  sqlite3 .import into :memory: (process start and file read included): %.3f s (%.3f s CPU), "
                  "%.0f rows/s; peak memory %.1f MB\n",
                  s, CpuSeconds(RUSAGE_CHILDREN), rows / s, PeakKiB(RUSAGE_CHILDREN) / 1024.0);
    std::fflush(stdout);
    _exit(status == 0 ? 0 : 1);
  }
  int status = 0;
  waitpid(child, &status, 0);
  const double sqlite_cpu = CpuSeconds(RUSAGE_CHILDREN) - cpu0;
  if (status != 0) return;
  std::printf("  puerta CPU / sqlite3 CPU (VAN header): %.2f (goal: at most 0.70)\n", puerta_cpu / sqlite_cpu);
}

}  // namespace

// Both sides start from the file on disk and end with every row parsed and
// stored in memory. sqlite3 also pays for starting its process (a few ms) and
// for nothing else we do: no address normalization, grouping or walk order.
// Puerta's time covers reading the file, decoding, parsing, normalizing,
// grouping into households and buildings and putting them in walk order.
int main() {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("puerta-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  RunSize(100000, dir);
  if (!std::getenv("PUERTA_BENCH_QUICK")) RunSize(1000000, dir);
  if (!std::getenv("PUERTA_BENCH_KEEP")) std::filesystem::remove_all(dir);
  return 0;
}
