// Entities for tests: `<dataset>:<id>` with the given schema; the first name is primary, the
// others are aliases of `alias_kind`.
#ifndef CORDON_TESTS_TESTING_ENTITIES_H_
#define CORDON_TESTS_TESTING_ENTITIES_H_

#include <cstdint>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cordon/entity.h"
#include "cordon/ingest.h"
#include "cordon/synth.h"

namespace cordon::testing {

inline Entity MakeEntity(const std::string& dataset, const std::string& id, Schema schema,
                         const std::vector<std::string>& names,
                         NameKind alias_kind = NameKind::kStrongAlias) {
  Entity entity;
  entity.dataset = dataset;
  entity.list_id = id;
  entity.id = dataset + ":" + id;
  entity.schema = schema;
  for (std::size_t pos = 0; pos < names.size(); ++pos) {
    Name name;
    name.full = names[pos];
    name.kind = pos == 0 ? NameKind::kPrimary : alias_kind;
    name.script = DetectScript(name.full);
    entity.names.push_back(name);
  }
  return entity;
}

// A synthetic list of `count` entities (`cordon synth --entities count --seed seed`), read as a
// list file is.
inline std::vector<Entity> SyntheticEntities(std::size_t count, std::uint64_t seed) {
  SynthOptions synth;
  synth.entities = count;
  synth.seed = seed;
  std::ostringstream list;
  EXPECT_TRUE(WriteSyntheticList(synth, list).ok());
  auto loaded = ParseListBytes(list.str(), "synthetic.csv", LoadOptions{});
  EXPECT_TRUE(loaded.has_value()) << loaded.error().ToString();
  return loaded.has_value() ? std::move(loaded->entities) : std::vector<Entity>{};
}

}  // namespace cordon::testing

#endif  // CORDON_TESTS_TESTING_ENTITIES_H_
