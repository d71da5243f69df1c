// One parser per published list format; each lives in its own file (<format>_parser.cc).
// Every parser reads bytes already in memory, reports bad records through the ParseContext
// (file:line and reason) and stores entities with ParseContext::Add.
#ifndef CORDON_INGEST_PARSERS_H_
#define CORDON_INGEST_PARSERS_H_

#include "cordon/status.h"

#include "ingest/parse_context.h"

namespace cordon::ingest {

// OFAC sdnList XML (sdn.xml, SDN.XML, consolidated.xml): <sdnEntry> per entity, id = <uid>.
Status ParseOfacXml(const SourceFile& file, ParseContext* ctx);

// OFAC's CSV set. `primary` (sdn.csv / cons_prim.csv) is required; the others may be null.
// Rows of alt/add/comments whose ent_num has no primary record are warned about and skipped.
struct OfacCsvFiles {
  const SourceFile* primary = nullptr;    // sdn.csv, cons_prim.csv
  const SourceFile* aliases = nullptr;    // alt.csv, cons_alt.csv
  const SourceFile* addresses = nullptr;  // add.csv, cons_add.csv
  const SourceFile* comments = nullptr;   // sdn_comments.csv, cons_comments.csv
};
Status ParseOfacCsv(const OfacCsvFiles& files, ParseContext* ctx);

// UN Security Council Consolidated List XML (CONSOLIDATED_LIST), id = REFERENCE_NUMBER.
Status ParseUnScXml(const SourceFile& file, ParseContext* ctx);

// EU Financial Sanctions Files XML (<export><sanctionEntity>), id = logicalId.
Status ParseEuFsfXml(const SourceFile& file, ParseContext* ctx);

// UK HM Treasury / OFSI consolidated list CSV (ConList.csv), one row per name, grouped by
// "Group ID".
Status ParseUkHmtCsv(const SourceFile& file, ParseContext* ctx);

// FollowTheMoney JSON lines. Entity dataset = first of "datasets" when given.
Status ParseFtmJson(const SourceFile& file, ParseContext* ctx);

// Cordon's own CSV format for user and national lists (docs/formats.md).
Status ParseCordonCsv(const SourceFile& file, ParseContext* ctx);

// US trade.gov Consolidated Screening List CSV, id = _id (or entity_number).
Status ParseUsTradeCsl(const SourceFile& file, ParseContext* ctx);

// Canada Special Economic Measures consolidated XML (<data-set><record>).
Status ParseCaSemaXml(const SourceFile& file, ParseContext* ctx);

}  // namespace cordon::ingest

#endif  // CORDON_INGEST_PARSERS_H_
