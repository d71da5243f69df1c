// EU Financial Sanctions Files XML (xmlFullSanctionsList_1_1, namespace
// http://eu.europa.ec/fpi/fsd/export), where nearly everything is an attribute:
//
//   <export generationDate="2024-05-21T17:31:09.412+02:00" globalFileId="...">
//     <sanctionEntity logicalId="13" euReferenceNumber="EU.27.28" unitedNationId="IQi.001"
//                     designationDetails="" designationDate="2003-07-08">
//       <remark>...</remark>
//       <regulation programme="IRQ" publicationDate="2003-07-08" ...><publicationUrl/></regulation>
//       <subjectType code="person" classificationCode="P"/>
//       <nameAlias firstName lastName middleName wholeName function gender="M" title
//                  nameLanguage strong="true" .../>
//       <citizenship countryIso2Code="IQ" countryDescription="IRAQ"/>
//       <birthdate birthdate="1937-04-28" year="1937" circa="false" city countryDescription/>
//       <identification identificationTypeCode="passport" identificationTypeDescription
//                       number countryDescription/>
//       <address street city zipCode poBox region place countryDescription/>
//     </sanctionEntity>
//   </export>
//
// Elements are matched on their local names, whatever namespace prefix they carry. The id is
// logicalId; the first strong nameAlias is the primary name, other strong ones strong aliases,
// strong="false" ones weak aliases.
#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/strings.h"
#include "ingest/parsers.h"
#include "ingest/xml_document.h"

namespace cordon::ingest {
namespace {

// `text` with whitespace (no-break spaces included) collapsed to single spaces.
std::string Clean(std::string_view text) { return base::CollapseWhitespace(text); }

std::string Attr(pugi::xml_node node, const char* name) {
  return Clean(node.attribute(name).value());
}

// Children of `node` whose local name is `name`.
std::vector<pugi::xml_node> Children(pugi::xml_node node, std::string_view name) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_element && LocalName(child) == name) out.push_back(child);
  }
  return out;
}

std::string JoinNonEmpty(std::initializer_list<std::string> parts, std::string_view sep) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += sep;
    out += part;
  }
  return out;
}

std::string IsoDate(std::string_view text) {
  auto date = ParsePartialDate(base::Trim(text).substr(0, 10));
  return date ? date->ToString() : std::string();
}

std::optional<std::pair<std::string, std::string_view>> OversizeField(pugi::xml_node node,
                                                                      std::size_t limit) {
  for (pugi::xml_attribute attr : node.attributes()) {
    std::string_view value = attr.value();
    if (value.size() > limit) return std::make_pair(std::string(attr.name()), value);
  }
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      std::string_view value = child.value();
      if (value.size() > limit) return std::make_pair(std::string(LocalName(node)), value);
    } else if (child.type() == pugi::node_element) {
      if (auto found = OversizeField(child, limit)) return found;
    }
  }
  return std::nullopt;
}

// The country of an element: its description ("IRAQ"), else its ISO code; "" for the EU's
// placeholder for an unknown country (code "00", description "UNKNOWN").
std::string Country(pugi::xml_node node) {
  std::string code = Attr(node, "countryIso2Code");
  std::string description = Attr(node, "countryDescription");
  if (code == "00" || base::EqualsIgnoreCaseAscii(description, "unknown")) return "";
  return description.empty() ? code : description;
}

std::string Gender(std::string_view code) {
  if (base::EqualsIgnoreCaseAscii(code, "M") || base::EqualsIgnoreCaseAscii(code, "male")) {
    return "male";
  }
  if (base::EqualsIgnoreCaseAscii(code, "F") || base::EqualsIgnoreCaseAscii(code, "female")) {
    return "female";
  }
  return "";
}

Schema SubjectSchema(pugi::xml_node entry) {
  for (pugi::xml_node subject : Children(entry, "subjectType")) {
    std::string code = base::ToLowerAscii(Attr(subject, "code"));
    std::string classification = base::ToUpperAscii(Attr(subject, "classificationCode"));
    if (code == "person" || classification == "P") return Schema::kPerson;
    if (code == "enterprise" || classification == "E") return Schema::kOrganization;
    if (auto schema = ParseSchema(code)) return *schema;
  }
  return Schema::kLegalEntity;
}

void ReadNames(pugi::xml_node entry, Entity* entity) {
  bool have_primary = false;
  for (pugi::xml_node alias : Children(entry, "nameAlias")) {
    std::string first = Attr(alias, "firstName");
    std::string middle = Attr(alias, "middleName");
    std::string last = Attr(alias, "lastName");
    std::string whole = Attr(alias, "wholeName");
    std::string given = JoinNonEmpty({first, middle}, " ");
    if (whole.empty()) whole = JoinNonEmpty({given, last}, " ");
    AddUnique(&entity->titles, Attr(alias, "title"));
    AddUnique(&entity->titles, Attr(alias, "function"));
    if (entity->gender.empty()) entity->gender = Gender(Attr(alias, "gender"));
    if (whole.empty()) continue;
    bool strong = !base::EqualsIgnoreCaseAscii(Attr(alias, "strong"), "false");
    NameKind kind = NameKind::kWeakAlias;
    if (strong) kind = have_primary ? NameKind::kStrongAlias : NameKind::kPrimary;
    have_primary |= kind == NameKind::kPrimary;
    Name name = MakeName(whole, kind);
    name.given = given;
    name.family = last;
    entity->names.push_back(std::move(name));
  }
  std::vector<Name>& names = entity->names;
  if (!have_primary && !names.empty()) {
    // Only weak names: the first one is still the name the list designates the entity under.
    names.front().kind = NameKind::kPrimary;
  }
  // The primary name goes first, even when weak aliases precede it in the file.
  auto primary = std::find_if(names.begin(), names.end(),
                              [](const Name& name) { return name.kind == NameKind::kPrimary; });
  if (primary != names.end()) std::rotate(names.begin(), primary, primary + 1);
}

// A numeric date attribute ("4", "1937") or 0.
int IntAttr(pugi::xml_node node, const char* name) {
  std::uint64_t value = 0;
  if (!base::ParseUint(base::Trim(node.attribute(name).value()), &value) || value > 9999) return 0;
  return static_cast<int>(value);
}

std::optional<BirthDate> ReadBirthDate(pugi::xml_node node) {
  BirthDate out;
  out.approximate = base::EqualsIgnoreCaseAscii(Attr(node, "circa"), "true");
  if (auto full = ParsePartialDate(Attr(node, "birthdate").substr(0, 10))) {
    out.from = out.to = *full;
    return out;
  }
  int year = IntAttr(node, "year");
  if (year > 0) {
    int month = IntAttr(node, "monthOfYear");
    int day = month > 0 ? IntAttr(node, "dayOfMonth") : 0;
    std::string iso = std::to_string(year);
    if (month > 0) iso += (month < 10 ? "-0" : "-") + std::to_string(month);
    if (month > 0 && day > 0) iso += (day < 10 ? "-0" : "-") + std::to_string(day);
    auto date = ParsePartialDate(iso);
    if (!date) date = ParsePartialDate(std::to_string(year));
    if (!date) return std::nullopt;
    out.from = out.to = *date;
    return out;
  }
  auto from = ParsePartialDate(Attr(node, "yearRangeFrom"));
  auto to = ParsePartialDate(Attr(node, "yearRangeTo"));
  if (!from && !to) return std::nullopt;
  out.from = from ? *from : *to;
  out.to = to ? *to : *from;
  return out;
}

void ReadBirths(pugi::xml_node entry, Entity* entity) {
  for (pugi::xml_node node : Children(entry, "birthdate")) {
    if (auto date = ReadBirthDate(node)) {
      bool seen = false;
      for (const BirthDate& existing : entity->birth_dates) seen |= existing == *date;
      if (!seen) entity->birth_dates.push_back(*date);
    }
    AddUnique(&entity->birth_places, JoinNonEmpty({Attr(node, "city"), Attr(node, "place"),
                                                   Attr(node, "region"), Country(node)},
                                                  ", "));
  }
}

void ReadIdentifications(pugi::xml_node entry, Entity* entity) {
  for (pugi::xml_node node : Children(entry, "identification")) {
    std::string number = Attr(node, "number");
    if (number.empty()) number = Attr(node, "latinNumber");
    if (number.empty()) continue;
    std::string type = Attr(node, "identificationTypeDescription");
    if (type.empty()) type = Attr(node, "identificationTypeCode");
    Identifier id{type.empty() ? "Document" : type, number, Country(node)};
    bool seen = false;
    for (const Identifier& existing : entity->identifiers) seen |= existing == id;
    if (!seen) entity->identifiers.push_back(std::move(id));
  }
}

void ReadPlaces(pugi::xml_node entry, Entity* entity) {
  for (pugi::xml_node node : Children(entry, "citizenship")) {
    AddUnique(&entity->nationalities, Country(node));
  }
  for (pugi::xml_node node : Children(entry, "address")) {
    std::string country = Country(node);
    std::string po_box = Attr(node, "poBox");
    if (!po_box.empty()) po_box = "PO Box " + po_box;
    std::string address =
        JoinNonEmpty({Attr(node, "street"), po_box, Attr(node, "city"), Attr(node, "zipCode"),
                      Attr(node, "region"), Attr(node, "place")},
                     ", ");
    if (!address.empty()) AddUnique(&entity->addresses, JoinNonEmpty({address, country}, ", "));
    AddUnique(&entity->countries, country);
  }
}

// Programmes and the listing date from the <regulation> elements: the designation date when the
// file gives one, else the earliest publication date.
void ReadRegulations(pugi::xml_node entry, Entity* entity) {
  entity->listed_on = IsoDate(Attr(entry, "designationDate"));
  for (pugi::xml_node regulation : Children(entry, "regulation")) {
    AddUnique(&entity->programs, Attr(regulation, "programme"));
    std::string published = IsoDate(Attr(regulation, "publicationDate"));
    if (published.empty()) continue;
    if (entity->listed_on.empty() || published < entity->listed_on) entity->listed_on = published;
  }
}

class EuReader {
 public:
  EuReader(const SourceFile& file, const XmlDocument& doc, ParseContext* ctx)
      : file_(file), doc_(doc), ctx_(ctx) {}

  Status ReadEntity(pugi::xml_node entry) {
    std::uint64_t line = doc_.LineOf(entry);
    if (auto big = OversizeField(entry, ctx_->options().max_field_bytes)) {
      return ctx_->CheckFieldSize(file_.path, line, big->first, big->second);
    }
    Entity entity;
    entity.list_id = Attr(entry, "logicalId");
    if (entity.list_id.empty()) {
      return ctx_->BadRecord(file_.path, line, "sanctionEntity has no logicalId");
    }
    entity.schema = SubjectSchema(entry);
    ReadNames(entry, &entity);
    ReadRegulations(entry, &entity);
    ReadBirths(entry, &entity);
    ReadIdentifications(entry, &entity);
    ReadPlaces(entry, &entity);
    std::string eu_reference = Attr(entry, "euReferenceNumber");
    if (!eu_reference.empty()) {
      entity.identifiers.push_back(Identifier{"EU Reference Number", eu_reference, ""});
    }
    std::string un_id = Attr(entry, "unitedNationId");
    if (!un_id.empty()) entity.identifiers.push_back(Identifier{"UN Reference Number", un_id, ""});
    AddUnique(&entity.remarks, Attr(entry, "designationDetails"));
    for (pugi::xml_node remark : Children(entry, "remark")) {
      AddUnique(&entity.remarks, Clean(remark.child_value()));
    }
    return ctx_->Add(std::move(entity), file_.path, line);
  }

 private:
  const SourceFile& file_;
  const XmlDocument& doc_;
  ParseContext* ctx_;
};

}  // namespace

Status ParseEuFsfXml(const SourceFile& file, ParseContext* ctx) {
  XmlDocument doc;
  CORDON_RETURN_IF_ERROR(doc.Load(file));
  pugi::xml_node root = doc.root();
  if (LocalName(root) != "export") {
    return ParseContext::FileError(file.path, doc.LineOf(root),
                                   "not an EU Financial Sanctions File: root element is <" +
                                       std::string(root.name()) + ">, not <export>");
  }
  std::string published = IsoDate(Attr(root, "generationDate"));
  if (!published.empty()) ctx->SetPublished(std::move(published));
  EuReader reader(file, doc, ctx);
  for (pugi::xml_node entry : Children(root, "sanctionEntity")) {
    CORDON_RETURN_IF_ERROR(reader.ReadEntity(entry));
  }
  return Status::Ok();
}

}  // namespace cordon::ingest
