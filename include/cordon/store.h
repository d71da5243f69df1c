// The store: a screened customer base, the list versions it was screened against, the alerts
// that came out, the analysts' decisions and a tamper-evident audit log of every change.
//
// SQLite (one file, WAL) is the embedded default; PostgreSQL is the option for teams. Both run
// the same code and the same tests. A location is a file path or "sqlite:PATH", or a
// "postgresql://..." URL; DefaultStoreUrl() reads CORDON_DB and falls back to ./cordon.db.
//
//   CORDON_ASSIGN_OR_RETURN(auto store, cordon::Store::Open("cordon.db", {.create = true}));
//   store->ImportCustomersFile("customers.csv", "alice");
//   auto screener = cordon::Screener::Open("lists.idx");
//   store->Run(**screener, {});         // screen everyone, store alerts
//   ...lists change...
//   store->Rescreen(**new_screener, {});  // only what the change affects
//   store->Decide(alert_id, cordon::Decision::kFalsePositive, "alice", "different person");
//   store->VerifyAudit();
//
// Alerts. An alert is one customer x listed entity pair that scored at or above the threshold,
// tied to the versions of both records that produced it. The same pair on the same record
// versions never alerts twice, whatever was decided; when either record changes and the pair
// still matches, a new alert says what changed (an open alert for the old versions is then
// marked superseded). So a false-positive decision holds until the customer or the listed
// entity changes.
//
// Crash safety. A run commits its alerts a chunk of customers at a time together with its
// position; after a crash, Run() resumes an unfinished run where it stopped. Rescreen() is
// idempotent and simply starts again. Nothing is ever half-written.
#ifndef CORDON_STORE_H_
#define CORDON_STORE_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cordon/result.h"
#include "cordon/screen.h"
#include "cordon/status.h"

namespace cordon {

// CORDON_DB if set, else "cordon.db".
std::string DefaultStoreUrl();

// The schema version this build writes; Open() migrates older stores with `create` and refuses
// newer ones.
int StoreSchemaVersion();

struct StoreOpenOptions {
  // Create the store (SQLite file and schema) or migrate it to the current schema version.
  // Without it, a missing or older store is an error that says to run `cordon db init`.
  bool create = false;
  std::string actor;  // who is acting, for the audit log (default: $CORDON_USER, $USER)
};

struct StoreInfo {
  std::string location;  // "sqlite:cordon.db" or the PostgreSQL URL without password
  std::string database_id;
  int schema_version = 0;
  int migrated_from = 0;  // the version found when Open() migrated, else equal to schema_version
  std::int64_t customers = 0;
  std::int64_t alerts = 0;
  std::int64_t open_alerts = 0;
  std::int64_t runs = 0;
  std::int64_t audit_entries = 0;
};

struct ImportReport {
  std::size_t records = 0;
  std::size_t created = 0;
  std::size_t updated = 0;
  std::size_t unchanged = 0;
  double seconds = 0;
};

struct RunProgress {
  std::size_t done = 0;   // customers screened so far in this run
  std::size_t total = 0;  // customers this run screens
  double seconds = 0;
};

struct RunOptions {
  ScreenOptions screen;      // threshold, limit, candidates (explanations are always kept)
  unsigned threads = 0;      // 0 = all cores
  std::size_t chunk = 4096;  // customers screened and committed together
  // The customer index Rescreen() searches with changed listed entities; kept between runs.
  // Empty: next to a SQLite file ("<file>.customers.idx"), else in $CORDON_CACHE_DIR or the
  // working directory.
  std::string customer_index;
  std::function<void(const RunProgress&)> progress;
};

struct ListVersionInfo {
  std::int64_t id = 0;
  std::string dataset;
  std::string content_hash;  // of the dataset's entities as screened
  std::string published;     // from the list file when it says
  std::int64_t entities = 0;
  std::string loaded_at;
};

struct RunReport {
  std::int64_t run_id = 0;
  std::string kind;  // "run" or "rescreen"
  bool resumed = false;
  std::size_t customers_screened = 0;
  std::size_t alerts_new = 0;
  std::size_t alerts_superseded = 0;
  // Rescreen only: the list delta and the work it caused.
  std::size_t entities_added = 0;
  std::size_t entities_changed = 0;
  std::size_t entities_removed = 0;
  std::size_t customers_changed = 0;    // screened in full because their record changed
  std::size_t candidate_customers = 0;  // reached in the customer index by changed names
  std::size_t near_misses_checked = 0;  // customers whose near misses were scored again
  double search_seconds = 0;            // rescreen: finding customers in the customer index
  bool customer_index_built = false;
  double customer_index_seconds = 0;
  double seconds = 0;
  std::vector<ListVersionInfo> lists;  // the list versions this run recorded
};

enum class AlertStatus : std::uint8_t {
  kOpen,
  kTrueMatch,
  kFalsePositive,
  kEscalated,
  kSuperseded,  // a newer alert for the same pair, on changed records, took its place
};
// "open", "true_match", "false_positive", "escalated", "superseded".
std::string_view AlertStatusName(AlertStatus status);
std::optional<AlertStatus> ParseAlertStatus(std::string_view text);

enum class Decision : std::uint8_t { kTrueMatch, kFalsePositive, kEscalate };
std::string_view DecisionName(Decision decision);  // "true_match", "false_positive", "escalate"
std::optional<Decision> ParseDecision(std::string_view text);

struct Alert {
  std::int64_t id = 0;
  std::string customer_id;
  std::string customer_name;
  std::string entity_id;
  std::string dataset;
  std::string schema;
  std::string caption;
  std::string matched_name;
  double score = 0;
  AlertStatus status = AlertStatus::kOpen;
  std::string reason;  // why this alert is new: first match, or what changed since the last one
  std::int64_t run_id = 0;
  std::int64_t list_version_id = 0;
  std::int64_t customer_version = 0;
  std::int64_t previous_alert_id = 0;  // the earlier alert for the same pair, 0 if none
  std::string created_at;
  std::vector<Feature> explanation;
};

struct DecisionRecord {
  std::int64_t id = 0;
  std::int64_t alert_id = 0;
  Decision decision = Decision::kEscalate;
  std::string by;
  std::string reason;
  std::string at;
};

struct AlertFilter {
  std::optional<AlertStatus> status;
  std::string dataset;
  std::string customer_id;
  std::optional<double> min_score;
  std::optional<double> max_score;
  std::int64_t run_id = 0;  // 0 = any
  std::size_t limit = 0;    // 0 = all
};

struct CustomerRecord {
  std::string id;
  std::string name;
  std::string schema;
  std::string birth_date;
  std::string country;
  std::string id_number;
  std::int64_t version = 0;
  std::string updated_at;
};

struct AlertDetail {
  Alert alert;
  CustomerRecord customer;                // the customer as it is now
  std::vector<DecisionRecord> decisions;  // oldest first
};

struct AuditEntry {
  std::int64_t seq = 0;
  std::string at;
  std::string actor;
  std::string action;   // e.g. "customer.create", "alert.create", "alert.decide", "run.finish"
  std::string subject;  // e.g. "customer:C42", "alert:17", "run:3"
  std::string detail;   // a JSON object
  std::string prev_hash;
  std::string hash;  // SHA-256 over seq, at, actor, action, subject, detail and prev_hash
};

struct AuditVerification {
  bool ok = true;
  std::int64_t entries = 0;
  std::int64_t first_bad_seq = 0;  // the first entry that fails, when !ok
  std::string problem;             // what is wrong with it
  std::string head_hash;           // hash of the last entry (keep it elsewhere as an anchor)
};

class Store {
 public:
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  // Opens (and with options.create, creates or migrates) the store at `url`. A file that is
  // not a Cordon store, or a store of a newer schema, is refused and left untouched.
  static Result<std::unique_ptr<Store>> Open(const std::string& url,
                                             const StoreOpenOptions& options = {});

  Result<StoreInfo> Info();

  // Adds or updates customers from CSV (header with id, name; optional schema, birth_date,
  // country, id_number) or JSON lines with the same keys. The whole file is checked first: a
  // bad record fails the import naming its line, and nothing is changed.
  Result<ImportReport> ImportCustomers(std::string_view data, const std::string& source);
  Result<ImportReport> ImportCustomersFile(const std::string& path);
  Result<CustomerRecord> GetCustomer(const std::string& id);

  // Screens every customer against `lists` and stores the alerts. Resumes an unfinished run.
  Result<RunReport> Run(const Screener& lists, const RunOptions& options);
  // Screens only what changed since the last run or rescreen: changed and new listed entities
  // against every customer (through the customer index), changed customers against all lists.
  Result<RunReport> Rescreen(const Screener& lists, const RunOptions& options);

  Result<std::vector<Alert>> Alerts(const AlertFilter& filter);
  Result<AlertDetail> GetAlert(std::int64_t id);
  // Records a decision; a superseded alert cannot be decided (decide its successor).
  Result<DecisionRecord> Decide(std::int64_t alert_id, Decision decision, const std::string& by,
                                const std::string& reason);

  Result<AuditVerification> VerifyAudit();
  Result<std::vector<AuditEntry>> AuditLog(std::int64_t from_seq, std::size_t limit);

  class Impl;

 private:
  explicit Store(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace cordon

#endif  // CORDON_STORE_H_
