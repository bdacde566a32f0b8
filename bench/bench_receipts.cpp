// Receipts (docs/receipts.md): the organizer's ReceiptsFor over a coalition's
// attempts (what `puerta receipt` and, later, `puerta collect` call after an
// import), and a phone matching a typed code against its own versions
// (receipts/receipt_match.h). The phone tries every prefix length that fits
// the code's count modulo 1024, each one hashed, so its cost grows with
// (versions / 1024) × versions: these figures say whether a phone with a
// very long shift still answers at once. Prints figures; never passes or
// fails. PUERTA_BENCH_QUICK=1: smaller N.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "receipts/receipt_match.h"
#include "receipts/receipts_for.h"

namespace {

using puerta::ContactAttempt;

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since).count();
}

std::string Device(std::uint32_t n) {
  char id[17];
  std::snprintf(id, sizeof id, "%016x", 0x9e3779b9u * (n + 1));
  return id;
}

// `versions` versions spread over `devices` phones, one attempt each.
std::vector<ContactAttempt> Versions(std::uint32_t versions, std::uint32_t devices) {
  std::vector<ContactAttempt> all(versions);
  for (std::uint32_t v = 0; v < versions; ++v) {
    all[v].attempt_id = std::to_string(100000000 + v) + "0000000000000000000000";
    all[v].device = Device(v % devices);
    all[v].recorded_unix = 1'790'000'000 + v;
  }
  return all;
}

void Organizer(std::uint32_t versions, std::uint32_t devices) {
  const std::vector<ContactAttempt> all = Versions(versions, devices);
  const auto t0 = std::chrono::steady_clock::now();
  const puerta::Receipts receipts = puerta::ReceiptsFor(all);
  std::printf("  ReceiptsFor: %8u versions from %5u phones: %.3f s (%.2f us/version), %zu codes\n", versions, devices,
              Seconds(t0), 1e6 * Seconds(t0) / versions, receipts.by_device.size());
}

// The phone holds `held` versions; the organizer received the first `arrived`.
void Phone(std::uint32_t held, std::uint32_t arrived) {
  const std::vector<ContactAttempt> phone = Versions(held, 1);
  const std::vector<ContactAttempt> sent(phone.begin(), phone.begin() + arrived);
  const std::string code = puerta::ReceiptsFor(sent).by_device.at(0).code;
  auto t0 = std::chrono::steady_clock::now();
  const puerta::ReceiptMatch match = puerta::MatchReceipt(code, phone[0].device, phone);
  const double found_s = Seconds(t0);
  // A code for this phone that fits no prefix: every candidate length is tried, in both orders.
  std::vector<ContactAttempt> other = sent;
  other.back().version = 2;
  const std::string stale = puerta::ReceiptsFor(other).by_device.at(0).code;
  t0 = std::chrono::steady_clock::now();
  const puerta::ReceiptMatch miss = puerta::MatchReceipt(stale, phone[0].device, phone);
  std::printf("  MatchReceipt: phone holds %6u versions, %6u arrived: found %zu in %.4f s; a code fitting none: %.4f s%s\n",
              held, arrived, match.received.size(), found_s, Seconds(t0),
              miss.outcome == puerta::ReceiptOutcome::kNoMatch ? "" : " (UNEXPECTED MATCH)");
}

}  // namespace

int main() {
  const bool quick = std::getenv("PUERTA_BENCH_QUICK") != nullptr;
  std::printf("receipts: the organizer's codes, and a phone matching one (docs/receipts.md)\n");
  Organizer(quick ? 100'000 : 1'000'000, 2'000);
  for (std::uint32_t held : {500u, 5'000u, 50'000u}) {
    if (quick && held > 5'000) continue;
    Phone(held, held - held / 10);
  }
  return 0;
}
