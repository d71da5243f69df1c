// Screening: find the listed entities a name (plus optional birth date, country, schema,
// identifier) may be, scored in [0, 1], each hit with the features that explain its score.
//
// A Screener is built once from the entities of one or more lists and is then immutable:
// Screen() is const and safe to call from many threads at once.
//
//   auto lists = cordon::LoadLists("sdn.xml", {});
//   auto screener = cordon::Screener::Create(EntitiesOf(*lists));
//   cordon::Query query;
//   query.name = "Mohammed Omar";
//   for (const cordon::Hit& hit : (*screener)->Screen(query, {})) ...
//
// Score >= threshold means "an analyst should look" (Hit::match). kDefaultThreshold is the one
// documented default (docs/matching.md gives the precision/recall it was chosen from).
#ifndef CORDON_SCREEN_H_
#define CORDON_SCREEN_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cordon/entity.h"
#include "cordon/result.h"

namespace cordon {

inline constexpr double kDefaultThreshold = 0.8;

struct Query {
  std::string name;              // required, any script
  std::optional<Schema> schema;  // Person, Organization, Vessel, ...
  std::string birth_date;        // ISO partial date "1962", "1962-03-14"
  std::string country;           // ISO code ("pk") or English name ("Pakistan")
  std::string id_number;         // passport, national id, IMO, BIC, ...
};

// One feature that moved a score, in words an analyst understands.
struct Feature {
  std::string feature;  // "name", "weak_alias", "birth_date", "country", "schema", "identifier"
  double score = 0;     // the feature's own score or its effect on the total
  std::string detail;   // e.g. "'mohammed' ~ 'muhammad' (spelling variant, 0.97)"
};

struct Hit {
  std::string entity_id;
  double score = 0;
  bool match = false;  // score >= threshold
  Schema schema = Schema::kLegalEntity;
  std::string caption;
  std::string matched_name;  // the listed name the query met
  NameKind matched_kind = NameKind::kPrimary;
  std::vector<std::string> datasets;
  std::vector<Feature> explanation;
  const Entity* entity = nullptr;  // valid as long as the Screener lives
};

struct ScreenOptions {
  double threshold = kDefaultThreshold;  // hits below are dropped (0 keeps the top `limit`)
  std::size_t limit = 10;
  bool explain = true;  // fill Hit::explanation
};

// Scores one pair of names (and optional evidence) without any list: used by `cordon compare`.
// Token rarity is unknown here, so every token weighs its class weight.
struct Comparison {
  double score = 0;
  bool match = false;
  std::vector<Feature> explanation;
};
Comparison Compare(const Query& a, const Query& b, double threshold = kDefaultThreshold);

class Screener {
 public:
  virtual ~Screener() = default;
  // Builds the matching index over `entities` (relationship entities are kept but never hit).
  static Result<std::unique_ptr<Screener>> Create(std::vector<Entity> entities);

  // Hits sorted by score, descending; at most options.limit, only score >= options.threshold.
  virtual std::vector<Hit> Screen(const Query& query, const ScreenOptions& options) const = 0;
  virtual std::size_t entity_count() const = 0;
  virtual std::size_t name_count() const = 0;
  virtual const Entity* FindEntity(const std::string& id) const = 0;
  virtual const std::vector<Entity>& entities() const = 0;
};

}  // namespace cordon

#endif  // CORDON_SCREEN_H_
