// The `cordon` command line: each command family registers its sub-commands on the CLI11 app
// and runs through the public API only (include/cordon). Exit codes: 0 success, 1 findings that
// a caller asked to fail on, 2 bad usage or bad input, 3 internal error.
#ifndef CORDON_CLI_COMMANDS_H_
#define CORDON_CLI_COMMANDS_H_

#include <fstream>
#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>

#include "cordon/ingest.h"
#include "cordon/screen.h"
#include "cordon/status.h"

namespace cordon::cli {

constexpr int kExitOk = 0;
constexpr int kExitFindings = 1;
constexpr int kExitBadInput = 2;
constexpr int kExitInternal = 3;

// Exit code for a failed Status (the one place codes map to exit statuses).
int ExitCodeFor(const Status& status);
// Prints "cordon: <status>" to stderr and returns ExitCodeFor(status).
int Fail(const Status& status);

// The action a sub-command runs once CLI11 has parsed its options.
using Action = std::function<int()>;

// Options every list-reading command shares: --list (repeatable), --format, --dataset, --lenient.
struct ListOptions {
  std::vector<std::string> lists;
  std::string format = "auto";
  std::string dataset;
  bool lenient = false;
  std::string index;  // a snapshot from `cordon index build`, instead of --list
};
// Adds --list, --format, --dataset, --lenient and, for commands that screen, --index (which
// stands in for --list: then one of the two is required when `lists_required`).
void AddListOptions(CLI::App* command, ListOptions* options, bool lists_required,
                    bool with_index = false);
// Loads every --list path, a large file on `threads` threads (0 = all cores). With no path and
// `use_example`, loads the bundled example list.
Result<std::vector<LoadedList>> LoadListOptions(const ListOptions& options, bool use_example,
                                                unsigned threads = 0);
// Every --list path's entities in one vector (see LoadListOptions), with the options that build
// a Screener over them on `threads` threads (0 = all cores).
struct ListedEntities {
  std::vector<Entity> entities;
  ScreenerOptions options;
};
Result<ListedEntities> LoadListedEntities(const ListOptions& options, bool use_example,
                                          unsigned threads);
// Opens --index, or loads every --list path (see LoadListOptions) and builds a Screener over
// all their entities, on `threads` threads (0 = all cores).
Result<std::unique_ptr<Screener>> LoadScreener(const ListOptions& options, bool use_example,
                                               unsigned threads = 0);
// The JSON object stored with an index to describe its lists (datasets, files, dates, counts).
std::string ListsMetadata(const std::vector<LoadedList>& lists);
// Where a command writes: the file `path` (created or truncated), or stdout when it is empty.
// `file` keeps the stream open; the returned pointer is valid while it lives.
Result<std::ostream*> OpenOutput(const std::string& path, std::ofstream* file);
// Path of the example list shipped with Cordon (data/example_list.csv), or "" if not found.
std::string ExampleListPath();

void RegisterListsCommands(CLI::App* app, Action* action);
void RegisterScreenCommands(CLI::App* app, Action* action);
void RegisterEvalCommand(CLI::App* app, Action* action);
void RegisterIndexCommands(CLI::App* app, Action* action);
void RegisterServeCommand(CLI::App* app, Action* action);
// `cordon synth` (synthetic lists) and `cordon synth queries` (labelled query sets).
void RegisterSynthCommand(CLI::App* app, Action* action);
// `cordon db`, `customers`, `run`, `rescreen`, `alerts` and `audit`: the store (cordon/store.h).
void RegisterStoreCommands(CLI::App* app, Action* action);

}  // namespace cordon::cli

#endif  // CORDON_CLI_COMMANDS_H_
