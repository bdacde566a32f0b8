// Test helper for tests/cli/receipt.sh: a phone, kept in a folder between
// runs (storage/file_store.h) behind a PIN, that records attempts, sends its
// full record with the app's own code (BuildResultFiles), and takes a receipt
// code as the canvasser types it (CanvassSession::ApplyReceipt). Not installed.
//
// usage: puerta_test_receipt_phone PHONE_DIR record TURF N OUT_FILE
//          opens TURF (first time), records N attempts, writes the export OUT_FILE
//        puerta_test_receipt_phone PHONE_DIR apply CODE
//          prints "outcome=received|mistyped|other-phone|no-match|not-a-code|empty|not-saved
//          received=R not_received=U"
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/canvass_session.h"
#include "export/result_files.h"
#include "storage/file_store.h"

using namespace puerta;

namespace {

constexpr std::string_view kPin = "482915";

const char* Name(ReceiptOutcome o) {
  switch (o) {
    case ReceiptOutcome::kReceived: return "received";
    case ReceiptOutcome::kEmpty: return "empty";
    case ReceiptOutcome::kNotACode: return "not-a-code";
    case ReceiptOutcome::kMistyped: return "mistyped";
    case ReceiptOutcome::kOtherPhone: return "other-phone";
    case ReceiptOutcome::kNoMatch: return "no-match";
    case ReceiptOutcome::kNotSaved: return "not-saved";
  }
  return "?";
}

int Fail(const std::string& why) {
  std::cerr << "receipt phone: " << why << "\n";
  return 1;
}

int Record(CanvassSession& phone, const std::string& turf_path, int count, const std::string& out_path) {
  if (phone.stage() == CanvassSession::Stage::kNoTurf) {
    std::ifstream in(turf_path, std::ios::binary);
    std::ostringstream turf;
    turf << in.rdbuf();
    if (Status s = phone.OpenTurf(turf.str(), kPin); !s) return Fail("cannot open the turf: " + s.message());
  }
  const std::int64_t start = 1'790'000'000 + 600 * static_cast<std::int64_t>(phone.AllVersions().size());
  for (int i = 0; i < count; ++i) {
    const Household& h = phone.turf()->walk_list.households.at(static_cast<std::size_t>(i) % 10);
    ContactAttempt a;
    a.attempt_id = NewAttemptId();
    a.household_id = h.id;
    a.voter_id = h.voters.front().id;
    a.time_unix = a.recorded_unix = start + 60 * i;
    a.canvasser = "Test";
    a.result = ResultCode::kNotHome;
    if (Status s = phone.Record(a); !s) return Fail(s.message());
  }
  ResultFiles files;
  if (Status s = BuildResultFiles(ResultFormat::kLossless, *phone.turf(), phone.AllVersions(), phone.Current(),
                                  start + 60 * count, *phone.device_key(), files);
      !s)
    return Fail(s.message());
  std::ofstream out(out_path, std::ios::binary);
  out << files.files.at(0).bytes;
  if (!out.flush()) return Fail("cannot write " + out_path);
  std::cout << "device=" << phone.device_id() << "\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.size() < 2) return Fail("usage: PHONE_DIR record TURF N OUT_FILE | PHONE_DIR apply CODE");
  FileStore store(args[0]);
  CanvassSession phone(store);
  if (Status s = phone.Resume(); !s) return Fail(s.message());
  if (phone.stage() == CanvassSession::Stage::kLocked)
    if (Status s = phone.Unlock(kPin); !s) return Fail(s.message());
  if (args[1] == "record" && args.size() == 5) return Record(phone, args[2], std::stoi(args[3]), args[4]);
  if (args[1] == "apply" && args.size() == 3) {
    const ReceiptMatch match = phone.ApplyReceipt(args[2]);
    std::cout << "outcome=" << Name(match.outcome) << " received=" << phone.ReceivedCount()
              << " not_received=" << phone.NotReceivedCount() << "\n";
    return 0;
  }
  return Fail("usage: PHONE_DIR record TURF N OUT_FILE | PHONE_DIR apply CODE");
}
