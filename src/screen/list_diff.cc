// DiffEntities: entity sets compared by id, fields compared as sets of published values.
#include "cordon/list_diff.h"

#include <algorithm>
#include <array>
#include <unordered_map>
#include <unordered_set>
#include <utility>

namespace cordon {
namespace {

constexpr std::array<std::string_view, 14> kFieldNames = {
    "schema",    "names",     "birth_dates", "birth_places", "nationalities",
    "countries", "addresses", "identifiers", "programs",     "gender",
    "listed_on", "remarks",   "titles",      "related",
};

std::string IdentifierText(const Identifier& identifier) {
  std::string out =
      identifier.type.empty() ? identifier.value : identifier.type + ": " + identifier.value;
  if (!identifier.country.empty()) out += " (" + identifier.country + ")";
  return out;
}

std::string NameKindText(const Name& name) {
  std::string out(NameKindName(name.kind));
  if (!name.type.empty()) out += " (" + name.type + ")";
  return out;
}

// Values of `now` missing from `old` go to `added`, the reverse to `removed`; each value once,
// in the order its entity lists it.
void DiffValues(const std::vector<std::string>& old, const std::vector<std::string>& now,
                FieldChange* change) {
  std::unordered_set<std::string_view> old_set(old.begin(), old.end());
  std::unordered_set<std::string_view> now_set(now.begin(), now.end());
  std::unordered_set<std::string_view> reported;
  for (const std::string& value : now) {
    if (!old_set.contains(value) && reported.insert(value).second) change->added.push_back(value);
  }
  reported.clear();
  for (const std::string& value : old) {
    if (!now_set.contains(value) && reported.insert(value).second) {
      change->removed.push_back(value);
    }
  }
}

template <typename T, typename ToText>
std::vector<std::string> Texts(const std::vector<T>& values, ToText to_text) {
  std::vector<std::string> out;
  out.reserve(values.size());
  for (const T& value : values) out.push_back(to_text(value));
  return out;
}

void DiffNames(const std::vector<Name>& old, const std::vector<Name>& now, FieldChange* change) {
  std::unordered_map<std::string_view, const Name*> old_by_text;
  for (const Name& name : old) old_by_text.emplace(name.full, &name);
  std::unordered_set<std::string_view> now_texts;
  for (const Name& name : now) {
    if (!now_texts.insert(name.full).second) continue;
    auto it = old_by_text.find(name.full);
    if (it == old_by_text.end()) {
      change->added.push_back(name.full);
      continue;
    }
    std::string before = NameKindText(*it->second);
    std::string after = NameKindText(name);
    if (before != after) {
      change->kind_changes.push_back({name.full, std::move(before), std::move(after)});
    }
  }
  std::unordered_set<std::string_view> reported;
  for (const Name& name : old) {
    if (!now_texts.contains(name.full) && reported.insert(name.full).second) {
      change->removed.push_back(name.full);
    }
  }
}

bool HasChange(const FieldChange& change) {
  return !change.added.empty() || !change.removed.empty() || !change.kind_changes.empty() ||
         change.before != change.after;
}

std::vector<std::string> FieldTexts(const Entity& entity, EntityField field) {
  switch (field) {
    case EntityField::kBirthDates:
      return Texts(entity.birth_dates, [](const BirthDate& date) { return date.ToString(); });
    case EntityField::kBirthPlaces:
      return entity.birth_places;
    case EntityField::kNationalities:
      return entity.nationalities;
    case EntityField::kCountries:
      return entity.countries;
    case EntityField::kAddresses:
      return entity.addresses;
    case EntityField::kIdentifiers:
      return Texts(entity.identifiers, IdentifierText);
    case EntityField::kPrograms:
      return entity.programs;
    case EntityField::kRemarks:
      return entity.remarks;
    case EntityField::kTitles:
      return entity.titles;
    case EntityField::kRelated:
      return entity.related;
    default:
      return {};
  }
}

std::string SingleValue(const Entity& entity, EntityField field) {
  switch (field) {
    case EntityField::kSchema:
      return std::string(SchemaName(entity.schema));
    case EntityField::kGender:
      return entity.gender;
    case EntityField::kListedOn:
      return entity.listed_on;
    default:
      return {};
  }
}

bool ById(const Entity* a, const Entity* b) { return a->id < b->id; }

}  // namespace

std::string_view EntityFieldName(EntityField field) {
  std::size_t index = static_cast<std::size_t>(field);
  return index < kFieldNames.size() ? kFieldNames[index] : "unknown";
}

bool IsSingleValued(EntityField field) {
  return field == EntityField::kSchema || field == EntityField::kGender ||
         field == EntityField::kListedOn;
}

const FieldChange* EntityChange::Find(EntityField field) const {
  for (const FieldChange& change : fields) {
    if (change.field == field) return &change;
  }
  return nullptr;
}

std::vector<FieldChange> DiffEntity(const Entity& old, const Entity& now) {
  std::vector<FieldChange> changes;
  for (std::size_t index = 0; index < kFieldNames.size(); ++index) {
    FieldChange change;
    change.field = static_cast<EntityField>(index);
    if (change.field == EntityField::kNames) {
      DiffNames(old.names, now.names, &change);
    } else if (IsSingleValued(change.field)) {
      change.before = SingleValue(old, change.field);
      change.after = SingleValue(now, change.field);
    } else {
      DiffValues(FieldTexts(old, change.field), FieldTexts(now, change.field), &change);
    }
    if (HasChange(change)) changes.push_back(std::move(change));
  }
  return changes;
}

ListDiff DiffEntities(const std::vector<const Entity*>& old,
                      const std::vector<const Entity*>& now) {
  ListDiff diff;
  std::unordered_set<std::string> duplicates;
  auto index = [&](const std::vector<const Entity*>& entities) {
    std::unordered_map<std::string_view, const Entity*> by_id;
    by_id.reserve(entities.size());
    for (const Entity* entity : entities) {
      if (entity == nullptr) continue;
      if (!by_id.emplace(entity->id, entity).second) duplicates.insert(entity->id);
    }
    return by_id;
  };
  auto old_by_id = index(old);
  auto now_by_id = index(now);

  for (const auto& [id, entity] : now_by_id) {
    auto it = old_by_id.find(id);
    if (it == old_by_id.end()) {
      diff.added.push_back(entity);
      continue;
    }
    std::vector<FieldChange> fields = DiffEntity(*it->second, *entity);
    if (fields.empty()) {
      ++diff.unchanged;
    } else {
      diff.changed.push_back({it->second, entity, std::move(fields)});
    }
  }
  for (const auto& [id, entity] : old_by_id) {
    if (!now_by_id.contains(id)) diff.removed.push_back(entity);
  }
  std::sort(diff.added.begin(), diff.added.end(), ById);
  std::sort(diff.removed.begin(), diff.removed.end(), ById);
  std::sort(diff.changed.begin(), diff.changed.end(),
            [](const EntityChange& a, const EntityChange& b) { return a.now->id < b.now->id; });
  diff.duplicate_ids.assign(duplicates.begin(), duplicates.end());
  std::sort(diff.duplicate_ids.begin(), diff.duplicate_ids.end());
  return diff;
}

std::vector<const Entity*> EntitiesOf(const std::vector<LoadedList>& lists) {
  std::vector<const Entity*> out;
  for (const LoadedList& list : lists) {
    for (const Entity& entity : list.entities) out.push_back(&entity);
  }
  return out;
}

}  // namespace cordon
