#include "server/match_api.h"

#include <algorithm>
#include <span>
#include <unordered_map>

#include <simdjson.h>

#include "server/json_out.h"

namespace cordon::server {
namespace {

Status FieldError(const std::string& field, const std::string& problem) {
  return Status::InvalidArgument(field + ": " + problem);
}

// Properties whose first value becomes the query's evidence.
constexpr std::string_view kDateProperties[] = {"birthDate", "incorporationDate"};
constexpr std::string_view kCountryProperties[] = {"nationality", "country", "citizenship",
                                                   "jurisdiction", "flag"};
constexpr std::string_view kIdentifierProperties[] = {
    "idNumber", "passportNumber", "registrationNumber", "taxNumber", "imoNumber",
    "swiftBic", "innCode",        "ogrnCode",           "leiCode",   "vatCode",
    "mmsi",     "callSign"};

const std::string* First(const std::map<std::string, std::vector<std::string>>& properties,
                         std::span<const std::string_view> names) {
  for (std::string_view name : names) {
    auto it = properties.find(std::string(name));
    if (it != properties.end() && !it->second.empty()) return &it->second.front();
  }
  return nullptr;
}

Result<MatchQuery> ParseQuery(const std::string& key, simdjson::dom::element element) {
  const std::string where = "queries." + key;
  simdjson::dom::object object;
  if (element.get_object().get(object)) return FieldError(where, "must be an object");
  MatchQuery out;
  out.key = key;
  for (auto field : object) {
    std::string_view name = field.key;
    if (name == "schema") {
      std::string_view schema;
      if (field.value.get_string().get(schema)) {
        return FieldError(where + ".schema", "must be a string");
      }
      out.schema = std::string(schema);
    } else if (name == "properties") {
      simdjson::dom::object properties;
      if (field.value.get_object().get(properties)) {
        return FieldError(where + ".properties", "must be an object");
      }
      for (auto property : properties) {
        const std::string field_name = where + ".properties." + std::string(property.key);
        std::vector<std::string>& values = out.properties[std::string(property.key)];
        auto add = [&](simdjson::dom::element value) -> Status {
          std::string_view text;
          if (value.get_string().get(text)) {
            return FieldError(field_name, "must be an array of strings");
          }
          values.emplace_back(text);
          return Status::Ok();
        };
        simdjson::dom::array array;
        if (!property.value.get_array().get(array)) {
          for (simdjson::dom::element value : array) CORDON_RETURN_IF_ERROR(add(value));
        } else {
          CORDON_RETURN_IF_ERROR(add(property.value));
        }
      }
    } else if (name != "id") {
      return FieldError(where + "." + std::string(name),
                        "unknown field (a query has schema and properties)");
    }
  }
  if (out.schema.empty()) out.schema = "Thing";
  if (out.schema != "Thing") {
    auto schema = ParseSchema(out.schema);
    if (!schema) return FieldError(where + ".schema", "unknown schema '" + out.schema + "'");
    out.query.schema = schema;
  }
  for (const char* property : {"name", "alias", "weakAlias", "previousName"}) {
    auto it = out.properties.find(property);
    if (it == out.properties.end()) continue;
    for (const std::string& value : it->second) {
      if (!value.empty()) out.names.push_back(value);
    }
  }
  if (out.names.empty()) {
    return FieldError(where + ".properties.name", "at least one non-empty name is required");
  }
  if (out.names.size() > kMaxNamesPerQuery) {
    return FieldError(where + ".properties.name",
                      "at most " + std::to_string(kMaxNamesPerQuery) + " names per query");
  }
  if (const std::string* date = First(out.properties, kDateProperties)) {
    if (!ParsePartialDate(*date)) {
      return FieldError(where + ".properties.birthDate", "not a date: '" + *date + "'");
    }
    out.query.birth_date = *date;
  }
  if (const std::string* country = First(out.properties, kCountryProperties)) {
    out.query.country = *country;
  }
  if (const std::string* id = First(out.properties, kIdentifierProperties)) {
    out.query.id_number = *id;
  }
  return out;
}

// Screens every name of a query and keeps each entity's best hit.
std::vector<Hit> ScreenNames(const Screener& screener, const std::vector<std::string>& names,
                             Query query, const MatchParams& params, std::size_t candidates) {
  ScreenOptions options;
  options.threshold = params.cutoff;
  // Results are filtered after screening: ask for more only when a filter may drop some
  // (explanations cost more than the scoring itself).
  const ResultFilter& filter = params.filter;
  const bool filtered =
      (filter.dataset != "default" && filter.dataset != "all" && !filter.dataset.empty()) ||
      !filter.include_datasets.empty() || !filter.exclude_datasets.empty() ||
      !filter.exclude_schemas.empty() || !filter.exclude_entity_ids.empty() ||
      !filter.changed_since.empty();
  options.limit = params.limit + (filtered ? 50 + filter.exclude_entity_ids.size() : 0);
  options.candidates = candidates;
  std::unordered_map<std::string, Hit> best;
  for (const std::string& name : names) {
    query.name = name;
    for (Hit& hit : screener.Screen(query, options)) {
      if (!hit.entity || !params.filter.Keeps(*hit.entity)) continue;
      auto it = best.find(hit.entity_id);
      if (it == best.end()) {
        best.emplace(hit.entity_id, std::move(hit));
      } else if (hit.score > it->second.score) {
        it->second = std::move(hit);
      }
    }
  }
  std::vector<Hit> hits;
  hits.reserve(best.size());
  for (auto& [id, hit] : best) hits.push_back(std::move(hit));
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    return a.score != b.score ? a.score > b.score : a.entity_id < b.entity_id;
  });
  return hits;
}

void WriteProperties(const Entity& entity, JsonOut* json) {
  std::map<std::string, std::vector<std::string>> properties;
  for (const Name& name : entity.names) {
    const char* key = name.kind == NameKind::kPrimary       ? "name"
                      : name.kind == NameKind::kStrongAlias ? "alias"
                                                            : "weakAlias";
    properties[key].push_back(name.full);
  }
  for (const BirthDate& date : entity.birth_dates) {
    properties["birthDate"].push_back(date.ToString());
  }
  for (const std::string& value : entity.birth_places) properties["birthPlace"].push_back(value);
  for (const std::string& value : entity.nationalities) properties["nationality"].push_back(value);
  for (const std::string& value : entity.countries) properties["country"].push_back(value);
  for (const std::string& value : entity.addresses) properties["address"].push_back(value);
  for (const Identifier& id : entity.identifiers) properties["idNumber"].push_back(id.value);
  for (const std::string& value : entity.programs) properties["program"].push_back(value);
  for (const std::string& value : entity.remarks) properties["notes"].push_back(value);
  for (const std::string& value : entity.titles) properties["position"].push_back(value);
  if (!entity.gender.empty()) properties["gender"].push_back(entity.gender);
  if (!entity.listed_on.empty()) properties["listingDate"].push_back(entity.listed_on);
  json->BeginObject();
  for (const auto& [key, values] : properties) json->Key(key).StringArray(values);
  json->EndObject();
}

void WriteEntityFields(const Entity& entity, JsonOut* json) {
  json->Key("id").String(entity.id);
  json->Key("caption").String(entity.Caption());
  json->Key("schema").String(SchemaName(entity.schema));
  json->Key("properties");
  WriteProperties(entity, json);
  json->Key("datasets").StringArray({entity.dataset});
  json->Key("referents").BeginArray().EndArray();
  json->Key("target").Bool(true);
}

void WriteResult(const Hit& hit, double threshold, JsonOut* json) {
  json->BeginObject();
  if (hit.entity) {
    WriteEntityFields(*hit.entity, json);
  } else {
    json->Key("id").String(hit.entity_id);
  }
  json->Key("score").Number(hit.score);
  json->Key("match").Bool(hit.score >= threshold);
  json->Key("matched_name").String(hit.matched_name);
  json->Key("features").BeginObject();
  for (const Feature& feature : hit.explanation) json->Key(feature.feature).Number(feature.score);
  json->EndObject();
  json->Key("explanations").BeginObject();
  for (const Feature& feature : hit.explanation) {
    json->Key(feature.feature).BeginObject();
    json->Key("score").Number(feature.score);
    json->Key("detail").String(feature.detail);
    json->EndObject();
  }
  json->EndObject();
  json->EndObject();
}

void WriteResults(const std::vector<Hit>& hits, const MatchParams& params, JsonOut* json) {
  std::size_t matches = 0;
  for (const Hit& hit : hits) matches += hit.score >= params.threshold ? 1 : 0;
  json->Key("status").Int(200);
  json->Key("results").BeginArray();
  for (std::size_t i = 0; i < hits.size() && i < params.limit; ++i) {
    WriteResult(hits[i], params.threshold, json);
  }
  json->EndArray();
  json->Key("total").BeginObject();
  json->Key("value").Int(static_cast<std::int64_t>(matches));
  json->Key("relation").String("eq");
  json->EndObject();
}

}  // namespace

bool ResultFilter::Keeps(const Entity& entity) const {
  auto has = [](const std::vector<std::string>& values, const std::string& value) {
    return std::find(values.begin(), values.end(), value) != values.end();
  };
  if (!dataset.empty() && dataset != "default" && dataset != "all" && entity.dataset != dataset) {
    return false;
  }
  if (!include_datasets.empty() && !has(include_datasets, entity.dataset)) return false;
  if (has(exclude_datasets, entity.dataset)) return false;
  if (has(exclude_schemas, std::string(SchemaName(entity.schema)))) return false;
  if (has(exclude_entity_ids, entity.id)) return false;
  if (!changed_since.empty() && (entity.listed_on.empty() || entity.listed_on < changed_since)) {
    return false;
  }
  return true;
}

Result<MatchRequest> ParseMatchRequest(std::string_view body) {
  simdjson::dom::parser parser;
  simdjson::dom::element document;
  simdjson::padded_string padded(body);
  if (auto error = parser.parse(padded).get(document)) {
    return Status::InvalidArgument(std::string("body: invalid JSON: ") +
                                   simdjson::error_message(error));
  }
  simdjson::dom::object object;
  if (document.get_object().get(object)) return FieldError("body", "must be a JSON object");
  MatchRequest request;
  bool has_queries = false;
  for (auto field : object) {
    std::string_view key = field.key;
    if (key == "queries") {
      has_queries = true;
      simdjson::dom::object queries;
      if (field.value.get_object().get(queries)) {
        return FieldError("queries", "must be an object of named queries");
      }
      for (auto query : queries) {
        if (request.queries.size() == kMaxQueriesPerRequest) {
          return FieldError("queries", "more than " + std::to_string(kMaxQueriesPerRequest) +
                                           " queries in one request; split the batch");
        }
        CORDON_ASSIGN_OR_RETURN(MatchQuery parsed, ParseQuery(std::string(query.key), query.value));
        request.queries.push_back(std::move(parsed));
      }
    } else if (key == "weights") {
      // Accepted for compatibility: Cordon's feature weights are fixed and documented.
      simdjson::dom::object weights;
      if (field.value.get_object().get(weights)) return FieldError("weights", "must be an object");
      for (auto weight : weights) {
        if (!weight.value.is_number()) {
          return FieldError("weights." + std::string(weight.key), "must be a number");
        }
      }
    } else if (key == "config") {
      simdjson::dom::object config;
      if (field.value.get_object().get(config)) return FieldError("config", "must be an object");
      for (auto entry : config) {
        std::string_view name = entry.key;
        if (name == "candidates") {
          std::int64_t candidates = 0;
          if (entry.value.get_int64().get(candidates) || candidates < 1 || candidates > 1000) {
            return FieldError("config.candidates", "must be an integer from 1 to 1000");
          }
          request.candidates = static_cast<std::size_t>(candidates);
        } else {
          return FieldError("config." + std::string(name),
                            "unknown config key (known: candidates)");
        }
      }
    } else {
      return FieldError(std::string(key), "unknown field (known: queries, weights, config)");
    }
  }
  if (!has_queries) return FieldError("queries", "is required");
  return request;
}

std::string RunMatch(const Screener& screener, const MatchRequest& request,
                     const MatchParams& params) {
  JsonOut json;
  json.BeginObject();
  json.Key("responses").BeginObject();
  for (const MatchQuery& query : request.queries) {
    std::vector<Hit> hits =
        ScreenNames(screener, query.names, query.query, params, request.candidates);
    json.Key(query.key).BeginObject();
    WriteResults(hits, params, &json);
    json.Key("query").BeginObject();
    json.Key("id").String(query.key);
    json.Key("schema").String(query.schema);
    json.Key("properties").BeginObject();
    for (const auto& [name, values] : query.properties) json.Key(name).StringArray(values);
    json.EndObject();
    json.EndObject();
    json.EndObject();
  }
  json.EndObject();
  json.Key("limit").Int(static_cast<std::int64_t>(params.limit));
  json.EndObject();
  return json.Take();
}

std::string RunSearch(const Screener& screener, const std::string& text,
                      const MatchParams& params) {
  Query query;
  std::vector<Hit> hits = ScreenNames(screener, {text}, query, params, ScreenOptions().candidates);
  JsonOut json;
  json.BeginObject();
  WriteResults(hits, params, &json);
  json.Key("limit").Int(static_cast<std::int64_t>(params.limit));
  json.EndObject();
  return json.Take();
}

std::string EntityJson(const Entity& entity) {
  JsonOut json;
  json.BeginObject();
  WriteEntityFields(entity, &json);
  json.EndObject();
  return json.Take();
}

}  // namespace cordon::server
