#include "screen/explain.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "base/strings.h"
#include "match/evidence.h"

namespace cordon::screen {
namespace {

using namespace std::string_view_literals;  // literals appended without a length count

void AppendPercent(double value, std::string* out) {
  base::AppendFixed(value * 100, 0, out);
  out->push_back('%');
}

// Calls `visit(part)` for each token the aligned pairs hold on one side (joined pairs read
// "a+b", two parts), in order, until it returns false; false when it did.
template <typename Visit>
bool ForEachPart(const std::vector<match::TokenPair>& aligned, bool query_side, Visit&& visit) {
  for (const match::TokenPair& pair : aligned) {
    const std::string_view side = query_side ? pair.query : pair.candidate;
    for (std::size_t start = 0; start <= side.size();) {
      std::size_t end = side.find('+', start);
      if (end == std::string_view::npos) end = side.size();
      if (!visit(side.substr(start, end - start))) return false;
      start = end + 1;
    }
  }
  return true;
}

// The tokens of `name` that no aligned pair holds (on its query or listed side), appended to
// `out` as "'a', 'b' (particle)"; whether any was.
bool AppendUnmatched(const match::NameView& name, bool query_side,
                     const std::vector<match::TokenPair>& aligned, std::string* out) {
  // The parts, split once (ten hits a query are explained, each token against each pair);
  // more than kMaxParts are looked for pair by pair.
  constexpr std::size_t kMaxParts = 64;
  std::array<std::string_view, kMaxParts> parts;
  std::size_t part_count = 0;
  const bool split = ForEachPart(aligned, query_side, [&](std::string_view part) {
    if (part_count == kMaxParts) return false;
    parts[part_count++] = part;
    return true;
  });
  auto held = [&](std::string_view text) {
    if (split) {
      return std::find(parts.begin(), parts.begin() + static_cast<std::ptrdiff_t>(part_count),
                       text) != parts.begin() + static_cast<std::ptrdiff_t>(part_count);
    }
    return !ForEachPart(aligned, query_side, [&](std::string_view part) { return part != text; });
  };
  bool any = false;
  for (const match::TokenView& token : name.tokens) {
    if (held(token.text)) continue;
    out->append(any ? ", '"sv : "'"sv).append(token.text).append("'"sv);
    any = true;
    if (token.token_class != text::TokenClass::kWord) {
      out->append(" ("sv).append(text::TokenClassName(token.token_class)).append(")"sv);
    }
  }
  return any;
}

}  // namespace

void NameFeature(const std::string& query_name, const match::NameView& query,
                 const std::string& listed_name, NameKind kind, const match::NameView& listed,
                 const match::NameScore& score, const std::vector<match::TokenPair>& pairs,
                 Feature* feature, std::string_view query_read_as,
                 std::string_view listed_read_as) {
  feature->feature.assign("name"sv);
  feature->score = score.score;
  // Appended piece by piece: an explanation is built for every hit returned.
  std::string& detail = feature->detail;
  detail.clear();
  detail.reserve(256 + query_name.size() + query_read_as.size() + listed_name.size() +
                 listed_read_as.size() + 48 * pairs.size());
  auto read_as = [&detail](std::string_view latin) {
    if (latin.empty()) return;
    detail.append(" (read as '"sv).append(latin).append("')"sv);
  };
  detail.append("'"sv).append(query_name).append("'"sv);
  read_as(query_read_as);
  detail.append(" met the listed "sv);
  detail.append(NameKindName(kind)).append(" '"sv).append(listed_name).append("'"sv);
  read_as(listed_read_as);
  detail.append(": "sv);
  bool first = true;
  for (const match::TokenPair& pair : pairs) {
    if (!first) detail.append(", "sv);
    first = false;
    detail.append("'"sv).append(pair.query).append("'"sv);
    detail.append(pair.kind == match::TokenMatchKind::kExact ? " = '" : " ~ '");
    detail.append(pair.candidate).append("' ("sv).append(match::TokenMatchKindName(pair.kind));
    if (pair.kind != match::TokenMatchKind::kExact) {
      detail.push_back(' ');
      base::AppendFixed(pair.similarity, 2, &detail);
    }
    const bool approximate = pair.kind == match::TokenMatchKind::kFuzzy ||
                             pair.kind == match::TokenMatchKind::kSoundsAlike ||
                             pair.kind == match::TokenMatchKind::kWeak;
    for (const match::TokenView& token : query.tokens) {
      if (!approximate || token.text != pair.query) continue;
      if (token.vocabulary == match::Vocabulary::kKnown) {
        detail.append(", a name of its own on the lists"sv);
      } else if (token.vocabulary == match::Vocabulary::kUnseen) {
        detail.append(", on no list: a likely misspelling"sv);
      }
      break;
    }
    detail.append(")"sv);
  }
  if (pairs.empty()) detail += "no token in common";
  // What each side has that the other lacks, where it is written, without building it apart.
  const std::size_t mark = detail.size();
  detail.append("; not in the listed name: "sv);
  if (!AppendUnmatched(query, true, pairs, &detail)) detail.resize(mark);
  const std::size_t listed_mark = detail.size();
  detail.append("; not in the query: "sv);
  if (!AppendUnmatched(listed, false, pairs, &detail)) detail.resize(listed_mark);
  detail.append("; query covered "sv);
  AppendPercent(score.query_coverage, &detail);
  detail.append(", listed name covered "sv);
  AppendPercent(score.candidate_coverage, &detail);
  if (score.information_factor < 0.999) {
    detail.append("; short name, little information (x"sv);
    base::AppendFixed(score.information_factor, 2, &detail);
    detail.append(")"sv);
  }
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
