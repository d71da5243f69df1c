// `cordon synth`: a synthetic sanctions list in the Cordon CSV format (docs/formats.md), and
// `cordon synth queries`: a labelled query set (the TSV `cordon eval` reads) drawn from any list.
// The generators are the library's (cordon/synth.h); this file parses options, opens the output
// and prints the summary.
#include <chrono>
#include <cstdint>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "cordon/entity.h"
#include "cordon/ingest.h"
#include "cordon/synth.h"

#include "cli/commands.h"
#include "cli/output.h"

namespace cordon::cli {
namespace {

double SecondsSince(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// A failed write names the output.
Status WithOutputName(const Status& status, const std::string& output) {
  if (status.code() != StatusCode::kIoError) return status;
  return Status::IoError((output.empty() ? "stdout" : output) + ": " + status.message());
}

struct SynthArgs {
  std::int64_t entities = 0;
  bool entities_given = false;
  std::uint64_t seed = 1;
  std::string output;
  bool customers = false;
};

int RunSynth(const SynthArgs& args) {
  if (!args.entities_given) {
    return Fail(
        Status::InvalidArgument("synth: give --entities N, the number of entities to write"));
  }
  if (args.entities < 1) {
    return Fail(Status::InvalidArgument("synth: --entities must be at least 1"));
  }
  std::ofstream file;
  auto out = OpenOutput(args.output, &file);
  if (!out) return Fail(out.error());
  auto start = std::chrono::steady_clock::now();
  SynthOptions options;
  options.entities = static_cast<std::uint64_t>(args.entities);
  options.seed = args.seed;
  options.customers = args.customers;
  SynthSummary stats;
  Status status = WriteSyntheticList(options, **out, &stats);
  if (!status.ok()) return Fail(WithOutputName(status, args.output));
  std::ostringstream summary;
  summary << "cordon: synth: " << FormatCount(stats.entities) << " entities ("
          << FormatCount(stats.persons) << " persons, "
          << FormatCount(stats.entities - stats.persons) << " organisations), "
          << FormatCount(stats.names) << " names written to "
          << (args.output.empty() ? "stdout" : args.output) << " in " << std::fixed
          << std::setprecision(2) << SecondsSince(start) << " s (seed " << args.seed << ")\n";
  std::cerr << summary.str();
  return kExitOk;
}

struct QueryArgs {
  ListOptions lists;
  std::int64_t count = 0;
  bool count_given = false;
  std::uint64_t seed = 1;
  double negatives = 0.1;
  std::string output;
};

int RunQueries(const QueryArgs& args) {
  if (!args.count_given) {
    return Fail(Status::InvalidArgument("synth queries: give --count N, the number of queries"));
  }
  if (args.count < 1) {
    return Fail(Status::InvalidArgument("synth queries: --count must be at least 1"));
  }
  if (!(args.negatives >= 0 && args.negatives <= 1)) {
    return Fail(Status::InvalidArgument("synth queries: --negatives must lie in [0, 1]"));
  }
  auto start = std::chrono::steady_clock::now();
  auto lists = LoadListOptions(args.lists, false);
  if (!lists) return Fail(lists.error());
  std::vector<const Entity*> entities;
  for (const LoadedList& list : *lists) {
    for (const Entity& entity : list.entities) entities.push_back(&entity);
  }

  std::ofstream file;
  auto out = OpenOutput(args.output, &file);
  if (!out) return Fail(out.error());
  QueryGenOptions options;
  options.count = static_cast<std::uint64_t>(args.count);
  options.seed = args.seed;
  options.negatives = args.negatives;
  QueryGenSummary stats;
  Status status = WriteSyntheticQueries(entities, options, **out, &stats);
  if (!status.ok()) return Fail(WithOutputName(status, args.output));
  std::ostringstream summary;
  summary << "cordon: synth queries: " << FormatCount(stats.queries) << " queries from "
          << FormatCount(stats.source_entities) << " entities (";
  bool first = true;
  for (const auto& [family, count] : stats.by_family) {
    summary << (first ? "" : ", ") << family << " " << count;
    first = false;
  }
  summary << ") in " << std::fixed << std::setprecision(2) << SecondsSince(start) << " s (seed "
          << args.seed << ")\n";
  std::cerr << summary.str();
  return kExitOk;
}

}  // namespace

void RegisterSynthCommand(CLI::App* app, Action* action) {
  auto args = std::make_shared<SynthArgs>();
  CLI::App* synth = app->add_subcommand("synth",
                                        "Write a synthetic list (Cordon CSV); `synth queries` "
                                        "draws a labelled query set from a list");
  CLI::Option* entities =
      synth->add_option("-n,--entities", args->entities, "Number of entities to write");
  synth->add_option("--seed", args->seed, "Random seed; the same seed gives the same list")
      ->capture_default_str();
  synth->add_option("-o,--output", args->output, "Output file (Cordon CSV); default stdout");
  synth->add_flag("--customers", args->customers,
                  "Write a customer file for `cordon customers import` instead (id, name, "
                  "schema, birth_date, country)");

  auto qargs = std::make_shared<QueryArgs>();
  CLI::App* queries = synth->add_subcommand(
      "queries", "Write a labelled query set (TSV: qid, query, expected_entity_id, family)");
  AddListOptions(queries, &qargs->lists, true);
  CLI::Option* count =
      queries->add_option("-n,--count", qargs->count, "Number of queries to write");
  queries->add_option("--seed", qargs->seed, "Random seed; the same seed gives the same queries")
      ->capture_default_str();
  queries
      ->add_option("--negatives", qargs->negatives,
                   "Fraction of negative queries (recombined names that are not listed)")
      ->capture_default_str();
  queries->add_option("-o,--output", qargs->output, "Output file (TSV); default stdout");
  queries->callback([qargs, count, action] {
    qargs->count_given = count->count() > 0;
    *action = [qargs] { return RunQueries(*qargs); };
  });

  synth->callback([synth, queries, args, entities, action] {
    if (synth->got_subcommand(queries)) return;
    args->entities_given = entities->count() > 0;
    *action = [args] { return RunSynth(*args); };
  });
}

}  // namespace cordon::cli
