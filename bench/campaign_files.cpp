// Input for bench/collect_report.sh: FILES phones' lossless results files
// (JSON lines, as `puerta open` writes them) of ATTEMPTS each, from 100
// organizations over 7 days, and the same attempts as one CSV for sqlite3
// and mlr (org,day,door,contacted_door,conversation,support,follow_up).
// usage: campaign_files OUT_DIR FILES ATTEMPTS
#include <cstdio>
#include <fstream>
#include <iostream>
#include <string>

#include "export/json_lines.h"
#include "responses/attempt_time.h"

using namespace puerta;

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: campaign_files OUT_DIR FILES ATTEMPTS\n";
    return 2;
  }
  const std::string dir = argv[1];
  const int files = std::stoi(argv[2]), per_file = std::stoi(argv[3]);
  constexpr std::int64_t kStart = 1790000000;
  std::ofstream csv(dir + "/attempts.csv");
  csv << "org,day,door,contacted_door,conversation,support,follow_up\n";
  std::uint64_t state = 88172645463325252ull;  // xorshift: the same files every run
  auto next = [&state] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  for (int f = 0; f < files; ++f) {
    std::vector<ContactAttempt> attempts;
    const std::string org = "org" + std::to_string(f % 100), turf = "turf" + std::to_string(f);
    char device[17];
    std::snprintf(device, sizeof device, "%016x", f + 1);
    for (int i = 0; i < per_file; ++i) {
      ContactAttempt a;
      char id[33];
      std::snprintf(id, sizeof id, "%08x%08x%016x", f, i, static_cast<unsigned>(next() & 0xffffffff));
      a.attempt_id = id;
      a.household_id = "h" + std::to_string(i * 2 / 3);  // some doors with two voters
      a.voter_id = turf + "-v" + std::to_string(i);
      a.time_unix = a.recorded_unix = kStart + (i * 7 / per_file) * 86400 + i * 90;
      a.canvasser = "canvasser" + std::to_string(f);
      a.organization = org;
      a.device = device;
      const auto roll = next() % 100;
      a.result = roll < 60 ? ResultCode::kNotHome : roll < 80 ? ResultCode::kCanvassed : roll < 85 ? ResultCode::kComeBack
               : roll < 90 ? ResultCode::kLanguageBarrier : ResultCode::kRefused;
      bool support = false;
      if (a.result == ResultCode::kCanvassed) {
        a.script_id = "pledge-to-vote";  // its "pledge" step: "yes" is a support ID
        support = next() % 2;
        a.answers["pledge"] = {support ? "yes" : "no"};
      }
      if (a.result == ResultCode::kComeBack) a.follow_up.due_unix = a.time_unix + 86400;
      if (a.result == ResultCode::kLanguageBarrier) a.follow_up.language = "vi";
      const std::string door = turf + "/" + a.household_id;
      const bool talked = a.result == ResultCode::kCanvassed;
      csv << org << ',' << IsoDate(a.time_unix) << ',' << door << ',' << (talked ? door : "") << ',' << talked << ','
          << support << ','
          << (a.result == ResultCode::kComeBack || a.result == ResultCode::kLanguageBarrier) << '\n';
      attempts.push_back(std::move(a));
    }
    std::ofstream out(dir + "/phone-" + std::to_string(f) + ".jsonl");
    out << ExportJsonLines(attempts, false, {turf, ""});
  }
  return csv.flush() ? 0 : 1;
}
