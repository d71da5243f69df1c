// Cordon's own CSV list format (docs/formats.md, "Cordon CSV list format").
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

constexpr ListFormat kCsv = ListFormat::kCordonCsv;

TEST(CordonCsvParser, ReadsEveryColumn) {
  LoadedList list = ParseOrFail(
      "id,name,schema,aliases,weak_aliases,birth_date,birth_place,country,nationality,"
      "addresses,identifiers,programs,listed_on,remarks,gender,titles\n"
      "p1,Ayman al-Zawahiri,Person,Ayman Al-Zawahari; أيمن محمد ربيع الظواهري,Abu Fatma;Abu "
      "Mohammed,1951-06-19,\"Giza, Egypt\",AF;PK,EG,\"Somewhere, AF\","
      "Passport:1084010:EG;Passport:19820215,SDGT;UN 1267,2001-01-25,\"Leader, deceased\","
      "Male,Dr.;Leader\n",
      kCsv, "own.csv");
  ASSERT_EQ(list.entities.size(), 1u);
  const Entity& e = list.entities[0];
  EXPECT_EQ(e.id, "own:p1");
  EXPECT_EQ(e.schema, Schema::kPerson);
  EXPECT_EQ(e.names[0].full, "Ayman al-Zawahiri");
  EXPECT_EQ(e.names[0].kind, NameKind::kPrimary);
  EXPECT_TRUE(HasName(e, "Ayman Al-Zawahari", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(e, "أيمن محمد ربيع الظواهري", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(e, "Abu Fatma", NameKind::kWeakAlias));
  EXPECT_TRUE(HasName(e, "Abu Mohammed", NameKind::kWeakAlias));
  ASSERT_EQ(e.birth_dates.size(), 1u);
  EXPECT_EQ(e.birth_dates[0].ToString(), "1951-06-19");
  EXPECT_EQ(e.birth_places, std::vector<std::string>{"Giza, Egypt"});
  EXPECT_EQ(e.countries, (std::vector<std::string>{"AF", "PK"}));
  EXPECT_EQ(e.nationalities, std::vector<std::string>{"EG"});
  EXPECT_EQ(e.addresses, std::vector<std::string>{"Somewhere, AF"});
  ASSERT_EQ(e.identifiers.size(), 2u);
  EXPECT_EQ(e.identifiers[0], (Identifier{"Passport", "1084010", "EG"}));
  EXPECT_EQ(e.identifiers[1], (Identifier{"Passport", "19820215", ""}));
  EXPECT_EQ(e.programs, (std::vector<std::string>{"SDGT", "UN 1267"}));
  EXPECT_EQ(e.listed_on, "2001-01-25");
  EXPECT_EQ(e.remarks, std::vector<std::string>{"Leader, deceased"});
  EXPECT_EQ(e.gender, "male");
  EXPECT_EQ(e.titles, (std::vector<std::string>{"Dr.", "Leader"}));
  EXPECT_TRUE(list.warnings.empty());
}

TEST(CordonCsvParser, HeaderIsCaseInsensitiveInAnyOrder) {
  LoadedList list = ParseOrFail(
      "\xEF\xBB\xBF NAME ,Programs,ID\r\n"
      "Tehrik-e Taliban Pakistan,FTO,ttp\r\n",
      kCsv);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].list_id, "ttp");
  EXPECT_EQ(list.entities[0].names[0].full, "Tehrik-e Taliban Pakistan");
  EXPECT_EQ(list.entities[0].programs, std::vector<std::string>{"FTO"});
}

TEST(CordonCsvParser, SchemaDefaultsToLegalEntity) {
  LoadedList list = ParseOrFail(
      "id,name,schema\n"
      "a,Alpha,\n"
      "b,Bravo,company\n"
      "c,Charlie,Individual\n"
      "d,Delta,VESSEL\n"
      "e,Echo,Aircraft\n",
      kCsv);
  ASSERT_EQ(list.entities.size(), 5u);
  EXPECT_EQ(list.entities[0].schema, Schema::kLegalEntity);
  EXPECT_EQ(list.entities[1].schema, Schema::kCompany);
  EXPECT_EQ(list.entities[2].schema, Schema::kPerson);
  EXPECT_EQ(list.entities[3].schema, Schema::kVessel);
  EXPECT_EQ(list.entities[4].schema, Schema::kAircraft);
  LoadedList no_column = ParseOrFail("id,name\nx,Xray\n", kCsv);
  ASSERT_EQ(no_column.entities.size(), 1u);
  EXPECT_EQ(no_column.entities[0].schema, Schema::kLegalEntity);
}

TEST(CordonCsvParser, ReadsBirthDateRangesAndApproximateDates) {
  LoadedList list = ParseOrFail(
      "id,name,birth_date\n"
      "a,Alpha,1962;1962-03;1962-03-14\n"
      "b,Bravo,1973..1974\n"
      "c,Charlie,~1960\n"
      "d,Delta,~1960-01..1962-12\n",
      kCsv);
  ASSERT_EQ(list.entities.size(), 4u);
  const auto& a = list.entities[0].birth_dates;
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].ToString(), "1962");
  EXPECT_EQ(a[1].ToString(), "1962-03");
  EXPECT_EQ(a[2].ToString(), "1962-03-14");
  ASSERT_EQ(list.entities[1].birth_dates.size(), 1u);
  EXPECT_TRUE(list.entities[1].birth_dates[0].is_range());
  EXPECT_EQ(list.entities[1].birth_dates[0].ToString(), "1973..1974");
  EXPECT_TRUE(list.entities[2].birth_dates[0].approximate);
  EXPECT_EQ(list.entities[2].birth_dates[0].ToString(), "~1960");
  EXPECT_EQ(list.entities[3].birth_dates[0].ToString(), "~1960-01..1962-12");
}

TEST(CordonCsvParser, IdentifierValuesMayHoldColons) {
  LoadedList list = ParseOrFail(
      "id,name,identifiers\n"
      "a,Alpha,\"National Foreign ID:RNE: W031645-8:BR;Website:https://example.org;"
      "IMO:9999999\"\n",
      kCsv);
  ASSERT_EQ(list.entities.size(), 1u);
  const auto& ids = list.entities[0].identifiers;
  ASSERT_EQ(ids.size(), 3u);
  EXPECT_EQ(ids[0], (Identifier{"National Foreign ID", "RNE: W031645-8", "BR"}));
  EXPECT_EQ(ids[1], (Identifier{"Website", "https://example.org", ""}));
  EXPECT_EQ(ids[2], (Identifier{"IMO", "9999999", ""}));
}

TEST(CordonCsvParser, WarnsOnceAboutEachUnknownColumn) {
  LoadedList list = ParseOrFail(
      "id,name,source_url,notes\n"
      "a,Alpha,https://example.org,x\n"
      "b,Bravo,https://example.org,y\n",
      kCsv);
  EXPECT_EQ(list.entities.size(), 2u);
  ASSERT_EQ(list.warnings.size(), 2u);
  EXPECT_EQ(list.warnings[0].line, 1u);
  EXPECT_NE(list.warnings[0].message.find("unknown column \"source_url\""), std::string::npos);
  EXPECT_NE(list.warnings[1].message.find("\"notes\""), std::string::npos);
}

TEST(CordonCsvParser, MissingRequiredColumnIsFileError) {
  Status no_id = ParseError("name,aliases\nAlpha,A\n", kCsv);
  ASSERT_FALSE(no_id.ok());
  EXPECT_NE(no_id.message().find("test-input:1:"), std::string::npos) << no_id.ToString();
  EXPECT_NE(no_id.message().find("no \"id\" column"), std::string::npos) << no_id.ToString();

  Status no_name = ParseError("id,alias\na,Alpha\n", kCsv);
  ASSERT_FALSE(no_name.ok());
  EXPECT_NE(no_name.message().find("no \"name\" column"), std::string::npos);

  // Lenient mode does not help: the file as a whole is wrong.
  LoadOptions options;
  options.format = kCsv;
  options.lenient = true;
  EXPECT_FALSE(ParseListBytes("name\nAlpha\n", "x.csv", options).has_value());

  Status twice = ParseError("id,name,Name\na,Alpha,Beta\n", kCsv);
  ASSERT_FALSE(twice.ok());
  EXPECT_NE(twice.message().find("appears twice"), std::string::npos);

  Status empty = ParseError("", kCsv);
  ASSERT_FALSE(empty.ok());
  EXPECT_NE(empty.message().find("header row"), std::string::npos);
}

TEST(CordonCsvParser, BadRowsNameLineAndColumn) {
  struct Case {
    const char* row;
    const char* expected;
  };
  const Case cases[] = {
      {",Alpha,,,,,", "test-input:3: column id: id is empty"},
      {"a,,,,,,", "test-input:3: column name: name is empty"},
      {"a,Alpha,Spaceship,,,,", "test-input:3: column schema: unknown schema \"Spaceship\""},
      {"a,Alpha,Family,,,,", "column schema: unknown schema \"Family\""},
      {"a,Alpha,,03/04/1962,,,", "test-input:3: column birth_date: \"03/04/1962\" is not a date"},
      {"a,Alpha,,1962-02-30,,,", "column birth_date: \"1962-02-30\""},
      {"a,Alpha,,1975..1970,,,", "column birth_date: \"1975..1970\""},
      {"a,Alpha,,,yesterday,,", "test-input:3: column listed_on: \"yesterday\" is not an ISO"},
      {"a,Alpha,,,,unknown,", "test-input:3: column gender: gender \"unknown\""},
      {"a,Alpha,,,,,12345", "test-input:3: column identifiers: identifier \"12345\""},
      {"a,Alpha,,,,,:123", "column identifiers: identifier \":123\""},
      {"a,Alpha,Person,,,,,extra", "test-input:3: row has 8 fields but the header has 7"},
  };
  for (const Case& test : cases) {
    std::string input = std::string("id,name,schema,birth_date,listed_on,gender,identifiers\n") +
                        "z,Zulu,,,,,\n" + test.row + "\n";
    Status status = ParseError(input, kCsv);
    ASSERT_FALSE(status.ok()) << test.row;
    EXPECT_NE(status.message().find(test.expected), std::string::npos)
        << test.row << " -> " << status.ToString();
  }
}

TEST(CordonCsvParser, LenientModeSkipsAndCountsBadRows) {
  LoadedList list = ParseOrFail(
      "id,name,birth_date\n"
      "a,Alpha,1960\n"
      "b,Bravo,not a date\n"
      ",Charlie,\n"
      "d,Delta,\n",
      kCsv, "test-input", /*lenient=*/true);
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.entities[1].list_id, "d");
  EXPECT_EQ(list.skipped_records, 2u);
  ASSERT_EQ(list.warnings.size(), 2u);
  EXPECT_EQ(list.warnings[0].line, 3u);
  EXPECT_EQ(list.warnings[1].line, 4u);
}

TEST(CordonCsvParser, RepeatedIdIsAClash) {
  LoadedList list = ParseOrFail("id,name\na,Alpha\na,Another Alpha\n", kCsv);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].names[0].full, "Alpha");
  EXPECT_EQ(list.skipped_records, 1u);
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_EQ(list.warnings[0].line, 3u);
  EXPECT_NE(list.warnings[0].message.find("id clash"), std::string::npos);
}

TEST(CordonCsvParser, QuotedFieldsShortRowsAndBlankRows) {
  LoadedList list = ParseOrFail(
      "id,name,aliases,remarks\n"
      "a,\"Alpha, Ltd.\",\"Alpha \"\"The First\"\"\",\"two\nlines\"\n"
      ",,,\n"
      "\n"
      "b,Bravo\n",
      kCsv);
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.entities[0].names[0].full, "Alpha, Ltd.");
  EXPECT_TRUE(HasName(list.entities[0], "Alpha \"The First\"", NameKind::kStrongAlias));
  EXPECT_EQ(list.entities[0].remarks, std::vector<std::string>{"two\nlines"});
  EXPECT_EQ(list.entities[1].names.size(), 1u);
  EXPECT_TRUE(list.warnings.empty());
}

TEST(CordonCsvParser, UnclosedQuoteIsFileError) {
  LoadOptions options;
  options.format = kCsv;
  options.lenient = true;
  auto list = ParseListBytes("id,name\na,Alpha\nb,\"Bravo\nc,Charlie\n", "q.csv", options);
  ASSERT_FALSE(list.has_value());
  EXPECT_NE(list.error().message().find("q.csv:3:"), std::string::npos) << list.error().ToString();
}

TEST(CordonCsvParser, OversizedCellIsBadRecord) {
  LoadOptions options;
  options.format = kCsv;
  options.max_field_bytes = 8;
  auto list = ParseListBytes("id,name\na,A very long name indeed\n", "big.csv", options);
  ASSERT_FALSE(list.has_value());
  EXPECT_NE(list.error().message().find("big.csv:2: field name is"), std::string::npos)
      << list.error().ToString();
}

TEST(CordonCsvParser, DetectedFromHeaderAndNamedAfterFile) {
  LoadOptions options;
  auto lists = LoadLists(CORDON_TEST_DATA_DIR "/csv/national_list.csv", options);
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.format, kCsv);
  EXPECT_EQ(list.dataset, "national_list");
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_TRUE(list.warnings.empty());
  const Entity* ttp = FindEntity(list, "national_list:ttp");
  ASSERT_NE(ttp, nullptr);
  EXPECT_TRUE(HasName(*ttp, "تحریک طالبان پاکستان", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*ttp, "TTP", NameKind::kWeakAlias));
  const Entity* person = FindEntity(list, "national_list:example-person");
  ASSERT_NE(person, nullptr);
  ASSERT_EQ(person->birth_dates.size(), 1u);
  EXPECT_EQ(person->birth_dates[0].ToString(), "~1960..1962");
  ASSERT_EQ(person->identifiers.size(), 2u);
  EXPECT_EQ(person->identifiers[1], (Identifier{"National ID", "AB 12 34 56 C", ""}));
}

// The example list shipped in data/ and used when no --list is given.
TEST(CordonCsvParser, ExampleListParsesCleanly) {
  LoadOptions options;
  options.format = kCsv;
  auto lists = LoadLists(CORDON_TEST_DATA_DIR "/../../data/example_list.csv", options);
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.dataset, "example_list");
  EXPECT_TRUE(list.warnings.empty());
  EXPECT_EQ(list.skipped_records, 0u);
  EXPECT_GE(list.entities.size(), 10u);
  EXPECT_LE(list.entities.size(), 20u);
  const Entity* ttp = FindEntity(list, "example_list:ttp");
  ASSERT_NE(ttp, nullptr);
  EXPECT_EQ(ttp->schema, Schema::kOrganization);
  EXPECT_TRUE(HasName(*ttp, "تحریک طالبان پاکستان", NameKind::kStrongAlias));
  const Entity* bla = FindEntity(list, "example_list:bla");
  ASSERT_NE(bla, nullptr);
  EXPECT_TRUE(HasName(*bla, "Majeed Brigade", NameKind::kStrongAlias));
  const Entity* mehsud = FindEntity(list, "example_list:noor-wali-mehsud");
  ASSERT_NE(mehsud, nullptr);
  EXPECT_EQ(mehsud->schema, Schema::kPerson);
  ASSERT_EQ(mehsud->birth_dates.size(), 1u);
  EXPECT_EQ(mehsud->birth_dates[0].ToString(), "1978-06-26");
  for (const Entity& e : list.entities) {
    EXPECT_FALSE(e.programs.empty()) << e.id;
    EXPECT_TRUE(IsScreenable(e.schema)) << e.id;
  }
}

}  // namespace
}  // namespace cordon
