// turf/turf_expiry.h: a turf's last day. What a date must look like, when a
// turf counts as expired (the whole last day is usable, where the turf is),
// and that the format version moves only for packages that carry a last day,
// so packages without one, and every older package, still open.
#include <doctest/doctest.h>

#include <string>

#include "responses/attempt_time.h"
#include "turf/turf_expiry.h"
#include "turf/turf_package.h"

using namespace puerta;

namespace {

const char* kScript =
    R"({"format_version": 1, "id": "tiny", "version": 1, "title": {"en": "Tiny"}, "languages": ["en"],
  "steps": [{"id": "hello", "kind": "yes_no", "text": {"en": "Hello?"}}]})";

// A hand-written package of the given version, with `extra` top-level keys.
std::string Package(int version, const std::string& extra = {}) {
  return R"({"format": "puerta-turf", "format_version": )" + std::to_string(version) +
         R"(, "turf_id": "t-1", "name": "Tiny", )" + extra + R"("scripts": [)" + kScript + R"(],
  "walk_list": {"households": [{"id": "h1", "address": {"display": "1 Main St"}, "voters": []}],
                "buildings": [{"id": "b1", "display": "1 Main St", "households": [0]}]}})";
}

std::int64_t At(const char* iso, std::int32_t offset = 0) { return *FromIsoDateTime(iso, offset); }

}  // namespace

TEST_CASE("expiry: only a calendar day written YYYY-MM-DD is a last day") {
  CHECK(ExpiryDateProblem("2026-12-12").empty());
  CHECK(ExpiryDateProblem("2028-02-29").empty());  // a leap day
  for (const char* bad : {"", "2026-12-1", "12/12/2026", "2026-13-01", "2026-02-30", "2027-02-29", "2026-12-12T18:00",
                          "tomorrow", " 2026-12-12", "0026-12-12"}) {
    INFO(bad);
    const std::string why = ExpiryDateProblem(bad);
    CHECK(why.find("is not a date written YYYY-MM-DD") != std::string::npos);
    CHECK(why.find(std::string("\"") + bad + "\"") == 0);  // the value is quoted back
  }
}

TEST_CASE("expiry: a day already over is in the past; today is not") {
  const std::int64_t noon = At("2026-12-03T12:00");
  CHECK(ExpiryInPast("2026-12-03", noon, 0).empty());
  CHECK(ExpiryInPast("2027-01-01", noon, 0).empty());
  CHECK(ExpiryInPast("2026-12-02", noon, 0) == "2026-12-02 is already over (today is 2026-12-03 where the turf is)");
  // 02:00 UTC on the 3rd is still the 2nd in California (UTC-8): the 2nd is today there.
  const std::int64_t early = At("2026-12-03T02:00");
  CHECK(ExpiryInPast("2026-12-02", early, -480).empty());
  CHECK_FALSE(ExpiryInPast("2026-12-02", early, 0).empty());
}

TEST_CASE("expiry: the turf works through its whole last day where the turf is, and expires at the midnight after") {
  TurfPackage turf;
  turf.utc_offset_minutes = -480;  // UTC-8
  CHECK_FALSE(TurfExpired(turf, At("2999-12-31T23:59")));  // no last day: never
  CHECK_FALSE(ExpiryEndUnix(turf).has_value());
  CHECK_FALSE(ExpiryMonthDay(turf).has_value());

  turf.expires = "2026-12-12";
  REQUIRE(ExpiryEndUnix(turf).has_value());
  CHECK(*ExpiryEndUnix(turf) == At("2026-12-13T00:00", -480));
  CHECK_FALSE(TurfExpired(turf, At("2026-12-12T00:00", -480)));
  CHECK_FALSE(TurfExpired(turf, At("2026-12-12T23:59", -480)));
  CHECK_FALSE(TurfExpired(turf, At("2026-12-13T00:00", -480) - 1));
  CHECK(TurfExpired(turf, At("2026-12-13T00:00", -480)));
  CHECK(TurfExpired(turf, At("2027-06-01T09:00", -480)));
  // Midnight in London is still the 12th in California.
  CHECK_FALSE(TurfExpired(turf, At("2026-12-13T00:00", 0)));
  const std::optional<MonthDay> shown = ExpiryMonthDay(turf);
  REQUIRE(shown.has_value());
  CHECK(shown->month == 12);
  CHECK(shown->day == 12);
}

TEST_CASE("expiry: a package carries its last day as format version 2; one without stays version 1") {
  TurfPackage p;
  REQUIRE(ParseTurfPackage(Package(1), p).ok());
  CHECK(p.format_version == 1);
  CHECK(p.expires.empty());
  const std::string without = WriteTurfPackage(p);
  CHECK(without.find("\"format_version\": 1,") != std::string::npos);  // an older app still opens it
  CHECK(without.find("expires") == std::string::npos);

  p.expires = "2026-12-12";
  const std::string with = WriteTurfPackage(p);
  CHECK(with.find("\"format_version\": 2,") != std::string::npos);
  CHECK(with.find("\"expires\": \"2026-12-12\"") != std::string::npos);
  TurfPackage back;
  const Status s = ParseTurfPackage(with, back);
  REQUIRE_MESSAGE(s.ok(), s.message());
  CHECK(back.format_version == 2);
  CHECK(back.expires == "2026-12-12");
  CHECK(WriteTurfPackage(back) == with);

  // A version 2 package may leave the last day out.
  TurfPackage open_ended;
  REQUIRE(ParseTurfPackage(Package(2), open_ended).ok());
  CHECK(open_ended.expires.empty());
}

TEST_CASE("expiry: a bad last day in a package is refused where it is") {
  TurfPackage p;
  p.turf_id = "untouched";
  Status s = ParseTurfPackage(Package(2, R"("expires": "2026-02-30", )"), p);
  CHECK(s.message() == "$.expires: \"2026-02-30\" is not a date written YYYY-MM-DD (for example 2026-12-12)");
  s = ParseTurfPackage(Package(2, R"("expires": 20261212, )"), p);
  CHECK(s.message().find("$.expires") == 0);
  // Version 1 had no last day: a key it never knew is refused, not ignored.
  s = ParseTurfPackage(Package(1, R"("expires": "2026-12-12", )"), p);
  CHECK(s.message().find("$.expires: unknown key") == 0);
  CHECK(p.turf_id == "untouched");
}
