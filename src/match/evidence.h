// Evidence beyond the name: birth dates, countries, schema compatibility, identifiers.
// Each function returns how the evidence moves a name score, with words for the explanation.
#ifndef CORDON_MATCH_EVIDENCE_H_
#define CORDON_MATCH_EVIDENCE_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "cordon/entity.h"

namespace cordon::match {

enum class Verdict { kUnknown, kMatch, kPartial, kMismatch };

struct EvidenceResult {
  Verdict verdict = Verdict::kUnknown;
  std::string detail;
};

// Query date (partial) against the listed dates: exact day, same year (or within a range,
// or +-1 year when approximate) is a match/partial; a clear difference is a mismatch.
EvidenceResult CompareBirthDate(const PartialDate& query, const std::vector<BirthDate>& listed);

// ISO 3166 alpha-2 code for a country name or code ("Pakistan", "PK", "Russian Federation"),
// lower-case, or "" when unknown. Uses ICU's English display names plus common aliases.
std::string CountryCode(std::string_view text);
// Query country against an entity's nationalities, countries and birth places.
EvidenceResult CompareCountry(std::string_view query_country, const Entity& entity);

// Whether a query of schema `query` may be the listed `listed` (Person vs Vessel: no).
EvidenceResult CompareSchema(Schema query, Schema listed);

// Identifier values compared without spaces, dashes and case; "IMO 9187629" = "9187629".
EvidenceResult CompareIdentifier(std::string_view query_id, const Entity& entity);
std::string NormalizeIdentifier(std::string_view value);

}  // namespace cordon::match

#endif  // CORDON_MATCH_EVIDENCE_H_
