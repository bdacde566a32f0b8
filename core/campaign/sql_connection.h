// The thin seam between the campaign store's logic and a database engine.
// CampaignStore (campaign_store.h) speaks only through these two classes, so
// a PostgreSQL connection (libpq) can be added beside the SQLite one
// (sqlite_connection.h) without touching the store.
//
// SQL written against it stays portable between SQLite 3.40 and PostgreSQL 15:
//  - parameters are written `?` and numbered from 1 in order of appearance
//    (a libpq connection rewrites them to $1, $2, ...);
//  - `INSERT ... ON CONFLICT DO NOTHING` for "add unless already held";
//  - types BIGINT, DOUBLE PRECISION and TEXT; no AUTOINCREMENT, no rowid, no
//    INSERT OR REPLACE, no strftime: ids and dates are made by the caller.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "util/status.h"

namespace puerta::campaign {

// A prepared statement: bind, step through the rows, reset, run again.
class SqlStatement {
 public:
  virtual ~SqlStatement() = default;
  // Parameters are numbered from 1, as they appear in the SQL.
  virtual void Bind(int index, std::int64_t value) = 0;
  virtual void Bind(int index, double value) = 0;
  virtual void Bind(int index, std::string_view value) = 0;
  virtual void BindNull(int index) = 0;
  void Bind(int index, const std::string& value) { Bind(index, std::string_view(value)); }
  void Bind(int index, const char* value) { Bind(index, std::string_view(value)); }
  void Bind(int index, int value) { Bind(index, static_cast<std::int64_t>(value)); }
  void Bind(int index, std::uint32_t value) { Bind(index, static_cast<std::int64_t>(value)); }

  // Runs the statement, or moves to its next row: true while a row is there
  // to read. False when done or failed; status() tells which.
  virtual bool Step() = 0;
  virtual const Status& status() const = 0;
  // Rows the last run inserted, updated or deleted (0 for an INSERT that
  // ON CONFLICT DO NOTHING skipped).
  virtual std::int64_t RowsChanged() const = 0;
  // Ready to bind and run again; bound values are cleared.
  virtual void Reset() = 0;

  // Columns of the current row, numbered from 0.
  virtual bool IsNull(int column) const = 0;
  virtual std::int64_t Int(int column) const = 0;
  virtual double Real(int column) const = 0;
  virtual std::string Text(int column) const = 0;
};

class SqlConnection {
 public:
  virtual ~SqlConnection() = default;
  // One or more statements without parameters (schema changes, PRAGMA-free).
  virtual Status Exec(std::string_view sql) = 0;
  // Nothing, with status set, when the SQL does not compile.
  virtual std::unique_ptr<SqlStatement> Prepare(std::string_view sql, Status& status) = 0;
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;
  // What the connection is for messages: "campaign.sqlite".
  virtual std::string Describe() const = 0;
};

// A transaction rolled back unless Commit() is called: an import that stops
// half way leaves nothing of itself behind.
class SqlTransaction {
 public:
  explicit SqlTransaction(SqlConnection& db) : db_(db), status_(db.Begin()) {}
  ~SqlTransaction() {
    if (status_.ok() && !done_) (void)db_.Rollback();
  }
  SqlTransaction(const SqlTransaction&) = delete;
  SqlTransaction& operator=(const SqlTransaction&) = delete;
  const Status& begun() const { return status_; }
  Status Commit() {
    done_ = true;
    return db_.Commit();
  }

 private:
  SqlConnection& db_;
  Status status_;
  bool done_ = false;
};

}  // namespace puerta::campaign
