// `cordon screen` and `cordon compare`.
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <sstream>

#include "cordon/batch.h"
#include "cordon/screen.h"

#include "cli/commands.h"
#include "cli/output.h"

namespace cordon::cli {
namespace {

struct ScreenArgs {
  ListOptions lists;
  double threshold = kDefaultThreshold;
  std::size_t limit = 10;
  std::string schema;
  std::string birth_date;
  std::string country;
  std::string id_number;
  std::string input;
  std::string output;
  std::string name;
  unsigned threads = 0;
  bool stats = false;
  bool no_progress = false;
};

Result<std::string> ReadWhole(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// One JSON object on one line of stderr, for scripts and benchmarks.
void PrintStats(const Screener& screener, const BatchStats& stats) {
  const ScreenerInfo& info = screener.info();
  std::ostringstream json;
  json << std::fixed << std::setprecision(1) << "{\"entities\": " << info.entities
       << ", \"names\": " << info.names << ", \"index_source\": " << JsonString(info.source)
       << ", \"" << (info.mapped ? "index_load_ms" : "index_build_ms") << "\": " << info.ready_ms
       << ", \"index_bytes\": " << info.bytes;
  if (info.mapped) json << ", \"index_huge_page_bytes\": " << screener.HugePageBytes();
  json << ", \"peak_rss_kb\": " << PeakRssKb() << ", \"threads\": " << stats.threads
       << ", \"queries\": " << stats.records
       << ", \"queries_with_hits\": " << stats.records_with_hits
       << ", \"seconds\": " << std::setprecision(3) << stats.seconds << std::setprecision(1)
       << ", \"queries_per_second\": " << stats.queries_per_second
       << ", \"latency_us\": {\"p50\": " << stats.latency_p50_us
       << ", \"p95\": " << stats.latency_p95_us << ", \"p99\": " << stats.latency_p99_us << "}}\n";
  std::cerr << json.str();
}

Result<std::optional<Schema>> SchemaOption(const std::string& text) {
  if (text.empty()) return std::optional<Schema>();
  auto schema = ParseSchema(text);
  if (!schema) return Status::InvalidArgument("--schema: unknown schema '" + text + "'");
  return std::optional<Schema>(schema);
}

void PrintHits(const Query& query, const std::vector<Hit>& hits, double threshold) {
  std::cout << "Screening '" << query.name << "'";
  std::cout << " (threshold " << std::fixed << std::setprecision(2) << threshold << "): ";
  std::cout << hits.size() << (hits.size() == 1 ? " hit\n" : " hits\n");
  if (hits.empty()) return;
  TextTable table({false, true, false, false, false, false});
  table.AddRow({"#", "score", "entity", "schema", "matched name", "caption"});
  for (std::size_t pos = 0; pos < hits.size(); ++pos) {
    const Hit& hit = hits[pos];
    std::ostringstream score;
    score << std::fixed << std::setprecision(3) << hit.score;
    table.AddRow({std::to_string(pos + 1), score.str() + (hit.match ? " *" : ""), hit.entity_id,
                  std::string(SchemaName(hit.schema)), hit.matched_name, hit.caption});
  }
  table.Print(std::cout, 2);
  std::cout << "\n";
  for (std::size_t pos = 0; pos < hits.size(); ++pos) {
    std::cout << "  " << pos + 1 << ". " << hits[pos].entity_id << "\n";
    for (const Feature& feature : hits[pos].explanation) {
      std::cout << "     " << std::left << std::setw(11) << feature.feature << std::right
                << std::showpos << std::fixed << std::setprecision(3) << feature.score
                << std::noshowpos << "  " << feature.detail << "\n";
    }
  }
  std::cout << "  (* = at or above the threshold: an analyst should look)\n";
}

int RunScreen(const ScreenArgs& args) {
  auto schema = SchemaOption(args.schema);
  if (!schema) return Fail(schema.error());
  if (args.threshold < 0 || args.threshold > 1) {
    return Fail(Status::InvalidArgument("--threshold must lie in [0, 1]"));
  }
  if (args.input.empty() && args.name.empty()) {
    return Fail(Status::InvalidArgument("give a NAME to screen, or --input FILE"));
  }
  auto screener = LoadScreener(args.lists, true, args.threads);
  if (!screener) return Fail(screener.error());
  ScreenOptions options;
  options.threshold = args.threshold;
  options.limit = args.limit;

  if (!args.input.empty()) {
    std::ofstream file;
    auto out = OpenOutput(args.output, &file);
    if (!out) return Fail(out.error());
    BatchOptions batch;
    batch.threads = args.threads;
    ProgressBar bar;
    if (!args.no_progress && StderrIsTerminal()) {
      batch.progress = [&bar](const BatchProgress& progress) { bar.Update(progress); };
    }
    auto stats = ScreenBatchFile(**screener, args.input, options, **out, batch);
    bar.Finish();
    if (!stats) return Fail(stats.error());
    std::cerr << "cordon: screened " << stats->records << " records, " << stats->records_with_hits
              << " with hits\n";
    if (args.stats) PrintStats(**screener, *stats);
    return kExitOk;
  }
  Query query;
  query.name = args.name;
  query.schema = *schema;
  query.birth_date = args.birth_date;
  query.country = args.country;
  query.id_number = args.id_number;
  if (!query.birth_date.empty() && !ParsePartialDate(query.birth_date)) {
    return Fail(Status::InvalidArgument("--birth-date: not a date: '" + query.birth_date + "'"));
  }
  PrintHits(query, (*screener)->Screen(query, options), args.threshold);
  return kExitOk;
}

struct CompareArgs {
  std::string schema;
  std::string input;
  std::string output;
  double threshold = kDefaultThreshold;
  std::vector<std::string> names;
};

int RunCompareBatch(const CompareArgs& args) {
  auto data = ReadWhole(args.input);
  if (!data) return Fail(data.error());
  std::ofstream file;
  auto out = OpenOutput(args.output, &file);
  if (!out) return Fail(out.error());
  Status status = ReadComparePairs(*data, args.input, [&](const ComparePair& pair) {
    Comparison result = Compare(pair.first, pair.second, args.threshold);
    std::ostringstream line;
    line << "{\"id\": " << JsonString(pair.id) << ", \"score\": " << std::fixed
         << std::setprecision(4) << result.score
         << ", \"match\": " << (result.match ? "true" : "false") << ", \"explanation\": [";
    for (std::size_t f = 0; f < result.explanation.size(); ++f) {
      const Feature& feature = result.explanation[f];
      if (f) line << ", ";
      line << "{\"feature\": " << JsonString(feature.feature) << ", \"score\": " << feature.score
           << ", \"detail\": " << JsonString(feature.detail) << "}";
    }
    line << "]}\n";
    **out << line.str();
    return Status::Ok();
  });
  if (!status.ok()) return Fail(status);
  return kExitOk;
}

int RunCompare(const CompareArgs& args) {
  if (!args.input.empty()) return RunCompareBatch(args);
  if (args.names.size() != 2) {
    return Fail(Status::InvalidArgument("give two names to compare, or --input pairs.csv"));
  }
  auto schema = SchemaOption(args.schema);
  if (!schema) return Fail(schema.error());
  Query a;
  a.name = args.names[0];
  a.schema = *schema;
  Query b = a;
  b.name = args.names[1];
  Comparison result = Compare(a, b, args.threshold);
  std::cout << std::fixed << std::setprecision(3) << "score " << result.score
            << (result.match ? "  (match: at or above " : "  (no match: below ")
            << std::setprecision(2) << args.threshold << ")\n";
  for (const Feature& feature : result.explanation) {
    std::cout << "  " << feature.feature << ": " << feature.detail << "\n";
  }
  return kExitOk;
}

}  // namespace

void RegisterScreenCommands(CLI::App* app, Action* action) {
  auto args = std::make_shared<ScreenArgs>();
  CLI::App* screen = app->add_subcommand("screen", "Screen a name (or a batch file) against lists");
  AddListOptions(screen, &args->lists, false, true);
  screen->add_option("--threshold", args->threshold, "Report hits scoring at least this")
      ->capture_default_str();
  screen->add_option("--limit", args->limit, "At most this many hits per name")
      ->capture_default_str();
  screen->add_option("--schema", args->schema, "Person, Organization, Vessel, Aircraft, ...");
  screen->add_option("--birth-date", args->birth_date, "Birth date: 1962, 1962-03, 1962-03-14");
  screen->add_option("--country", args->country, "Country or nationality (name or ISO code)");
  screen->add_option("--id-number", args->id_number, "Passport, national id, IMO, BIC, ...");
  screen->add_option("-i,--input", args->input,
                     "Batch: CSV (header id,name[,schema,birth_date,country,id_number]) or JSON "
                     "lines with the same keys");
  screen->add_option("-o,--output", args->output, "Batch output (JSON lines); default stdout");
  screen
      ->add_option("--threads", args->threads,
                   "Batch: screening threads (0 = all cores); also used to build the index")
      ->capture_default_str();
  screen->add_flag("--stats", args->stats,
                   "Batch: print one JSON object of figures to stderr (entities, names, index "
                   "ms, peak RSS, queries/s, latency percentiles)");
  screen->add_flag("--no-progress", args->no_progress, "Batch: no progress bar on a terminal");
  screen->add_option("name", args->name, "The name to screen");
  screen->callback([args, action]() { *action = [args]() { return RunScreen(*args); }; });

  auto cargs = std::make_shared<CompareArgs>();
  CLI::App* compare = app->add_subcommand("compare", "Score two names against each other");
  compare->add_option("--schema", cargs->schema, "Schema of both names");
  compare->add_option("--threshold", cargs->threshold, "Match threshold")->capture_default_str();
  compare->add_option("-i,--input", cargs->input,
                      "CSV of pairs: id,schema,name1,name2[,birth_date1,birth_date2,country1,"
                      "country2]");
  compare->add_option("-o,--output", cargs->output, "Output for --input (JSON lines)");
  compare->add_option("names", cargs->names, "NAME1 NAME2")->expected(0, 2);
  compare->callback([cargs, action]() { *action = [cargs]() { return RunCompare(*cargs); }; });
}

}  // namespace cordon::cli
