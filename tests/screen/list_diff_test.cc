#include "cordon/list_diff.h"

#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cordon/ingest.h"

#include "ingest/ingest_test_util.h"

namespace cordon {
namespace {

Entity MakeEntity(const std::string& list_id, const std::string& name,
                  Schema schema = Schema::kPerson) {
  Entity entity;
  entity.dataset = "test_list";
  entity.list_id = list_id;
  entity.id = entity.dataset + ":" + list_id;
  entity.schema = schema;
  Name primary;
  primary.full = name;
  entity.names.push_back(primary);
  return entity;
}

Name MakeName(const std::string& full, NameKind kind, const std::string& type = "") {
  Name name;
  name.full = full;
  name.kind = kind;
  name.type = type;
  return name;
}

std::vector<const Entity*> Pointers(const std::vector<Entity>& entities) {
  std::vector<const Entity*> out;
  for (const Entity& entity : entities) out.push_back(&entity);
  return out;
}

TEST(ListDiff, IdenticalSetsHaveNoChanges) {
  std::vector<Entity> old = {MakeEntity("1", "ALPHA"), MakeEntity("2", "BETA")};
  std::vector<Entity> now = old;
  ListDiff diff = DiffEntities(Pointers(old), Pointers(now));
  EXPECT_TRUE(diff.empty());
  EXPECT_EQ(diff.unchanged, 2u);
}

TEST(ListDiff, FindsAddedAndRemovedEntitiesSortedById) {
  std::vector<Entity> old = {MakeEntity("1", "ALPHA"), MakeEntity("2", "BETA")};
  std::vector<Entity> now = {MakeEntity("4", "DELTA"), MakeEntity("1", "ALPHA"),
                             MakeEntity("3", "GAMMA")};
  ListDiff diff = DiffEntities(Pointers(old), Pointers(now));
  ASSERT_EQ(diff.added.size(), 2u);
  EXPECT_EQ(diff.added[0]->id, "test_list:3");
  EXPECT_EQ(diff.added[1]->id, "test_list:4");
  ASSERT_EQ(diff.removed.size(), 1u);
  EXPECT_EQ(diff.removed[0]->id, "test_list:2");
  EXPECT_TRUE(diff.changed.empty());
  EXPECT_EQ(diff.unchanged, 1u);
}

TEST(ListDiff, ReportsAddedRemovedAndKindChangedNames) {
  Entity old = MakeEntity("1", "ALPHA");
  old.names.push_back(MakeName("ALFA", NameKind::kStrongAlias, "a.k.a."));
  old.names.push_back(MakeName("OLD NAME", NameKind::kStrongAlias, "f.k.a."));
  Entity now = MakeEntity("1", "ALPHA");
  now.names.push_back(MakeName("ALFA", NameKind::kWeakAlias, "a.k.a."));
  now.names.push_back(MakeName("АЛЬФА", NameKind::kStrongAlias));

  std::vector<FieldChange> fields = DiffEntity(old, now);
  ASSERT_EQ(fields.size(), 1u);
  const FieldChange& names = fields[0];
  EXPECT_EQ(names.field, EntityField::kNames);
  EXPECT_EQ(names.added, std::vector<std::string>{"АЛЬФА"});
  EXPECT_EQ(names.removed, std::vector<std::string>{"OLD NAME"});
  ASSERT_EQ(names.kind_changes.size(), 1u);
  EXPECT_EQ(names.kind_changes[0].name, "ALFA");
  EXPECT_EQ(names.kind_changes[0].before, "strong alias (a.k.a.)");
  EXPECT_EQ(names.kind_changes[0].after, "weak alias (a.k.a.)");
}

TEST(ListDiff, ReportsSingleValuedFieldsBeforeAndAfter) {
  Entity old = MakeEntity("1", "ALPHA", Schema::kLegalEntity);
  Entity now = MakeEntity("1", "ALPHA", Schema::kOrganization);
  now.gender = "female";
  old.listed_on = "2001-10-06";
  now.listed_on = "2001-10-07";

  EntityChange change{&old, &now, DiffEntity(old, now)};
  ASSERT_EQ(change.fields.size(), 3u);
  const FieldChange* schema = change.Find(EntityField::kSchema);
  ASSERT_NE(schema, nullptr);
  EXPECT_EQ(schema->before, "LegalEntity");
  EXPECT_EQ(schema->after, "Organization");
  const FieldChange* gender = change.Find(EntityField::kGender);
  ASSERT_NE(gender, nullptr);
  EXPECT_EQ(gender->before, "");
  EXPECT_EQ(gender->after, "female");
  ASSERT_NE(change.Find(EntityField::kListedOn), nullptr);
  EXPECT_EQ(change.Find(EntityField::kPrograms), nullptr);
}

TEST(ListDiff, ComparesMultiValuedFieldsAsSets) {
  Entity old = MakeEntity("1", "ALPHA");
  old.programs = {"SDGT", "FTO"};
  old.nationalities = {"Pakistan", "Pakistan"};
  Entity now = MakeEntity("1", "ALPHA");
  now.programs = {"FTO", "SDGT", "FTO"};
  now.nationalities = {"Pakistan"};
  EXPECT_TRUE(DiffEntity(old, now).empty());
}

TEST(ListDiff, RendersBirthDatesAndIdentifiersAsText) {
  Entity old = MakeEntity("1", "ALPHA");
  old.birth_dates.push_back({{1962, 3, 14}, {1962, 3, 14}, false});
  old.identifiers.push_back({"Passport", "OB 0243318", "Pakistan"});
  Entity now = MakeEntity("1", "ALPHA");
  now.birth_dates.push_back({{1962, 3, 14}, {1962, 3, 14}, false});
  now.birth_dates.push_back({{1973, 0, 0}, {1974, 0, 0}, false});
  now.identifiers.push_back({"Passport", "OB 0243319", "Pakistan"});

  std::vector<FieldChange> fields = DiffEntity(old, now);
  ASSERT_EQ(fields.size(), 2u);
  EXPECT_EQ(fields[0].field, EntityField::kBirthDates);
  BirthDate range{{1973, 0, 0}, {1974, 0, 0}, false};
  EXPECT_EQ(fields[0].added, std::vector<std::string>{range.ToString()});
  EXPECT_TRUE(fields[0].removed.empty());
  EXPECT_EQ(fields[1].field, EntityField::kIdentifiers);
  EXPECT_EQ(fields[1].added, std::vector<std::string>{"Passport: OB 0243319 (Pakistan)"});
  EXPECT_EQ(fields[1].removed, std::vector<std::string>{"Passport: OB 0243318 (Pakistan)"});
}

TEST(ListDiff, ReportsFieldsInEntityFieldOrder) {
  Entity old = MakeEntity("1", "ALPHA");
  Entity now = MakeEntity("1", "ALPHA");
  now.titles = {"Commander"};
  now.remarks = {"a.k.a. 'A'"};
  now.countries = {"Iraq"};
  now.names.push_back(MakeName("ALFA", NameKind::kStrongAlias));
  std::vector<FieldChange> fields = DiffEntity(old, now);
  std::vector<std::string> order;
  for (const FieldChange& field : fields) order.emplace_back(EntityFieldName(field.field));
  EXPECT_EQ(order, (std::vector<std::string>{"names", "countries", "remarks", "titles"}));
}

TEST(ListDiff, ChangedEntitiesPointAtBothVersions) {
  std::vector<Entity> old = {MakeEntity("1", "ALPHA")};
  std::vector<Entity> now = {MakeEntity("1", "ALPHA")};
  now[0].programs = {"IRAQ2"};
  ListDiff diff = DiffEntities(Pointers(old), Pointers(now));
  ASSERT_EQ(diff.changed.size(), 1u);
  EXPECT_EQ(diff.changed[0].old, &old[0]);
  EXPECT_EQ(diff.changed[0].now, &now[0]);
  EXPECT_EQ(diff.unchanged, 0u);
}

TEST(ListDiff, ComparesFirstOccurrenceOfDuplicateIdsAndNamesThem) {
  std::vector<Entity> old = {MakeEntity("1", "ALPHA"), MakeEntity("1", "OTHER")};
  std::vector<Entity> now = {MakeEntity("1", "ALPHA")};
  ListDiff diff = DiffEntities(Pointers(old), Pointers(now));
  EXPECT_TRUE(diff.empty());
  EXPECT_EQ(diff.duplicate_ids, std::vector<std::string>{"test_list:1"});
}

TEST(ListDiff, IgnoresNullPointers) {
  std::vector<Entity> now = {MakeEntity("1", "ALPHA")};
  ListDiff diff = DiffEntities({nullptr}, {nullptr, &now[0]});
  ASSERT_EQ(diff.added.size(), 1u);
  EXPECT_TRUE(diff.removed.empty());
}

TEST(ListDiff, EntityFieldNamesAreStable) {
  EXPECT_EQ(EntityFieldName(EntityField::kBirthDates), "birth_dates");
  EXPECT_EQ(EntityFieldName(EntityField::kListedOn), "listed_on");
  EXPECT_EQ(EntityFieldName(EntityField::kRelated), "related");
  EXPECT_TRUE(IsSingleValued(EntityField::kGender));
  EXPECT_FALSE(IsSingleValued(EntityField::kPrograms));
}

// The two UN Consolidated List snapshots in ../shared: 2025-11-20 (727 individuals, 273
// entities) and 2026-02-27 (730 + 273).
TEST(ListDiffIntegration, UnConsolidatedListUpdate) {
  CORDON_REQUIRE_SHARED(old_path, "data/lists/un_sc_sanctions/2025-11-20");
  CORDON_REQUIRE_SHARED(new_path, "data/lists/un_sc_sanctions/2026-02-27");
  auto old_lists = LoadLists(old_path, LoadOptions{});
  ASSERT_TRUE(old_lists.has_value()) << old_lists.error().ToString();
  auto new_lists = LoadLists(new_path, LoadOptions{});
  ASSERT_TRUE(new_lists.has_value()) << new_lists.error().ToString();
  std::vector<const Entity*> old_set = EntitiesOf(*old_lists);
  std::vector<const Entity*> new_set = EntitiesOf(*new_lists);
  ASSERT_EQ(old_set.size(), 1000u);
  ASSERT_EQ(new_set.size(), 1003u);

  ListDiff diff = DiffEntities(old_set, new_set);
  EXPECT_TRUE(diff.duplicate_ids.empty());
  EXPECT_EQ(diff.added.size() + diff.changed.size() + diff.unchanged, new_set.size());
  EXPECT_EQ(diff.removed.size() + diff.changed.size() + diff.unchanged, old_set.size());
  // Reference numbers compared with grep over both files: four Sudan designations added, one
  // Iraq delisting; so three more individuals in all.
  std::vector<std::string> added;
  for (const Entity* entity : diff.added) {
    added.push_back(entity->id);
    EXPECT_EQ(entity->schema, Schema::kPerson) << entity->id;
  }
  EXPECT_EQ(added,
            (std::vector<std::string>{"un_sc_sanctions:SDi.007", "un_sc_sanctions:SDi.008",
                                      "un_sc_sanctions:SDi.009", "un_sc_sanctions:SDi.010"}));
  ASSERT_EQ(diff.removed.size(), 1u);
  EXPECT_EQ(diff.removed[0]->id, "un_sc_sanctions:IQi.074");
  EXPECT_EQ(diff.removed[0]->schema, Schema::kPerson);
  // The INTERPOL notice link was dropped from the remarks of HTi.006.
  auto haiti = std::find_if(diff.changed.begin(), diff.changed.end(), [](const EntityChange& c) {
    return c.now->id == "un_sc_sanctions:HTi.006";
  });
  ASSERT_NE(haiti, diff.changed.end());
  EXPECT_NE(haiti->Find(EntityField::kRemarks), nullptr);
}

}  // namespace
}  // namespace cordon
