#include "receipts/receipt_match.h"

#include <algorithm>
#include <optional>

#include "receipts/receipt_code.h"

namespace puerta {
namespace {

// The first version of `order` whose prefix fits the code, or none.
std::optional<std::size_t> FittingPrefix(const ReceiptCode& code, std::string_view device_id,
                                         const std::vector<const ContactAttempt*>& order) {
  std::vector<VersionRef> prefix;
  for (std::size_t length = code.count_mod; length <= order.size(); length += kReceiptCountModulo) {
    if (length == 0) continue;
    prefix.clear();
    for (std::size_t i = 0; i < length; ++i) prefix.push_back({order[i]->attempt_id, order[i]->version});
    if (ReceiptDigest(device_id, prefix) == code.digest) return length;
  }
  return std::nullopt;
}

}  // namespace

ReceiptMatch MatchReceipt(std::string_view typed, std::string_view device_id, std::span<const ContactAttempt> versions) {
  ReceiptMatch match;
  ReceiptCodeError error = ReceiptCodeError::kNone;
  const std::optional<ReceiptCode> code = DecodeReceiptCode(typed, error, match.detail);
  if (!code) {
    match.outcome = error == ReceiptCodeError::kEmpty      ? ReceiptOutcome::kEmpty
                    : error == ReceiptCodeError::kMistyped ? ReceiptOutcome::kMistyped
                                                           : ReceiptOutcome::kNotACode;
    return match;
  }
  if (!device_id.starts_with(code->device_prefix)) {
    match.outcome = ReceiptOutcome::kOtherPhone;
    match.detail = "the receipt is for device " + code->device_prefix + "…, this phone is " + std::string(device_id);
    return match;
  }
  std::vector<const ContactAttempt*> arrival;
  for (const ContactAttempt& a : versions)
    if (!a.practice) arrival.push_back(&a);
  std::vector<const ContactAttempt*> by_time = arrival;
  std::stable_sort(by_time.begin(), by_time.end(), [](const ContactAttempt* a, const ContactAttempt* b) {
    if (a->recorded_unix != b->recorded_unix) return a->recorded_unix < b->recorded_unix;
    return a->attempt_id != b->attempt_id ? a->attempt_id < b->attempt_id : a->version < b->version;
  });
  for (const auto* order : {&arrival, &by_time}) {
    if (const auto length = FittingPrefix(*code, device_id, *order)) {
      match.outcome = ReceiptOutcome::kReceived;
      for (std::size_t i = 0; i < *length; ++i) match.received.push_back({(*order)[i]->attempt_id, (*order)[i]->version});
      match.detail = std::to_string(*length) + " versions received";
      return match;
    }
  }
  match.outcome = ReceiptOutcome::kNoMatch;
  match.detail = "no set of this phone's " + std::to_string(arrival.size()) + " versions fits the receipt";
  return match;
}

}  // namespace puerta
