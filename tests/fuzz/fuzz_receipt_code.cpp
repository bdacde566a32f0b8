// libFuzzer target: a receipt code as a canvasser types it (receipts/receipt_code.h)
// and a phone matching it (receipts/receipt_match.h), on arbitrary bytes.
// Checks: decoding never crashes and refuses with a reason; what decodes
// writes back to a canonical code that decodes the same; every single-symbol
// change of that code is refused as mistyped; matching it against a phone's
// versions never marks a version the phone does not hold.
// Seeds: tests/fuzz/seeds_receipt_code.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "receipts/receipt_code.h"
#include "receipts/receipt_match.h"

namespace {
[[noreturn]] void Fail(const char* what) {
  std::fprintf(stderr, "fuzz_receipt_code: %s\n", what);
  std::abort();
}

// A phone holding three versions, whose device starts like the code's (so matching gets past the device).
std::vector<puerta::ContactAttempt> Phone(const std::string& device) {
  std::vector<puerta::ContactAttempt> versions(3);
  for (std::size_t i = 0; i < versions.size(); ++i) {
    versions[i].attempt_id = "attempt" + std::to_string(i);
    versions[i].version = 1;
    versions[i].device = device;
    versions[i].recorded_unix = static_cast<std::int64_t>(100 - i);
  }
  return versions;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string typed(reinterpret_cast<const char*>(data), size);
  puerta::ReceiptCodeError error = puerta::ReceiptCodeError::kNone;
  std::string detail;
  const auto code = puerta::DecodeReceiptCode(typed, error, detail);
  if (!code) {
    if (error == puerta::ReceiptCodeError::kNone || detail.empty()) Fail("refused without a reason");
    return 0;
  }
  const std::string canonical = puerta::EncodeReceiptCode(*code);
  const auto again = puerta::DecodeReceiptCode(canonical, error, detail);
  if (!again || !(*again == *code)) Fail("the canonical code does not decode to the same");
  for (std::size_t at = 0; at < canonical.size(); ++at) {
    if (canonical[at] == '-') continue;
    std::string typo = canonical;
    typo[at] = typo[at] == '0' ? '1' : '0';
    if (puerta::DecodeReceiptCode(typo, error, detail) || error != puerta::ReceiptCodeError::kMistyped)
      Fail("a one-symbol typo was not refused as mistyped");
  }
  const std::string device = code->device_prefix + "00000000000";
  const auto versions = Phone(device);
  const puerta::ReceiptMatch match = puerta::MatchReceipt(typed, device, versions);
  if (match.outcome == puerta::ReceiptOutcome::kOtherPhone) Fail("its own device refused");
  for (const auto& v : match.received) {
    bool held = false;
    for (const auto& a : versions) held = held || (a.attempt_id == v.attempt_id && a.version == v.version);
    if (!held) Fail("a version the phone does not hold was marked");
  }
  return 0;
}
