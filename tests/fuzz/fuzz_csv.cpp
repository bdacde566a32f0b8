// libFuzzer target: the CSV reader and the whole importer on arbitrary bytes.
// Besides "no crash, no sanitizer report" it checks the promises the importer
// makes: every row read is kept or reported, and an unusable file says why.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "walklist/csv.h"
#include "walklist/import.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);

  puerta::csv::Reader reader(bytes, puerta::csv::GuessDelimiter(bytes));
  puerta::csv::Row row;
  std::uint32_t last_line = 0;
  while (reader.Next(row)) {
    if (row.line < last_line) std::abort();  // rows come in file order
    last_line = row.line;
    for (const auto& f : row.fields)
      if (f.size() > puerta::csv::kMaxFieldBytes) std::abort();
  }

  const puerta::ImportResult r = puerta::ImportVoterFile("fuzz.csv", bytes);
  if (r.usable()) {
    if (r.list.VoterCount() > r.rows) std::abort();
    if (r.list.VoterCount() + r.errors.size() < r.rows && r.layout != "address_points") std::abort();
    for (const auto& b : r.list.buildings)
      for (std::uint32_t h : b.households)
        if (h >= r.list.households.size()) std::abort();
  } else if (r.fatal.empty()) {
    std::abort();
  }
  return 0;
}
