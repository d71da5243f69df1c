// The yente-compatible request and response bodies: POST /match/{dataset}, GET /search,
// GET /entities/{id}. Parsing names the offending field in every error; the response layout
// follows yente's (responses -> results with id, caption, schema, properties, datasets, score,
// match, features, explanations; total; query).
#ifndef CORDON_SERVER_MATCH_API_H_
#define CORDON_SERVER_MATCH_API_H_

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "cordon/result.h"
#include "cordon/screen.h"

namespace cordon::server {

inline constexpr std::size_t kMaxQueriesPerRequest = 100;
inline constexpr std::size_t kMaxNamesPerQuery = 20;

// One query of a /match request, as sent and as Cordon reads it.
struct MatchQuery {
  std::string key;
  std::string schema;  // as sent ("Person", "Thing", ...)
  std::map<std::string, std::vector<std::string>> properties;
  std::vector<std::string> names;
  Query query;  // evidence: schema, first birth date, first country, first identifier
};

struct MatchRequest {
  std::vector<MatchQuery> queries;
  std::size_t candidates = ScreenOptions().candidates;  // config.candidates
};

// Parses a /match body. Errors are kInvalidArgument and name the field, e.g.
// "queries.q1.properties.name: must be an array of strings".
Result<MatchRequest> ParseMatchRequest(std::string_view body);

// Filters from the query string shared by /match and /search.
struct ResultFilter {
  std::string dataset;  // path segment; "default" (or "all") means every dataset
  std::vector<std::string> include_datasets;
  std::vector<std::string> exclude_datasets;
  std::vector<std::string> exclude_schemas;
  std::vector<std::string> exclude_entity_ids;
  std::string changed_since;  // ISO date: entities listed on or after it
  bool Keeps(const Entity& entity) const;
};

struct MatchParams {
  std::size_t limit = 5;
  double threshold = kDefaultThreshold;  // match = score >= threshold; total counts matches
  double cutoff = 0.5;                   // results below it are not returned
  ResultFilter filter;
};

// Screens every query and writes the response body.
std::string RunMatch(const Screener& screener, const MatchRequest& request,
                     const MatchParams& params);
// GET /search/{dataset}?q=: one name, the same result objects.
std::string RunSearch(const Screener& screener, const std::string& text, const MatchParams& params);
// GET /entities/{id}.
std::string EntityJson(const Entity& entity);

}  // namespace cordon::server

#endif  // CORDON_SERVER_MATCH_API_H_
