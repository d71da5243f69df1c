// OFAC's CSV set (https://ofac.treasury.gov/sdn-list-data-formats-data-schemas, "dat_spec.txt"):
// no header rows, "-0-" (often with a trailing blank) for an empty field, a DOS end-of-file byte
// (0x1A) at the end.
//
//   sdn.csv / cons_prim.csv   ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, Vess_type,
//                             Tonnage, GRT, Vess_flag, Vess_owner, Remarks
//   alt.csv / cons_alt.csv    ent_num, alt_num, alt_type (aka/fka/nka), alt_name, alt_remarks
//   add.csv / cons_add.csv    ent_num, add_num, address, city/state/postal code, country,
//                             add_remarks
//   sdn_comments.csv / cons_comments.csv
//                             ent_num, remarks_extended (the rest of a Remarks text cut short)
//
// Persons are named "LAST, First"; Program holds "SDGT] [FTO" for [SDGT] [FTO]; most details
// (DOB, passports, weak a.k.a.s) are in the Remarks text, read by ParseOfacRemarks. Alias,
// address and comment rows refer to a primary record by ent_num: rows referring to none are
// orphans, reported in one warning per file and skipped.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/strings.h"
#include "ingest/csv_reader.h"
#include "ingest/ofac_remarks.h"
#include "ingest/parsers.h"

namespace cordon::ingest {
namespace {

using base::Trim;

constexpr std::size_t kPrimaryColumns = 12;
constexpr std::size_t kAliasColumns = 4;    // alt_remarks may be missing
constexpr std::size_t kAddressColumns = 5;  // add_remarks may be missing
constexpr std::size_t kCommentColumns = 2;
constexpr std::size_t kOrphanExamples = 3;

// A field with OFAC's "-0-" (empty) marker read as "".
std::string_view Field(const std::vector<std::string_view>& row, std::size_t column) {
  if (column >= row.size()) return {};
  std::string_view value = Trim(row[column]);
  return value == "-0-" ? std::string_view() : value;
}

Schema SchemaOf(std::string_view sdn_type, bool* known) {
  *known = true;
  if (base::EqualsIgnoreCaseAscii(sdn_type, "individual")) return Schema::kPerson;
  if (base::EqualsIgnoreCaseAscii(sdn_type, "vessel")) return Schema::kVessel;
  if (base::EqualsIgnoreCaseAscii(sdn_type, "aircraft")) return Schema::kAircraft;
  *known = sdn_type.empty() || base::EqualsIgnoreCaseAscii(sdn_type, "entity");
  return Schema::kOrganization;
}

// "SDGT] [FTO" (the brackets of "[SDGT] [FTO]" with the outer pair removed) -> SDGT, FTO.
void AddPrograms(std::string_view text, std::vector<std::string>* programs) {
  for (std::string_view piece : base::Split(text, ']')) {
    while (!piece.empty() && (piece.front() == '[' || piece.front() == ' ')) piece.remove_prefix(1);
    AddUnique(programs, piece);
  }
}

Name MakeCsvName(std::string_view text, NameKind kind, Schema schema) {
  if (schema == Schema::kPerson) return OfacPersonName(text, kind);
  Name name;
  name.full = std::string(text);
  name.kind = kind;
  return name;
}

// An entity read from the primary file, waiting for its aliases, addresses and comments.
struct Pending {
  Entity entity;
  std::uint64_t line = 0;
  std::string remarks;  // Remarks, then the comments file's continuation
};

// Orphan rows of one file, summarised in one warning.
struct Orphans {
  std::string_view noun;  // "alias rows", ...
  std::size_t rows = 0;
  std::unordered_set<std::uint64_t> ent_nums;
  std::string examples;

  void Add(std::uint64_t ent_num, std::uint64_t line) {
    ++rows;
    if (ent_nums.insert(ent_num).second && ent_nums.size() <= kOrphanExamples) {
      if (!examples.empty()) examples += ", ";
      examples += "ent_num " + std::to_string(ent_num) + " at line " + std::to_string(line);
    }
  }
};

class OfacCsvReader {
 public:
  OfacCsvReader(const OfacCsvFiles& files, ParseContext* ctx) : files_(files), ctx_(ctx) {}

  Status Read() {
    // One row per line in OFAC's files: reserving avoids moving every entity as the list grows.
    const std::string& primary = files_.primary->data;
    std::size_t lines = static_cast<std::size_t>(std::count(primary.begin(), primary.end(), '\n'));
    pending_.reserve(lines + 1);
    by_ent_num_.reserve(lines + 1);
    ctx_->Reserve(lines + 1);
    CORDON_RETURN_IF_ERROR(ReadRows(*files_.primary, "rows", kPrimaryColumns,
                                    "ent_num, SDN_Name, SDN_Type, Program, Title, Call_Sign, "
                                    "Vess_type, Tonnage, GRT, Vess_flag, Vess_owner, Remarks",
                                    &OfacCsvReader::ReadPrimary));
    if (files_.aliases) {
      CORDON_RETURN_IF_ERROR(ReadRows(*files_.aliases, "alias rows", kAliasColumns,
                                      "ent_num, alt_num, alt_type, alt_name, alt_remarks",
                                      &OfacCsvReader::ReadAlias));
    }
    if (files_.addresses) {
      CORDON_RETURN_IF_ERROR(ReadRows(*files_.addresses, "address rows", kAddressColumns,
                                      "ent_num, add_num, address, city, country, add_remarks",
                                      &OfacCsvReader::ReadAddress));
    }
    if (files_.comments) {
      CORDON_RETURN_IF_ERROR(ReadRows(*files_.comments, "comment rows", kCommentColumns,
                                      "ent_num, remarks_extended", &OfacCsvReader::ReadComment));
    }
    for (Pending& pending : pending_) {
      Entity& entity = pending.entity;
      std::string_view remarks = Trim(pending.remarks);
      if (!remarks.empty()) {
        ParseOfacRemarks(remarks, &entity);
        entity.remarks.insert(entity.remarks.begin(), std::string(remarks));
      }
      CORDON_RETURN_IF_ERROR(ctx_->Add(std::move(entity), files_.primary->path, pending.line));
    }
    return Status::Ok();
  }

 private:
  using RowFn = Status (OfacCsvReader::*)(const SourceFile& file, std::uint64_t line,
                                          std::uint64_t ent_num,
                                          const std::vector<std::string_view>& row);

  // Reads every row of `file`: checks the column count, field sizes and ent_num, then calls
  // `fn`. Orphans found by `fn` are summarised once the file is read.
  Status ReadRows(const SourceFile& file, std::string_view noun, std::size_t min_columns,
                  std::string_view columns, RowFn fn) {
    CORDON_RETURN_IF_ERROR(CheckEndOfFileByte(file));
    CsvReader reader(file.data, file.path);
    std::vector<std::string_view> row;
    orphans_ = Orphans();
    orphans_.noun = noun;
    bool first = true;
    while (reader.Next(&row)) {
      const std::uint64_t line = reader.line();
      std::string_view ent_text = Trim(row[0]);
      // No OFAC file has a header, but a copy may have gained one.
      if (first && base::EqualsIgnoreCaseAscii(ent_text, "ent_num")) {
        first = false;
        continue;
      }
      first = false;
      if (row.size() < min_columns) {
        CORDON_RETURN_IF_ERROR(ctx_->BadRecord(file.path, line,
                                               "expected " + std::to_string(min_columns) +
                                                   " columns (" + std::string(columns) +
                                                   "), found " + std::to_string(row.size())));
        continue;
      }
      std::uint64_t ent_num = 0;
      if (!base::ParseUint(ent_text, &ent_num)) {
        CORDON_RETURN_IF_ERROR(ctx_->BadRecord(
            file.path, line, "ent_num \"" + base::Excerpt(ent_text) + "\" is not a number"));
        continue;
      }
      if (const std::string_view* big = Oversized(row)) {
        // Strict: the error. Lenient: warned about, counted and the row skipped.
        CORDON_RETURN_IF_ERROR(ctx_->CheckFieldSize(
            file.path, line, "column " + std::to_string(big - row.data() + 1), *big));
        continue;
      }
      CORDON_RETURN_IF_ERROR((this->*fn)(file, line, ent_num, row));
    }
    CORDON_RETURN_IF_ERROR(reader.status());
    ReportOrphans(file);
    return Status::Ok();
  }

  // CsvReader ends the data at a DOS end-of-file byte; one followed by more data would drop
  // that data silently, so it is an error of the file.
  static Status CheckEndOfFileByte(const SourceFile& file) {
    std::size_t eof = file.data.find('\x1A');
    if (eof == std::string::npos || Trim(std::string_view(file.data).substr(eof + 1)).empty()) {
      return Status::Ok();
    }
    return ParseContext::FileError(
        file.path, base::LineIndex(file.data).LineOf(eof),
        "end-of-file byte 0x1A (byte " + std::to_string(eof) + ") before the end of the data");
  }

  const std::string_view* Oversized(const std::vector<std::string_view>& row) const {
    for (const std::string_view& field : row) {
      if (field.size() > ctx_->options().max_field_bytes) return &field;
    }
    return nullptr;
  }

  Status ReadPrimary(const SourceFile& file, std::uint64_t line, std::uint64_t ent_num,
                     const std::vector<std::string_view>& row) {
    std::string_view name = Field(row, 1);
    auto [it, inserted] = by_ent_num_.emplace(ent_num, pending_.size());
    if (!inserted) {
      const Pending& earlier = pending_[it->second];
      ctx_->Warn(file.path, line,
                 "ent_num " + std::to_string(ent_num) + " (\"" + base::Excerpt(name) +
                     "\") clashes with the record at line " + std::to_string(earlier.line) +
                     " (\"" + base::Excerpt(earlier.entity.Caption()) +
                     "\"); the later record is skipped, not merged");
      ctx_->CountSkipped();
      return Status::Ok();
    }
    Pending pending;
    pending.line = line;
    Entity& entity = pending.entity;
    entity.list_id = std::to_string(ent_num);
    std::string_view sdn_type = Field(row, 2);
    bool known_type = true;
    entity.schema = SchemaOf(sdn_type, &known_type);
    if (!known_type) {
      ctx_->Warn(file.path, line,
                 "ent_num " + entity.list_id + ": unknown SDN_Type \"" + base::Excerpt(sdn_type) +
                     "\", read as an organization");
    }
    if (!name.empty()) entity.names.push_back(MakeCsvName(name, NameKind::kPrimary, entity.schema));
    AddPrograms(Field(row, 3), &entity.programs);
    AddUnique(&entity.titles, Field(row, 4));
    if (std::string_view call_sign = Field(row, 5); !call_sign.empty()) {
      ApplyOfacFeature("Call Sign", call_sign, {}, &entity);
    }
    AddRemark(&entity, "Vessel Type", Field(row, 6));
    AddRemark(&entity, "Tonnage", Field(row, 7));
    AddRemark(&entity, "GRT", Field(row, 8));
    AddUnique(&entity.countries, Field(row, 9));
    AddRemark(&entity, "Vessel Owner", Field(row, 10));
    // Not trimmed at the end: a comments row may continue the text right after a blank.
    if (!Field(row, 11).empty()) pending.remarks = std::string(row[11]);
    if (entity.names.empty()) {
      // Its alias and address rows will be orphans: the record they belong to is skipped.
      by_ent_num_.erase(it);
      return ctx_->BadRecord(file.path, line, "ent_num " + entity.list_id + " has no SDN_Name");
    }
    pending_.push_back(std::move(pending));
    return Status::Ok();
  }

  static void AddRemark(Entity* entity, std::string_view label, std::string_view value) {
    if (value.empty()) return;
    std::string remark(label);
    remark.append(" ").append(value);
    entity->remarks.push_back(std::move(remark));
  }

  // The pending entity of `ent_num`, or nullptr (an orphan row, recorded).
  Pending* Owner(std::uint64_t ent_num, std::uint64_t line) {
    auto it = by_ent_num_.find(ent_num);
    if (it != by_ent_num_.end()) return &pending_[it->second];
    orphans_.Add(ent_num, line);
    ctx_->CountSkipped();
    return nullptr;
  }

  Status ReadAlias(const SourceFile& file, std::uint64_t line, std::uint64_t ent_num,
                   const std::vector<std::string_view>& row) {
    std::string_view name = Field(row, 3);
    if (name.empty()) {
      return ctx_->BadRecord(
          file.path, line, "alias row for ent_num " + std::to_string(ent_num) + " has no alt_name");
    }
    Pending* owner = Owner(ent_num, line);
    if (!owner) return Status::Ok();
    Entity& entity = owner->entity;
    Name alias = MakeCsvName(name, NameKind::kStrongAlias, entity.schema);
    std::string_view type = Field(row, 2);
    if (base::EqualsIgnoreCaseAscii(type, "aka")) {
      alias.type = "a.k.a.";
    } else if (base::EqualsIgnoreCaseAscii(type, "fka")) {
      alias.type = "f.k.a.";
    } else if (base::EqualsIgnoreCaseAscii(type, "nka")) {
      alias.type = "n.k.a.";
    } else {
      alias.type = std::string(type);
    }
    entity.names.push_back(std::move(alias));
    if (std::string_view remarks = Field(row, 4); !remarks.empty()) {
      AddUnique(&entity.remarks, std::string(name) + ": " + std::string(remarks));
    }
    return Status::Ok();
  }

  Status ReadAddress(const SourceFile& /*file*/, std::uint64_t line, std::uint64_t ent_num,
                     const std::vector<std::string_view>& row) {
    Pending* owner = Owner(ent_num, line);
    if (!owner) return Status::Ok();
    Entity& entity = owner->entity;
    std::string address;
    for (std::size_t column : {2, 3}) {
      std::string_view part = Field(row, column);
      if (part.empty()) continue;
      if (!address.empty()) address += ", ";
      address.append(part);
    }
    std::string_view country = Field(row, 4);
    // An address that is only a country is a country link, not a postal address.
    if (!address.empty()) {
      if (!country.empty()) address.append(", ").append(country);
      AddUnique(&entity.addresses, address);
    }
    AddUnique(&entity.countries, country);
    AddRemark(&entity, "Address remarks:", Field(row, 5));
    return Status::Ok();
  }

  Status ReadComment(const SourceFile& /*file*/, std::uint64_t line, std::uint64_t ent_num,
                     const std::vector<std::string_view>& row) {
    Pending* owner = Owner(ent_num, line);
    if (!owner) return Status::Ok();
    // The continuation starts where Remarks was cut, often inside a word: appended as is.
    if (!Field(row, 1).empty()) owner->remarks.append(row[1]);
    return Status::Ok();
  }

  void ReportOrphans(const SourceFile& file) {
    if (orphans_.rows == 0) return;
    ctx_->Warn(file.path, 0,
               std::to_string(orphans_.rows) + " " + std::string(orphans_.noun) + " refer to " +
                   std::to_string(orphans_.ent_nums.size()) + " ent_num(s) with no record in " +
                   files_.primary->path + " (e.g. " + orphans_.examples +
                   "); skipped (files of different dates mixed?)");
  }

  const OfacCsvFiles& files_;
  ParseContext* ctx_;
  std::vector<Pending> pending_;
  std::unordered_map<std::uint64_t, std::size_t> by_ent_num_;  // ent_num -> index in pending_
  Orphans orphans_;
};

}  // namespace

Status ParseOfacCsv(const OfacCsvFiles& files, ParseContext* ctx) {
  if (!files.primary) {
    return Status::InvalidArgument("OFAC CSV set without its primary file (sdn.csv)");
  }
  OfacCsvReader reader(files, ctx);
  return reader.Read();
}

}  // namespace cordon::ingest
