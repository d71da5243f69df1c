// The store's commands as a user runs them: `cordon db`, `cordon customers import`, `cordon run`,
// `cordon rescreen`, `cordon alerts` and `cordon audit verify`. The crash tests kill -9 a run or a
// rescreen part-way and check that the next one loses nothing, duplicates nothing and keeps the
// analysts' decisions and the audit chain intact.
#include <chrono>
#include <csignal>
#include <cstdint>
#include <cstdlib>
#include <fcntl.h>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>
#include <utility>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "cli/cli_test_util.h"
#include "store/store_test_util.h"

namespace cordon {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;
using testing::CommandResult;

double SecondsSince(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void WriteFile(const fs::path& path, const std::string& text) {
  std::ofstream(path, std::ios::binary | std::ios::trunc) << text;
}

// A fresh directory for one test, removed with everything in it at the end.
class TempDir {
 public:
  explicit TempDir(const std::string& name) {
    path_ = fs::temp_directory_path() /
            ("cordon_store_test_" + std::to_string(::getpid()) + "_" + name);
    fs::remove_all(path_);
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  const fs::path& path() const { return path_; }

 private:
  fs::path path_;
};

// Starts `cordon args...` with stdout and stderr going to the given files.
pid_t Spawn(const std::vector<std::string>& args, const std::string& out_path,
            const std::string& err_path) {
  std::vector<std::string> all = {testing::CordonBinary()};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& arg : all) argv.push_back(arg.data());
  argv.push_back(nullptr);
  const pid_t pid = ::fork();
  if (pid == 0) {
    const int out = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const int err = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (out < 0 || err < 0) ::_exit(126);
    ::dup2(out, STDOUT_FILENO);
    ::dup2(err, STDERR_FILENO);
    ::close(out);
    ::close(err);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  return pid;
}

// Runs `cordon args...` to completion (no shell in between).
CommandResult Cordon(const std::vector<std::string>& args) {
  static int counter = 0;
  const fs::path base =
      fs::temp_directory_path() /
      ("cordon_store_cmd_" + std::to_string(::getpid()) + "_" + std::to_string(++counter));
  const std::string out_path = base.string() + ".out";
  const std::string err_path = base.string() + ".err";
  CommandResult result;
  const pid_t pid = Spawn(args, out_path, err_path);
  if (pid > 0) {
    int status = 0;
    if (::waitpid(pid, &status, 0) == pid && WIFEXITED(status)) {
      result.exit_code = WEXITSTATUS(status);
    }
  }
  result.out = ReadFile(out_path);
  result.err = ReadFile(err_path);
  std::error_code ec;
  fs::remove(out_path, ec);
  fs::remove(err_path, ec);
  return result;
}

// "cordon a b c" with its output, for failure messages.
std::string Describe(const std::vector<std::string>& args, const CommandResult& result) {
  std::string text = "cordon";
  for (const std::string& arg : args) text += " " + arg;
  return text + "\nexit " + std::to_string(result.exit_code) +
         "\nstdout: " + result.out.substr(0, 2000) + "\nstderr: " + result.err.substr(0, 2000);
}

// Runs a command that must succeed; on failure records it and returns nullopt.
std::optional<CommandResult> MustRun(const std::vector<std::string>& args) {
  CommandResult result = Cordon(args);
  if (result.exit_code != 0) {
    ADD_FAILURE() << Describe(args, result);
    return std::nullopt;
  }
  return result;
}

// ---- CSV ----

// RFC 4180 rows: quoted fields may hold commas, doubled quotes and line breaks.
std::vector<std::vector<std::string>> ParseCsv(const std::string& text) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  bool quoted = false;
  bool any = false;  // something was read on the current row
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    if (c == '"') {
      quoted = true;
      any = true;
    } else if (c == ',') {
      row.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        row.push_back(std::move(field));
        rows.push_back(std::move(row));
      }
      field.clear();
      row.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    row.push_back(std::move(field));
    rows.push_back(std::move(row));
  }
  return rows;
}

std::string CsvQuote(const std::string& value) {
  std::string out = "\"";
  for (char c : value) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

// The `name` column of a Cordon CSV list, in file order.
std::vector<std::string> NamesOf(const std::string& csv_path) {
  std::vector<std::vector<std::string>> rows = ParseCsv(ReadFile(csv_path));
  std::vector<std::string> names;
  if (rows.empty()) return names;
  std::size_t column = rows[0].size();
  for (std::size_t i = 0; i < rows[0].size(); ++i) {
    if (rows[0][i] == "name") column = i;
  }
  for (std::size_t r = 1; r < rows.size(); ++r) {
    if (column < rows[r].size() && !rows[r][column].empty()) names.push_back(rows[r][column]);
  }
  return names;
}

struct Customers {
  std::size_t count = 0;
  std::vector<std::string> planted;  // ids of the customers named exactly like a listed entity
  std::vector<std::pair<std::string, std::string>> plain;  // (id, name) of the others
};

// Writes a customer CSV (id, name): one customer per name in `names`, and after every `every`
// of them one named exactly like the next of `listed`, so that alerts come all along the run.
Customers WriteCustomers(const std::string& path, const std::vector<std::string>& names,
                         const std::vector<std::string>& listed, std::size_t every) {
  Customers customers;
  std::string text = "id,name\n";
  std::size_t next_listed = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const std::string id = "c" + std::to_string(i);
    text += id + "," + CsvQuote(names[i]) + "\n";
    customers.plain.emplace_back(id, names[i]);
    if ((i + 1) % every == 0 && next_listed < listed.size()) {
      const std::string planted = "m" + std::to_string(next_listed);
      text += planted + "," + CsvQuote(listed[next_listed]) + "\n";
      customers.planted.push_back(planted);
      next_listed += 7;  // spread over the list
    }
  }
  customers.count = customers.plain.size() + customers.planted.size();
  WriteFile(path, text);
  return customers;
}

// ---- JSON outputs ----

struct DbInfo {
  std::int64_t customers = -1;
  std::int64_t alerts = -1;
  std::int64_t runs = -1;
  std::int64_t audit_entries = -1;
};

std::optional<DbInfo> ParseDbInfo(const std::string& json) {
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  if (parser.parse(json).get(root) != simdjson::SUCCESS) return std::nullopt;
  DbInfo info;
  if (root["customers"].get(info.customers) != simdjson::SUCCESS ||
      root["alerts"].get(info.alerts) != simdjson::SUCCESS ||
      root["runs"].get(info.runs) != simdjson::SUCCESS ||
      root["audit_entries"].get(info.audit_entries) != simdjson::SUCCESS) {
    return std::nullopt;
  }
  return info;
}

// `cordon db info --json`, or nullopt when it fails (quietly: callers poll with it).
std::optional<DbInfo> QueryDbInfo(const std::string& db) {
  CommandResult result = Cordon({"db", "info", "--db", db, "--json"});
  if (result.exit_code != 0) return std::nullopt;
  return ParseDbInfo(result.out);
}

struct AlertRow {
  std::int64_t id = 0;
  std::string status;
  std::string customer_id;
  std::string entity_id;
  double score = 0;
};

// Every alert in the store (`cordon alerts list --json`); records a failure when it fails.
std::vector<AlertRow> ListAlerts(const std::string& db) {
  std::vector<AlertRow> alerts;
  auto result = MustRun({"alerts", "list", "--db", db, "--json"});
  if (!result) return alerts;
  simdjson::dom::parser parser;
  simdjson::dom::array array;
  if (parser.parse(result->out).get(array) != simdjson::SUCCESS) {
    ADD_FAILURE() << "alerts list --json is not a JSON array: " << result->out.substr(0, 500);
    return alerts;
  }
  for (simdjson::dom::element element : array) {
    AlertRow row;
    std::string_view status;
    std::string_view customer;
    std::string_view entity;
    if (element["id"].get(row.id) != simdjson::SUCCESS ||
        element["status"].get(status) != simdjson::SUCCESS ||
        element["customer_id"].get(customer) != simdjson::SUCCESS ||
        element["entity_id"].get(entity) != simdjson::SUCCESS ||
        element["score"].get(row.score) != simdjson::SUCCESS) {
      ADD_FAILURE() << "an alert lacks id, status, customer_id, entity_id or score: "
                    << simdjson::to_string(element);
      continue;
    }
    row.status = std::string(status);
    row.customer_id = std::string(customer);
    row.entity_id = std::string(entity);
    alerts.push_back(std::move(row));
  }
  return alerts;
}

using Pair = std::pair<std::string, std::string>;  // (customer_id, entity_id)

// The alerts by pair; pairs alerted more than once are reported in `duplicates`.
std::map<Pair, AlertRow> ByPair(const std::vector<AlertRow>& alerts,
                                std::vector<std::string>* duplicates) {
  std::map<Pair, AlertRow> pairs;
  for (const AlertRow& alert : alerts) {
    auto [it, inserted] = pairs.emplace(Pair(alert.customer_id, alert.entity_id), alert);
    if (!inserted) {
      duplicates->push_back(alert.customer_id + " x " + alert.entity_id + " (alerts " +
                            std::to_string(it->second.id) + " and " + std::to_string(alert.id) +
                            ")");
    }
  }
  return pairs;
}

std::string Join(const std::vector<std::string>& items, std::size_t at_most = 10) {
  std::string text;
  for (std::size_t i = 0; i < items.size() && i < at_most; ++i) text += "\n  " + items[i];
  if (items.size() > at_most) text += "\n  ... " + std::to_string(items.size() - at_most) + " more";
  return text;
}

// `cordon audit verify --json` must say the chain is intact.
void ExpectAuditIntact(const std::string& db) {
  CommandResult result = Cordon({"audit", "verify", "--db", db, "--json"});
  EXPECT_EQ(result.exit_code, 0) << "audit verify: " << result.out << result.err;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  bool ok = false;
  ASSERT_EQ(parser.parse(result.out).get(root), simdjson::SUCCESS) << result.out;
  ASSERT_EQ(root["ok"].get(ok), simdjson::SUCCESS) << result.out;
  EXPECT_TRUE(ok) << result.out;
}

// Kills `pid` with SIGKILL and reaps it; true when the signal is what ended it.
bool KillNine(pid_t pid) {
  ::kill(pid, SIGKILL);
  int status = 0;
  if (::waitpid(pid, &status, 0) != pid) return false;
  return WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
}

// True (and reaped) when the child `pid` has already exited.
bool Exited(pid_t pid, int* status) { return ::waitpid(pid, status, WNOHANG) == pid; }

// ---- tests ----

// On SQLite and, when CORDON_TEST_POSTGRES_URL names a server, on PostgreSQL.
class StoreCommandKillTest : public ::testing::TestWithParam<std::string> {};

TEST_P(StoreCommandKillTest, KillNineMidRunThenResumeLosesAndDuplicatesNothing) {
  testing::StoreLocations locations(GetParam());
  if (!locations.skip_reason().empty()) GTEST_SKIP() << locations.skip_reason();
  TempDir dir("kill_run_" + GetParam());
  const std::string list = dir / "list.csv";
  const std::string people = dir / "people.csv";
  const std::string customers_csv = dir / "customers.csv";
  ASSERT_TRUE(MustRun({"synth", "--entities", "3000", "--seed", "3", "-o", list}));
  ASSERT_TRUE(MustRun({"synth", "--entities", "40000", "--seed", "99", "-o", people}));
  const std::vector<std::string> listed = NamesOf(list);
  ASSERT_EQ(listed.size(), 3000u);
  const Customers customers = WriteCustomers(customers_csv, NamesOf(people), listed, 100);
  ASSERT_EQ(customers.count, 40400u);
  const std::vector<std::string> run_options = {"--list",    list, "--chunk", "50",
                                                "--threads", "1",  "--json"};

  // (a) The reference: the same customers screened in one uninterrupted run.
  const bool sqlite = GetParam() == "sqlite";
  const std::string db_a = sqlite ? std::string(dir / "a.db") : locations.NewUrl();
  ASSERT_TRUE(MustRun({"db", "init", "--db", db_a}));
  ASSERT_TRUE(MustRun({"customers", "import", customers_csv, "--db", db_a, "--json"}));
  std::vector<std::string> run_a = {"run", "--db", db_a, "--customer-index", dir / "a.idx"};
  run_a.insert(run_a.end(), run_options.begin(), run_options.end());
  const auto reference_start = Clock::now();
  ASSERT_TRUE(MustRun(run_a));
  const double reference_seconds = SecondsSince(reference_start);
  std::vector<std::string> duplicates;
  const std::map<Pair, AlertRow> reference = ByPair(ListAlerts(db_a), &duplicates);
  EXPECT_TRUE(duplicates.empty()) << "the reference run alerted a pair twice:" << Join(duplicates);
  std::set<std::string> alerted;
  for (const auto& [pair, alert] : reference) alerted.insert(pair.first);
  for (const std::string& id : customers.planted) {
    EXPECT_TRUE(alerted.contains(id)) << "customer " << id << " is named like a listed entity";
  }
  ASSERT_GE(reference.size(), customers.planted.size());

  // (b) The same, killed with SIGKILL once a third of the alerts are stored, then resumed.
  const std::string db_b = sqlite ? std::string(dir / "b.db") : locations.NewUrl();
  ASSERT_TRUE(MustRun({"db", "init", "--db", db_b}));
  ASSERT_TRUE(MustRun({"customers", "import", customers_csv, "--db", db_b, "--json"}));
  std::vector<std::string> run_b = {"run", "--db", db_b, "--customer-index", dir / "b.idx"};
  run_b.insert(run_b.end(), run_options.begin(), run_options.end());
  const std::int64_t kill_at = static_cast<std::int64_t>(reference.size() / 3);
  const auto start = Clock::now();
  const pid_t pid = Spawn(run_b, dir / "killed.out", dir / "killed.err");
  ASSERT_GT(pid, 0);
  std::int64_t seen = 0;
  int status = 0;
  bool exited = false;
  while (SecondsSince(start) < 120) {
    if (Exited(pid, &status)) {
      exited = true;
      break;
    }
    if (auto info = QueryDbInfo(db_b)) {
      seen = info->alerts;
      if (seen >= kill_at) break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  const double killed_after = SecondsSince(start);
  const bool killed = !exited && KillNine(pid);
  ASSERT_TRUE(killed) << "`cordon run` was not killed mid-run: it "
                      << (exited ? "finished first (exit status " + std::to_string(status) + ")"
                                 : std::string("was not killed by SIGKILL"))
                      << " after " << killed_after << " s with " << seen
                      << " alerts stored; the reference run took " << reference_seconds
                      << " s. Make the customer file bigger.\nstderr: "
                      << ReadFile(dir / "killed.err");
  auto after_kill = QueryDbInfo(db_b);
  ASSERT_TRUE(after_kill) << "db info fails after the kill";
  ASSERT_LT(after_kill->alerts, static_cast<std::int64_t>(reference.size()))
      << "the kill (after " << killed_after << " s) came after all alerts were stored; the "
      << "reference run took " << reference_seconds << " s. Make the customer file bigger.";
  EXPECT_GT(after_kill->alerts, 0);
  EXPECT_EQ(after_kill->runs, 1);
  std::cout << "[ note     ] run killed after " << killed_after << " s with " << after_kill->alerts
            << " of " << reference.size() << " alerts stored (reference run " << reference_seconds
            << " s)\n";
  ExpectAuditIntact(db_b);
  {
    std::vector<std::string> partial_duplicates;
    ByPair(ListAlerts(db_b), &partial_duplicates);
    EXPECT_TRUE(partial_duplicates.empty())
        << "pairs alerted twice after the kill:" << Join(partial_duplicates);
  }

  // The next run resumes where the killed one stopped.
  auto resumed = MustRun(run_b);
  ASSERT_TRUE(resumed);
  simdjson::dom::parser parser;
  simdjson::dom::element report;
  ASSERT_EQ(parser.parse(resumed->out).get(report), simdjson::SUCCESS) << resumed->out;
  bool was_resumed = false;
  std::int64_t run_id = 0;
  std::uint64_t screened = 0;
  ASSERT_EQ(report["resumed"].get(was_resumed), simdjson::SUCCESS) << resumed->out;
  ASSERT_EQ(report["run_id"].get(run_id), simdjson::SUCCESS) << resumed->out;
  ASSERT_EQ(report["customers_screened"].get(screened), simdjson::SUCCESS) << resumed->out;
  EXPECT_TRUE(was_resumed) << resumed->out;
  EXPECT_EQ(run_id, 1) << "the killed run is the one finished";
  EXPECT_GT(screened, 0u) << resumed->out;
  EXPECT_LT(screened, customers.count) << "a resumed run screens only the rest:" << resumed->out;

  duplicates.clear();
  const std::map<Pair, AlertRow> resumed_alerts = ByPair(ListAlerts(db_b), &duplicates);
  EXPECT_TRUE(duplicates.empty()) << "pairs alerted twice:" << Join(duplicates);
  std::vector<std::string> lost;
  std::vector<std::string> extra;
  for (const auto& [pair, alert] : reference) {
    auto found = resumed_alerts.find(pair);
    if (found == resumed_alerts.end()) {
      lost.push_back(pair.first + " x " + pair.second);
    } else {
      EXPECT_DOUBLE_EQ(found->second.score, alert.score) << pair.first << " x " << pair.second;
    }
  }
  for (const auto& [pair, alert] : resumed_alerts) {
    if (!reference.contains(pair)) extra.push_back(pair.first + " x " + pair.second);
  }
  EXPECT_TRUE(lost.empty()) << lost.size()
                            << " alerts of the reference run are missing:" << Join(lost);
  EXPECT_TRUE(extra.empty()) << extra.size()
                             << " alerts the reference run did not raise:" << Join(extra);
  EXPECT_EQ(resumed_alerts.size(), reference.size());
  auto final_info = QueryDbInfo(db_b);
  ASSERT_TRUE(final_info);
  EXPECT_EQ(final_info->runs, 1);
  EXPECT_EQ(final_info->customers, static_cast<std::int64_t>(customers.count));
  ExpectAuditIntact(db_b);
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreCommandKillTest, ::testing::Values("sqlite", "postgres"));

TEST(StoreCommandTest, DecisionsSurviveAKilledRescreen) {
  TempDir dir("kill_rescreen");
  const std::string list = dir / "list.csv";
  const std::string people = dir / "people.csv";
  const std::string customers_csv = dir / "customers.csv";
  const std::string db = dir / "store.db";
  ASSERT_TRUE(MustRun({"synth", "--entities", "3000", "--seed", "3", "-o", list}));
  ASSERT_TRUE(MustRun({"synth", "--entities", "8000", "--seed", "99", "-o", people}));
  const Customers customers = WriteCustomers(customers_csv, NamesOf(people), NamesOf(list), 100);
  ASSERT_TRUE(MustRun({"db", "init", "--db", db}));
  ASSERT_TRUE(MustRun({"customers", "import", customers_csv, "--db", db}));
  ASSERT_TRUE(MustRun({"run", "--db", db, "--list", list, "--json"}));

  // An analyst clears the first alert on a customer named exactly like a listed entity.
  const std::vector<AlertRow> before = ListAlerts(db);
  const AlertRow* decided = nullptr;
  for (const AlertRow& alert : before) {
    if (alert.customer_id == customers.planted.at(0)) {
      decided = &alert;
      break;
    }
  }
  ASSERT_NE(decided, nullptr) << "no alert on " << customers.planted.at(0);
  const AlertRow cleared = *decided;
  const std::string cleared_id = std::to_string(cleared.id);
  ASSERT_TRUE(MustRun({"alerts", "decide", cleared_id, "--decision", "false_positive", "--by",
                       "alice", "--reason", "different person, other birth date", "--db", db}));

  // A new list names the cleared customer and 1,500 others exactly.
  constexpr std::size_t kExtraEntities = 1500;
  std::map<std::string, std::string> listed_customers;  // customer id -> new entity id
  std::string extra_text = "id,name,schema\n";
  std::string cleared_name;
  {
    auto shown = MustRun({"alerts", "show", cleared_id, "--db", db, "--json"});
    ASSERT_TRUE(shown);
    simdjson::dom::parser parser;
    simdjson::dom::element root;
    std::string_view name;
    ASSERT_EQ(parser.parse(shown->out).get(root), simdjson::SUCCESS) << shown->out;
    ASSERT_EQ(root["customer"]["name"].get(name), simdjson::SUCCESS) << shown->out;
    cleared_name = std::string(name);
  }
  extra_text += "x0," + CsvQuote(cleared_name) + ",Person\n";
  listed_customers[cleared.customer_id] = "extra:x0";
  for (std::size_t i = 1; i <= kExtraEntities; ++i) {
    const auto& [id, name] = customers.plain.at(i * 5);
    const std::string entity = "x" + std::to_string(i);
    extra_text += entity + "," + CsvQuote(name) + ",\n";
    listed_customers[id] = "extra:" + entity;
  }
  const std::string extra = dir / "extra.csv";
  WriteFile(extra, extra_text);

  // A rescreen with the new list, killed as soon as it has stored some of its alerts.
  const std::vector<std::string> rescreen = {"rescreen", "--db",      db,    "--list",
                                             list,       "--list",    extra, "--chunk",
                                             "1",        "--threads", "1",   "--json"};
  const auto start = Clock::now();
  const pid_t pid = Spawn(rescreen, dir / "killed.out", dir / "killed.err");
  ASSERT_GT(pid, 0);
  int status = 0;
  bool exited = false;
  while (SecondsSince(start) < 60) {
    if (Exited(pid, &status)) {
      exited = true;
      break;
    }
    if (auto info = QueryDbInfo(db);
        info && info->alerts > static_cast<std::int64_t>(before.size())) {
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  const bool killed = !exited && KillNine(pid);
  if (killed) {
    auto info = QueryDbInfo(db);
    std::cout << "[ note     ] rescreen killed after " << SecondsSince(start) << " s with "
              << (info ? info->alerts - static_cast<std::int64_t>(before.size()) : -1)
              << " new alerts stored\n";
  } else {
    std::cout << "[ note     ] the rescreen finished before the kill after " << SecondsSince(start)
              << " s; the test goes on without the crash\n";
  }
  ExpectAuditIntact(db);

  // The next rescreen does the work again (or finds nothing left to do).
  auto again = MustRun(rescreen);
  ASSERT_TRUE(again);
  simdjson::dom::parser parser;
  simdjson::dom::element report;
  ASSERT_EQ(parser.parse(again->out).get(report), simdjson::SUCCESS) << again->out;
  std::uint64_t added = 0;
  ASSERT_EQ(report["entities_added"].get(added), simdjson::SUCCESS) << again->out;
  if (killed) {
    EXPECT_EQ(added, kExtraEntities + 1)
        << "the killed rescreen must not have recorded the new list: " << again->out;
  }

  // The decision holds: the alert is still cleared, with its one decision.
  auto shown = MustRun({"alerts", "show", cleared_id, "--db", db, "--json"});
  ASSERT_TRUE(shown);
  simdjson::dom::element detail;
  ASSERT_EQ(parser.parse(shown->out).get(detail), simdjson::SUCCESS) << shown->out;
  std::string_view alert_status;
  ASSERT_EQ(detail["alert"]["status"].get(alert_status), simdjson::SUCCESS) << shown->out;
  EXPECT_EQ(alert_status, "false_positive") << shown->out;
  simdjson::dom::array decisions;
  ASSERT_EQ(detail["decisions"].get(decisions), simdjson::SUCCESS) << shown->out;
  ASSERT_EQ(decisions.size(), 1u) << shown->out;
  std::string_view decision;
  std::string_view by;
  std::string_view reason;
  ASSERT_EQ(decisions.at(0)["decision"].get(decision), simdjson::SUCCESS);
  ASSERT_EQ(decisions.at(0)["by"].get(by), simdjson::SUCCESS);
  ASSERT_EQ(decisions.at(0)["reason"].get(reason), simdjson::SUCCESS);
  EXPECT_EQ(decision, "false_positive");
  EXPECT_EQ(by, "alice");
  EXPECT_EQ(reason, "different person, other birth date");

  // No pair twice; every old alert is still there; each newly listed customer is alerted.
  std::vector<std::string> duplicates;
  const std::map<Pair, AlertRow> after = ByPair(ListAlerts(db), &duplicates);
  EXPECT_TRUE(duplicates.empty()) << "pairs alerted twice:" << Join(duplicates);
  for (const AlertRow& alert : before) {
    auto found = after.find(Pair(alert.customer_id, alert.entity_id));
    ASSERT_NE(found, after.end()) << "alert " << alert.id << " is gone";
    EXPECT_EQ(found->second.id, alert.id);
  }
  EXPECT_EQ(after.at(Pair(cleared.customer_id, cleared.entity_id)).status, "false_positive");
  for (const auto& [customer, entity] : listed_customers) {
    auto found = after.find(Pair(customer, entity));
    ASSERT_NE(found, after.end()) << customer << " is named like " << entity << " but not alerted";
    EXPECT_EQ(found->second.status, "open");
  }
  ExpectAuditIntact(db);
}

TEST(StoreCommandTest, BadInputIsRefusedAndChangesNothing) {
  TempDir dir("bad_input");
  const std::string db = dir / "store.db";
  const std::string list = dir / "list.csv";
  const std::string good = dir / "good.csv";
  WriteFile(list, "id,name,schema\nttp,Tehrik-e Taliban Pakistan,Organization\n");
  WriteFile(good, "id,name\ng1,Tehrik-e Taliban Pakistan\ng2,Jane Doe\n");
  ASSERT_TRUE(MustRun({"db", "init", "--db", db}));
  ASSERT_TRUE(MustRun({"customers", "import", good, "--db", db}));
  ASSERT_TRUE(MustRun({"run", "--db", db, "--list", list}));
  const std::vector<AlertRow> alerts = ListAlerts(db);
  ASSERT_EQ(alerts.size(), 1u);
  const std::string alert_id = std::to_string(alerts[0].id);
  const auto before = QueryDbInfo(db);
  ASSERT_TRUE(before);
  ASSERT_EQ(before->customers, 2);

  auto refused = [](const std::vector<std::string>& args, const std::string& says) {
    CommandResult result = Cordon(args);
    EXPECT_EQ(result.exit_code, 2) << Describe(args, result);
    EXPECT_NE(result.err.find(says), std::string::npos) << "expected '" << says << "' in stderr\n"
                                                        << Describe(args, result);
  };

  // A bad birth date on line 3: the import is refused whole, naming the line.
  const std::string bad = dir / "bad.csv";
  WriteFile(bad, "id,name,birth_date\nb1,Someone,1960\nb2,Other,not-a-date\nb3,Third,1970\n");
  refused({"customers", "import", bad, "--db", db}, "bad.csv:3:");
  refused({"customers", "import", bad, "--db", db, "--json"}, ":3:");

  // Decisions on an alert that does not exist, or that are not decisions.
  refused({"alerts", "decide", "987654", "--decision", "false_positive", "--by", "alice",
           "--reason", "r", "--db", db},
          "987654");
  refused({"alerts", "decide", alert_id, "--decision", "maybe", "--by", "alice", "--reason", "r",
           "--db", db},
          "maybe");
  refused({"alerts", "list", "--customer", "nobody", "--db", db}, "nobody");
  refused({"alerts", "show", "987654", "--db", db}, "987654");

  const auto after = QueryDbInfo(db);
  ASSERT_TRUE(after);
  EXPECT_EQ(after->customers, before->customers);
  EXPECT_EQ(after->alerts, before->alerts);
  EXPECT_EQ(after->audit_entries, before->audit_entries) << "a refused command left audit entries";
  const std::vector<AlertRow> alerts_after = ListAlerts(db);
  ASSERT_EQ(alerts_after.size(), 1u);
  EXPECT_EQ(alerts_after[0].status, "open");

  // A text file given as the store is refused and left as it was.
  const std::string notes = dir / "notes.txt";
  const std::string notes_text = "Meeting notes\nnot a database, keep me\n";
  WriteFile(notes, notes_text);
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"db", "info", "--db", notes},
                                             {"db", "init", "--db", notes},
                                             {"customers", "import", good, "--db", notes},
                                             {"run", "--db", notes, "--list", list},
                                             {"alerts", "list", "--db", notes},
                                             {"audit", "verify", "--db", notes}}) {
    CommandResult result = Cordon(args);
    EXPECT_EQ(result.exit_code, 2) << Describe(args, result);
    EXPECT_EQ(ReadFile(notes), notes_text) << Describe(args, result);
  }
  for (const auto& entry : fs::directory_iterator(dir.path())) {
    const std::string name = entry.path().filename().string();
    EXPECT_FALSE(name.starts_with("notes.txt") && name != "notes.txt")
        << name << " was left beside the text file";
  }

  // A store that was never created: every command says how to create it, and creates nothing.
  const std::string missing = dir / "missing.db";
  for (const std::vector<std::string>& args :
       std::vector<std::vector<std::string>>{{"db", "info", "--db", missing},
                                             {"customers", "import", good, "--db", missing},
                                             {"run", "--db", missing, "--list", list},
                                             {"rescreen", "--db", missing, "--list", list},
                                             {"alerts", "list", "--db", missing},
                                             {"alerts", "show", "1", "--db", missing},
                                             {"alerts", "decide", "1", "--decision", "escalate",
                                              "--by", "a", "--reason", "r", "--db", missing},
                                             {"audit", "verify", "--db", missing}}) {
    refused(args, "cordon db init");
    EXPECT_FALSE(fs::exists(missing)) << Describe(args, {});
  }
}

TEST(StoreCommandTest, AuditVerifyDetectsEditedEntry) {
  if (std::system("command -v sqlite3 >/dev/null 2>&1") != 0) {
    GTEST_SKIP() << "the sqlite3 command-line tool is not on PATH; it is needed to edit the log";
  }
  TempDir dir("audit_edit");
  const std::string db = dir / "store.db";
  const std::string list = dir / "list.csv";
  const std::string customers = dir / "customers.csv";
  WriteFile(list, "id,name,schema\nttp,Tehrik-e Taliban Pakistan,Organization\n");
  std::string text = "id,name\n";
  for (int i = 0; i < 10; ++i)
    text += "k" + std::to_string(i) + ",Customer Number " + std::to_string(i) + "\n";
  text += "k10,Tehrik-e Taliban Pakistan\n";
  WriteFile(customers, text);
  ASSERT_TRUE(MustRun({"db", "init", "--db", db}));
  ASSERT_TRUE(MustRun({"customers", "import", customers, "--db", db}));
  ASSERT_TRUE(MustRun({"run", "--db", db, "--list", list}));
  ExpectAuditIntact(db);

  const std::string edit =
      "sqlite3 " + testing::ShellQuote(db) + " \"UPDATE audit_log SET detail='{}' WHERE seq=5\"";
  ASSERT_EQ(std::system(edit.c_str()), 0) << edit;

  const std::vector<std::string> verify = {"audit", "verify", "--db", db};
  CommandResult result = Cordon(verify);
  EXPECT_EQ(result.exit_code, 1) << Describe(verify, result);
  EXPECT_NE(result.out.find("entry 5 "), std::string::npos) << Describe(verify, result);

  std::vector<std::string> verify_json = verify;
  verify_json.push_back("--json");
  result = Cordon(verify_json);
  EXPECT_EQ(result.exit_code, 1) << Describe(verify_json, result);
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(result.out).get(root), simdjson::SUCCESS) << result.out;
  bool ok = true;
  std::int64_t first_bad = 0;
  ASSERT_EQ(root["ok"].get(ok), simdjson::SUCCESS) << result.out;
  ASSERT_EQ(root["first_bad_seq"].get(first_bad), simdjson::SUCCESS) << result.out;
  EXPECT_FALSE(ok);
  EXPECT_EQ(first_bad, 5) << result.out;
}

}  // namespace
}  // namespace cordon
