// The phone's side: which of its attempt versions a typed receipt code speaks
// for. The organizer received some of the files this phone sent, and each
// file held every version recorded until it was made, so what arrived is the
// versions recorded up to some moment: a prefix of the phone's versions in
// the order it recorded them. The code's count says how long (modulo 1024),
// its digest which set; the phone tries the prefixes that fit both, in the
// order versions arrived in its log and in the order of their recorded time
// (a version kept unsaved while storage was full is exported after newer ones).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "receipts/receipt_digest.h"
#include "responses/contact_attempt.h"

namespace puerta {

enum class ReceiptOutcome {
  kReceived,    // these versions arrived
  kEmpty,       // nothing was typed
  kNotACode,    // wrong length or a character no code has
  kMistyped,    // the check symbols disagree
  kOtherPhone,  // a sound code for another device
  kNoMatch,     // for this device, but no set of versions here fits it
  kNotSaved,    // matched, but storage refused the marks (CanvassSession)
};

struct ReceiptMatch {
  ReceiptOutcome outcome = ReceiptOutcome::kNoMatch;
  std::vector<VersionRef> received;  // kReceived only
  std::string detail;                // in English, for logs and tests
};

// `versions`: every version held on the phone, in the order recorded
// (CanvassSession::AllVersions); practice versions are never sent, so never received.
ReceiptMatch MatchReceipt(std::string_view typed, std::string_view device_id, std::span<const ContactAttempt> versions);

}  // namespace puerta
