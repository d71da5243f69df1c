#include "store/audit.h"

#include "store/util.h"

namespace cordon::store {
namespace {

constexpr const char* kColumns = "seq, at, actor, action, subject, detail, prev_hash, hash";

AuditEntry EntryOf(const Row& row) {
  AuditEntry entry;
  entry.seq = row.Int(0);
  entry.at = row.Text(1);
  entry.actor = row.Text(2);
  entry.action = row.Text(3);
  entry.subject = row.Text(4);
  entry.detail = row.Text(5);
  entry.prev_hash = row.Text(6);
  entry.hash = row.Text(7);
  return entry;
}

}  // namespace

std::string AuditHash(const AuditEntry& entry) {
  // Fields joined by a unit separator, each preceded by its length, so that no two different
  // entries serialise alike.
  std::string text;
  auto field = [&text](std::string_view value) {
    text += std::to_string(value.size());
    text += '\x1f';
    text += value;
    text += '\x1e';
  };
  field(std::to_string(entry.seq));
  field(entry.at);
  field(entry.actor);
  field(entry.action);
  field(entry.subject);
  field(entry.detail);
  field(entry.prev_hash);
  return Sha256Hex(text);
}

Status AuditWriter::Start() {
  CORDON_RETURN_IF_ERROR(db_->LockTable("audit_log"));
  CORDON_ASSIGN_OR_RETURN(Rows rows,
                          db_->Query("SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1"));
  seq_ = rows.empty() ? 0 : rows[0].Int(0);
  head_ = rows.empty() ? std::string(kGenesisHash) : rows[0].Text(1);
  started_ = true;
  return Status::Ok();
}

void AuditWriter::Add(std::string action, std::string subject, std::string detail) {
  AuditEntry entry;
  entry.seq = ++seq_;
  entry.at = NowIso();
  entry.actor = actor_;
  entry.action = std::move(action);
  entry.subject = std::move(subject);
  entry.detail = std::move(detail);
  entry.prev_hash = head_;
  entry.hash = AuditHash(entry);
  head_ = entry.hash;
  pending_.push_back(std::move(entry));
}

Status AuditWriter::Flush() {
  if (pending_.empty()) return Status::Ok();
  if (!started_) return Status::Internal("audit: entries added before Start()");
  std::vector<Params> rows;
  rows.reserve(pending_.size());
  for (AuditEntry& entry : pending_) {
    rows.push_back({entry.seq, std::move(entry.at), std::move(entry.actor), std::move(entry.action),
                    std::move(entry.subject), std::move(entry.detail), std::move(entry.prev_hash),
                    std::move(entry.hash)});
  }
  pending_.clear();
  return InsertRows(db_, "audit_log",
                    {"seq", "at", "actor", "action", "subject", "detail", "prev_hash", "hash"},
                    rows);
}

Result<AuditVerification> VerifyChain(Connection* db) {
  AuditVerification report;
  std::string previous(kGenesisHash);
  std::int64_t expected_seq = 1;
  const std::string sql =
      std::string("SELECT ") + kColumns + " FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT 10000";
  for (;;) {
    CORDON_ASSIGN_OR_RETURN(Rows rows, db->Query(sql, {expected_seq}));
    if (rows.empty()) break;
    for (const Row& row : rows) {
      const AuditEntry entry = EntryOf(row);
      auto fail = [&](std::int64_t seq, std::string problem) {
        report.ok = false;
        report.first_bad_seq = seq;
        report.problem = std::move(problem);
      };
      if (entry.seq != expected_seq) {
        fail(expected_seq, "entry " + std::to_string(expected_seq) +
                               " is missing (the next entry is " + std::to_string(entry.seq) + ")");
      } else if (entry.prev_hash != previous) {
        fail(entry.seq, "entry " + std::to_string(entry.seq) +
                            " does not follow the entry before it (removed, reordered or "
                            "edited entries)");
      } else if (AuditHash(entry) != entry.hash) {
        fail(entry.seq, "entry " + std::to_string(entry.seq) + " (" + entry.action + " " +
                            entry.subject + ") was altered: its hash does not match its content");
      }
      if (!report.ok) return report;
      previous = entry.hash;
      ++expected_seq;
      ++report.entries;
    }
  }
  report.head_hash = previous;
  return report;
}

Result<std::vector<AuditEntry>> ReadAudit(Connection* db, std::int64_t from_seq,
                                          std::size_t limit) {
  CORDON_ASSIGN_OR_RETURN(
      Rows rows, db->Query(std::string("SELECT ") + kColumns +
                               " FROM audit_log WHERE seq >= ? ORDER BY seq LIMIT ?",
                           {from_seq, static_cast<std::int64_t>(limit == 0 ? INT64_MAX : limit)}));
  std::vector<AuditEntry> entries;
  entries.reserve(rows.size());
  for (const Row& row : rows) entries.push_back(EntryOf(row));
  return entries;
}

}  // namespace cordon::store
