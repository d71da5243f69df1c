#include "ingest/parse_context.h"

#include "base/strings.h"

namespace cordon::ingest {

ParseContext::ParseContext(const LoadOptions& options, LoadedList* out)
    : options_(options), out_(out) {}

Status ParseContext::FileError(std::string_view path, std::uint64_t line, std::string_view reason) {
  std::string msg(path);
  if (line > 0) msg += ":" + std::to_string(line);
  msg += ": ";
  msg += reason;
  return Status::ParseError(std::move(msg));
}

Status ParseContext::BadRecord(std::string_view path, std::uint64_t line, std::string_view reason) {
  if (!options_.lenient) {
    std::string why(reason);
    why += " (use --lenient to skip bad records)";
    return FileError(path, line, why);
  }
  Warn(path, line, "skipped: " + std::string(reason));
  ++out_->skipped_records;
  return Status::Ok();
}

void ParseContext::Warn(std::string_view path, std::uint64_t line, std::string message) {
  out_->warnings.push_back(ListWarning{std::string(path), line, std::move(message)});
}

Status ParseContext::CheckFieldSize(std::string_view path, std::uint64_t line,
                                    std::string_view field, std::string_view value) {
  if (value.size() <= options_.max_field_bytes) return Status::Ok();
  return BadRecord(path, line,
                   "field " + std::string(field) + " is " + std::to_string(value.size()) +
                       " bytes, over the limit of " + std::to_string(options_.max_field_bytes));
}

Status ParseContext::Add(Entity entity, std::string_view path, std::uint64_t line) {
  entity.list_id = std::string(base::Trim(entity.list_id));
  if (entity.list_id.empty()) return BadRecord(path, line, "record has no id");
  if (entity.dataset.empty()) entity.dataset = out_->dataset;
  entity.id = entity.dataset + ":" + entity.list_id;

  std::vector<Name> names;
  names.reserve(entity.names.size());
  for (Name& name : entity.names) {
    name.full = base::CollapseWhitespace(name.full);
    name.given = base::CollapseWhitespace(name.given);
    name.family = base::CollapseWhitespace(name.family);
    if (name.full.empty()) continue;
    // Entities have a handful of names: a linear look-up beats hashing them.
    bool repeated = false;
    for (const Name& kept : names) repeated |= kept.full == name.full;
    if (repeated) continue;
    name.script = DetectScript(name.full);
    names.push_back(std::move(name));
  }
  entity.names = std::move(names);
  if (entity.names.empty() && IsScreenable(entity.schema)) {
    return BadRecord(path, line, "record " + entity.list_id + " has no name");
  }
  for (const Name& name : entity.names) {
    CORDON_RETURN_IF_ERROR(CheckFieldSize(path, line, "name", name.full));
  }

  if (out_->entities.size() >= 0xFFFFFFFFU) {
    return FileError(path, line, "more than 4,294,967,294 records: split the list");
  }
  auto [earlier, inserted] =
      index_by_id_.TryEmplace(entity.id, static_cast<std::uint32_t>(out_->entities.size()));
  if (!inserted) {
    Warn(path, line,
         "id clash: " + entity.id + " (\"" + base::Excerpt(entity.Caption()) +
             "\") clashes with the earlier record \"" +
             base::Excerpt(out_->entities[earlier].Caption()) +
             "\"; the later record is skipped, not merged");
    ++out_->skipped_records;
    return Status::Ok();
  }
  out_->entities.push_back(std::move(entity));
  return Status::Ok();
}

void ParseContext::Reserve(std::size_t count) {
  out_->entities.reserve(out_->entities.size() + count);
  index_by_id_.Reserve(index_by_id_.size() + count);
}

Entity* ParseContext::Find(std::string_view id) {
  const std::uint32_t* position = index_by_id_.Find(id);
  return position == nullptr ? nullptr : &out_->entities[*position];
}

void AddUnique(std::vector<std::string>* values, std::string value) {
  if (value.empty()) return;
  for (const std::string& existing : *values) {
    if (existing == value) return;
  }
  values->push_back(std::move(value));
}

Name MakeName(std::string_view full, NameKind kind) {
  Name name;
  name.full = std::string(full);
  name.kind = kind;
  return name;
}

}  // namespace cordon::ingest
