// Synthetic lists and labelled query sets, for benchmarks and accuracy runs at sizes no published
// list reaches.
//
// WriteSyntheticList() writes a list of persons (about 70%, named in ten traditions) and
// organisations (companies and groups) in the Cordon CSV format (docs/formats.md), with the
// aliases lists give: transliteration variants, reordering, dropped middle names, original
// script, acronyms. Rows are streamed, so memory does not grow with the entity count. Ids are
// 1..entities. WriteSyntheticQueries() draws queries from any entities (variants of their names,
// labelled with the entity id, and negatives) as the TSV `cordon eval --queries` reads.
//
// Both are deterministic: the same options give the same bytes with any standard library.
//
//   cordon::SynthOptions options;
//   options.entities = 100000;
//   std::ofstream out("synthetic.csv");
//   cordon::SynthSummary summary;
//   cordon::Status status = cordon::WriteSyntheticList(options, out, &summary);
#ifndef CORDON_SYNTH_H_
#define CORDON_SYNTH_H_

#include <cstdint>
#include <ostream>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "cordon/entity.h"
#include "cordon/status.h"

namespace cordon {

struct SynthOptions {
  std::uint64_t entities = 0;  // at least 1
  std::uint64_t seed = 1;
  // Write a customer file instead (`cordon customers import`: id "c<n>", name, schema,
  // birth_date, country): the same people and organisations, without aliases, with at most one
  // birth date and one country each.
  bool customers = false;
};

struct SynthSummary {
  std::uint64_t entities = 0;
  std::uint64_t persons = 0;  // the rest are organisations (schema Company or Organization)
  std::uint64_t names = 0;    // primary names, strong and weak aliases
};

// Writes the CSV header and `options.entities` rows to `out`. Errors: kInvalidArgument for no
// entities, kIoError when the stream fails. `summary` may be null.
Status WriteSyntheticList(const SynthOptions& options, std::ostream& out,
                          SynthSummary* summary = nullptr);

struct QueryGenOptions {
  std::uint64_t count = 0;  // at least 1
  std::uint64_t seed = 1;
  double negatives = 0.1;  // the share of negative queries, in [0, 1]
};

// The positive query families, in the order queries cycle through them: "exact", "typo",
// "reorder", "drop_middle", "initials", "translit". Negatives are "negative".
std::span<const std::string_view> QueryFamilies();

struct QueryGenSummary {
  std::uint64_t queries = 0;
  std::uint64_t source_entities = 0;  // entities with a Latin-script name queries can come from
  // Queries per family: QueryFamilies() in order, then "negative".
  std::vector<std::pair<std::string_view, std::uint64_t>> by_family;
};

// Writes `options.count` queries drawn from `entities` to `out` as TSV with a header: qid, query,
// expected_entity_id (Entity::id, empty for negatives), family. Positives cycle through the
// families, each from a random entity's primary name or strong alias in Latin script; a variant
// that is a listed name is not used; a family that applies to no entity is skipped. Negatives
// join the given name of one listed person and the family name of another and are checked not
// to be listed names. Errors: kInvalidArgument for a bad option, entities without a Latin-script
// name, or too few persons for negatives; kIoError when the stream fails.
Status WriteSyntheticQueries(const std::vector<const Entity*>& entities,
                             const QueryGenOptions& options, std::ostream& out,
                             QueryGenSummary* summary = nullptr);

}  // namespace cordon

#endif  // CORDON_SYNTH_H_
