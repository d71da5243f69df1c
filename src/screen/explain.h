// Turning a scored pair into the features an analyst reads, and combining name score and
// evidence into the final score. Shared by Screener and Compare.
#ifndef CORDON_SCREEN_EXPLAIN_H_
#define CORDON_SCREEN_EXPLAIN_H_

#include <optional>
#include <string>
#include <vector>

#include "cordon/entity.h"
#include "cordon/screen.h"

#include "match/name_scorer.h"

namespace cordon::screen {

// "query 'X' met listed 'Y': 'a' = 'a' (same), ...; not found in the listed name: 'z'",
// written over `feature` (its strings keep their capacity: a caller that explains many hits
// reuses one Feature per hit and allocates nothing once they are large enough).
// `query_read_as` and `listed_read_as`, when not empty, are the other readings of the names
// (text::OtherReadings(): a respelling, the construct state) that `query` and `listed` hold.
void NameFeature(const std::string& query_name, const match::NameView& query,
                 const std::string& listed_name, NameKind kind, const match::NameView& listed,
                 const match::NameScore& score, const std::vector<match::TokenPair>& pairs,
                 Feature* feature, std::string_view query_read_as = {},
                 std::string_view listed_read_as = {});

// Applies weak-alias, schema, birth-date, country and identifier evidence to `score`,
// appending a feature for each that moved it. `entity` may be null (compare without a list:
// then `listed_query` gives the other side's evidence).
double ApplyEvidence(double score, NameKind kind, const Query& query, const Entity& entity,
                     std::vector<Feature>* features);

}  // namespace cordon::screen

#endif  // CORDON_SCREEN_EXPLAIN_H_
