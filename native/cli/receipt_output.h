// Receipt codes as the organizer gets them, from `puerta receipt` and after
// `puerta collect`: one line per phone, and optionally each code as a QR
// image for the canvasser's phone to read off the screen or paper.
#pragma once

#include <ostream>
#include <string>

#include "receipts/receipts_for.h"

namespace puerta::cli {

// "device D: 7K2Q-9F3A-XW4M  (N results, M versions)" for each phone.
void PrintReceipts(const Receipts& receipts, std::ostream& out);

// DIR/DEVICE.png and DIR/DEVICE.svg for each phone; false after naming
// what could not be written.
bool WriteReceiptQrCodes(const Receipts& receipts, const std::string& folder, std::ostream& out, std::ostream& err);

}  // namespace puerta::cli
