// turf/handout_records: which device is flagged for a package, and the two
// records files read back exactly (and refused, by line and field, when damaged).
#include <doctest/doctest.h>

#include "turf/handout_records.h"

using namespace puerta;

namespace {

constexpr std::int64_t kHandedOut = 1790000000;  // 2026-09-21 14:13 UTC
constexpr std::int64_t kLater = kHandedOut + 3600;
const std::string kPackage = "9c1e0000aaaa5555";
const std::string kAna = "aaaaaaaaaaaaaaaa", kBen = "bbbbbbbbbbbbbbbb";

HandoutRecords Records() {
  HandoutRecords r;
  r.handouts.push_back({"eastside", kPackage, kHandedOut});
  return r;
}

SentAttempts Sent(const std::string& file, const std::string& device, std::int64_t earliest = kLater) {
  return {file, device, "eastside", kPackage, 3, earliest};
}

std::vector<FlagReason> Reasons(const SentCheck& c) {
  std::vector<FlagReason> out;
  for (const Flag& f : c.flags) out.push_back(f.reason);
  return out;
}

}  // namespace

TEST_CASE("handout records: the first device of a package is not flagged; a second one is, naming the first") {
  HandoutRecords r = Records();
  const SentCheck first = r.Check(Sent("ana.jsonl", kAna), kLater + 60, false);
  CHECK(first.judged);
  CHECK(first.flags.empty());
  CHECK(r.devices_changed());
  REQUIRE(r.devices.size() == 1);
  CHECK(r.devices[0].first_file == "ana.jsonl");
  CHECK(r.devices[0].first_seen_unix == kLater + 60);

  const SentCheck second = r.Check(Sent("ben.jsonl", kBen), kLater + 120, false);
  CHECK(Reasons(second) == std::vector{FlagReason::kAnotherDeviceFirst});
  CHECK(second.flags[0].why ==
        "turf eastside (package 9c1e0000aaaa5555) was sent in first by device aaaaaaaaaaaaaaaa (ana.jsonl, "
        "2026-09-21 15:14 UTC); a turf goes to one phone, so these may be made up by someone holding the turf");
  // Seen again, in either order: the first stays first, the second stays flagged.
  CHECK(r.Check(Sent("ana-again.jsonl", kAna), kLater + 180, false).flags.empty());
  CHECK(Reasons(r.Check(Sent("ben-again.jsonl", kBen), kLater + 240, false)) ==
        std::vector{FlagReason::kAnotherDeviceFirst});
  CHECK(r.devices.size() == 2);
  CHECK(r.devices[1].first_file == "ben.jsonl");
}

TEST_CASE("handout records: an accepted device is not flagged, and stays accepted") {
  HandoutRecords r = Records();
  r.Check(Sent("ana.jsonl", kAna), kLater, false);
  CHECK(r.Check(Sent("ben.jsonl", kBen), kLater, true).flags.empty());
  // The acceptance is kept in the records, so a later run needs no option.
  HandoutRecords later = Records();
  REQUIRE(ParseDevicesSeen(WriteDevicesSeen(r.devices), later.devices).ok());
  CHECK(later.devices[1].accepted);
  CHECK(later.Check(Sent("ben.jsonl", kBen), kLater, false).flags.empty());
  CHECK_FALSE(later.devices_changed());
}

TEST_CASE("handout records: another package of the same turf has its own first device") {
  HandoutRecords r = Records();
  r.handouts.push_back({"eastside", "1111222233334444", kHandedOut + 86400});  // re-cut for a new canvasser
  r.Check(Sent("ana.jsonl", kAna), kLater, false);
  SentAttempts ben = Sent("ben.jsonl", kBen, kHandedOut + 90000);
  ben.package_id = "1111222233334444";
  CHECK(r.Check(ben, kLater, false).flags.empty());
}

TEST_CASE("handout records: attempts before the hand-out, a package not handed out, a package of another turf") {
  HandoutRecords r = Records();
  // A phone's clock may be a few minutes off; a day is not.
  CHECK(r.Check(Sent("ana.jsonl", kAna, kHandedOut - 5 * 60), kLater, false).flags.empty());
  const SentCheck early = r.Check(Sent("ana.jsonl", kAna, kHandedOut - 86400), kLater, false);
  CHECK(Reasons(early) == std::vector{FlagReason::kBeforeHandout});
  CHECK(early.flags[0].why ==
        "its attempts are dated from 2026-09-20 14:13 UTC, before turf eastside (package 9c1e0000aaaa5555) was handed "
        "out (2026-09-21 14:13 UTC): no phone had the turf then");

  SentAttempts unknown = Sent("x.jsonl", kAna);
  unknown.package_id = "ffffffffffffffff";
  CHECK(Reasons(r.Check(unknown, kLater, false)) == std::vector{FlagReason::kNoHandout});
  SentAttempts moved = Sent("y.jsonl", kAna);
  moved.turf_id = "westside";
  const SentCheck other = r.Check(moved, kLater, false);
  CHECK(Reasons(other) == std::vector{FlagReason::kPackageOfOtherTurf});
  CHECK(other.flags[0].why == "package 9c1e0000aaaa5555 was handed out as turf eastside, not turf westside");
  // With no hand-outs recorded at all, every package is flagged.
  HandoutRecords none;
  CHECK(Reasons(none.Check(Sent("ana.jsonl", kAna), kLater, false)) == std::vector{FlagReason::kNoHandout});
}

TEST_CASE("handout records: a package from before package ids is judged by its turf's first hand-out") {
  HandoutRecords r = Records();
  SentAttempts sent = Sent("ana.jsonl", kAna, kHandedOut + 60);
  sent.package_id.clear();
  CHECK(r.Check(sent, kLater, false).flags.empty());
  sent.earliest_unix = kHandedOut - 86400;
  CHECK(Reasons(r.Check(sent, kLater, false)) == std::vector{FlagReason::kBeforeHandout});
}

TEST_CASE("handout records: a file naming no turf or no device is not judged, and not recorded") {
  HandoutRecords r = Records();
  SentAttempts no_turf = Sent("old.jsonl", kAna);
  no_turf.turf_id.clear();
  const SentCheck a = r.Check(no_turf, kLater, false);
  CHECK_FALSE(a.judged);
  CHECK(a.not_judged.find("names no turf") != std::string::npos);
  const SentCheck b = r.Check(Sent("older.jsonl", ""), kLater, false);
  CHECK_FALSE(b.judged);
  CHECK(b.not_judged.find("name no device") != std::string::npos);
  CHECK(r.devices.empty());
  CHECK_FALSE(r.devices_changed());
}

TEST_CASE("handout records: both files round-trip, and damage is named by line and field") {
  const std::vector<Handout> handouts = {{"eastside", kPackage, kHandedOut}, {"west \"side\"", "0123456789abcdef", 0}};
  std::vector<Handout> back;
  REQUIRE(ParseHandouts(WriteHandouts(handouts), back).ok());
  REQUIRE(back.size() == 2);
  CHECK(back[1].turf_id == "west \"side\"");
  CHECK(back[0].handed_out_unix == kHandedOut);
  CHECK(ParseHandouts("", back).ok());
  CHECK(back.empty());

  const std::vector<DeviceSeen> devices = {{"eastside", kPackage, kAna, kLater, "/home/o/ana.jsonl", true},
                                           {"eastside", "", kBen, kLater + 1, "ben.jsonl", false}};
  std::vector<DeviceSeen> seen;
  REQUIRE(ParseDevicesSeen(WriteDevicesSeen(devices), seen).ok());
  REQUIRE(seen.size() == 2);
  CHECK(seen[0].accepted);
  CHECK(seen[0].first_file == "/home/o/ana.jsonl");
  CHECK(seen[1].package_id.empty());

  const std::string header = "{\"format\":\"puerta-handouts\",\"format_version\":1}\n";
  CHECK(ParseHandouts(header + "{\"turf_id\":\"t\",\"package_id\":\"XYZ\",\"handed_out_unix\":1}\n", back).message() ==
        "line 2: $.package_id: expected 16 lowercase hex digits");
  CHECK(ParseHandouts(header + "{\"turf_id\":\"t\",\"package_id\":\"0123456789abcdef\"}\n", back).message() ==
        "line 2: $.handed_out_unix: missing");
  CHECK(ParseHandouts(header + "{\"turf_id\":\"t\",", back).message().find("line 2") == 0);
  CHECK(ParseHandouts(WriteDevicesSeen(devices), back).message() ==
        "line 1: not a puerta-handouts file (the first line names the format)");
  CHECK(ParseHandouts("{\"format\":\"puerta-handouts\",\"format_version\":2}\n", back).message().find("newer Puerta") !=
        std::string::npos);
  std::string bad_device = WriteDevicesSeen(devices);
  bad_device.replace(bad_device.find(kBen), 16, "BBBB");
  CHECK(ParseDevicesSeen(bad_device, seen).message() == "line 3: $.device: expected 16 lowercase hex digits");
  CHECK(seen.size() == 2);  // untouched on failure
}
