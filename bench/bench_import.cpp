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
#include <random>
#include <sstream>
#include <string>

#include "walklist/import.h"

namespace {

constexpr int kRows = 100000;

// Fictional names and streets only.
std::string MakeVanFile() {
  const char* last[] = {"Abara", "Brightwater", "Castellano", "Dunleavy", "Eskildsen", "Fairweather", "Galindo",
                        "Hollister", "Iwasaki", "Jovanovic"};
  const char* first[] = {"Ada", "Bram", "Cleo", "Dov", "Esme", "Fitz", "Gia", "Hal", "Ines", "Jory"};
  const char* streets[] = {"Maple St", "Birch Ave", "Cedar Rd", "Alder Ln", "Willow Ct", "Aspen Dr", "Linden Blvd"};
  const char* languages[] = {"English", "Spanish", "Vietnamese", "Chinese", "", ""};
  std::mt19937 rng(42);
  std::ostringstream out;
  out << "Voter File VANID,LastName,FirstName,MiddleName,Address,City,State,Zip5,Phone,Sex,Age,Party,"
         "Preferred Language\r\n";
  for (int i = 0; i < kRows; ++i) {
    const int household = i / 2;  // about two voters a door
    const int street = household % 700;
    const int number = 100 + 2 * ((household / 700) % 200) + (household / 140000);
    out << (1000000 + i) << ',' << last[rng() % 10] << ',' << first[rng() % 10] << ",," << number << ' '
        << streets[street % 7] << ' ' << (street / 7) << (household % 5 == 0 ? " Apt " + std::to_string(i % 9) : "")
        << ",Springfield,ST," << (10000 + street) << ",555-01" << (i % 100) << ',' << (i % 2 ? 'F' : 'M') << ','
        << (18 + i % 70) << ',' << (i % 3 ? "D" : "R") << ',' << languages[rng() % 6] << "\r\n";
  }
  return out.str();
}

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

long PeakKiB() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;  // KiB on Linux
}

}  // namespace

int main() {
  const std::filesystem::path dir = std::filesystem::temp_directory_path() / ("puerta-bench-" + std::to_string(getpid()));
  std::filesystem::create_directories(dir);
  const std::filesystem::path file = dir / "van.csv";
  const std::string bytes = MakeVanFile();
  std::ofstream(file, std::ios::binary) << bytes;
  std::printf("bench_import: %d rows, %.1f MB, %s\n", kRows, bytes.size() / 1e6, file.c_str());

  const long before_kib = PeakKiB();
  auto t0 = std::chrono::steady_clock::now();
  const puerta::ImportResult r = puerta::ImportVoterFile("van.csv", bytes);
  const double puerta_s = Seconds(t0);
  std::printf("  puerta:  %.3f s, %.0f rows/s, layout %s, %zu voters, %zu households, %zu buildings, %zu errors\n",
              puerta_s, kRows / puerta_s, r.layout.c_str(), static_cast<std::size_t>(r.list.VoterCount()),
              r.list.households.size(), r.list.buildings.size(), r.errors.size());
  std::printf("  peak memory (ru_maxrss): %.1f MB before the import, %.1f MB after (file held in memory: %.1f MB)\n",
              before_kib / 1024.0, PeakKiB() / 1024.0, bytes.size() / 1048576.0);

  const std::string command = "sqlite3 :memory: -cmd '.mode csv' '.import " + file.string() + " t' 2>&1";
  t0 = std::chrono::steady_clock::now();
  const int status = std::system(command.c_str());
  const double sqlite_s = Seconds(t0);
  if (status != 0) {
    std::printf("  sqlite3: not run (exit status %d; is Debian's sqlite3 installed?)\n", status);
  } else {
    std::printf("  sqlite3 .import: %.3f s, %.0f rows/s (process start included)\n", sqlite_s, kRows / sqlite_s);
    std::printf("  ratio sqlite3 time / puerta time: %.2f (goal: > 1, faster than sqlite3)\n", sqlite_s / puerta_s);
  }
  if (!std::getenv("PUERTA_BENCH_KEEP")) std::filesystem::remove_all(dir);
  return 0;
}
