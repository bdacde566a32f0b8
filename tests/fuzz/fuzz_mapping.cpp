// libFuzzer target: mapping files (walklist/mapping.h) on arbitrary bytes,
// then a small voter file imported through any mapping that reads. Checks:
// refusals say why; a mapping read names only known fields and single-byte
// delimiters; an import through it keeps or reports every row.
// Seeds: tests/data/walklists (the *.mapping.json files; the rest are refused fast).
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "walklist/import.h"
#include "walklist/mapping.h"

namespace {
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_mapping: %s\n", what);
  std::abort();
}

constexpr std::string_view kVoters =
    "Voter Number,Given,Family,Street,Apt,Postal\n"
    "A1,Ana,Diaz,12 Pearl St,,95112\n"
    "A2,Bo,Ng,12 Pearl St,2,95112\n"
    "A3,Cy,Lee,40 Oak Ave,,95113\n";
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string json(reinterpret_cast<const char*>(data), size);
  std::string problem;
  const auto mapping = puerta::layout::ParseMapping(json, problem);
  if (!mapping) {
    if (problem.empty()) Fail("refused without a reason");
    return 0;
  }
  for (const auto& [field, column] : mapping->fields)
    if (static_cast<std::size_t>(field) >= puerta::layout::kFieldCount) Fail("an unknown field was read");
  if (!mapping->header && mapping->columns.empty()) Fail("no header and no columns");

  puerta::ImportOptions options;
  options.mapping_json = json;
  const puerta::ImportResult r = puerta::ImportVoterFile("fuzz.csv", kVoters, options);
  if (r.usable()) {
    if (r.layout != "mapping") Fail("a mapped import does not say so");
    bool voters = false;
    for (const auto& [field, column] : mapping->fields) voters = voters || field == puerta::layout::Field::kId;
    if (r.list.VoterCount() > r.rows) Fail("more voters than rows");
    if (voters && r.list.VoterCount() + r.errors.size() < r.rows) Fail("a row was neither kept nor reported");
  } else if (r.fatal.empty()) {
    Fail("an unusable import without a reason");
  }
  return 0;
}
