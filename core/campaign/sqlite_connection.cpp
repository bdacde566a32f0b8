#include "campaign/sqlite_connection.h"

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace puerta::campaign {
namespace {

class SqliteStatement final : public SqlStatement {
 public:
  SqliteStatement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  ~SqliteStatement() override { sqlite3_finalize(stmt_); }

  void Bind(int index, std::int64_t value) override { sqlite3_bind_int64(stmt_, index, value); }
  void Bind(int index, double value) override { sqlite3_bind_double(stmt_, index, value); }
  void Bind(int index, std::string_view value) override {
    sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  void BindNull(int index) override { sqlite3_bind_null(stmt_, index); }

  bool Step() override {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) {
      changed_ = sqlite3_changes64(db_);
      status_ = Status::Ok();
    } else {
      status_ = Status::Fail(sqlite3_errmsg(db_));
    }
    return false;
  }
  const Status& status() const override { return status_; }
  std::int64_t RowsChanged() const override { return changed_; }
  void Reset() override {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    changed_ = 0;
  }

  bool IsNull(int column) const override { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  std::int64_t Int(int column) const override { return sqlite3_column_int64(stmt_, column); }
  double Real(int column) const override { return sqlite3_column_double(stmt_, column); }
  std::string Text(int column) const override {
    const auto* text = sqlite3_column_text(stmt_, column);
    return text ? std::string(reinterpret_cast<const char*>(text), sqlite3_column_bytes(stmt_, column)) : std::string();
  }

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_;
  Status status_ = Status::Ok();
  std::int64_t changed_ = 0;
};

}  // namespace

std::unique_ptr<SqliteConnection> SqliteConnection::OpenUri(const std::string& name, const std::string& shown,
                                                            Status& status) {
  sqlite3* db = nullptr;
  const int rc = sqlite3_open_v2(name.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_URI,
                                 nullptr);
  if (rc != SQLITE_OK) {
    status = Status::Fail(shown + ": cannot open the campaign store: " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc)));
    sqlite3_close(db);
    return nullptr;
  }
  auto connection = std::unique_ptr<SqliteConnection>(new SqliteConnection(db, shown));
  sqlite3_busy_timeout(db, 5000);
  // WAL: readers (a report) never block the importer. synchronous=NORMAL is
  // WAL's durable-enough setting: a power cut can lose the last commits, never
  // corrupt the file; an interrupted import is simply run again (idempotent).
  // A 64 MB page cache and reads through mmap: the flags and the report scan
  // whole tables, which with SQLite's 2 MB default cost a read() per page
  // (a million of them for 100,000 attempts, measured by bench/collect_report.sh).
  // Turning a new file to WAL takes its read lock and then asks for the
  // write lock; when another process (a second organizer's collect) holds
  // that, SQLite answers "locked" at once instead of waiting (its busy
  // handler would deadlock there). So that one statement is tried again for
  // as long as the busy timeout, and only then reported.
  for (int waited_ms = 0;; waited_ms += 20) {
    const int wal = sqlite3_exec(db, "PRAGMA journal_mode=WAL", nullptr, nullptr, nullptr);
    if (wal == SQLITE_OK) break;
    if ((wal & 0xff) != SQLITE_BUSY || waited_ms >= 5000) {
      status = Status::Fail(shown + ": " + sqlite3_errmsg(db));
      return nullptr;
    }
    sqlite3_sleep(20);
  }
  for (const char* pragma : {"PRAGMA foreign_keys=ON", "PRAGMA synchronous=NORMAL",
                             "PRAGMA cache_size=-65536", "PRAGMA mmap_size=1073741824", "PRAGMA temp_store=MEMORY"}) {
    if (Status s = connection->Exec(pragma); !s) {
      status = Status::Fail(shown + ": " + s.message());
      return nullptr;
    }
  }
  // A file that is not a database only says so on its first read.
  if (Status s = connection->Exec("SELECT count(*) FROM sqlite_master"); !s) {
    status = Status::Fail(shown + ": not a campaign store: " + s.message());
    return nullptr;
  }
  status = Status::Ok();
  return connection;
}

std::unique_ptr<SqliteConnection> SqliteConnection::Open(const std::string& path, Status& status) {
  // Created here, 0600, before SQLite creates it with the umask's mode (its
  // -wal and -shm files take the database file's mode).
  const int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    status = Status::Fail(path + ": cannot open the campaign store: " + std::strerror(errno));
    return nullptr;
  }
  ::close(fd);
  return OpenUri(path, path, status);
}

std::unique_ptr<SqliteConnection> SqliteConnection::OpenInMemory(Status& status) {
  return OpenUri(":memory:", "(memory)", status);
}

SqliteConnection::~SqliteConnection() { sqlite3_close(db_); }

Status SqliteConnection::Exec(std::string_view sql) {
  char* message = nullptr;
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
    Status s = Status::Fail(message ? message : sqlite3_errmsg(db_));
    sqlite3_free(message);
    return s;
  }
  return Status::Ok();
}

std::unique_ptr<SqlStatement> SqliteConnection::Prepare(std::string_view sql, Status& status) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &stmt, nullptr) != SQLITE_OK) {
    status = Status::Fail(sqlite3_errmsg(db_));
    sqlite3_finalize(stmt);
    return nullptr;
  }
  status = Status::Ok();
  return std::make_unique<SqliteStatement>(db_, stmt);
}

}  // namespace puerta::campaign
