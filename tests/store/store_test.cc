// The store on both engines: schema and migrations, customers, runs and alerts, decisions,
// delta rescreens against full runs, and the audit chain.
#include "cordon/store.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include <gtest/gtest.h>

#include "cordon/ingest.h"
#include "cordon/synth.h"

#include "store/schema.h"
#include "store/store_test_util.h"
#include "testing/entities.h"

namespace cordon {
namespace {

using testing::MakeEntity;
using Pairs = std::set<std::pair<std::string, std::string>>;

std::vector<Entity> SmallList() {
  std::vector<Entity> entities = {
      MakeEntity("test_list", "1", Schema::kPerson, {"Abdul Rahman Yasin", "Abdulrahman Yaseen"}),
      MakeEntity("test_list", "2", Schema::kOrganization, {"Balochistan Liberation Army", "BLA"}),
      MakeEntity("test_list", "3", Schema::kPerson, {"Viktor Anatolyevich BOUT"}),
      MakeEntity("test_list", "4", Schema::kPerson, {"Hafiz Muhammad SAEED"}),
      MakeEntity("test_list", "5", Schema::kPerson, {"Ayman al-ZAWAHIRI"}),
  };
  entities[2].birth_dates.push_back(BirthDate{{1967, 1, 13}, {1967, 1, 13}, false});
  return entities;
}

std::unique_ptr<Screener> MakeLists(std::vector<Entity> entities) {
  auto screener = Screener::Create(std::move(entities), {.threads = 1, .metadata = ""});
  EXPECT_TRUE(screener.has_value());
  return std::move(*screener);
}

// Entities of a synthetic list (Cordon CSV), in dataset `dataset`.
std::vector<Entity> SyntheticEntities(std::uint64_t count, std::uint64_t seed,
                                      const std::string& dataset) {
  std::ostringstream out;
  SynthOptions options;
  options.entities = count;
  options.seed = seed;
  EXPECT_TRUE(WriteSyntheticList(options, out).ok());
  LoadOptions load;
  load.dataset = dataset;
  auto list = ParseListBytes(out.str(), dataset + ".csv", load);
  EXPECT_TRUE(list.has_value()) << list.error().ToString();
  return std::move(list->entities);
}

std::string CsvField(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

class StoreTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    locations_ = std::make_unique<testing::StoreLocations>(GetParam());
    if (!locations_->skip_reason().empty()) GTEST_SKIP() << locations_->skip_reason();
    url_ = locations_->NewUrl();
    store_ = Open(url_);
    ASSERT_NE(store_, nullptr);
  }
  void TearDown() override {
    store_.reset();
    locations_.reset();
  }

  std::unique_ptr<Store> Open(const std::string& url, bool create = true) {
    StoreOpenOptions options;
    options.create = create;
    options.actor = "tester";
    auto store = Store::Open(url, options);
    EXPECT_TRUE(store.has_value()) << store.error().ToString();
    return store.has_value() ? std::move(*store) : nullptr;
  }

  std::unique_ptr<store::Connection> Raw(const std::string& url, bool create = false) {
    auto db = store::Connect(url, create);
    EXPECT_TRUE(db.has_value()) << db.error().ToString();
    return std::move(*db);
  }

  RunOptions Options(const std::string& index_name = "customers.idx") const {
    RunOptions options;
    options.threads = 2;
    options.chunk = 64;
    options.customer_index = (locations_->dir() / index_name).string();
    return options;
  }

  static void Import(Store& store, const std::string& csv) {
    auto report = store.ImportCustomers(csv, "customers.csv");
    ASSERT_TRUE(report.has_value()) << report.error().ToString();
  }

  static Pairs PairsOf(Store& store, std::int64_t run_id = 0) {
    AlertFilter filter;
    filter.run_id = run_id;
    auto alerts = store.Alerts(filter);
    EXPECT_TRUE(alerts.has_value());
    Pairs pairs;
    for (const Alert& alert : *alerts) pairs.emplace(alert.customer_id, alert.entity_id);
    return pairs;
  }

  std::unique_ptr<testing::StoreLocations> locations_;
  std::string url_;
  std::unique_ptr<Store> store_;
};

TEST_P(StoreTest, CreatesTheSchemaAndAuditsIt) {
  auto info = store_->Info();
  ASSERT_TRUE(info.has_value()) << info.error().ToString();
  EXPECT_EQ(info->schema_version, StoreSchemaVersion());
  EXPECT_EQ(info->migrated_from, 0);
  EXPECT_EQ(info->database_id.size(), 32u);
  EXPECT_EQ(info->audit_entries, 1);
  auto log = store_->AuditLog(1, 10);
  ASSERT_TRUE(log.has_value());
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ((*log)[0].action, "store.create");
  EXPECT_EQ((*log)[0].actor, "tester");
  // Opening again, with or without create, changes nothing.
  store_.reset();
  auto again = Open(url_, false);
  ASSERT_NE(again, nullptr);
  EXPECT_EQ(again->Info()->audit_entries, 1);
}

TEST_P(StoreTest, MigratesAnOlderSchemaOnlyWhenAsked) {
  const std::string url = locations_->NewUrl();
  {
    auto db = Raw(url, true);
    auto found = store::Migrate(db.get(), 1);
    ASSERT_TRUE(found.has_value()) << found.error().ToString();
    EXPECT_EQ(*found, 0);
  }
  StoreOpenOptions plain;
  auto refused = Store::Open(url, plain);
  ASSERT_FALSE(refused.has_value());
  EXPECT_NE(refused.error().message().find("cordon db init"), std::string::npos);
  auto migrated = Open(url, true);
  ASSERT_NE(migrated, nullptr);
  auto info = migrated->Info();
  EXPECT_EQ(info->migrated_from, 1);
  EXPECT_EQ(info->schema_version, 2);
  auto log = migrated->AuditLog(1, 0);
  ASSERT_EQ(log->size(), 1u);
  EXPECT_EQ((*log)[0].action, "store.migrate");
  // Version 2's column exists.
  auto db = Raw(url);
  EXPECT_TRUE(db->Query("SELECT entity_delisted_at FROM alerts").has_value());
}

TEST_P(StoreTest, RefusesANewerSchemaAndLeavesItAlone) {
  auto db = Raw(url_);
  ASSERT_TRUE(db->Exec("UPDATE cordon_meta SET value = '99' WHERE key = 'schema_version'").ok());
  store_.reset();
  for (bool create : {false, true}) {
    StoreOpenOptions options;
    options.create = create;
    auto store = Store::Open(url_, options);
    ASSERT_FALSE(store.has_value());
    EXPECT_EQ(store.error().code(), StatusCode::kUnsupported);
    EXPECT_NE(store.error().message().find("newer"), std::string::npos);
  }
  auto version = db->Query("SELECT value FROM cordon_meta WHERE key = 'schema_version'");
  EXPECT_EQ((*version)[0].Text(0), "99");
}

TEST_P(StoreTest, RefusesADatabaseThatIsNotOurs) {
  if (GetParam() != "sqlite") GTEST_SKIP() << "a PostgreSQL database may hold other tables";
  const std::string url = locations_->NewUrl();
  {
    auto db = store::Connect(url, true);
    ASSERT_TRUE((*db)->Script("CREATE TABLE ledger (x INTEGER)").ok());
  }
  auto store = Store::Open(url, {.create = true, .actor = ""});
  ASSERT_FALSE(store.has_value());
  EXPECT_NE(store.error().message().find("not a Cordon store"), std::string::npos);
  auto db = Raw(url);
  auto tables = db->Query("SELECT name FROM sqlite_master WHERE type = 'table'");
  ASSERT_EQ(tables->size(), 1u);  // no table of ours was added

  // A file that is no database at all is refused and left byte for byte.
  const std::string text_file = (locations_->dir() / "notes.txt").string();
  const std::string content = "These are not the tables you are looking for.\n";
  { std::ofstream(text_file) << content; }
  auto text_store = Store::Open(text_file, {.create = true, .actor = ""});
  ASSERT_FALSE(text_store.has_value());
  std::ifstream in(text_file);
  std::stringstream read;
  read << in.rdbuf();
  EXPECT_EQ(read.str(), content);
}

TEST_P(StoreTest, ImportCreatesUpdatesAndCounts) {
  Import(*store_, "id,name,country\nC1,Jane Doe,GB\nC2,John Smith,US\n");
  auto report = store_->ImportCustomers(
      "{\"id\": \"C1\", \"name\": \"Jane Doe\", \"country\": \"GB\"}\n"
      "{\"id\": \"C2\", \"name\": \"John Smyth\", \"country\": \"US\"}\n"
      "{\"id\": \"C3\", \"name\": \"Abdul Rahman Yasin\", \"birth_date\": \"1960\"}\n",
      "customers.jsonl");
  ASSERT_TRUE(report.has_value()) << report.error().ToString();
  EXPECT_EQ(report->records, 3u);
  EXPECT_EQ(report->created, 1u);
  EXPECT_EQ(report->updated, 1u);
  EXPECT_EQ(report->unchanged, 1u);
  auto c2 = store_->GetCustomer("C2");
  ASSERT_TRUE(c2.has_value());
  EXPECT_EQ(c2->name, "John Smyth");
  EXPECT_EQ(c2->version, 2);
  EXPECT_EQ(store_->GetCustomer("C1")->version, 1);
  EXPECT_EQ(store_->GetCustomer("nobody").error().code(), StatusCode::kNotFound);
  auto log = store_->AuditLog(1, 0);
  std::size_t updates = 0;
  for (const AuditEntry& entry : *log) updates += entry.action == "customer.update";
  EXPECT_EQ(updates, 1u);
}

TEST_P(StoreTest, ABadImportChangesNothing) {
  Import(*store_, "id,name\nC1,Jane Doe\n");
  const std::int64_t audit_before = store_->Info()->audit_entries;
  auto bad_date = store_->ImportCustomers(
      "id,name,birth_date\nC1,Jane Changed,\nC2,Ok Name,1970\nC3,Bad Date,31/31/31\n", "in.csv");
  ASSERT_FALSE(bad_date.has_value());
  EXPECT_NE(bad_date.error().message().find("in.csv:4"), std::string::npos)
      << bad_date.error().ToString();
  auto duplicate = store_->ImportCustomers("id,name\nC7,A B\nC7,C D\n", "dup.csv");
  ASSERT_FALSE(duplicate.has_value());
  EXPECT_NE(duplicate.error().message().find("dup.csv:3"), std::string::npos);
  EXPECT_NE(duplicate.error().message().find("line 2"), std::string::npos);
  auto missing_name = store_->ImportCustomers("id,name\nC8,\n", "empty.csv");
  EXPECT_FALSE(missing_name.has_value());
  auto info = store_->Info();
  EXPECT_EQ(info->customers, 1);
  EXPECT_EQ(info->audit_entries, audit_before);
  EXPECT_EQ(store_->GetCustomer("C1")->name, "Jane Doe");
}

TEST_P(StoreTest, RunAlertsOnceAndExplains) {
  Import(*store_,
         "id,name,birth_date\nC1,Abdulrahman Yasin,\nC2,Jane Doe,\nC3,Viktor BOUT,1967-01-13\n"
         "C4,Hafiz Mohammed Saeed,\n");
  auto lists = MakeLists(SmallList());
  auto run = store_->Run(*lists, Options());
  ASSERT_TRUE(run.has_value()) << run.error().ToString();
  EXPECT_EQ(run->customers_screened, 4u);
  EXPECT_TRUE(run->customer_index_built);
  ASSERT_EQ(run->lists.size(), 1u);
  EXPECT_EQ(run->lists[0].dataset, "test_list");
  EXPECT_EQ(run->lists[0].entities, 5);
  const Pairs pairs = PairsOf(*store_);
  EXPECT_TRUE(pairs.contains({"C1", "test_list:1"}));
  EXPECT_TRUE(pairs.contains({"C3", "test_list:3"}));
  EXPECT_TRUE(pairs.contains({"C4", "test_list:4"}));
  for (const auto& pair : pairs) EXPECT_NE(pair.first, "C2");
  EXPECT_EQ(run->alerts_new, pairs.size());
  auto alerts = store_->Alerts({});
  for (const Alert& alert : *alerts) {
    EXPECT_EQ(alert.status, AlertStatus::kOpen);
    EXPECT_EQ(alert.reason, "first match");
    EXPECT_FALSE(alert.explanation.empty());
    EXPECT_GE(alert.score, kDefaultThreshold);
    EXPECT_EQ(alert.run_id, run->run_id);
  }
  // The same lists and customers again: nothing new.
  auto again = store_->Run(*lists, Options());
  ASSERT_TRUE(again.has_value());
  EXPECT_EQ(again->alerts_new, 0u);
  EXPECT_FALSE(again->customer_index_built);
  EXPECT_EQ(store_->Alerts({})->size(), pairs.size());
  // Filters.
  AlertFilter filter;
  filter.customer_id = "C3";
  EXPECT_EQ(store_->Alerts(filter)->size(), 1u);
  filter.customer_id = "nobody";
  EXPECT_EQ(store_->Alerts(filter).error().code(), StatusCode::kNotFound);
  AlertFilter high;
  high.min_score = 1.01;
  EXPECT_TRUE(store_->Alerts(high)->empty());
}

TEST_P(StoreTest, AFalsePositiveHoldsUntilARecordChanges) {
  Import(*store_, "id,name\nC1,Viktor Anatolyevich BOUT\n");
  std::vector<Entity> entities = SmallList();
  auto lists = MakeLists(entities);
  ASSERT_TRUE(store_->Run(*lists, Options()).has_value());
  auto first = store_->Alerts({});
  ASSERT_EQ(first->size(), 1u);
  const std::int64_t alert_id = (*first)[0].id;
  auto decided = store_->Decide(alert_id, Decision::kFalsePositive, "alice", "born 1975, not him");
  ASSERT_TRUE(decided.has_value()) << decided.error().ToString();
  EXPECT_EQ(store_->GetAlert(alert_id)->alert.status, AlertStatus::kFalsePositive);

  // Nothing changed: suppressed, on a run and on a rescreen.
  EXPECT_EQ(store_->Run(*lists, Options())->alerts_new, 0u);
  EXPECT_EQ(store_->Rescreen(*lists, Options())->alerts_new, 0u);

  // The customer changes: a new alert that says what changed; the decision stays.
  Import(*store_, "id,name,country\nC1,Viktor Anatolyevich BOUT,RU\n");
  auto rescreen = store_->Rescreen(*lists, Options());
  ASSERT_TRUE(rescreen.has_value()) << rescreen.error().ToString();
  EXPECT_EQ(rescreen->customers_changed, 1u);
  EXPECT_EQ(rescreen->alerts_new, 1u);
  AlertFilter open;
  open.status = AlertStatus::kOpen;
  auto reopened = store_->Alerts(open);
  ASSERT_EQ(reopened->size(), 1u);
  const Alert& second = (*reopened)[0];
  EXPECT_EQ(second.previous_alert_id, alert_id);
  EXPECT_NE(second.reason.find("customer record changed: country '' -> 'RU'"), std::string::npos)
      << second.reason;
  EXPECT_NE(second.reason.find("false_positive"), std::string::npos) << second.reason;
  auto old = store_->GetAlert(alert_id);
  EXPECT_EQ(old->alert.status, AlertStatus::kFalsePositive);
  ASSERT_EQ(old->decisions.size(), 1u);
  EXPECT_EQ(old->decisions[0].by, "alice");

  // The listed entity changes: another new alert; the open one it replaces is superseded.
  entities[2].names.push_back(
      Name{"Viktor BUT", NameKind::kStrongAlias, Script::kLatin, "", "", ""});
  auto changed_lists = MakeLists(entities);
  auto third = store_->Rescreen(*changed_lists, Options());
  ASSERT_TRUE(third.has_value()) << third.error().ToString();
  EXPECT_EQ(third->entities_changed, 1u);
  EXPECT_EQ(third->alerts_new, 1u);
  EXPECT_EQ(third->alerts_superseded, 1u);
  EXPECT_EQ(store_->GetAlert(second.id)->alert.status, AlertStatus::kSuperseded);
  auto latest = store_->Alerts(open);
  ASSERT_EQ(latest->size(), 1u);
  EXPECT_NE((*latest)[0].reason.find("listed entity changed: names +'Viktor BUT'"),
            std::string::npos)
      << (*latest)[0].reason;

  // A superseded alert cannot be decided; the error names its successor.
  auto refused = store_->Decide(second.id, Decision::kTrueMatch, "bob", "same man");
  ASSERT_FALSE(refused.has_value());
  EXPECT_NE(refused.error().message().find("alert " + std::to_string((*latest)[0].id)),
            std::string::npos)
      << refused.error().ToString();
}

TEST_P(StoreTest, DecisionsRefuseBadInputAndChangeNothing) {
  Import(*store_, "id,name\nC1,Ayman al-Zawahiri\n");
  auto lists = MakeLists(SmallList());
  ASSERT_TRUE(store_->Run(*lists, Options()).has_value());
  const std::int64_t id = (*store_->Alerts({}))[0].id;
  const std::int64_t audit_before = store_->Info()->audit_entries;
  EXPECT_EQ(store_->Decide(9999, Decision::kTrueMatch, "a", "b").error().code(),
            StatusCode::kNotFound);
  EXPECT_EQ(store_->Decide(id, Decision::kTrueMatch, "", "b").error().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Decide(id, Decision::kTrueMatch, "a", "").error().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(store_->Info()->audit_entries, audit_before);
  EXPECT_TRUE(store_->GetAlert(id)->decisions.empty());
  EXPECT_FALSE(ParseDecision("maybe").has_value());
  // Decisions can be revised; each is kept.
  ASSERT_TRUE(store_->Decide(id, Decision::kEscalate, "a", "check passport").has_value());
  ASSERT_TRUE(store_->Decide(id, Decision::kTrueMatch, "b", "passport matches").has_value());
  auto detail = store_->GetAlert(id);
  ASSERT_EQ(detail->decisions.size(), 2u);
  EXPECT_EQ(detail->alert.status, AlertStatus::kTrueMatch);
  EXPECT_EQ(store_->GetAlert(424242).error().code(), StatusCode::kNotFound);
}

TEST_P(StoreTest, RescreenNeedsARunFirst) {
  Import(*store_, "id,name\nC1,Jane Doe\n");
  auto lists = MakeLists(SmallList());
  auto rescreen = store_->Rescreen(*lists, Options());
  ASSERT_FALSE(rescreen.has_value());
  EXPECT_NE(rescreen.error().message().find("cordon run"), std::string::npos);
}

TEST_P(StoreTest, RemovedEntitiesMarkTheirAlertsDelisted) {
  Import(*store_, "id,name\nC1,Ayman al-Zawahiri\n");
  std::vector<Entity> entities = SmallList();
  ASSERT_TRUE(store_->Run(*MakeLists(entities), Options()).has_value());
  entities.pop_back();  // test_list:5
  auto rescreen = store_->Rescreen(*MakeLists(entities), Options());
  ASSERT_TRUE(rescreen.has_value());
  EXPECT_EQ(rescreen->entities_removed, 1u);
  auto db = Raw(url_);
  auto rows = db->Query("SELECT entity_delisted_at FROM alerts WHERE entity_id = 'test_list:5'");
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_FALSE((*rows)[0].IsNull(0));
}

// The heart of delta rescreening: after a list change and customer changes, a rescreen raises
// exactly the alerts a full run would.
TEST_P(StoreTest, RescreenRaisesTheSameAlertsAsAFullRun) {
  std::vector<Entity> before = SyntheticEntities(1500, 11, "synth_list");
  std::vector<Entity> additions = SyntheticEntities(40, 12, "synth_list");
  std::vector<Entity> after = before;
  for (Entity& entity : additions) {
    entity.list_id = "new" + entity.list_id;
    entity.id = entity.dataset + ":" + entity.list_id;
    after.push_back(entity);
  }
  for (std::size_t i = 0; i < 10; ++i) {  // changed: a new alias, the first name reordered
    Entity& entity = after[i * 7];
    const std::string& primary = entity.names[0].full;
    const std::size_t space = primary.find(' ');
    if (space == std::string::npos) continue;
    entity.names.push_back(Name{primary.substr(space + 1) + " " + primary.substr(0, space),
                                NameKind::kStrongAlias, Script::kLatin, "", "", ""});
    entity.birth_dates.clear();
  }
  after.erase(after.begin() + 100, after.begin() + 105);  // removed

  // Customers: unrelated people, people on the first list, people only on the second, and
  // people who will change.
  std::string csv = "id,name\n";
  int next = 0;
  for (const Entity& entity : SyntheticEntities(1500, 99, "people")) {
    csv += "P" + std::to_string(next++) + "," + CsvField(entity.names[0].full) + "\n";
  }
  for (std::size_t i = 0; i < before.size(); i += 30) {
    csv += "L" + std::to_string(i) + "," + CsvField(before[i].names[0].full) + "\n";
  }
  for (std::size_t i = 0; i < additions.size(); i += 2) {
    csv += "N" + std::to_string(i) + "," + CsvField(additions[i].names[0].full) + "\n";
  }
  for (std::size_t i = 0; i < 10; ++i) {
    const std::string& name = after[i * 7].names.back().full;
    csv += "R" + std::to_string(i) + "," + CsvField(name) + "\n";
  }
  std::string changes = "id,name\n";
  for (std::size_t i = 0; i < 8; ++i) {
    changes += "P" + std::to_string(i) + "," + CsvField(before[500 + i * 3].names[0].full) + "\n";
  }

  auto lists_before = MakeLists(before);
  auto lists_after = MakeLists(after);
  auto full = Open(locations_->NewUrl());
  for (Store* store : {store_.get(), full.get()}) {
    Import(*store, csv);
    auto run = store->Run(*lists_before, Options(store == full.get() ? "full.idx" : "delta.idx"));
    ASSERT_TRUE(run.has_value()) << run.error().ToString();
    Import(*store, changes);
  }
  EXPECT_EQ(PairsOf(*store_), PairsOf(*full));

  auto delta = store_->Rescreen(*lists_after, Options("delta.idx"));
  ASSERT_TRUE(delta.has_value()) << delta.error().ToString();
  auto rerun = full->Run(*lists_after, Options("full.idx"));
  ASSERT_TRUE(rerun.has_value()) << rerun.error().ToString();
  EXPECT_EQ(delta->entities_added, 40u);
  EXPECT_EQ(delta->entities_removed, 5u);
  EXPECT_GE(delta->entities_changed, 8u);
  EXPECT_EQ(delta->customers_changed, 8u);
  const Pairs delta_pairs = PairsOf(*store_, delta->run_id);
  const Pairs full_pairs = PairsOf(*full, rerun->run_id);
  EXPECT_GE(delta_pairs.size(), 20u + 8u);
  EXPECT_EQ(delta_pairs, full_pairs);
  EXPECT_EQ(delta->alerts_new, rerun->alerts_new);
  // The rescreen screened a small part of the customers.
  EXPECT_LT(delta->customers_screened, 400u);
  // And a second rescreen finds nothing more.
  auto again = store_->Rescreen(*lists_after, Options("delta.idx"));
  EXPECT_EQ(again->alerts_new, 0u);
  EXPECT_EQ(again->entities_added + again->entities_changed + again->entities_removed, 0u);
}

TEST_P(StoreTest, AuditVerifyFindsEditedRemovedAndReorderedEntries) {
  Import(*store_, "id,name\nC1,Ayman al-Zawahiri\nC2,Hafiz Saeed\nC3,Jane Doe\n");
  ASSERT_TRUE(store_->Run(*MakeLists(SmallList()), Options()).has_value());
  auto clean = store_->VerifyAudit();
  ASSERT_TRUE(clean.has_value());
  ASSERT_TRUE(clean->ok) << clean->problem;
  ASSERT_GT(clean->entries, 8);
  EXPECT_EQ(clean->head_hash.size(), 64u);

  auto db = Raw(url_);
  auto entry = [&](std::int64_t seq) {
    auto rows = db->Query("SELECT detail, actor FROM audit_log WHERE seq = ?", {seq});
    return std::make_pair((*rows)[0].Text(0), (*rows)[0].Text(1));
  };
  // Edited.
  const auto [detail, actor] = entry(4);
  ASSERT_TRUE(db->Exec("UPDATE audit_log SET actor = 'mallory' WHERE seq = 4").ok());
  auto edited = store_->VerifyAudit();
  EXPECT_FALSE(edited->ok);
  EXPECT_EQ(edited->first_bad_seq, 4);
  EXPECT_NE(edited->problem.find("altered"), std::string::npos);
  ASSERT_TRUE(db->Exec("UPDATE audit_log SET actor = ? WHERE seq = 4", {actor}).ok());
  ASSERT_TRUE(store_->VerifyAudit()->ok);
  // Removed.
  auto row = db->Query(
      "SELECT seq, at, actor, action, subject, detail, prev_hash, hash FROM "
      "audit_log WHERE seq = 5");
  ASSERT_TRUE(db->Exec("DELETE FROM audit_log WHERE seq = 5").ok());
  auto removed = store_->VerifyAudit();
  EXPECT_FALSE(removed->ok);
  EXPECT_EQ(removed->first_bad_seq, 5);
  EXPECT_NE(removed->problem.find("missing"), std::string::npos);
  store::Params values;
  for (std::size_t c = 0; c < 8; ++c) {
    values.emplace_back(c == 0 ? store::Value((*row)[0].Int(0)) : store::Value((*row)[0].Text(c)));
  }
  ASSERT_TRUE(
      store::InsertRows(db.get(), "audit_log",
                        {"seq", "at", "actor", "action", "subject", "detail", "prev_hash", "hash"},
                        {values})
          .ok());
  ASSERT_TRUE(store_->VerifyAudit()->ok);
  // Reordered: entries 6 and 7 swap places (each keeps its own hash).
  ASSERT_TRUE(db->Exec("UPDATE audit_log SET seq = -6 WHERE seq = 6").ok());
  ASSERT_TRUE(db->Exec("UPDATE audit_log SET seq = 6 WHERE seq = 7").ok());
  ASSERT_TRUE(db->Exec("UPDATE audit_log SET seq = 7 WHERE seq = -6").ok());
  auto reordered = store_->VerifyAudit();
  EXPECT_FALSE(reordered->ok);
  EXPECT_EQ(reordered->first_bad_seq, 6);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreTest, ::testing::Values("sqlite", "postgres"));

}  // namespace
}  // namespace cordon
