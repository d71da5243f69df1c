// `cordon index build` and `cordon index info`: write an index snapshot once, map it from every
// command afterwards (`--index FILE`).
#include <chrono>
#include <ctime>
#include <iomanip>
#include <iostream>
#include <sstream>
#include <string>
#include <string_view>

#include "cordon/screen.h"

#include "cli/commands.h"
#include "cli/output.h"

namespace cordon::cli {
namespace {

struct IndexBuildArgs {
  ListOptions lists;
  std::string output;
  unsigned threads = 0;
};

// The snapshot's counts, then how long it took to get it ready: `ready_label` "build ms" or
// "load ms".
void PrintInfo(const Screener& screener, std::string_view ready_label, double ready_ms) {
  const ScreenerInfo& info = screener.info();
  TextTable table({false, true});
  table.AddRow({"entities", FormatCount(info.entities)});
  table.AddRow({"names", FormatCount(info.names)});
  table.AddRow({"distinct tokens", FormatCount(info.tokens)});
  table.AddRow({"fuzzy keys", FormatCount(info.fuzzy_keys)});
  table.AddRow({"common-token pairs", FormatCount(info.token_pairs)});
  table.AddRow({"snapshot bytes", FormatCount(info.bytes)});
  if (info.mapped) table.AddRow({"in 2 MiB pages", FormatCount(screener.HugePageBytes())});
  if (info.names > 0) {
    table.AddRow({"bytes per name", FormatCount(info.bytes / info.names)});
  }
  table.AddRow({std::string(ready_label), FormatMillis(ready_ms)});
  table.Print(std::cout, 2);
}

int RunIndexBuild(const IndexBuildArgs& args) {
  if (args.output.empty()) return Fail(Status::InvalidArgument("give the snapshot path: -o FILE"));
  if (args.lists.lists.empty()) return Fail(Status::InvalidArgument("give the lists: --list FILE"));
  auto start = std::chrono::steady_clock::now();
  auto listed = LoadListedEntities(args.lists, false, args.threads);
  if (!listed) return Fail(listed.error());
  auto built = std::chrono::steady_clock::now();
  Status saved = Screener::WriteSnapshot(std::move(listed->entities), listed->options, args.output);
  if (!saved.ok()) return Fail(saved);
  auto written = std::chrono::steady_clock::now();
  auto millis = [](auto from, auto to) {
    return std::chrono::duration<double, std::milli>(to - from).count();
  };
  std::cout << "Wrote " << args.output << " (lists read and index built in "
            << FormatMillis(millis(start, written)) << " ms)\n";
  // The file as written, mapped and checked as any command that reads it will.
  auto screener = Screener::Open(args.output);
  if (!screener) return Fail(screener.error());
  PrintInfo(**screener, "build ms", millis(built, written));
  return kExitOk;
}

int RunIndexInfo(const std::string& path) {
  auto screener = Screener::Open(path);
  if (!screener) return Fail(screener.error());
  const ScreenerInfo& info = (*screener)->info();
  std::time_t created = static_cast<std::time_t>(info.created_unix);
  std::tm utc{};
  gmtime_r(&created, &utc);
  std::cout << path << ": Cordon index snapshot, built " << std::put_time(&utc, "%Y-%m-%d %H:%M:%S")
            << " UTC\n";
  PrintInfo(**screener, "load ms", info.ready_ms);
  std::cout << "  lists: " << info.metadata << "\n";
  return kExitOk;
}

}  // namespace

void RegisterIndexCommands(CLI::App* app, Action* action) {
  CLI::App* index = app->add_subcommand("index", "Build and inspect index snapshots");
  index->require_subcommand(1);

  auto build_args = std::make_shared<IndexBuildArgs>();
  CLI::App* build =
      index->add_subcommand("build", "Index lists into a snapshot file that --index maps");
  AddListOptions(build, &build_args->lists, true);
  build->add_option("-o,--output", build_args->output, "Snapshot file to write")->required();
  build->add_option("--threads", build_args->threads, "Threads preparing names (0 = all cores)")
      ->capture_default_str();
  build->callback(
      [build_args, action]() { *action = [build_args]() { return RunIndexBuild(*build_args); }; });

  auto path = std::make_shared<std::string>();
  CLI::App* info = index->add_subcommand("info", "Describe a snapshot file");
  info->add_option("snapshot", *path, "Snapshot file")->required();
  info->callback([path, action]() { *action = [path]() { return RunIndexInfo(*path); }; });
}

}  // namespace cordon::cli
