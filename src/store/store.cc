#include <chrono>
#include <cstdlib>

#include <simdjson.h>

#include "cordon/batch.h"

#include "base/file.h"
#include "store/schema.h"
#include "store/store_impl.h"
#include "store/util.h"

namespace cordon {
namespace {

constexpr const char* kAlertColumns =
    "a.id, a.customer_id, v.name, a.entity_id, a.dataset, a.schema, a.caption, a.matched_name, "
    "a.score, a.status, a.reason, a.run_id, a.list_version_id, a.customer_version, "
    "a.previous_alert_id, a.created_at, a.explanation";
constexpr const char* kAlertFrom =
    " FROM alerts a LEFT JOIN customer_versions v ON v.customer_id = a.customer_id AND "
    "v.version = a.customer_version";

Alert AlertOf(const store::Row& row) {
  Alert alert;
  alert.id = row.Int(0);
  alert.customer_id = row.Text(1);
  alert.customer_name = row.Text(2);
  alert.entity_id = row.Text(3);
  alert.dataset = row.Text(4);
  alert.schema = row.Text(5);
  alert.caption = row.Text(6);
  alert.matched_name = row.Text(7);
  alert.score = row.Real(8);
  alert.status = ParseAlertStatus(row.Text(9)).value_or(AlertStatus::kOpen);
  alert.reason = row.Text(10);
  alert.run_id = row.Int(11);
  alert.list_version_id = row.Int(12);
  alert.customer_version = row.Int(13);
  alert.previous_alert_id = row.Int(14);
  alert.created_at = row.Text(15);
  alert.explanation = FeaturesFromJson(row.Text(16));
  return alert;
}

std::string CustomerJson(const CustomerRecord& c) {
  return "{\"name\": " + JsonString(c.name) + ", \"schema\": " + JsonString(c.schema) +
         ", \"birth_date\": " + JsonString(c.birth_date) +
         ", \"country\": " + JsonString(c.country) + ", \"id_number\": " + JsonString(c.id_number) +
         ", \"version\": " + std::to_string(c.version) + "}";
}

}  // namespace

std::string DefaultStoreUrl() {
  const char* url = std::getenv("CORDON_DB");
  return url != nullptr && *url != '\0' ? url : "cordon.db";
}

int StoreSchemaVersion() { return store::kSchemaVersion; }

std::string_view AlertStatusName(AlertStatus status) {
  switch (status) {
    case AlertStatus::kOpen:
      return "open";
    case AlertStatus::kTrueMatch:
      return "true_match";
    case AlertStatus::kFalsePositive:
      return "false_positive";
    case AlertStatus::kEscalated:
      return "escalated";
    case AlertStatus::kSuperseded:
      return "superseded";
  }
  return "open";
}

std::optional<AlertStatus> ParseAlertStatus(std::string_view text) {
  for (AlertStatus status :
       {AlertStatus::kOpen, AlertStatus::kTrueMatch, AlertStatus::kFalsePositive,
        AlertStatus::kEscalated, AlertStatus::kSuperseded}) {
    if (text == AlertStatusName(status)) return status;
  }
  return std::nullopt;
}

std::string_view DecisionName(Decision decision) {
  switch (decision) {
    case Decision::kTrueMatch:
      return "true_match";
    case Decision::kFalsePositive:
      return "false_positive";
    case Decision::kEscalate:
      return "escalate";
  }
  return "escalate";
}

std::optional<Decision> ParseDecision(std::string_view text) {
  for (Decision decision : {Decision::kTrueMatch, Decision::kFalsePositive, Decision::kEscalate}) {
    if (text == DecisionName(decision)) return decision;
  }
  return std::nullopt;
}

std::string FeaturesToJson(const std::vector<Feature>& features) {
  std::string out = "[";
  for (std::size_t i = 0; i < features.size(); ++i) {
    char score[32];
    std::snprintf(score, sizeof score, "%.4f", features[i].score);
    if (i > 0) out += ", ";
    out += "{\"feature\": " + JsonString(features[i].feature) + ", \"score\": " + score +
           ", \"detail\": " + JsonString(features[i].detail) + "}";
  }
  return out + "]";
}

std::vector<Feature> FeaturesFromJson(const std::string& json) {
  std::vector<Feature> features;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(json).get(root) != simdjson::SUCCESS) return features;
  simdjson::dom::array array;
  if (root.get_array().get(array) != simdjson::SUCCESS) return features;
  for (simdjson::dom::element item : array) {
    Feature feature;
    std::string_view text;
    if (item["feature"].get_string().get(text) == simdjson::SUCCESS) feature.feature = text;
    if (item["detail"].get_string().get(text) == simdjson::SUCCESS) feature.detail = text;
    double score = 0;
    if (item["score"].get_double().get(score) == simdjson::SUCCESS) feature.score = score;
    features.push_back(std::move(feature));
  }
  return features;
}

// ---- Impl helpers ----

Result<std::string> Store::Impl::GetMeta(const std::string& key) {
  CORDON_ASSIGN_OR_RETURN(store::Rows rows,
                          db->Query("SELECT value FROM cordon_meta WHERE key = ?", {key}));
  return rows.empty() ? std::string() : rows[0].Text(0);
}

Status Store::Impl::SetMeta(const std::string& key, const std::string& value) {
  return db->Exec(
      "INSERT INTO cordon_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
      "value = excluded.value",
      {key, value});
}

std::string Store::Impl::CustomerFingerprint(const CustomerRecord& c) {
  std::string text;
  for (const std::string* field : {&c.name, &c.schema, &c.birth_date, &c.country, &c.id_number}) {
    text += *field;
    text += '\x1f';
  }
  return store::Fingerprint(text);
}

Query Store::Impl::CustomerQuery(const CustomerRecord& c) {
  Query query;
  query.name = c.name;
  if (!c.schema.empty()) query.schema = ParseSchema(c.schema);
  query.birth_date = c.birth_date;
  query.country = c.country;
  query.id_number = c.id_number;
  return query;
}

Entity Store::Impl::CustomerEntity(const CustomerRecord& c) {
  Entity entity;
  entity.id = c.id;
  entity.dataset = "customers";
  entity.list_id = c.id;
  entity.schema = c.schema.empty() ? Schema::kLegalEntity
                                   : ParseSchema(c.schema).value_or(Schema::kLegalEntity);
  Name name;
  name.full = c.name;
  name.script = DetectScript(c.name);
  entity.names.push_back(std::move(name));
  if (auto date = ParsePartialDate(c.birth_date)) {
    entity.birth_dates.push_back(BirthDate{*date, *date, false});
  }
  if (!c.country.empty()) entity.countries.push_back(c.country);
  if (!c.id_number.empty()) entity.identifiers.push_back(Identifier{"", c.id_number, ""});
  return entity;
}

const char* Store::Impl::CustomerColumns() {
  return "seq, id, name, schema, birth_date, country, id_number, version, updated_at";
}

CustomerRecord Store::Impl::CustomerOf(const store::Row& row, std::int64_t* seq) {
  if (seq != nullptr) *seq = row.Int(0);
  CustomerRecord c;
  c.id = row.Text(1);
  c.name = row.Text(2);
  c.schema = row.Text(3);
  c.birth_date = row.Text(4);
  c.country = row.Text(5);
  c.id_number = row.Text(6);
  c.version = row.Int(7);
  c.updated_at = row.Text(8);
  return c;
}

// ---- Store ----

Store::Store(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::Open(const std::string& url,
                                           const StoreOpenOptions& options) {
  auto impl = std::make_unique<Impl>();
  impl->location = url;
  impl->actor = options.actor.empty() ? store::DefaultActor() : options.actor;
  CORDON_ASSIGN_OR_RETURN(impl->db, store::Connect(url, options.create));
  store::Connection* db = impl->db.get();
  CORDON_ASSIGN_OR_RETURN(int version, store::ReadSchemaVersion(db));
  if (version > store::kSchemaVersion) {
    return Status::Unsupported(db->description() + " has schema version " +
                               std::to_string(version) + ", newer than this cordon (" +
                               std::to_string(store::kSchemaVersion) + "); upgrade cordon");
  }
  impl->migrated_from = version;
  if (options.create) {
    CORDON_ASSIGN_OR_RETURN(impl->migrated_from, store::Migrate(db));
  } else if (version == 0) {
    return Status::InvalidArgument(db->description() +
                                   " is not initialised: run `cordon db init` first");
  } else if (version < store::kSchemaVersion) {
    return Status::InvalidArgument(db->description() + " has schema version " +
                                   std::to_string(version) +
                                   "; run `cordon db init` to migrate "
                                   "it to version " +
                                   std::to_string(store::kSchemaVersion));
  }
  CORDON_ASSIGN_OR_RETURN(impl->database_id, impl->GetMeta("database_id"));
  if (impl->migrated_from != store::kSchemaVersion) {
    store::Transaction transaction(db);
    CORDON_RETURN_IF_ERROR(transaction.Begin());
    store::AuditWriter audit(db, impl->actor);
    CORDON_RETURN_IF_ERROR(audit.Start());
    audit.Add(impl->migrated_from == 0 ? "store.create" : "store.migrate",
              "store:" + impl->database_id,
              "{\"from_version\": " + std::to_string(impl->migrated_from) +
                  ", \"to_version\": " + std::to_string(store::kSchemaVersion) + "}");
    CORDON_RETURN_IF_ERROR(audit.Flush());
    CORDON_RETURN_IF_ERROR(transaction.Commit());
  }
  return std::unique_ptr<Store>(new Store(std::move(impl)));
}

Result<StoreInfo> Store::Info() {
  StoreInfo info;
  store::Connection* db = impl_->db.get();
  info.location = db->description();
  info.database_id = impl_->database_id;
  CORDON_ASSIGN_OR_RETURN(std::string version, impl_->GetMeta("schema_version"));
  info.schema_version = std::atoi(version.c_str());
  info.migrated_from = impl_->migrated_from;
  CORDON_ASSIGN_OR_RETURN(
      store::Rows rows,
      db->Query("SELECT (SELECT COUNT(*) FROM customers), (SELECT COUNT(*) FROM alerts), "
                "(SELECT COUNT(*) FROM alerts WHERE status = 'open'), (SELECT COUNT(*) FROM runs), "
                "(SELECT COUNT(*) FROM audit_log)"));
  info.customers = rows[0].Int(0);
  info.alerts = rows[0].Int(1);
  info.open_alerts = rows[0].Int(2);
  info.runs = rows[0].Int(3);
  info.audit_entries = rows[0].Int(4);
  return info;
}

Result<ImportReport> Store::ImportCustomersFile(const std::string& path) {
  CORDON_ASSIGN_OR_RETURN(std::unique_ptr<base::MappedFile> file, base::MappedFile::Open(path));
  return ImportCustomers(file->data(), path);
}

Result<ImportReport> Store::ImportCustomers(std::string_view data, const std::string& source) {
  const auto start = std::chrono::steady_clock::now();
  ImportReport report;
  // 1. Read and check the whole input before touching the store.
  std::vector<CustomerRecord> records;
  std::unordered_map<std::string, std::uint64_t> lines;
  CORDON_RETURN_IF_ERROR(ReadBatchRecords(data, source, [&](BatchRecord&& record) -> Status {
    auto [it, inserted] = lines.emplace(record.id, record.line);
    if (!inserted) {
      return Status::InvalidArgument(source + ":" + std::to_string(record.line) + ": customer '" +
                                     record.id + "' is already given on line " +
                                     std::to_string(it->second));
    }
    CustomerRecord c;
    c.id = std::move(record.id);
    c.name = std::move(record.query.name);
    if (record.query.schema) c.schema = std::string(SchemaName(*record.query.schema));
    c.birth_date = std::move(record.query.birth_date);
    c.country = std::move(record.query.country);
    c.id_number = std::move(record.query.id_number);
    records.push_back(std::move(c));
    return Status::Ok();
  }));
  report.records = records.size();

  // 2. What the store holds now.
  store::Connection* db = impl_->db.get();
  struct Known {
    std::string fingerprint;
    std::int64_t version = 0;
  };
  std::unordered_map<std::string, Known> known;
  for (std::int64_t after = 0;;) {
    CORDON_ASSIGN_OR_RETURN(
        store::Rows rows,
        db->Query("SELECT seq, id, fingerprint, version FROM customers WHERE seq > ? ORDER BY seq "
                  "LIMIT 50000",
                  {after}));
    if (rows.empty()) break;
    for (const store::Row& row : rows) known[row.Text(1)] = Known{row.Text(2), row.Int(3)};
    after = rows.back().Int(0);
  }

  // 3. One transaction: new customers, changed ones, their versions and the audit entries.
  store::Transaction transaction(db);
  CORDON_RETURN_IF_ERROR(transaction.Begin());
  CORDON_ASSIGN_OR_RETURN(std::string generation_text, impl_->GetMeta("customer_generation"));
  const std::int64_t generation = std::atoll(generation_text.c_str()) + 1;
  store::AuditWriter audit(db, impl_->actor);
  CORDON_RETURN_IF_ERROR(audit.Start());
  const std::string now = store::NowIso();
  std::vector<store::Params> inserts;
  std::vector<store::Params> versions;
  auto flush = [&]() -> Status {
    CORDON_RETURN_IF_ERROR(
        store::InsertRows(db, "customers",
                          {"id", "name", "schema", "birth_date", "country", "id_number",
                           "fingerprint", "version", "generation", "created_at", "updated_at"},
                          inserts));
    CORDON_RETURN_IF_ERROR(
        store::InsertRows(db, "customer_versions",
                          {"customer_id", "version", "name", "schema", "birth_date", "country",
                           "id_number", "fingerprint", "recorded_at"},
                          versions));
    CORDON_RETURN_IF_ERROR(audit.Flush());
    inserts.clear();
    versions.clear();
    return Status::Ok();
  };
  for (CustomerRecord& c : records) {
    const std::string fingerprint = Impl::CustomerFingerprint(c);
    auto found = known.find(c.id);
    if (found != known.end() && found->second.fingerprint == fingerprint) {
      ++report.unchanged;
      continue;
    }
    c.version = found == known.end() ? 1 : found->second.version + 1;
    if (found == known.end()) {
      ++report.created;
      inserts.push_back({c.id, c.name, c.schema, c.birth_date, c.country, c.id_number, fingerprint,
                         c.version, generation, now, now});
      audit.Add("customer.create", "customer:" + c.id, CustomerJson(c));
    } else {
      ++report.updated;
      CORDON_RETURN_IF_ERROR(db->Exec(
          "UPDATE customers SET name = ?, schema = ?, birth_date = ?, country = ?, id_number = ?, "
          "fingerprint = ?, version = ?, generation = ?, updated_at = ? WHERE id = ?",
          {c.name, c.schema, c.birth_date, c.country, c.id_number, fingerprint, c.version,
           generation, now, c.id}));
      audit.Add("customer.update", "customer:" + c.id, CustomerJson(c));
    }
    versions.push_back({c.id, c.version, c.name, c.schema, c.birth_date, c.country, c.id_number,
                        fingerprint, now});
    if (versions.size() >= 20000) CORDON_RETURN_IF_ERROR(flush());
  }
  CORDON_RETURN_IF_ERROR(flush());
  if (report.created + report.updated > 0) {
    CORDON_RETURN_IF_ERROR(impl_->SetMeta("customer_generation", std::to_string(generation)));
    audit.Add("customers.import", "import:" + std::to_string(generation),
              "{\"source\": " + JsonString(source) +
                  ", \"records\": " + std::to_string(report.records) +
                  ", \"created\": " + std::to_string(report.created) +
                  ", \"updated\": " + std::to_string(report.updated) + "}");
    CORDON_RETURN_IF_ERROR(audit.Flush());
  }
  CORDON_RETURN_IF_ERROR(transaction.Commit());
  report.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return report;
}

Result<CustomerRecord> Store::GetCustomer(const std::string& id) {
  CORDON_ASSIGN_OR_RETURN(
      store::Rows rows,
      impl_->db->Query(
          std::string("SELECT ") + Impl::CustomerColumns() + " FROM customers WHERE id = ?", {id}));
  if (rows.empty()) return Status::NotFound("customer '" + id + "' is not in the store");
  return Impl::CustomerOf(rows[0], nullptr);
}

Result<RunReport> Store::Run(const Screener& lists, const RunOptions& options) {
  return impl_->Run(lists, options);
}

Result<RunReport> Store::Rescreen(const Screener& lists, const RunOptions& options) {
  return impl_->Rescreen(lists, options);
}

Result<std::vector<Alert>> Store::Alerts(const AlertFilter& filter) {
  std::string sql = std::string("SELECT ") + kAlertColumns + kAlertFrom + " WHERE 1 = 1";
  store::Params params;
  if (filter.status) {
    sql += " AND a.status = ?";
    params.emplace_back(std::string(AlertStatusName(*filter.status)));
  }
  if (!filter.dataset.empty()) {
    sql += " AND a.dataset = ?";
    params.emplace_back(filter.dataset);
  }
  if (!filter.customer_id.empty()) {
    CORDON_RETURN_IF_ERROR(GetCustomer(filter.customer_id).error());
    sql += " AND a.customer_id = ?";
    params.emplace_back(filter.customer_id);
  }
  if (filter.min_score) {
    sql += " AND a.score >= ?";
    params.emplace_back(*filter.min_score);
  }
  if (filter.max_score) {
    sql += " AND a.score <= ?";
    params.emplace_back(*filter.max_score);
  }
  if (filter.run_id != 0) {
    sql += " AND a.run_id = ?";
    params.emplace_back(filter.run_id);
  }
  sql += " ORDER BY a.id";
  if (filter.limit != 0) {
    sql += " LIMIT ?";
    params.emplace_back(static_cast<std::int64_t>(filter.limit));
  }
  CORDON_ASSIGN_OR_RETURN(store::Rows rows, impl_->db->Query(sql, params));
  std::vector<Alert> alerts;
  alerts.reserve(rows.size());
  for (const store::Row& row : rows) alerts.push_back(AlertOf(row));
  return alerts;
}

Result<AlertDetail> Store::GetAlert(std::int64_t id) {
  store::Connection* db = impl_->db.get();
  CORDON_ASSIGN_OR_RETURN(
      store::Rows rows,
      db->Query(std::string("SELECT ") + kAlertColumns + kAlertFrom + " WHERE a.id = ?", {id}));
  if (rows.empty()) return Status::NotFound("alert " + std::to_string(id) + " does not exist");
  AlertDetail detail;
  detail.alert = AlertOf(rows[0]);
  CORDON_ASSIGN_OR_RETURN(detail.customer, GetCustomer(detail.alert.customer_id));
  CORDON_ASSIGN_OR_RETURN(
      store::Rows decisions,
      db->Query("SELECT id, alert_id, decision, decided_by, reason, decided_at FROM decisions "
                "WHERE alert_id = ? ORDER BY id",
                {id}));
  for (const store::Row& row : decisions) {
    DecisionRecord record;
    record.id = row.Int(0);
    record.alert_id = row.Int(1);
    record.decision = ParseDecision(row.Text(2)).value_or(Decision::kEscalate);
    record.by = row.Text(3);
    record.reason = row.Text(4);
    record.at = row.Text(5);
    detail.decisions.push_back(std::move(record));
  }
  return detail;
}

Result<DecisionRecord> Store::Decide(std::int64_t alert_id, Decision decision,
                                     const std::string& by, const std::string& reason) {
  if (by.empty()) return Status::InvalidArgument("a decision needs the analyst who made it");
  if (reason.empty()) return Status::InvalidArgument("a decision needs a reason");
  store::Connection* db = impl_->db.get();
  store::Transaction transaction(db);
  CORDON_RETURN_IF_ERROR(transaction.Begin());
  CORDON_ASSIGN_OR_RETURN(
      store::Rows rows,
      db->Query("SELECT status, customer_id, entity_id FROM alerts WHERE id = ?", {alert_id}));
  if (rows.empty()) {
    return Status::NotFound("alert " + std::to_string(alert_id) + " does not exist");
  }
  const std::string previous = rows[0].Text(0);
  if (previous == AlertStatusName(AlertStatus::kSuperseded)) {
    CORDON_ASSIGN_OR_RETURN(
        store::Rows newer,
        db->Query("SELECT id FROM alerts WHERE previous_alert_id = ? ORDER BY id DESC LIMIT 1",
                  {alert_id}));
    return Status::InvalidArgument(
        "alert " + std::to_string(alert_id) + " was superseded" +
        (newer.empty() ? std::string() : " by alert " + newer[0].Text(0)) +
        "; decide the newer alert");
  }
  DecisionRecord record;
  record.alert_id = alert_id;
  record.decision = decision;
  record.by = by;
  record.reason = reason;
  record.at = store::NowIso();
  CORDON_ASSIGN_OR_RETURN(
      store::Rows inserted,
      db->Query("INSERT INTO decisions (alert_id, decision, decided_by, reason, decided_at) "
                "VALUES (?, ?, ?, ?, ?) RETURNING id",
                {alert_id, std::string(DecisionName(decision)), by, reason, record.at}));
  record.id = inserted.at(0).Int(0);
  const AlertStatus status = decision == Decision::kTrueMatch       ? AlertStatus::kTrueMatch
                             : decision == Decision::kFalsePositive ? AlertStatus::kFalsePositive
                                                                    : AlertStatus::kEscalated;
  CORDON_RETURN_IF_ERROR(db->Exec("UPDATE alerts SET status = ?, updated_at = ? WHERE id = ?",
                                  {std::string(AlertStatusName(status)), record.at, alert_id}));
  store::AuditWriter audit(db, by);
  CORDON_RETURN_IF_ERROR(audit.Start());
  audit.Add("alert.decide", "alert:" + std::to_string(alert_id),
            "{\"decision\": " + JsonString(DecisionName(decision)) + ", \"reason\": " +
                JsonString(reason) + ", \"previous_status\": " + JsonString(previous) +
                ", \"customer\": " + JsonString(rows[0].Text(1)) +
                ", \"entity\": " + JsonString(rows[0].Text(2)) + "}");
  CORDON_RETURN_IF_ERROR(audit.Flush());
  CORDON_RETURN_IF_ERROR(transaction.Commit());
  return record;
}

Result<AuditVerification> Store::VerifyAudit() { return store::VerifyChain(impl_->db.get()); }

Result<std::vector<AuditEntry>> Store::AuditLog(std::int64_t from_seq, std::size_t limit) {
  return store::ReadAudit(impl_->db.get(), from_seq, limit);
}

}  // namespace cordon
