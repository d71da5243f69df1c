// `cordon lists inspect`: what a list file holds (counts by dataset and schema, names, aliases,
// warnings); `cordon lists names`: every listed name, one per line; `cordon lists formats`; and
// the registration of the `cordon lists` family.
#include "cli/lists_command.h"

#include <algorithm>
#include <array>
#include <chrono>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "cordon/entity.h"
#include "cordon/ingest.h"

#include "cli/commands.h"
#include "cli/output.h"

namespace cordon::cli {
namespace {

constexpr std::array<Schema, 7> kSchemas = {
    Schema::kPerson, Schema::kOrganization, Schema::kCompany,      Schema::kLegalEntity,
    Schema::kVessel, Schema::kAircraft,     Schema::kRelationship,
};
// Text output prints this many warnings per list; JSON gives them all.
constexpr std::size_t kMaxTextWarnings = 20;

struct InspectOptions {
  ListOptions lists;
  std::vector<std::string> paths;
  bool json = false;
};

// Counts over the entities of one dataset within one loaded list.
struct DatasetStats {
  std::string dataset;
  std::size_t entities = 0;
  std::array<std::size_t, kSchemas.size()> by_schema{};
  std::size_t names = 0;
  std::size_t weak_aliases = 0;
  std::size_t with_birth_dates = 0;
  std::size_t with_original_script = 0;
  std::size_t identifiers = 0;

  void Add(const Entity& entity) {
    ++entities;
    ++by_schema[static_cast<std::size_t>(entity.schema)];
    names += entity.names.size();
    for (const Name& name : entity.names) weak_aliases += name.kind == NameKind::kWeakAlias;
    with_birth_dates += !entity.birth_dates.empty();
    with_original_script += entity.HasOriginalScriptName();
    identifiers += entity.identifiers.size();
  }
};

// One DatasetStats per dataset of `list`, in order of first appearance. A list without entities
// still reports its own dataset with zero counts.
std::vector<DatasetStats> StatsByDataset(const LoadedList& list) {
  std::vector<DatasetStats> stats;
  std::unordered_map<std::string, std::size_t> index_of;
  for (const Entity& entity : list.entities) {
    const std::string& dataset = entity.dataset.empty() ? list.dataset : entity.dataset;
    auto [it, inserted] = index_of.emplace(dataset, stats.size());
    if (inserted) stats.push_back({dataset});
    stats[it->second].Add(entity);
  }
  if (stats.empty()) stats.push_back({list.dataset});
  return stats;
}

struct InspectedList {
  const LoadedList* list;
  std::vector<DatasetStats> datasets;
  const TimedLoad* load;  // the LoadLists call that read it
};

void WriteStatsJson(const DatasetStats& stats, JsonWriter& json) {
  json.BeginObject();
  json.Key("dataset").String(stats.dataset);
  json.Key("entities").Uint(stats.entities);
  json.Key("schemas").BeginObject();
  for (std::size_t index = 0; index < kSchemas.size(); ++index) {
    json.Key(SchemaName(kSchemas[index])).Uint(stats.by_schema[index]);
  }
  json.EndObject();
  json.Key("names").Uint(stats.names);
  json.Key("weak_aliases").Uint(stats.weak_aliases);
  json.Key("with_birth_dates").Uint(stats.with_birth_dates);
  json.Key("with_original_script").Uint(stats.with_original_script);
  json.Key("identifiers").Uint(stats.identifiers);
  json.EndObject();
}

void WriteInspectJson(const std::vector<TimedLoad>& loads,
                      const std::vector<InspectedList>& inspected, std::ostream& out) {
  JsonWriter json(out);
  json.BeginObject();
  json.Key("lists").BeginArray();
  for (const InspectedList& item : inspected) {
    const LoadedList& list = *item.list;
    json.BeginObject();
    json.Key("path").String(list.path);
    json.Key("format").String(ListFormatName(list.format));
    json.Key("dataset").String(list.dataset);
    json.Key("version").String(list.version);
    json.Key("published").String(list.published);
    json.Key("bytes").Uint(list.bytes);
    // Exact only when the load read this list alone; see "loads" for directories.
    json.Key("load_ms");
    if (item.load->lists.size() == 1) {
      json.Double(item.load->millis);
    } else {
      json.Null();
    }
    json.Key("entities").Uint(list.entities.size());
    json.Key("skipped_records").Uint(list.skipped_records);
    json.Key("warning_count").Uint(list.warnings.size());
    json.Key("warnings").BeginArray();
    for (const ListWarning& warning : list.warnings) {
      json.BeginObject();
      json.Key("source").String(warning.source);
      json.Key("line").Uint(warning.line);
      json.Key("message").String(warning.message);
      json.EndObject();
    }
    json.EndArray();
    json.Key("datasets").BeginArray();
    for (const DatasetStats& stats : item.datasets) WriteStatsJson(stats, json);
    json.EndArray();
    json.EndObject();
  }
  json.EndArray();
  json.Key("loads").BeginArray();
  for (const TimedLoad& load : loads) {
    json.BeginObject();
    json.Key("path").String(load.path);
    json.Key("lists").Uint(load.lists.size());
    json.Key("load_ms").Double(load.millis);
    json.EndObject();
  }
  json.EndArray();
  json.EndObject();
}

// Adds one row per counter to `table`, one column per dataset (plus a total when there are
// several).
void AddStatsRows(const std::vector<DatasetStats>& datasets, TextTable& table) {
  std::vector<DatasetStats> columns = datasets;
  if (datasets.size() > 1) {
    DatasetStats total{"total"};
    for (const DatasetStats& stats : datasets) {
      total.entities += stats.entities;
      for (std::size_t index = 0; index < kSchemas.size(); ++index) {
        total.by_schema[index] += stats.by_schema[index];
      }
      total.names += stats.names;
      total.weak_aliases += stats.weak_aliases;
      total.with_birth_dates += stats.with_birth_dates;
      total.with_original_script += stats.with_original_script;
      total.identifiers += stats.identifiers;
    }
    columns.push_back(std::move(total));
  }
  auto row = [&](const std::string& label, auto value_of) {
    std::vector<std::string> cells = {label};
    for (const DatasetStats& stats : columns) cells.push_back(value_of(stats));
    table.AddRow(std::move(cells));
  };
  auto count_row = [&](const std::string& label, auto count_of) {
    row(label, [&](const DatasetStats& stats) { return FormatCount(count_of(stats)); });
  };
  row("dataset", [](const DatasetStats& stats) { return stats.dataset; });
  count_row("entities", [](const DatasetStats& stats) { return stats.entities; });
  for (std::size_t index = 0; index < kSchemas.size(); ++index) {
    bool any = false;
    for (const DatasetStats& stats : columns) any |= stats.by_schema[index] > 0;
    if (!any) continue;
    count_row("  " + std::string(SchemaName(kSchemas[index])),
              [index](const DatasetStats& stats) { return stats.by_schema[index]; });
  }
  count_row("names", [](const DatasetStats& stats) { return stats.names; });
  count_row("weak aliases", [](const DatasetStats& stats) { return stats.weak_aliases; });
  count_row("with birth dates", [](const DatasetStats& stats) { return stats.with_birth_dates; });
  count_row("with original script",
            [](const DatasetStats& stats) { return stats.with_original_script; });
  count_row("identifiers", [](const DatasetStats& stats) { return stats.identifiers; });
}

void PrintInspectedList(const InspectedList& item, std::ostream& out) {
  const LoadedList& list = *item.list;
  out << list.path << "\n";
  std::vector<bool> numeric(item.datasets.size() + 2, true);
  numeric[0] = false;  // the label column
  TextTable table(std::move(numeric));
  table.AddRow({"format", std::string(ListFormatName(list.format))});
  if (!list.version.empty()) table.AddRow({"version", list.version});
  table.AddRow({"published", list.published.empty() ? "(not given)" : list.published});
  table.AddRow({"bytes", FormatCount(list.bytes)});
  if (item.load->lists.size() == 1) {
    table.AddRow({"load time", FormatMillis(item.load->millis) + " ms"});
  }
  table.AddRow({"skipped records", FormatCount(list.skipped_records)});
  table.AddRow({"warnings", FormatCount(list.warnings.size())});
  AddStatsRows(item.datasets, table);
  table.Print(out, 2);
  if (!list.warnings.empty()) {
    out << "  warnings:\n";
    std::size_t shown = std::min(list.warnings.size(), kMaxTextWarnings);
    for (std::size_t index = 0; index < shown; ++index) {
      out << "    " << list.warnings[index].ToString() << "\n";
    }
    if (list.warnings.size() > shown) {
      out << "    ... and " << FormatCount(list.warnings.size() - shown) << " more\n";
    }
  }
}

void PrintInspectText(const std::vector<TimedLoad>& loads,
                      const std::vector<InspectedList>& inspected, std::ostream& out) {
  const TimedLoad* previous = nullptr;
  std::size_t entities = 0;
  for (const InspectedList& item : inspected) {
    if (previous != nullptr && previous != item.load && previous->lists.size() > 1) {
      out << "\nloaded " << previous->lists.size() << " lists from " << previous->path << " in "
          << FormatMillis(previous->millis) << " ms\n";
    }
    if (&item != &inspected.front()) out << "\n";
    PrintInspectedList(item, out);
    previous = item.load;
    entities += item.list->entities.size();
  }
  if (previous != nullptr && previous->lists.size() > 1) {
    out << "\nloaded " << previous->lists.size() << " lists from " << previous->path << " in "
        << FormatMillis(previous->millis) << " ms\n";
  }
  if (inspected.size() > 1) {
    double millis = 0;
    for (const TimedLoad& load : loads) millis += load.millis;
    out << "\ntotal: " << inspected.size() << " lists, " << FormatCount(entities) << " entities, "
        << FormatMillis(millis) << " ms\n";
  }
}

int RunInspect(const InspectOptions& options) {
  auto load_options = ToLoadOptions(options.lists);
  if (!load_options) return Fail(load_options.error());
  std::vector<std::string> paths = options.lists.lists;
  paths.insert(paths.end(), options.paths.begin(), options.paths.end());
  if (paths.empty()) return Fail(Status::InvalidArgument("lists inspect: give a list PATH"));

  std::vector<TimedLoad> loads;
  loads.reserve(paths.size());  // InspectedList points into it
  for (const std::string& path : paths) {
    auto load = LoadTimed(path, *load_options);
    if (!load) return Fail(load.error());
    loads.push_back(std::move(*load));
  }
  std::vector<InspectedList> inspected;
  for (const TimedLoad& load : loads) {
    for (const LoadedList& list : load.lists) {
      inspected.push_back({&list, StatsByDataset(list), &load});
    }
  }
  if (options.json) {
    WriteInspectJson(loads, inspected, std::cout);
  } else {
    PrintInspectText(loads, inspected, std::cout);
  }
  std::cout.flush();
  return kExitOk;
}

void RegisterInspect(CLI::App* lists, Action* action) {
  auto options = std::make_shared<InspectOptions>();
  CLI::App* inspect = lists->add_subcommand(
      "inspect", "Load lists and report what they hold: counts by schema, names, warnings");
  AddListOptions(inspect, &options->lists, false);
  inspect->add_option("paths", options->paths, "List files or directories")->type_name("PATH");
  inspect->add_flag("--json", options->json, "Print one JSON document instead of text");
  inspect->callback([options, action] { *action = [options] { return RunInspect(*options); }; });
}

struct NamesOptions {
  ListOptions lists;
  std::vector<std::string> paths;
  std::string output;
};

// `kind` column of `cordon lists names`.
std::string_view NameKindLabel(NameKind kind) {
  switch (kind) {
    case NameKind::kPrimary:
      return "primary";
    case NameKind::kStrongAlias:
      return "strong_alias";
    case NameKind::kWeakAlias:
      return "weak_alias";
  }
  return "primary";
}

// Appends `text` as one TSV field: tabs and line breaks, which the format cannot hold, become
// blanks.
void AppendTsvField(std::string_view text, std::string* out) {
  for (char c : text) out->push_back(c == '\t' || c == '\n' || c == '\r' ? ' ' : c);
}

int RunNames(const NamesOptions& options) {
  NamesOptions resolved = options;
  resolved.lists.lists.insert(resolved.lists.lists.end(), options.paths.begin(),
                              options.paths.end());
  if (resolved.lists.lists.empty()) {
    return Fail(Status::InvalidArgument("lists names: give a list PATH"));
  }
  auto lists = LoadListOptions(resolved.lists, false);
  if (!lists) return Fail(lists.error());
  std::ofstream file;
  auto out = OpenOutput(options.output, &file);
  if (!out) return Fail(out.error());
  std::string buffer = "entity_id\tname\tkind\n";
  for (const LoadedList& list : *lists) {
    for (const Entity& entity : list.entities) {
      if (!IsScreenable(entity.schema)) continue;
      for (const Name& name : entity.names) {
        AppendTsvField(entity.id, &buffer);
        buffer.push_back('\t');
        AppendTsvField(name.full, &buffer);
        buffer.push_back('\t');
        buffer.append(NameKindLabel(name.kind));
        buffer.push_back('\n');
      }
      if (buffer.size() >= (1 << 20)) {
        (*out)->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
        buffer.clear();
      }
    }
  }
  (*out)->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  (*out)->flush();
  if (!**out) {
    return Fail(
        Status::IoError((options.output.empty() ? "stdout" : options.output) + ": write failed"));
  }
  return kExitOk;
}

void RegisterNames(CLI::App* lists, Action* action) {
  auto options = std::make_shared<NamesOptions>();
  CLI::App* names = lists->add_subcommand(
      "names", "Print every listed name as TSV: entity_id, name, kind (one row per name)");
  AddListOptions(names, &options->lists, false);
  names->add_option("paths", options->paths, "List files or directories")->type_name("PATH");
  names->add_option("-o,--output", options->output, "Output file (TSV); default stdout");
  names->callback([options, action] { *action = [options] { return RunNames(*options); }; });
}

void RegisterDiff(CLI::App* lists, Action* action) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* diff = lists->add_subcommand(
      "diff", "Compare two versions of lists: entities added, removed and changed (by id)");
  diff->add_option("--format", options->lists.format,
                   "List format of both sides (default: detected)")
      ->capture_default_str();
  diff->add_option("--dataset", options->lists.dataset,
                   "Dataset name for both sides (use when their file names differ)");
  diff->add_flag("--lenient", options->lists.lenient,
                 "Skip bad records (with a count) instead of failing");
  diff->add_option("old", options->old_path, "Old list file or directory")
      ->required()
      ->type_name("OLD");
  diff->add_option("new", options->new_path, "New list file or directory")
      ->required()
      ->type_name("NEW");
  diff->add_flag("--json", options->json, "Print one JSON document instead of text");
  diff->add_flag("--details", options->details, "Text: print the changed values too");
  diff->add_flag("--exit-code", options->exit_code, "Exit with 1 when the lists differ");
  diff->callback([options, action] { *action = [options] { return RunListsDiff(*options); }; });
}

// What each format is, for `cordon lists formats` (the loader's "cannot tell" error points
// users there).
std::string_view FormatDescription(ListFormat format) {
  switch (format) {
    case ListFormat::kOfacXml:
      return "OFAC sdnList XML (sdn.xml, consolidated.xml)";
    case ListFormat::kOfacCsv:
      return "OFAC CSV set: directory with sdn.csv + alt.csv + add.csv (or cons_*.csv)";
    case ListFormat::kUnScXml:
      return "UN Security Council Consolidated List XML";
    case ListFormat::kEuFsfXml:
      return "EU Financial Sanctions Files XML";
    case ListFormat::kUkHmtCsv:
      return "UK HM Treasury / OFSI consolidated list CSV (ConList.csv)";
    case ListFormat::kFtmJson:
      return "FollowTheMoney JSON lines (OpenSanctions entities.ftm.json)";
    case ListFormat::kCordonCsv:
      return "Cordon CSV for own and national lists (docs/formats.md)";
    case ListFormat::kUsTradeCsl:
      return "US trade.gov Consolidated Screening List CSV";
    case ListFormat::kCaSemaXml:
      return "Canada Special Economic Measures consolidated XML";
    case ListFormat::kAuto:
      break;
  }
  return "detect from the content";
}

void RegisterFormats(CLI::App* lists, Action* action) {
  auto json = std::make_shared<bool>(false);
  CLI::App* formats = lists->add_subcommand("formats", "List the list formats Cordon reads");
  formats->add_flag("--json", *json, "Print one JSON document instead of text");
  formats->callback([json, action] {
    *action = [json] {
      if (*json) {
        JsonWriter writer(std::cout);
        writer.BeginObject().Key("formats").BeginArray();
        for (ListFormat format : AllListFormats()) {
          writer.BeginObject();
          writer.Key("name").String(ListFormatName(format));
          writer.Key("description").String(FormatDescription(format));
          writer.EndObject();
        }
        writer.EndArray().EndObject();
      } else {
        TextTable table;
        for (ListFormat format : AllListFormats()) {
          table.AddRow(
              {std::string(ListFormatName(format)), std::string(FormatDescription(format))});
        }
        table.Print(std::cout);
        std::cout << "Formats are detected from content; name one with --format when needed.\n";
      }
      return kExitOk;
    };
  });
}

}  // namespace

Result<LoadOptions> ToLoadOptions(const ListOptions& options) {
  LoadOptions load;
  auto format = ParseListFormat(options.format);
  if (!format) {
    return Status::InvalidArgument("--format: unknown list format '" + options.format + "'");
  }
  load.format = *format;
  load.dataset = options.dataset;
  load.lenient = options.lenient;
  return load;
}

Result<TimedLoad> LoadTimed(const std::string& path, const LoadOptions& options) {
  TimedLoad load;
  load.path = path;
  auto start = std::chrono::steady_clock::now();
  CORDON_ASSIGN_OR_RETURN(load.lists, LoadLists(path, options));
  load.millis =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  return load;
}

void RegisterListsCommands(CLI::App* app, Action* action) {
  CLI::App* lists = app->add_subcommand("lists", "Inspect and compare list files");
  lists->require_subcommand(1);
  RegisterInspect(lists, action);
  RegisterDiff(lists, action);
  RegisterNames(lists, action);
  RegisterFormats(lists, action);
}

}  // namespace cordon::cli
