// campaign/postgres_connection.h against a real PostgreSQL 15 server (the
// ctest fixture "postgres"; run through tests/postgres/with_postgres.sh, which
// names the server in PUERTA_TEST_POSTGRES): parameters, rows changed,
// transactions, messages, and the campaign store on it beside SQLite.
#include <doctest/doctest.h>

#include <cstdlib>
#include <limits>

#include "campaign/campaign_store.h"
#include "campaign/postgres_connection.h"
#include "campaign/sqlite_connection.h"
#include "export/json_lines.h"

using namespace puerta;
using namespace puerta::campaign;

namespace {

std::string Server() {
  const char* server = std::getenv("PUERTA_TEST_POSTGRES");
  REQUIRE_MESSAGE(server, "PUERTA_TEST_POSTGRES is not set: run through tests/postgres/with_postgres.sh");
  return server;
}

std::unique_ptr<PostgresConnection> Connect(const std::string& url) {
  Status status = Status::Ok();
  auto db = PostgresConnection::Open(url, status);
  REQUIRE_MESSAGE(db, status.message());
  return db;
}

// An empty database of its own for each test case, as an organizer's
// administrator would create it.
std::string FreshDatabase(const std::string& name) {
  auto admin = Connect(Server() + "puerta");
  REQUIRE(admin->Exec("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)").ok());
  REQUIRE(admin->Exec("CREATE DATABASE " + name).ok());
  return Server() + name;
}

std::unique_ptr<SqlStatement> Prepare(SqlConnection& db, std::string_view sql) {
  Status status = Status::Ok();
  auto statement = db.Prepare(sql, status);
  REQUIRE_MESSAGE(statement, status.message());
  return statement;
}

std::int64_t Count(SqlConnection& db, std::string_view table) {
  auto count = Prepare(db, "SELECT COUNT(*) FROM " + std::string(table));
  REQUIRE(count->Step());
  return count->Int(0);
}

}  // namespace

TEST_CASE("postgres: ? becomes $n outside quoted text, quoted names and comments") {
  int count = 0;
  CHECK(NumberParameters("SELECT '?', 'it''s ?', \"a?b\", ? -- why?\n, ? /* ? */ FROM t WHERE x = ?", count) ==
        "SELECT '?', 'it''s ?', \"a?b\", $1 -- why?\n, $2 /* ? */ FROM t WHERE x = $3");
  CHECK(count == 3);
  CHECK(NumberParameters("SELECT 1", count) == "SELECT 1");
  CHECK(count == 0);
}

TEST_CASE("postgres: the URL shown never holds the password") {
  CHECK(UrlWithoutPassword("postgresql://ana:s3cret@db.example.org:5433/coalition?sslmode=verify-full") ==
        "postgresql://ana@db.example.org:5433/coalition?sslmode=verify-full");
  CHECK(UrlWithoutPassword("postgres://ana@db.example.org/coalition?password=s3cret&sslmode=require") ==
        "postgres://ana@db.example.org/coalition?sslmode=require");
  CHECK(UrlWithoutPassword("postgresql://db.example.org/c?sslmode=require&password=s3cret") ==
        "postgresql://db.example.org/c?sslmode=require");
  CHECK(UrlWithoutPassword("postgresql://ana@[::1]:5432/c") == "postgresql://ana@[::1]:5432/c");
  CHECK(IsPostgresUrl("postgres://x/y"));
  CHECK(IsPostgresUrl("postgresql://x/y"));
  CHECK_FALSE(IsPostgresUrl("campaign.sqlite"));
}

TEST_CASE("postgres: a wrong password or an unknown database is named, the password never") {
  const std::string server = Server();  // postgresql://puerta@127.0.0.1:PORT/
  Status status = Status::Ok();
  const std::string with_password =
      "postgresql://puerta:wrong-secret-4711@" + server.substr(std::string("postgresql://puerta@").size()) + "puerta";
  CHECK_FALSE(PostgresConnection::Open(with_password, status));
  CHECK(status.message().find("password authentication failed") != std::string::npos);
  CHECK(status.message().find("127.0.0.1") != std::string::npos);
  CHECK(status.message().find("wrong-secret-4711") == std::string::npos);
  CHECK_FALSE(PostgresConnection::Open(server + "no_such_campaign", status));
  CHECK(status.message().find("database \"no_such_campaign\" does not exist") != std::string::npos);
}

TEST_CASE("postgres: bound values come back as bound; ON CONFLICT DO NOTHING changes 0 rows") {
  auto db = Connect(FreshDatabase("unit_values"));
  REQUIRE(db->Exec("CREATE TABLE t (k TEXT PRIMARY KEY, i BIGINT, d DOUBLE PRECISION, s TEXT)").ok());
  auto insert = Prepare(*db, "INSERT INTO t (k, i, d, s) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING");
  insert->Bind(1, "a?'b");
  insert->Bind(2, std::numeric_limits<std::int64_t>::min());
  insert->Bind(3, 0.1);
  insert->Bind(4, "Nguyễn 阮 'quoted' ?");
  CHECK_FALSE(insert->Step());
  CHECK(insert->status().ok());
  CHECK(insert->RowsChanged() == 1);
  insert->Reset();
  insert->Bind(1, "a?'b");
  insert->Bind(2, 7);
  insert->BindNull(3);
  insert->BindNull(4);
  insert->Step();
  CHECK(insert->status().ok());
  CHECK(insert->RowsChanged() == 0);  // already held: nothing changed

  auto read = Prepare(*db, "SELECT i, d, s, ? || s FROM t WHERE k = ?");
  read->Bind(1, "?");
  read->Bind(2, "a?'b");
  REQUIRE(read->Step());
  CHECK(read->Int(0) == std::numeric_limits<std::int64_t>::min());
  CHECK(read->Real(1) == 0.1);  // exactly: the shortest text that reads back equal
  CHECK(read->Text(2) == "Nguyễn 阮 'quoted' ?");
  CHECK(read->Text(3) == "?Nguyễn 阮 'quoted' ?");
  CHECK_FALSE(read->Step());
  CHECK(read->status().ok());

  auto update = Prepare(*db, "UPDATE t SET i = i WHERE k <> ?");
  update->Bind(1, "nothing");
  update->Step();
  CHECK(update->RowsChanged() == 1);
  auto sum = Prepare(*db, "SELECT SUM(i), MAX(d) FROM t WHERE k = 'none'");
  REQUIRE(sum->Step());
  CHECK(sum->IsNull(0));
  CHECK(sum->IsNull(1));
}

TEST_CASE("postgres: a NUL in text is refused with a reason, never cut short") {
  auto db = Connect(FreshDatabase("unit_nul"));
  REQUIRE(db->Exec("CREATE TABLE t (s TEXT)").ok());
  auto insert = Prepare(*db, "INSERT INTO t (s) VALUES (?)");
  insert->Bind(1, std::string_view("before\0after", 12));
  CHECK_FALSE(insert->Step());
  CHECK(insert->status().message().find("NUL character") != std::string::npos);
  CHECK(Count(*db, "t") == 0);
}

TEST_CASE("postgres: SQL that does not compile is refused at Prepare, with the server's reason") {
  auto db = Connect(FreshDatabase("unit_prepare"));
  Status status = Status::Ok();
  CHECK_FALSE(db->Prepare("SELECT nothing FROM nowhere", status));
  CHECK(status.message().find("relation \"nowhere\" does not exist") != std::string::npos);
  CHECK_FALSE(db->Exec("CREATE TABLE").ok());
}

TEST_CASE("postgres: a transaction with a failed statement leaves nothing, and says so at COMMIT") {
  auto db = Connect(FreshDatabase("unit_transactions"));
  REQUIRE(db->Exec("CREATE TABLE t (k TEXT PRIMARY KEY)").ok());
  {
    SqlTransaction transaction(*db);
    REQUIRE(transaction.begun().ok());
    auto insert = Prepare(*db, "INSERT INTO t (k) VALUES (?)");
    insert->Bind(1, "a");
    insert->Step();
    REQUIRE(insert->status().ok());
    insert->Reset();
    insert->Bind(1, "a");  // the same key: the server refuses, the transaction is spoilt
    insert->Step();
    CHECK(insert->status().message().find("duplicate key") != std::string::npos);
    const Status committed = transaction.Commit();
    CHECK_FALSE(committed.ok());
    CHECK(committed.message().find("rolled back") != std::string::npos);
  }
  CHECK(Count(*db, "t") == 0);
  {
    SqlTransaction transaction(*db);  // not committed: rolled back when it ends
    auto insert = Prepare(*db, "INSERT INTO t (k) VALUES ('b')");
    insert->Step();
  }
  CHECK(Count(*db, "t") == 0);
  {
    // SQL that does not compile spoils nothing, as on SQLite (the store asks
    // whether a table exists that way, inside its migration's transaction).
    SqlTransaction transaction(*db);
    Status status = Status::Ok();
    CHECK_FALSE(db->Prepare("SELECT 1 FROM nowhere", status));
    auto insert = Prepare(*db, "INSERT INTO t (k) VALUES ('d')");
    insert->Step();
    CHECK(insert->status().ok());
    CHECK(transaction.Commit().ok());
  }
  CHECK(Count(*db, "t") == 1);
  REQUIRE(db->Exec("DELETE FROM t").ok());
  // Statements finished inside the failed transaction were dropped after it:
  // the connection still prepares and runs.
  auto insert = Prepare(*db, "INSERT INTO t (k) VALUES ('c')");
  insert->Step();
  CHECK(insert->status().ok());
  CHECK(Count(*db, "t") == 1);
}
