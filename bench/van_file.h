// A VAN-like voter file for benchmarks: fictional names and streets only,
// about two voters a door, one door in five an apartment. The same seed gives
// the same file, so runs compare.
#pragma once

#include <random>
#include <sstream>
#include <string>

namespace puerta::bench {

// header: the first line to write instead of VAN's (same 13 columns).
inline std::string MakeVanFile(int rows, const char* header = nullptr) {
  const char* last[] = {"Abara", "Brightwater", "Castellano", "Dunleavy", "Eskildsen", "Fairweather", "Galindo",
                        "Hollister", "Iwasaki", "Jovanovic"};
  const char* first[] = {"Ada", "Bram", "Cleo", "Dov", "Esme", "Fitz", "Gia", "Hal", "Ines", "Jory"};
  const char* streets[] = {"Maple St", "Birch Ave", "Cedar Rd", "Alder Ln", "Willow Ct", "Aspen Dr", "Linden Blvd"};
  const char* languages[] = {"English", "Spanish", "Vietnamese", "Chinese", "", ""};
  std::mt19937 rng(42);
  std::ostringstream out;
  if (header) out << header << "\r\n";
  else out << "Voter File VANID,LastName,FirstName,MiddleName,Address,City,State,Zip5,Phone,Sex,Age,Party,"
              "Preferred Language\r\n";
  for (int i = 0; i < rows; ++i) {
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

}  // namespace puerta::bench
