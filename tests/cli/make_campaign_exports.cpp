// Test helper for tests/cli/campaign_collect.sh: three canvassers' phones of
// two organizations, recorded and exported by the app's own code
// (CanvassSession records, BuildResultFiles signs and seals), some exported
// twice as the day goes on (the second file holds the first's attempts too).
// Not installed, not part of the app.
//
// usage: puerta_test_campaign_exports TURF_A TURF_B OUT_DIR
//   TURF_A  a package of organization Vecinos (sealed exports on); Ana and Ben canvass it
//   TURF_B  a package of organization Juntos (sealed to another key); Cruz canvasses it
//   OUT_DIR receives ana-1, ana-2, ben, cruz-1, cruz-2 (.jsonl.sealed), and
//           prints "ana=<device> ben=<device> cruz=<device>".
// What each records is below; the test counts it by hand from the opened files.
#include <fstream>
#include <iostream>
#include <sstream>

#include "app/canvass_session.h"
#include "export/result_files.h"
#include "storage/memory_store.h"

using namespace puerta;

namespace {

constexpr std::int64_t kDay1 = 1'790'000'000;  // 2026-09-21 14:13:20 UTC
constexpr std::int64_t kDay2 = kDay1 + 86'400;

struct Phone {
  std::string name, organization;
  MemoryStore store{};  // Phone{"Ana", "Vecinos"} leaves it to this; without it, copy-list-initialized past an explicit constructor
  CanvassSession session{store};
  int next_id = 0;
};

struct Door {
  std::size_t household;
  ResultCode result;
  std::string pledge;  // Canvassed: "yes" (a support ID) or "no"
  std::string language = {};  // Language Barrier: heard
  Channel channel = Channel::kDoor;
};

void Fail(const std::string& why) {
  std::cerr << why << "\n";
  std::exit(1);
}

std::string Id(Phone& phone) {
  char id[33];
  std::snprintf(id, sizeof id, "%08x%024d", static_cast<unsigned>(std::hash<std::string>{}(phone.name)), ++phone.next_id);
  return id;
}

// Doors five minutes apart from `start`: no faster than a person walks.
void Record(Phone& phone, std::int64_t start, const std::vector<Door>& doors) {
  std::int64_t when = start;
  for (const Door& d : doors) {
    const Household& h = phone.session.turf()->walk_list.households.at(d.household);
    ContactAttempt a;
    a.attempt_id = Id(phone);
    a.household_id = h.id;
    a.voter_id = h.voters.front().id;
    a.voter_name = h.voters.front().first_name + " " + h.voters.front().last_name;
    a.time_unix = a.recorded_unix = when;
    when += 300;
    a.canvasser = phone.name;
    a.organization = phone.organization;
    a.channel = d.channel;
    a.result = d.result;
    if (d.result == ResultCode::kCanvassed) {
      a.script_id = phone.session.turf()->MainScript()->id;
      a.answers["pledge"] = {d.pledge};
      a.language = "es";
    }
    if (d.result == ResultCode::kComeBack) a.follow_up.due_unix = a.time_unix + 86'400;
    if (d.result == ResultCode::kLanguageBarrier) a.follow_up.language = d.language;
    if (Status s = phone.session.Record(a); !s) Fail("record: " + s.message());
  }
}

void Export(const Phone& phone, const std::string& path) {
  ResultFiles files;
  if (Status s = BuildResultFiles(ResultFormat::kLossless, *phone.session.turf(), phone.session.AllVersions(),
                                  phone.session.Current(), kDay2 + 40'000, *phone.session.device_key(), files);
      !s)
    Fail(s.message());
  std::ofstream out(path, std::ios::binary);
  out << files.files.at(0).bytes;
  if (!out.flush()) Fail("cannot write " + path);
}

std::string ReadAll(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: puerta_test_campaign_exports TURF_A TURF_B OUT_DIR\n";
    return 2;
  }
  const std::string turf_a = ReadAll(argv[1]), turf_b = ReadAll(argv[2]), dir = argv[3];
  Phone ana{"Ana", "Vecinos"}, ben{"Ben", "Vecinos"}, cruz{"Cruz", "Juntos"};
  for (auto [phone, turf] : {std::pair{&ana, &turf_a}, {&ben, &turf_a}, {&cruz, &turf_b}})
    if (Status s = phone->session.OpenTurf(*turf, "482915"); !s) Fail("open the turf: " + s.message());

  using R = ResultCode;
  Record(ana, kDay1, {{0, R::kCanvassed, "yes"}, {1, R::kNotHome, ""}, {2, R::kCanvassed, "no"},
                      {3, R::kComeBack, ""}, {4, R::kNotHome, ""}, {5, R::kLanguageBarrier, "", "vi"},
                      {6, R::kCanvassed, "yes"}, {7, R::kDeceased, ""}});
  Export(ana, dir + "/ana-1.jsonl.sealed");
  Record(ana, kDay2, {{8, R::kNotHome, ""}, {9, R::kCanvassed, "yes"}, {10, R::kRefused, ""}, {11, R::kNotHome, ""}});
  // Back at door 1 later: the Not home becomes a conversation (version 2).
  ContactAttempt edit = *ana.session.attempts().Latest(ana.session.Current().at(1).attempt_id);
  if (edit.household_id != ana.session.turf()->walk_list.households.at(1).id) Fail("the attempt at door 1 moved");
  edit.result = R::kCanvassed;
  edit.script_id = ana.session.turf()->MainScript()->id;
  edit.answers["pledge"] = {"yes"};
  if (Status s = ana.session.Edit(edit, kDay2 + 3'600); !s) Fail("edit: " + s.message());
  Export(ana, dir + "/ana-2.jsonl.sealed");

  // Ben, paired with Ana at door 0 (a conflict: Not home against her conversation).
  Record(ben, kDay1 + 600, {{12, R::kNotHome, ""}, {13, R::kCanvassed, "yes"}, {14, R::kMoved, ""},
                            {15, R::kNotHome, ""}, {16, R::kCanvassed, "no"}, {17, R::kComeBack, ""},
                            {0, R::kNotHome, ""}});
  Export(ben, dir + "/ben.jsonl.sealed");

  Record(cruz, kDay2, {{0, R::kCanvassed, "yes"}, {1, R::kCanvassed, "yes"}, {2, R::kNotHome, ""},
                       {3, R::kNotHome, ""}, {4, R::kHostile, ""}});
  Export(cruz, dir + "/cruz-1.jsonl.sealed");
  Record(cruz, kDay2 + 3'000, {{5, R::kLanguageBarrier, "", "ko"}, {6, R::kCanvassed, "no"}, {7, R::kNotHome, ""},
                               {8, R::kCanvassed, "yes", "", Channel::kPhone}, {9, R::kNotHome, ""}});
  Export(cruz, dir + "/cruz-2.jsonl.sealed");

  std::cout << "ana=" << ana.session.device_id() << " ben=" << ben.session.device_id()
            << " cruz=" << cruz.session.device_id() << "\n";
  return 0;
}
