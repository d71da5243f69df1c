// UK HM Treasury / OFSI Consolidated List of Financial Sanctions Targets, CSV (ConList.csv):
//
//   Last Updated,24/05/2024
//   Name 6,Name 1,Name 2,Name 3,Name 4,Name 5,Title,Name Non-Latin Script,...,Group ID
//   HANIYA,Ismail,Abdul,Salah,,,,إسماعيل عبد السلام أحمد هنية,...,Primary name,,...,7345
//
// One row per name; the rows of one target share its "Group ID" (the id here) and repeat its
// other details. Name 6 is the surname; the whole name is Name 1..5 then Name 6. Alias Type
// "Primary name" is the primary name, other rows are aliases, weak when Alias Quality is "Low".
// Multi-valued cells are enumerated: "(1) Afghanistan (2) Pakistan". Dates are DD/MM/YYYY with
// "00" for an unknown day or month. Columns are found by header name, so their order may change.
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "ingest/csv_reader.h"
#include "ingest/parsers.h"

namespace cordon::ingest {
namespace {

// `text` with runs of whitespace collapsed to one space and no-break spaces (U+00A0, which the
// lists use at random inside names) read as spaces.
std::string Clean(std::string_view text) {
  std::string out(text);
  for (std::size_t pos = out.find("\xC2\xA0"); pos != std::string::npos;
       pos = out.find("\xC2\xA0", pos)) {
    out.replace(pos, 2, " ");
  }
  return base::CollapseWhitespace(out);
}

void AddUnique(std::vector<std::string>* values, std::string_view value) {
  std::string text = Clean(value);
  if (text.empty()) return;
  for (const std::string& existing : *values) {
    if (existing == text) return;
  }
  values->push_back(std::move(text));
}

std::string JoinNonEmpty(std::initializer_list<std::string_view> parts, std::string_view sep) {
  std::string out;
  for (std::string_view part : parts) {
    part = base::Trim(part);
    if (part.empty()) continue;
    if (!out.empty()) out += sep;
    out += part;
  }
  return out;
}

// "24/05/2024", "00/00/1964", "00/05/1964" (unknown parts are 00); ISO dates are accepted too.
std::optional<PartialDate> ParseUkDate(std::string_view text) {
  text = base::Trim(text);
  if (text.find('/') == std::string_view::npos) return ParsePartialDate(text);
  auto parts = base::Split(text, '/', false);
  std::uint64_t day = 0;
  std::uint64_t month = 0;
  std::uint64_t year = 0;
  if (parts.size() != 3 || parts[2].size() != 4 || !base::ParseUint(parts[0], &day) ||
      !base::ParseUint(parts[1], &month) || !base::ParseUint(parts[2], &year) || day > 31 ||
      month > 12 || year == 0) {
    return std::nullopt;
  }
  std::string iso = std::string(parts[2]);
  if (month > 0) {
    iso += month < 10 ? "-0" : "-";
    iso += std::to_string(month);
    if (day > 0) {
      iso += day < 10 ? "-0" : "-";
      iso += std::to_string(day);
    }
  }
  return ParsePartialDate(iso);
}

// "(1) Afghanistan (2) Pakistan" -> {"Afghanistan", "Pakistan"}; other text is one value.
std::vector<std::string_view> Enumerated(std::string_view text) {
  text = base::Trim(text);
  std::vector<std::string_view> out;
  if (!text.starts_with("(1)")) {
    if (!text.empty()) out.push_back(text);
    return out;
  }
  std::size_t start = 3;
  for (int next = 2;; ++next) {
    std::string marker = "(" + std::to_string(next) + ")";
    std::size_t found = text.find(marker, start);
    std::string_view piece = base::Trim(text.substr(start, found - start));
    if (!piece.empty()) out.push_back(piece);
    if (found == std::string_view::npos) break;
    start = found + marker.size();
  }
  return out;
}

// The 7-digit IMO number in a ship's "Other Information" ("(IMO number):9307190"), or "".
std::string FindImo(std::string_view text) {
  for (std::size_t at = text.find("IMO"); at != std::string_view::npos;
       at = text.find("IMO", at + 3)) {
    std::size_t pos = at + 3;
    std::size_t limit = std::min(text.size(), pos + 20);
    while (pos < limit && !(text[pos] >= '0' && text[pos] <= '9')) ++pos;
    std::size_t end = pos;
    while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
    if (end - pos == 7) return std::string(text.substr(pos, 7));
  }
  return "";
}

Schema GroupSchema(std::string_view group_type, bool* known) {
  *known = true;
  if (base::EqualsIgnoreCaseAscii(group_type, "individual")) return Schema::kPerson;
  if (base::EqualsIgnoreCaseAscii(group_type, "entity")) return Schema::kOrganization;
  if (base::EqualsIgnoreCaseAscii(group_type, "ship")) return Schema::kVessel;
  *known = false;
  return Schema::kLegalEntity;
}

// Column positions, looked up once from the header.
struct Columns {
  explicit Columns(const CsvHeader& header) {
    for (std::size_t idx = 0; idx < name.size(); ++idx) {
      name[idx] = header.Find("Name " + std::to_string(idx + 1));
    }
    for (std::size_t idx = 0; idx < address.size(); ++idx) {
      address[idx] = header.Find("Address " + std::to_string(idx + 1));
    }
  }
  std::array<int, 6> name{};
  std::array<int, 6> address{};
};

class UkReader {
 public:
  UkReader(const SourceFile& file, ParseContext* ctx) : file_(file), ctx_(ctx) {}

  Status Read() {
    CsvReader reader(file_.data, file_.path);
    std::vector<std::string_view> row;
    if (!reader.Next(&row)) return HeaderError(reader);
    if (!row.empty() && base::EqualsIgnoreCaseAscii(base::Trim(row[0]), "Last Updated")) {
      if (row.size() > 1) {
        if (auto date = ParseUkDate(row[1])) ctx_->SetPublished(date->ToString());
      }
      if (!reader.Next(&row)) return HeaderError(reader);
    }
    header_ = CsvHeader(row);
    for (const char* required : {"Group ID", "Name 6"}) {
      if (header_.Find(required) >= 0) continue;
      std::string header_text;
      for (std::string_view field : row) header_text += std::string(field) + ",";
      return ParseContext::FileError(file_.path, reader.line(),
                                     "not a UK consolidated list: the header (\"" +
                                         base::Excerpt(header_text) + "\") has no \"" + required +
                                         "\" column");
    }
    columns_.emplace(header_);
    while (reader.Next(&row)) {
      CORDON_RETURN_IF_ERROR(ReadRow(row, reader.line()));
    }
    CORDON_RETURN_IF_ERROR(reader.status());
    for (Group& group : groups_) {
      FinishNames(&group.entity);
      CORDON_RETURN_IF_ERROR(ctx_->Add(std::move(group.entity), file_.path, group.line));
    }
    return Status::Ok();
  }

 private:
  struct Group {
    Entity entity;
    std::uint64_t line = 0;
  };

  Status HeaderError(const CsvReader& reader) {
    if (!reader.status().ok()) return reader.status();
    return ParseContext::FileError(file_.path, reader.line(), "no header row: the file is empty");
  }

  std::string_view Get(const std::vector<std::string_view>& row, std::string_view name) const {
    return header_.Get(row, name);
  }
  static std::string_view At(const std::vector<std::string_view>& row, int idx) {
    if (idx < 0 || static_cast<std::size_t>(idx) >= row.size()) return {};
    return base::Trim(row[static_cast<std::size_t>(idx)]);
  }

  Status ReadRow(const std::vector<std::string_view>& row, std::uint64_t line) {
    bool blank = true;
    for (std::string_view field : row) {
      blank &= base::Trim(field).empty();
      if (field.size() > ctx_->options().max_field_bytes) {
        return ctx_->CheckFieldSize(file_.path, line, "field", field);
      }
    }
    if (blank) return Status::Ok();
    std::string group_id(Get(row, "Group ID"));
    if (group_id.empty()) return ctx_->BadRecord(file_.path, line, "row has no Group ID");
    const Columns& cols = *columns_;
    std::string given =
        Clean(JoinNonEmpty({At(row, cols.name[0]), At(row, cols.name[1]), At(row, cols.name[2]),
                            At(row, cols.name[3]), At(row, cols.name[4])},
                           " "));
    std::string family = Clean(At(row, cols.name[5]));
    std::string full = JoinNonEmpty({given, family}, " ");
    if (full.empty()) {
      return ctx_->BadRecord(file_.path, line, "row of group " + group_id + " has no name");
    }
    auto [it, inserted] = index_.emplace(group_id, groups_.size());
    if (inserted) {
      groups_.push_back(Group{Entity{}, line});
      StartGroup(row, line, group_id, &groups_.back().entity);
    }
    Entity* entity = &groups_[it->second].entity;
    AddRowName(row, given, family, full, entity);
    AddRowDetails(row, entity);
    return Status::Ok();
  }

  void StartGroup(const std::vector<std::string_view>& row, std::uint64_t line,
                  const std::string& group_id, Entity* entity) {
    entity->list_id = group_id;
    bool known = false;
    std::string_view group_type = Get(row, "Group Type");
    entity->schema = GroupSchema(group_type, &known);
    if (!known) {
      ctx_->Warn(file_.path, line,
                 "group " + group_id + " has an unknown Group Type \"" + base::Excerpt(group_type) +
                     "\"; read as a legal entity");
    }
  }

  void AddRowName(const std::vector<std::string_view>& row, const std::string& given,
                  const std::string& family, const std::string& full, Entity* entity) {
    std::string alias_type(Get(row, "Alias Type"));
    bool primary = base::EqualsIgnoreCaseAscii(alias_type, "Primary name");
    bool weak = base::StartsWithIgnoreCaseAscii(Get(row, "Alias Quality"), "low");
    Name name = MakeName(full, primary ? NameKind::kPrimary
                               : weak  ? NameKind::kWeakAlias
                                       : NameKind::kStrongAlias);
    if (entity->schema == Schema::kPerson) {
      name.given = given;
      name.family = family;
    }
    if (!primary) name.type = alias_type;
    entity->names.push_back(std::move(name));
    std::string_view non_latin = Get(row, "Name Non-Latin Script");
    if (!non_latin.empty()) {
      Name original = MakeName(Clean(non_latin), NameKind::kStrongAlias);
      original.type = std::string(Get(row, "Non-Latin Script Type"));
      entity->names.push_back(std::move(original));
    }
    if (entity->schema == Schema::kPerson) AddUnique(&entity->titles, Get(row, "Title"));
  }

  void AddRowDetails(const std::vector<std::string_view>& row, Entity* entity) {
    if (entity->schema == Schema::kPerson) {
      if (auto dob = ParseUkDate(Get(row, "DOB"))) {
        BirthDate date{*dob, *dob, false};
        bool seen = false;
        for (const BirthDate& existing : entity->birth_dates) seen |= existing == date;
        if (!seen) entity->birth_dates.push_back(date);
      }
      AddUnique(&entity->birth_places,
                JoinNonEmpty({Get(row, "Town of Birth"), Get(row, "Country of Birth")}, ", "));
      for (std::string_view value : Enumerated(Get(row, "Nationality"))) {
        AddUnique(&entity->nationalities, value);
      }
      for (std::string_view value : Enumerated(Get(row, "Position"))) {
        AddUnique(&entity->titles, value);
      }
      AddIdentifiers(Get(row, "Passport Number"), "Passport", entity);
      AddIdentifiers(Get(row, "National Identification Number"), "National ID No.", entity);
      if (entity->gender.empty()) {
        std::string gender = base::ToLowerAscii(Get(row, "Gender"));
        if (gender == "male" || gender == "female") entity->gender = gender;
      }
    }
    const Columns& cols = *columns_;
    std::string_view country = Get(row, "Country");
    std::string address =
        JoinNonEmpty({At(row, cols.address[0]), At(row, cols.address[1]), At(row, cols.address[2]),
                      At(row, cols.address[3]), At(row, cols.address[4]), At(row, cols.address[5]),
                      Get(row, "Post/Zip Code")},
                     ", ");
    if (!address.empty()) AddUnique(&entity->addresses, JoinNonEmpty({address, country}, ", "));
    AddUnique(&entity->countries, country);
    std::string_view other = Get(row, "Other Information");
    AddUnique(&entity->remarks, other);
    if (entity->schema == Schema::kVessel) {
      std::string imo = FindImo(other);
      if (!imo.empty()) AddIdentifier(Identifier{"IMO", imo, ""}, entity);
    }
    AddUnique(&entity->programs, Get(row, "Regime"));
    if (entity->listed_on.empty()) {
      if (auto listed = ParseUkDate(Get(row, "Listed On"))) entity->listed_on = listed->ToString();
    }
  }

  static void AddIdentifier(Identifier id, Entity* entity) {
    for (const Identifier& existing : entity->identifiers) {
      if (existing == id) return;
    }
    entity->identifiers.push_back(std::move(id));
  }

  static void AddIdentifiers(std::string_view cell, const char* type, Entity* entity) {
    for (std::string_view value : Enumerated(cell)) {
      AddIdentifier(Identifier{type, Clean(value), ""}, entity);
    }
  }

  // The first "Primary name" row gives the primary name; any further ones are kept as strong
  // aliases, and a group without one has its first name promoted.
  static void FinishNames(Entity* entity) {
    std::vector<Name>& names = entity->names;
    std::size_t primary = names.size();
    for (std::size_t idx = 0; idx < names.size(); ++idx) {
      if (names[idx].kind != NameKind::kPrimary) continue;
      if (primary == names.size()) {
        primary = idx;
      } else {
        names[idx].kind = NameKind::kStrongAlias;
      }
    }
    if (primary == names.size()) {
      if (!names.empty()) names.front().kind = NameKind::kPrimary;
      return;
    }
    if (primary != 0) {
      Name name = std::move(names[primary]);
      names.erase(names.begin() + static_cast<std::ptrdiff_t>(primary));
      names.insert(names.begin(), std::move(name));
    }
  }

  const SourceFile& file_;
  ParseContext* ctx_;
  CsvHeader header_{std::vector<std::string_view>{}};
  std::optional<Columns> columns_;
  std::vector<Group> groups_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace

Status ParseUkHmtCsv(const SourceFile& file, ParseContext* ctx) {
  UkReader reader(file, ctx);
  return reader.Read();
}

}  // namespace cordon::ingest
