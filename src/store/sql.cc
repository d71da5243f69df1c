#include "store/sql.h"

#include <algorithm>
#include <charconv>

namespace cordon::store {

const std::string& Row::Text(std::size_t i) const {
  static const std::string kEmpty;
  const std::optional<std::string>& cell = cells_.at(i);
  return cell ? *cell : kEmpty;
}

std::int64_t Row::Int(std::size_t i) const {
  const std::string& text = Text(i);
  std::int64_t value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

double Row::Real(std::size_t i) const {
  const std::string& text = Text(i);
  double value = 0;
  std::from_chars(text.data(), text.data() + text.size(), value);
  return value;
}

Status Connection::Exec(std::string_view sql, const Params& params) {
  return Query(sql, params).error();
}

Result<std::unique_ptr<Connection>> Connect(const std::string& url, bool create) {
  if (url.empty()) return Status::InvalidArgument("database: no location given");
  if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    return internal::ConnectPostgres(url);
  }
  std::string path = url;
  if (path.starts_with("sqlite://")) {
    path = path.substr(9);
  } else if (path.starts_with("sqlite:")) {
    path = path.substr(7);
  }
  if (path.empty()) return Status::InvalidArgument("database: '" + url + "' names no file");
  return internal::ConnectSqlite(path, create);
}

Transaction::~Transaction() {
  if (open_) (void)db_->Rollback();
}

Status Transaction::Begin() {
  CORDON_RETURN_IF_ERROR(db_->Begin());
  open_ = true;
  return Status::Ok();
}

Status Transaction::Commit() {
  open_ = false;
  return db_->Commit();
}

Status InsertRows(Connection* db, std::string_view table, const std::vector<std::string>& columns,
                  const std::vector<Params>& rows, std::string_view suffix) {
  if (rows.empty()) return Status::Ok();
  // Both engines take at least 32,766 parameters per statement; stay well below.
  const std::size_t per_statement = std::max<std::size_t>(1, 8000 / columns.size());
  const std::string row_text = PlaceholderList(columns.size());
  std::string head = "INSERT INTO " + std::string(table) + " (";
  for (std::size_t c = 0; c < columns.size(); ++c) head += (c ? "," : "") + columns[c];
  head += ") VALUES ";
  Params params;
  for (std::size_t begin = 0; begin < rows.size(); begin += per_statement) {
    const std::size_t end = std::min(rows.size(), begin + per_statement);
    std::string sql = head;
    params.clear();
    for (std::size_t r = begin; r < end; ++r) {
      if (rows[r].size() != columns.size()) {
        return Status::Internal("InsertRows: a row of " + std::to_string(rows[r].size()) +
                                " values for " + std::to_string(columns.size()) + " columns");
      }
      if (r > begin) sql += ",";
      sql += row_text;
      params.insert(params.end(), rows[r].begin(), rows[r].end());
    }
    if (!suffix.empty()) (sql += " ") += suffix;
    CORDON_RETURN_IF_ERROR(db->Exec(sql, params));
  }
  return Status::Ok();
}

std::string PlaceholderList(std::size_t count) {
  std::string out = "(";
  for (std::size_t i = 0; i < count; ++i) out += i ? ",?" : "?";
  return out + ")";
}

std::string NumberPlaceholders(std::string_view sql) {
  std::string out;
  out.reserve(sql.size() + 16);
  int next = 1;
  char quote = 0;
  for (char c : sql) {
    if (quote != 0) {
      if (c == quote) quote = 0;
      out += c;
    } else if (c == '\'' || c == '"') {
      quote = c;
      out += c;
    } else if (c == '?') {
      out += '$';
      out += std::to_string(next++);
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace cordon::store
