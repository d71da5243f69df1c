// Cordon's own CSV list format, for a team's own list or a national list (docs/formats.md,
// "Cordon CSV list format"): a header row naming the columns (any order, any case), then one
// entity per row. Only "id" and "name" are required. Multi-valued cells separate their values
// with ";". Being our own format, it is read strictly: an unknown schema, a date that is not ISO,
// an unknown gender or an identifier that is not "type:value[:country]" is a bad record naming
// the line and the column.
#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "base/strings.h"
#include "ingest/csv_reader.h"
#include "ingest/parsers.h"

namespace cordon::ingest {
namespace {

enum class Column : std::uint8_t {
  kId,
  kName,
  kSchema,
  kAliases,
  kWeakAliases,
  kBirthDate,
  kBirthPlace,
  kCountry,
  kNationality,
  kAddresses,
  kIdentifiers,
  kPrograms,
  kListedOn,
  kRemarks,
  kGender,
  kTitles,
  kUnknown,
};

struct ColumnName {
  std::string_view name;
  Column column;
};
constexpr std::array<ColumnName, 16> kColumns = {{
    {"id", Column::kId},
    {"name", Column::kName},
    {"schema", Column::kSchema},
    {"aliases", Column::kAliases},
    {"weak_aliases", Column::kWeakAliases},
    {"birth_date", Column::kBirthDate},
    {"birth_place", Column::kBirthPlace},
    {"country", Column::kCountry},
    {"nationality", Column::kNationality},
    {"addresses", Column::kAddresses},
    {"identifiers", Column::kIdentifiers},
    {"programs", Column::kPrograms},
    {"listed_on", Column::kListedOn},
    {"remarks", Column::kRemarks},
    {"gender", Column::kGender},
    {"titles", Column::kTitles},
}};

std::string_view ColumnLabel(Column column) {
  for (const ColumnName& entry : kColumns) {
    if (entry.column == column) return entry.name;
  }
  return "?";
}

bool IsDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// ISO "YYYY", "YYYY-MM" or "YYYY-MM-DD" only: the format is ours, so no ambiguous day/month.
std::optional<PartialDate> ParseIsoDate(std::string_view text) {
  text = base::Trim(text);
  bool shape = (text.size() == 4 && IsDigits(text)) ||
               (text.size() == 7 && IsDigits(text.substr(0, 4)) && text[4] == '-' &&
                IsDigits(text.substr(5, 2))) ||
               (text.size() == 10 && IsDigits(text.substr(0, 4)) && text[4] == '-' &&
                IsDigits(text.substr(5, 2)) && text[7] == '-' && IsDigits(text.substr(8, 2)));
  if (!shape) return std::nullopt;
  return ParsePartialDate(text);
}

bool Before(const PartialDate& a, const PartialDate& b) {
  if (a.year != b.year) return a.year < b.year;
  if (a.month != b.month) return a.month < b.month;
  return a.day < b.day;
}

// "1962-03-14", "1962", "1973..1974", "~1960", "~1960..1962".
std::optional<BirthDate> ParseBirthDate(std::string_view text) {
  BirthDate birth;
  text = base::Trim(text);
  if (text.starts_with("~")) {
    birth.approximate = true;
    text.remove_prefix(1);
  }
  std::size_t dots = text.find("..");
  std::optional<PartialDate> from = ParseIsoDate(text.substr(0, dots));
  if (!from) return std::nullopt;
  birth.from = *from;
  birth.to = *from;
  if (dots != std::string_view::npos) {
    std::optional<PartialDate> to = ParseIsoDate(text.substr(dots + 2));
    if (!to || Before(*to, *from)) return std::nullopt;
    birth.to = *to;
  }
  return birth;
}

bool LooksLikeCountry(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    if (!letter && c != ' ' && c != '-' && c != '.' && c != '\'' &&
        static_cast<unsigned char>(c) < 0x80) {
      return false;
    }
  }
  return true;
}

// "type:value" or "type:value:country". The value may hold ':' itself (e.g. a URL): the last
// part is the country only when it looks like one (letters, spaces, '-', '.').
std::optional<Identifier> ParseIdentifier(std::string_view text) {
  std::size_t colon = text.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  Identifier id;
  id.type = std::string(base::Trim(text.substr(0, colon)));
  std::string_view rest = text.substr(colon + 1);
  std::size_t last = rest.rfind(':');
  if (last != std::string_view::npos && LooksLikeCountry(base::Trim(rest.substr(last + 1)))) {
    id.country = std::string(base::Trim(rest.substr(last + 1)));
    rest = rest.substr(0, last);
  }
  id.value = std::string(base::Trim(rest));
  if (id.type.empty() || id.value.empty()) return std::nullopt;
  return id;
}

void PushUnique(std::vector<std::string>* values, std::string_view value) {
  for (const std::string& existing : *values) {
    if (existing == value) return;
  }
  values->emplace_back(value);
}

class CordonCsvReader {
 public:
  CordonCsvReader(const SourceFile& file, ParseContext* ctx)
      : file_(file), ctx_(ctx), csv_(file.data, file.path) {}

  Status Read() {
    std::vector<std::string_view> row;
    if (!csv_.Next(&row)) {
      if (!csv_.status().ok()) return csv_.status();
      return ParseContext::FileError(file_.path, 0,
                                     "empty file: a Cordon CSV list starts with a header row "
                                     "naming its columns (id,name,...)");
    }
    CORDON_RETURN_IF_ERROR(ReadHeader(row, csv_.line()));
    // The rows, in pieces read side by side when the file is large.
    CsvRowStarts row_starts(file_.data, csv_.offset());
    const std::vector<ParseContext::Piece> pieces =
        ctx_->Split(file_.data, csv_.offset(), file_.data.size(), csv_.offset_line(),
                    [&](std::size_t pos) { return row_starts.At(pos); });
    // One entity per row, and rows are lines unless a quoted value holds a line break.
    return ctx_->ParsePieces(file_.path, pieces, kMinRowBytes,
                             [&](const ParseContext::Piece& piece, ParseContext* ctx) {
                               CordonCsvReader reader(file_, ctx);
                               reader.columns_ = columns_;
                               return reader.ReadRows(piece);
                             });
  }

 private:
  static constexpr std::size_t kMinRowBytes = 16;

  // The rows that start in `piece`.
  Status ReadRows(const ParseContext::Piece& piece) {
    csv_.Restrict(piece.begin, piece.end, piece.line);
    std::vector<std::string_view> row;
    while (csv_.Next(&row)) CORDON_RETURN_IF_ERROR(ReadRow(row, csv_.line()));
    return csv_.status();
  }

  Status ReadHeader(const std::vector<std::string_view>& header, std::uint64_t line) {
    bool has_id = false;
    bool has_name = false;
    for (std::string_view raw : header) {
      std::string name = base::ToLowerAscii(base::Trim(raw));
      Column column = Column::kUnknown;
      for (const ColumnName& entry : kColumns) {
        if (entry.name == name) column = entry.column;
      }
      if (column == Column::kUnknown) {
        if (!name.empty()) {
          ctx_->Warn(file_.path, line,
                     "unknown column \"" + base::Excerpt(name) +
                         "\" ignored (docs/formats.md "
                         "lists the columns of the Cordon CSV format)");
        }
      } else {
        for (Column seen : columns_) {
          if (seen == column) {
            return ParseContext::FileError(file_.path, line,
                                           "column \"" + name + "\" appears twice in the header");
          }
        }
      }
      has_id |= column == Column::kId;
      has_name |= column == Column::kName;
      columns_.push_back(column);
    }
    for (auto [present, label] : {std::pair{has_id, "id"}, std::pair{has_name, "name"}}) {
      if (!present) {
        return ParseContext::FileError(
            file_.path, line,
            "the header has no \"" + std::string(label) +
                "\" column (a Cordon CSV list needs at least id and name; header: " +
                base::Excerpt(
                    base::Join(std::vector<std::string>(header.begin(), header.end()), ","), 80) +
                ")");
      }
    }
    return Status::Ok();
  }

  Status Bad(std::uint64_t line, Column column, std::string_view reason) {
    return ctx_->BadRecord(
        file_.path, line,
        "column " + std::string(ColumnLabel(column)) + ": " + std::string(reason));
  }

  Status ReadRow(const std::vector<std::string_view>& row, std::uint64_t line) {
    bool blank = true;
    for (std::string_view field : row) blank &= base::Trim(field).empty();
    if (blank) return Status::Ok();  // e.g. a trailing ",,,," row left by a spreadsheet
    if (row.size() > columns_.size()) {
      return ctx_->BadRecord(file_.path, line,
                             "row has " + std::to_string(row.size()) + " fields but the header " +
                                 "has " + std::to_string(columns_.size()) +
                                 " (a comma inside a value that is not quoted?)");
    }
    for (std::size_t idx = 0; idx < row.size(); ++idx) {
      if (row[idx].size() > ctx_->options().max_field_bytes) {
        std::string_view label = columns_[idx] == Column::kUnknown ? std::string_view("(unknown)")
                                                                   : ColumnLabel(columns_[idx]);
        return ctx_->CheckFieldSize(file_.path, line, label, row[idx]);
      }
    }
    Entity entity;
    std::string primary;
    for (std::size_t idx = 0; idx < row.size(); ++idx) {
      std::string_view value = base::Trim(row[idx]);
      if (value.empty()) continue;
      bool ok = true;
      CORDON_RETURN_IF_ERROR(ReadCell(columns_[idx], value, line, &entity, &primary, &ok));
      if (!ok) return Status::Ok();
    }
    if (base::Trim(entity.list_id).empty()) return Bad(line, Column::kId, "id is empty");
    if (primary.empty()) return Bad(line, Column::kName, "name is empty");
    entity.names.insert(entity.names.begin(), MakeName(primary, NameKind::kPrimary));
    return ctx_->Add(std::move(entity), file_.path, line);
  }

  // Reads one non-empty cell. A bad value is reported (BadRecord) and sets *ok = false.
  Status ReadCell(Column column, std::string_view value, std::uint64_t line, Entity* entity,
                  std::string* primary, bool* ok) {
    auto reject = [&](std::string reason) {
      *ok = false;
      return Bad(line, column, reason);
    };
    switch (column) {
      case Column::kId:
        entity->list_id = std::string(value);
        break;
      case Column::kName:
        *primary = std::string(value);
        break;
      case Column::kSchema: {
        std::optional<Schema> schema = ParseSchema(value);
        if (!schema || !IsScreenable(*schema)) {
          return reject("unknown schema \"" + base::Excerpt(value) +
                        "\" (Person, Organization, Company, LegalEntity, Vessel or Aircraft)");
        }
        entity->schema = *schema;
        break;
      }
      case Column::kAliases:
      case Column::kWeakAliases: {
        NameKind kind = column == Column::kAliases ? NameKind::kStrongAlias : NameKind::kWeakAlias;
        for (std::string_view alias : base::Split(value, ';')) {
          entity->names.push_back(MakeName(alias, kind));
        }
        break;
      }
      case Column::kBirthDate:
        for (std::string_view text : base::Split(value, ';')) {
          std::optional<BirthDate> birth = ParseBirthDate(text);
          if (!birth) {
            return reject("\"" + base::Excerpt(text) +
                          "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD; a range "
                          "YYYY..YYYY; ~ in front when approximate)");
          }
          entity->birth_dates.push_back(*birth);
        }
        break;
      case Column::kBirthPlace:
        AddAll(value, &entity->birth_places);
        break;
      case Column::kCountry:
        AddAll(value, &entity->countries);
        break;
      case Column::kNationality:
        AddAll(value, &entity->nationalities);
        break;
      case Column::kAddresses:
        AddAll(value, &entity->addresses);
        break;
      case Column::kPrograms:
        AddAll(value, &entity->programs);
        break;
      case Column::kTitles:
        AddAll(value, &entity->titles);
        break;
      case Column::kRemarks:
        entity->remarks.emplace_back(value);
        break;
      case Column::kIdentifiers:
        for (std::string_view text : base::Split(value, ';')) {
          std::optional<Identifier> id = ParseIdentifier(text);
          if (!id) {
            return reject("identifier \"" + base::Excerpt(text) +
                          "\" is not type:value or type:value:country");
          }
          entity->identifiers.push_back(std::move(*id));
        }
        break;
      case Column::kListedOn: {
        std::optional<PartialDate> date = ParseIsoDate(value);
        if (!date) {
          return reject("\"" + base::Excerpt(value) +
                        "\" is not an ISO date (YYYY-MM-DD, YYYY-MM or YYYY)");
        }
        entity->listed_on = date->ToString();
        break;
      }
      case Column::kGender: {
        std::string lower = base::ToLowerAscii(value);
        if (lower == "m") lower = "male";
        if (lower == "f") lower = "female";
        if (lower != "male" && lower != "female") {
          return reject("gender \"" + base::Excerpt(value) + "\" is not male or female");
        }
        entity->gender = lower;
        break;
      }
      case Column::kUnknown:
        break;
    }
    return Status::Ok();
  }

  static void AddAll(std::string_view value, std::vector<std::string>* out) {
    for (std::string_view item : base::Split(value, ';')) PushUnique(out, item);
  }

  const SourceFile& file_;
  ParseContext* ctx_;
  CsvReader csv_;
  std::vector<Column> columns_;
};

}  // namespace

Status ParseCordonCsv(const SourceFile& file, ParseContext* ctx) {
  CordonCsvReader reader(file, ctx);
  return reader.Read();
}

}  // namespace cordon::ingest
