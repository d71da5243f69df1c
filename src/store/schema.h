// The store's tables and their versioned migrations.
//
// Version history (each step runs in one transaction, and is recorded in cordon_meta):
//   1  customers and their versions, list versions and listed entities, runs, alerts,
//      decisions, the audit log
//   2  alerts.entity_delisted_at: set when the listed entity of an alert leaves the lists;
//      near_misses: pairs that scored just under the threshold, scored again by rescreens
#ifndef CORDON_STORE_SCHEMA_H_
#define CORDON_STORE_SCHEMA_H_

#include <string>

#include "cordon/result.h"

#include "store/sql.h"

namespace cordon::store {

inline constexpr int kSchemaVersion = 2;
inline constexpr const char* kApplication = "cordon-store";

// The schema version of the store behind `db`: 0 for an empty database (no tables at all).
// kInvalidArgument when the database holds tables but is not a Cordon store.
Result<int> ReadSchemaVersion(Connection* db);

// Creates the schema (version 0) or migrates it up to `target` (at most kSchemaVersion), each
// step in its own transaction. Returns the version found. A newer store is refused.
Result<int> Migrate(Connection* db, int target = kSchemaVersion);

}  // namespace cordon::store

#endif  // CORDON_STORE_SCHEMA_H_
