// The database every campaign store test runs on: a private in-memory SQLite
// database in puerta_unit_tests (test_campaign_connection.cpp), an empty
// schema of a real PostgreSQL server in puerta_postgres_tests
// (tests/postgres/campaign_test_connection_postgres.cpp): the same tests
// prove the store on both engines.
#pragma once

#include <memory>

#include "campaign/sql_connection.h"

namespace puerta::campaign {

std::unique_ptr<SqlConnection> NewTestConnection(Status& status);

}  // namespace puerta::campaign
