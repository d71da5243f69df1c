// US Consolidated Screening List (trade.gov) CSV: one row per entity per source list, with the
// columns of the CSL API (_id, source, entity_number, type, programs, name, ..., ids). Multi-valued
// cells separate values with "; ". Documented at https://developer.trade.gov (Consolidated
// Screening List API) and in docs/formats.md.
//
// Quirks handled, all seen in published copies:
// - the header row repeated as a data row: skipped with a warning;
// - a Treasury entity on two of the CSL's source lists (e.g. SSI and NS-MBS, or SDN and PLC)
//   comes as two rows with the same _id (its OFAC ent_num) and entity_number: they are one
//   entity, so the later row adds its source, programs, names and details to the first. Rows
//   with the same _id from the same source, or differing in entity_number or type, are a clash
//   (ParseContext::Add warns and skips the later one);
// - a copy cut off inside its last row (a quoted field never closed, no newline after it): in
//   lenient mode that row is a skipped bad record; anywhere else an unclosed quote is a file error.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "base/strings.h"
#include "ingest/csv_reader.h"
#include "ingest/parsers.h"

namespace cordon::ingest {
namespace {

void PushUnique(std::vector<std::string>* values, std::string_view value) {
  if (value.empty()) return;
  for (const std::string& existing : *values) {
    if (existing == value) return;
  }
  values->emplace_back(value);
}

bool IsCountryCode(std::string_view s) {
  return s.size() == 2 && s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
}

// "Specially Designated Nationals (SDN) - Treasury Department" -> "SDN";
// "Non-SDN Menu-Based Sanctions List (NS-MBS List) - ..." -> "NS-MBS".
std::string SourceCode(std::string_view source) {
  std::size_t open = source.find('(');
  std::size_t close = open == std::string_view::npos ? open : source.find(')', open);
  if (close == std::string_view::npos) {
    return std::string(base::Trim(source.substr(0, source.find(" - "))));
  }
  std::string_view code = base::Trim(source.substr(open + 1, close - open - 1));
  if (code.ends_with(" List")) code.remove_suffix(5);
  return std::string(code);
}

// Dates of birth as the CSL writes them: "1962-03-14", "1962", "Mar 1962", "circa 1960",
// "circa 14 Jul 1962"; ranges "1962 to 1964".
std::optional<BirthDate> ParseCslBirthDate(std::string_view text) {
  BirthDate birth;
  text = base::Trim(text);
  if (base::StartsWithIgnoreCaseAscii(text, "circa ")) {
    birth.approximate = true;
    text = base::Trim(text.substr(6));
  }
  std::size_t to = text.find(" to ");
  std::optional<PartialDate> from = ParsePartialDate(text.substr(0, to));
  if (!from) return std::nullopt;
  birth.from = *from;
  birth.to = *from;
  if (to != std::string_view::npos) {
    std::optional<PartialDate> end = ParsePartialDate(text.substr(to + 4));
    if (!end) return std::nullopt;
    birth.to = *end;
  }
  return birth;
}

// The "ids" items that are not identifiers but OFAC's sanctions information ("Secondary
// sanctions risk:", "Executive Order 14024 Directive Information", "Listing Date (CMIC)", ...)
// or contact details: kept as remarks.
bool IsRemarkType(std::string_view type) {
  if (type.ends_with(':') || type.ends_with('-')) return true;
  for (std::string_view word : {"Directive", "Date", "Sanctions", "Target Type", "Issuer Name",
                                "Organization Type", "Website", "Email Address"}) {
    if (type.find(word) != std::string_view::npos) return true;
  }
  return false;
}

std::string_view StripTypeSuffix(std::string_view type) {
  while (!type.empty() && (type.back() == ':' || type.back() == '-' || type.back() == ' ')) {
    type.remove_suffix(1);
  }
  return type;
}

class CslReader {
 public:
  CslReader(const SourceFile& file, ParseContext* ctx)
      : file_(file), ctx_(ctx), csv_(file.data, file.path) {}

  Status Read() {
    std::vector<std::string_view> row;
    if (!csv_.Next(&row)) {
      if (!csv_.status().ok()) return csv_.status();
      return ParseContext::FileError(file_.path, 0, "empty file: no CSL header row");
    }
    CORDON_RETURN_IF_ERROR(ReadHeader(row, csv_.line()));
    last_row_end_ = csv_.offset();
    while (csv_.Next(&row)) {
      last_row_end_ = csv_.offset();
      CORDON_RETURN_IF_ERROR(ReadRow(row, csv_.line()));
    }
    if (csv_.status().ok()) return Status::Ok();
    return CutOffLastRow();
  }

 private:
  // Column positions, -1 when absent.
  struct Columns {
    int id = -1;
    int source = -1;
    int entity_number = -1;
    int type = -1;
    int programs = -1;
    int name = -1;
    int title = -1;
    int addresses = -1;
    int federal_register_notice = -1;
    int start_date = -1;
    int end_date = -1;
    int call_sign = -1;
    int vessel_flag = -1;
    int vessel_owner = -1;
    int remarks = -1;
    int alt_names = -1;
    int citizenships = -1;
    int dates_of_birth = -1;
    int nationalities = -1;
    int places_of_birth = -1;
    int ids = -1;
  };

  Status ReadHeader(const std::vector<std::string_view>& header, std::uint64_t line) {
    header_.clear();
    for (std::string_view name : header) header_.push_back(base::ToLowerAscii(base::Trim(name)));
    CsvHeader index(header);
    Columns& c = columns_;
    c.id = index.Find("_id");
    c.source = index.Find("source");
    c.entity_number = index.Find("entity_number");
    c.type = index.Find("type");
    c.programs = index.Find("programs");
    c.name = index.Find("name");
    c.title = index.Find("title");
    c.addresses = index.Find("addresses");
    c.federal_register_notice = index.Find("federal_register_notice");
    c.start_date = index.Find("start_date");
    c.end_date = index.Find("end_date");
    c.call_sign = index.Find("call_sign");
    c.vessel_flag = index.Find("vessel_flag");
    c.vessel_owner = index.Find("vessel_owner");
    c.remarks = index.Find("remarks");
    c.alt_names = index.Find("alt_names");
    c.citizenships = index.Find("citizenships");
    c.dates_of_birth = index.Find("dates_of_birth");
    c.nationalities = index.Find("nationalities");
    c.places_of_birth = index.Find("places_of_birth");
    c.ids = index.Find("ids");
    if (c.id < 0 && c.entity_number < 0) {
      return ParseContext::FileError(file_.path, line,
                                     "the header has no \"_id\" (or \"entity_number\") column: "
                                     "not a Consolidated Screening List CSV");
    }
    if (c.name < 0) {
      return ParseContext::FileError(file_.path, line,
                                     "the header has no \"name\" column: not a Consolidated "
                                     "Screening List CSV");
    }
    return Status::Ok();
  }

  bool IsHeaderRepeat(const std::vector<std::string_view>& row) const {
    if (row.size() != header_.size()) return false;
    for (std::size_t idx = 0; idx < row.size(); ++idx) {
      if (!base::EqualsIgnoreCaseAscii(base::Trim(row[idx]), header_[idx])) return false;
    }
    return true;
  }

  static std::string_view Cell(const std::vector<std::string_view>& row, int column) {
    if (column < 0 || static_cast<std::size_t>(column) >= row.size()) return {};
    return base::Trim(row[static_cast<std::size_t>(column)]);
  }

  Status ReadRow(const std::vector<std::string_view>& row, std::uint64_t line) {
    if (IsHeaderRepeat(row)) {
      ctx_->Warn(file_.path, line, "the header row is repeated here; skipped");
      return Status::Ok();
    }
    if (row.size() != header_.size()) {
      return ctx_->BadRecord(file_.path, line,
                             "row has " + std::to_string(row.size()) + " fields, the header has " +
                                 std::to_string(header_.size()));
    }
    for (std::size_t idx = 0; idx < row.size(); ++idx) {
      if (row[idx].size() > ctx_->options().max_field_bytes) {
        return ctx_->CheckFieldSize(file_.path, line, header_[idx], row[idx]);
      }
    }
    const Columns& c = columns_;
    Entity entity;
    entity.list_id = std::string(Cell(row, c.id));
    if (entity.list_id.empty()) entity.list_id = std::string(Cell(row, c.entity_number));
    if (entity.list_id.empty()) return ctx_->BadRecord(file_.path, line, "row has no _id");
    std::string_view name = Cell(row, c.name);
    if (name.empty()) {
      return ctx_->BadRecord(file_.path, line, "row " + entity.list_id + " has no name");
    }

    std::string_view type = Cell(row, c.type);
    if (type.empty()) {
      // Rows of the non-Treasury lists carry no type: a person or an organisation alike.
      entity.schema = Schema::kLegalEntity;
    } else if (std::optional<Schema> schema = ParseSchema(type); schema && IsScreenable(*schema)) {
      entity.schema = *schema;
    } else {
      return ctx_->BadRecord(file_.path, line,
                             "row " + entity.list_id + ": unknown type \"" + base::Excerpt(type) +
                                 "\" (Individual, Entity, Vessel or Aircraft)");
    }

    Name primary = MakeName(name, NameKind::kPrimary);
    SplitPersonName(entity.schema, &primary);
    entity.names.push_back(std::move(primary));
    for (std::string_view alias : base::Split(Cell(row, c.alt_names), "; ")) {
      // A few Entity List rows write "X; and Y".
      if (alias.starts_with("and ")) alias = base::Trim(alias.substr(4));
      Name alt = MakeName(alias, NameKind::kStrongAlias);
      SplitPersonName(entity.schema, &alt);
      entity.names.push_back(std::move(alt));
    }

    std::string_view source = Cell(row, c.source);
    if (!source.empty()) PushUnique(&entity.programs, SourceCode(source));
    for (std::string_view program : base::Split(Cell(row, c.programs), ';')) {
      PushUnique(&entity.programs, program);
    }

    for (std::string_view text : base::Split(Cell(row, c.dates_of_birth), "; ")) {
      std::optional<BirthDate> birth = ParseCslBirthDate(text);
      if (!birth) {
        ctx_->Warn(file_.path, line,
                   "row " + entity.list_id + ": date of birth \"" + base::Excerpt(text) +
                       "\" is not a date; ignored");
        continue;
      }
      entity.birth_dates.push_back(*birth);
    }
    for (std::string_view place : base::Split(Cell(row, c.places_of_birth), "; ")) {
      PushUnique(&entity.birth_places, place);
    }
    for (int column : {c.citizenships, c.nationalities}) {
      for (std::string_view country : base::Split(Cell(row, column), ';')) {
        PushUnique(&entity.nationalities, country);
      }
    }
    for (std::string_view address : base::Split(Cell(row, c.addresses), "; ")) {
      AddAddress(address, &entity);
    }
    PushUnique(&entity.countries, Cell(row, c.vessel_flag));
    ReadIds(Cell(row, c.ids), &entity);
    std::string_view call_sign = Cell(row, c.call_sign);
    if (!call_sign.empty()) entity.identifiers.push_back({"Call Sign", std::string(call_sign), {}});

    std::string_view start = Cell(row, c.start_date);
    if (!start.empty()) {
      if (std::optional<PartialDate> date = ParsePartialDate(start)) {
        entity.listed_on = date->ToString();
      } else {
        ctx_->Warn(file_.path, line,
                   "row " + entity.list_id + ": start_date \"" + base::Excerpt(start) +
                       "\" is not a date; ignored");
      }
    }
    for (std::string_view title : base::Split(Cell(row, c.title), "; ")) {
      PushUnique(&entity.titles, title);
    }
    PushUnique(&entity.remarks, Cell(row, c.remarks));
    AddRemark("Vessel owner", Cell(row, c.vessel_owner), &entity);
    AddRemark("Federal Register notice", Cell(row, c.federal_register_notice), &entity);
    AddRemark("Listing ends", Cell(row, c.end_date), &entity);

    return Store(std::move(entity), Cell(row, c.entity_number),
                 source.empty() ? std::string() : SourceCode(source), line);
  }

  // Adds the entity, or merges it into the earlier row for the same entity from another source
  // list (same _id and entity_number, same schema, a source not seen for it yet).
  Status Store(Entity entity, std::string_view entity_number, std::string source,
               std::uint64_t line) {
    std::string id = ctx_->dataset() + ":" + entity.list_id;
    auto known = seen_.find(id);
    if (known != seen_.end()) {
      SeenRow& seen = known->second;
      Entity* earlier = ctx_->Find(id);
      if (earlier && !entity_number.empty() && seen.entity_number == entity_number &&
          earlier->schema == entity.schema && !source.empty() && !Contains(seen.sources, source)) {
        seen.sources.push_back(std::move(source));
        Merge(std::move(entity), earlier);
        return Status::Ok();
      }
      return ctx_->Add(std::move(entity), file_.path, line);  // a clash: warned and skipped
    }
    CORDON_RETURN_IF_ERROR(ctx_->Add(std::move(entity), file_.path, line));
    if (ctx_->Find(id)) {
      SeenRow& seen = seen_[id];
      seen.entity_number = std::string(entity_number);
      if (!source.empty()) seen.sources.push_back(std::move(source));
    }
    return Status::Ok();
  }

  // OFAC rows write people as "SURNAME, Given Names": one comma separates the parts.
  static void SplitPersonName(Schema schema, Name* name) {
    if (schema != Schema::kPerson) return;
    std::size_t comma = name->full.find(',');
    if (comma == std::string::npos || name->full.find(',', comma + 1) != std::string::npos) {
      return;
    }
    name->family = std::string(base::Trim(std::string_view(name->full).substr(0, comma)));
    name->given = std::string(base::Trim(std::string_view(name->full).substr(comma + 1)));
    if (name->family.empty() || name->given.empty()) {
      name->family.clear();
      name->given.clear();
    }
  }

  // "Street, City, Postcode, CC": the last part, when a two-letter code, is the country. An
  // address that is only a country code adds the country alone.
  static void AddAddress(std::string_view address, Entity* entity) {
    std::size_t comma = address.rfind(", ");
    std::string_view last =
        base::Trim(comma == std::string_view::npos ? address : address.substr(comma + 2));
    if (IsCountryCode(last)) PushUnique(&entity->countries, last);
    if (comma != std::string_view::npos || !IsCountryCode(address)) {
      PushUnique(&entity->addresses, address);
    }
  }

  // "Type, Number[, Country][, issue date...]; ..." as OFAC's identity documents are written.
  static void ReadIds(std::string_view ids, Entity* entity) {
    for (std::string_view item : base::Split(ids, "; ")) {
      std::size_t comma = item.find(", ");
      if (comma == std::string_view::npos) {
        PushUnique(&entity->remarks, item);
        continue;
      }
      std::string_view type = base::Trim(item.substr(0, comma));
      std::string_view rest = base::Trim(item.substr(comma + 2));
      if (base::EqualsIgnoreCaseAscii(type, "Gender")) {
        std::string gender = base::ToLowerAscii(rest);
        if (gender == "male" || gender == "female") entity->gender = gender;
        continue;
      }
      if (type == "Nationality Country") {
        PushUnique(&entity->nationalities, rest);
        continue;
      }
      if (type == "Nationality of Registration") {
        PushUnique(&entity->countries, rest);
        continue;
      }
      if (IsRemarkType(type)) {
        PushUnique(&entity->remarks, std::string(StripTypeSuffix(type)) + ": " + std::string(rest));
        continue;
      }
      std::vector<std::string_view> parts = base::Split(rest, ", ");
      Identifier id;
      id.type = std::string(type);
      id.value = std::string(parts.empty() ? rest : parts[0]);
      if (parts.size() >= 2 && IsCountryCode(parts[1])) id.country = std::string(parts[1]);
      if (type == "Vessel Registration Identification" && id.value.starts_with("IMO ")) {
        id.type = "IMO";
        id.value = id.value.substr(4);
      }
      if (id.value.empty()) continue;
      bool seen = false;
      for (const Identifier& existing : entity->identifiers) seen |= existing == id;
      if (!seen) entity->identifiers.push_back(std::move(id));
    }
  }

  static void AddRemark(std::string_view label, std::string_view value, Entity* entity) {
    if (!value.empty())
      PushUnique(&entity->remarks, std::string(label) + ": " + std::string(value));
  }

  static bool Contains(const std::vector<std::string>& values, std::string_view value) {
    for (const std::string& existing : values) {
      if (existing == value) return true;
    }
    return false;
  }

  // Adds what `from` (a later row for the same entity, from another source list) says to `into`.
  static void Merge(Entity from, Entity* into) {
    for (Name& name : from.names) {
      name.full = base::CollapseWhitespace(name.full);
      if (name.full.empty()) continue;
      bool seen = false;
      for (const Name& existing : into->names) seen |= existing.full == name.full;
      if (seen) continue;
      if (name.kind == NameKind::kPrimary) name.kind = NameKind::kStrongAlias;
      name.script = DetectScript(name.full);
      into->names.push_back(std::move(name));
    }
    for (const BirthDate& birth : from.birth_dates) {
      bool seen = false;
      for (const BirthDate& existing : into->birth_dates) seen |= existing == birth;
      if (!seen) into->birth_dates.push_back(birth);
    }
    for (Identifier& id : from.identifiers) {
      bool seen = false;
      for (const Identifier& existing : into->identifiers) seen |= existing == id;
      if (!seen) into->identifiers.push_back(std::move(id));
    }
    auto merge = [](const std::vector<std::string>& src, std::vector<std::string>* dst) {
      for (const std::string& value : src) PushUnique(dst, value);
    };
    merge(from.birth_places, &into->birth_places);
    merge(from.nationalities, &into->nationalities);
    merge(from.countries, &into->countries);
    merge(from.addresses, &into->addresses);
    merge(from.programs, &into->programs);
    merge(from.remarks, &into->remarks);
    merge(from.titles, &into->titles);
    if (into->gender.empty()) into->gender = from.gender;
    if (into->listed_on.empty() || (!from.listed_on.empty() && from.listed_on < into->listed_on)) {
      into->listed_on = from.listed_on;
    }
  }

  // The reader stopped on a quoted field that is never closed. When that field runs to the end
  // of the file on the row's own line, the copy was cut off inside its last row: a bad record.
  // Otherwise a stray quote swallowed the rest of the file, which is a file error.
  Status CutOffLastRow() {
    std::string_view data = file_.data;
    std::size_t start = last_row_end_;
    std::string_view tail = base::Trim(data.substr(std::min(start, data.size())));
    if (tail.find('\n') != std::string_view::npos || tail.empty()) return csv_.status();
    std::uint64_t line =
        base::LineIndex(data).LineOf(static_cast<std::size_t>(tail.data() - data.data()));
    return ctx_->BadRecord(file_.path, line,
                           "the last row is cut off inside a quoted field (file truncated?): " +
                               base::Excerpt(tail, 60));
  }

  const SourceFile& file_;
  ParseContext* ctx_;
  CsvReader csv_;
  std::vector<std::string> header_;
  Columns columns_;
  std::size_t last_row_end_ = 0;  // offset just after the last row read
  // For each stored id: its entity_number and source lists, to tell a row for the same entity
  // on another source list from an id clash.
  struct SeenRow {
    std::string entity_number;
    std::vector<std::string> sources;
  };
  std::unordered_map<std::string, SeenRow> seen_;
};

}  // namespace

Status ParseUsTradeCsl(const SourceFile& file, ParseContext* ctx) {
  CslReader reader(file, ctx);
  return reader.Read();
}

}  // namespace cordon::ingest
