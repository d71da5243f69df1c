// `cordon lists diff OLD NEW`: entities added, removed and changed between two list versions.
// The comparison itself is the library's (cordon/list_diff.h); this file only prints it.
#include <algorithm>
#include <iostream>
#include <set>
#include <string>
#include <vector>

#include "cordon/list_diff.h"

#include "cli/lists_command.h"
#include "cli/output.h"

namespace cordon::cli {
namespace {

// What the text and JSON headers say about one side of the comparison.
struct SideSummary {
  std::string path;
  std::string published;  // the newest publication date among its lists, or ""
  std::size_t lists = 0;
  std::size_t entities = 0;
  std::size_t warnings = 0;
  std::set<std::string> datasets;
};

SideSummary Summarize(const TimedLoad& load) {
  SideSummary side;
  side.path = load.path;
  side.lists = load.lists.size();
  for (const LoadedList& list : load.lists) {
    side.published = std::max(side.published, list.published);
    side.entities += list.entities.size();
    side.warnings += list.warnings.size();
    for (const Entity& entity : list.entities) side.datasets.insert(entity.dataset);
  }
  return side;
}

void WriteSideJson(const SideSummary& side, JsonWriter& json) {
  json.BeginObject();
  json.Key("path").String(side.path);
  json.Key("published").String(side.published);
  json.Key("lists").Uint(side.lists);
  json.Key("entities").Uint(side.entities);
  json.EndObject();
}

void WriteEntityRefs(const std::vector<const Entity*>& entities, JsonWriter& json) {
  json.BeginArray();
  for (const Entity* entity : entities) {
    json.BeginObject();
    json.Key("id").String(entity->id);
    json.Key("caption").String(entity->Caption());
    json.Key("schema").String(SchemaName(entity->schema));
    json.EndObject();
  }
  json.EndArray();
}

void WriteFieldJson(const FieldChange& change, JsonWriter& json) {
  json.BeginObject();
  if (IsSingleValued(change.field)) {
    json.Key("before").String(change.before);
    json.Key("after").String(change.after);
  } else {
    json.Key("added").StringArray(change.added);
    json.Key("removed").StringArray(change.removed);
  }
  if (change.field == EntityField::kNames) {
    json.Key("kind_changed").BeginArray();
    for (const NameKindChange& kind : change.kind_changes) {
      json.BeginObject();
      json.Key("name").String(kind.name);
      json.Key("before").String(kind.before);
      json.Key("after").String(kind.after);
      json.EndObject();
    }
    json.EndArray();
  }
  json.EndObject();
}

void WriteDiffJson(const SideSummary& old_side, const SideSummary& new_side, const ListDiff& diff,
                   std::ostream& out) {
  JsonWriter json(out);
  json.BeginObject();
  json.Key("old");
  WriteSideJson(old_side, json);
  json.Key("new");
  WriteSideJson(new_side, json);
  json.Key("summary").BeginObject();
  json.Key("added").Uint(diff.added.size());
  json.Key("removed").Uint(diff.removed.size());
  json.Key("changed").Uint(diff.changed.size());
  json.Key("unchanged").Uint(diff.unchanged);
  json.EndObject();
  json.Key("added");
  WriteEntityRefs(diff.added, json);
  json.Key("removed");
  WriteEntityRefs(diff.removed, json);
  json.Key("changed").BeginArray();
  for (const EntityChange& change : diff.changed) {
    json.BeginObject();
    json.Key("id").String(change.now->id);
    json.Key("caption").String(change.now->Caption());
    json.Key("schema").String(SchemaName(change.now->schema));
    json.Key("fields").BeginObject();
    for (const FieldChange& field : change.fields) {
      json.Key(EntityFieldName(field.field));
      WriteFieldJson(field, json);
    }
    json.EndObject();
    json.EndObject();
  }
  json.EndArray();
  json.Key("duplicate_ids").StringArray(diff.duplicate_ids);
  json.EndObject();
}

// "names (+2, -1, 1 kind)", "programs (+1)", "gender ((none) -> male)".
std::string FieldSummary(const FieldChange& change) {
  std::string out(EntityFieldName(change.field));
  if (IsSingleValued(change.field)) {
    auto text = [](const std::string& value) { return value.empty() ? "(none)" : value; };
    return out + " (" + text(change.before) + " -> " + text(change.after) + ")";
  }
  std::vector<std::string> parts;
  if (!change.added.empty()) parts.push_back("+" + std::to_string(change.added.size()));
  if (!change.removed.empty()) parts.push_back("-" + std::to_string(change.removed.size()));
  if (!change.kind_changes.empty()) {
    parts.push_back(std::to_string(change.kind_changes.size()) + " kind");
  }
  out += " (";
  for (std::size_t index = 0; index < parts.size(); ++index) {
    out += (index > 0 ? ", " : "") + parts[index];
  }
  return out + ")";
}

void PrintFieldDetails(const FieldChange& change, std::ostream& out) {
  const std::string indent = "      ";
  std::string name(EntityFieldName(change.field));
  if (IsSingleValued(change.field)) {
    out << indent << name << ": " << JsonQuote(change.before) << " -> " << JsonQuote(change.after)
        << "\n";
    return;
  }
  for (const std::string& value : change.added) {
    out << indent << name << " + " << JsonQuote(value) << "\n";
  }
  for (const std::string& value : change.removed) {
    out << indent << name << " - " << JsonQuote(value) << "\n";
  }
  for (const NameKindChange& kind : change.kind_changes) {
    out << indent << name << " ~ " << JsonQuote(kind.name) << ": " << kind.before << " -> "
        << kind.after << "\n";
  }
}

void PrintDiffText(const SideSummary& old_side, const SideSummary& new_side, const ListDiff& diff,
                   bool details, std::ostream& out) {
  TextTable sides({false, false, false, true});
  auto side_row = [&](const char* label, const SideSummary& side) {
    sides.AddRow({label, side.path,
                  side.published.empty() ? "(no date)" : "published " + side.published,
                  FormatCount(side.entities) + " entities"});
  };
  side_row("old", old_side);
  side_row("new", new_side);
  sides.Print(out);
  out << "added " << FormatCount(diff.added.size()) << ", removed "
      << FormatCount(diff.removed.size()) << ", changed " << FormatCount(diff.changed.size())
      << ", unchanged " << FormatCount(diff.unchanged) << "\n";
  if (!diff.empty()) out << "\n";
  auto ref = [](const Entity& entity) {
    return entity.id + " " + entity.Caption() + " (" + std::string(SchemaName(entity.schema)) + ")";
  };
  for (const Entity* entity : diff.added) out << "+ " << ref(*entity) << "\n";
  for (const Entity* entity : diff.removed) out << "- " << ref(*entity) << "\n";
  for (const EntityChange& change : diff.changed) {
    out << "~ " << change.now->id << " " << change.now->Caption() << ":";
    for (std::size_t index = 0; index < change.fields.size(); ++index) {
      out << (index > 0 ? ", " : " ") << FieldSummary(change.fields[index]);
    }
    out << "\n";
    if (details) {
      for (const FieldChange& field : change.fields) PrintFieldDetails(field, out);
    }
  }
}

// Notes on stderr that could explain a surprising diff.
void WarnAboutInputs(const SideSummary& old_side, const SideSummary& new_side,
                     const ListDiff& diff) {
  for (const SideSummary* side : {&old_side, &new_side}) {
    if (side->warnings > 0) {
      std::cerr << "cordon: note: " << side->path << ": " << side->warnings
                << " load warnings (see cordon lists inspect)\n";
    }
  }
  bool shared = std::any_of(old_side.datasets.begin(), old_side.datasets.end(),
                            [&](const std::string& d) { return new_side.datasets.contains(d); });
  if (!shared && old_side.entities > 0 && new_side.entities > 0) {
    std::cerr << "cordon: note: old and new share no dataset, so no id can match; name one with "
                 "--dataset if both are versions of the same list\n";
  }
  if (!diff.duplicate_ids.empty()) {
    std::cerr << "cordon: note: " << diff.duplicate_ids.size()
              << " ids occur more than once on one side (first: " << diff.duplicate_ids.front()
              << "); only their first occurrence is compared\n";
  }
}

}  // namespace

int RunListsDiff(const DiffOptions& options) {
  auto load_options = ToLoadOptions(options.lists);
  if (!load_options) return Fail(load_options.error());
  auto old_load = LoadTimed(options.old_path, *load_options);
  if (!old_load) return Fail(old_load.error());
  auto new_load = LoadTimed(options.new_path, *load_options);
  if (!new_load) return Fail(new_load.error());

  ListDiff diff = DiffEntities(EntitiesOf(old_load->lists), EntitiesOf(new_load->lists));
  SideSummary old_side = Summarize(*old_load);
  SideSummary new_side = Summarize(*new_load);
  WarnAboutInputs(old_side, new_side, diff);
  if (options.json) {
    WriteDiffJson(old_side, new_side, diff, std::cout);
  } else {
    PrintDiffText(old_side, new_side, diff, options.details, std::cout);
  }
  std::cout.flush();
  return options.exit_code && !diff.empty() ? kExitFindings : kExitOk;
}

}  // namespace cordon::cli
