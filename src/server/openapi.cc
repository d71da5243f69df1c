#include "server/openapi.h"

namespace cordon::server {

std::string_view OpenApiDocument() {
  static constexpr std::string_view kDocument = R"json({
  "openapi": "3.0.3",
  "info": {
    "title": "Cordon screening API",
    "version": "1",
    "description": "Screens names of people, organisations and vessels against sanctions and terrorist-designation lists. POST /match is compatible with OpenSanctions yente. Every result explains its score."
  },
  "components": {
    "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
    "schemas": {
      "Error": {"type": "object", "properties": {"status": {"type": "integer"}, "detail": {"type": "string"}}},
      "EntityQuery": {
        "type": "object",
        "required": ["properties"],
        "properties": {
          "schema": {"type": "string", "example": "Person", "description": "Person, Organization, Company, LegalEntity, Vessel, Aircraft or Thing"},
          "properties": {
            "type": "object",
            "description": "FollowTheMoney properties, each an array of strings. name is required; birthDate, nationality/country, idNumber/passportNumber/registrationNumber/imoNumber/swiftBic add evidence.",
            "additionalProperties": {"type": "array", "items": {"type": "string"}}
          }
        }
      },
      "MatchRequest": {
        "type": "object",
        "required": ["queries"],
        "properties": {
          "queries": {"type": "object", "maxProperties": 100, "additionalProperties": {"$ref": "#/components/schemas/EntityQuery"}},
          "weights": {"type": "object", "additionalProperties": {"type": "number"}, "description": "Accepted for compatibility; Cordon's weights are fixed."},
          "config": {"type": "object", "properties": {"candidates": {"type": "integer", "minimum": 1, "maximum": 1000}}, "additionalProperties": false}
        }
      },
      "Result": {
        "type": "object",
        "properties": {
          "id": {"type": "string"}, "caption": {"type": "string"}, "schema": {"type": "string"},
          "properties": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
          "datasets": {"type": "array", "items": {"type": "string"}},
          "score": {"type": "number"}, "match": {"type": "boolean"},
          "matched_name": {"type": "string"},
          "features": {"type": "object", "additionalProperties": {"type": "number"}},
          "explanations": {"type": "object", "additionalProperties": {"type": "object", "properties": {"score": {"type": "number"}, "detail": {"type": "string"}}}}
        }
      },
      "Results": {
        "type": "object",
        "properties": {
          "status": {"type": "integer"},
          "results": {"type": "array", "items": {"$ref": "#/components/schemas/Result"}},
          "total": {"type": "object", "properties": {"value": {"type": "integer"}, "relation": {"type": "string"}}},
          "query": {"type": "object"}
        }
      }
    },
    "parameters": {
      "dataset": {"name": "dataset", "in": "path", "required": true, "schema": {"type": "string"}, "description": "default (every list) or a dataset name from /catalog"},
      "limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "default": 5, "minimum": 1, "maximum": 500}},
      "threshold": {"name": "threshold", "in": "query", "schema": {"type": "number", "default": 0.8}, "description": "match = score >= threshold; total.value counts matches"},
      "cutoff": {"name": "cutoff", "in": "query", "schema": {"type": "number", "default": 0.5}, "description": "results scoring below are not returned"},
      "include_dataset": {"name": "include_dataset", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "exclude_dataset": {"name": "exclude_dataset", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "exclude_schema": {"name": "exclude_schema", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "exclude_entity_ids": {"name": "exclude_entity_ids", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}, "explode": true},
      "changed_since": {"name": "changed_since", "in": "query", "schema": {"type": "string", "format": "date"}, "description": "only entities listed on or after this date"}
    }
  },
  "security": [{"bearer": []}],
  "paths": {
    "/match/{dataset}": {
      "post": {
        "summary": "Screen up to 100 entities (yente-compatible)",
        "parameters": [{"$ref": "#/components/parameters/dataset"}, {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/threshold"}, {"$ref": "#/components/parameters/cutoff"}, {"$ref": "#/components/parameters/include_dataset"}, {"$ref": "#/components/parameters/exclude_dataset"}, {"$ref": "#/components/parameters/exclude_schema"}, {"$ref": "#/components/parameters/exclude_entity_ids"}, {"$ref": "#/components/parameters/changed_since"}],
        "requestBody": {"required": true, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/MatchRequest"}}}},
        "responses": {
          "200": {"description": "One response per query key", "content": {"application/json": {"schema": {"type": "object", "properties": {"responses": {"type": "object", "additionalProperties": {"$ref": "#/components/schemas/Results"}}, "limit": {"type": "integer"}}}}}},
          "400": {"description": "Invalid JSON, a wrong type, an unknown config key or more than 100 queries; detail names the field", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
          "401": {"description": "Missing or unknown API key"},
          "404": {"description": "Unknown dataset"},
          "413": {"description": "Body larger than the server's limit"}
        }
      }
    },
    "/search/{dataset}": {
      "get": {
        "summary": "Search one name",
        "parameters": [{"$ref": "#/components/parameters/dataset"}, {"name": "q", "in": "query", "required": true, "schema": {"type": "string"}}, {"$ref": "#/components/parameters/limit"}, {"$ref": "#/components/parameters/threshold"}, {"$ref": "#/components/parameters/cutoff"}],
        "responses": {"200": {"description": "Results", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Results"}}}}, "400": {"description": "Bad parameter"}}
      }
    },
    "/entities/{id}": {
      "get": {
        "summary": "One listed entity",
        "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}, "example": "us_ofac_sdn:12206"}],
        "responses": {"200": {"description": "The entity"}, "404": {"description": "Unknown id"}}
      }
    },
    "/catalog": {"get": {"summary": "Datasets, lists (files, versions, publication dates) and the index", "responses": {"200": {"description": "Catalog"}}}},
    "/healthz": {"get": {"summary": "Liveness (no key needed)", "security": [], "responses": {"200": {"description": "Alive"}}}},
    "/readyz": {"get": {"summary": "Readiness (no key needed)", "security": [], "responses": {"200": {"description": "Serving"}, "503": {"description": "Not ready"}}}},
    "/metrics": {"get": {"summary": "Prometheus metrics", "responses": {"200": {"description": "Text exposition format"}}}},
    "/openapi.json": {"get": {"summary": "This document", "security": [], "responses": {"200": {"description": "OpenAPI 3"}}}},
    "/admin/reload": {
      "post": {
        "summary": "Rebuild or reload the index from the configured lists and swap it in (admin key)",
        "responses": {"200": {"description": "Reloaded"}, "401": {"description": "Missing or unknown admin key"}, "403": {"description": "Admin endpoints disabled"}, "500": {"description": "Reload failed; the previous index keeps serving"}}
      }
    }
  }
})json";
  return kDocument;
}

}  // namespace cordon::server
