// Run and Rescreen: screening the stored customer base against lists, and recording alerts.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <future>
#include <map>
#include <optional>
#include <thread>
#include <unordered_set>

#include <simdjson.h>

#include "cordon/batch.h"
#include "cordon/list_diff.h"

#include "index/entity_codec.h"
#include "store/store_impl.h"
#include "store/util.h"
#include "text/transcription.h"

namespace cordon {
namespace {

using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string Quote(std::string_view text) { return "'" + std::string(text) + "'"; }

// Publication date per dataset from the lists' metadata (the latest when several files).
std::map<std::string, std::string> PublishedDates(const std::string& metadata) {
  std::map<std::string, std::string> dates;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(metadata).get(root) != simdjson::SUCCESS) return dates;
  simdjson::dom::array lists;
  if (root["lists"].get_array().get(lists) != simdjson::SUCCESS) return dates;
  for (simdjson::dom::element list : lists) {
    std::string_view dataset;
    std::string_view published;
    if (list["dataset"].get_string().get(dataset) != simdjson::SUCCESS) continue;
    if (list["published"].get_string().get(published) != simdjson::SUCCESS) continue;
    std::string& date = dates[std::string(dataset)];
    if (std::string(published) > date) date = std::string(published);
  }
  return dates;
}

ListState ComputeListState(const Screener& lists) {
  ListState state;
  std::map<std::string, std::vector<std::pair<std::string, std::string>>> by_dataset;
  std::string bytes;
  for (std::size_t i = 0; i < lists.entity_count(); ++i) {
    const Entity& entity = lists.EntityAt(i);
    if (state.positions.contains(entity.id)) continue;  // the first of a repeated id is screened
    bytes.clear();
    index::EncodeEntity(entity, &bytes);
    std::string fingerprint = store::Fingerprint(bytes);
    state.positions.emplace(entity.id, i);
    by_dataset[entity.dataset].emplace_back(entity.id, fingerprint);
    state.fingerprints.emplace(entity.id, std::move(fingerprint));
  }
  const std::map<std::string, std::string> published = PublishedDates(lists.info().metadata);
  std::string all;
  for (auto& [dataset, entries] : by_dataset) {
    std::sort(entries.begin(), entries.end());
    std::string text;
    for (const auto& [id, fingerprint] : entries)
      (((text += id) += '\x1f') += fingerprint) += '\x1e';
    ListState::DatasetState dataset_state;
    dataset_state.dataset = dataset;
    dataset_state.content_hash = store::Sha256Hex(text);
    auto date = published.find(dataset);
    if (date != published.end()) dataset_state.published = date->second;
    dataset_state.entities = static_cast<std::int64_t>(entries.size());
    ((all += dataset) += '\x1f') += dataset_state.content_hash;
    state.datasets.push_back(std::move(dataset_state));
  }
  state.lists_hash = store::Sha256Hex(all);
  return state;
}

// Listed entities that differ from those recorded at the last run.
struct EntityDelta {
  std::vector<std::string> added;
  std::vector<std::string> changed;
  std::vector<std::string> removed;
  std::unordered_set<std::string> touched;                        // added and changed
  std::unordered_map<std::string, std::string> old_fingerprints;  // of the changed ones
};

// True when only fields that never move a score changed (remarks, programmes, addresses,
// ...): the entity's matches stay the same, only its alerts are due again.
bool DetailsOnly(const std::vector<FieldChange>& changes) {
  for (const FieldChange& change : changes) {
    switch (change.field) {
      case EntityField::kBirthPlaces:
      case EntityField::kAddresses:
      case EntityField::kPrograms:
      case EntityField::kGender:
      case EntityField::kListedOn:
      case EntityField::kRemarks:
      case EntityField::kTitles:
      case EntityField::kRelated:
        break;
      default:
        return false;
    }
  }
  return true;
}

Result<EntityDelta> ComputeDelta(store::Connection* db, const ListState& state) {
  std::unordered_map<std::string, std::string> recorded;
  CORDON_ASSIGN_OR_RETURN(store::Rows rows,
                          db->Query("SELECT entity_id, fingerprint FROM listed_entities"));
  recorded.reserve(rows.size());
  for (const store::Row& row : rows) recorded.emplace(row.Text(0), row.Text(1));
  EntityDelta delta;
  for (const auto& [id, fingerprint] : state.fingerprints) {
    auto found = recorded.find(id);
    if (found == recorded.end()) {
      delta.added.push_back(id);
    } else if (found->second != fingerprint) {
      delta.changed.push_back(id);
      delta.old_fingerprints.emplace(id, found->second);
    }
  }
  for (const auto& [id, fingerprint] : recorded) {
    if (!state.fingerprints.contains(id)) delta.removed.push_back(id);
  }
  for (auto* ids : {&delta.added, &delta.changed, &delta.removed})
    std::sort(ids->begin(), ids->end());
  delta.touched.insert(delta.added.begin(), delta.added.end());
  delta.touched.insert(delta.changed.begin(), delta.changed.end());
  return delta;
}

// Records a list version for every dataset whose content differs from its latest one.
Status RecordListVersions(store::Connection* db, const ListState& state, std::int64_t run_id,
                          store::AuditWriter* audit,
                          std::unordered_map<std::string, std::int64_t>* version_ids,
                          std::vector<ListVersionInfo>* infos) {
  const std::string now = store::NowIso();
  for (const ListState::DatasetState& dataset : state.datasets) {
    CORDON_ASSIGN_OR_RETURN(
        store::Rows rows,
        db->Query("SELECT id, content_hash, published, entities, loaded_at FROM list_versions "
                  "WHERE dataset = ? ORDER BY id DESC LIMIT 1",
                  {dataset.dataset}));
    ListVersionInfo info;
    info.dataset = dataset.dataset;
    info.content_hash = dataset.content_hash;
    if (!rows.empty() && rows[0].Text(1) == dataset.content_hash) {
      info.id = rows[0].Int(0);
      info.published = rows[0].Text(2);
      info.entities = rows[0].Int(3);
      info.loaded_at = rows[0].Text(4);
    } else {
      CORDON_ASSIGN_OR_RETURN(
          store::Rows inserted,
          db->Query("INSERT INTO list_versions (dataset, content_hash, published, entities, "
                    "loaded_at, run_id) VALUES (?, ?, ?, ?, ?, ?) RETURNING id",
                    {dataset.dataset, dataset.content_hash, dataset.published, dataset.entities,
                     now, run_id}));
      info.id = inserted.at(0).Int(0);
      info.published = dataset.published;
      info.entities = dataset.entities;
      info.loaded_at = now;
      audit->Add("list.version", "list_version:" + std::to_string(info.id),
                 "{\"dataset\": " + JsonString(dataset.dataset) +
                     ", \"content_hash\": " + JsonString(dataset.content_hash) +
                     ", \"published\": " + JsonString(dataset.published) +
                     ", \"entities\": " + std::to_string(dataset.entities) + "}");
    }
    (*version_ids)[dataset.dataset] = info.id;
    infos->push_back(std::move(info));
  }
  return Status::Ok();
}

// Makes the recorded listed entities those of `state`, keeping each version's content.
Status ApplyDelta(store::Connection* db, const Screener& lists, const ListState& state,
                  const EntityDelta& delta,
                  const std::unordered_map<std::string, std::int64_t>& version_ids,
                  store::AuditWriter* audit) {
  std::vector<store::Params> bodies;
  std::vector<store::Params> listed;
  std::string bytes;
  auto flush = [&]() -> Status {
    CORDON_RETURN_IF_ERROR(store::InsertRows(
        db, "entity_versions", {"entity_id", "fingerprint", "body", "list_version_id"}, bodies,
        "ON CONFLICT (entity_id, fingerprint) DO NOTHING"));
    CORDON_RETURN_IF_ERROR(store::InsertRows(
        db, "listed_entities", {"entity_id", "dataset", "fingerprint", "list_version_id"}, listed,
        "ON CONFLICT (entity_id) DO UPDATE SET dataset = excluded.dataset, fingerprint = "
        "excluded.fingerprint, list_version_id = excluded.list_version_id"));
    bodies.clear();
    listed.clear();
    return audit->Flush();
  };
  for (const auto* ids : {&delta.added, &delta.changed}) {
    const bool added = ids == &delta.added;
    for (const std::string& id : *ids) {
      const Entity& entity = lists.EntityAt(state.positions.at(id));
      const std::string& fingerprint = state.fingerprints.at(id);
      const std::int64_t version = version_ids.at(entity.dataset);
      bytes.clear();
      index::EncodeEntity(entity, &bytes);
      bodies.push_back({id, fingerprint, store::ToHex(bytes), version});
      listed.push_back({id, entity.dataset, fingerprint, version});
      audit->Add(added ? "entity.add" : "entity.change", "entity:" + id,
                 "{\"caption\": " + JsonString(entity.Caption()) +
                     ", \"fingerprint\": " + JsonString(fingerprint) +
                     ", \"list_version\": " + std::to_string(version) + "}");
      if (bodies.size() >= 5000) CORDON_RETURN_IF_ERROR(flush());
    }
  }
  CORDON_RETURN_IF_ERROR(flush());
  const std::string now = store::NowIso();
  for (const std::string& id : delta.removed) {
    CORDON_RETURN_IF_ERROR(db->Exec("DELETE FROM listed_entities WHERE entity_id = ?", {id}));
    CORDON_RETURN_IF_ERROR(db->Exec(
        "UPDATE alerts SET entity_delisted_at = ? WHERE entity_id = ? AND entity_delisted_at IS "
        "NULL",
        {now, id}));
    audit->Add("entity.remove", "entity:" + id, "{}");
  }
  return audit->Flush();
}

// Calls work(i) for every i < count on `threads` threads (0 = all cores), `grain` at a time.
void ParallelFor(std::size_t count, unsigned threads, const std::function<void(std::size_t)>& work,
                 std::size_t grain = 16) {
  std::atomic<std::size_t> next{0};
  auto run = [&]() {
    for (;;) {
      const std::size_t begin = next.fetch_add(grain);
      if (begin >= count) return;
      const std::size_t end = std::min(count, begin + grain);
      for (std::size_t i = begin; i < end; ++i) work(i);
    }
  };
  if (threads == 0) threads = std::max(1u, std::thread::hardware_concurrency());
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, (count + grain - 1) / grain));
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(run);
  run();
  for (std::thread& thread : pool) thread.join();
}

// Screens `queries` on `threads` threads; results in query order.
std::vector<std::vector<Hit>> ScreenAll(const Screener& screener, const std::vector<Query>& queries,
                                        const ScreenOptions& options, unsigned threads) {
  std::vector<std::vector<Hit>> results(queries.size());
  ParallelFor(queries.size(), threads,
              [&](std::size_t i) { results[i] = screener.Screen(queries[i], options); });
  return results;
}

// The recorded version `fingerprint` of listed entity `id`, into *entity; false when the store
// has no readable copy of it.
Result<bool> LoadEntityVersion(store::Connection* db, const std::string& id,
                               const std::string& fingerprint, Entity* entity) {
  CORDON_ASSIGN_OR_RETURN(
      store::Rows rows,
      db->Query("SELECT body FROM entity_versions WHERE entity_id = ? AND fingerprint = ?",
                {id, fingerprint}));
  std::string bytes;
  return !rows.empty() && store::FromHex(rows[0].Text(0), &bytes) &&
         index::DecodeEntity(bytes, entity);
}

// The stored customers whose `column` (id or seq) is one of `keys` (at most kFetchChunk: one
// statement), in seq order.
Result<std::vector<CustomerRecord>> FetchCustomersBy(store::Connection* db, std::string_view column,
                                                     const store::Params& keys) {
  std::vector<CustomerRecord> customers;
  if (keys.empty()) return customers;
  CORDON_ASSIGN_OR_RETURN(store::Rows rows,
                          db->Query(std::string("SELECT ") + Store::Impl::CustomerColumns() +
                                        " FROM customers WHERE " + std::string(column) + " IN " +
                                        store::PlaceholderList(keys.size()) + " ORDER BY seq",
                                    keys));
  for (const store::Row& row : rows) customers.push_back(Store::Impl::CustomerOf(row, nullptr));
  return customers;
}

// The stored customers with the ids in [begin, end).
Result<std::vector<CustomerRecord>> FetchCustomers(store::Connection* db, const std::string* begin,
                                                   const std::string* end) {
  return FetchCustomersBy(db, "id", store::Params(begin, end));
}

// Writes alerts for hits within the caller's transaction, by the rule in cordon/store.h.
class AlertRecorder {
 public:
  AlertRecorder(store::Connection* db, store::AuditWriter* audit, const ListState& state,
                const std::unordered_map<std::string, std::int64_t>& version_ids,
                std::int64_t run_id, RunReport* report)
      : db_(db),
        audit_(audit),
        state_(state),
        version_ids_(version_ids),
        run_id_(run_id),
        report_(report),
        now_(store::NowIso()) {}

  Status Record(const CustomerRecord& customer, const std::string& customer_fingerprint,
                const Hit& hit) {
    auto fingerprint = state_.fingerprints.find(hit.entity_id);
    if (fingerprint == state_.fingerprints.end() || hit.entity == nullptr) return Status::Ok();
    const std::string& entity_fingerprint = fingerprint->second;
    CORDON_ASSIGN_OR_RETURN(
        store::Rows latest,
        db_->Query("SELECT id, status, customer_fingerprint, entity_fingerprint, customer_version "
                   "FROM alerts WHERE customer_id = ? AND entity_id = ? ORDER BY id DESC LIMIT 1",
                   {customer.id, hit.entity_id}));
    std::int64_t previous_id = 0;
    std::string reason = "first match";
    if (!latest.empty()) {
      const store::Row& row = latest[0];
      if (row.Text(2) == customer_fingerprint && row.Text(3) == entity_fingerprint) {
        return Status::Ok();  // already alerted on these very records
      }
      previous_id = row.Int(0);
      CORDON_ASSIGN_OR_RETURN(
          reason, DescribeChange(row, customer, customer_fingerprint, hit, entity_fingerprint));
    }
    auto version = version_ids_.find(hit.entity->dataset);
    CORDON_ASSIGN_OR_RETURN(
        store::Rows inserted,
        db_->Query(
            "INSERT INTO alerts (customer_id, customer_version, customer_fingerprint, entity_id, "
            "entity_fingerprint, dataset, schema, caption, matched_name, score, explanation, "
            "status, reason, run_id, list_version_id, previous_alert_id, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'open', ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (customer_id, entity_id, customer_fingerprint, entity_fingerprint) "
            "DO NOTHING RETURNING id",
            {customer.id, customer.version, customer_fingerprint, hit.entity_id, entity_fingerprint,
             hit.entity->dataset, std::string(SchemaName(hit.schema)), hit.caption,
             hit.matched_name, hit.score, FeaturesToJson(hit.explanation), reason, run_id_,
             version == version_ids_.end() ? std::int64_t{0} : version->second, previous_id, now_,
             now_}));
    if (inserted.empty()) return Status::Ok();  // these record versions alerted before
    const std::int64_t alert_id = inserted[0].Int(0);
    ++report_->alerts_new;
    char score[16];
    std::snprintf(score, sizeof score, "%.4f", hit.score);
    audit_->Add(
        "alert.create", "alert:" + std::to_string(alert_id),
        "{\"customer\": " + JsonString(customer.id) + ", \"entity\": " + JsonString(hit.entity_id) +
            ", \"score\": " + score + ", \"matched_name\": " + JsonString(hit.matched_name) +
            ", \"reason\": " + JsonString(reason) + ", \"run\": " + std::to_string(run_id_) + "}");
    if (previous_id != 0 && latest[0].Text(1) == AlertStatusName(AlertStatus::kOpen)) {
      CORDON_RETURN_IF_ERROR(
          db_->Exec("UPDATE alerts SET status = 'superseded', updated_at = ? WHERE id = ?",
                    {now_, previous_id}));
      ++report_->alerts_superseded;
      audit_->Add("alert.supersede", "alert:" + std::to_string(previous_id),
                  "{\"by\": " + std::to_string(alert_id) + "}");
    }
    return Status::Ok();
  }

 private:
  // What changed between the records of the previous alert `row` and the current ones.
  Result<std::string> DescribeChange(const store::Row& row, const CustomerRecord& customer,
                                     const std::string& customer_fingerprint, const Hit& hit,
                                     const std::string& entity_fingerprint) {
    std::vector<std::string> parts;
    if (row.Text(2) != customer_fingerprint) {
      CORDON_ASSIGN_OR_RETURN(
          store::Rows old,
          db_->Query("SELECT name, schema, birth_date, country, id_number FROM customer_versions "
                     "WHERE customer_id = ? AND version = ?",
                     {customer.id, row.Int(4)}));
      std::string text = "customer record changed";
      if (!old.empty()) {
        const std::string* now[] = {&customer.name, &customer.schema, &customer.birth_date,
                                    &customer.country, &customer.id_number};
        const char* names[] = {"name", "schema", "birth_date", "country", "id_number"};
        std::string fields;
        for (std::size_t f = 0; f < 5; ++f) {
          if (old[0].Text(f) == *now[f]) continue;
          fields += (fields.empty() ? ": " : ", ") + std::string(names[f]) + " " +
                    Quote(old[0].Text(f)) + " -> " + Quote(*now[f]);
        }
        text += fields;
      }
      parts.push_back(std::move(text));
    }
    if (row.Text(3) != entity_fingerprint) {
      std::string text = "listed entity changed";
      Entity before;
      CORDON_ASSIGN_OR_RETURN(bool known,
                              LoadEntityVersion(db_, hit.entity_id, row.Text(3), &before));
      if (known) {
        std::string fields;
        for (const FieldChange& change : DiffEntity(before, *hit.entity)) {
          std::string what(EntityFieldName(change.field));
          if (IsSingleValued(change.field)) {
            what += " " + Quote(change.before) + " -> " + Quote(change.after);
          }
          for (const std::string& value : change.added) what += " +" + Quote(value);
          for (const std::string& value : change.removed) what += " -" + Quote(value);
          for (const NameKindChange& kind : change.kind_changes) {
            what += " " + Quote(kind.name) + " " + kind.before + " -> " + kind.after;
          }
          fields += (fields.empty() ? ": " : "; ") + what;
        }
        text += fields;
      }
      parts.push_back(std::move(text));
    }
    std::string reason;
    for (const std::string& part : parts) reason += (reason.empty() ? "" : "; ") + part;
    return reason + " (previous alert " + row.Text(0) + ": " + row.Text(1) + ")";
  }

  store::Connection* db_;
  store::AuditWriter* audit_;
  const ListState& state_;
  const std::unordered_map<std::string, std::int64_t>& version_ids_;
  std::int64_t run_id_;
  RunReport* report_;
  std::string now_;
};

// A list update changes every token's rarity a little, and with it the score of pairs that
// neither side of changed: a full run may then alert on a pair that scored just under the
// threshold before. Runs keep such near misses (within this margin), and rescreens score them
// again.
constexpr double kNearMissMargin = 0.05;

// Screens `customers` against `lists`, then records their alerts (only hits on entities in
// `only`, when given) in one transaction with `also` (the run's bookkeeping).
Status ScreenAndRecord(store::Connection* db, const std::string& actor, const Screener& lists,
                       const ListState& state,
                       const std::unordered_map<std::string, std::int64_t>& version_ids,
                       std::int64_t run_id, const std::vector<CustomerRecord>& customers,
                       const std::unordered_set<std::string>* only, const RunOptions& options,
                       RunReport* report, const std::function<Status()>& also) {
  std::vector<Query> queries;
  queries.reserve(customers.size());
  for (const CustomerRecord& customer : customers) {
    queries.push_back(Store::Impl::CustomerQuery(customer));
  }
  ScreenOptions screen = options.screen;
  screen.explain = true;
  // Hits just under the threshold are kept as near misses (see kNearMissMargin).
  screen.threshold = std::max(0.0, options.screen.threshold - kNearMissMargin);
  const std::vector<std::vector<Hit>> hits = ScreenAll(lists, queries, screen, options.threads);
  store::Transaction transaction(db);
  CORDON_RETURN_IF_ERROR(transaction.Begin());
  store::AuditWriter audit(db, actor);
  CORDON_RETURN_IF_ERROR(audit.Start());
  AlertRecorder recorder(db, &audit, state, version_ids, run_id, report);
  std::vector<store::Params> near_misses;
  for (std::size_t i = 0; i < customers.size(); ++i) {
    if (hits[i].empty()) continue;
    const std::string fingerprint = Store::Impl::CustomerFingerprint(customers[i]);
    for (const Hit& hit : hits[i]) {
      if (hit.score < options.screen.threshold) {
        near_misses.push_back({customers[i].id, hit.entity_id, hit.score, run_id});
        continue;
      }
      if (only != nullptr && !only->contains(hit.entity_id)) continue;
      CORDON_RETURN_IF_ERROR(recorder.Record(customers[i], fingerprint, hit));
    }
  }
  CORDON_RETURN_IF_ERROR(store::InsertRows(
      db, "near_misses", {"customer_id", "entity_id", "score", "run_id"}, near_misses,
      "ON CONFLICT (customer_id, entity_id) DO UPDATE SET score = excluded.score, run_id = "
      "excluded.run_id"));
  CORDON_RETURN_IF_ERROR(audit.Flush());
  CORDON_RETURN_IF_ERROR(also());
  return transaction.Commit();
}

// Rescreens consider every customer the changed names reach, however little of the
// customer's name they reach: a full run gives credit to tokens no key connects
// ("Xinruo" ~ "Bingruo"), so only the exact name score can rule a customer out.
constexpr double kReachShare = 0;

// Customers a rescreen fetches by id in one statement (and screens in one transaction) at most;
// fewer with a smaller RunOptions::chunk.
constexpr std::size_t kFetchChunk = 2000;

std::string RunDetail(std::int64_t generation) {
  return "{\"generation\": " + std::to_string(generation) + "}";
}

std::int64_t GenerationOf(const std::string& detail) {
  const std::size_t at = detail.find("\"generation\": ");
  return at == std::string::npos ? 0 : std::atoll(detail.c_str() + at + 14);
}

}  // namespace

// ---- the customer index ----

namespace {

struct CustomerIndex {
  std::unique_ptr<Screener> screener;
  std::int64_t generation = 0;
};

std::string CustomerIndexPath(const Store::Impl& impl, const RunOptions& options) {
  if (!options.customer_index.empty()) return options.customer_index;
  const std::string description = impl.db->description();
  if (description.starts_with("sqlite:")) return description.substr(7) + ".customers.idx";
  const char* dir = std::getenv("CORDON_CACHE_DIR");
  std::string base = dir != nullptr && *dir != '\0' ? std::string(dir) + "/" : std::string();
  return base + "cordon-" + impl.database_id + ".customers.idx";
}

std::string IndexMetadata(const std::string& database_id, std::int64_t generation) {
  return "{\"customer_index\": {\"database_id\": " + JsonString(database_id) +
         ", \"generation\": " + std::to_string(generation) + "}}";
}

// Opens the customer index at `path` when it was built from this store; else builds and saves it.
// `opened`, when given, is Screener::Open(path) already done (the rescreen opens the snapshot
// while it diffs the lists).
Result<CustomerIndex> OpenOrBuildCustomerIndex(
    Store::Impl& impl, const std::string& path, std::int64_t current_generation, bool rebuild_stale,
    unsigned threads, RunReport* report,
    std::optional<Result<std::unique_ptr<Screener>>> opened = std::nullopt) {
  CustomerIndex index;
  if (!opened) opened.emplace(Screener::Open(path));
  if (*opened) {
    std::unique_ptr<Screener>& screener = **opened;
    const std::string& metadata = screener->info().metadata;
    const std::string marker = "\"database_id\": " + JsonString(impl.database_id);
    if (metadata.find(marker) != std::string::npos) {
      index.generation = GenerationOf(metadata);
      if (!rebuild_stale || index.generation == current_generation) {
        index.screener = std::move(screener);
        return index;
      }
    }
  }
  const auto start = Clock::now();
  std::vector<Entity> entities;
  for (std::int64_t after = 0;;) {
    CORDON_ASSIGN_OR_RETURN(
        store::Rows rows,
        impl.db->Query(std::string("SELECT ") + Store::Impl::CustomerColumns() +
                           " FROM customers WHERE seq > ? ORDER BY seq LIMIT 50000",
                       {after}));
    if (rows.empty()) break;
    for (const store::Row& row : rows) {
      entities.push_back(Store::Impl::CustomerEntity(Store::Impl::CustomerOf(row, &after)));
    }
  }
  ScreenerOptions options;
  options.threads = threads;
  options.metadata = IndexMetadata(impl.database_id, current_generation);
  CORDON_ASSIGN_OR_RETURN(index.screener, Screener::Create(std::move(entities), options));
  CORDON_RETURN_IF_ERROR(index.screener->Save(path));
  index.generation = current_generation;
  report->customer_index_built = true;
  report->customer_index_seconds = Since(start);
  return index;
}

Result<std::int64_t> MetaInt(Store::Impl& impl, const std::string& key) {
  CORDON_ASSIGN_OR_RETURN(std::string text, impl.GetMeta(key));
  return static_cast<std::int64_t>(std::atoll(text.c_str()));
}

Status Abandon(Store::Impl& impl, std::int64_t run_id, const std::string& why) {
  store::Transaction transaction(impl.db.get());
  CORDON_RETURN_IF_ERROR(transaction.Begin());
  CORDON_RETURN_IF_ERROR(
      impl.db->Exec("UPDATE runs SET status = 'abandoned', finished_at = ? WHERE id = ?",
                    {store::NowIso(), run_id}));
  store::AuditWriter audit(impl.db.get(), impl.actor);
  CORDON_RETURN_IF_ERROR(audit.Start());
  audit.Add("run.abandon", "run:" + std::to_string(run_id), "{\"why\": " + JsonString(why) + "}");
  CORDON_RETURN_IF_ERROR(audit.Flush());
  return transaction.Commit();
}

// Inserts a run row (kind, status running) and records the list versions, in the caller's
// transaction.
Result<std::int64_t> StartRun(Store::Impl& impl, const std::string& kind, const ListState& state,
                              double threshold, std::int64_t total, std::int64_t generation) {
  CORDON_ASSIGN_OR_RETURN(
      store::Rows rows,
      impl.db->Query("INSERT INTO runs (kind, status, actor, started_at, lists_hash, threshold, "
                     "cursor, total, screened, alerts_new, detail) VALUES (?, 'running', ?, ?, ?, "
                     "?, 0, ?, 0, 0, ?) RETURNING id",
                     {kind, impl.actor, store::NowIso(), state.lists_hash, threshold, total,
                      RunDetail(generation)}));
  return rows.at(0).Int(0);
}

Status FinishRun(Store::Impl& impl, std::int64_t run_id, const std::string& kind,
                 std::int64_t generation, const RunReport& report, store::AuditWriter* audit) {
  CORDON_RETURN_IF_ERROR(impl.db->Exec(
      "UPDATE runs SET status = 'done', finished_at = ? WHERE id = ?", {store::NowIso(), run_id}));
  CORDON_RETURN_IF_ERROR(impl.SetMeta("screened_generation", std::to_string(generation)));
  audit->Add(kind + ".finish", "run:" + std::to_string(run_id),
             "{\"customers_screened\": " + std::to_string(report.customers_screened) +
                 ", \"alerts_new\": " + std::to_string(report.alerts_new) +
                 ", \"entities_added\": " + std::to_string(report.entities_added) +
                 ", \"entities_changed\": " + std::to_string(report.entities_changed) +
                 ", \"entities_removed\": " + std::to_string(report.entities_removed) + "}");
  return audit->Flush();
}

}  // namespace

Result<RunReport> Store::Impl::Run(const Screener& lists, const RunOptions& options) {
  const auto start = Clock::now();
  RunReport report;
  report.kind = "run";
  const ListState state = ComputeListState(lists);
  store::Connection* conn = db.get();

  // An unfinished run over the same lists is resumed; any other is abandoned.
  std::int64_t run_id = 0;
  CORDON_ASSIGN_OR_RETURN(
      store::Rows unfinished,
      conn->Query("SELECT id, lists_hash, threshold FROM runs WHERE status = 'running' AND kind = "
                  "'run' ORDER BY id DESC LIMIT 1"));
  if (!unfinished.empty()) {
    if (unfinished[0].Text(1) == state.lists_hash &&
        std::abs(unfinished[0].Real(2) - options.screen.threshold) < 1e-9) {
      run_id = unfinished[0].Int(0);
      report.resumed = true;
    } else {
      CORDON_RETURN_IF_ERROR(
          Abandon(*this, unfinished[0].Int(0), "a new run started with other lists or threshold"));
    }
  }
  std::unordered_map<std::string, std::int64_t> version_ids;
  {
    store::Transaction transaction(conn);
    CORDON_RETURN_IF_ERROR(transaction.Begin());
    store::AuditWriter audit(conn, actor);
    CORDON_RETURN_IF_ERROR(audit.Start());
    if (run_id == 0) {
      CORDON_ASSIGN_OR_RETURN(std::int64_t generation, MetaInt(*this, "customer_generation"));
      CORDON_ASSIGN_OR_RETURN(store::Rows count, conn->Query("SELECT COUNT(*) FROM customers"));
      CORDON_ASSIGN_OR_RETURN(run_id, StartRun(*this, "run", state, options.screen.threshold,
                                               count.at(0).Int(0), generation));
      audit.Add("run.start", "run:" + std::to_string(run_id),
                "{\"lists_hash\": " + JsonString(state.lists_hash) +
                    ", \"customers\": " + count.at(0).Text(0) + "}");
    } else {
      audit.Add("run.resume", "run:" + std::to_string(run_id), "{}");
    }
    CORDON_RETURN_IF_ERROR(
        RecordListVersions(conn, state, run_id, &audit, &version_ids, &report.lists));
    // A full run screens against every listed entity, so they are all recorded now.
    CORDON_ASSIGN_OR_RETURN(EntityDelta delta, ComputeDelta(conn, state));
    CORDON_RETURN_IF_ERROR(ApplyDelta(conn, lists, state, delta, version_ids, &audit));
    CORDON_RETURN_IF_ERROR(audit.Flush());
    CORDON_RETURN_IF_ERROR(transaction.Commit());
  }

  CORDON_ASSIGN_OR_RETURN(
      store::Rows run,
      conn->Query("SELECT cursor, total, detail FROM runs WHERE id = ?", {run_id}));
  std::int64_t cursor = run.at(0).Int(0);
  const std::int64_t generation = GenerationOf(run[0].Text(2));
  CORDON_ASSIGN_OR_RETURN(store::Rows remaining,
                          conn->Query("SELECT COUNT(*) FROM customers WHERE seq > ?", {cursor}));
  RunProgress progress;
  progress.total = static_cast<std::size_t>(remaining.at(0).Int(0));
  const std::size_t chunk = std::max<std::size_t>(1, options.chunk);
  for (;;) {
    CORDON_ASSIGN_OR_RETURN(store::Rows rows,
                            conn->Query(std::string("SELECT ") + CustomerColumns() +
                                            " FROM customers WHERE seq > ? ORDER BY seq LIMIT ?",
                                        {cursor, static_cast<std::int64_t>(chunk)}));
    if (rows.empty()) break;
    std::vector<CustomerRecord> customers;
    std::int64_t last = cursor;
    for (const store::Row& row : rows) customers.push_back(CustomerOf(row, &last));
    const std::size_t alerts_before = report.alerts_new;
    Status screened = ScreenAndRecord(
        conn, actor, lists, state, version_ids, run_id, customers, nullptr, options, &report,
        [&]() -> Status {
          CORDON_RETURN_IF_ERROR(conn->Exec(
              "UPDATE customers SET screened_fingerprint = fingerprint, screened_run = ? WHERE "
              "seq > ? AND seq <= ?",
              {run_id, cursor, last}));
          return conn->Exec(
              "UPDATE runs SET cursor = ?, screened = screened + ?, alerts_new = alerts_new + ? "
              "WHERE id = ?",
              {last, static_cast<std::int64_t>(customers.size()),
               static_cast<std::int64_t>(report.alerts_new - alerts_before), run_id});
        });
    CORDON_RETURN_IF_ERROR(screened);
    cursor = last;
    report.customers_screened += customers.size();
    progress.done = report.customers_screened;
    progress.seconds = Since(start);
    if (options.progress) options.progress(progress);
  }
  {
    store::Transaction transaction(conn);
    CORDON_RETURN_IF_ERROR(transaction.Begin());
    store::AuditWriter audit(conn, actor);
    CORDON_RETURN_IF_ERROR(audit.Start());
    CORDON_RETURN_IF_ERROR(FinishRun(*this, run_id, "run", generation, report, &audit));
    CORDON_RETURN_IF_ERROR(transaction.Commit());
  }
  report.run_id = run_id;
  report.seconds = Since(start);
  // Rescreens search this index with changed listed entities; build it while the customers are
  // fresh in mind (timed apart from the run).
  CORDON_ASSIGN_OR_RETURN(std::int64_t now_generation, MetaInt(*this, "customer_generation"));
  CORDON_RETURN_IF_ERROR(OpenOrBuildCustomerIndex(*this, CustomerIndexPath(*this, options),
                                                  now_generation, true, options.threads, &report)
                             .error());
  return report;
}

Result<RunReport> Store::Impl::Rescreen(const Screener& lists, const RunOptions& options) {
  const auto start = Clock::now();
  RunReport report;
  report.kind = "rescreen";
  store::Connection* conn = db.get();
  CORDON_ASSIGN_OR_RETURN(
      store::Rows unfinished,
      conn->Query("SELECT id, kind FROM runs WHERE status = 'running' ORDER BY id"));
  for (const store::Row& row : unfinished) {
    if (row.Text(1) == "run") {
      return Status::InvalidArgument("run " + row.Text(0) +
                                     " is unfinished: `cordon run` resumes it before any rescreen");
    }
    // A rescreen is idempotent: an interrupted one is simply done again.
    CORDON_RETURN_IF_ERROR(Abandon(*this, row.Int(0), "interrupted; a new rescreen started"));
  }
  CORDON_ASSIGN_OR_RETURN(store::Rows done,
                          conn->Query("SELECT COUNT(*) FROM runs WHERE status = 'done'"));
  if (done.at(0).Int(0) == 0) {
    return Status::InvalidArgument(
        "no run recorded yet: `cordon run` screens every customer first");
  }
  // The customer index is mapped and checked (a checksum over the whole file) while the lists
  // are diffed.
  const std::string customer_index_path = CustomerIndexPath(*this, options);
  auto opening = std::async(std::launch::async,
                            [&customer_index_path] { return Screener::Open(customer_index_path); });
  const ListState state = ComputeListState(lists);
  CORDON_ASSIGN_OR_RETURN(EntityDelta delta, ComputeDelta(conn, state));
  report.entities_added = delta.added.size();
  report.entities_changed = delta.changed.size();
  report.entities_removed = delta.removed.size();
  CORDON_ASSIGN_OR_RETURN(std::int64_t generation, MetaInt(*this, "customer_generation"));
  CORDON_ASSIGN_OR_RETURN(std::int64_t screened_generation, MetaInt(*this, "screened_generation"));
  CORDON_ASSIGN_OR_RETURN(CustomerIndex customer_index,
                          OpenOrBuildCustomerIndex(*this, customer_index_path, generation, false,
                                                   options.threads, &report, opening.get()));

  std::unordered_map<std::string, std::int64_t> version_ids;
  std::int64_t run_id = 0;
  {
    store::Transaction transaction(conn);
    CORDON_RETURN_IF_ERROR(transaction.Begin());
    store::AuditWriter audit(conn, actor);
    CORDON_RETURN_IF_ERROR(audit.Start());
    CORDON_ASSIGN_OR_RETURN(
        run_id, StartRun(*this, "rescreen", state, options.screen.threshold, 0, generation));
    audit.Add("rescreen.start", "run:" + std::to_string(run_id),
              "{\"lists_hash\": " + JsonString(state.lists_hash) +
                  ", \"entities_added\": " + std::to_string(delta.added.size()) +
                  ", \"entities_changed\": " + std::to_string(delta.changed.size()) +
                  ", \"entities_removed\": " + std::to_string(delta.removed.size()) + "}");
    CORDON_RETURN_IF_ERROR(
        RecordListVersions(conn, state, run_id, &audit, &version_ids, &report.lists));
    CORDON_RETURN_IF_ERROR(audit.Flush());
    CORDON_RETURN_IF_ERROR(transaction.Commit());
  }

  // 1. Customers changed since they were last screened, or since the customer index was built:
  //    against every listed entity.
  std::unordered_set<std::string> screened;
  const std::int64_t since = std::min(screened_generation, customer_index.generation);
  //    Found through the generation index (a scan in key order would read every customer),
  //    then fetched, screened and marked a chunk at a time.
  CORDON_ASSIGN_OR_RETURN(store::Rows changed_rows,
                          conn->Query("SELECT seq FROM customers WHERE generation > ?", {since}));
  std::vector<std::int64_t> changed_seqs;
  changed_seqs.reserve(changed_rows.size());
  for (const store::Row& row : changed_rows) changed_seqs.push_back(row.Int(0));
  std::sort(changed_seqs.begin(), changed_seqs.end());
  const std::size_t chunk = std::max<std::size_t>(1, options.chunk);
  const std::size_t fetch_chunk = std::min(chunk, kFetchChunk);
  for (std::size_t begin = 0; begin < changed_seqs.size(); begin += fetch_chunk) {
    const std::size_t end = std::min(changed_seqs.size(), begin + fetch_chunk);
    const store::Params seqs(changed_seqs.begin() + static_cast<std::ptrdiff_t>(begin),
                             changed_seqs.begin() + static_cast<std::ptrdiff_t>(end));
    CORDON_ASSIGN_OR_RETURN(std::vector<CustomerRecord> customers,
                            FetchCustomersBy(conn, "seq", seqs));
    for (const CustomerRecord& customer : customers) screened.insert(customer.id);
    CORDON_RETURN_IF_ERROR(ScreenAndRecord(
        conn, actor, lists, state, version_ids, run_id, customers, nullptr, options, &report,
        [&]() -> Status {
          store::Params params{run_id};
          params.insert(params.end(), seqs.begin(), seqs.end());
          return conn->Exec(
              "UPDATE customers SET screened_fingerprint = fingerprint, screened_run = ? WHERE "
              "seq IN " +
                  store::PlaceholderList(seqs.size()),
              params);
        }));
    report.customers_changed += customers.size();
  }

  // 2. New and changed listed entities. The customer index gives every customer whose name
  //    shares a token key with one of their names (what a full run's candidate step could
  //    reach), or who holds one of their identifiers. Of those, the ones whose name scores
  //    high enough against the entity (exactly as a full run scores it) for evidence to lift it
  //    to the threshold are screened against every list, keeping hits on changed entities.
  struct Probed {
    std::size_t entity = 0;
    std::vector<Query> names;
    std::vector<Query> identifiers;
    std::vector<std::size_t> passed;
  };
  // Entities whose changes cannot move a score need no search: the customers with an alert
  // or a near miss on them are screened again (step 2c).
  std::unordered_set<std::string> details_only;
  for (const std::string& id : delta.changed) {
    Entity before;
    CORDON_ASSIGN_OR_RETURN(bool known,
                            LoadEntityVersion(conn, id, delta.old_fingerprints.at(id), &before));
    if (known && DetailsOnly(DiffEntity(before, lists.EntityAt(state.positions.at(id))))) {
      details_only.insert(id);
    }
  }
  std::vector<Probed> probed;
  for (const std::string& id : delta.touched) {
    if (details_only.contains(id)) continue;
    const std::size_t position = state.positions.at(id);
    const Entity& entity = lists.EntityAt(position);
    if (!IsScreenable(entity.schema)) continue;
    Probed& probe = probed.emplace_back();
    probe.entity = position;
    for (const Name& name : entity.names) {
      probe.names.emplace_back().name = name.full;
      // Without its parts in parentheses, and its acronyms there, it is read as names of its
      // own that Screen() meets (text::WithoutParentheses(), text::ParenthesisedAcronyms()).
      if (std::string bare = text::WithoutParentheses(name.full); !bare.empty()) {
        probe.names.emplace_back().name = std::move(bare);
      }
      if (entity.schema != Schema::kPerson) {
        for (std::string& acronym : text::ParenthesisedAcronyms(name.full)) {
          probe.names.emplace_back().name = std::move(acronym);
        }
      }
    }
    for (const Identifier& identifier : entity.identifiers) {
      probe.identifiers.emplace_back().id_number = identifier.value;
    }
  }
  const auto search_start = Clock::now();
  const Screener& customers_index = *customer_index.screener;
  const double least = LeastNameScoreFor(options.screen.threshold);
  std::atomic<std::size_t> reached_total{0};
  ParallelFor(
      probed.size(), options.threads,
      [&](std::size_t i) {
        Probed& probe = probed[i];
        std::vector<std::size_t> reached;
        for (const Query& query : probe.names) {
          std::vector<std::size_t> more = customers_index.Reach(query, kReachShare, &lists);
          reached.insert(reached.end(), more.begin(), more.end());
        }
        std::sort(reached.begin(), reached.end());
        reached.erase(std::unique(reached.begin(), reached.end()), reached.end());
        reached_total += reached.size();
        probe.passed = lists.NameMatchesAmong(customers_index, probe.entity, reached, least);
        for (const Query& query : probe.identifiers) {  // an identifier match alerts by itself
          std::vector<std::size_t> holders = customers_index.Reach(query, kReachShare);
          probe.passed.insert(probe.passed.end(), holders.begin(), holders.end());
        }
      },
      1);
  report.candidate_customers = reached_total;
  std::vector<std::size_t> positions;
  for (const Probed& probe : probed) {
    positions.insert(positions.end(), probe.passed.begin(), probe.passed.end());
  }
  std::sort(positions.begin(), positions.end());
  positions.erase(std::unique(positions.begin(), positions.end()), positions.end());
  std::vector<char> keep(positions.size(), 0);
  std::vector<std::string> ids(positions.size());
  ParallelFor(positions.size(), options.threads, [&](std::size_t i) {
    ids[i] = customers_index.EntityAt(positions[i]).id;
    keep[i] = !screened.contains(ids[i]);  // changed customers were screened in full
  });
  std::vector<std::string> candidates;
  for (std::size_t i = 0; i < positions.size(); ++i) {
    if (keep[i]) candidates.push_back(std::move(ids[i]));
  }
  std::sort(candidates.begin(), candidates.end());
  report.search_seconds = Since(search_start);
  for (std::size_t begin = 0; begin < candidates.size(); begin += fetch_chunk) {
    const std::size_t end = std::min(candidates.size(), begin + fetch_chunk);
    CORDON_ASSIGN_OR_RETURN(
        std::vector<CustomerRecord> customers,
        FetchCustomers(conn, candidates.data() + begin, candidates.data() + end));
    CORDON_RETURN_IF_ERROR(ScreenAndRecord(conn, actor, lists, state, version_ids, run_id,
                                           customers, &delta.touched, options, &report,
                                           []() { return Status::Ok(); }));
  }
  report.customers_screened = report.customers_changed + candidates.size();

  // 2b. Near misses of earlier runs on unchanged entities (kNearMissMargin): scored again
  //     against the lists as they are now; a customer with one that now reaches the threshold
  //     is screened against every list, keeping the hits on those entities.
  {
    std::unordered_set<std::string> confirmed(candidates.begin(), candidates.end());
    CORDON_ASSIGN_OR_RETURN(store::Rows rows,
                            conn->Query("SELECT customer_id, entity_id FROM near_misses"));
    std::unordered_map<std::string, std::vector<std::size_t>> near;
    for (const store::Row& row : rows) {
      const std::string& customer = row.Text(0);
      if (screened.contains(customer) || confirmed.contains(customer)) continue;
      auto position = state.positions.find(row.Text(1));
      if (position == state.positions.end() || delta.touched.contains(row.Text(1))) continue;
      near[customer].push_back(position->second);
    }
    std::vector<std::string> near_ids;
    near_ids.reserve(near.size());
    for (const auto& [id, entities] : near) near_ids.push_back(id);
    std::sort(near_ids.begin(), near_ids.end());
    report.near_misses_checked = near_ids.size();
    for (std::size_t begin = 0; begin < near_ids.size(); begin += fetch_chunk) {
      const std::size_t end = std::min(near_ids.size(), begin + fetch_chunk);
      CORDON_ASSIGN_OR_RETURN(std::vector<CustomerRecord> customers,
                              FetchCustomers(conn, near_ids.data() + begin, near_ids.data() + end));
      std::vector<std::vector<std::string>> crossed(customers.size());
      ParallelFor(customers.size(), options.threads, [&](std::size_t i) {
        const std::vector<std::size_t>& entities = near.at(customers[i].id);
        const std::vector<double> scores =
            lists.ScoreEntities(CustomerQuery(customers[i]), entities);
        for (std::size_t k = 0; k < entities.size(); ++k) {
          if (scores[k] >= options.screen.threshold) {
            crossed[i].push_back(lists.EntityAt(entities[k]).id);
          }
        }
      });
      std::vector<CustomerRecord> rising;
      std::unordered_set<std::string> rising_entities;
      for (std::size_t i = 0; i < customers.size(); ++i) {
        if (crossed[i].empty()) continue;
        rising_entities.insert(crossed[i].begin(), crossed[i].end());
        rising.push_back(std::move(customers[i]));
      }
      if (rising.empty()) continue;
      report.customers_screened += rising.size();
      CORDON_RETURN_IF_ERROR(ScreenAndRecord(conn, actor, lists, state, version_ids, run_id, rising,
                                             &rising_entities, options, &report,
                                             []() { return Status::Ok(); }));
    }
  }

  // 2c. Entities changed in details only: their customers with an alert or a near miss.
  if (!details_only.empty()) {
    std::vector<std::string> affected;
    for (const std::string& id : details_only) {
      for (const char* table : {"alerts", "near_misses"}) {
        CORDON_ASSIGN_OR_RETURN(
            store::Rows rows, conn->Query(std::string("SELECT DISTINCT customer_id FROM ") + table +
                                              " WHERE entity_id = ?",
                                          {id}));
        for (const store::Row& row : rows) affected.push_back(row.Text(0));
      }
    }
    std::erase_if(affected, [&](const std::string& id) { return screened.contains(id); });
    std::sort(affected.begin(), affected.end());
    affected.erase(std::unique(affected.begin(), affected.end()), affected.end());
    for (std::size_t begin = 0; begin < affected.size(); begin += fetch_chunk) {
      const std::size_t end = std::min(affected.size(), begin + fetch_chunk);
      CORDON_ASSIGN_OR_RETURN(std::vector<CustomerRecord> customers,
                              FetchCustomers(conn, affected.data() + begin, affected.data() + end));
      report.customers_screened += customers.size();
      CORDON_RETURN_IF_ERROR(ScreenAndRecord(conn, actor, lists, state, version_ids, run_id,
                                             customers, &details_only, options, &report,
                                             []() { return Status::Ok(); }));
    }
  }

  // 3. Record the lists as now screened, and close the rescreen.
  {
    store::Transaction transaction(conn);
    CORDON_RETURN_IF_ERROR(transaction.Begin());
    store::AuditWriter audit(conn, actor);
    CORDON_RETURN_IF_ERROR(audit.Start());
    CORDON_RETURN_IF_ERROR(ApplyDelta(conn, lists, state, delta, version_ids, &audit));
    CORDON_RETURN_IF_ERROR(
        conn->Exec("UPDATE runs SET total = ?, screened = ?, alerts_new = ? WHERE id = ?",
                   {static_cast<std::int64_t>(report.customers_screened),
                    static_cast<std::int64_t>(report.customers_screened),
                    static_cast<std::int64_t>(report.alerts_new), run_id}));
    CORDON_RETURN_IF_ERROR(FinishRun(*this, run_id, "rescreen", generation, report, &audit));
    CORDON_RETURN_IF_ERROR(transaction.Commit());
  }
  report.run_id = run_id;
  report.seconds = Since(start);
  return report;
}

}  // namespace cordon
