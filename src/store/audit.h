// The audit log: an append-only hash chain. Each entry's hash covers its own fields and the
// previous entry's hash, so editing, removing or reordering any entry breaks the chain from
// that entry on; VerifyChain() finds the first break. (Cutting entries off the end leaves a
// valid shorter chain: keep the head hash elsewhere and compare, see `cordon audit verify`.)
#ifndef CORDON_STORE_AUDIT_H_
#define CORDON_STORE_AUDIT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "cordon/store.h"

#include "store/sql.h"

namespace cordon::store {

inline constexpr std::string_view kGenesisHash =
    "0000000000000000000000000000000000000000000000000000000000000000";

// The hash of an entry from its fields (entry.hash itself is not read).
std::string AuditHash(const AuditEntry& entry);

// Appends entries within the caller's transaction: Start() locks the log and reads its head,
// Add() chains entries in memory, Flush() writes them (call it before committing).
class AuditWriter {
 public:
  AuditWriter(Connection* db, std::string actor) : db_(db), actor_(std::move(actor)) {}
  Status Start();
  void Add(std::string action, std::string subject, std::string detail);
  Status Flush();
  std::size_t pending() const { return pending_.size(); }

 private:
  Connection* db_;
  std::string actor_;
  bool started_ = false;
  std::int64_t seq_ = 0;
  std::string head_;
  std::vector<AuditEntry> pending_;
};

// Checks the whole chain in seq order, reading it a page at a time.
Result<AuditVerification> VerifyChain(Connection* db);

Result<std::vector<AuditEntry>> ReadAudit(Connection* db, std::int64_t from_seq, std::size_t limit);

}  // namespace cordon::store

#endif  // CORDON_STORE_AUDIT_H_
