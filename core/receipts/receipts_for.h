// The organizer's side: one receipt code per phone for the attempt versions
// that arrived (`puerta receipt`, and `puerta collect` after an import).
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "responses/contact_attempt.h"

namespace puerta {

struct DeviceReceipt {
  std::string device;           // the phone's whole device id
  std::uint32_t versions = 0;   // attempt versions received from it
  std::uint32_t attempts = 0;   // distinct attempts among them
  std::string code;             // receipt_code.h: "7K2Q-9F3A-XW4M"
};

struct Receipts {
  std::vector<DeviceReceipt> by_device;  // sorted by device id
  // Versions that name no device (recorded before phones signed, read from
  // an opened or merged file): no phone can be told of them.
  std::uint32_t without_device = 0;
};

// Every non-practice version, grouped by the device it names; the same
// (attempt id, version) given twice counts once. Practice versions are left
// out as phones leave them out of what they send.
Receipts ReceiptsFor(std::span<const ContactAttempt> versions);

}  // namespace puerta
