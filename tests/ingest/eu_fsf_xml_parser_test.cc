#include <fstream>
#include <sstream>
#include <string>

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
  std::ifstream in(std::string(CORDON_TEST_DATA_DIR) + "/eu/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

LoadedList Fixture() { return ParseOrFail(ReadFixture("eu_small.xml"), ListFormat::kEuFsfXml); }

std::string Export(const std::string& entities) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<export xmlns=\"http://eu.europa.ec/fpi/fsd/export\" generationDate=\"2024-01-02\">\n" +
         entities + "</export>\n";
}

std::string SanctionEntity(const std::string& logical_id, const std::string& name) {
  return "<sanctionEntity logicalId=\"" + logical_id +
         "\">\n<subjectType code=\"person\" classificationCode=\"P\"/>\n"
         "<nameAlias wholeName=\"" +
         name + "\" strong=\"true\"/>\n</sanctionEntity>\n";
}

TEST(EuFsfXmlParser, ReadsEntitiesWithTheirSchemasAndPublicationDate) {
  LoadedList list = Fixture();
  EXPECT_EQ(list.dataset, "eu_fsf");
  EXPECT_EQ(list.published, "2024-05-21");
  ASSERT_EQ(list.entities.size(), 3u);
  EXPECT_EQ(list.entities[0].id, "eu_fsf:13");
  EXPECT_EQ(list.entities[0].schema, Schema::kPerson);
  EXPECT_EQ(list.entities[1].id, "eu_fsf:6908");
  EXPECT_EQ(list.entities[1].schema, Schema::kOrganization);
}

TEST(EuFsfXmlParser, FirstStrongAliasIsPrimaryAndWeakAliasesAreWeak) {
  LoadedList list = Fixture();
  const Entity* person = FindEntity(list, "eu_fsf:13");
  ASSERT_NE(person, nullptr);
  ASSERT_EQ(person->names.size(), 4u);
  const Name& primary = person->names[0];
  EXPECT_EQ(primary.full, "Testam Hussein Al-Testi");
  EXPECT_EQ(primary.kind, NameKind::kPrimary);
  EXPECT_EQ(primary.given, "Testam");
  EXPECT_EQ(primary.family, "Hussein Al-Testi");
  EXPECT_TRUE(HasName(*person, "Abu Testi", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*person, "The Tester", NameKind::kWeakAlias));
  // No wholeName: made from the parts.
  EXPECT_TRUE(HasName(*person, "Тестам Хусейн", NameKind::kStrongAlias));
  EXPECT_EQ(person->names[3].script, Script::kCyrillic);
}

TEST(EuFsfXmlParser, EntityWithOnlyWeakNamesHasItsFirstNameAsPrimary) {
  LoadedList list = Fixture();
  const Entity* person = FindEntity(list, "eu_fsf:7001");
  ASSERT_NE(person, nullptr);
  ASSERT_EQ(person->names.size(), 2u);
  EXPECT_EQ(person->names[0].full, "Anna Testova");
  EXPECT_EQ(person->names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(person->names[1].kind, NameKind::kWeakAlias);
  EXPECT_EQ(person->gender, "female");
}

TEST(EuFsfXmlParser, PutsThePrimaryNameFirstWhenWeakAliasesPrecedeIt) {
  std::string xml = Export(
      "<sanctionEntity logicalId=\"5\"><subjectType code=\"person\"/>"
      "<nameAlias wholeName=\"Weak One\" strong=\"false\"/>"
      "<nameAlias wholeName=\"Strong One\" strong=\"true\"/>"
      "<nameAlias wholeName=\"Strong Two\"/></sanctionEntity>\n");
  LoadedList list = ParseOrFail(xml, ListFormat::kEuFsfXml);
  ASSERT_EQ(list.entities.size(), 1u);
  const Entity& entity = list.entities[0];
  ASSERT_EQ(entity.names.size(), 3u);
  EXPECT_EQ(entity.names[0].full, "Strong One");
  EXPECT_EQ(entity.names[0].kind, NameKind::kPrimary);
  EXPECT_TRUE(HasName(entity, "Weak One", NameKind::kWeakAlias));
  EXPECT_TRUE(HasName(entity, "Strong Two", NameKind::kStrongAlias));  // no strong attribute
}

TEST(EuFsfXmlParser, ReadsBirthDatesOfEveryForm) {
  LoadedList list = Fixture();
  const Entity* person = FindEntity(list, "eu_fsf:13");
  ASSERT_NE(person, nullptr);
  std::vector<std::string> dates;
  for (const BirthDate& date : person->birth_dates) dates.push_back(date.ToString());
  EXPECT_EQ(dates, (std::vector<std::string>{"1937-04-28", "~1939", "1940..1942", "1938-05"}));
  EXPECT_EQ(person->birth_places, std::vector<std::string>{"al-Awja, near Tikrit, IRAQ"});
}

TEST(EuFsfXmlParser, ReadsDetailsOfAPerson) {
  LoadedList list = Fixture();
  const Entity* person = FindEntity(list, "eu_fsf:13");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->gender, "male");
  EXPECT_EQ(person->nationalities, std::vector<std::string>{"IRAQ"});  // "UNKNOWN" dropped
  EXPECT_EQ(person->titles, (std::vector<std::string>{"Former President", "Dr"}));
  EXPECT_EQ(person->programs, std::vector<std::string>{"IRQ"});
  EXPECT_EQ(person->listed_on, "2003-07-08");
  EXPECT_EQ(person->remarks, std::vector<std::string>{"UNSC RESOLUTION 1483"});
  EXPECT_EQ(person->addresses,
            std::vector<std::string>{"Al-Mansour Street 5, Baghdad, 10013, IRAQ"});
  EXPECT_EQ(person->countries, std::vector<std::string>{"IRAQ"});
  // The identification without a number is dropped.
  EXPECT_EQ(person->identifiers,
            (std::vector<Identifier>{{"National passport", "M0003264580", "IRAQ"},
                                     {"EU Reference Number", "EU.27.28", ""}}));
}

TEST(EuFsfXmlParser, ReadsDetailsOfAnEnterprise) {
  LoadedList list = Fixture();
  const Entity* org = FindEntity(list, "eu_fsf:6908");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->Caption(), "Test Trading Company LLC");
  EXPECT_TRUE(HasName(*org, "ООО «Тест Трейдинг»", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*org, "TTC", NameKind::kWeakAlias));
  EXPECT_EQ(org->programs, (std::vector<std::string>{"TAQA", "EU.TERR"}));
  EXPECT_EQ(org->listed_on, "2019-05-20");
  EXPECT_EQ(org->addresses, std::vector<std::string>{"PO Box 1234, Moscow, RUSSIAN FEDERATION"});
  EXPECT_EQ(org->countries,
            (std::vector<std::string>{"RUSSIAN FEDERATION", "UNITED ARAB EMIRATES"}));
  EXPECT_EQ(org->identifiers,
            (std::vector<Identifier>{{"Registration Number", "1027700132195", "RUSSIAN FEDERATION"},
                                     {"swiftbic", "TESTRUMM", ""},
                                     {"EU Reference Number", "EU.3962.79", ""},
                                     {"UN Reference Number", "QDe.900", ""}}));
  EXPECT_EQ(org->remarks, std::vector<std::string>{"Listed for supporting the test regime."});
  EXPECT_TRUE(org->birth_dates.empty());
}

TEST(EuFsfXmlParser, MatchesElementsWhateverTheirNamespacePrefix) {
  std::string xml =
      "<ns2:export xmlns:ns2=\"http://eu.europa.ec/fpi/fsd/export\" "
      "generationDate=\"2023-10-19T18:02:36.507+02:00\">\n"
      "<ns2:sanctionEntity logicalId=\"42\">\n"
      "<ns2:subjectType code=\"enterprise\" classificationCode=\"E\"/>\n"
      "<ns2:nameAlias wholeName=\"Prefixed Company\" strong=\"true\"/>\n"
      "<ns2:citizenship countryIso2Code=\"IR\" countryDescription=\"\"/>\n"
      "</ns2:sanctionEntity>\n</ns2:export>\n";
  LoadedList list = ParseOrFail(xml, ListFormat::kEuFsfXml);
  EXPECT_EQ(list.published, "2023-10-19");
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].schema, Schema::kOrganization);
  EXPECT_EQ(list.entities[0].Caption(), "Prefixed Company");
  EXPECT_EQ(list.entities[0].nationalities, std::vector<std::string>{"IR"});  // code only
}

TEST(EuFsfXmlParser, DetectsTheFormatFromTheRootElement) {
  LoadOptions options;
  auto list = ParseListBytes(ReadFixture("eu_small.xml"), "xmlFullSanctionsList_1_1.xml", options);
  ASSERT_TRUE(list.has_value()) << list.error().ToString();
  EXPECT_EQ(list->format, ListFormat::kEuFsfXml);
  EXPECT_EQ(list->entities.size(), 3u);
}

TEST(EuFsfXmlParser, MissingLogicalIdIsBadRecordWithLine) {
  std::string xml = Export(SanctionEntity("1", "One") + SanctionEntity("", "Two"));
  Status status = ParseError(xml, ListFormat::kEuFsfXml, "eu.xml");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("eu.xml:7:"), std::string::npos) << status.ToString();
  EXPECT_NE(status.ToString().find("logicalId"), std::string::npos) << status.ToString();
}

TEST(EuFsfXmlParser, EntityWithoutNameIsBadRecord) {
  std::string xml = Export(SanctionEntity("1", ""));
  Status status = ParseError(xml, ListFormat::kEuFsfXml, "eu.xml");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("eu.xml:3:"), std::string::npos) << status.ToString();
}

TEST(EuFsfXmlParser, LenientModeSkipsAndCountsBadRecords) {
  std::string xml = Export(SanctionEntity("1", "One") + SanctionEntity("", "Two") +
                           SanctionEntity("3", "") + SanctionEntity("4", "Four"));
  LoadedList list = ParseOrFail(xml, ListFormat::kEuFsfXml, "eu.xml", /*lenient=*/true);
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.entities[1].Caption(), "Four");
  EXPECT_EQ(list.skipped_records, 2u);
  EXPECT_EQ(list.warnings.size(), 2u);
}

TEST(EuFsfXmlParser, DuplicateLogicalIdIsWarnedAndSkipped) {
  std::string xml = Export(SanctionEntity("1", "One") + SanctionEntity("1", "Again"));
  LoadedList list = ParseOrFail(xml, ListFormat::kEuFsfXml);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].Caption(), "One");
  EXPECT_EQ(list.skipped_records, 1u);
}

TEST(EuFsfXmlParser, OversizeAttributeIsBadRecord) {
  std::string xml = Export(SanctionEntity("1", std::string(300, 'x')) + SanctionEntity("2", "Ok"));
  LoadOptions options;
  options.format = ListFormat::kEuFsfXml;
  options.max_field_bytes = 100;
  auto strict = ParseListBytes(xml, "eu.xml", options);
  ASSERT_FALSE(strict.has_value());
  EXPECT_NE(strict.error().ToString().find("wholeName"), std::string::npos)
      << strict.error().ToString();
  options.lenient = true;
  auto lenient = ParseListBytes(xml, "eu.xml", options);
  ASSERT_TRUE(lenient.has_value());
  ASSERT_EQ(lenient->entities.size(), 1u);
  EXPECT_EQ(lenient->skipped_records, 1u);
}

TEST(EuFsfXmlParser, MalformedXmlIsFileErrorWithLine) {
  std::string xml = Export(SanctionEntity("1", "One")) + "<sanctionEntity>";
  Status status = ParseError(xml, ListFormat::kEuFsfXml, "eu.xml");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kParseError);
  EXPECT_NE(status.ToString().find("eu.xml:"), std::string::npos) << status.ToString();
}

TEST(EuFsfXmlParser, WrongRootElementIsFileError) {
  Status status = ParseError("<CONSOLIDATED_LIST/>", ListFormat::kEuFsfXml);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("<export>"), std::string::npos) << status.ToString();
}

TEST(EuFsfXmlParser, KeepsOddUnicodeInAttributes) {
  std::string xml = Export(SanctionEntity("1", "Ḥasan  al-&#8217;Alī &amp; Sons\u00A0Ltd"));
  LoadedList list = ParseOrFail(xml, ListFormat::kEuFsfXml);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].Caption(), "Ḥasan al-\u2019Alī & Sons Ltd");
}

}  // namespace
}  // namespace cordon
