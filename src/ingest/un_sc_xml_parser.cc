// UN Security Council Consolidated List XML (https://www.un.org/sc/resources/sc-sanctions.xsd):
//
//   <CONSOLIDATED_LIST dateGenerated="2026-02-27T00:00:09.554Z">
//     <INDIVIDUALS><INDIVIDUAL>...</INDIVIDUAL>...</INDIVIDUALS>
//     <ENTITIES><ENTITY>...</ENTITY>...</ENTITIES>
//   </CONSOLIDATED_LIST>
//
// An INDIVIDUAL becomes a Person, an ENTITY an Organization; the id is REFERENCE_NUMBER
// ("QDe.132"). Names: FIRST_NAME..FOURTH_NAME joined is the primary name, NAME_ORIGINAL_SCRIPT a
// strong alias, and each *_ALIAS a strong alias ("Good", "a.k.a.", "f.k.a.") or a weak one ("Low").
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

// The cleaned text of child `name` of `node` ("" when absent).
std::string Text(pugi::xml_node node, const char* name) {
  return Clean(node.child(name).child_value());
}

void AddUniqueDate(std::vector<BirthDate>* dates, const BirthDate& date) {
  if (date.from.empty()) return;
  for (const BirthDate& existing : *dates) {
    if (existing == date) return;
  }
  dates->push_back(date);
}

// "a, b, c" from the non-empty parts.
std::string JoinNonEmpty(std::initializer_list<std::string> parts) {
  std::string out;
  for (const std::string& part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += ", ";
    out += part;
  }
  return out;
}

// ISO date from the start of `text` ("2015-04-07-04:00" and "2026-02-27T00:00:09Z" carry a time
// zone or time after the date); "" when it does not start with a date.
std::string IsoDate(std::string_view text) {
  text = base::Trim(text);
  auto date = ParsePartialDate(text.substr(0, 10));
  return date ? date->ToString() : std::string();
}

// The first text or attribute value under `node` longer than `limit`: (field name, value).
std::optional<std::pair<std::string, std::string_view>> OversizeField(pugi::xml_node node,
                                                                      std::size_t limit) {
  for (pugi::xml_attribute attr : node.attributes()) {
    std::string_view value = attr.value();
    if (value.size() > limit) return std::make_pair(std::string(attr.name()), value);
  }
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      std::string_view value = child.value();
      if (value.size() > limit) return std::make_pair(std::string(node.name()), value);
    } else if (child.type() == pugi::node_element) {
      if (auto found = OversizeField(child, limit)) return found;
    }
  }
  return std::nullopt;
}

// The <VALUE> children of child `name`: <NATIONALITY><VALUE>Pakistan</VALUE></NATIONALITY>.
std::vector<std::string> Values(pugi::xml_node node, const char* name) {
  std::vector<std::string> out;
  for (pugi::xml_node list : node.children(name)) {
    for (pugi::xml_node value : list.children("VALUE")) {
      AddUnique(&out, Clean(value.child_value()));
    }
  }
  return out;
}

// One INDIVIDUAL_DATE_OF_BIRTH: EXACT (DATE or YEAR), APPROXIMATELY (DATE, YEAR or a range) or
// BETWEEN (FROM_YEAR..TO_YEAR). Empty `from` when it holds no date (only a NOTE, say).
BirthDate ReadBirthDate(pugi::xml_node node) {
  BirthDate out;
  std::string type = base::ToUpperAscii(Text(node, "TYPE_OF_DATE"));
  std::string date = Text(node, "DATE");
  std::string year = Text(node, "YEAR");
  std::string from_year = Text(node, "FROM_YEAR");
  std::string to_year = Text(node, "TO_YEAR");
  if (!date.empty() || !year.empty()) {
    auto parsed = ParsePartialDate(date.empty() ? year : date.substr(0, 10));
    if (parsed) out.from = out.to = *parsed;
  } else if (!from_year.empty() || !to_year.empty()) {
    auto from = ParsePartialDate(from_year.empty() ? to_year : from_year);
    auto to = ParsePartialDate(to_year.empty() ? from_year : to_year);
    if (from && to) {
      out.from = *from;
      out.to = *to;
    }
  }
  out.approximate = type == "APPROXIMATELY";
  return out;
}

void ReadDocument(pugi::xml_node node, Entity* entity) {
  std::string type = Text(node, "TYPE_OF_DOCUMENT");
  std::string detail = Text(node, "TYPE_OF_DOCUMENT2");
  while (!detail.empty() && (detail.back() == ':' || detail.back() == ' ')) detail.pop_back();
  if (type.empty()) {
    type = detail;
  } else if (!detail.empty() && !base::EqualsIgnoreCaseAscii(type, detail)) {
    type += " (" + detail + ")";
  }
  std::string number = Text(node, "NUMBER");
  std::string country = Text(node, "ISSUING_COUNTRY");
  if (country.empty()) country = Text(node, "COUNTRY_OF_ISSUE");
  if (!number.empty()) {
    Identifier id{type.empty() ? "Document" : type, number, country};
    for (const Identifier& existing : entity->identifiers) {
      if (existing == id) return;
    }
    entity->identifiers.push_back(std::move(id));
    return;
  }
  // No NUMBER: the UN then writes the whole document in NOTE ("Libyan passport number 347834,
  // issued under name ..."); keep it readable rather than lose it.
  std::string note = Text(node, "NOTE");
  if (!note.empty()) AddUnique(&entity->remarks, (type.empty() ? "Document" : type) + ": " + note);
}

void ReadAddress(pugi::xml_node node, Entity* entity) {
  std::string country = Text(node, "COUNTRY");
  std::string address = JoinNonEmpty({Text(node, "STREET"), Text(node, "CITY"),
                                      Text(node, "STATE_PROVINCE"), Text(node, "ZIP_CODE")});
  if (!address.empty()) AddUnique(&entity->addresses, JoinNonEmpty({address, country}));
  AddUnique(&entity->countries, country);
}

void ReadAlias(pugi::xml_node node, Entity* entity) {
  std::string alias = Text(node, "ALIAS_NAME");
  if (alias.empty()) return;
  std::string quality = Text(node, "QUALITY");
  bool weak = base::StartsWithIgnoreCaseAscii(quality, "low");
  Name name = MakeName(alias, weak ? NameKind::kWeakAlias : NameKind::kStrongAlias);
  name.type = quality;
  entity->names.push_back(std::move(name));
  // Some aliases carry the birth details used under that name.
  if (auto parsed = ParsePartialDate(Text(node, "DATE_OF_BIRTH").substr(0, 10))) {
    AddUniqueDate(&entity->birth_dates, BirthDate{*parsed, *parsed, false});
  }
  AddUnique(&entity->birth_places,
            JoinNonEmpty({Text(node, "CITY_OF_BIRTH"), Text(node, "COUNTRY_OF_BIRTH")}));
}

std::string ReadGender(std::string_view text) {
  if (base::EqualsIgnoreCaseAscii(text, "male")) return "male";
  if (base::EqualsIgnoreCaseAscii(text, "female")) return "female";
  return "";
}

class UnReader {
 public:
  UnReader(const SourceFile& file, const XmlDocument& doc, ParseContext* ctx)
      : file_(file), doc_(doc), ctx_(ctx) {}

  Status ReadRecord(pugi::xml_node node, bool individual) {
    std::uint64_t line = doc_.LineOf(node);
    if (auto big = OversizeField(node, ctx_->options().max_field_bytes)) {
      return ctx_->CheckFieldSize(file_.path, line, big->first, big->second);
    }
    Entity entity;
    entity.schema = individual ? Schema::kPerson : Schema::kOrganization;
    entity.list_id = Text(node, "REFERENCE_NUMBER");
    if (entity.list_id.empty()) {
      return ctx_->BadRecord(file_.path, line,
                             std::string(node.name()) + " has no REFERENCE_NUMBER");
    }
    ReadNames(node, individual, &entity);
    std::string program = Text(node, "UN_LIST_TYPE");
    if (!program.empty()) {
      entity.programs.push_back(std::move(program));
    } else {
      entity.programs = Values(node, "LIST_TYPE");
    }
    entity.listed_on = IsoDate(Text(node, "LISTED_ON"));
    AddUnique(&entity.remarks, Text(node, "COMMENTS1"));
    entity.nationalities = Values(node, "NATIONALITY");
    for (const std::string& title : Values(node, "TITLE")) AddUnique(&entity.titles, title);
    for (const std::string& title : Values(node, "DESIGNATION")) AddUnique(&entity.titles, title);
    entity.gender = ReadGender(Text(node, "GENDER"));
    const char* address_tag = individual ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS";
    for (pugi::xml_node address : node.children(address_tag)) ReadAddress(address, &entity);
    if (individual) ReadBirthAndDocuments(node, &entity);
    return ctx_->Add(std::move(entity), file_.path, line);
  }

 private:
  static void ReadNames(pugi::xml_node node, bool individual, Entity* entity) {
    std::string first = Text(node, "FIRST_NAME");
    std::string full = first;
    for (const char* part : {"SECOND_NAME", "THIRD_NAME", "FOURTH_NAME"}) {
      std::string text = Text(node, part);
      if (text.empty()) continue;
      if (!full.empty()) full += ' ';
      full += text;
    }
    if (!full.empty()) {
      Name primary = MakeName(full, NameKind::kPrimary);
      // The UN does not say which part is the family name (DPRK names put it first), so only
      // the given name is recorded.
      if (individual && first != full) primary.given = first;
      entity->names.push_back(std::move(primary));
    }
    std::string original = Text(node, "NAME_ORIGINAL_SCRIPT");
    if (!original.empty()) {
      Name name = MakeName(original, NameKind::kStrongAlias);
      name.type = "original script";
      entity->names.push_back(std::move(name));
    }
    const char* alias_tag = individual ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS";
    for (pugi::xml_node alias : node.children(alias_tag)) ReadAlias(alias, entity);
  }

  static void ReadBirthAndDocuments(pugi::xml_node node, Entity* entity) {
    for (pugi::xml_node dob : node.children("INDIVIDUAL_DATE_OF_BIRTH")) {
      AddUniqueDate(&entity->birth_dates, ReadBirthDate(dob));
    }
    for (pugi::xml_node pob : node.children("INDIVIDUAL_PLACE_OF_BIRTH")) {
      AddUnique(&entity->birth_places,
                JoinNonEmpty({Text(pob, "STREET"), Text(pob, "CITY"), Text(pob, "STATE_PROVINCE"),
                              Text(pob, "COUNTRY")}));
    }
    for (pugi::xml_node doc : node.children("INDIVIDUAL_DOCUMENT")) ReadDocument(doc, entity);
  }

  const SourceFile& file_;
  const XmlDocument& doc_;
  ParseContext* ctx_;
};

}  // namespace

Status ParseUnScXml(const SourceFile& file, ParseContext* ctx) {
  XmlDocument doc;
  CORDON_RETURN_IF_ERROR(doc.Load(file));
  pugi::xml_node root = doc.root();
  if (LocalName(root) != "CONSOLIDATED_LIST") {
    return ParseContext::FileError(file.path, doc.LineOf(root),
                                   "not a UN consolidated list: root element is <" +
                                       std::string(root.name()) + ">, not <CONSOLIDATED_LIST>");
  }
  std::string published = IsoDate(root.attribute("dateGenerated").value());
  if (!published.empty()) ctx->SetPublished(std::move(published));

  // Records are read by their own tag wherever they stand, so that an ENTITY misplaced under
  // INDIVIDUALS is still an Organization; other elements (schema extensions) are ignored.
  UnReader reader(file, doc, ctx);
  for (pugi::xml_node section : root.children()) {
    for (pugi::xml_node record : section.children()) {
      std::string_view tag = LocalName(record);
      if (tag != "INDIVIDUAL" && tag != "ENTITY") continue;
      CORDON_RETURN_IF_ERROR(reader.ReadRecord(record, tag == "INDIVIDUAL"));
    }
  }
  return Status::Ok();
}

}  // namespace cordon::ingest
