// libFuzzer target: turf packages (turf/turf_package.h) on arbitrary bytes:
// the embedded scripts and result codes, limits, paths. Besides "no crash,
// no sanitizer report" it checks what the reader promises: a refusal says
// why; a package read is sound (every door in one building, indexes in
// range) and writing it gives a package that reads back the same and writes
// the same bytes again.
// Seeds: assets/sample (sample.turf), see tests/fuzz/CMakeLists.txt.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "crypto/package_cipher.h"
#include "turf/turf_package.h"

namespace {
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_turf: %s\n", what);
  std::abort();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view json(reinterpret_cast<const char*>(data), size);
  // The same bytes as an encrypted package (crypto/package_cipher.h): never
  // opened without its key, and every refusal has a reason.
  puerta::PackageError error = puerta::PackageError::kNone;
  std::string why;
  if (puerta::DecryptPackage(json, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", error, &why) ||
      error == puerta::PackageError::kNone || why.empty())
    Fail("an encrypted package opened without its key, or was refused without a reason");
  puerta::TurfPackage p;
  const puerta::Status s = puerta::ParseTurfPackage(json, p);
  if (!s.ok()) {
    if (s.message().empty()) Fail("refused without a reason");
    return 0;
  }
  const auto& list = p.walk_list;
  std::vector<int> placed(list.households.size(), 0);
  for (const auto& b : list.buildings)
    for (std::uint32_t h : b.households) {
      if (h >= list.households.size()) Fail("a building names a household that does not exist");
      ++placed[h];
    }
  for (int count : placed)
    if (count != 1) Fail("a household is not in exactly one building");
  if (p.scripts.empty() || p.scripts.size() != p.script_sources.size()) Fail("scripts and their sources disagree");

  const std::string written = puerta::WriteTurfPackage(p);
  puerta::TurfPackage back;
  if (!puerta::ParseTurfPackage(written, back).ok()) Fail("a package read does not read back once written");
  if (back.turf_id != p.turf_id || back.walk_list.households.size() != list.households.size() ||
      back.scripts.size() != p.scripts.size() || back.script_sources != p.script_sources)
    Fail("the package changed on the way through writing");
  if (puerta::WriteTurfPackage(back) != written) Fail("writing is not stable");
  return 0;
}
