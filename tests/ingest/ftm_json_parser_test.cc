// FollowTheMoney JSON lines: hand-written fixtures, then the real OpenSanctions sample and the
// dev index from ../shared.
#include <algorithm>
#include <map>
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

constexpr ListFormat kFtm = ListFormat::kFtmJson;

TEST(FtmJsonParser, ReadsPersonProperties) {
  LoadedList list = ParseOrFail(
      R"({"id": "p1", "schema": "Person", "datasets": ["test_ds"], "properties": {)"
      R"("name": ["Ismail Abdul Salah HANIYA", "Ismail Haniyeh"], "alias": ["Abu al-Abd"],)"
      R"("previousName": ["Old Name"], "weakAlias": ["Abu Abd"], "birthDate": ["1962-03"],)"
      R"("birthPlace": ["Al-Shati"], "nationality": ["ps"], "citizenship": ["eg"],)"
      R"("country": ["ps"], "address": ["Gaza City"], "passportNumber": ["A123"],)"
      R"("idNumber": ["9000"], "program": ["SDGT"], "programId": ["US-SDGT"],)"
      R"("topics": ["sanction"], "gender": ["Male"], "notes": ["a note"], "summary": ["sum"],)"
      R"("position": ["Leader"], "title": ["Dr."], "createdAt": ["2018-01-31T10:00:00"]}})",
      kFtm);
  ASSERT_EQ(list.entities.size(), 1u);
  const Entity& e = list.entities[0];
  EXPECT_EQ(e.id, "test_ds:p1");
  EXPECT_EQ(e.schema, Schema::kPerson);
  ASSERT_FALSE(e.names.empty());
  EXPECT_EQ(e.names[0].full, "Ismail Abdul Salah HANIYA");
  EXPECT_EQ(e.names[0].kind, NameKind::kPrimary);
  EXPECT_TRUE(HasName(e, "Ismail Haniyeh", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(e, "Abu al-Abd", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(e, "Old Name", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(e, "Abu Abd", NameKind::kWeakAlias));
  ASSERT_EQ(e.birth_dates.size(), 1u);
  EXPECT_EQ(e.birth_dates[0].ToString(), "1962-03");
  EXPECT_EQ(e.birth_places, std::vector<std::string>{"Al-Shati"});
  EXPECT_EQ(e.nationalities, (std::vector<std::string>{"ps", "eg"}));
  EXPECT_EQ(e.countries, std::vector<std::string>{"ps"});
  EXPECT_EQ(e.addresses, std::vector<std::string>{"Gaza City"});
  EXPECT_TRUE(std::find(e.identifiers.begin(), e.identifiers.end(),
                        Identifier{"passportNumber", "A123", ""}) != e.identifiers.end());
  EXPECT_TRUE(std::find(e.identifiers.begin(), e.identifiers.end(),
                        Identifier{"idNumber", "9000", ""}) != e.identifiers.end());
  EXPECT_EQ(e.programs, (std::vector<std::string>{"SDGT", "US-SDGT"}));
  EXPECT_EQ(e.gender, "male");
  EXPECT_EQ(e.remarks, (std::vector<std::string>{"a note", "sum"}));
  EXPECT_EQ(e.titles, (std::vector<std::string>{"Leader", "Dr."}));
  EXPECT_EQ(e.listed_on, "2018-01-31");
}

TEST(FtmJsonParser, EntityDatasetIsFirstOfDatasets) {
  LoadedList list = ParseOrFail(
      R"j({"id": "12206", "schema": "Organization", "datasets": ["us_ofac_sdn", "other"],)j"
      R"j( "properties": {"name": ["TEHRIK-E TALIBAN PAKISTAN (TTP)"]}})j",
      kFtm);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].id, "us_ofac_sdn:12206");
  EXPECT_EQ(list.entities[0].dataset, "us_ofac_sdn");
  EXPECT_EQ(list.entities[0].list_id, "12206");
}

TEST(FtmJsonParser, UsesListDatasetWithoutDatasets) {
  LoadedList list =
      ParseOrFail(R"({"id": "x1", "schema": "Company", "properties": {"name": ["ACME"]}})", kFtm,
                  "my_list.ftm.json");
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].id, "my_list:x1");
}

TEST(FtmJsonParser, SplitsGivenAndFamilyWhenClear) {
  LoadedList list = ParseOrFail(
      R"({"id": "p1", "schema": "Person", "properties": {"name": ["Ivan Ivanovich Petrov"],)"
      R"( "firstName": ["Ivan"], "fatherName": ["Ivanovich"], "lastName": ["Petrov"]}})"
      "\n"
      R"({"id": "p2", "schema": "Person", "properties": {"name": ["Maryam Alasfour"],)"
      R"( "firstName": ["Maryam", "Mariam"], "lastName": ["Alasfour"]}})"
      "\n"
      R"({"id": "p3", "schema": "Person", "properties": {"name": ["Abdullah bin Bandar Al Saud"],)"
      R"( "firstName": ["Abdullah"], "fatherName": ["Bandar bin Abdulaziz"],)"
      R"( "lastName": ["Al Saud"]}})",
      kFtm);
  ASSERT_EQ(list.entities.size(), 3u);
  EXPECT_EQ(list.entities[0].names[0].given, "Ivan Ivanovich");
  EXPECT_EQ(list.entities[0].names[0].family, "Petrov");
  EXPECT_EQ(list.entities[1].names[0].given, "");  // two first names: not clear
  EXPECT_EQ(list.entities[1].names[0].family, "");
  EXPECT_EQ(list.entities[2].names[0].given, "Abdullah");  // the father's full name is left out
  EXPECT_EQ(list.entities[2].names[0].family, "Al Saud");
}

TEST(FtmJsonParser, NamesFromCaptionOrPartsWhenNoNameProperty) {
  LoadedList list =
      ParseOrFail(R"({"id": "c1", "schema": "Person", "caption": "Abdullah bin Bandar",)"
                  R"( "properties": {"alias": ["Abdullah bin Bandar", "A. bin Bandar"]}})"
                  "\n"
                  R"({"id": "c2", "schema": "Person", "properties": {"firstName": ["Zeina"],)"
                  R"( "lastName": ["Yazigi"]}})",
                  kFtm);
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.entities[0].names[0].full, "Abdullah bin Bandar");
  EXPECT_EQ(list.entities[0].names[0].kind, NameKind::kPrimary);
  EXPECT_EQ(list.entities[0].names.size(), 2u);  // the alias repeating the caption is dropped
  EXPECT_EQ(list.entities[1].names[0].full, "Zeina Yazigi");
  EXPECT_EQ(list.entities[1].names[0].given, "Zeina");
  EXPECT_EQ(list.entities[1].names[0].family, "Yazigi");
}

TEST(FtmJsonParser, KeepsRelationshipsWithRelatedIds) {
  LoadedList list = ParseOrFail(
      R"({"id": "fam1", "schema": "Family", "caption": "Family", "datasets": ["peps"],)"
      R"( "properties": {"person": ["Q1"], "relative": ["Q2"], "relationship": ["sibling"]}})"
      "\n"
      R"({"id": "pos1", "schema": "Position", "properties": {"name": ["Minister of Health"],)"
      R"( "country": ["sa"]}})"
      "\n"
      R"({"id": "san1", "schema": "Sanction", "properties": {"entity": ["Q1"],)"
      R"( "program": ["SDGT"], "listingDate": ["2019-09-10"]}})",
      kFtm);
  ASSERT_EQ(list.entities.size(), 3u);
  const Entity& family = list.entities[0];
  EXPECT_EQ(family.schema, Schema::kRelationship);
  EXPECT_FALSE(IsScreenable(family.schema));
  EXPECT_TRUE(family.names.empty());  // the caption "Family" is a label, not a name
  EXPECT_EQ(family.related, (std::vector<std::string>{"peps:Q1", "peps:Q2"}));
  const Entity& position = list.entities[1];
  EXPECT_EQ(position.schema, Schema::kRelationship);
  EXPECT_TRUE(HasName(position, "Minister of Health", NameKind::kPrimary));
  const Entity& sanction = list.entities[2];
  EXPECT_EQ(sanction.related, std::vector<std::string>{"test-input:Q1"});
  EXPECT_EQ(sanction.programs, std::vector<std::string>{"SDGT"});
  EXPECT_EQ(sanction.listed_on, "2019-09-10");
}

TEST(FtmJsonParser, MapsOtherFtmSchemas) {
  LoadedList list = ParseOrFail(
      R"({"id": "a", "schema": "PublicBody", "properties": {"name": ["Ministry of Defence"]}})"
      "\n"
      R"({"id": "b", "schema": "Airplane", "properties": {"name": ["EP-ABC"]}})"
      "\n"
      R"({"id": "c", "schema": "LegalEntity", "properties": {"name": ["Someone"]}})"
      "\n"
      R"({"id": "d", "schema": "CryptoWallet", "properties": {"holder": ["a"]}})",
      kFtm);
  ASSERT_EQ(list.entities.size(), 4u);
  EXPECT_EQ(list.entities[0].schema, Schema::kOrganization);
  EXPECT_EQ(list.entities[1].schema, Schema::kAircraft);
  EXPECT_EQ(list.entities[2].schema, Schema::kLegalEntity);
  EXPECT_EQ(list.entities[3].schema, Schema::kRelationship);
}

TEST(FtmJsonParser, UnknownSchemaIsBadRecord) {
  Status status = ParseError(
      "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n"
      "{\"id\": \"b\", \"schema\": \"Spaceship\", \"properties\": {\"name\": [\"B\"]}}\n",
      kFtm);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("test-input:2:"), std::string::npos) << status.ToString();
  EXPECT_NE(status.message().find("Spaceship"), std::string::npos);
}

TEST(FtmJsonParser, InvalidJsonNamesLineAndReason) {
  Status status = ParseError(
      "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n"
      "\n"
      "{\"id\": \"b\", \"schema\": \"Person\", \"properties\": {\"name\": [\"B\"]}\n",
      kFtm);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kParseError);
  EXPECT_NE(status.message().find("test-input:3: invalid JSON ("), std::string::npos)
      << status.ToString();
}

TEST(FtmJsonParser, PrettyPrintedJsonGetsAHint) {
  Status status = ParseError("{\n  \"id\": \"a\",\n  \"schema\": \"Person\"\n}\n", kFtm);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("test-input:1:"), std::string::npos);
  EXPECT_NE(status.message().find("one JSON object per line"), std::string::npos);
}

TEST(FtmJsonParser, StructuralErrorsNameTheField) {
  struct Case {
    const char* line;
    const char* expected;
  };
  const Case cases[] = {
      {R"(["not", "an", "object"])", "holds an array, not an entity object"},
      {R"({"schema": "Person", "properties": {"name": ["A"]}})", "no \"id\""},
      {R"({"id": 12, "schema": "Person", "properties": {"name": ["A"]}})", "\"id\" is a number"},
      {R"({"id": "a", "properties": {"name": ["A"]}})", "no \"schema\""},
      {R"({"id": "a", "schema": "Person", "properties": ["A"]})", "\"properties\" is an array"},
      {R"({"id": "a", "schema": "Person", "properties": {"name": [1]}})",
       "property \"name\" holds a number"},
      {R"({"id": "a", "schema": "Person", "properties": {"birthDate": {"y": 1}}})",
       "property \"birthDate\" is an object"},
      {R"({"id": "a", "schema": "Person", "datasets": "x", "properties": {"name": ["A"]}})",
       "\"datasets\" is a string"},
      {R"({"id": "", "schema": "Person", "properties": {"name": ["A"]}})", "\"id\" is empty"},
      {R"({"id": "a", "schema": "Person", "properties": {"notes": ["no name"]}})", "has no name"},
  };
  for (const Case& test : cases) {
    Status status = ParseError(test.line, kFtm);
    ASSERT_FALSE(status.ok()) << test.line;
    EXPECT_NE(status.message().find("test-input:1:"), std::string::npos) << status.ToString();
    EXPECT_NE(status.message().find(test.expected), std::string::npos)
        << test.line << " -> " << status.ToString();
  }
}

TEST(FtmJsonParser, AcceptsBareStringValuesAndIgnoresOtherProperties) {
  LoadedList list =
      ParseOrFail(R"({"id": "a", "schema": "Person", "properties": {"name": "Single Name",)"
                  R"( "nationality": "SA", "activeYearsStartYear": 2010,)"
                  R"( "relatives": [{"relation": "spouse", "name": "X"}], "website": null}})",
                  kFtm);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].names[0].full, "Single Name");
  EXPECT_EQ(list.entities[0].nationalities, std::vector<std::string>{"SA"});
}

TEST(FtmJsonParser, WarnsAboutBirthDatesThatAreNotDates) {
  LoadedList list = ParseOrFail(R"({"id": "a", "schema": "Person", "properties": {"name": ["A B"],)"
                                R"( "birthDate": ["Unknown", "1941", "1941"]}})",
                                kFtm);
  ASSERT_EQ(list.entities.size(), 1u);
  ASSERT_EQ(list.entities[0].birth_dates.size(), 1u);
  EXPECT_EQ(list.entities[0].birth_dates[0].ToString(), "1941");
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_NE(list.warnings[0].message.find("\"Unknown\" is not a date"), std::string::npos);
  EXPECT_EQ(list.warnings[0].line, 1u);
}

TEST(FtmJsonParser, SkipsBlankLinesCrlfAndByteOrderMark) {
  LoadedList list = ParseOrFail(
      "\xEF\xBB\xBF{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\r\n"
      "\r\n   \n"
      "{\"id\": \"b\", \"schema\": \"Person\", \"properties\": {\"name\": [\"B\"]}}",
      kFtm);
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.entities[1].list_id, "b");
}

TEST(FtmJsonParser, ReadsEscapesAndOddUnicode) {
  LoadedList list = ParseOrFail(
      R"({"id": "u1", "schema": "Organization", "properties": {"name":)"
      R"( ["\u062a\u062d\u0631\u06cc\u06a9 \u0637\u0627\u0644\u0628\u0627\u0646"],)"
      R"( "alias": ["Tehrik-e\u00a0Taliban", "Line\nBreak", "Emoji \ud83d\ude00 Group"],)"
      R"( "notes": ["first line\nsecond line"]}})",
      kFtm);
  ASSERT_EQ(list.entities.size(), 1u);
  const Entity& e = list.entities[0];
  EXPECT_EQ(e.names[0].full, "تحریک طالبان");
  EXPECT_EQ(e.names[0].script, Script::kArabic);
  EXPECT_TRUE(HasName(e, "Line Break", NameKind::kStrongAlias));  // whitespace collapsed
  EXPECT_TRUE(HasName(e, "Emoji \xF0\x9F\x98\x80 Group", NameKind::kStrongAlias));
  EXPECT_EQ(e.remarks, std::vector<std::string>{"first line\nsecond line"});
}

TEST(FtmJsonParser, LenientModeCountsSkippedLines) {
  LoadedList list = ParseOrFail(
      "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"A\"]}}\n"
      "not json at all\n"
      "{\"id\": \"b\", \"schema\": \"Dragon\", \"properties\": {\"name\": [\"B\"]}}\n"
      "{\"id\": \"c\", \"schema\": \"Person\", \"properties\": {\"name\": [\"C\"]}}\n",
      kFtm, "test-input", /*lenient=*/true);
  EXPECT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.skipped_records, 2u);
  ASSERT_EQ(list.warnings.size(), 2u);
  EXPECT_EQ(list.warnings[0].line, 2u);
  EXPECT_EQ(list.warnings[1].line, 3u);
}

TEST(FtmJsonParser, RepeatedIdIsWarnedNotMerged) {
  LoadedList list = ParseOrFail(
      "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"First\"]}}\n"
      "{\"id\": \"a\", \"schema\": \"Person\", \"properties\": {\"name\": [\"Second\"]}}\n",
      kFtm);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].names[0].full, "First");
  EXPECT_EQ(list.skipped_records, 1u);
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_NE(list.warnings[0].message.find("id clash"), std::string::npos);
}

TEST(FtmJsonParser, OversizedFieldIsBadRecord) {
  LoadOptions options;
  options.format = kFtm;
  options.max_field_bytes = 16;
  auto list = ParseListBytes(
      R"({"id": "a", "schema": "Person", "properties": {"name": ["A name far too long for it"]}})",
      "big.json", options);
  ASSERT_FALSE(list.has_value());
  EXPECT_NE(list.error().message().find("big.json:1:"), std::string::npos);
  EXPECT_NE(list.error().message().find("over the limit"), std::string::npos);
}

TEST(FtmJsonParser, LoadsFixtureFileWithDatasetFromFileName) {
  LoadOptions options;
  auto lists = LoadLists(CORDON_TEST_DATA_DIR "/ftm/sample.ftm.json", options);
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 1u);
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.format, kFtm);
  EXPECT_EQ(list.dataset, "sample");
  ASSERT_EQ(list.entities.size(), 4u);
  EXPECT_TRUE(list.warnings.empty());
  const Entity* person = FindEntity(list, "test_list:ent-1");
  ASSERT_NE(person, nullptr);
  EXPECT_TRUE(HasName(*person, "Иван Иванович Петров", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*person, "Vanya", NameKind::kWeakAlias));
  const Entity* company = FindEntity(list, "sample:ent-2");
  ASSERT_NE(company, nullptr);
  EXPECT_EQ(company->schema, Schema::kCompany);
  EXPECT_EQ(company->listed_on, "2020-05-01");
  const Entity* vessel = FindEntity(list, "sample:ent-3");
  ASSERT_NE(vessel, nullptr);
  EXPECT_EQ(vessel->countries, std::vector<std::string>{"pa"});
  ASSERT_EQ(vessel->identifiers.size(), 1u);
  EXPECT_EQ(vessel->identifiers[0].type, "imoNumber");
  const Entity* ownership = FindEntity(list, "sample:own-1");
  ASSERT_NE(ownership, nullptr);
  EXPECT_EQ(ownership->related,
            (std::vector<std::string>{"sample:ent-1", "sample:ent-2", "sample:ent-3"}));
}

// The OpenSanctions sample (Saudi PEPs from Wikidata): 1,565 entities. The file is messy, as
// real exports are (bare strings for arrays, "Unknown" birth dates, a Person with only a
// caption): it must load in strict mode with those problems warned about, never skipped.
TEST(FtmJsonParser, LoadsOpenSanctionsSample) {
  CORDON_REQUIRE_SHARED(path,
                        "data/lists/opensanctions_sample/sa_wiki_peps_v2/entities.ftm.json.gz");
  LoadOptions options;
  auto lists = LoadLists(path, options);
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 1u);
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.format, kFtm);
  EXPECT_EQ(list.entities.size(), 1565u);
  EXPECT_EQ(list.skipped_records, 0u);
  std::size_t persons = 0;
  std::size_t relationships = 0;
  for (const Entity& e : list.entities) {
    EXPECT_EQ(e.dataset, "sa_wiki_peps_v2");
    persons += e.schema == Schema::kPerson;
    relationships += e.schema == Schema::kRelationship;
  }
  EXPECT_EQ(persons, 607u);
  EXPECT_EQ(relationships, 756u + 102u + 100u);  // Family, Occupancy, Position

  const Entity* fahd = FindEntity(list, "sa_wiki_peps_v2:Q183187");
  ASSERT_NE(fahd, nullptr);
  EXPECT_EQ(fahd->names[0].full, "فهد بن عبد العزيز آل سعود");
  EXPECT_EQ(fahd->names[0].script, Script::kArabic);
  EXPECT_TRUE(HasName(*fahd, "Fahd bin Abdulaziz Al Saud", NameKind::kStrongAlias));
  EXPECT_TRUE(fahd->HasOriginalScriptName());

  const Entity* caption_only = FindEntity(list, "sa_wiki_peps_v2:Q60195440");
  ASSERT_NE(caption_only, nullptr);
  EXPECT_TRUE(
      HasName(*caption_only, "Abdullah bin Bandar bin Abdulaziz Al Saud", NameKind::kPrimary));
  EXPECT_EQ(caption_only->gender, "male");
  ASSERT_EQ(caption_only->birth_dates.size(), 1u);
  EXPECT_EQ(caption_only->birth_dates[0].ToString(), "1986-08-07");

  const Entity* family = FindEntity(
      list, "sa_wiki_peps_v2:q100165767-family-6693027cb269b30df555603a63b9859422a3fb89");
  ASSERT_NE(family, nullptr);
  EXPECT_EQ(family->related,
            (std::vector<std::string>{"sa_wiki_peps_v2:Q100158039", "sa_wiki_peps_v2:Q100165767"}));
  for (const ListWarning& warning : list.warnings) {
    EXPECT_NE(warning.message.find("birthDate"), std::string::npos) << warning.ToString();
  }
}

// The dev index: 23,209 entities of five datasets, each named by the entity's own "datasets".
TEST(FtmJsonParser, LoadsDevIndexWithPerEntityDatasets) {
  CORDON_REQUIRE_SHARED(path, "data/eval/dev_index.ftm.json");
  LoadOptions options;
  auto lists = LoadLists(path, options);
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.entities.size(), 23209u);
  EXPECT_TRUE(list.warnings.empty());
  std::map<std::string, std::size_t> by_dataset;
  for (const Entity& e : list.entities) ++by_dataset[e.dataset];
  EXPECT_EQ(by_dataset["us_ofac_sdn"], 14965u);
  EXPECT_EQ(by_dataset["ca_dfatd_sema_sanctions"], 4759u);
  EXPECT_EQ(by_dataset["us_trade_csl"], 2039u);
  EXPECT_EQ(by_dataset["un_sc_sanctions"], 1003u);
  EXPECT_EQ(by_dataset["us_ofac_cons"], 443u);

  const Entity* ttp = FindEntity(list, "us_ofac_sdn:12206");
  ASSERT_NE(ttp, nullptr);
  EXPECT_EQ(ttp->schema, Schema::kOrganization);
  EXPECT_TRUE(HasName(*ttp, "TEHRIK-E TALIBAN PAKISTAN (TTP)", NameKind::kPrimary));
  const Entity* un_ttp = FindEntity(list, "un_sc_sanctions:QDe.132");
  ASSERT_NE(un_ttp, nullptr);
  EXPECT_TRUE(HasName(*un_ttp, "Pakistani Taliban", NameKind::kStrongAlias));
}

}  // namespace
}  // namespace cordon
