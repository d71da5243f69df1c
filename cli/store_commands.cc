// The store's commands: `cordon db init|info`, `cordon customers import|show`, `cordon run`,
// `cordon rescreen`, `cordon alerts list|show|decide`, `cordon audit verify|log`. Every one takes
// --db URL (default: $CORDON_DB, else ./cordon.db).
#include <cstdio>
#include <iostream>
#include <unistd.h>

#include "cordon/store.h"

#include "cli/commands.h"
#include "cli/output.h"

namespace cordon::cli {
namespace {

struct DbArgs {
  std::string url;
  std::string actor;
  bool json = false;
};

void AddDbOptions(CLI::App* command, DbArgs* args, bool with_json = true) {
  command->add_option("--db", args->url,
                      "Store: a SQLite file (sqlite:PATH) or postgresql://... URL "
                      "(default: $CORDON_DB, else cordon.db)");
  command->add_option("--actor", args->actor,
                      "Who acts, for the audit log (default: $CORDON_USER, else $USER)");
  if (with_json) command->add_flag("--json", args->json, "JSON output");
}

Result<std::unique_ptr<Store>> OpenStore(const DbArgs& args, bool create = false) {
  StoreOpenOptions options;
  options.create = create;
  options.actor = args.actor;
  return Store::Open(args.url.empty() ? DefaultStoreUrl() : args.url, options);
}

std::string Score(double score) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%.3f", score);
  return buffer;
}

// ---- db ----

int RunDbInit(const DbArgs& args) {
  auto store = OpenStore(args, true);
  if (!store) return Fail(store.error());
  auto info = (*store)->Info();
  if (!info) return Fail(info.error());
  if (info->migrated_from == 0) {
    std::cout << "Created " << info->location << " (schema version " << info->schema_version
              << ")\n";
  } else if (info->migrated_from < info->schema_version) {
    std::cout << "Migrated " << info->location << " from schema version " << info->migrated_from
              << " to " << info->schema_version << "\n";
  } else {
    std::cout << info->location << " is up to date (schema version " << info->schema_version
              << ")\n";
  }
  return kExitOk;
}

int RunDbInfo(const DbArgs& args) {
  auto store = OpenStore(args);
  if (!store) return Fail(store.error());
  auto info = (*store)->Info();
  if (!info) return Fail(info.error());
  if (args.json) {
    JsonWriter json(std::cout);
    json.BeginObject();
    json.Key("location").String(info->location);
    json.Key("database_id").String(info->database_id);
    json.Key("schema_version").Int(info->schema_version);
    json.Key("customers").Int(info->customers);
    json.Key("alerts").Int(info->alerts);
    json.Key("open_alerts").Int(info->open_alerts);
    json.Key("runs").Int(info->runs);
    json.Key("audit_entries").Int(info->audit_entries);
    json.EndObject();
    return kExitOk;
  }
  TextTable table;
  table.AddRow({"location", info->location});
  table.AddRow({"database id", info->database_id});
  table.AddRow({"schema version", std::to_string(info->schema_version)});
  table.AddRow({"customers", FormatCount(info->customers)});
  table.AddRow({"alerts", FormatCount(info->alerts)});
  table.AddRow({"open alerts", FormatCount(info->open_alerts)});
  table.AddRow({"runs", FormatCount(info->runs)});
  table.AddRow({"audit entries", FormatCount(info->audit_entries)});
  table.Print(std::cout);
  return kExitOk;
}

// ---- customers ----

int RunCustomersImport(const DbArgs& args, const std::string& path) {
  auto store = OpenStore(args);
  if (!store) return Fail(store.error());
  auto report = (*store)->ImportCustomersFile(path);
  if (!report) return Fail(report.error());
  if (args.json) {
    JsonWriter json(std::cout);
    json.BeginObject();
    json.Key("records").Uint(report->records);
    json.Key("created").Uint(report->created);
    json.Key("updated").Uint(report->updated);
    json.Key("unchanged").Uint(report->unchanged);
    json.Key("seconds").Double(report->seconds);
    json.EndObject();
  } else {
    std::cout << "Imported " << FormatCount(report->records) << " customers from " << path << ": "
              << FormatCount(report->created) << " new, " << FormatCount(report->updated)
              << " updated, " << FormatCount(report->unchanged) << " unchanged ("
              << Score(report->seconds) << " s)\n";
  }
  return kExitOk;
}

void WriteCustomer(JsonWriter& json, const CustomerRecord& c) {
  json.BeginObject();
  json.Key("id").String(c.id);
  json.Key("name").String(c.name);
  json.Key("schema").String(c.schema);
  json.Key("birth_date").String(c.birth_date);
  json.Key("country").String(c.country);
  json.Key("id_number").String(c.id_number);
  json.Key("version").Int(c.version);
  json.Key("updated_at").String(c.updated_at);
  json.EndObject();
}

int RunCustomersShow(const DbArgs& args, const std::string& id) {
  auto store = OpenStore(args);
  if (!store) return Fail(store.error());
  auto customer = (*store)->GetCustomer(id);
  if (!customer) return Fail(customer.error());
  if (args.json) {
    JsonWriter json(std::cout);
    WriteCustomer(json, *customer);
    return kExitOk;
  }
  TextTable table;
  table.AddRow({"id", customer->id});
  table.AddRow({"name", customer->name});
  if (!customer->schema.empty()) table.AddRow({"schema", customer->schema});
  if (!customer->birth_date.empty()) table.AddRow({"birth date", customer->birth_date});
  if (!customer->country.empty()) table.AddRow({"country", customer->country});
  if (!customer->id_number.empty()) table.AddRow({"id number", customer->id_number});
  table.AddRow({"version", std::to_string(customer->version)});
  table.AddRow({"updated", customer->updated_at});
  table.Print(std::cout);
  return kExitOk;
}

// ---- run / rescreen ----

struct RunArgs {
  DbArgs db;
  ListOptions lists;
  double threshold = kDefaultThreshold;
  std::size_t limit = 10;
  std::size_t candidates = 50;
  unsigned threads = 0;
  std::size_t chunk = 4096;
  std::string customer_index;
  bool no_progress = false;
};

void AddRunOptions(CLI::App* command, RunArgs* args) {
  AddDbOptions(command, &args->db);
  AddListOptions(command, &args->lists, false, true);
  command->add_option("--threshold", args->threshold, "Alert at this score or above")
      ->capture_default_str();
  command->add_option("--limit", args->limit, "At most this many alerts per customer and run")
      ->capture_default_str();
  command->add_option("--candidates", args->candidates, "Names scored per customer")
      ->capture_default_str();
  command->add_option("--threads", args->threads, "Screening threads (0 = all cores)")
      ->capture_default_str();
  command->add_option("--chunk", args->chunk, "Customers screened and committed together")
      ->capture_default_str();
  command->add_option("--customer-index", args->customer_index,
                      "Customer index file kept for rescreens (default: beside a SQLite store)");
  command->add_flag("--no-progress", args->no_progress, "No progress line on a terminal");
}

void PrintReport(const RunReport& report, bool json_output) {
  if (json_output) {
    JsonWriter json(std::cout);
    json.BeginObject();
    json.Key("run_id").Int(report.run_id);
    json.Key("kind").String(report.kind);
    json.Key("resumed").Bool(report.resumed);
    json.Key("customers_screened").Uint(report.customers_screened);
    json.Key("alerts_new").Uint(report.alerts_new);
    json.Key("alerts_superseded").Uint(report.alerts_superseded);
    if (report.kind == "rescreen") {
      json.Key("entities_added").Uint(report.entities_added);
      json.Key("entities_changed").Uint(report.entities_changed);
      json.Key("entities_removed").Uint(report.entities_removed);
      json.Key("customers_changed").Uint(report.customers_changed);
      json.Key("candidate_customers").Uint(report.candidate_customers);
      json.Key("near_misses_checked").Uint(report.near_misses_checked);
      json.Key("search_seconds").Double(report.search_seconds);
    }
    json.Key("seconds").Double(report.seconds);
    json.Key("customer_index_built").Bool(report.customer_index_built);
    json.Key("customer_index_seconds").Double(report.customer_index_seconds);
    json.Key("lists").BeginArray();
    for (const ListVersionInfo& list : report.lists) {
      json.BeginObject();
      json.Key("list_version").Int(list.id);
      json.Key("dataset").String(list.dataset);
      json.Key("content_hash").String(list.content_hash);
      json.Key("published").String(list.published);
      json.Key("entities").Int(list.entities);
      json.EndObject();
    }
    json.EndArray();
    json.EndObject();
    return;
  }
  std::cout << (report.kind == "run" ? "Run " : "Rescreen ") << report.run_id
            << (report.resumed ? " (resumed)" : "") << ": "
            << FormatCount(report.customers_screened) << " customers screened, "
            << FormatCount(report.alerts_new) << " new alerts";
  if (report.alerts_superseded > 0) {
    std::cout << " (" << FormatCount(report.alerts_superseded) << " superseded)";
  }
  std::cout << " in " << Score(report.seconds) << " s\n";
  if (report.kind == "rescreen") {
    std::cout << "  list delta: " << report.entities_added << " added, " << report.entities_changed
              << " changed, " << report.entities_removed << " removed; "
              << FormatCount(report.candidate_customers)
              << " customers found by the changed entities, "
              << FormatCount(report.customers_changed) << " changed customers\n";
  }
  if (report.customer_index_built) {
    std::cout << "  customer index built in " << Score(report.customer_index_seconds) << " s\n";
  }
  for (const ListVersionInfo& list : report.lists) {
    std::cout << "  " << list.dataset << ": list version " << list.id << ", "
              << FormatCount(list.entities) << " entities"
              << (list.published.empty() ? "" : ", published " + list.published) << "\n";
  }
}

int RunScreening(const RunArgs& args, bool rescreen) {
  auto store = OpenStore(args.db);
  if (!store) return Fail(store.error());
  auto lists = LoadScreener(args.lists, false, args.threads);
  if (!lists) return Fail(lists.error());
  RunOptions options;
  options.screen.threshold = args.threshold;
  options.screen.limit = args.limit;
  options.screen.candidates = args.candidates;
  options.threads = args.threads;
  options.chunk = args.chunk;
  options.customer_index = args.customer_index;
  if (!args.no_progress && !args.db.json && isatty(STDERR_FILENO)) {
    options.progress = [](const RunProgress& progress) {
      std::fprintf(stderr, "\r%zu / %zu customers (%.0f/s)   ", progress.done, progress.total,
                   progress.seconds > 0 ? progress.done / progress.seconds : 0.0);
      if (progress.done >= progress.total) std::fputc('\n', stderr);
    };
  }
  auto report = rescreen ? (*store)->Rescreen(**lists, options) : (*store)->Run(**lists, options);
  if (!report) return Fail(report.error());
  PrintReport(*report, args.db.json);
  return kExitOk;
}

// ---- alerts ----

struct AlertsListArgs {
  DbArgs db;
  std::string status;
  std::string dataset;
  std::string customer;
  std::optional<double> min_score;
  std::optional<double> max_score;
  std::int64_t run = 0;
  std::size_t limit = 0;
};

void WriteFeatures(JsonWriter& json, const std::vector<Feature>& features) {
  json.BeginArray();
  for (const Feature& feature : features) {
    json.BeginObject();
    json.Key("feature").String(feature.feature);
    json.Key("score").Double(feature.score);
    json.Key("detail").String(feature.detail);
    json.EndObject();
  }
  json.EndArray();
}

void WriteAlert(JsonWriter& json, const Alert& alert) {
  json.BeginObject();
  json.Key("id").Int(alert.id);
  json.Key("status").String(AlertStatusName(alert.status));
  json.Key("customer_id").String(alert.customer_id);
  json.Key("customer_name").String(alert.customer_name);
  json.Key("entity_id").String(alert.entity_id);
  json.Key("dataset").String(alert.dataset);
  json.Key("schema").String(alert.schema);
  json.Key("caption").String(alert.caption);
  json.Key("matched_name").String(alert.matched_name);
  json.Key("score").Double(alert.score);
  json.Key("reason").String(alert.reason);
  json.Key("run_id").Int(alert.run_id);
  json.Key("list_version").Int(alert.list_version_id);
  json.Key("customer_version").Int(alert.customer_version);
  json.Key("previous_alert_id").Int(alert.previous_alert_id);
  json.Key("created_at").String(alert.created_at);
  json.Key("explanation");
  WriteFeatures(json, alert.explanation);
  json.EndObject();
}

int RunAlertsList(const AlertsListArgs& args) {
  AlertFilter filter;
  if (!args.status.empty()) {
    filter.status = ParseAlertStatus(args.status);
    if (!filter.status) {
      return Fail(Status::InvalidArgument(
          "--status: '" + args.status +
          "' is not one of open, true_match, false_positive, escalated, superseded"));
    }
  }
  filter.dataset = args.dataset;
  filter.customer_id = args.customer;
  filter.min_score = args.min_score;
  filter.max_score = args.max_score;
  filter.run_id = args.run;
  filter.limit = args.limit;
  auto store = OpenStore(args.db);
  if (!store) return Fail(store.error());
  auto alerts = (*store)->Alerts(filter);
  if (!alerts) return Fail(alerts.error());
  if (args.db.json) {
    JsonWriter json(std::cout);
    json.BeginArray();
    for (const Alert& alert : *alerts) WriteAlert(json, alert);
    json.EndArray();
    return kExitOk;
  }
  if (alerts->empty()) {
    std::cout << "No alerts\n";
    return kExitOk;
  }
  TextTable table({true, false, false, false, true, false, false});
  table.AddRow({"id", "status", "customer", "name", "score", "entity", "listed name"});
  for (const Alert& alert : *alerts) {
    table.AddRow({std::to_string(alert.id), std::string(AlertStatusName(alert.status)),
                  alert.customer_id, alert.customer_name, Score(alert.score), alert.entity_id,
                  alert.matched_name});
  }
  table.Print(std::cout);
  return kExitOk;
}

int RunAlertsShow(const DbArgs& args, std::int64_t id) {
  auto store = OpenStore(args);
  if (!store) return Fail(store.error());
  auto detail = (*store)->GetAlert(id);
  if (!detail) return Fail(detail.error());
  const Alert& alert = detail->alert;
  if (args.json) {
    JsonWriter json(std::cout);
    json.BeginObject();
    json.Key("alert");
    WriteAlert(json, alert);
    json.Key("customer");
    WriteCustomer(json, detail->customer);
    json.Key("decisions").BeginArray();
    for (const DecisionRecord& decision : detail->decisions) {
      json.BeginObject();
      json.Key("id").Int(decision.id);
      json.Key("decision").String(DecisionName(decision.decision));
      json.Key("by").String(decision.by);
      json.Key("reason").String(decision.reason);
      json.Key("at").String(decision.at);
      json.EndObject();
    }
    json.EndArray();
    json.EndObject();
    return kExitOk;
  }
  std::cout << "Alert " << alert.id << " (" << AlertStatusName(alert.status) << "), score "
            << Score(alert.score) << "\n";
  TextTable table;
  table.AddRow({"customer", alert.customer_id + "  " + alert.customer_name + "  (version " +
                                std::to_string(alert.customer_version) + ")"});
  table.AddRow({"listed entity", alert.entity_id + "  " + alert.caption + "  [" + alert.schema +
                                     ", list version " + std::to_string(alert.list_version_id) +
                                     "]"});
  table.AddRow({"matched name", alert.matched_name});
  table.AddRow({"why new", alert.reason});
  table.AddRow({"raised", alert.created_at + " by run " + std::to_string(alert.run_id)});
  table.Print(std::cout, 2);
  std::cout << "  explanation:\n";
  for (const Feature& feature : alert.explanation) {
    std::cout << "    " << feature.feature << " " << Score(feature.score) << "  " << feature.detail
              << "\n";
  }
  if (!detail->decisions.empty()) std::cout << "  decisions:\n";
  for (const DecisionRecord& decision : detail->decisions) {
    std::cout << "    " << decision.at << "  " << DecisionName(decision.decision) << " by "
              << decision.by << ": " << decision.reason << "\n";
  }
  return kExitOk;
}

struct DecideArgs {
  DbArgs db;
  std::int64_t id = 0;
  std::string decision;
  std::string by;
  std::string reason;
};

int RunAlertsDecide(const DecideArgs& args) {
  std::optional<Decision> decision = ParseDecision(args.decision);
  if (!decision) {
    return Fail(Status::InvalidArgument("--decision: '" + args.decision +
                                        "' is not one of true_match, false_positive, escalate"));
  }
  auto store = OpenStore(args.db);
  if (!store) return Fail(store.error());
  auto record = (*store)->Decide(args.id, *decision, args.by, args.reason);
  if (!record) return Fail(record.error());
  std::cout << "Alert " << args.id << ": " << DecisionName(*decision) << " by " << record->by
            << " (decision " << record->id << ")\n";
  return kExitOk;
}

// ---- audit ----

int RunAuditVerify(const DbArgs& args, const std::string& head) {
  auto store = OpenStore(args);
  if (!store) return Fail(store.error());
  auto verification = (*store)->VerifyAudit();
  if (!verification) return Fail(verification.error());
  bool ok = verification->ok;
  std::string problem = verification->problem;
  if (ok && !head.empty()) {
    // The anchor "SEQ:HASH" (or just HASH for the head) must still be in the chain.
    const std::size_t colon = head.find(':');
    const std::int64_t seq = colon == std::string::npos ? verification->entries
                                                        : std::atoll(head.substr(0, colon).c_str());
    const std::string hash = colon == std::string::npos ? head : head.substr(colon + 1);
    auto entries = (*store)->AuditLog(seq, 1);
    if (!entries) return Fail(entries.error());
    if (entries->empty() || entries->front().seq != seq || entries->front().hash != hash) {
      ok = false;
      problem = "the anchored entry " + std::to_string(seq) +
                " is gone or differs: the log was cut short or rewritten";
    }
  }
  if (args.json) {
    JsonWriter json(std::cout);
    json.BeginObject();
    json.Key("ok").Bool(ok);
    json.Key("entries").Int(verification->entries);
    if (!ok) {
      json.Key("first_bad_seq").Int(verification->first_bad_seq);
      json.Key("problem").String(problem);
    } else {
      json.Key("head").String(std::to_string(verification->entries) + ":" +
                              verification->head_hash);
    }
    json.EndObject();
  } else if (ok) {
    std::cout << "Audit log intact: " << FormatCount(verification->entries) << " entries; head "
              << verification->entries << ":" << verification->head_hash << "\n";
  } else {
    std::cout << "Audit log ALTERED: " << problem << "\n";
  }
  return ok ? kExitOk : kExitFindings;
}

int RunAuditLog(const DbArgs& args, std::int64_t from, std::size_t limit) {
  auto store = OpenStore(args);
  if (!store) return Fail(store.error());
  auto entries = (*store)->AuditLog(from, limit);
  if (!entries) return Fail(entries.error());
  for (const AuditEntry& entry : *entries) {
    if (args.json) {
      std::cout << "{\"seq\": " << entry.seq << ", \"at\": " << JsonQuote(entry.at)
                << ", \"actor\": " << JsonQuote(entry.actor)
                << ", \"action\": " << JsonQuote(entry.action)
                << ", \"subject\": " << JsonQuote(entry.subject) << ", \"detail\": " << entry.detail
                << ", \"prev_hash\": " << JsonQuote(entry.prev_hash)
                << ", \"hash\": " << JsonQuote(entry.hash) << "}\n";
    } else {
      std::cout << entry.seq << "  " << entry.at << "  " << entry.actor << "  " << entry.action
                << "  " << entry.subject << "  " << entry.detail << "\n";
    }
  }
  return kExitOk;
}

}  // namespace

void RegisterStoreCommands(CLI::App* app, Action* action) {
  // db
  CLI::App* db = app->add_subcommand("db", "Create, migrate and inspect the store");
  db->require_subcommand(1);
  auto init_args = std::make_shared<DbArgs>();
  CLI::App* init = db->add_subcommand("init", "Create the store, or migrate it to this version");
  AddDbOptions(init, init_args.get(), false);
  init->callback(
      [init_args, action]() { *action = [init_args]() { return RunDbInit(*init_args); }; });
  auto info_args = std::make_shared<DbArgs>();
  CLI::App* info = db->add_subcommand("info", "What the store holds");
  AddDbOptions(info, info_args.get());
  info->callback(
      [info_args, action]() { *action = [info_args]() { return RunDbInfo(*info_args); }; });

  // customers
  CLI::App* customers = app->add_subcommand("customers", "The screened customer base");
  customers->require_subcommand(1);
  auto import_args = std::make_shared<DbArgs>();
  auto import_path = std::make_shared<std::string>();
  CLI::App* import_command = customers->add_subcommand(
      "import",
      "Add or update customers from CSV or JSON lines (id, name, schema, birth_date, "
      "country, id_number)");
  AddDbOptions(import_command, import_args.get());
  import_command->add_option("FILE", *import_path, "Customer file")->required();
  import_command->callback([import_args, import_path, action]() {
    *action = [import_args, import_path]() {
      return RunCustomersImport(*import_args, *import_path);
    };
  });
  auto show_args = std::make_shared<DbArgs>();
  auto show_id = std::make_shared<std::string>();
  CLI::App* show = customers->add_subcommand("show", "One customer as stored");
  AddDbOptions(show, show_args.get());
  show->add_option("ID", *show_id, "Customer id")->required();
  show->callback([show_args, show_id, action]() {
    *action = [show_args, show_id]() { return RunCustomersShow(*show_args, *show_id); };
  });

  // run, rescreen
  auto run_args = std::make_shared<RunArgs>();
  CLI::App* run = app->add_subcommand(
      "run",
      "Screen every customer against the lists and store the alerts (resumes an "
      "interrupted run)");
  AddRunOptions(run, run_args.get());
  run->callback(
      [run_args, action]() { *action = [run_args]() { return RunScreening(*run_args, false); }; });
  auto rescreen_args = std::make_shared<RunArgs>();
  CLI::App* rescreen = app->add_subcommand(
      "rescreen",
      "Screen only what changed since the last run: new and changed listed entities "
      "against all customers, changed customers against all lists");
  AddRunOptions(rescreen, rescreen_args.get());
  rescreen->callback([rescreen_args, action]() {
    *action = [rescreen_args]() { return RunScreening(*rescreen_args, true); };
  });

  // alerts
  CLI::App* alerts = app->add_subcommand("alerts", "List, show and decide alerts");
  alerts->require_subcommand(1);
  auto list_args = std::make_shared<AlertsListArgs>();
  CLI::App* list = alerts->add_subcommand("list", "Alerts, oldest first");
  AddDbOptions(list, &list_args->db);
  list->add_option("--status", list_args->status,
                   "open, true_match, false_positive, escalated or superseded");
  list->add_option("--dataset", list_args->dataset, "Only alerts on this dataset");
  list->add_option("--customer", list_args->customer, "Only this customer's alerts");
  list->add_option("--min-score", list_args->min_score, "Only scores at or above");
  list->add_option("--max-score", list_args->max_score, "Only scores at or below");
  list->add_option("--run", list_args->run, "Only alerts raised by this run");
  list->add_option("--limit", list_args->limit, "At most this many (0 = all)");
  list->callback(
      [list_args, action]() { *action = [list_args]() { return RunAlertsList(*list_args); }; });
  auto alert_show_args = std::make_shared<DbArgs>();
  auto alert_id = std::make_shared<std::int64_t>(0);
  CLI::App* alert_show =
      alerts->add_subcommand("show", "One alert with its explanation and decisions");
  AddDbOptions(alert_show, alert_show_args.get());
  alert_show->add_option("ID", *alert_id, "Alert id")->required();
  alert_show->callback([alert_show_args, alert_id, action]() {
    *action = [alert_show_args, alert_id]() { return RunAlertsShow(*alert_show_args, *alert_id); };
  });
  auto decide_args = std::make_shared<DecideArgs>();
  CLI::App* decide = alerts->add_subcommand("decide", "Record an analyst's decision on an alert");
  AddDbOptions(decide, &decide_args->db, false);
  decide->add_option("ID", decide_args->id, "Alert id")->required();
  decide->add_option("--decision", decide_args->decision, "true_match, false_positive or escalate")
      ->required();
  decide->add_option("--by", decide_args->by, "The analyst deciding")->required();
  decide->add_option("--reason", decide_args->reason, "Why (kept in the audit log)")->required();
  decide->callback([decide_args, action]() {
    *action = [decide_args]() { return RunAlertsDecide(*decide_args); };
  });

  // audit
  CLI::App* audit = app->add_subcommand("audit", "The tamper-evident audit log");
  audit->require_subcommand(1);
  auto verify_args = std::make_shared<DbArgs>();
  auto head = std::make_shared<std::string>();
  CLI::App* verify = audit->add_subcommand(
      "verify", "Check the whole hash chain; exit 1 naming the first altered entry");
  AddDbOptions(verify, verify_args.get());
  verify->add_option("--head", *head,
                     "An anchor printed by an earlier verify (SEQ:HASH) that must still hold");
  verify->callback([verify_args, head, action]() {
    *action = [verify_args, head]() { return RunAuditVerify(*verify_args, *head); };
  });
  auto log_args = std::make_shared<DbArgs>();
  auto from = std::make_shared<std::int64_t>(1);
  auto limit = std::make_shared<std::size_t>(100);
  CLI::App* log = audit->add_subcommand("log", "Audit entries from a sequence number on");
  AddDbOptions(log, log_args.get());
  log->add_option("--from", *from, "First entry")->capture_default_str();
  log->add_option("--limit", *limit, "At most this many (0 = all)")->capture_default_str();
  log->callback([log_args, from, limit, action]() {
    *action = [log_args, from, limit]() { return RunAuditLog(*log_args, *from, *limit); };
  });
}

}  // namespace cordon::cli
