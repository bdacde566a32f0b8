#include "receipts/receipts_for.h"

#include <map>
#include <set>

#include "receipts/receipt_code.h"
#include "receipts/receipt_digest.h"

namespace puerta {

Receipts ReceiptsFor(std::span<const ContactAttempt> versions) {
  Receipts out;
  std::map<std::string, std::set<VersionRef>> by_device;
  for (const ContactAttempt& a : versions) {
    if (a.practice) continue;
    if (a.device.empty()) {
      ++out.without_device;
      continue;
    }
    by_device[a.device].insert(VersionRef{a.attempt_id, a.version});
  }
  for (const auto& [device, received] : by_device) {
    const std::vector<VersionRef> list(received.begin(), received.end());
    std::set<std::string> ids;
    for (const VersionRef& v : list) ids.insert(v.attempt_id);
    ReceiptCode code{device.substr(0, kDevicePrefixDigits), static_cast<std::uint32_t>(list.size() % kReceiptCountModulo),
                     ReceiptDigest(device, list)};
    out.by_device.push_back({device, static_cast<std::uint32_t>(list.size()), static_cast<std::uint32_t>(ids.size()),
                             EncodeReceiptCode(code)});
  }
  return out;
}

}  // namespace puerta
