// campaign/: the organizer's campaign store on SQLite (in memory here):
// migrations from every earlier version, idempotent collecting, refusals
// naming line and field, sealed and signed files, the conflict rule, each
// quality flag, review states, and the report's counts.
#include <doctest/doctest.h>

#include "campaign/campaign_store.h"
#include "campaign/report_files.h"
#include "campaign/schema.h"
#include "campaign/sqlite_connection.h"
#include "campaign_store_fixtures.h"
#include "campaign_test_connection.h"
#include "crypto/sealed_file.h"
#include "crypto/signed_file.h"
#include "export/json_lines.h"

using namespace puerta;
using namespace puerta::campaign;

TEST_CASE("campaign store: a store at every earlier schema version is migrated to the latest, keeping its data") {
  for (std::int32_t version = 0; version < LatestSchemaVersion(); ++version) {
    CAPTURE(version);
    Status status = Status::Ok();
    auto db = NewTestConnection(status);
    REQUIRE(MigrateTo(*db, version, kStart).ok());
    CHECK(SchemaVersionOf(*db) == version);
    auto store = CampaignStore::Open(std::move(db), kStart, status);
    REQUIRE_MESSAGE(store, status.message());
    CHECK(SchemaVersionOf(store->db()) == LatestSchemaVersion());
    CHECK(Count(*store, "SELECT COUNT(*) FROM schema_version") == LatestSchemaVersion());
    // Usable at once: a file collects into it.
    CHECK(Collect(*store, File({At("01", 1, ResultCode::kNotHome)})).added == 1);
  }
}

TEST_CASE("campaign store: a store from a newer Puerta is refused, untouched") {
  auto store = NewStore();
  REQUIRE(store->db().Exec("INSERT INTO schema_version VALUES (99, 'from the future', 0)").ok());
  CHECK_FALSE(MigrateTo(store->db(), LatestSchemaVersion(), kStart).ok());
  Status status = Status::Ok();
  auto db = NewTestConnection(status);
  REQUIRE(MigrateTo(*db, LatestSchemaVersion(), kStart).ok());
  REQUIRE(db->Exec("INSERT INTO schema_version VALUES (99, 'from the future', 0)").ok());
  CHECK_FALSE(CampaignStore::Open(std::move(db), kStart, status));
  CHECK(status.message().find("schema version 99, newer than this Puerta knows") != std::string::npos);
}

TEST_CASE("campaign store: the same file twice, or overlapping files, add nothing twice") {
  auto store = NewStore();
  const std::vector<ContactAttempt> first = {At("01", 1, ResultCode::kNotHome, 0), At("02", 2, ResultCode::kCanvassed, 60),
                                             At("03", 3, ResultCode::kRefused, 120)};
  FileImport a = Collect(*store, File(first));
  CHECK(a.added == 3);
  CHECK(a.already_had == 0);
  CHECK(a.rejected == 0);
  FileImport again = Collect(*store, File(first));
  CHECK(again.added == 0);
  CHECK(again.already_had == 3);
  // Overlapping: two held, one new attempt, and a second version of 01.
  ContactAttempt edited = At("01", 1, ResultCode::kCanvassed, 0);
  edited.version = 2;
  edited.recorded_unix += 600;
  FileImport overlap = Collect(*store, File({first[1], first[2], At("04", 4, ResultCode::kNotHome, 180), edited}));
  CHECK(overlap.added == 2);
  CHECK(overlap.already_had == 2);
  CHECK(Count(*store, "SELECT COUNT(*) FROM attempts") == 5);
  CHECK(Count(*store, "SELECT COUNT(*) FROM attempts WHERE is_latest = 1") == 4);
  CHECK(Count(*store, "SELECT version FROM attempts WHERE is_latest = 1 AND attempt_id = '01'") == 2);
  // An older version arriving after a newer one does not become the latest.
  auto store2 = NewStore();
  Collect(*store2, File({edited}));
  Collect(*store2, File({first[0]}));
  CHECK(Count(*store2, "SELECT version FROM attempts WHERE is_latest = 1 AND attempt_id = '01'") == 2);
  CHECK(Total(*store).attempts == 4);
  CHECK(Total(*store).conversations == 2);  // 01's latest version is a conversation
}

TEST_CASE("campaign store: refusals name the line, the field and why, and keep what was held") {
  auto store = NewStore();
  Collect(*store, File({At("01", 1, ResultCode::kNotHome), At("02", 2, ResultCode::kNotHome)}));
  ContactAttempt changed = At("01", 1, ResultCode::kRefused);
  ContactAttempt stolen = At("02", 2, ResultCode::kNotHome, 0, "Ben", kDeviceB);
  stolen.version = 2;
  std::string text = File({At("05", 5, ResultCode::kNotHome), changed, stolen});
  text += "{\"attempt_id\":\"06\",\"version\":1,\"result\":\"no_such_result\"}\n";
  const FileImport r = Collect(*store, text);
  CHECK(r.added == 1);
  CHECK(r.rejected == 3);
  REQUIRE(r.problems.size() == 3);
  // Lines: 1 header, 2 attempt 05, 3 changed, 4 stolen, 5 broken.
  const FileProblem* differs = nullptr;
  const FileProblem* device = nullptr;
  const FileProblem* broken = nullptr;
  for (const FileProblem& p : r.problems) {
    if (p.kind == "version_differs") differs = &p;
    if (p.kind == "other_device") device = &p;
    if (p.kind == "invalid") broken = &p;
  }
  REQUIRE(differs);
  CHECK(differs->line == 3);
  CHECK(differs->field == "$.result");
  REQUIRE(device);
  CHECK(device->line == 4);
  CHECK(device->field == "$.device");
  REQUIRE(broken);
  CHECK(broken->line == 5);
  CHECK_FALSE(broken->field.empty());
  CHECK(Count(*store, "SELECT COUNT(*) FROM attempts WHERE result = 'refused'") == 0);
  CHECK(Count(*store, "SELECT COUNT(*) FROM batch_problems") == 3);
  Status status = Status::Ok();
  std::vector<std::string> kinds;
  for (const Conflict& c : store->Conflicts(status)) kinds.push_back(c.kind);
  CHECK(kinds == std::vector<std::string>{"version_differs", "other_device"});
  // A file that is not an attempts export: refused whole, with its reason.
  const FileImport junk = Collect(*store, "name,address\nRosa,12 Main St\n");
  CHECK(junk.added == 0);
  CHECK(junk.rejected == 1);
  REQUIRE_FALSE(junk.problems.empty());
  CHECK(junk.problems.front().kind == "unreadable");
}

TEST_CASE("campaign store: sealed files open with any one of several organizer keys; the signer is recorded") {
  auto store = NewStore();
  const OrganizerKeyPair coalition = NewOrganizerKeyPair(), partner = NewOrganizerKeyPair();
  const DeviceKey phone = DeviceKey::Generate();
  Status status = Status::Ok();
  const std::string public_key = *ParseOrganizerPublicKey(partner.public_text, status);
  const std::string sealed =
      SealFile(phone.Sign(File({At("01", 1, ResultCode::kNotHome, 0, "Ana", phone.device_id())})), public_key);
  FileImport without = Collect(*store, sealed, {coalition.secret_text});
  CHECK(without.added == 0);
  CHECK(without.problems.front().kind == "unreadable");
  FileImport with = Collect(*store, sealed, {coalition.secret_text, partner.secret_text});
  CHECK(with.added == 1);
  CHECK(with.how_read == "sealed");
  CHECK(with.device_id == phone.device_id());
  CHECK(Count(*store, "SELECT COUNT(*) FROM devices") == 1);
  // Attempts naming another device than the signer: refused whole.
  const std::string borrowed = SealFile(phone.Sign(File({At("02", 2, ResultCode::kNotHome)})), public_key);
  FileImport refused = Collect(*store, borrowed, {partner.secret_text});
  CHECK(refused.added == 0);
  CHECK(refused.problems.front().reason.find("signed by device") != std::string::npos);
}

TEST_CASE("campaign store: conflicting results for one voter are listed with the rule applied") {
  auto store = NewStore();
  Collect(*store, File({At("01", 1, ResultCode::kNotHome, 0), At("03", 3, ResultCode::kCanvassed, 0),
                        At("05", 5, ResultCode::kNotHome, 0)}));
  Collect(*store, File({At("02", 1, ResultCode::kCanvassed, 600, "Ben", kDeviceB),
                        At("04", 3, ResultCode::kRefused, 900, "Ben", kDeviceB),
                        At("06", 5, ResultCode::kNotHome, 900, "Ben", kDeviceB)}));  // same result: no conflict
  Status status = Status::Ok();
  std::vector<Conflict> conflicts = store->Conflicts(status);
  REQUIRE(status.ok());
  REQUIRE(conflicts.size() == 2);
  CHECK(conflicts[0].subject == "v1");
  CHECK(conflicts[0].kept == "02 v1");
  CHECK(conflicts[0].rule == "a conversation beats a non-contact");
  CHECK(conflicts[1].subject == "v3");
  CHECK(conflicts[1].kept == "03 v1");  // the conversation, though the refusal came later
  // Two conversations: the latest wins.
  ContactAttempt later = At("07", 1, ResultCode::kCanvassed, 1200, "Cruz", "cccccccccccccccc");
  later.answers["support"] = {"no"};
  Collect(*store, File({later}));
  conflicts = store->Conflicts(status);
  CHECK(conflicts[0].kept == "07 v1");
  CHECK(conflicts[0].rule == "a conversation beats a non-contact; among conversations the latest wins");
  // Versions of one attempt that disagree: the latest counts.
  ContactAttempt v2 = At("05", 5, ResultCode::kRefused, 0);
  v2.version = 2;
  Collect(*store, File({v2}));
  conflicts = store->Conflicts(status);
  const auto versions = std::find_if(conflicts.begin(), conflicts.end(), [](const Conflict& c) { return c.kind == "versions"; });
  REQUIRE(versions != conflicts.end());
  CHECK(versions->subject == "05");
  CHECK(versions->kept == "05 v2");
  CHECK(versions->attempts.size() == 2);
  CHECK(ConflictsCsv(conflicts).find("the latest version counts") != std::string::npos);
}

TEST_CASE("campaign store: contact rate outside 10-30 % is flagged only from 20 doors") {
  auto store = NewStore();
  std::vector<ContactAttempt> ana, ben;
  for (int door = 0; door < 20; ++door)  // Ana: 1 of 20 (5 %), an hour apart
    ana.push_back(At(Numbered("a", door), door, door == 0 ? ResultCode::kCanvassed : ResultCode::kNotHome,
                     door * 3600));
  for (int door = 0; door < 19; ++door)  // Ben: 0 of 19: too few doors to say
    ben.push_back(At(Numbered("b", door), 100 + door, ResultCode::kNotHome, door * 3600, "Ben", kDeviceB));
  Collect(*store, File(ana));
  Collect(*store, File(ben));
  Status status = Status::Ok();
  std::vector<QualityFlag> flags = store->Flags(status);
  REQUIRE(flags.size() == 1);
  CHECK(flags[0].kind == "contact_rate");
  CHECK(flags[0].canvasser == "Ana");
  CHECK(flags[0].attempt_ids.size() == 20);
  CHECK(flags[0].detail.find("5.0 %") != std::string::npos);
  // Four more conversations: 5 of 20 = 25 %, inside the band.
  std::vector<ContactAttempt> edits;
  for (int door = 1; door <= 4; ++door) {
    ContactAttempt e = At(Numbered("a", door), door, ResultCode::kCanvassed, door * 3600);
    e.version = 2;
    edits.push_back(e);
  }
  Collect(*store, File(edits));
  CHECK(FlagKinds(*store).empty());
}

TEST_CASE("campaign store: doors faster than walking are flagged; two voters at one door are one door") {
  auto store = NewStore();
  std::vector<ContactAttempt> fast, slow;
  for (int door = 0; door < 10; ++door) {
    fast.push_back(At(Numbered("f", door), door, ResultCode::kNotHome, door * 10));
    if (door % 3 == 0) fast.push_back(At(Numbered("g", door), door, ResultCode::kNotHome, door * 10 + 2));
  }
  for (int door = 0; door < 12; ++door)  // Ben: 40 s apart, then two voters of one door 1 s apart
    slow.push_back(At(Numbered("s", door), 100 + door - (door == 11), ResultCode::kNotHome,
                      door * 40 - (door == 11 ? 39 : 0), "Ben", kDeviceB));
  Collect(*store, File(fast));
  Collect(*store, File(slow));
  Status status = Status::Ok();
  std::vector<QualityFlag> flags = store->Flags(status);
  REQUIRE(flags.size() == 1);
  CHECK(flags[0].kind == "fast_doors");
  CHECK(flags[0].canvasser == "Ana");
  CHECK(flags[0].attempt_ids.size() == 14);  // 10 doors, 4 of them with a second voter
  Status s = Status::Ok();
  CHECK(store->AttemptState("f3", s) == "has_issues");
  CHECK(store->AttemptState("s3", s) == "approved");
}

TEST_CASE("campaign store: a location far from its door, missing, or too vague is flagged where the door has coordinates") {
  auto store = NewStore();
  TurfPackage turf;
  turf.turf_id = "east";
  for (int door = 1; door <= 5; ++door) {
    Household h;
    h.id = Numbered("h", door);
    h.address.display = std::to_string(door) + " Main St";
    if (door != 5) h.location = GeoPoint{37.35, -121.88 + 0.001 * door};
    h.voters.push_back({Numbered("v", door), "Rosa", "Díaz", "", "es", {}});
    turf.walk_list.households.push_back(h);
  }
  REQUIRE(store->AddTurf(turf, kStart).ok());
  std::vector<ContactAttempt> attempts;
  for (int door = 1; door <= 5; ++door) {
    ContactAttempt a = At(Numbered("0", door), door, ResultCode::kNotHome, door * 600);
    a.has_location = door != 2;
    a.latitude = 37.35 + (door == 3 ? 0.004 : 0.0001);  // door 3: about 445 m north
    a.longitude = -121.88 + 0.001 * door;
    a.location_accuracy_m = door == 4 ? 150 : 10;
    attempts.push_back(a);
  }
  attempts[4].has_location = false;  // door 5 has no coordinates: nothing to compare
  Collect(*store, File(attempts));
  Status status = Status::Ok();
  std::map<std::string, std::string> kinds;
  for (const QualityFlag& f : store->Flags(status)) kinds[f.attempt_ids.at(0)] = f.kind;
  CHECK(kinds == std::map<std::string, std::string>{
                     {"02", "location_missing"}, {"03", "location_far"}, {"04", "location_inaccurate"}});
}

TEST_CASE("campaign store: review states: approved unless flagged, confirm clears a permanent result, reject leaves the counts") {
  auto store = NewStore();
  const FileImport batch = Collect(*store, File({At("01", 1, ResultCode::kDeceased), At("02", 2, ResultCode::kCanvassed),
                                                 At("03", 3, ResultCode::kNotHome)}));
  Status status = Status::Ok();
  CHECK(FlagKinds(*store) == std::vector<std::string>{"permanent_result"});
  CHECK(store->AttemptState("01", status) == "has_issues");
  CHECK(store->AttemptState("02", status) == "approved");
  CHECK(store->BatchState(batch.batch_id, status) == "has_issues");
  CHECK_FALSE(store->Review("02", ReviewAction::kConfirm, kStart).ok());  // not a permanent result
  CHECK_FALSE(store->Review("99", ReviewAction::kReject, kStart).ok());   // no such attempt
  REQUIRE(store->Review("01", ReviewAction::kConfirm, kStart).ok());
  CHECK(store->AttemptState("01", status) == "approved");
  CHECK(store->BatchState(batch.batch_id, status) == "approved");
  const std::vector<Batch> batches = store->Batches(status);
  REQUIRE(batches.size() == 1);
  CHECK(batches[0].review_state == "approved");
  CHECK(batches[0].added == 3);
  CHECK(Total(*store).conversations == 1);
  REQUIRE(store->Review("02", ReviewAction::kReject, kStart).ok());
  CHECK(store->AttemptState("02", status) == "rejected");
  CHECK(Total(*store).attempts == 2);
  CHECK(Total(*store).conversations == 0);
  CHECK(Count(*store, "SELECT COUNT(*) FROM attempts") == 3);  // kept, not deleted
  REQUIRE(store->Review("02", ReviewAction::kApprove, kStart).ok());
  CHECK(Total(*store).conversations == 1);
}

TEST_CASE("campaign store: the report counts by group with a total row, latest versions only, within dates") {
  auto store = NewStore();
  REQUIRE(store->AddScript(PledgeScript()).ok());
  ContactAttempt phone = At("05", 5, ResultCode::kCanvassed, 86400);
  phone.channel = Channel::kPhone;
  ContactAttempt no = At("06", 6, ResultCode::kCanvassed, 86400);
  no.answers["support"] = {"no"};
  ContactAttempt other_org = At("07", 7, ResultCode::kComeBack, 86400, "Ben", kDeviceB);
  other_org.organization = "Juntos";
  other_org.language = "es";
  Collect(*store, File({At("01", 1, ResultCode::kNotHome, 0), At("02", 1, ResultCode::kCanvassed, 60),
                        At("03", 2, ResultCode::kLanguageBarrier, 120), At("04", 3, ResultCode::kNotHome, 180), phone,
                        no, other_org}));
  Status status = Status::Ok();
  std::optional<Report> report = store->MakeReport({{"org", "day"}, "", ""}, status);
  REQUIRE(report);
  REQUIRE(report->rows.size() == 4);
  const ReportRow& day1 = report->rows[1];  // Juntos sorts first
  CHECK(report->rows[0].group == std::vector<std::string>{"Juntos", "2026-09-22"});
  CHECK(report->rows[0].follow_ups_by_language == std::map<std::string, std::int64_t>{{"es", 1}});
  CHECK(day1.group == std::vector<std::string>{"Vecinos", "2026-09-21"});
  CHECK(day1.attempts == 4);
  CHECK(day1.doors_knocked == 3);
  CHECK(day1.households_contacted == 1);
  CHECK(day1.conversations == 1);
  CHECK(day1.contact_rate == doctest::Approx(1.0 / 3));
  CHECK(day1.support_ids == 1);
  CHECK(day1.follow_ups_by_language == std::map<std::string, std::int64_t>{{"vi", 1}});
  const ReportRow& day2 = report->rows[2];
  CHECK(day2.attempts == 2);
  CHECK(day2.doors_knocked == 1);  // the phone call is no door
  CHECK(day2.conversations == 2);
  CHECK(day2.support_ids == 1);
  CHECK(day2.answers.at("support") == std::map<std::string, std::int64_t>{{"no", 1}, {"yes", 1}});
  const ReportRow& total = report->rows[3];
  CHECK(total.group == std::vector<std::string>{"total", ""});
  CHECK(total.attempts == 7);
  CHECK(total.doors_knocked == 5);
  CHECK(total.follow_ups == 2);
  CHECK(Total(*store, {{"org"}, "2026-09-22", "2026-09-22"}).attempts == 3);
  CHECK(Total(*store, {{}, "", "2026-09-21"}).attempts == 4);
  CHECK_FALSE(store->MakeReport({{"voter"}, "", ""}, status));
  CHECK(status.message().find("unknown grouping \"voter\"") != std::string::npos);
  const std::string csv = ReportCsv(*report);
  CHECK(csv.find("org,day,attempts,doors_knocked,households_contacted,conversations,contact_rate,support_ids") !=
        std::string::npos);
  CHECK(csv.find("total,,7,5,") != std::string::npos);
  CHECK(ReportJson(*report).find("\"support\": {") != std::string::npos);
}
