// OFAC sdnList XML: hand-made fixtures (tests/data/ofac/sdn_sample.xml and inline documents)
// and the real consolidated.xml of 2025-03-28 when ../shared is present.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cordon/ingest.h"

#include "ingest/ingest_test_util.h"

namespace cordon {
namespace {

using testing::FindEntity;
using testing::HasName;
using testing::ParseError;
using testing::ParseOrFail;

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(CORDON_TEST_DATA_DIR) + "/ofac/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A document of the given <sdnEntry> elements, one per line after the two header lines, so
// that the first entry starts on line 3.
std::string Doc(const std::vector<std::string>& entries) {
  std::string out =
      "<?xml version=\"1.0\" standalone=\"yes\"?>\n"
      "<sdnList xmlns=\"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/"
      "exports/XML\">\n";
  for (const std::string& entry : entries) out += entry + "\n";
  out += "</sdnList>\n";
  return out;
}

std::string Entry(const std::string& uid, const std::string& last, const std::string& type,
                  const std::string& more = "") {
  std::string out = "<sdnEntry>";
  if (!uid.empty()) out += "<uid>" + uid + "</uid>";
  if (!last.empty()) out += "<lastName>" + last + "</lastName>";
  out += "<sdnType>" + type + "</sdnType>" + more + "</sdnEntry>";
  return out;
}

LoadedList ParseSample() {
  return ParseOrFail(ReadFixture("sdn_sample.xml"), ListFormat::kOfacXml, "sdn.xml");
}

TEST(OfacXmlParser, ReadsPublishDateAndDataset) {
  LoadedList list = ParseSample();
  EXPECT_EQ(list.published, "2024-01-15");
  EXPECT_EQ(list.dataset, "us_ofac_sdn");
  EXPECT_EQ(list.entities.size(), 4u);
  EXPECT_TRUE(list.warnings.empty());
}

TEST(OfacXmlParser, ReadsIndividualWithEveryField) {
  LoadedList list = ParseSample();
  const Entity* person = FindEntity(list, "us_ofac_sdn:100");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->list_id, "100");
  EXPECT_EQ(person->schema, Schema::kPerson);
  ASSERT_GE(person->names.size(), 1u);
  EXPECT_EQ(person->names[0].full, "Karim Abdul EXAMPLO");
  EXPECT_EQ(person->names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(person->names[0].given, "Karim Abdul");
  EXPECT_EQ(person->names[0].family, "EXAMPLO");
  EXPECT_TRUE(HasName(*person, "Kareem EXEMPLO", NameKind::kStrongAlias));
  EXPECT_EQ(person->programs, (std::vector<std::string>{"SDGT", "FTO"}));
  EXPECT_EQ(person->titles, std::vector<std::string>{"Commander of the Example Brigade"});
  EXPECT_EQ(person->gender, "male");
  EXPECT_EQ(person->identifiers, (std::vector<Identifier>{{"Passport", "A1234567", "Pakistan"}}));
  EXPECT_EQ(person->nationalities, (std::vector<std::string>{"Pakistan", "Afghanistan"}));
  EXPECT_EQ(person->birth_places, std::vector<std::string>{"Quetta, Pakistan"});
  EXPECT_EQ(person->addresses,
            std::vector<std::string>{"House 12, Street 4, Quetta, Balochistan, 87300, Pakistan"});
  EXPECT_EQ(person->countries, (std::vector<std::string>{"Pakistan", "Afghanistan"}));
  ASSERT_EQ(person->birth_dates.size(), 3u);
  EXPECT_EQ(person->birth_dates[0].ToString(), "1962-03-14");
  EXPECT_EQ(person->birth_dates[1].ToString(), "~1960");
  EXPECT_EQ(person->birth_dates[2].ToString(), "1973..1974");
  // The free remarks and the informational ids are kept as remarks.
  EXPECT_EQ(person->remarks,
            (std::vector<std::string>{"(Linked To: EXAMPLE FRONT)",
                                      "Secondary sanctions risk: section 1(b) of Executive Order "
                                      "13224, as amended by Executive Order 13886"}));
}

TEST(OfacXmlParser, ReadsWeakAliasesAsWeak) {
  LoadedList list = ParseSample();
  const Entity* person = FindEntity(list, "us_ofac_sdn:100");
  ASSERT_NE(person, nullptr);
  // A person's weak alias comes whole in lastName as "LAST, First".
  EXPECT_TRUE(HasName(*person, "Sheikh ABU KARIM", NameKind::kWeakAlias));
  const Entity* group = FindEntity(list, "us_ofac_sdn:200");
  ASSERT_NE(group, nullptr);
  EXPECT_TRUE(HasName(*group, "ELF", NameKind::kWeakAlias));
  EXPECT_TRUE(HasName(*group, "FRONT FOR EXAMPLES", NameKind::kStrongAlias));
  EXPECT_TRUE(group->HasWeakAlias());
  for (const Name& name : group->names) {
    if (name.full == "FRONT FOR EXAMPLES") {
      EXPECT_EQ(name.type, "f.k.a.");
    }
    if (name.full == "ELF") {
      EXPECT_EQ(name.type, "a.k.a.");
    }
  }
}

TEST(OfacXmlParser, KeepsNamesInOriginalScript) {
  LoadedList list = ParseSample();
  const Entity* person = FindEntity(list, "us_ofac_sdn:100");
  ASSERT_NE(person, nullptr);
  EXPECT_TRUE(HasName(*person, "كريم عبد", NameKind::kStrongAlias));
  EXPECT_TRUE(person->HasOriginalScriptName());
}

TEST(OfacXmlParser, MapsSdnTypesToSchemas) {
  LoadedList list = ParseSample();
  ASSERT_EQ(list.entities.size(), 4u);
  EXPECT_EQ(list.entities[0].schema, Schema::kPerson);
  EXPECT_EQ(list.entities[1].schema, Schema::kOrganization);
  EXPECT_EQ(list.entities[2].schema, Schema::kVessel);
  EXPECT_EQ(list.entities[3].schema, Schema::kAircraft);
  // An organisation's name has no given/family parts.
  EXPECT_TRUE(list.entities[1].names[0].family.empty());
}

TEST(OfacXmlParser, ReadsOrganisationFeatures) {
  LoadedList list = ParseSample();
  const Entity* group = FindEntity(list, "us_ofac_sdn:200");
  ASSERT_NE(group, nullptr);
  EXPECT_EQ(group->countries, std::vector<std::string>{"Iran"});
  EXPECT_EQ(group->identifiers, (std::vector<Identifier>{{"SWIFT/BIC", "EXAMPKKA", ""}}));
  EXPECT_EQ(group->remarks, std::vector<std::string>{"Website www.example.org"});
}

TEST(OfacXmlParser, ReadsVesselInfoAndImoNumber) {
  LoadedList list = ParseSample();
  const Entity* vessel = FindEntity(list, "us_ofac_sdn:300");
  ASSERT_NE(vessel, nullptr);
  std::vector<Identifier> expected = {
      {"IMO", "9187629", ""}, {"MMSI", "572469210", ""}, {"Call Sign", "9HDS9", ""}};
  EXPECT_EQ(vessel->identifiers, expected);
  EXPECT_EQ(vessel->countries, std::vector<std::string>{"Panama"});
  EXPECT_EQ(vessel->remarks, (std::vector<std::string>{"Vessel Type Crude Oil Tanker",
                                                       "Vessel Owner EXAMPLE SHIPPING CO",
                                                       "Tonnage 99,144", "GRT 56,068"}));
  const Entity* aircraft = FindEntity(list, "us_ofac_sdn:400");
  ASSERT_NE(aircraft, nullptr);
  EXPECT_EQ(
      aircraft->identifiers,
      (std::vector<Identifier>{{"Aircraft Manufacturer's Serial Number (MSN)", "1023409321", ""}}));
  EXPECT_EQ(aircraft->remarks, std::vector<std::string>{"Aircraft Model IL-76TD"});
}

TEST(OfacXmlParser, ReadsPrefixedNamespaceLikeDefault) {
  std::string doc =
      "<o:sdnList xmlns:o=\"urn:ofac\"><o:sdnEntry><o:uid>7</o:uid><o:firstName>Ana</o:firstName>"
      "<o:lastName>EXAMPLA</o:lastName><o:sdnType>Individual</o:sdnType>"
      "<o:programList><o:program>CUBA</o:program></o:programList></o:sdnEntry></o:sdnList>";
  LoadedList list = ParseOrFail(doc, ListFormat::kOfacXml, "sdn.xml");
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].names[0].full, "Ana EXAMPLA");
  EXPECT_EQ(list.entities[0].programs, std::vector<std::string>{"CUBA"});
}

TEST(OfacXmlParser, MissingUidIsBadRecordWithLine) {
  std::string doc = Doc({Entry("1", "ONE", "Entity"), Entry("", "NO ID", "Entity")});
  Status status = ParseError(doc, ListFormat::kOfacXml, "sdn.xml");
  EXPECT_EQ(status.code(), StatusCode::kParseError);
  EXPECT_NE(status.message().find("sdn.xml:4: <sdnEntry> has no <uid>"), std::string::npos)
      << status.message();
}

TEST(OfacXmlParser, EntryWithoutNameIsBadRecordWithLine) {
  std::string doc = Doc({Entry("1", "", "Entity")});
  Status status = ParseError(doc, ListFormat::kOfacXml, "sdn.xml");
  EXPECT_NE(status.message().find("sdn.xml:3: record 1 has no name"), std::string::npos)
      << status.message();
}

TEST(OfacXmlParser, LenientModeSkipsAndCountsBadRecords) {
  std::string doc = Doc(
      {Entry("", "NO ID", "Entity"), Entry("2", "", "Entity"), Entry("3", "GOOD ONE", "Entity")});
  LoadedList list = ParseOrFail(doc, ListFormat::kOfacXml, "sdn.xml", /*lenient=*/true);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].id, "us_ofac_sdn:3");
  EXPECT_EQ(list.skipped_records, 2u);
  ASSERT_EQ(list.warnings.size(), 2u);
  EXPECT_EQ(list.warnings[0].line, 3u);
  EXPECT_EQ(list.warnings[1].line, 4u);
}

TEST(OfacXmlParser, DuplicateUidIsWarnedAboutNamingBothLines) {
  std::string doc = Doc({Entry("5", "FIRST HOLDER", "Entity"), Entry("6", "OTHER", "Entity"),
                         Entry("5", "SECOND HOLDER", "Entity")});
  LoadedList list = ParseOrFail(doc, ListFormat::kOfacXml, "sdn.xml");
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.entities[0].names[0].full, "FIRST HOLDER");
  EXPECT_EQ(list.skipped_records, 1u);
  ASSERT_EQ(list.warnings.size(), 1u);
  const ListWarning& warning = list.warnings[0];
  EXPECT_EQ(warning.line, 5u);
  EXPECT_NE(warning.message.find("line 3"), std::string::npos) << warning.message;
  EXPECT_NE(warning.message.find("FIRST HOLDER"), std::string::npos) << warning.message;
  EXPECT_NE(warning.message.find("SECOND HOLDER"), std::string::npos) << warning.message;
}

TEST(OfacXmlParser, MalformedXmlReportsLine) {
  std::string doc = Doc({Entry("1", "ONE", "Entity"), "<sdnEntry><uid>2</uid><lastName>TWO"});
  Status status = ParseError(doc, ListFormat::kOfacXml, "sdn.xml");
  EXPECT_EQ(status.code(), StatusCode::kParseError);
  EXPECT_NE(status.message().find("sdn.xml:"), std::string::npos) << status.message();
  EXPECT_NE(status.message().find("XML error"), std::string::npos) << status.message();
}

TEST(OfacXmlParser, OtherRootElementIsAnError) {
  Status status = ParseError("<export><sanctionEntity/></export>", ListFormat::kOfacXml, "x.xml");
  EXPECT_EQ(status.code(), StatusCode::kParseError);
  EXPECT_NE(status.message().find("not an OFAC sdnList document"), std::string::npos)
      << status.message();
}

TEST(OfacXmlParser, WarnsWhenRecordCountDisagrees) {
  std::string doc =
      Doc({"<publshInformation><Publish_Date>12/31/2023</Publish_Date>"
           "<Record_Count>3</Record_Count></publshInformation>",
           Entry("1", "ONE", "Entity")});
  LoadedList list = ParseOrFail(doc, ListFormat::kOfacXml, "sdn.xml");
  EXPECT_EQ(list.published, "2023-12-31");
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_NE(list.warnings[0].message.find("Record_Count says 3"), std::string::npos);
}

TEST(OfacXmlParser, UnknownSdnTypeIsReadAsOrganisationWithWarning) {
  LoadedList list =
      ParseOrFail(Doc({Entry("1", "SOME THING", "Spaceship")}), ListFormat::kOfacXml, "sdn.xml");
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].schema, Schema::kOrganization);
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_NE(list.warnings[0].message.find("Spaceship"), std::string::npos);
}

TEST(OfacXmlParser, TrimsBlanksAndDecodesEntities) {
  std::string doc = Doc({Entry("\n 9 \n", "  AT&amp;T \xC2\xA0 EXAMPLE\n  HOLDING ", "Entity",
                               "<remarks><![CDATA[a <b> c]]></remarks>")});
  LoadedList list = ParseOrFail(doc, ListFormat::kOfacXml, "sdn.xml");
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].list_id, "9");
  EXPECT_EQ(list.entities[0].names[0].full.substr(0, 4), "AT&T");
  EXPECT_EQ(list.entities[0].remarks, std::vector<std::string>{"a <b> c"});
}

TEST(OfacXmlParser, OversizedFieldIsBadRecord) {
  LoadOptions options;
  options.format = ListFormat::kOfacXml;
  options.max_field_bytes = 16;
  std::string doc =
      Doc({Entry("1", "SHORT", "Entity", "<remarks>" + std::string(100, 'x') + "</remarks>"),
           Entry("2", "FINE", "Entity")});
  auto strict = ParseListBytes(doc, "sdn.xml", options);
  ASSERT_FALSE(strict.has_value());
  EXPECT_NE(strict.error().message().find("sdn.xml:3: field remarks is 100 bytes"),
            std::string::npos)
      << strict.error().message();
  options.lenient = true;
  auto lenient = ParseListBytes(doc, "sdn.xml", options);
  ASSERT_TRUE(lenient.has_value());
  EXPECT_EQ(lenient->entities.size(), 1u);
  EXPECT_EQ(lenient->skipped_records, 1u);
}

TEST(OfacXmlParser, EmptyListIsNotAnError) {
  LoadedList list = ParseOrFail(Doc({}), ListFormat::kOfacXml, "sdn.xml");
  EXPECT_TRUE(list.entities.empty());
}

// ---- Integration: the real consolidated list of 2025-03-28 ----

TEST(OfacXmlParser, LoadsConsolidatedList2025) {
  CORDON_REQUIRE_SHARED(path, "data/lists/us_ofac_cons/2025-03-28/consolidated.xml");
  auto lists = LoadLists(path, LoadOptions{});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 1u);
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.format, ListFormat::kOfacXml);
  EXPECT_EQ(list.dataset, "us_ofac_cons");
  EXPECT_EQ(list.version, "2025-03-28");
  EXPECT_EQ(list.published, "2025-03-28");
  // 443 <sdnEntry>, as its Record_Count says; none skipped, nothing to warn about.
  EXPECT_EQ(list.entities.size(), 443u);
  EXPECT_EQ(list.skipped_records, 0u);
  EXPECT_TRUE(list.warnings.empty()) << list.warnings[0].ToString();
  std::size_t persons = 0;
  std::size_t weak = 0;
  std::size_t aliases = 0;
  for (const Entity& entity : list.entities) {
    persons += entity.schema == Schema::kPerson;
    for (const Name& name : entity.names) {
      weak += name.kind == NameKind::kWeakAlias;
      aliases += name.kind != NameKind::kPrimary;
    }
  }
  EXPECT_EQ(persons, 80u);  // <sdnType>Individual</sdnType>
  EXPECT_EQ(weak, 70u);     // <category>weak</category>
  EXPECT_GT(aliases, 1100u);

  const Entity* haniya = FindEntity(list, "us_ofac_cons:9639");
  ASSERT_NE(haniya, nullptr);
  EXPECT_EQ(haniya->Caption(), "Ismail Abdul Salah HANIYA");
  EXPECT_EQ(haniya->names[0].family, "HANIYA");
  EXPECT_TRUE(HasName(*haniya, "Ismaeel HANIYYA", NameKind::kStrongAlias));
  EXPECT_EQ(haniya->programs, std::vector<std::string>{"NS-PLC"});
  ASSERT_EQ(haniya->birth_dates.size(), 1u);
  EXPECT_EQ(haniya->birth_dates[0].ToString(), "1962");
  EXPECT_EQ(haniya->birth_places, std::vector<std::string>{"Shati"});
}

TEST(OfacXmlParser, ReadsFeaturesOfTheConsolidatedList2025) {
  CORDON_REQUIRE_SHARED(path, "data/lists/us_ofac_cons/2025-03-28/consolidated.xml");
  auto lists = LoadLists(path, LoadOptions{});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  const LoadedList& list = (*lists)[0];
  std::size_t with_gender = 0;
  std::size_t bics = 0;
  std::size_t websites_as_ids = 0;
  for (const Entity& entity : list.entities) {
    with_gender += !entity.gender.empty();
    for (const Identifier& id : entity.identifiers) {
      bics += id.type == "SWIFT/BIC";
      websites_as_ids += id.type == "Website";
    }
  }
  EXPECT_EQ(with_gender, 3u);  // idType "Gender" appears 3 times
  EXPECT_EQ(bics, 33u);
  EXPECT_EQ(websites_as_ids, 0u);
}

}  // namespace
}  // namespace cordon
