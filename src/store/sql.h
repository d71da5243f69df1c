// A thin SQL layer under the store: one Connection interface over SQLite (embedded, one file,
// WAL) and PostgreSQL (libpqxx), so that the store's logic is written once.
//
// Statements use `?` placeholders (translated to $1, $2, ... for PostgreSQL) and a portable
// subset of SQL: INSERT ... ON CONFLICT, RETURNING, BIGINT/TEXT/DOUBLE PRECISION columns. The
// few spots where the dialects differ (schema types, locking) ask dialect().
//
//   CORDON_ASSIGN_OR_RETURN(auto db, store::Connect("sqlite:cordon.db"));
//   CORDON_RETURN_IF_ERROR(db->Begin());
//   CORDON_ASSIGN_OR_RETURN(store::Rows rows, db->Query("SELECT id FROM t WHERE x = ?", {5}));
#ifndef CORDON_STORE_SQL_H_
#define CORDON_STORE_SQL_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "cordon/result.h"
#include "cordon/status.h"

namespace cordon::store {

enum class Dialect { kSqlite, kPostgres };

// A statement parameter: NULL, an integer, a real or text.
using Value = std::variant<std::nullptr_t, std::int64_t, double, std::string>;
using Params = std::vector<Value>;

// One result row; cells are text as the database returns them (NULL is empty optional).
class Row {
 public:
  explicit Row(std::vector<std::optional<std::string>> cells) : cells_(std::move(cells)) {}
  std::size_t size() const { return cells_.size(); }
  bool IsNull(std::size_t i) const { return !cells_.at(i).has_value(); }
  // Text of cell i ("" for NULL).
  const std::string& Text(std::size_t i) const;
  // Integer / real value of cell i (0 for NULL or text that is not a number).
  std::int64_t Int(std::size_t i) const;
  double Real(std::size_t i) const;

 private:
  std::vector<std::optional<std::string>> cells_;
};
using Rows = std::vector<Row>;

class Connection {
 public:
  virtual ~Connection() = default;
  virtual Dialect dialect() const = 0;
  // "sqlite:/path/file.db" or "postgresql://host/db" (the password, if any, left out).
  virtual const std::string& description() const = 0;

  // Runs one or more statements without parameters (schema scripts).
  virtual Status Script(std::string_view sql) = 0;
  // Runs one statement with `?` placeholders and returns its rows (none for most writes).
  virtual Result<Rows> Query(std::string_view sql, const Params& params = {}) = 0;
  Status Exec(std::string_view sql, const Params& params = {});

  // One transaction at a time. Begin() on SQLite takes the write lock at once (BEGIN
  // IMMEDIATE), so that two writers queue instead of failing half-way.
  virtual Status Begin() = 0;
  virtual Status Commit() = 0;
  virtual Status Rollback() = 0;
  virtual bool in_transaction() const = 0;
  // Serialises writers of one table for the rest of the transaction (the audit chain needs
  // one writer at a time). SQLite's write lock already does it.
  virtual Status LockTable(std::string_view table) = 0;
};

// Opens a database: "sqlite:PATH", "postgresql://..." / "postgres://...", or a plain file path
// (SQLite). `create` lets SQLite create a missing file; otherwise a missing file is kNotFound.
Result<std::unique_ptr<Connection>> Connect(const std::string& url, bool create);

// Rolls back on scope exit unless Commit() was called.
class Transaction {
 public:
  explicit Transaction(Connection* db) : db_(db) {}
  Transaction(const Transaction&) = delete;
  Transaction& operator=(const Transaction&) = delete;
  ~Transaction();
  Status Begin();
  Status Commit();

 private:
  Connection* db_;
  bool open_ = false;
};

// Inserts `rows` (each with columns.size() values) into `table` with multi-row INSERTs.
// `suffix` is appended to each statement (e.g. "ON CONFLICT (id) DO NOTHING").
Status InsertRows(Connection* db, std::string_view table, const std::vector<std::string>& columns,
                  const std::vector<Params>& rows, std::string_view suffix = {});

// "(?,?,...)" with `count` placeholders, for a row of values or an IN list.
std::string PlaceholderList(std::size_t count);

// `?` placeholders to `$1`, `$2`, ... outside string literals and quoted identifiers.
std::string NumberPlaceholders(std::string_view sql);

namespace internal {
Result<std::unique_ptr<Connection>> ConnectSqlite(const std::string& path, bool create);
Result<std::unique_ptr<Connection>> ConnectPostgres(const std::string& url);
}  // namespace internal

}  // namespace cordon::store

#endif  // CORDON_STORE_SQL_H_
