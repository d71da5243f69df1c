// The SQLite side of store::Connection: one file, WAL journal, a busy timeout so that a second
// writer waits instead of failing, and a cache of prepared statements.
#include <filesystem>
#include <unordered_map>

#include <sqlite3.h>

#include "store/sql.h"

namespace cordon::store::internal {
namespace {

class SqliteConnection final : public Connection {
 public:
  SqliteConnection(sqlite3* db, std::string path) : db_(db), description_("sqlite:" + path) {}
  ~SqliteConnection() override {
    for (auto& [sql, statement] : statements_) sqlite3_finalize(statement);
    sqlite3_close_v2(db_);
  }

  Dialect dialect() const override { return Dialect::kSqlite; }
  const std::string& description() const override { return description_; }

  Status Script(std::string_view sql) override {
    char* message = nullptr;
    const std::string text(sql);
    if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, &message) != SQLITE_OK) {
      Status status = Error(message ? message : sqlite3_errmsg(db_));
      sqlite3_free(message);
      return status;
    }
    return Status::Ok();
  }

  Result<Rows> Query(std::string_view sql, const Params& params) override {
    CORDON_ASSIGN_OR_RETURN(sqlite3_stmt * statement, Prepare(sql));
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (static_cast<std::size_t>(sqlite3_bind_parameter_count(statement)) != params.size()) {
      return Status::Internal("database: " + std::to_string(params.size()) +
                              " parameters for a statement with " +
                              std::to_string(sqlite3_bind_parameter_count(statement)));
    }
    for (std::size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i) + 1;
      const Value& value = params[i];
      int rc = SQLITE_OK;
      if (std::holds_alternative<std::int64_t>(value)) {
        rc = sqlite3_bind_int64(statement, index, std::get<std::int64_t>(value));
      } else if (std::holds_alternative<double>(value)) {
        rc = sqlite3_bind_double(statement, index, std::get<double>(value));
      } else if (std::holds_alternative<std::string>(value)) {
        const std::string& text = std::get<std::string>(value);
        rc = sqlite3_bind_text64(statement, index, text.data(), text.size(), SQLITE_STATIC,
                                 SQLITE_UTF8);
      } else {
        rc = sqlite3_bind_null(statement, index);
      }
      if (rc != SQLITE_OK) return Error(sqlite3_errmsg(db_));
    }
    Rows rows;
    const int columns = sqlite3_column_count(statement);
    for (;;) {
      const int rc = sqlite3_step(statement);
      if (rc == SQLITE_DONE) break;
      if (rc != SQLITE_ROW) {
        Status status = Error(sqlite3_errmsg(db_));
        sqlite3_reset(statement);
        return status;
      }
      std::vector<std::optional<std::string>> cells(columns);
      for (int c = 0; c < columns; ++c) {
        if (sqlite3_column_type(statement, c) == SQLITE_NULL) continue;
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(statement, c));
        cells[c].emplace(text ? text : "", sqlite3_column_bytes(statement, c));
      }
      rows.emplace_back(std::move(cells));
    }
    sqlite3_reset(statement);
    return rows;
  }

  Status Begin() override {
    CORDON_RETURN_IF_ERROR(Script("BEGIN IMMEDIATE"));
    in_transaction_ = true;
    return Status::Ok();
  }
  Status Commit() override {
    in_transaction_ = false;
    return Script("COMMIT");
  }
  Status Rollback() override {
    in_transaction_ = false;
    return Script("ROLLBACK");
  }
  bool in_transaction() const override { return in_transaction_; }
  Status LockTable(std::string_view) override { return Status::Ok(); }

 private:
  Status Error(std::string_view message) const {
    return Status::IoError(description_ + ": " + std::string(message));
  }

  Result<sqlite3_stmt*> Prepare(std::string_view sql) {
    std::string key(sql);
    auto found = statements_.find(key);
    if (found != statements_.end()) return found->second;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v3(db_, key.data(), static_cast<int>(key.size()), SQLITE_PREPARE_PERSISTENT,
                           &statement, nullptr) != SQLITE_OK) {
      return Error(sqlite3_errmsg(db_));
    }
    // Multi-row inserts vary in length; keep the cache from growing without bound.
    if (statements_.size() > 256) {
      for (auto& [text, old] : statements_) sqlite3_finalize(old);
      statements_.clear();
    }
    statements_.emplace(std::move(key), statement);
    return statement;
  }

  sqlite3* db_;
  std::string description_;
  std::unordered_map<std::string, sqlite3_stmt*> statements_;
  bool in_transaction_ = false;
};

}  // namespace

Result<std::unique_ptr<Connection>> ConnectSqlite(const std::string& path, bool create) {
  std::error_code error;
  if (!create && !std::filesystem::exists(path, error)) {
    return Status::NotFound("database " + path +
                            " does not exist (create it with `cordon db init`)");
  }
  sqlite3* db = nullptr;
  const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX | (create ? SQLITE_OPEN_CREATE : 0);
  if (sqlite3_open_v2(path.c_str(), &db, flags, nullptr) != SQLITE_OK) {
    std::string message = db ? sqlite3_errmsg(db) : "out of memory";
    sqlite3_close_v2(db);
    return Status::IoError("database " + path + ": " + message);
  }
  auto connection = std::make_unique<SqliteConnection>(db, path);
  sqlite3_busy_timeout(db, 30000);
  // A file that is not a database fails here ("file is not a database").
  CORDON_RETURN_IF_ERROR(connection->Script(
      "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"));
  return std::unique_ptr<Connection>(std::move(connection));
}

}  // namespace cordon::store::internal
