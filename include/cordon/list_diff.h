// List delta: what changed between two versions of the same lists.
//
// DiffEntities() compares two entity sets keyed by Entity::id (an old version and a new one of
// one or more lists) and returns the entities added, removed and changed, and for each changed
// entity the fields that changed with the values added and removed. Re-screening a customer base
// after a list update only needs the added entities and the changed ones whose names or details
// moved; `cordon lists diff` prints the same result.
//
// Comparison rules: values are compared as published (exact UTF-8 strings, no normalisation).
// Multi-valued fields are compared as sets, so a reordering is not a change and a value repeated
// within one entity counts once. Names are matched by their full text: a name present in both
// versions whose kind (or the list's alias type) differs is a kind change, not an add and remove.
//
//   std::vector<const cordon::Entity*> old_set = ..., new_set = ...;
//   cordon::ListDiff diff = cordon::DiffEntities(old_set, new_set);
//   for (const cordon::Entity* e : diff.added) Rescreen(*e);
//   for (const cordon::EntityChange& c : diff.changed)
//     if (c.Find(cordon::EntityField::kNames)) Rescreen(*c.now);
#ifndef CORDON_LIST_DIFF_H_
#define CORDON_LIST_DIFF_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cordon/entity.h"
#include "cordon/ingest.h"

namespace cordon {

// The compared fields of an Entity, in the order changes are reported. (id, dataset and list_id
// are the key, so they never change.)
enum class EntityField : std::uint8_t {
  kSchema,
  kNames,
  kBirthDates,
  kBirthPlaces,
  kNationalities,
  kCountries,
  kAddresses,
  kIdentifiers,
  kPrograms,
  kGender,
  kListedOn,
  kRemarks,
  kTitles,
  kRelated,
};

// "schema", "names", "birth_dates", "birth_places", "nationalities", "countries", "addresses",
// "identifiers", "programs", "gender", "listed_on", "remarks", "titles", "related".
std::string_view EntityFieldName(EntityField field);
// True for the single-valued fields (schema, gender, listed_on), reported as before/after.
bool IsSingleValued(EntityField field);

// A name present in both versions whose kind changed.
struct NameKindChange {
  std::string name;    // the full name
  std::string before;  // "strong alias", or "strong alias (a.k.a.)" when the list gives a type
  std::string after;
};

// How one field of an entity changed.
struct FieldChange {
  EntityField field = EntityField::kNames;
  // Multi-valued fields: values only in the new version / only in the old one, as text, in the
  // order the entity lists them. Names give their full text, birth dates BirthDate::ToString(),
  // identifiers "type: value (country)".
  std::vector<std::string> added;
  std::vector<std::string> removed;
  // Single-valued fields: the value before and after (schema by SchemaName; may be empty).
  std::string before;
  std::string after;
  // kNames only: names in both versions whose kind changed.
  std::vector<NameKindChange> kind_changes;
};

// An entity present in both versions with at least one changed field.
struct EntityChange {
  const Entity* old = nullptr;      // never null
  const Entity* now = nullptr;      // never null
  std::vector<FieldChange> fields;  // in EntityField order, one per changed field

  // The change of `field`, or nullptr if that field did not change.
  const FieldChange* Find(EntityField field) const;
};

// The difference between two entity sets. Pointers refer to the entities given to DiffEntities
// and stay valid as long as those do. Every vector is sorted by id.
struct ListDiff {
  std::vector<const Entity*> added;    // in the new set only
  std::vector<const Entity*> removed;  // in the old set only
  std::vector<EntityChange> changed;
  std::size_t unchanged = 0;
  // Ids met more than once within one set (only the first occurrence is compared).
  std::vector<std::string> duplicate_ids;

  bool empty() const { return added.empty() && removed.empty() && changed.empty(); }
};

// Compares the fields of two versions of one entity (ids are not compared). Empty if equal.
std::vector<FieldChange> DiffEntity(const Entity& old, const Entity& now);

// Compares two entity sets keyed by Entity::id. Null pointers are ignored.
ListDiff DiffEntities(const std::vector<const Entity*>& old, const std::vector<const Entity*>& now);

// Pointers to every entity of `lists`, in list order, for DiffEntities.
std::vector<const Entity*> EntitiesOf(const std::vector<LoadedList>& lists);

}  // namespace cordon

#endif  // CORDON_LIST_DIFF_H_
