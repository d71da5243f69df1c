// FollowTheMoney (FtM) entities as JSON lines, the format of OpenSanctions' entities.ftm.json:
// one JSON object per line, {"id", "schema", "datasets", "caption", "properties": {name: [..]}}.
// Schema and property names follow the FtM model (https://followthemoney.tech/explorer/).
//
// Each line is parsed on its own with simdjson's DOM parser; the parser and one padded line
// buffer are reused for the whole file. Property values are arrays of strings; a bare string is
// read as a one-value array, as FtM's own loader (EntityProxy) does. Properties Cordon does not
// model are ignored whatever their type; a property it reads with a value that is not a string
// is a bad record naming the property.
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <simdjson.h>

#include "base/strings.h"
#include "ingest/parsers.h"

namespace cordon::ingest {
namespace {

using simdjson::dom::element;
using simdjson::dom::element_type;
using simdjson::dom::object;

// What Cordon does with the values of one FtM property.
enum class Field : std::uint8_t {
  kIgnored,
  kName,
  kAlias,
  kWeakAlias,
  kFirstName,
  kMiddleName,
  kLastName,
  kFatherName,
  kBirthDate,
  kBirthPlace,
  kNationality,
  kCountry,
  kAddress,
  kIdentifier,
  kProgram,
  kGender,
  kRemark,
  kTitle,
  kListedOn,
  kReference,  // an entity-valued property of a relationship schema
};

struct PropertyRule {
  std::string_view property;
  Field field;
};

constexpr std::array<PropertyRule, 74> kPropertyRules = {{
    {"name", Field::kName},
    {"alias", Field::kAlias},
    {"previousName", Field::kAlias},
    {"weakAlias", Field::kWeakAlias},
    {"abbreviation", Field::kWeakAlias},
    {"firstName", Field::kFirstName},
    {"middleName", Field::kMiddleName},
    {"secondName", Field::kMiddleName},
    {"lastName", Field::kLastName},
    {"fatherName", Field::kFatherName},
    {"birthDate", Field::kBirthDate},
    {"birthPlace", Field::kBirthPlace},
    {"nationality", Field::kNationality},
    {"citizenship", Field::kNationality},
    {"country", Field::kCountry},
    {"jurisdiction", Field::kCountry},
    {"mainCountry", Field::kCountry},
    {"flag", Field::kCountry},
    {"birthCountry", Field::kCountry},
    {"address", Field::kAddress},
    {"idNumber", Field::kIdentifier},
    {"passportNumber", Field::kIdentifier},
    {"taxNumber", Field::kIdentifier},
    {"vatCode", Field::kIdentifier},
    {"registrationNumber", Field::kIdentifier},
    {"innCode", Field::kIdentifier},
    {"ogrnCode", Field::kIdentifier},
    {"okpoCode", Field::kIdentifier},
    {"kppCode", Field::kIdentifier},
    {"bikCode", Field::kIdentifier},
    {"leiCode", Field::kIdentifier},
    {"dunsCode", Field::kIdentifier},
    {"npiCode", Field::kIdentifier},
    {"swiftBic", Field::kIdentifier},
    {"imoNumber", Field::kIdentifier},
    {"mmsi", Field::kIdentifier},
    {"callSign", Field::kIdentifier},
    {"serialNumber", Field::kIdentifier},
    {"icaoCode", Field::kIdentifier},
    {"socialSecurityNumber", Field::kIdentifier},
    {"uniqueEntityId", Field::kIdentifier},
    {"permId", Field::kIdentifier},
    {"ricCode", Field::kIdentifier},
    {"isin", Field::kIdentifier},
    {"wikidataId", Field::kIdentifier},
    {"program", Field::kProgram},
    {"programId", Field::kProgram},
    {"gender", Field::kGender},
    {"notes", Field::kRemark},
    {"summary", Field::kRemark},
    {"description", Field::kRemark},
    {"position", Field::kTitle},
    {"title", Field::kTitle},
    {"listingDate", Field::kListedOn},
    {"createdAt", Field::kListedOn},
    // Entity references of relationship schemas (Family, Ownership, Sanction, ...).
    {"person", Field::kReference},
    {"relative", Field::kReference},
    {"associate", Field::kReference},
    {"holder", Field::kReference},
    {"post", Field::kReference},
    {"owner", Field::kReference},
    {"asset", Field::kReference},
    {"director", Field::kReference},
    {"organization", Field::kReference},
    {"member", Field::kReference},
    {"employee", Field::kReference},
    {"employer", Field::kReference},
    {"entity", Field::kReference},
    {"subject", Field::kReference},
    {"object", Field::kReference},
    {"agent", Field::kReference},
    {"client", Field::kReference},
    {"predecessor", Field::kReference},
    {"successor", Field::kReference},
}};

// FtM schemas that ParseSchema() does not name: the screenable ones it maps to Cordon's, and
// the things that are read but never screened (kRelationship: securities, wallets, documents).
struct SchemaRule {
  std::string_view name;
  Schema schema;
};
constexpr std::array<SchemaRule, 21> kExtraSchemas = {{
    {"PublicBody", Schema::kOrganization},
    {"Airplane", Schema::kAircraft},
    {"Debt", Schema::kRelationship},
    {"Payment", Schema::kRelationship},
    {"Similar", Schema::kRelationship},
    {"Documentation", Schema::kRelationship},
    {"ContractAward", Schema::kRelationship},
    {"CourtCaseParty", Schema::kRelationship},
    {"ProjectParticipant", Schema::kRelationship},
    {"Security", Schema::kRelationship},
    {"CryptoWallet", Schema::kRelationship},
    {"BankAccount", Schema::kRelationship},
    {"Asset", Schema::kRelationship},
    {"RealEstate", Schema::kRelationship},
    {"Contract", Schema::kRelationship},
    {"CourtCase", Schema::kRelationship},
    {"Project", Schema::kRelationship},
    {"Event", Schema::kRelationship},
    {"Article", Schema::kRelationship},
    {"Document", Schema::kRelationship},
    {"Mention", Schema::kRelationship},
}};

Field FieldOf(std::string_view property) {
  // Qualified names ("Person:birthDate") name the same property.
  std::size_t colon = property.rfind(':');
  if (colon != std::string_view::npos) property.remove_prefix(colon + 1);
  for (const PropertyRule& rule : kPropertyRules) {
    if (rule.property == property) return rule.field;
  }
  return Field::kIgnored;
}

std::optional<Schema> SchemaOf(std::string_view name) {
  for (const SchemaRule& rule : kExtraSchemas) {
    if (base::EqualsIgnoreCaseAscii(rule.name, name)) return rule.schema;
  }
  return ParseSchema(name);
}

// "an array", "a number", ...: the JSON type of a value, for messages.
std::string_view TypeName(element_type type) {
  switch (type) {
    case element_type::ARRAY:
      return "an array";
    case element_type::OBJECT:
      return "an object";
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE:
      return "a number";
    case element_type::STRING:
      return "a string";
    case element_type::BOOL:
      return "a boolean";
    case element_type::NULL_VALUE:
      return "null";
  }
  return "a value";
}

void PushUnique(std::vector<std::string>* values, std::string_view value) {
  for (const std::string& existing : *values) {
    if (existing == value) return;
  }
  values->emplace_back(value);
}

bool ContainsIgnoreCase(std::string_view haystack, std::string_view needle) {
  std::string lower_haystack = base::ToLowerAscii(haystack);
  return lower_haystack.find(base::ToLowerAscii(needle)) != std::string::npos;
}

// The values of the name-part properties, kept until every property is read.
struct NameParts {
  std::vector<std::string> first;
  std::vector<std::string> middle;
  std::vector<std::string> last;
  std::vector<std::string> father;
};

// Reads one line's JSON object into an Entity. Every problem with the record goes through
// Reject(), which reports it (BadRecord) and marks the record as not to be stored.
class EntityReader {
 public:
  EntityReader(ParseContext* ctx, std::string_view path, std::uint64_t line)
      : ctx_(ctx), path_(path), line_(line) {}

  // OK and *keep = true: `entity` is ready for ParseContext::Add. OK and *keep = false: a bad
  // record, reported and skipped (lenient mode). Not OK: the error that stops the load.
  Status Read(element root, Entity* entity, bool* keep) {
    keep_ = true;
    entity_ = entity;
    object obj;
    if (root.get(obj) != simdjson::SUCCESS) {
      return Reject("the line holds " + std::string(TypeName(root.type())) +
                    ", not an entity object");
    }
    CORDON_RETURN_IF_ERROR(ReadHeader(obj));
    if (keep_) CORDON_RETURN_IF_ERROR(ReadProperties(obj));
    if (keep_) FinishNames();
    *keep = keep_;
    return Status::Ok();
  }

 private:
  Status Reject(std::string_view reason) {
    keep_ = false;
    return ctx_->BadRecord(path_, line_, reason);
  }

  // A string that is too long is a bad record (CheckFieldSize reports it).
  Status CheckSize(std::string_view field, std::string_view value) {
    if (value.size() <= ctx_->options().max_field_bytes) return Status::Ok();
    keep_ = false;
    return ctx_->CheckFieldSize(path_, line_, field, value);
  }

  // A required top-level string ("id", "schema").
  Status RequiredString(object obj, std::string_view key, std::string_view* out) {
    element value;
    if (obj[key].get(value) != simdjson::SUCCESS) {
      return Reject("entity has no \"" + std::string(key) + "\"");
    }
    if (value.get(*out) != simdjson::SUCCESS) {
      return Reject("\"" + std::string(key) + "\" is " + std::string(TypeName(value.type())) +
                    ", not a string");
    }
    *out = base::Trim(*out);
    if (out->empty()) return Reject("\"" + std::string(key) + "\" is empty");
    return CheckSize(key, *out);
  }

  // An optional top-level string; wrong types are bad records.
  Status OptionalString(object obj, std::string_view key, std::string_view* out) {
    element value;
    if (obj[key].get(value) != simdjson::SUCCESS || value.is_null()) return Status::Ok();
    if (value.get(*out) != simdjson::SUCCESS) {
      return Reject("\"" + std::string(key) + "\" is " + std::string(TypeName(value.type())) +
                    ", not a string");
    }
    *out = base::Trim(*out);
    return CheckSize(key, *out);
  }

  Status ReadHeader(object obj) {
    std::string_view id;
    CORDON_RETURN_IF_ERROR(RequiredString(obj, "id", &id));
    if (!keep_) return Status::Ok();
    entity_->list_id = std::string(id);

    std::string_view schema_name;
    CORDON_RETURN_IF_ERROR(RequiredString(obj, "schema", &schema_name));
    if (!keep_) return Status::Ok();
    std::optional<Schema> schema = SchemaOf(schema_name);
    if (!schema) {
      return Reject("entity " + entity_->list_id + " has an unknown schema \"" +
                    base::Excerpt(schema_name) + "\"");
    }
    entity_->schema = *schema;

    element datasets;
    if (obj["datasets"].get(datasets) == simdjson::SUCCESS && !datasets.is_null()) {
      simdjson::dom::array list;
      if (datasets.get(list) != simdjson::SUCCESS) {
        return Reject("\"datasets\" is " + std::string(TypeName(datasets.type())) +
                      ", not an array of strings");
      }
      for (element item : list) {
        std::string_view dataset;
        if (item.get(dataset) != simdjson::SUCCESS) {
          return Reject("\"datasets\" holds " + std::string(TypeName(item.type())) +
                        ", not a string");
        }
        CORDON_RETURN_IF_ERROR(CheckSize("datasets", dataset));
        if (!keep_) return Status::Ok();
        dataset = base::Trim(dataset);
        if (entity_->dataset.empty() && !dataset.empty()) entity_->dataset = std::string(dataset);
      }
    }

    CORDON_RETURN_IF_ERROR(OptionalString(obj, "caption", &caption_));
    if (!keep_) return Status::Ok();
    // OpenSanctions' first_seen: when the entity first appeared on its list.
    std::string_view first_seen;
    CORDON_RETURN_IF_ERROR(OptionalString(obj, "first_seen", &first_seen));
    if (!keep_) return Status::Ok();
    if (auto date = ParsePartialDate(first_seen)) first_seen_ = date->ToString();
    return Status::Ok();
  }

  Status ReadProperties(object obj) {
    element properties;
    if (obj["properties"].get(properties) != simdjson::SUCCESS || properties.is_null()) {
      return Status::Ok();
    }
    object props;
    if (properties.get(props) != simdjson::SUCCESS) {
      return Reject("\"properties\" is " + std::string(TypeName(properties.type())) +
                    ", not an object");
    }
    for (auto [key, value] : props) {
      Field field = FieldOf(key);
      if (field == Field::kIgnored) continue;
      CORDON_RETURN_IF_ERROR(ReadValues(key, field, value));
      if (!keep_) return Status::Ok();
    }
    return Status::Ok();
  }

  // Reads the values of one property (an array of strings, or one bare string).
  Status ReadValues(std::string_view property, Field field, element value) {
    std::string_view text;
    if (value.get(text) == simdjson::SUCCESS) return Apply(property, field, text);
    if (value.is_null()) return Status::Ok();
    simdjson::dom::array list;
    if (value.get(list) != simdjson::SUCCESS) {
      return Reject("property \"" + std::string(property) + "\" is " +
                    std::string(TypeName(value.type())) + ", not an array of strings");
    }
    for (element item : list) {
      if (item.get(text) != simdjson::SUCCESS) {
        return Reject("property \"" + std::string(property) + "\" holds " +
                      std::string(TypeName(item.type())) + ", not a string");
      }
      CORDON_RETURN_IF_ERROR(Apply(property, field, text));
      if (!keep_) return Status::Ok();
    }
    return Status::Ok();
  }

  Status Apply(std::string_view property, Field field, std::string_view raw) {
    CORDON_RETURN_IF_ERROR(CheckSize(property, raw));
    std::string_view value = base::Trim(raw);
    if (!keep_ || value.empty()) return Status::Ok();
    Entity& e = *entity_;
    switch (field) {
      case Field::kIgnored:
        break;
      case Field::kName:
        names_.push_back(std::string(value));
        break;
      case Field::kAlias:
        AddAlias(value, NameKind::kStrongAlias, property);
        break;
      case Field::kWeakAlias:
        AddAlias(value, NameKind::kWeakAlias, property);
        break;
      case Field::kFirstName:
        parts_.first.emplace_back(value);
        break;
      case Field::kMiddleName:
        parts_.middle.emplace_back(value);
        break;
      case Field::kLastName:
        parts_.last.emplace_back(value);
        break;
      case Field::kFatherName:
        parts_.father.emplace_back(value);
        break;
      case Field::kBirthDate:
        AddBirthDate(value);
        break;
      case Field::kBirthPlace:
        PushUnique(&e.birth_places, value);
        break;
      case Field::kNationality:
        PushUnique(&e.nationalities, value);
        break;
      case Field::kCountry:
        PushUnique(&e.countries, value);
        break;
      case Field::kAddress:
        PushUnique(&e.addresses, value);
        break;
      case Field::kIdentifier:
        AddIdentifier(property, value);
        break;
      case Field::kProgram:
        PushUnique(&e.programs, value);
        break;
      case Field::kGender:
        SetGender(value);
        break;
      case Field::kRemark:
        PushUnique(&e.remarks, value);
        break;
      case Field::kTitle:
        PushUnique(&e.titles, value);
        break;
      case Field::kListedOn:
        if (auto date = ParsePartialDate(value); date && listed_on_.empty()) {
          listed_on_ = date->ToString();
        }
        break;
      case Field::kReference:
        if (e.schema == Schema::kRelationship) reference_ids_.emplace_back(value);
        break;
    }
    return Status::Ok();
  }

  void AddAlias(std::string_view value, NameKind kind, std::string_view property) {
    Name name = MakeName(value, kind);
    std::size_t colon = property.rfind(':');
    name.type =
        std::string(colon == std::string_view::npos ? property : property.substr(colon + 1));
    aliases_.push_back(std::move(name));
  }

  void AddBirthDate(std::string_view value) {
    std::optional<PartialDate> date = ParsePartialDate(value);
    if (!date) {
      ctx_->Warn(path_, line_,
                 "entity " + entity_->list_id + ": birthDate \"" + base::Excerpt(value) +
                     "\" is not a date; ignored");
      return;
    }
    BirthDate birth{*date, *date, false};
    for (const BirthDate& existing : entity_->birth_dates) {
      if (existing == birth) return;
    }
    entity_->birth_dates.push_back(birth);
  }

  void AddIdentifier(std::string_view property, std::string_view value) {
    std::size_t colon = property.rfind(':');
    if (colon != std::string_view::npos) property.remove_prefix(colon + 1);
    Identifier id{std::string(property), std::string(value), {}};
    for (const Identifier& existing : entity_->identifiers) {
      if (existing == id) return;
    }
    entity_->identifiers.push_back(std::move(id));
  }

  void SetGender(std::string_view value) {
    std::string lower = base::ToLowerAscii(value);
    if (lower == "m") lower = "male";
    if (lower == "f") lower = "female";
    // FtM also knows "other", which the entity model does not carry.
    if ((lower == "male" || lower == "female") && entity_->gender.empty()) {
      entity_->gender = lower;
    }
  }

  // Orders the names: primary (first "name", else the caption, else one made of the name
  // parts), further "name" values as strong aliases, then the alias properties. A relationship's
  // caption is only its schema label ("Family"), never a name.
  void FinishNames() {
    Entity& e = *entity_;
    std::string primary;
    if (!names_.empty()) {
      primary = names_.front();
    } else if (!caption_.empty() && e.schema != Schema::kRelationship) {
      primary = std::string(caption_);
    } else if (!parts_.first.empty() || !parts_.last.empty()) {
      std::vector<std::string> words;
      for (const auto* part : {&parts_.first, &parts_.middle, &parts_.last}) {
        if (part->size() == 1) words.push_back(part->front());
      }
      primary = base::Join(words, " ");
    }
    if (!primary.empty()) {
      Name name = MakeName(primary, NameKind::kPrimary);
      SplitParts(&name);
      e.names.push_back(std::move(name));
    }
    for (std::size_t idx = 1; idx < names_.size(); ++idx) {
      Name name = MakeName(names_[idx], NameKind::kStrongAlias);
      name.type = "name";
      e.names.push_back(std::move(name));
    }
    for (Name& alias : aliases_) e.names.push_back(std::move(alias));
    for (const std::string& ref : reference_ids_) {
      std::string dataset = e.dataset.empty() ? ctx_->dataset() : e.dataset;
      PushUnique(&e.related, dataset + ":" + ref);
    }
    e.listed_on = listed_on_.empty() ? first_seen_ : listed_on_;
  }

  // Sets given/family on the primary name when the parts are unambiguous: one firstName and
  // one lastName, both found in the full name.
  void SplitParts(Name* name) const {
    if (parts_.first.size() != 1 || parts_.last.size() != 1) return;
    if (!ContainsIgnoreCase(name->full, parts_.first[0]) ||
        !ContainsIgnoreCase(name->full, parts_.last[0])) {
      return;
    }
    // Middle and father's (patronymic) names join the given name when they follow it in the
    // full name: "Ivan Ivanovich Petrov". An Arabic fatherName is often the father's whole name
    // and is then left out.
    std::string given = parts_.first[0];
    for (const auto* part : {&parts_.middle, &parts_.father}) {
      if (part->size() == 1 && ContainsIgnoreCase(name->full, given + " " + part->front())) {
        given += " " + part->front();
      }
    }
    name->given = std::move(given);
    name->family = parts_.last[0];
  }

  ParseContext* ctx_;
  std::string_view path_;
  std::uint64_t line_;
  bool keep_ = true;
  Entity* entity_ = nullptr;
  std::string_view caption_;
  std::string first_seen_;
  std::string listed_on_;
  std::vector<std::string> names_;
  std::vector<Name> aliases_;
  NameParts parts_;
  std::vector<std::string> reference_ids_;
};

// The lines of `piece` of `data` (a line a record).
Status ParseLines(std::string_view data, std::string_view path, const ParseContext::Piece& piece,
                  ParseContext* ctx) {
  simdjson::dom::parser parser;
  std::string buffer;  // one line, with simdjson's padding as spare capacity
  std::uint64_t line_number = piece.line - 1;
  std::size_t pos = piece.begin;
  while (pos < piece.end) {
    ++line_number;
    std::size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    std::string_view line = base::Trim(data.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;

    buffer.assign(line);
    if (buffer.capacity() - buffer.size() < simdjson::SIMDJSON_PADDING) {
      buffer.reserve(buffer.size() + simdjson::SIMDJSON_PADDING);
    }
    element root;
    simdjson::error_code error = parser.parse(buffer).get(root);
    if (error != simdjson::SUCCESS) {
      std::string reason = "invalid JSON (" + std::string(simdjson::error_message(error)) + ")";
      if (line == "{" || line == "[") {
        reason += "; FollowTheMoney entities must be one JSON object per line";
      }
      CORDON_RETURN_IF_ERROR(ctx->BadRecord(path, line_number, reason));
      continue;
    }
    Entity entity;
    bool keep = false;
    EntityReader reader(ctx, path, line_number);
    CORDON_RETURN_IF_ERROR(reader.Read(root, &entity, &keep));
    if (keep) CORDON_RETURN_IF_ERROR(ctx->Add(std::move(entity), path, line_number));
  }
  return Status::Ok();
}

}  // namespace

Status ParseFtmJson(const SourceFile& file, ParseContext* ctx) {
  std::string_view data = file.data;
  if (data.starts_with("\xEF\xBB\xBF")) data.remove_prefix(3);
  // Lines in pieces, read side by side when the file is large. An entity takes a line of 64
  // bytes or more.
  const std::vector<ParseContext::Piece> pieces =
      ctx->Split(data, 0, data.size(), 1, [data](std::size_t pos) {
        const std::size_t line_break = data.find('\n', pos - 1);
        return line_break == std::string_view::npos ? data.size() : line_break + 1;
      });
  return ctx->ParsePieces(file.path, pieces, 64,
                          [&](const ParseContext::Piece& piece, ParseContext* piece_ctx) {
                            return ParseLines(data, file.path, piece, piece_ctx);
                          });
}

}  // namespace cordon::ingest
