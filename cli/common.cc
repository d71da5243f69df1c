#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "cordon/batch.h"

#include "cli/commands.h"

namespace cordon::cli {

int ExitCodeFor(const Status& status) {
  switch (status.code()) {
    case StatusCode::kOk:
      return kExitOk;
    case StatusCode::kInternal:
      return kExitInternal;
    default:
      return kExitBadInput;
  }
}

int Fail(const Status& status) {
  std::cerr << "cordon: " << status.ToString() << "\n";
  return ExitCodeFor(status);
}

void AddListOptions(CLI::App* command, ListOptions* options, bool lists_required, bool with_index) {
  auto* list = command->add_option("-l,--list", options->lists,
                                   "List file or directory (repeatable); .gz is read as is");
  // One path per --list, so that a positional NAME after it is not taken as another path.
  list->allow_extra_args(false);
  if (with_index) {
    auto* index =
        command->add_option("--index", options->index,
                            "Index snapshot from `cordon index build` (mapped; instead of --list)");
    index->excludes(list);
    // With both possible, LoadScreener says when neither is given.
  } else if (lists_required) {
    list->required();
  }
  command
      ->add_option("--format", options->format,
                   "List format: auto, ofac-xml, ofac-csv, un-xml, eu-xml, uk-csv, ftm, csv, "
                   "csl, sema-xml")
      ->capture_default_str();
  command->add_option("--dataset", options->dataset, "Dataset name for the list(s), e.g. my_list");
  command->add_flag("--lenient", options->lenient,
                    "Skip bad records (with a count) instead of failing");
}

std::string ExampleListPath() {
  namespace fs = std::filesystem;
  std::vector<fs::path> candidates;
  if (const char* env = std::getenv("CORDON_EXAMPLE_LIST")) candidates.emplace_back(env);
  std::error_code ec;
  fs::path exe = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) {
    // build/cli/cordon -> <root>/data; installed bin/cordon -> share/cordon
    for (fs::path dir = exe.parent_path(); !dir.empty() && dir != dir.root_path();
         dir = dir.parent_path()) {
      candidates.push_back(dir / "data" / "example_list.csv");
      candidates.push_back(dir / "share" / "cordon" / "example_list.csv");
    }
  }
  candidates.emplace_back("data/example_list.csv");
  for (const fs::path& path : candidates) {
    if (fs::exists(path, ec)) return path.string();
  }
  return "";
}

Result<std::vector<LoadedList>> LoadListOptions(const ListOptions& options, bool use_example,
                                                unsigned threads) {
  LoadOptions load;
  load.threads = threads;
  auto format = ParseListFormat(options.format);
  if (!format)
    return Status::InvalidArgument("--format: unknown list format '" + options.format + "'");
  load.format = *format;
  load.dataset = options.dataset;
  load.lenient = options.lenient;
  std::vector<std::string> paths = options.lists;
  if (paths.empty() && use_example) {
    std::string example = ExampleListPath();
    if (example.empty()) {
      return Status::NotFound(
          "no --list given and the example list data/example_list.csv "
          "was not found");
    }
    std::cerr << "cordon: no --list given; using the example list " << example << "\n";
    paths.push_back(example);
    if (load.dataset.empty()) load.dataset = "cordon_example";
  }
  std::vector<LoadedList> all;
  for (const std::string& path : paths) {
    CORDON_ASSIGN_OR_RETURN(std::vector<LoadedList> lists, LoadLists(path, load));
    for (LoadedList& list : lists) all.push_back(std::move(list));
  }
  return all;
}

std::string ListsMetadata(const std::vector<LoadedList>& lists) {
  std::string out = "{\"lists\": [";
  for (std::size_t i = 0; i < lists.size(); ++i) {
    const LoadedList& list = lists[i];
    if (i > 0) out += ", ";
    out += "{\"dataset\": " + JsonString(list.dataset) +
           ", \"format\": " + JsonString(std::string(ListFormatName(list.format))) +
           ", \"path\": " + JsonString(list.path) + ", \"version\": " + JsonString(list.version) +
           ", \"published\": " + JsonString(list.published) +
           ", \"entities\": " + std::to_string(list.entities.size()) +
           ", \"bytes\": " + std::to_string(list.bytes) + "}";
  }
  return out + "]}";
}

Result<ListedEntities> LoadListedEntities(const ListOptions& options, bool use_example,
                                          unsigned threads) {
  CORDON_ASSIGN_OR_RETURN(std::vector<LoadedList> lists,
                          LoadListOptions(options, use_example, threads));
  ListedEntities out;
  out.options.threads = threads;
  out.options.metadata = ListsMetadata(lists);
  if (lists.empty()) return out;
  // The first list's vector itself, the others' entities moved in after it: a single list (the
  // common case) moves no entity.
  std::size_t count = 0;
  for (const LoadedList& list : lists) count += list.entities.size();
  out.entities = std::move(lists.front().entities);
  out.entities.reserve(count);
  for (std::size_t l = 1; l < lists.size(); ++l) {
    for (Entity& entity : lists[l].entities) out.entities.push_back(std::move(entity));
    lists[l].entities.clear();
    lists[l].entities.shrink_to_fit();
  }
  return out;
}

Result<std::unique_ptr<Screener>> LoadScreener(const ListOptions& options, bool use_example,
                                               unsigned threads) {
  if (!options.index.empty()) return Screener::Open(options.index);
  if (options.lists.empty() && !use_example) {
    return Status::InvalidArgument("give the lists to screen against: --list FILE or --index FILE");
  }
  CORDON_ASSIGN_OR_RETURN(ListedEntities listed, LoadListedEntities(options, use_example, threads));
  return Screener::Create(std::move(listed.entities), listed.options);
}

Result<std::ostream*> OpenOutput(const std::string& path, std::ofstream* file) {
  if (path.empty()) return &std::cout;
  file->open(path, std::ios::binary | std::ios::trunc);
  if (!*file) return Status::IoError(path + ": cannot create");
  return static_cast<std::ostream*>(file);
}

}  // namespace cordon::cli
