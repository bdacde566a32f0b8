// SqlConnection on a PostgreSQL database through libpq (Debian's libpq-dev),
// for a coalition whose organizers share one campaign store on a server.
// Built into its own library (puerta_campaign_postgres), linked by the native
// CLI only: phones and the browser build never need libpq.
//
// How the seam's portable SQL maps onto PostgreSQL 15:
//  - `?` parameters are rewritten to $1..$n (outside quotes and comments) and
//    sent as text of unknown type, so the server reads each as the type of
//    the column it meets (an int bound into a BIGINT, text into TEXT);
//  - every statement is prepared on the server once (PQprepare) and run
//    whole (PQexecPrepared): a SELECT's rows arrive at once, so the store may
//    insert while it steps through a query, as it does on SQLite;
//  - a transaction first takes one advisory lock per database, so writers
//    take turns as they do on a SQLite file (two organizers collecting at the
//    same moment would otherwise both pick the next batch number);
//  - PostgreSQL text cannot hold a NUL character: a value with one is refused
//    with a message, never cut short.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "campaign/sql_connection.h"

struct pg_conn;

namespace puerta::campaign {

// True for "postgresql://..." and "postgres://...": what --db takes for a server.
bool IsPostgresUrl(std::string_view db);
// The URL without its password (user:secret@ and password=... both dropped),
// for every message that names the server.
std::string UrlWithoutPassword(std::string_view url);
// `?` -> $1, $2, ... in order, leaving quoted text, quoted names and comments alone.
std::string NumberParameters(std::string_view sql, int& count);

class PostgresConnection final : public SqlConnection {
 public:
  // Connects (the password from the URL, PGPASSWORD or ~/.pgpass, as libpq
  // reads them) or fails with libpq's reason, naming the server.
  static std::unique_ptr<PostgresConnection> Open(const std::string& url, Status& status);
  ~PostgresConnection() override;

  Status Exec(std::string_view sql) override;
  std::unique_ptr<SqlStatement> Prepare(std::string_view sql, Status& status) override;
  Status Begin() override;
  Status Commit() override;
  Status Rollback() override;
  std::string Describe() const override { return shown_; }

  // For PostgresStatement: a prepared statement to drop when it is done.
  void Forget(const std::string& name);
  pg_conn* raw() const { return conn_; }

 private:
  PostgresConnection(pg_conn* conn, std::string shown) : conn_(conn), shown_(std::move(shown)) {}
  Status EndTransaction(const char* sql);
  pg_conn* conn_;
  std::string shown_;
  int statements_made_ = 0;
  // Statements finished inside a failed transaction, where the server
  // refuses even DEALLOCATE: dropped when the transaction ends.
  std::vector<std::string> to_drop_;
};

}  // namespace puerta::campaign
