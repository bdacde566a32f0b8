// The campaign store tests' database in puerta_unit_tests: SQLite in memory.
#include "campaign/sqlite_connection.h"
#include "campaign_test_connection.h"

namespace puerta::campaign {

std::unique_ptr<SqlConnection> NewTestConnection(Status& status) { return SqliteConnection::OpenInMemory(status); }

}  // namespace puerta::campaign
