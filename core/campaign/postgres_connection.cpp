#include "campaign/postgres_connection.h"

#include <libpq-fe.h>

#include <charconv>
#include <cmath>
#include <optional>

namespace puerta::campaign {
namespace {

std::string Trimmed(const char* message) {
  std::string text = message ? message : "";
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text.empty() ? "no reason given" : text;
}

// The server's own sentence (and its detail), without libpq's "ERROR:  " prefix.
std::string ResultError(const PGresult* result, PGconn* conn) {
  const char* primary = result ? PQresultErrorField(result, PG_DIAG_MESSAGE_PRIMARY) : nullptr;
  if (!primary) return Trimmed(PQerrorMessage(conn));
  std::string text = primary;
  if (const char* detail = PQresultErrorField(result, PG_DIAG_MESSAGE_DETAIL)) text += " (" + std::string(detail) + ")";
  return text;
}

// Anything that is not an error: a command, rows, or an empty query.
bool Succeeded(const PGresult* result) {
  const ExecStatusType s = PQresultStatus(result);
  return s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK || s == PGRES_EMPTY_QUERY;
}

class PostgresStatement final : public SqlStatement {
 public:
  PostgresStatement(PostgresConnection& db, std::string name, int parameters)
      : db_(db), name_(std::move(name)), values_(static_cast<std::size_t>(parameters)) {}
  ~PostgresStatement() override {
    PQclear(result_);
    db_.Forget(name_);
  }

  void Bind(int index, std::int64_t value) override { Set(index, std::to_string(value)); }
  void Bind(int index, double value) override {
    if (std::isnan(value)) return Set(index, "NaN");
    if (std::isinf(value)) return Set(index, value > 0 ? "Infinity" : "-Infinity");
    char text[32];
    const auto end = std::to_chars(text, text + sizeof text, value).ptr;  // shortest text that reads back equal
    Set(index, std::string(text, end));
  }
  void Bind(int index, std::string_view value) override {
    if (value.find('\0') != std::string_view::npos)
      bind_error_ = "parameter " + std::to_string(index) +
                    " holds a NUL character, which PostgreSQL text cannot store; nothing was written";
    Set(index, std::string(value));
  }
  void BindNull(int index) override { Set(index, std::nullopt); }

  bool Step() override {
    if (!ran_) {
      ran_ = true;
      row_ = -1;
      if (!bind_error_.empty()) {
        status_ = Status::Fail(bind_error_);
        return false;
      }
      std::vector<const char*> pointers;
      for (const auto& v : values_) pointers.push_back(v ? v->c_str() : nullptr);
      result_ = PQexecPrepared(db_.raw(), name_.c_str(), static_cast<int>(pointers.size()), pointers.data(), nullptr,
                               nullptr, 0);
      if (!Succeeded(result_)) {
        status_ = Status::Fail(ResultError(result_, db_.raw()));
        return false;
      }
      status_ = Status::Ok();
      const char* tuples = PQcmdTuples(result_);  // "" for a SELECT; the count for INSERT/UPDATE/DELETE
      changed_ = 0;
      std::from_chars(tuples, tuples + std::char_traits<char>::length(tuples), changed_);
    }
    if (PQresultStatus(result_) != PGRES_TUPLES_OK) return false;
    return ++row_ < PQntuples(result_);
  }
  const Status& status() const override { return status_; }
  std::int64_t RowsChanged() const override { return changed_; }
  void Reset() override {
    PQclear(result_);
    result_ = nullptr;
    ran_ = false;
    row_ = -1;
    changed_ = 0;
    bind_error_.clear();
    for (auto& v : values_) v.reset();
  }

  bool IsNull(int column) const override { return PQgetisnull(result_, row_, column) != 0; }
  // COUNT and SUM arrive as text; SUM over BIGINT is NUMERIC ("12"), still an integer.
  std::int64_t Int(int column) const override {
    const std::string_view text = Value(column);
    std::int64_t value = 0;
    if (std::from_chars(text.data(), text.data() + text.size(), value).ec == std::errc()) return value;
    return static_cast<std::int64_t>(Real(column));
  }
  double Real(int column) const override {
    const std::string_view text = Value(column);
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
  }
  std::string Text(int column) const override { return std::string(Value(column)); }

 private:
  void Set(int index, std::optional<std::string> value) {
    if (index < 1 || index > static_cast<int>(values_.size())) {
      bind_error_ = "parameter " + std::to_string(index) + " does not exist (the statement has " +
                    std::to_string(values_.size()) + ")";
      return;
    }
    values_[static_cast<std::size_t>(index - 1)] = std::move(value);
  }
  std::string_view Value(int column) const {
    if (!result_ || row_ < 0 || row_ >= PQntuples(result_) || column >= PQnfields(result_)) return {};
    return {PQgetvalue(result_, row_, column), static_cast<std::size_t>(PQgetlength(result_, row_, column))};
  }

  PostgresConnection& db_;
  std::string name_;
  std::vector<std::optional<std::string>> values_;
  PGresult* result_ = nullptr;
  bool ran_ = false;
  int row_ = -1;
  std::int64_t changed_ = 0;
  std::string bind_error_;
  Status status_ = Status::Ok();
};

// Any number: the one lock every campaign store's writers take turns on.
constexpr const char* kBeginWriting = "BEGIN; SELECT pg_advisory_xact_lock(7370657274610001)";

}  // namespace

bool IsPostgresUrl(std::string_view db) { return db.starts_with("postgresql://") || db.starts_with("postgres://"); }

std::string UrlWithoutPassword(std::string_view url) {
  std::string out(url);
  const std::size_t scheme = out.find("://");
  if (scheme != std::string::npos) {
    const std::size_t start = scheme + 3;
    const std::size_t end = std::min(out.find_first_of("/?", start), out.size());
    const std::size_t at = out.rfind('@', end == out.size() ? std::string::npos : end);
    if (at != std::string::npos && at >= start) {
      const std::size_t colon = out.find(':', start);
      if (colon < at) out.erase(colon, at - colon);
    }
  }
  // password=... among the query's parameters
  const std::size_t question = out.find('?');
  if (question == std::string::npos) return out;
  std::string kept;
  for (std::size_t p = question + 1; p <= out.size();) {
    const std::size_t end = std::min(out.find('&', p), out.size());
    const std::string_view part = std::string_view(out).substr(p, end - p);
    if (!part.empty() && !part.starts_with("password=")) kept += (kept.empty() ? "" : "&") + std::string(part);
    p = end + 1;
  }
  out.erase(question);
  if (!kept.empty()) out += "?" + kept;
  return out;
}

std::string NumberParameters(std::string_view sql, int& count) {
  std::string out;
  out.reserve(sql.size() + 16);
  count = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    auto copy_until = [&](std::string_view close) {
      const std::size_t end = sql.find(close, i + 1);
      const std::size_t stop = end == std::string_view::npos ? sql.size() : end + close.size();
      out.append(sql.substr(i, stop - i));
      i = stop - 1;
    };
    if (c == '\'') {
      copy_until("'");  // '' inside a literal is two literals back to back: same result
    } else if (c == '"') {
      copy_until("\"");
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      copy_until("\n");
    } else if (c == '/' && i + 1 < sql.size() && sql[i + 1] == '*') {
      copy_until("*/");
    } else if (c == '?') {
      out += '$' + std::to_string(++count);
    } else {
      out += c;
    }
  }
  return out;
}

std::unique_ptr<PostgresConnection> PostgresConnection::Open(const std::string& url, Status& status) {
  const std::string shown = UrlWithoutPassword(url);
  // Keywords after dbname override the URL's, those before it are defaults
  // the URL may change: text is always UTF-8, and an unreachable server is
  // reported after 10 s instead of never.
  const char* keys[] = {"connect_timeout", "application_name", "dbname", "client_encoding", nullptr};
  const char* values[] = {"10", "puerta", url.c_str(), "UTF8", nullptr};
  PGconn* conn = PQconnectdbParams(keys, values, 1);
  if (!conn || PQstatus(conn) != CONNECTION_OK) {
    status = Status::Fail(shown + ": cannot open the campaign store: " +
                          (conn ? Trimmed(PQerrorMessage(conn)) : std::string("out of memory")));
    PQfinish(conn);
    return nullptr;
  }
  // The server's notices (e.g. "there is no transaction in progress") are
  // for people typing SQL; the store checks every result itself.
  PQsetNoticeProcessor(conn, [](void*, const char*) {}, nullptr);
  status = Status::Ok();
  return std::unique_ptr<PostgresConnection>(new PostgresConnection(conn, shown));
}

PostgresConnection::~PostgresConnection() { PQfinish(conn_); }

Status PostgresConnection::Exec(std::string_view sql) {
  PGresult* result = PQexec(conn_, std::string(sql).c_str());
  Status s = Succeeded(result) ? Status::Ok() : Status::Fail(ResultError(result, conn_));
  PQclear(result);
  return s;
}

std::unique_ptr<SqlStatement> PostgresConnection::Prepare(std::string_view sql, Status& status) {
  int parameters = 0;
  const std::string numbered = NumberParameters(sql, parameters);
  std::string name = "puerta_" + std::to_string(++statements_made_);
  // Inside a transaction, SQL that does not compile would spoil the whole
  // transaction on PostgreSQL, not on SQLite (the store asks whether a table
  // exists that way: schema.cpp): a savepoint keeps the failure to itself.
  const bool in_transaction = PQtransactionStatus(conn_) == PQTRANS_INTRANS;
  if (in_transaction) PQclear(PQexec(conn_, "SAVEPOINT puerta_prepare"));
  PGresult* result = PQprepare(conn_, name.c_str(), numbered.c_str(), 0, nullptr);
  const bool prepared = Succeeded(result);
  if (!prepared) status = Status::Fail(ResultError(result, conn_));
  PQclear(result);
  if (in_transaction)
    PQclear(PQexec(conn_, prepared ? "RELEASE SAVEPOINT puerta_prepare" : "ROLLBACK TO SAVEPOINT puerta_prepare; RELEASE SAVEPOINT puerta_prepare"));
  if (!prepared) return nullptr;
  status = Status::Ok();
  return std::make_unique<PostgresStatement>(*this, std::move(name), parameters);
}

void PostgresConnection::Forget(const std::string& name) {
  if (PQtransactionStatus(conn_) == PQTRANS_INERROR) {
    to_drop_.push_back(name);
    return;
  }
  PQclear(PQexec(conn_, ("DEALLOCATE " + name).c_str()));
}

Status PostgresConnection::Begin() { return Exec(kBeginWriting); }

Status PostgresConnection::EndTransaction(const char* sql) {
  PGresult* result = PQexec(conn_, sql);
  Status s = Succeeded(result) ? Status::Ok() : Status::Fail(ResultError(result, conn_));
  // COMMIT of a transaction a failed statement aborted "succeeds" as a ROLLBACK.
  if (s && std::string_view(sql) == "COMMIT" && std::string_view(PQcmdStatus(result)) == "ROLLBACK")
    s = Status::Fail("the transaction was rolled back: a statement in it had failed");
  PQclear(result);
  for (const std::string& name : to_drop_) PQclear(PQexec(conn_, ("DEALLOCATE " + name).c_str()));
  to_drop_.clear();
  return s;
}

Status PostgresConnection::Commit() { return EndTransaction("COMMIT"); }
Status PostgresConnection::Rollback() { return EndTransaction("ROLLBACK"); }

}  // namespace puerta::campaign
