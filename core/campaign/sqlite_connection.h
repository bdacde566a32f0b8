// SqlConnection on one SQLite file (Debian's libsqlite3-dev), set up the way
// the campaign store needs it: WAL journal (readers never wait for the
// importer, and a crash mid-import leaves the last committed state), foreign
// keys enforced, and a busy timeout so a second `puerta` on the same file
// waits a little instead of failing at once.
#pragma once

#include <memory>
#include <string>

#include "campaign/sql_connection.h"

struct sqlite3;

namespace puerta::campaign {

class SqliteConnection final : public SqlConnection {
 public:
  // Opens (creating when missing, readable by its owner only: the store
  // holds voters' names and answers) or fails with a reason naming `path`.
  static std::unique_ptr<SqliteConnection> Open(const std::string& path, Status& status);
  // A private in-memory database, for tests.
  static std::unique_ptr<SqliteConnection> OpenInMemory(Status& status);
  ~SqliteConnection() override;

  Status Exec(std::string_view sql) override;
  std::unique_ptr<SqlStatement> Prepare(std::string_view sql, Status& status) override;
  // IMMEDIATE: the write lock at once, so two writers take turns (waiting
  // out the busy timeout) instead of both reading and then one failing.
  Status Begin() override { return Exec("BEGIN IMMEDIATE"); }
  Status Commit() override { return Exec("COMMIT"); }
  Status Rollback() override { return Exec("ROLLBACK"); }
  std::string Describe() const override { return path_; }

 private:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), path_(std::move(path)) {}
  static std::unique_ptr<SqliteConnection> OpenUri(const std::string& name, const std::string& shown, Status& status);
  sqlite3* db_;
  std::string path_;
};

}  // namespace puerta::campaign
