// The campaign store on PostgreSQL beside the same store on SQLite: the
// schema migrates unchanged, the same files give the same report, flags and
// conflicts, collecting again changes nothing, and a file that fails half
// way leaves nothing of itself.
#include <doctest/doctest.h>

#include <cstdlib>

#include "campaign/campaign_store.h"
#include "campaign/postgres_connection.h"
#include "campaign/schema.h"
#include "campaign/sqlite_connection.h"
#include "export/json_lines.h"

using namespace puerta;
using namespace puerta::campaign;

namespace {

constexpr std::int64_t kStart = 1790000000;  // 2026-09-21 14:13:20 UTC

std::unique_ptr<CampaignStore> PostgresStore(const std::string& name) {
  const char* server = std::getenv("PUERTA_TEST_POSTGRES");
  REQUIRE_MESSAGE(server, "PUERTA_TEST_POSTGRES is not set: run through tests/postgres/with_postgres.sh");
  Status status = Status::Ok();
  {
    auto admin = PostgresConnection::Open(std::string(server) + "puerta", status);
    REQUIRE_MESSAGE(admin, status.message());
    REQUIRE(admin->Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").ok());
    REQUIRE(admin->Exec("CREATE DATABASE " + name).ok());
  }
  auto db = PostgresConnection::Open(std::string(server) + name, status);
  REQUIRE_MESSAGE(db, status.message());
  auto store = CampaignStore::Open(std::move(db), kStart, status);
  REQUIRE_MESSAGE(store, status.message());
  return store;
}

std::unique_ptr<CampaignStore> SqliteStore() {
  Status status = Status::Ok();
  auto store = CampaignStore::Open(SqliteConnection::OpenInMemory(status), kStart, status);
  REQUIRE_MESSAGE(store, status.message());
  return store;
}

ContactAttempt At(std::string id, int door, ResultCode result, std::int64_t seconds, const std::string& canvasser,
                  const std::string& organization, const std::string& device) {
  ContactAttempt a;
  a.attempt_id = std::move(id);
  a.household_id = "h" + std::to_string(door);
  a.voter_id = "v" + std::to_string(door);
  a.time_unix = a.recorded_unix = kStart + seconds;
  a.canvasser = canvasser;
  a.organization = organization;
  a.device = device;
  a.result = result;
  if (result == ResultCode::kCanvassed) {
    a.script_id = "pledge";
    a.answers["support"] = {"yes"};
    a.language = "es";
  }
  if (result == ResultCode::kComeBack) a.follow_up.due_unix = kStart + 86400;
  if (result == ResultCode::kLanguageBarrier) a.follow_up.language = "vi";
  return a;
}

// Two canvassers of two organizations over two days: conversations, a door
// both knocked (a conflict), an edited attempt, a permanent result, follow-ups.
std::vector<std::string> Files() {
  const std::string ana = "aaaaaaaaaaaaaaaa", ben = "bbbbbbbbbbbbbbbb";
  std::vector<ContactAttempt> a, b;
  for (int i = 0; i < 12; ++i) {
    const ResultCode result = i % 3 == 0 ? ResultCode::kCanvassed : i % 3 == 1 ? ResultCode::kNotHome
                                                                               : ResultCode::kComeBack;
    a.push_back(At("a" + std::to_string(i), i, result, i * 20 + (i > 6 ? 86400 : 0), "Ana", "Vecinos", ana));
  }
  ContactAttempt edited = a[0];
  edited.version = 2;
  edited.recorded_unix += 600;
  edited.answers["support"] = {"no"};
  a.push_back(edited);
  a.push_back(At("a-dead", 20, ResultCode::kDeceased, 900, "Ana", "Vecinos", ana));
  for (int i = 0; i < 6; ++i)
    b.push_back(At("b" + std::to_string(i), i + 3, i % 2 ? ResultCode::kLanguageBarrier : ResultCode::kCanvassed,
                   3600 + i * 400, "Ben", "Juntos", ben));
  return {ExportJsonLines(a, false, {"east", ""}), ExportJsonLines(b, false, {"east", ""})};
}

std::string Describe(const Report& report) {
  std::string out;
  for (const ReportRow& r : report.rows) {
    for (const std::string& g : r.group) out += g + ",";
    out += std::to_string(r.attempts) + "," + std::to_string(r.doors_knocked) + "," +
           std::to_string(r.households_contacted) + "," + std::to_string(r.conversations) + "," +
           std::to_string(r.contact_rate) + "," + std::to_string(r.support_ids) + "," + std::to_string(r.follow_ups);
    for (const auto& [language, n] : r.follow_ups_by_language) out += " " + language + "=" + std::to_string(n);
    for (const auto& [step, values] : r.answers)
      for (const auto& [value, n] : values) out += " " + step + ":" + value + "=" + std::to_string(n);
    out += "\n";
  }
  return out;
}

std::string Everything(CampaignStore& store) {
  Status status = Status::Ok();
  std::string out;
  for (const auto& by : std::vector<std::vector<std::string>>{{"org", "day"}, {"canvasser", "language"}, {}}) {
    std::optional<Report> report = store.MakeReport({by, "", ""}, status);
    REQUIRE_MESSAGE(report, status.message());
    out += Describe(*report);
  }
  for (const QualityFlag& f : store.Flags(status)) out += f.flag_id + " " + f.detail + "\n";
  REQUIRE(status.ok());
  for (const Conflict& c : store.Conflicts(status)) out += c.kind + " " + c.subject + " " + c.kept + " " + c.rule + "\n";
  REQUIRE(status.ok());
  return out;
}

std::pair<std::uint32_t, std::uint32_t> CollectAll(CampaignStore& store) {
  std::uint32_t added = 0, had = 0;
  for (const std::string& file : Files()) {
    const FileImport r = store.Collect("phone.jsonl", file, {}, {kStart + 7 * 86400, 0, ""});
    CHECK_MESSAGE(r.rejected == 0, (r.problems.empty() ? "" : r.problems.front().reason));
    added += r.added;
    had += r.already_had;
  }
  REQUIRE(store.RefreshChecks().ok());
  return {added, had};
}

}  // namespace

TEST_CASE("postgres store: the schema migrates unchanged, and opening it again migrates nothing") {
  auto store = PostgresStore("store_schema");
  CHECK(SchemaVersionOf(store->db()) == LatestSchemaVersion());
  Status status = Status::Ok();
  CHECK(MigrateTo(store->db(), LatestSchemaVersion(), kStart).ok());
  auto versions = store->db().Prepare("SELECT COUNT(*) FROM schema_version", status);
  REQUIRE(versions);
  REQUIRE(versions->Step());
  CHECK(versions->Int(0) == LatestSchemaVersion());
}

TEST_CASE("postgres store: the same files give what SQLite gives, and twice changes nothing") {
  auto postgres = PostgresStore("store_same");
  auto sqlite = SqliteStore();
  const auto first = CollectAll(*postgres);
  CHECK(first == CollectAll(*sqlite));
  CHECK(first.first == 20);
  const std::string expected = Everything(*sqlite);
  CHECK(expected.find("Juntos,") != std::string::npos);
  CHECK(expected.find("permanent_result:a-dead") != std::string::npos);
  CHECK(Everything(*postgres) == expected);

  const auto again = CollectAll(*postgres);
  CHECK(again.first == 0);
  CHECK(again.second == 20);
  CHECK(Everything(*postgres) == expected);

  // A review decision counts the same on both.
  for (CampaignStore* store : {postgres.get(), sqlite.get()}) REQUIRE(store->Review("a3", ReviewAction::kReject, kStart).ok());
  CHECK(Everything(*postgres) == Everything(*sqlite));
  CHECK(Everything(*postgres) != expected);
}

TEST_CASE("postgres store: a file that fails half way is rolled back whole, and the reason names the server") {
  auto store = PostgresStore("store_rollback");
  // The server refuses Ben's third attempt, after his first two went in.
  REQUIRE(store->db()
              .Exec("CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN "
                    "IF NEW.attempt_id = 'b2' THEN RAISE EXCEPTION 'refused by the test'; END IF; RETURN NEW; "
                    "END $$ LANGUAGE plpgsql; "
                    "CREATE TRIGGER refuse BEFORE INSERT ON attempts FOR EACH ROW EXECUTE FUNCTION refuse()")
              .ok());
  const FileImport r = store->Collect("ben.jsonl", Files()[1], {}, {kStart + 86400, 0, ""});
  CHECK(r.added == 0);
  CHECK(r.rejected == 1);
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems.front().reason.find("refused by the test") != std::string::npos);
  CHECK(r.problems.front().reason.find(store->db().Describe()) == 0);
  Status status = Status::Ok();
  for (const char* table : {"attempts", "attempt_json", "answers", "import_batches", "canvassers", "organizations"}) {
    auto count = store->db().Prepare(std::string("SELECT COUNT(*) FROM ") + table, status);
    REQUIRE(count);
    REQUIRE(count->Step());
    CHECK_MESSAGE(count->Int(0) == 0, table);
  }
  // The store goes on: Ana's file goes in whole.
  const FileImport ana = store->Collect("ana.jsonl", Files()[0], {}, {kStart + 86400, 0, ""});
  CHECK(ana.added == 14);
  CHECK(ana.rejected == 0);
}
