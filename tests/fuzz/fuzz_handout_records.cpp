// libFuzzer target: the organizer's hand-out records (turf/handout_records.h),
// read as hand-outs and as devices seen, on arbitrary bytes. They are the
// organizer's own files, but a damaged one must be named, never crash or be
// half read. Checks: every error names its line; a failed read leaves the
// output untouched; what was read writes back to text that reads back the
// same; judging a file against what was read never throws off the records.
// Seeds: tests/fuzz/seeds_handout_records.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "turf/handout_records.h"

namespace {
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_handout_records: %s\n", what);
  std::abort();
}

bool Same(const puerta::Handout& a, const puerta::Handout& b) {
  return a.turf_id == b.turf_id && a.package_id == b.package_id && a.handed_out_unix == b.handed_out_unix;
}
bool Same(const puerta::DeviceSeen& a, const puerta::DeviceSeen& b) {
  return a.turf_id == b.turf_id && a.package_id == b.package_id && a.device == b.device &&
         a.first_seen_unix == b.first_seen_unix && a.first_file == b.first_file && a.accepted == b.accepted;
}
// What was read writes back to text that reads back the same.
template <class Entry, class Write, class Parse>
void RoundTrip(const std::vector<Entry>& read, Write write, Parse parse) {
  std::vector<Entry> back;
  if (!parse(write(read), back) || back.size() != read.size()) Fail("records read do not write back");
  for (std::size_t i = 0; i < back.size(); ++i)
    if (!Same(back[i], read[i])) Fail("a record read does not write back the same");
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  puerta::HandoutRecords records;
  records.handouts = {{"untouched", "0123456789abcdef", 1}};
  records.devices = {{"untouched", "", "0123456789abcdef", 1, "f", false}};
  const puerta::Status h = puerta::ParseHandouts(text, records.handouts);
  const puerta::Status d = puerta::ParseDevicesSeen(text, records.devices);
  if (!h && (!h.message().starts_with("line ") || records.handouts.size() != 1 || records.handouts[0].turf_id != "untouched"))
    Fail("a refused hand-outs file is not named by line, or was half read");
  if (!d && (!d.message().starts_with("line ") || records.devices.size() != 1 || records.devices[0].turf_id != "untouched"))
    Fail("a refused devices file is not named by line, or was half read");
  if (h) RoundTrip(records.handouts, puerta::WriteHandouts, puerta::ParseHandouts);
  if (d) RoundTrip(records.devices, puerta::WriteDevicesSeen, puerta::ParseDevicesSeen);
  // Judge a file for the first hand-out's package: a new device is added once, at the end.
  if (!records.handouts.empty()) {
    const puerta::Handout first = records.handouts.front();
    const std::size_t before = records.devices.size();
    const puerta::SentAttempts sent{"x.jsonl", "fedcba9876543210", first.turf_id, first.package_id, 1, first.handed_out_unix};
    const puerta::SentCheck check = records.Check(sent, 0, false);
    if (!check.judged) Fail("a file naming a turf and a device was not judged");
    for (const puerta::Flag& f : check.flags)
      if (f.reason == puerta::FlagReason::kNoHandout || f.reason == puerta::FlagReason::kBeforeHandout)
        Fail("a recorded hand-out was not found, or its own time counted as before it");
    const std::size_t after = records.devices.size();
    records.Check(sent, 0, false);
    if (records.devices.size() != after || after > before + 1) Fail("a device was recorded twice");
  }
  return 0;
}
