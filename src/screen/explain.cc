#include "screen/explain.h"

#include <algorithm>
#include <cstdio>

#include "match/evidence.h"

namespace cordon::screen {
namespace {

std::string Percent(double value) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%.0f%%", value * 100);
  return buf;
}

std::string Fixed(double value) {
  char buf[16];
  std::snprintf(buf, sizeof(buf), "%.2f", value);
  return buf;
}

}  // namespace

Feature NameFeature(const std::string& query_name, const match::NameView& query,
                    const std::string& listed_name, NameKind kind, const match::NameView& listed,
                    const match::NameScore& score, const std::vector<match::TokenPair>& pairs) {
  Feature feature;
  feature.feature = "name";
  feature.score = score.score;
  std::string detail = "'" + query_name + "' met the listed " + std::string(NameKindName(kind)) +
                       " '" + listed_name + "': ";
  bool first = true;
  for (const match::TokenPair& pair : pairs) {
    if (!first) detail += ", ";
    first = false;
    detail += "'" + pair.query + "'";
    detail += pair.kind == match::TokenMatchKind::kExact ? " = " : " ~ ";
    detail += "'" + pair.candidate + "' (" + std::string(match::TokenMatchKindName(pair.kind));
    if (pair.kind != match::TokenMatchKind::kExact) detail += " " + Fixed(pair.similarity);
    const bool approximate = pair.kind == match::TokenMatchKind::kFuzzy ||
                             pair.kind == match::TokenMatchKind::kSoundsAlike;
    for (const match::TokenView& token : query.tokens) {
      if (!approximate || token.text != pair.query) continue;
      if (token.vocabulary == match::Vocabulary::kKnown) {
        detail += ", a name of its own on the lists";
      } else if (token.vocabulary == match::Vocabulary::kUnseen) {
        detail += ", on no list: a likely misspelling";
      }
      break;
    }
    detail += ")";
  }
  if (pairs.empty()) detail += "no token in common";
  auto unmatched = [](const match::NameView& name, bool query_side,
                      const std::vector<match::TokenPair>& aligned) {
    std::string out;
    for (const match::TokenView& token : name.tokens) {
      bool found = false;
      for (const match::TokenPair& pair : aligned) {
        const std::string& side = query_side ? pair.query : pair.candidate;
        // Joined pairs read "a+b": look for the token as one of the parts.
        std::size_t start = 0;
        while (!found && start <= side.size()) {
          std::size_t end = side.find('+', start);
          if (end == std::string::npos) end = side.size();
          found = side.compare(start, end - start, token.text) == 0;
          start = end + 1;
        }
        if (found) break;
      }
      if (found) continue;
      if (!out.empty()) out += ", ";
      out += "'" + std::string(token.text) + "'";
      if (token.token_class != text::TokenClass::kWord) {
        out += " (" + std::string(text::TokenClassName(token.token_class)) + ")";
      }
    }
    return out;
  };
  std::string missing_query = unmatched(query, true, pairs);
  std::string missing_listed = unmatched(listed, false, pairs);
  if (!missing_query.empty()) detail += "; not in the listed name: " + missing_query;
  if (!missing_listed.empty()) detail += "; not in the query: " + missing_listed;
  detail += "; query covered " + Percent(score.query_coverage) + ", listed name covered " +
            Percent(score.candidate_coverage);
  if (score.information_factor < 0.999) {
    detail += "; short name, little information (x" + Fixed(score.information_factor) + ")";
  }
  feature.detail = std::move(detail);
  return feature;
}

namespace {
// How far a matching birth date and a matching country close the gap to 1 (ApplyEvidence).
constexpr double kBirthDateLift = 0.3;
constexpr double kCountryLift = 0.1;
}  // namespace

double ApplyEvidence(double score, NameKind kind, const Query& query, const Entity& entity,
                     std::vector<Feature>* features) {
  auto add = [&](const char* name, double effect, std::string detail) {
    if (features) features->push_back(Feature{name, effect, std::move(detail)});
  };
  if (kind == NameKind::kWeakAlias) {
    double before = score;
    score *= 0.92;
    add("weak_alias", score - before,
        "matched only a weak alias (the list marks it low quality): score lowered");
  }
  if (query.schema) {
    match::EvidenceResult schema = match::CompareSchema(*query.schema, entity.schema);
    if (schema.verdict == match::Verdict::kMismatch) {
      double before = score;
      score *= 0.7;
      add("schema", score - before, schema.detail);
    }
  }
  if (!query.birth_date.empty()) {
    auto date = ParsePartialDate(query.birth_date);
    if (date) {
      match::EvidenceResult result = match::CompareBirthDate(*date, entity.birth_dates);
      double before = score;
      if (result.verdict == match::Verdict::kMatch) score += (1 - score) * kBirthDateLift;
      if (result.verdict == match::Verdict::kPartial) score += (1 - score) * 0.1;
      if (result.verdict == match::Verdict::kMismatch) score *= 0.85;
      if (result.verdict != match::Verdict::kUnknown) {
        add("birth_date", score - before, result.detail);
      }
    }
  }
  if (!query.country.empty()) {
    match::EvidenceResult result = match::CompareCountry(query.country, entity);
    double before = score;
    if (result.verdict == match::Verdict::kMatch) score += (1 - score) * kCountryLift;
    if (result.verdict == match::Verdict::kMismatch) score *= 0.95;
    if (result.verdict != match::Verdict::kUnknown) add("country", score - before, result.detail);
  }
  if (!query.id_number.empty()) {
    match::EvidenceResult result = match::CompareIdentifier(query.id_number, entity);
    if (result.verdict == match::Verdict::kMatch) {
      double before = score;
      score = std::max(score, 0.95);
      add("identifier", score - before, result.detail);
    }
  }
  return std::clamp(score, 0.0, 1.0);
}

}  // namespace cordon::screen

namespace cordon {

double LeastNameScoreFor(double score) {
  // Only a matching birth date and country lift a score (an identifier match aside); every
  // other piece of evidence lowers it.
  return std::max(0.0,
                  1 - (1 - score) / ((1 - screen::kBirthDateLift) * (1 - screen::kCountryLift)));
}

}  // namespace cordon
