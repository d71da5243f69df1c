// The PostgreSQL side of store::Connection, over libpqxx. Parameters go as text (NULL as a null
// pointer), so the server infers their types from the statement.
#include <pqxx/pqxx>

#include "store/sql.h"

namespace cordon::store::internal {
namespace {

// The URL without its password, for messages.
std::string Redact(const std::string& url) {
  const std::size_t scheme = url.find("://");
  const std::size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos || at < scheme) return url;
  const std::size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + ":***" + url.substr(at);
}

class PostgresConnection final : public Connection {
 public:
  PostgresConnection(std::unique_ptr<pqxx::connection> connection, std::string description)
      : connection_(std::move(connection)), description_(std::move(description)) {}
  ~PostgresConnection() override { transaction_.reset(); }

  Dialect dialect() const override { return Dialect::kPostgres; }
  const std::string& description() const override { return description_; }

  Status Script(std::string_view sql) override {
    return Run([&](pqxx::transaction_base& txn) { txn.exec(std::string(sql)); });
  }

  Result<Rows> Query(std::string_view sql, const Params& params) override {
    const std::string text = NumberPlaceholders(sql);
    std::vector<std::string> values(params.size());
    std::vector<const char*> pointers(params.size(), nullptr);
    for (std::size_t i = 0; i < params.size(); ++i) {
      const Value& value = params[i];
      if (std::holds_alternative<std::int64_t>(value)) {
        values[i] = std::to_string(std::get<std::int64_t>(value));
      } else if (std::holds_alternative<double>(value)) {
        char buffer[64];
        std::snprintf(buffer, sizeof buffer, "%.17g", std::get<double>(value));
        values[i] = buffer;
      } else if (std::holds_alternative<std::string>(value)) {
        values[i] = std::get<std::string>(value);
      } else {
        continue;
      }
      pointers[i] = values[i].c_str();
    }
    Rows rows;
    Status status = Run([&](pqxx::transaction_base& txn) {
      pqxx::result result = txn.exec_params(text, pqxx::prepare::make_dynamic_params(pointers));
      rows.reserve(result.size());
      for (const pqxx::row& row : result) {
        std::vector<std::optional<std::string>> cells(row.size());
        for (pqxx::row::size_type c = 0; c < row.size(); ++c) {
          const pqxx::field field = row[c];
          if (!field.is_null()) cells[c].emplace(field.c_str(), field.size());
        }
        rows.emplace_back(std::move(cells));
      }
    });
    if (!status.ok()) return status;
    return rows;
  }

  Status Begin() override {
    if (transaction_) return Status::Internal("database: a transaction is already open");
    try {
      transaction_ = std::make_unique<pqxx::work>(*connection_);
    } catch (const std::exception& e) {
      return Error(e.what());
    }
    return Status::Ok();
  }
  Status Commit() override {
    if (!transaction_) return Status::Internal("database: no transaction to commit");
    Status status = Status::Ok();
    try {
      transaction_->commit();
    } catch (const std::exception& e) {
      status = Error(e.what());
    }
    transaction_.reset();
    return status;
  }
  Status Rollback() override {
    if (!transaction_) return Status::Ok();
    try {
      transaction_->abort();
    } catch (const std::exception&) {
      // The connection is gone; the server rolls back on its own.
    }
    transaction_.reset();
    return Status::Ok();
  }
  bool in_transaction() const override { return transaction_ != nullptr; }
  Status LockTable(std::string_view table) override {
    return Script("LOCK TABLE " + std::string(table) + " IN SHARE ROW EXCLUSIVE MODE");
  }

 private:
  Status Error(std::string_view message) const {
    std::string text(message);
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return Status::IoError(description_ + ": " + text);
  }

  // Runs `body` in the open transaction, or on its own (autocommit) when none is open.
  template <typename F>
  Status Run(F&& body) {
    try {
      if (transaction_) {
        body(*transaction_);
      } else {
        pqxx::nontransaction work(*connection_);
        body(work);
      }
    } catch (const std::exception& e) {
      return Error(e.what());
    }
    return Status::Ok();
  }

  std::unique_ptr<pqxx::connection> connection_;
  std::unique_ptr<pqxx::work> transaction_;
  std::string description_;
};

}  // namespace

Result<std::unique_ptr<Connection>> ConnectPostgres(const std::string& url) {
  const std::string description = Redact(url);
  try {
    auto connection = std::make_unique<pqxx::connection>(url);
    // Keep notices (e.g. "relation already exists, skipping") off stderr.
    pqxx::work work(*connection);
    work.exec("SET client_min_messages TO WARNING");
    work.commit();
    return std::unique_ptr<Connection>(
        std::make_unique<PostgresConnection>(std::move(connection), description));
  } catch (const std::exception& e) {
    std::string text = e.what();
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
    return Status::IoError("database " + description + ": " + text);
  }
}

}  // namespace cordon::store::internal
