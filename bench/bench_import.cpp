// Importing a 100,000-row VAN-like voter file: rows per second and peak
// memory, beside Debian's sqlite3 `.import` of the same file in the same run.
// Prints figures; never passes or fails.
#include <sys/resource.h>
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

constexpr int kRows = 100000;

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

long PeakKiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
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
  const std::filesystem::path file = dir / "van.csv";
  {
    const std::string generated = puerta::bench::MakeVanFile(kRows);
    std::ofstream(file, std::ios::binary) << generated;
  }
  const double file_mb = static_cast<double>(std::filesystem::file_size(file)) / 1e6;
  std::printf("bench_import: %d rows, %.1f MB, %s\n", kRows, file_mb, file.c_str());

  const long before_kib = PeakKiB();
  auto t0 = std::chrono::steady_clock::now();
  const double cpu0 = CpuSeconds(RUSAGE_SELF);
  std::string bytes;
  {
    std::ifstream in(file, std::ios::binary);
    bytes.resize(static_cast<std::size_t>(std::filesystem::file_size(file)));
    in.read(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  }
  const puerta::ImportResult r = puerta::ImportVoterFile("van.csv", bytes);
  const double puerta_s = Seconds(t0), puerta_cpu = CpuSeconds(RUSAGE_SELF) - cpu0;
  std::printf("  puerta (read file + import): %.3f s (%.3f s CPU), %.0f rows/s, layout %s, %zu voters, %zu households, "
              "%zu buildings, %zu errors\n",
              puerta_s, puerta_cpu, kRows / puerta_s, r.layout.c_str(), static_cast<std::size_t>(r.list.VoterCount()),
              r.list.households.size(), r.list.buildings.size(), r.errors.size());
  std::printf("  peak memory (ru_maxrss): %.1f MB before reading the file, %.1f MB after the import "
              "(the file itself: %.1f MB)\n",
              before_kib / 1024.0, PeakKiB() / 1024.0, bytes.size() / 1048576.0);

  const std::string command = "sqlite3 :memory: -cmd '.mode csv' '.import " + file.string() + " t' 2>&1";
  t0 = std::chrono::steady_clock::now();
  const int status = std::system(command.c_str());
  const double sqlite_s = Seconds(t0), sqlite_cpu = CpuSeconds(RUSAGE_CHILDREN);
  if (status != 0) {
    std::printf("  sqlite3: not run (exit status %d; is Debian's sqlite3 installed?)\n", status);
  } else {
    std::printf("  sqlite3 .import into :memory: (process start and file read included): %.3f s (%.3f s CPU), "
                "%.0f rows/s\n",
                sqlite_s, sqlite_cpu, kRows / sqlite_s);
    std::printf("  ratio sqlite3 time / puerta time: %.2f wall, %.2f CPU (goal: > 1, faster than sqlite3)\n",
                sqlite_s / puerta_s, sqlite_cpu / puerta_cpu);
  }
  if (!std::getenv("PUERTA_BENCH_KEEP")) std::filesystem::remove_all(dir);
  return 0;
}
