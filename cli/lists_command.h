// Internals of `cordon lists ...`, shared by lists_command.cc (registration, inspect) and
// lists_diff_command.cc (diff).
#ifndef CORDON_CLI_LISTS_COMMAND_H_
#define CORDON_CLI_LISTS_COMMAND_H_

#include <string>
#include <vector>

#include "cordon/ingest.h"
#include "cordon/result.h"

#include "cli/commands.h"

namespace cordon::cli {

// The LoadOptions that --format, --dataset and --lenient ask for.
Result<LoadOptions> ToLoadOptions(const ListOptions& options);

// Every list under one path, with the wall time LoadLists took for them all.
struct TimedLoad {
  std::string path;
  std::vector<LoadedList> lists;
  double millis = 0;
};
Result<TimedLoad> LoadTimed(const std::string& path, const LoadOptions& options);

struct DiffOptions {
  ListOptions lists;  // --format, --dataset, --lenient (its `lists` is unused)
  std::string old_path;
  std::string new_path;
  bool json = false;
  bool details = false;    // text: print the changed values under each changed entity
  bool exit_code = false;  // exit 1 when the lists differ
};
int RunListsDiff(const DiffOptions& options);

}  // namespace cordon::cli

#endif  // CORDON_CLI_LISTS_COMMAND_H_
