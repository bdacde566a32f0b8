// The campaign store tests' database in puerta_postgres_tests: a schema of
// its own for each store a test opens (two may be open at once), in one
// database made afresh per run on the fixture's server (PUERTA_TEST_POSTGRES).
#include <cstdlib>

#include "campaign/postgres_connection.h"
#include "../unit/campaign_test_connection.h"

namespace puerta::campaign {

std::unique_ptr<SqlConnection> NewTestConnection(Status& status) {
  static int made = 0;
  const char* server = std::getenv("PUERTA_TEST_POSTGRES");
  if (!server) {
    status = Status::Fail("PUERTA_TEST_POSTGRES is not set: run through tests/postgres/with_postgres.sh");
    return nullptr;
  }
  if (made == 0) {
    auto admin = PostgresConnection::Open(std::string(server) + "puerta", status);
    if (!admin) return nullptr;
    if (status = admin->Exec("DROP DATABASE IF EXISTS unit_store WITH (FORCE)"); !status) return nullptr;
    if (status = admin->Exec("CREATE DATABASE unit_store"); !status) return nullptr;
  }
  auto db = PostgresConnection::Open(std::string(server) + "unit_store", status);
  if (!db) return nullptr;
  const std::string schema = "store_" + std::to_string(++made);
  if (status = db->Exec("CREATE SCHEMA " + schema + "; SET search_path TO " + schema); !status) return nullptr;
  return db;
}

}  // namespace puerta::campaign
