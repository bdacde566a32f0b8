// Test helper for tests/cli/signed_exports.sh: two phones' exports, made by
// the app's own code (CanvassSession records, BuildResultFiles signs and
// seals), plus the forgeries the organizer's tools must refuse. Not installed,
// not part of the app.
//
// usage: puerta_test_exports TURF OUT_DIR [NOW]
//   TURF     a package from `puerta package --key ...` (sealed exports on)
//   NOW      when the attempts are recorded, in seconds since 1970 (default 1790000000)
//   OUT_DIR  receives, each sealed to the turf's organizer key:
//     ana.jsonl.sealed        phone A: attempt 5a5a... Canvassed
//     ben.jsonl.sealed        phone B: the same attempt id, Refused, then edited (version 2);
//                             and attempt 6b6b... Not home at the second door
//     old.jsonl.sealed        phone A's attempts as a Puerta before exports named their turf signed them
//     ben.jsonl               the same as phone B's export from a turf without a key (signed, not sealed)
//     ana-csv.csv.sealed      phone A's spreadsheet export
//     tampered.jsonl.sealed   A's signed file with one byte of its payload changed, then sealed
//     borrowed.jsonl.sealed   B's signature over a file whose attempts name A's device
//     unsigned.jsonl.sealed   A's attempts sealed with no signature (as before phones signed)
//   and prints "A=<device id> B=<device id>".
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/canvass_session.h"
#include "crypto/sealed_file.h"
#include "export/json_lines.h"
#include "export/result_files.h"
#include "storage/memory_store.h"

using namespace puerta;

namespace {

constexpr std::string_view kAttempt = "5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a5a";
std::int64_t kNow = 1'790'000'000;  // or the NOW argument

bool Write(const std::string& path, std::string_view bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
  return static_cast<bool>(out.flush());
}

ContactAttempt AtDoor(const CanvassSession& session, std::size_t door, std::string_view id, ResultCode result) {
  const Household& h = session.turf()->walk_list.households.at(door);
  ContactAttempt a;
  a.attempt_id = std::string(id);
  a.household_id = h.id;
  a.voter_id = h.voters.front().id;
  a.voter_name = h.voters.front().first_name + " " + h.voters.front().last_name;
  a.time_unix = a.recorded_unix = kNow;
  a.canvasser = "Test";
  a.result = result;
  if (result == ResultCode::kCanvassed) {
    a.script_id = session.turf()->MainScript()->id;
    a.answers["support"] = {"yes"};
  }
  return a;
}

// One phone: its own store, so its own device key.
struct Phone {
  MemoryStore store;
  CanvassSession session{store};
};

bool Open(Phone& phone, const std::string& turf) {
  if (Status s = phone.session.OpenTurf(turf, "482915"); !s) {
    std::cerr << "cannot open the turf: " << s.message() << "\n";
    return false;
  }
  return true;
}

std::string Lossless(const CanvassSession& session, const TurfPackage& turf) {
  ResultFiles files;
  if (Status s = BuildResultFiles(ResultFormat::kLossless, turf, session.AllVersions(), session.Current(), kNow,
                                  *session.device_key(), files);
      !s) {
    std::cerr << s.message() << "\n";
    std::exit(1);
  }
  return files.files.at(0).bytes;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 3 && argc != 4) {
    std::cerr << "usage: puerta_test_exports TURF OUT_DIR [NOW]\n";
    return 2;
  }
  if (argc == 4) kNow = std::stoll(argv[3]);
  std::ifstream in(argv[1], std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  const std::string turf = text.str(), dir = argv[2];

  Phone ana, ben;
  if (!Open(ana, turf) || !Open(ben, turf)) return 1;
  if (!ana.session.Record(AtDoor(ana.session, 0, kAttempt, ResultCode::kCanvassed)).ok()) return 1;
  if (!ben.session.Record(AtDoor(ben.session, 0, kAttempt, ResultCode::kRefused)).ok()) return 1;
  if (!ben.session.Record(AtDoor(ben.session, 1, "6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b6b", ResultCode::kNotHome)).ok())
    return 1;
  ContactAttempt edit = *ben.session.attempts().Latest(kAttempt);
  edit.notes = "a later version";
  if (!ben.session.Edit(edit, kNow + 60).ok()) return 1;

  const TurfPackage& sealed_turf = *ana.session.turf();
  TurfPackage open_turf = sealed_turf;
  open_turf.organizer_public_key.clear();
  Status status = Status::Ok();
  const std::string key = *ParseOrganizerPublicKey(sealed_turf.organizer_public_key, status);

  bool ok = Write(dir + "/ana.jsonl.sealed", Lossless(ana.session, sealed_turf)) &&
            Write(dir + "/ben.jsonl.sealed", Lossless(ben.session, sealed_turf)) &&
            Write(dir + "/ben.jsonl", Lossless(ben.session, open_turf));
  ResultFiles csv;
  ok = ok && BuildResultFiles(ResultFormat::kSpreadsheet, sealed_turf, ana.session.AllVersions(),
                              ana.session.Current(), kNow, *ana.session.device_key(), csv).ok() &&
       Write(dir + "/ana-csv.csv.sealed", csv.files.at(0).bytes);

  // What phone A signs, for the forgeries.
  const std::string payload = ExportJsonLines(ana.session.AllVersions());
  std::string tampered = ana.session.device_key()->Sign(payload);
  const std::size_t refused_at = tampered.find("\"result\":\"canvassed\"");
  tampered.replace(refused_at, 20, "\"result\":\"refused\"  ");
  ok = ok && Write(dir + "/tampered.jsonl.sealed", SealFile(tampered, key)) &&
       Write(dir + "/borrowed.jsonl.sealed", SealFile(ben.session.device_key()->Sign(payload), key)) &&
       Write(dir + "/unsigned.jsonl.sealed", SealFile(payload, key)) &&
       Write(dir + "/old.jsonl.sealed", SealFile(ana.session.device_key()->Sign(payload), key));
  if (!ok) {
    std::cerr << "cannot write into " << dir << "\n";
    return 1;
  }
  std::cout << "A=" << ana.session.device_id() << " B=" << ben.session.device_id() << "\n";
  return 0;
}
