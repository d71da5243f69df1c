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
  std::ifstream in(std::string(CORDON_TEST_DATA_DIR) + "/uk/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

LoadedList Fixture() {
  return ParseOrFail(ReadFixture("ConList_small.csv"), ListFormat::kUkHmtCsv);
}

// A short ConList with the columns in another order (and some missing).
constexpr std::string_view kShortHeader =
    "Last Updated,24/05/2024\n"
    "Group ID,Group Type,Name 1,Name 6,Alias Type,Alias Quality,DOB,Regime\n";

std::vector<std::string> Dates(const Entity& entity) {
  std::vector<std::string> out;
  for (const BirthDate& date : entity.birth_dates) out.push_back(date.ToString());
  return out;
}

TEST(UkHmtCsvParser, GroupsRowsByGroupIdIntoOneEntityEach) {
  LoadedList list = Fixture();
  EXPECT_EQ(list.dataset, "gb_hmt_sanctions");
  EXPECT_EQ(list.published, "2024-02-01");
  ASSERT_EQ(list.entities.size(), 4u);
  EXPECT_EQ(list.entities[0].id, "gb_hmt_sanctions:13900");
  EXPECT_EQ(list.entities[0].schema, Schema::kPerson);
  EXPECT_EQ(list.entities[1].id, "gb_hmt_sanctions:12000");
  EXPECT_EQ(list.entities[1].schema, Schema::kOrganization);
  EXPECT_EQ(list.entities[2].id, "gb_hmt_sanctions:16500");
  EXPECT_EQ(list.entities[2].schema, Schema::kVessel);
  EXPECT_EQ(list.entities[3].id, "gb_hmt_sanctions:14200");
  EXPECT_EQ(list.skipped_records, 0u);
  EXPECT_TRUE(list.warnings.empty());
}

TEST(UkHmtCsvParser, ReadsPrimaryNameWithSurnameLast) {
  LoadedList list = Fixture();
  const Entity* person = FindEntity(list, "gb_hmt_sanctions:13900");
  ASSERT_NE(person, nullptr);
  const Name& primary = person->names[0];
  EXPECT_EQ(primary.full, "Noor Wali MEHSUD-TEST");
  EXPECT_EQ(primary.kind, NameKind::kPrimary);
  EXPECT_EQ(primary.given, "Noor Wali");
  EXPECT_EQ(primary.family, "MEHSUD-TEST");
}

TEST(UkHmtCsvParser, ReadsAliasTypesAndQuality) {
  LoadedList list = Fixture();
  const Entity* person = FindEntity(list, "gb_hmt_sanctions:13900");
  ASSERT_NE(person, nullptr);
  EXPECT_TRUE(HasName(*person, "نور ولی محسود", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*person, "Abu Mansoor Asim", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*person, "Noor Wali Mehsud", NameKind::kStrongAlias));  // name variation
  // The row of this group that comes after other groups is still merged in, as a weak alias.
  EXPECT_TRUE(HasName(*person, "Mullah Radio", NameKind::kWeakAlias));
  EXPECT_EQ(person->names.size(), 5u);
  for (const Name& name : person->names) {
    if (name.full == "Abu Mansoor Asim") {
      EXPECT_EQ(name.type, "AKA");
    }
    if (name.full == "نور ولی محسود") {
      EXPECT_EQ(name.script, Script::kArabic);
    }
  }
  const Entity* org = FindEntity(list, "gb_hmt_sanctions:12000");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->Caption(), "TEST TRADING COMPANY (TTC)");
  EXPECT_EQ(org->names[0].family, "");  // only people have name parts
  EXPECT_TRUE(HasName(*org, "TTC", NameKind::kWeakAlias));
}

TEST(UkHmtCsvParser, ReadsEnumeratedAndRepeatedDetailsOnce) {
  LoadedList list = Fixture();
  const Entity* person = FindEntity(list, "gb_hmt_sanctions:13900");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(Dates(*person), std::vector<std::string>{"1978-06-26"});
  EXPECT_EQ(person->birth_places, std::vector<std::string>{"Tank, Pakistan"});
  EXPECT_EQ(person->nationalities, (std::vector<std::string>{"Pakistan", "Afghanistan"}));
  EXPECT_EQ(person->titles,
            (std::vector<std::string>{"Mufti", "Leader of the Test Movement", "Former deputy"}));
  EXPECT_EQ(person->identifiers,
            (std::vector<Identifier>{{"Passport", "AB1234567", ""},
                                     {"Passport", "CD7654321", ""},
                                     {"National ID No.", "12345-6789012-3", ""}}));
  EXPECT_EQ(person->addresses,
            std::vector<std::string>{"House 12, Street 4, Lamman, Paktika Province, Afghanistan"});
  EXPECT_EQ(person->countries, std::vector<std::string>{"Afghanistan"});
  EXPECT_EQ(person->programs, std::vector<std::string>{"ISIL (Da'esh) and Al-Qaida"});
  EXPECT_EQ(person->listed_on, "2020-07-16");
  EXPECT_EQ(person->remarks,
            std::vector<std::string>{"(UK Sanctions List Ref):AQD0001. Leader of a test group."});
}

TEST(UkHmtCsvParser, ReadsDatesWithUnknownDayOrMonth) {
  LoadedList list = Fixture();
  const Entity* person = FindEntity(list, "gb_hmt_sanctions:14200");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(Dates(*person), (std::vector<std::string>{"1964", "1964-05"}));
  EXPECT_EQ(person->birth_places, std::vector<std::string>{"Russia"});
  EXPECT_TRUE(HasName(*person, "Светлана Петровна Иванова", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*person, "Svetlana IVANOVA", NameKind::kStrongAlias));
}

TEST(UkHmtCsvParser, ReadsEntityAddressesAndShipImo) {
  LoadedList list = Fixture();
  const Entity* org = FindEntity(list, "gb_hmt_sanctions:12000");
  ASSERT_NE(org, nullptr);
  EXPECT_EQ(org->addresses, std::vector<std::string>{
                                "Al-Qadisiyah Street, Building 7, Floor 2, Mosul, 41001, Iraq"});
  EXPECT_EQ(org->listed_on, "2011-07-29");
  EXPECT_TRUE(org->birth_dates.empty());
  const Entity* ship = FindEntity(list, "gb_hmt_sanctions:16500");
  ASSERT_NE(ship, nullptr);
  EXPECT_EQ(ship->Caption(), "NORTHERN TEST");
  EXPECT_EQ(ship->identifiers, std::vector<Identifier>{(Identifier{"IMO", "9243148", ""})});
  EXPECT_EQ(ship->programs, std::vector<std::string>{"Russia"});
}

TEST(UkHmtCsvParser, FindsColumnsByNameInAnyOrder) {
  std::string csv(kShortHeader);
  csv += "7001,Individual,Anna,TESTOVA,Primary name,,00/00/1970,Russia\n";
  csv += "7001,Individual,Anya,,AKA,Low,,Russia\n";
  LoadedList list = ParseOrFail(csv, ListFormat::kUkHmtCsv);
  EXPECT_EQ(list.published, "2024-05-24");
  ASSERT_EQ(list.entities.size(), 1u);
  const Entity& entity = list.entities[0];
  EXPECT_EQ(entity.Caption(), "Anna TESTOVA");
  EXPECT_TRUE(HasName(entity, "Anya", NameKind::kWeakAlias));
  EXPECT_EQ(Dates(entity), std::vector<std::string>{"1970"});
}

TEST(UkHmtCsvParser, ReadsAHeaderWithoutTheLastUpdatedLine) {
  std::string csv =
      "Name 6,Name 1,Group Type,Alias Type,Group ID\r\n"
      "\"SMITH, JR\",\"John\",Individual,Primary name,1\r\n";
  LoadedList list = ParseOrFail(csv, ListFormat::kUkHmtCsv);
  EXPECT_EQ(list.published, "");
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].Caption(), "John SMITH, JR");
}

TEST(UkHmtCsvParser, GroupWithoutPrimaryRowPromotesItsFirstName) {
  std::string csv(kShortHeader);
  csv += "8,Entity,,ALPHA LTD,AKA,,,Iran\n8,Entity,,ALPHA LIMITED,AKA,,,Iran\n";
  LoadedList list = ParseOrFail(csv, ListFormat::kUkHmtCsv);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].names[0].full, "ALPHA LTD");
  EXPECT_EQ(list.entities[0].names[0].kind, NameKind::kPrimary);
  EXPECT_TRUE(HasName(list.entities[0], "ALPHA LIMITED", NameKind::kStrongAlias));
}

TEST(UkHmtCsvParser, KeepsQuotedNewlinesAndOddUnicode) {
  std::string csv(kShortHeader);
  csv += "9,Individual,\"Zoë\u00A0Ḥ̣asan\",\"O'BRIEN-\n\u00C5NGSTR\u00D6M\",Primary name,,,UK\n";
  LoadedList list = ParseOrFail(csv, ListFormat::kUkHmtCsv);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].Caption(), "Zoë Ḥ̣asan O'BRIEN- ÅNGSTRÖM");
}

TEST(UkHmtCsvParser, UnknownGroupTypeIsWarnedAndReadAsLegalEntity) {
  std::string csv(kShortHeader);
  csv += "10,Aircraft,,TEST AIR,Primary name,,,Iran\n";
  LoadedList list = ParseOrFail(csv, ListFormat::kUkHmtCsv, "ConList.csv");
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].schema, Schema::kLegalEntity);
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_EQ(list.warnings[0].line, 3u);
}

TEST(UkHmtCsvParser, RowWithoutGroupIdIsBadRecordWithLine) {
  std::string csv(kShortHeader);
  csv += "1,Entity,,ONE,Primary name,,,Iran\n,Entity,,TWO,Primary name,,,Iran\n";
  Status status = ParseError(csv, ListFormat::kUkHmtCsv, "ConList.csv");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("ConList.csv:4:"), std::string::npos) << status.ToString();
  EXPECT_NE(status.ToString().find("Group ID"), std::string::npos) << status.ToString();
}

TEST(UkHmtCsvParser, RowWithoutNameIsBadRecordWithLine) {
  std::string csv(kShortHeader);
  csv += "1,Entity,,,Primary name,,,Iran\n";
  Status status = ParseError(csv, ListFormat::kUkHmtCsv, "ConList.csv");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("ConList.csv:3:"), std::string::npos) << status.ToString();
}

TEST(UkHmtCsvParser, LenientModeSkipsAndCountsBadRows) {
  std::string csv(kShortHeader);
  csv += "1,Entity,,ONE,Primary name,,,Iran\n";
  csv += ",Entity,,TWO,Primary name,,,Iran\n";
  csv += "1,Entity,,,AKA,,,Iran\n";
  csv += ",,,,,,,\n";  // an empty row is not a record
  csv += "4,Entity,,FOUR,Primary name,,,Iran\n";
  LoadedList list = ParseOrFail(csv, ListFormat::kUkHmtCsv, "ConList.csv", /*lenient=*/true);
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.entities[0].Caption(), "ONE");
  EXPECT_EQ(list.entities[1].Caption(), "FOUR");
  EXPECT_EQ(list.skipped_records, 2u);
  EXPECT_EQ(list.warnings.size(), 2u);
}

TEST(UkHmtCsvParser, UnclosedQuoteIsFileErrorWithLine) {
  std::string csv(kShortHeader);
  csv += "1,Entity,,ONE,Primary name,,,Iran\n2,Entity,,\"TWO,Primary name,,,Iran\n";
  Status status = ParseError(csv, ListFormat::kUkHmtCsv, "ConList.csv");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("ConList.csv:4:"), std::string::npos) << status.ToString();
}

TEST(UkHmtCsvParser, FileWithoutTheExpectedHeaderIsFileError) {
  Status status = ParseError("Last Updated,01/01/2024\nid,name\n1,Alpha\n", ListFormat::kUkHmtCsv,
                             "ConList.csv");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("ConList.csv:2:"), std::string::npos) << status.ToString();
  EXPECT_NE(status.ToString().find("Group ID"), std::string::npos) << status.ToString();
  EXPECT_FALSE(ParseError("", ListFormat::kUkHmtCsv).ok());
  EXPECT_FALSE(ParseError("Last Updated,01/01/2024\n", ListFormat::kUkHmtCsv).ok());
}

TEST(UkHmtCsvParser, OversizeFieldIsBadRecord) {
  std::string csv(kShortHeader);
  csv += "1,Entity,," + std::string(500, 'X') + ",Primary name,,,Iran\n";
  csv += "2,Entity,,TWO,Primary name,,,Iran\n";
  LoadOptions options;
  options.format = ListFormat::kUkHmtCsv;
  options.max_field_bytes = 100;
  auto strict = ParseListBytes(csv, "ConList.csv", options);
  ASSERT_FALSE(strict.has_value());
  EXPECT_NE(strict.error().ToString().find("ConList.csv:3:"), std::string::npos);
  options.lenient = true;
  auto lenient = ParseListBytes(csv, "ConList.csv", options);
  ASSERT_TRUE(lenient.has_value());
  ASSERT_EQ(lenient->entities.size(), 1u);
  EXPECT_EQ(lenient->skipped_records, 1u);
}

TEST(UkHmtCsvParser, DetectsTheFormatFromTheFirstLine) {
  LoadOptions options;
  auto list = ParseListBytes(ReadFixture("ConList_small.csv"), "ConList.csv", options);
  ASSERT_TRUE(list.has_value()) << list.error().ToString();
  EXPECT_EQ(list->format, ListFormat::kUkHmtCsv);
  EXPECT_EQ(list->entities.size(), 4u);
}

}  // namespace
}  // namespace cordon
