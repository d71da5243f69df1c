// OFAC sdnList XML (sdn.xml, consolidated.xml), schema
// https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML (sdn.xsd):
//
//   <sdnList xmlns="...">
//     <publshInformation><Publish_Date>03/28/2025</Publish_Date>
//                        <Record_Count>443</Record_Count></publshInformation>
//     <sdnEntry>
//       <uid>9639</uid> <firstName>..</firstName> <lastName>..</lastName> <title>..</title>
//       <sdnType>Individual|Entity|Vessel|Aircraft</sdnType> <remarks>..</remarks>
//       <programList><program>SDGT</program></programList>
//       <idList><id><uid/><idType/><idNumber/><idCountry/><issueDate/><expirationDate/></id>
//       <akaList><aka><uid/><type>a.k.a.</type><category>strong|weak</category>
//                     <lastName/><firstName/></aka>
//       <addressList><address><uid/><address1/><address2/><address3/><city/>
//                             <stateOrProvince/><postalCode/><country/></address>
//       <nationalityList><nationality><uid/><country/><mainEntry/></nationality>
//       <citizenshipList><citizenship><uid/><country/><mainEntry/></citizenship>
//       <dateOfBirthList><dateOfBirthItem><uid/><dateOfBirth/><mainEntry/></dateOfBirthItem>
//       <placeOfBirthList><placeOfBirthItem><uid/><placeOfBirth/><mainEntry/>
//       <vesselInfo><callSign/><vesselType/><vesselFlag/><vesselOwner/><tonnage/>
//                   <grossRegisteredTonnage/></vesselInfo>
//     </sdnEntry>
//
// Elements are matched by local name, so a prefixed namespace reads the same as the default one.
#include <cstring>
#include <string>
#include <string_view>
#include <unordered_map>

#include <pugixml.hpp>

#include "base/strings.h"
#include "ingest/ofac_remarks.h"
#include "ingest/parsers.h"
#include "ingest/xml_document.h"

namespace cordon::ingest {
namespace {

using base::Trim;

bool Is(pugi::xml_node node, std::string_view local_name) { return LocalName(node) == local_name; }

std::string_view Text(pugi::xml_node node) { return Trim(node.child_value()); }

// The text of the child of `parent` whose local name is `name`, or "".
std::string_view Field(pugi::xml_node parent, std::string_view name) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && Is(child, name)) return Text(child);
  }
  return {};
}

// Element children of a list element (<programList>, <idList>, ...).
template <typename Fn>
void ForEachElement(pugi::xml_node list, Fn fn) {
  for (pugi::xml_node item : list.children()) {
    if (item.type() == pugi::node_element) fn(item);
  }
}

void AppendPart(std::string* out, std::string_view part) {
  part = Trim(part);
  if (part.empty()) return;
  if (!out->empty()) out->append(", ");
  out->append(part);
}

Schema SchemaOf(std::string_view sdn_type, bool* known) {
  *known = true;
  if (base::EqualsIgnoreCaseAscii(sdn_type, "Individual")) return Schema::kPerson;
  if (base::EqualsIgnoreCaseAscii(sdn_type, "Vessel")) return Schema::kVessel;
  if (base::EqualsIgnoreCaseAscii(sdn_type, "Aircraft")) return Schema::kAircraft;
  *known = sdn_type.empty() || base::EqualsIgnoreCaseAscii(sdn_type, "Entity");
  return Schema::kOrganization;
}

// A name from <firstName>/<lastName>. Entities, vessels and aircraft have only a lastName.
// OFAC writes weak aliases of persons whole in lastName as "LAST, First".
Name MakeOfacName(std::string_view first, std::string_view last, NameKind kind, Schema schema) {
  if (schema == Schema::kPerson && first.empty()) return OfacPersonName(last, kind);
  Name name;
  name.kind = kind;
  if (first.empty() || last.empty()) {
    name.full = std::string(first.empty() ? last : first);
  } else {
    name.full.reserve(first.size() + 1 + last.size());
    name.full.append(first).append(" ").append(last);
  }
  if (schema == Schema::kPerson) {
    name.given = std::string(first);
    name.family = std::string(last);
  }
  return name;
}

class OfacXmlReader {
 public:
  OfacXmlReader(const SourceFile& file, const XmlDocument& doc, ParseContext* ctx)
      : file_(file), doc_(doc), ctx_(ctx) {}

  Status Read() {
    pugi::xml_node root = doc_.root();
    if (!Is(root, "sdnList")) {
      return ParseContext::FileError(
          file_.path, doc_.LineOf(root),
          "not an OFAC sdnList document (root element <" + std::string(root.name()) + ">)");
    }
    std::string_view record_count;
    std::uint64_t entries = 0;
    for (pugi::xml_node node : root.children()) {
      if (node.type() != pugi::node_element) continue;
      if (Is(node, "sdnEntry")) {
        ++entries;
        CORDON_RETURN_IF_ERROR(ReadEntry(node));
      } else if (Is(node, "publshInformation") || Is(node, "publishInformation")) {
        ReadPublishInformation(node, &record_count);
      }
    }
    CheckRecordCount(record_count, entries);
    return Status::Ok();
  }

 private:
  void ReadPublishInformation(pugi::xml_node node, std::string_view* record_count) {
    std::string_view date_text = Field(node, "Publish_Date");
    *record_count = Field(node, "Record_Count");
    if (date_text.empty()) return;
    auto date = ParsePartialDate(date_text);
    if (date && date->day != 0) {
      ctx_->SetPublished(date->ToString());
    } else {
      ctx_->Warn(file_.path, doc_.LineOf(node),
                 "Publish_Date \"" + base::Excerpt(date_text) + "\" is not a date; ignored");
    }
  }

  void CheckRecordCount(std::string_view record_count, std::uint64_t entries) {
    std::uint64_t expected = 0;
    if (record_count.empty() || !base::ParseUint(record_count, &expected) || expected == entries) {
      return;
    }
    ctx_->Warn(file_.path, 0,
               "Record_Count says " + std::to_string(expected) + " entries but the file holds " +
                   std::to_string(entries) + " <sdnEntry> elements (truncated or edited copy?)");
  }

  Status ReadEntry(pugi::xml_node entry) {
    const std::uint64_t line = doc_.LineOf(entry);
    Entity entity;
    std::string_view first_name;
    std::string_view last_name;
    std::string_view sdn_type;
    pugi::xml_node aka_list;
    for (pugi::xml_node node : entry.children()) {
      if (node.type() != pugi::node_element) continue;
      std::string_view name = LocalName(node);
      if (name == "uid") {
        entity.list_id = std::string(Text(node));
      } else if (name == "firstName") {
        first_name = Text(node);
      } else if (name == "lastName") {
        last_name = Text(node);
      } else if (name == "sdnType") {
        sdn_type = Text(node);
      } else if (name == "title") {
        AddUnique(&entity.titles, Text(node));
      } else if (name == "remarks") {
        AddUnique(&entity.remarks, Text(node));
      } else if (name == "programList") {
        ForEachElement(node, [&](pugi::xml_node item) { AddUnique(&entity.programs, Text(item)); });
      } else if (name == "akaList") {
        aka_list = node;  // read once the schema is known
      } else {
        ReadList(name, node, &entity);
      }
    }
    if (entity.list_id.empty()) {
      return ctx_->BadRecord(
          file_.path, line,
          "<sdnEntry> has no <uid> (name \"" +
              base::Excerpt(std::string(first_name) + " " + std::string(last_name)) + "\")");
    }
    bool known_type = true;
    entity.schema = SchemaOf(sdn_type, &known_type);
    if (!known_type) {
      ctx_->Warn(file_.path, line,
                 "uid " + entity.list_id + ": unknown sdnType \"" + base::Excerpt(sdn_type) +
                     "\", read as an organization");
    }
    entity.names.insert(entity.names.begin(),
                        MakeOfacName(first_name, last_name, NameKind::kPrimary, entity.schema));
    if (aka_list) ReadAliases(aka_list, &entity);
    return Store(std::move(entity), line);
  }

  void ReadList(std::string_view name, pugi::xml_node node, Entity* entity) {
    if (name == "idList") {
      ForEachElement(node, [&](pugi::xml_node item) { ReadId(item, entity); });
    } else if (name == "addressList") {
      ForEachElement(node, [&](pugi::xml_node item) { ReadAddress(item, entity); });
    } else if (name == "nationalityList" || name == "citizenshipList") {
      ForEachElement(node, [&](pugi::xml_node item) {
        AddUnique(&entity->nationalities, Field(item, "country"));
      });
    } else if (name == "dateOfBirthList") {
      ForEachElement(node, [&](pugi::xml_node item) {
        std::string_view text = Field(item, "dateOfBirth");
        if (text.empty()) return;
        auto date = ParseOfacBirthDate(text);
        if (date) {
          entity->birth_dates.push_back(*date);
        } else {
          AddUnique(&entity->remarks, "DOB " + std::string(text));
        }
      });
    } else if (name == "placeOfBirthList") {
      ForEachElement(node, [&](pugi::xml_node item) {
        AddUnique(&entity->birth_places, Field(item, "placeOfBirth"));
      });
    } else if (name == "vesselInfo") {
      ReadVesselInfo(node, entity);
    }
  }

  void ReadId(pugi::xml_node id, Entity* entity) {
    std::string_view type;
    std::string_view number;
    std::string_view country;
    for (pugi::xml_node field : id.children()) {
      std::string_view name = LocalName(field);
      if (name == "idType") {
        type = Text(field);
      } else if (name == "idNumber") {
        number = Text(field);
      } else if (name == "idCountry") {
        country = Text(field);
      }
    }
    if (number.empty()) return;
    if (!ApplyOfacFeature(type, number, country, entity)) {
      // Information only (Website, Target Type, sanctions notes): kept as OFAC's CSV writes it.
      std::string remark(type);
      if (!remark.empty()) remark += ' ';
      remark.append(number);
      AddUnique(&entity->remarks, remark);
    }
  }

  void ReadAddress(pugi::xml_node address, Entity* entity) {
    std::string line;
    std::string_view country;
    for (pugi::xml_node field : address.children()) {
      std::string_view name = LocalName(field);
      if (name == "address1" || name == "address2" || name == "address3" || name == "city" ||
          name == "stateOrProvince" || name == "postalCode") {
        AppendPart(&line, Text(field));
      } else if (name == "country") {
        country = Text(field);
      }
    }
    // An address that is only a country is a country link, not a postal address.
    if (!line.empty()) {
      AppendPart(&line, country);
      AddUnique(&entity->addresses, line);
    }
    AddUnique(&entity->countries, country);
  }

  void ReadVesselInfo(pugi::xml_node info, Entity* entity) {
    for (pugi::xml_node field : info.children()) {
      std::string_view name = LocalName(field);
      std::string_view value = Text(field);
      if (value.empty()) continue;
      if (name == "callSign") {
        ApplyOfacFeature("Call Sign", value, {}, entity);
      } else if (name == "vesselFlag") {
        AddUnique(&entity->countries, value);
      } else if (name == "vesselType") {
        entity->remarks.push_back("Vessel Type " + std::string(value));
      } else if (name == "vesselOwner") {
        entity->remarks.push_back("Vessel Owner " + std::string(value));
      } else if (name == "tonnage") {
        entity->remarks.push_back("Tonnage " + std::string(value));
      } else if (name == "grossRegisteredTonnage") {
        entity->remarks.push_back("GRT " + std::string(value));
      }
    }
  }

  void ReadAliases(pugi::xml_node list, Entity* entity) {
    ForEachElement(list, [&](pugi::xml_node aka) {
      std::string_view type;
      std::string_view category;
      std::string_view first;
      std::string_view last;
      for (pugi::xml_node field : aka.children()) {
        std::string_view name = LocalName(field);
        if (name == "type") {
          type = Text(field);
        } else if (name == "category") {
          category = Text(field);
        } else if (name == "firstName") {
          first = Text(field);
        } else if (name == "lastName") {
          last = Text(field);
        }
      }
      if (first.empty() && last.empty()) return;
      NameKind kind = base::EqualsIgnoreCaseAscii(category, "weak") ? NameKind::kWeakAlias
                                                                    : NameKind::kStrongAlias;
      Name name = MakeOfacName(first, last, kind, entity->schema);
      name.type = std::string(type);
      entity->names.push_back(std::move(name));
    });
  }

  // Checks field sizes, reports a uid seen before (naming both lines) and stores the entity.
  Status Store(Entity entity, std::uint64_t line) {
    std::string_view field;
    if (const std::string* value = FindOversized(entity, ctx_->options().max_field_bytes, &field)) {
      // Strict: the error. Lenient: warned about, counted, and the record skipped.
      return ctx_->CheckFieldSize(file_.path, line, field, *value);
    }
    auto [it, inserted] = lines_.emplace(entity.list_id, line);
    if (!inserted) {
      const Entity* earlier = ctx_->Find(ctx_->dataset() + ":" + entity.list_id);
      ctx_->Warn(file_.path, line,
                 "uid " + entity.list_id + " (\"" + base::Excerpt(entity.Caption()) +
                     "\") clashes with the <sdnEntry> at line " + std::to_string(it->second) +
                     (earlier ? " (\"" + base::Excerpt(earlier->Caption()) + "\")" : "") +
                     "; the later record is skipped, not merged");
      ctx_->CountSkipped();
      return Status::Ok();
    }
    std::string list_id = entity.list_id;
    Status status = ctx_->Add(std::move(entity), file_.path, line);
    // A record Add refused (no name) must not make a later valid one with its uid a clash.
    if (!ctx_->Find(ctx_->dataset() + ":" + list_id)) lines_.erase(list_id);
    return status;
  }

  // The first stored text longer than `limit` (names are checked by ParseContext::Add).
  static const std::string* FindOversized(const Entity& entity, std::size_t limit,
                                          std::string_view* field) {
    struct Group {
      std::string_view field;
      const std::vector<std::string>* values;
    };
    for (const Group& group :
         {Group{"remarks", &entity.remarks}, Group{"address", &entity.addresses},
          Group{"title", &entity.titles}, Group{"program", &entity.programs},
          Group{"country", &entity.countries}, Group{"nationality", &entity.nationalities},
          Group{"placeOfBirth", &entity.birth_places}}) {
      for (const std::string& value : *group.values) {
        if (value.size() > limit) {
          *field = group.field;
          return &value;
        }
      }
    }
    for (const Identifier& id : entity.identifiers) {
      if (id.value.size() > limit) {
        *field = "idNumber";
        return &id.value;
      }
      if (id.type.size() > limit) {
        *field = "idType";
        return &id.type;
      }
    }
    return nullptr;
  }

  const SourceFile& file_;
  const XmlDocument& doc_;
  ParseContext* ctx_;
  std::unordered_map<std::string, std::uint64_t> lines_;  // uid -> line of its <sdnEntry>
};

}  // namespace

Status ParseOfacXml(const SourceFile& file, ParseContext* ctx) {
  XmlDocument doc;
  CORDON_RETURN_IF_ERROR(doc.Load(file));
  OfacXmlReader reader(file, doc, ctx);
  return reader.Read();
}

}  // namespace cordon::ingest
