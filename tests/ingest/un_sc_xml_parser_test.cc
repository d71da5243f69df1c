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
  std::ifstream in(std::string(CORDON_TEST_DATA_DIR) + "/un/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

// A minimal list around `records` (INDIVIDUAL elements).
std::string Individuals(const std::string& records) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<CONSOLIDATED_LIST dateGenerated=\"2024-01-02T00:00:00Z\">\n<INDIVIDUALS>\n" +
         records + "</INDIVIDUALS>\n<ENTITIES/>\n</CONSOLIDATED_LIST>\n";
}

std::string Individual(const std::string& ref, const std::string& first) {
  return "<INDIVIDUAL>\n<FIRST_NAME>" + first + "</FIRST_NAME>\n<REFERENCE_NUMBER>" + ref +
         "</REFERENCE_NUMBER>\n</INDIVIDUAL>\n";
}

TEST(UnScXmlParser, ReadsIndividualsAndEntitiesWithTheirSchemas) {
  LoadedList list = ParseOrFail(ReadFixture("consolidated_small.xml"), ListFormat::kUnScXml);
  ASSERT_EQ(list.entities.size(), 3u);
  EXPECT_EQ(list.dataset, "un_sc_sanctions");
  EXPECT_EQ(list.published, "2024-03-05");
  const Entity* person = FindEntity(list, "un_sc_sanctions:QDi.900");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->schema, Schema::kPerson);
  EXPECT_EQ(person->list_id, "QDi.900");  // trimmed
  const Entity* org = FindEntity(list, "un_sc_sanctions:QDe.900");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->schema, Schema::kOrganization);
}

TEST(UnScXmlParser, JoinsNamePartsIntoThePrimaryName) {
  LoadedList list = ParseOrFail(ReadFixture("consolidated_small.xml"), ListFormat::kUnScXml);
  const Entity* person = FindEntity(list, "un_sc_sanctions:QDi.900");
  ASSERT_NE(person, nullptr);
  ASSERT_FALSE(person->names.empty());
  const Name& primary = person->names[0];
  EXPECT_EQ(primary.full, "ABDUL RAHMAN YASIN AL-TESTI");
  EXPECT_EQ(primary.kind, NameKind::kPrimary);
  EXPECT_EQ(primary.given, "ABDUL");
  EXPECT_EQ(primary.family, "");  // the UN does not say which part is the family name
  EXPECT_EQ(primary.script, Script::kLatin);
}

TEST(UnScXmlParser, ReadsOriginalScriptNameAsStrongAlias) {
  LoadedList list = ParseOrFail(ReadFixture("consolidated_small.xml"), ListFormat::kUnScXml);
  const Entity* person = FindEntity(list, "un_sc_sanctions:QDi.900");
  ASSERT_NE(person, nullptr);
  EXPECT_TRUE(HasName(*person, "عبد الرحمن ياسين التستي", NameKind::kStrongAlias));
  EXPECT_TRUE(person->HasOriginalScriptName());
  const Entity* korean = FindEntity(list, "un_sc_sanctions:KPi.901");
  ASSERT_NE(korean, nullptr);
  bool found = false;
  for (const Name& name : korean->names) {
    if (name.full == "김철수") {
      found = true;
      EXPECT_EQ(name.script, Script::kHangul);
      EXPECT_EQ(name.kind, NameKind::kStrongAlias);
    }
  }
  EXPECT_TRUE(found);
}

TEST(UnScXmlParser, ReadsAliasQualityAsStrongOrWeak) {
  LoadedList list = ParseOrFail(ReadFixture("consolidated_small.xml"), ListFormat::kUnScXml);
  const Entity* person = FindEntity(list, "un_sc_sanctions:QDi.900");
  ASSERT_NE(person, nullptr);
  EXPECT_TRUE(HasName(*person, "Abu Yasin", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*person, "Mullah Test", NameKind::kWeakAlias));
  EXPECT_TRUE(HasName(*person, "Abdul Rahman al-Testi", NameKind::kStrongAlias));
  EXPECT_TRUE(person->HasWeakAlias());
  const Entity* korean = FindEntity(list, "un_sc_sanctions:KPi.901");
  ASSERT_NE(korean, nullptr);
  EXPECT_TRUE(HasName(*korean, "Kim Chol-su", NameKind::kStrongAlias));  // f.k.a.
  const Entity* org = FindEntity(list, "un_sc_sanctions:QDe.900");
  ASSERT_NE(org, nullptr);
  EXPECT_TRUE(HasName(*org, "Northern Test Brigade", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*org, "TBN", NameKind::kWeakAlias));  // "Low quality"
}

TEST(UnScXmlParser, SkipsEmptyAliasNames) {
  LoadedList list = ParseOrFail(ReadFixture("consolidated_small.xml"), ListFormat::kUnScXml);
  const Entity* person = FindEntity(list, "un_sc_sanctions:QDi.900");
  ASSERT_NE(person, nullptr);
  // Primary, original script and the three non-empty aliases.
  EXPECT_EQ(person->names.size(), 5u);
  for (const Name& name : person->names) EXPECT_FALSE(name.full.empty());
}

TEST(UnScXmlParser, ReadsExactApproximateAndRangeBirthDates) {
  LoadedList list = ParseOrFail(ReadFixture("consolidated_small.xml"), ListFormat::kUnScXml);
  const Entity* person = FindEntity(list, "un_sc_sanctions:QDi.900");
  ASSERT_NE(person, nullptr);
  std::vector<std::string> dates;
  for (const BirthDate& date : person->birth_dates) dates.push_back(date.ToString());
  // The alias's own birth date comes first: aliases are read with the names.
  EXPECT_EQ(dates,
            (std::vector<std::string>{"1969-02-05", "1978-06-26", "1977", "~1975", "1970..1973"}));
  EXPECT_EQ(person->birth_places,
            (std::vector<std::string>{"Tripoli, Libya",
                                      "Kuza Bandai village, Swat Valley, Khyber Pakhtunkhwa "
                                      "Province, Pakistan"}));
}

TEST(UnScXmlParser, ReadsDetailsOfAnIndividual) {
  LoadedList list = ParseOrFail(ReadFixture("consolidated_small.xml"), ListFormat::kUnScXml);
  const Entity* person = FindEntity(list, "un_sc_sanctions:QDi.900");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->programs, std::vector<std::string>{"Al-Qaida"});
  EXPECT_EQ(person->listed_on, "2015-04-07");  // time zone suffix dropped
  EXPECT_EQ(person->gender, "male");
  EXPECT_EQ(person->titles,
            (std::vector<std::string>{"Mufti", "Commander of the test brigade", "Financier"}));
  EXPECT_EQ(person->nationalities, (std::vector<std::string>{"Pakistan", "Afghanistan"}));
  EXPECT_EQ(person->addresses,
            std::vector<std::string>{
                "House 12, Street 4, Lamman, District Barmal, Paktika Province, Afghanistan"});
  EXPECT_EQ(person->countries, (std::vector<std::string>{"Afghanistan", "Pakistan"}));
  ASSERT_EQ(person->identifiers.size(), 2u);
  EXPECT_EQ(person->identifiers[0], (Identifier{"Passport", "AB1234567", "Pakistan"}));
  EXPECT_EQ(person->identifiers[1],
            (Identifier{"National Identification Number (Italian Fiscal Code)", "TSTABD78H26Z236X",
                        "Italy"}));
  ASSERT_EQ(person->remarks.size(), 2u);
  EXPECT_EQ(person->remarks[0], "Leader of a test group. Review concluded on 1 Jan. 2020.");
  EXPECT_EQ(person->remarks[1], "Passport: Libyan passport number 347834, expired on 21 Feb. 2014");
  const Entity* korean = FindEntity(list, "un_sc_sanctions:KPi.901");
  ASSERT_NE(korean, nullptr);
  EXPECT_EQ(korean->gender, "female");
  EXPECT_TRUE(korean->remarks.empty());
  EXPECT_TRUE(korean->birth_places.empty());
}

TEST(UnScXmlParser, ReadsDetailsOfAnEntity) {
  LoadedList list = ParseOrFail(ReadFixture("consolidated_small.xml"), ListFormat::kUnScXml);
  const Entity* org = FindEntity(list, "un_sc_sanctions:QDe.900");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->Caption(), "TEST BRIGADE OF THE NORTH (TBN)");
  EXPECT_EQ(org->names[0].given, "");
  EXPECT_EQ(org->listed_on, "2011-07-29");
  EXPECT_EQ(org->addresses, std::vector<std::string>{"Al-Qadisiyah Street, Mosul, Iraq"});
  EXPECT_EQ(org->countries, std::vector<std::string>{"Iraq"});
  EXPECT_TRUE(org->birth_dates.empty());
}

TEST(UnScXmlParser, FallsBackToListTypeWhenUnListTypeIsAbsent) {
  std::string xml = Individuals(
      "<INDIVIDUAL><FIRST_NAME>A B</FIRST_NAME><REFERENCE_NUMBER>XXi.1</REFERENCE_NUMBER>"
      "<LIST_TYPE><VALUE>UN List</VALUE></LIST_TYPE></INDIVIDUAL>");
  LoadedList list = ParseOrFail(xml, ListFormat::kUnScXml);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].programs, std::vector<std::string>{"UN List"});
}

TEST(UnScXmlParser, MissingReferenceNumberIsBadRecordWithLine) {
  std::string xml = Individuals(Individual("QDi.1", "ONE") + Individual("", "TWO"));
  Status status = ParseError(xml, ListFormat::kUnScXml, "un.xml");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("un.xml:8:"), std::string::npos) << status.ToString();
  EXPECT_NE(status.ToString().find("REFERENCE_NUMBER"), std::string::npos) << status.ToString();
}

TEST(UnScXmlParser, RecordWithoutAnyNameIsBadRecord) {
  std::string xml = Individuals(Individual("QDi.1", ""));
  Status status = ParseError(xml, ListFormat::kUnScXml, "un.xml");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("un.xml:4:"), std::string::npos) << status.ToString();
  EXPECT_NE(status.ToString().find("no name"), std::string::npos) << status.ToString();
}

TEST(UnScXmlParser, LenientModeSkipsAndCountsBadRecords) {
  std::string xml = Individuals(Individual("QDi.1", "ONE") + Individual("", "TWO") +
                                Individual("QDi.3", "") + Individual("QDi.4", "FOUR"));
  LoadedList list = ParseOrFail(xml, ListFormat::kUnScXml, "un.xml", /*lenient=*/true);
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.entities[0].list_id, "QDi.1");
  EXPECT_EQ(list.entities[1].list_id, "QDi.4");
  EXPECT_EQ(list.skipped_records, 2u);
  EXPECT_EQ(list.warnings.size(), 2u);
}

TEST(UnScXmlParser, DuplicateReferenceNumberIsWarnedAndSkipped) {
  std::string xml = Individuals(Individual("QDi.1", "ONE") + Individual("QDi.1", "OTHER"));
  LoadedList list = ParseOrFail(xml, ListFormat::kUnScXml);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].Caption(), "ONE");
  EXPECT_EQ(list.skipped_records, 1u);
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_NE(list.warnings[0].message.find("clash"), std::string::npos);
}

TEST(UnScXmlParser, MalformedXmlIsFileErrorWithLine) {
  std::string xml = Individuals(Individual("QDi.1", "ONE") + "<INDIVIDUAL><FIRST_NAME>X\n");
  Status status = ParseError(xml, ListFormat::kUnScXml, "broken.xml");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kParseError);
  EXPECT_NE(status.ToString().find("broken.xml:"), std::string::npos) << status.ToString();
  EXPECT_NE(status.ToString().find("XML error"), std::string::npos) << status.ToString();
}

TEST(UnScXmlParser, WrongRootElementIsFileError) {
  Status status = ParseError("<?xml version=\"1.0\"?>\n<sdnList></sdnList>\n", ListFormat::kUnScXml,
                             "other.xml");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("CONSOLIDATED_LIST"), std::string::npos) << status.ToString();
}

TEST(UnScXmlParser, EmptyListHasNoEntities) {
  LoadedList list = ParseOrFail(
      "<CONSOLIDATED_LIST dateGenerated=\"bad\"><INDIVIDUALS/><ENTITIES/></CONSOLIDATED_LIST>",
      ListFormat::kUnScXml);
  EXPECT_TRUE(list.entities.empty());
  EXPECT_EQ(list.published, "");  // not a date
}

TEST(UnScXmlParser, OversizeFieldIsBadRecord) {
  std::string xml =
      Individuals(Individual("QDi.1", std::string(200, 'A')) + Individual("QDi.2", "SHORT"));
  LoadOptions options;
  options.format = ListFormat::kUnScXml;
  options.max_field_bytes = 100;
  auto strict = ParseListBytes(xml, "big.xml", options);
  ASSERT_FALSE(strict.has_value());
  EXPECT_NE(strict.error().ToString().find("big.xml:4:"), std::string::npos)
      << strict.error().ToString();
  options.lenient = true;
  auto lenient = ParseListBytes(xml, "big.xml", options);
  ASSERT_TRUE(lenient.has_value()) << lenient.error().ToString();
  ASSERT_EQ(lenient->entities.size(), 1u);
  EXPECT_EQ(lenient->entities[0].list_id, "QDi.2");
  EXPECT_EQ(lenient->skipped_records, 1u);
}

TEST(UnScXmlParser, KeepsOddUnicodeAndEntities) {
  std::string xml = Individuals(
      "<INDIVIDUAL><FIRST_NAME>Zoë&#160;D&apos;Arc  \u00C5ngstr\u00F6m</FIRST_NAME>"
      "<SECOND_NAME>Ḥ̣usayn</SECOND_NAME><REFERENCE_NUMBER>XXi.9</REFERENCE_NUMBER>"
      "<NAME_ORIGINAL_SCRIPT>Иван Петров</NAME_ORIGINAL_SCRIPT></INDIVIDUAL>");
  LoadedList list = ParseOrFail(xml, ListFormat::kUnScXml);
  ASSERT_EQ(list.entities.size(), 1u);
  const Entity& entity = list.entities[0];
  EXPECT_EQ(entity.names[0].full, "Zoë D'Arc Ångström Ḥ̣usayn");  // no-break space read as one
  EXPECT_TRUE(HasName(entity, "Иван Петров", NameKind::kStrongAlias));
  EXPECT_EQ(entity.names[1].script, Script::kCyrillic);
}

// Integration over the real published list (../shared/data/lists).

TEST(UnScXmlParser, LoadsRealList20260227WithItsOwnCounts) {
  CORDON_REQUIRE_SHARED(path, "data/lists/un_sc_sanctions/2026-02-27/consolidated.xml.gz");
  auto lists = LoadLists(path, LoadOptions{});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 1u);
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.dataset, "un_sc_sanctions");
  EXPECT_EQ(list.format, ListFormat::kUnScXml);
  EXPECT_EQ(list.version, "2026-02-27");
  EXPECT_EQ(list.published, "2026-02-27");
  EXPECT_EQ(list.skipped_records, 0u);
  EXPECT_TRUE(list.warnings.empty());
  std::size_t people = 0;
  std::size_t orgs = 0;
  std::size_t original_script = 0;
  for (const Entity& entity : list.entities) {
    people += entity.schema == Schema::kPerson;
    orgs += entity.schema == Schema::kOrganization;
    for (const Name& name : entity.names) original_script += name.type == "original script";
    EXPECT_FALSE(entity.names.empty());
    EXPECT_EQ(entity.names[0].kind, NameKind::kPrimary) << entity.id;
    EXPECT_FALSE(entity.programs.empty()) << entity.id;
    EXPECT_EQ(entity.listed_on.size(), 10u) << entity.id;
  }
  EXPECT_EQ(list.entities.size(), 1003u);
  EXPECT_EQ(people, 730u);
  EXPECT_EQ(orgs, 273u);
  // 378 records carry NAME_ORIGINAL_SCRIPT; in one (QDe.164) it repeats the Latin primary name
  // "JAMAAH ANSHARUT DAULAH" and is dropped as a duplicate.
  EXPECT_EQ(original_script, 377u);
}

TEST(UnScXmlParser, FindsTheTtpAndIsilKEntities) {
  CORDON_REQUIRE_SHARED(path, "data/lists/un_sc_sanctions/2026-02-27/consolidated.xml.gz");
  auto lists = LoadLists(path, LoadOptions{});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  const LoadedList& list = (*lists)[0];

  const Entity* ttp = FindEntity(list, "un_sc_sanctions:QDe.132");
  ASSERT_NE(ttp, nullptr);
  EXPECT_EQ(ttp->schema, Schema::kOrganization);
  EXPECT_EQ(ttp->Caption(), "TEHRIK-E TALIBAN PAKISTAN (TTP)");
  EXPECT_TRUE(HasName(*ttp, "تحریک طالبان پاکستان", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*ttp, "Tehrik-I-Taliban Pakistan", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*ttp, "Pakistani Taliban", NameKind::kStrongAlias));
  EXPECT_TRUE(ttp->HasOriginalScriptName());
  EXPECT_EQ(ttp->programs, std::vector<std::string>{"Al-Qaida"});
  EXPECT_EQ(ttp->listed_on, "2011-07-29");
  ASSERT_FALSE(ttp->remarks.empty());
  EXPECT_NE(ttp->remarks[0].find("Maulana Fazlullah (QDi.352)"), std::string::npos);

  const Entity* isil_k = FindEntity(list, "un_sc_sanctions:QDe.161");
  ASSERT_NE(isil_k, nullptr);
  EXPECT_EQ(isil_k->Caption(), "ISLAMIC STATE IN IRAQ AND THE LEVANT - KHORASAN (ISIL-K)");
  EXPECT_TRUE(HasName(*isil_k, "ISIL KHORASAN", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*isil_k, "ISIS-K", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*isil_k, "Islamic State Khurasan", NameKind::kStrongAlias));
  EXPECT_EQ(isil_k->names.size(), 13u);
  EXPECT_EQ(isil_k->listed_on, "2019-05-14");
}

TEST(UnScXmlParser, FindsTheTtpLeaders) {
  CORDON_REQUIRE_SHARED(path, "data/lists/un_sc_sanctions/2026-02-27/consolidated.xml.gz");
  auto lists = LoadLists(path, LoadOptions{});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  const LoadedList& list = (*lists)[0];

  const Entity* fazlullah = FindEntity(list, "un_sc_sanctions:QDi.352");
  ASSERT_NE(fazlullah, nullptr);
  EXPECT_EQ(fazlullah->schema, Schema::kPerson);
  EXPECT_EQ(fazlullah->Caption(), "MAULANA FAZLULLAH");
  EXPECT_TRUE(HasName(*fazlullah, "Mullah Fazlullah", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*fazlullah, "Fazal Hayat", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*fazlullah, "Mullah Radio", NameKind::kWeakAlias));
  ASSERT_EQ(fazlullah->birth_dates.size(), 1u);
  EXPECT_EQ(fazlullah->birth_dates[0].ToString(), "1974");
  EXPECT_EQ(fazlullah->birth_places,
            std::vector<std::string>{"Kuza Bandai village, Swat Valley, Khyber Pakhtunkhawa "
                                     "Province, Pakistan"});
  EXPECT_EQ(fazlullah->listed_on, "2015-04-07");

  const Entity* mehsud = FindEntity(list, "un_sc_sanctions:QDi.427");
  ASSERT_NE(mehsud, nullptr);
  EXPECT_EQ(mehsud->Caption(), "NOOR WALI MEHSUD");
  EXPECT_EQ(mehsud->names[0].given, "NOOR");
  EXPECT_TRUE(HasName(*mehsud, "Abu Mansoor Asim", NameKind::kStrongAlias));
  EXPECT_EQ(mehsud->titles, std::vector<std::string>{"Mufti"});
  EXPECT_EQ(mehsud->nationalities, std::vector<std::string>{"Pakistan"});
  ASSERT_EQ(mehsud->birth_dates.size(), 1u);
  EXPECT_EQ(mehsud->birth_dates[0].ToString(), "1978-06-26");
  EXPECT_EQ(mehsud->birth_places, std::vector<std::string>{"Gurguray, Pakistan"});
  EXPECT_EQ(mehsud->addresses,
            std::vector<std::string>{"Lamman, District Barmal, Paktika Province, Afghanistan"});
  EXPECT_EQ(mehsud->countries, std::vector<std::string>{"Afghanistan"});
  EXPECT_EQ(mehsud->listed_on, "2020-07-16");
}

TEST(UnScXmlParser, LoadsRealList20251120WithItsOwnCounts) {
  CORDON_REQUIRE_SHARED(path, "data/lists/un_sc_sanctions/2025-11-20/consolidated.xml.gz");
  auto lists = LoadLists(path, LoadOptions{});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.published, "2025-11-20");
  std::size_t people = 0;
  for (const Entity& entity : list.entities) people += entity.schema == Schema::kPerson;
  EXPECT_EQ(list.entities.size(), 1000u);
  EXPECT_EQ(people, 727u);
  EXPECT_EQ(list.skipped_records, 0u);
}

}  // namespace
}  // namespace cordon
