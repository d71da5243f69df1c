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
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "cordon/entity.h"
#include "cordon/result.h"
#include "cordon/status.h"

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
  // Fill Hit::entity: the whole listed entity, decoded at its first hit and kept while the
  // Screener lives. Without it, a hit's own fields are read from the index in place and
  // Hit::entity is null: a batch that writes hits out keeps no decoded entities, however
  // many of a large list it meets.
  bool entities = true;
  // How many listed names the index hands to full scoring (the rest are not scored). More
  // finds more of the hardest variants and costs time; `cordon eval --candidates` measures it.
  std::size_t candidates = 50;
  // Walk the postings of every query token, common ones included, so that a listed name made
  // only of common tokens can still be a candidate. Much slower on large indexes; rescreens
  // use it to search the customer index with a few changed listed names.
  bool exhaustive = false;
};

// Scores one pair of names (and optional evidence) without any list: used by `cordon compare`.
// Token rarity is unknown here, so every token weighs its class weight.
struct Comparison {
  double score = 0;
  bool match = false;
  std::vector<Feature> explanation;
};
Comparison Compare(const Query& a, const Query& b, double threshold = kDefaultThreshold);

// The least name score that evidence can lift to `score` (a matching birth date and country
// raise a score; all other evidence lowers it): below it a name cannot reach `score`, an
// identifier match aside.
double LeastNameScoreFor(double score);

// How a Screener was made and what it holds (for `--stats`, `/catalog`, `/metrics`).
struct ScreenerInfo {
  std::size_t entities = 0;
  std::size_t names = 0;
  std::size_t tokens = 0;       // distinct listed tokens
  std::size_t fuzzy_keys = 0;   // distinct keys of the token dictionary
  std::size_t token_pairs = 0;  // distinct pairs of common tokens listed names hold
  std::size_t bytes = 0;        // size of the index image (entities included)
  bool mapped = false;          // read from a snapshot file by mapping it
  double ready_ms = 0;          // time to build or to load the index
  std::string source;           // the snapshot file, or "memory"
  std::int64_t created_unix = 0;
  std::string metadata;  // JSON object describing the lists (see ScreenerOptions)
  std::vector<std::pair<std::string, std::size_t>> datasets;  // entities per dataset
};

struct ScreenerOptions {
  unsigned threads = 0;  // threads used to prepare names; 0 = all cores
  // Stored with the index and returned by info().metadata: a JSON object describing the lists
  // (datasets, files, publication dates). Empty means "{}".
  std::string metadata;
};

class Screener {
 public:
  virtual ~Screener() = default;
  // Builds the matching index over `entities` (relationship entities are kept but never hit).
  static Result<std::unique_ptr<Screener>> Create(std::vector<Entity> entities,
                                                  const ScreenerOptions& options = {});
  // Builds the index over `entities` straight into the snapshot file `path`, as Create() then
  // Save() would write it, without holding the image in memory; Open() it to screen.
  static Status WriteSnapshot(std::vector<Entity> entities, const ScreenerOptions& options,
                              const std::string& path);
  // Opens a snapshot written by Save() (or `cordon index build`) by mapping it: start-up costs
  // a checksum pass, not a rebuild. A damaged or foreign file gives kCorruptSnapshot.
  static Result<std::unique_ptr<Screener>> Open(const std::string& snapshot_path);
  // The same from snapshot bytes held in memory; `source` names them in errors.
  static Result<std::unique_ptr<Screener>> FromSnapshotBytes(std::string bytes,
                                                             const std::string& source);

  // Hits sorted by score, descending; at most options.limit, only score >= options.threshold.
  std::vector<Hit> Screen(const Query& query, const ScreenOptions& options) const {
    std::vector<Hit> hits;
    Screen(query, options, &hits);
    return hits;
  }
  // The same, written over `hits` (resized to the hits found): the hits it already holds are
  // reused with their strings, so that a thread screening one query after another keeps one
  // vector and allocates next to nothing per query.
  virtual void Screen(const Query& query, const ScreenOptions& options,
                      std::vector<Hit>* hits) const = 0;
  // The score Screen() would give each of `entities` (positions < entity_count()) were it a
  // candidate: its best name with the evidence applied; 0 for an entity with no names. No
  // candidate step and no explanation, so cheap enough to check many pairs (rescreens).
  virtual std::vector<double> ScoreEntities(const Query& query,
                                            const std::vector<std::size_t>& entities) const = 0;
  // Of `positions` (entities of `other`, another Screener such as an index of customers),
  // those whose first name, taken as a query, gets a name score of at least `least` against
  // entity `entity` of this Screener (its best name, no evidence), as Screen() would score it.
  // Exact, but quick over many positions: names are read as `other` prepared them, and a bound
  // from each distinct token's best match rules most of them out before any scoring. Empty
  // when `other` is not an index Screener.
  virtual std::vector<std::size_t> NameMatchesAmong(const Screener& other, std::size_t entity,
                                                    const std::vector<std::size_t>& positions,
                                                    double least) const = 0;
  // Positions of every entity with a name the candidate step reaches from `query.name` when it
  // walks every posting (ScreenOptions::exhaustive), through a token key (spelling variant,
  // skeleton, phonetic key, prefix, one deletion) or a joined-pair or acronym key, and of which
  // the query reaches at least `min_share` of the rarity-weighted tokens; plus the entities
  // holding `query.id_number`. Unranked and unscored. Rescreens use it on the customer index.
  // With `forward` (the Screener whose entities this one's are screened against, e.g. the
  // lists when this is the customer index), a loose key (skeleton, prefix, suffix, deletion)
  // that a forward screening against `forward` skips as too common is skipped here too: the
  // entities reached are still every one a forward screening could pair with the query.
  virtual std::vector<std::size_t> Reach(const Query& query, double min_share,
                                         const Screener* forward = nullptr) const = 0;
  // Readies `concurrency` screenings at once (0: one per core) before the first queries: the
  // per-query working memory sized to this index is allocated and touched, and the
  // transliterators are built, so that the first queries are as fast as the rest. Servers
  // call it before taking requests, batches before starting their clock.
  virtual void Prepare(unsigned concurrency) const = 0;
  // Writes the index as a snapshot file (atomically: a temporary file renamed into place).
  virtual Status Save(const std::string& path) const = 0;

  virtual std::size_t entity_count() const = 0;
  virtual std::size_t name_count() const = 0;
  // The entity at position `index` (< entity_count()), decoded on first use; valid as long as
  // the Screener lives.
  virtual const Entity& EntityAt(std::size_t index) const = 0;
  virtual const Entity* FindEntity(const std::string& id) const = 0;
  virtual const ScreenerInfo& info() const = 0;
  // Of a mapped snapshot, the bytes the kernel maps with 2 MiB pages now: all of it where the
  // page cache holds the file in folios of that size (see docs/performance.md); 0 for an index
  // built in memory. Read from /proc/self/smaps (a millisecond or two at a million names), so
  // asked for only where it is shown, not at load.
  virtual std::size_t HugePageBytes() const = 0;
};

}  // namespace cordon

#endif  // CORDON_SCREEN_H_
