// OFAC CSV sets (sdn.csv + alt.csv + add.csv + sdn_comments.csv): hand-made fixtures
// (tests/data/ofac/sdn_csv/ and inline rows) and the real files in ../shared when present.
#include <algorithm>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cordon/ingest.h"

#include "ingest/ingest_test_util.h"
#include "ingest/parse_context.h"
#include "ingest/parsers.h"

namespace cordon {
namespace {

using testing::FindEntity;
using testing::HasName;

// The four files of a set, in memory; an empty string leaves that file out.
struct CsvSet {
  std::string primary;
  std::string aliases;
  std::string addresses;
  std::string comments;
};

Result<LoadedList> ParseSet(const CsvSet& set, bool lenient = false,
                            std::size_t max_field_bytes = 1 << 20) {
  LoadOptions options;
  options.lenient = lenient;
  options.max_field_bytes = max_field_bytes;
  LoadedList list;
  list.dataset = "us_ofac_sdn";
  ingest::ParseContext ctx(options, &list);
  ingest::SourceFile primary{"sdn.csv", set.primary};
  ingest::SourceFile aliases{"alt.csv", set.aliases};
  ingest::SourceFile addresses{"add.csv", set.addresses};
  ingest::SourceFile comments{"sdn_comments.csv", set.comments};
  ingest::OfacCsvFiles files;
  files.primary = &primary;
  if (!set.aliases.empty()) files.aliases = &aliases;
  if (!set.addresses.empty()) files.addresses = &addresses;
  if (!set.comments.empty()) files.comments = &comments;
  Status status = ingest::ParseOfacCsv(files, &ctx);
  if (!status.ok()) return status;
  return list;
}

LoadedList ParseSetOrFail(const CsvSet& set, bool lenient = false) {
  auto list = ParseSet(set, lenient);
  EXPECT_TRUE(list.has_value()) << list.error().ToString();
  return list ? std::move(*list) : LoadedList{};
}

// A primary row with the given columns 1-4 and Remarks; the vessel columns empty.
std::string Row(const std::string& ent_num, const std::string& name, const std::string& type,
                const std::string& program, const std::string& remarks = "-0- ") {
  return ent_num + ",\"" + name + "\"," + type + ",\"" + program +
         "\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ," + remarks + "\r\n";
}

LoadedList LoadFixtureDirectory() {
  auto lists = LoadLists(std::string(CORDON_TEST_DATA_DIR) + "/ofac/sdn_csv", LoadOptions{});
  EXPECT_TRUE(lists.has_value()) << lists.error().ToString();
  if (!lists || lists->size() != 1) return {};
  return std::move((*lists)[0]);
}

TEST(OfacCsvParser, ReadsPrimaryColumns) {
  LoadedList list = LoadFixtureDirectory();
  EXPECT_EQ(list.format, ListFormat::kOfacCsv);
  EXPECT_EQ(list.dataset, "us_ofac_sdn");
  ASSERT_EQ(list.entities.size(), 4u);
  const Entity& person = list.entities[0];
  EXPECT_EQ(person.id, "us_ofac_sdn:100");
  EXPECT_EQ(person.schema, Schema::kPerson);
  EXPECT_EQ(person.names[0].full, "Karim Abdul EXAMPLO");
  EXPECT_EQ(person.names[0].given, "Karim Abdul");
  EXPECT_EQ(person.names[0].family, "EXAMPLO");
  EXPECT_EQ(person.programs, (std::vector<std::string>{"SDGT", "FTO"}));
  EXPECT_EQ(person.titles, std::vector<std::string>{"Commander of the Example Brigade"});
  EXPECT_EQ(list.entities[1].schema, Schema::kOrganization);
  EXPECT_EQ(list.entities[2].schema, Schema::kVessel);
  EXPECT_EQ(list.entities[3].schema, Schema::kAircraft);
}

TEST(OfacCsvParser, ReadsDetailsFromRemarks) {
  LoadedList list = LoadFixtureDirectory();
  const Entity* person = FindEntity(list, "us_ofac_sdn:100");
  ASSERT_NE(person, nullptr);
  ASSERT_EQ(person->birth_dates.size(), 2u);
  EXPECT_EQ(person->birth_dates[0].ToString(), "1962-03-14");
  EXPECT_EQ(person->birth_dates[1].ToString(), "~1960");
  EXPECT_EQ(person->birth_places, std::vector<std::string>{"Quetta, Pakistan"});
  EXPECT_EQ(person->nationalities, (std::vector<std::string>{"Pakistan", "Afghanistan"}));
  EXPECT_EQ(person->gender, "male");
  EXPECT_EQ(person->identifiers, (std::vector<Identifier>{{"Passport", "A1234567", "Pakistan"}}));
  ASSERT_FALSE(person->remarks.empty());
  EXPECT_EQ(person->remarks[0].substr(0, 15), "DOB 14 Mar 1962");
  EXPECT_NE(person->remarks[0].find("Linked To: EXAMPLE LIBERATION FRONT"), std::string::npos);
}

TEST(OfacCsvParser, ReadsStrongAliasesFromAltAndWeakOnesFromRemarks) {
  LoadedList list = LoadFixtureDirectory();
  const Entity* person = FindEntity(list, "us_ofac_sdn:100");
  ASSERT_NE(person, nullptr);
  EXPECT_TRUE(HasName(*person, "Kareem EXEMPLO", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*person, "Sheikh ABU KARIM", NameKind::kWeakAlias));
  const Entity* group = FindEntity(list, "us_ofac_sdn:200");
  ASSERT_NE(group, nullptr);
  EXPECT_TRUE(HasName(*group, "FRONT FOR EXAMPLES", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*group, "ELF", NameKind::kWeakAlias));
  for (const Name& name : group->names) {
    if (name.full == "FRONT FOR EXAMPLES") {
      EXPECT_EQ(name.type, "f.k.a.");
    }
  }
}

TEST(OfacCsvParser, ReadsAddressesAndCountries) {
  LoadedList list = LoadFixtureDirectory();
  const Entity* person = FindEntity(list, "us_ofac_sdn:100");
  ASSERT_NE(person, nullptr);
  EXPECT_EQ(person->addresses,
            std::vector<std::string>{"House 12, Street 4, Quetta, Balochistan 87300, Pakistan"});
  EXPECT_EQ(person->countries, (std::vector<std::string>{"Pakistan", "Afghanistan"}));
}

TEST(OfacCsvParser, ReadsVesselAndAircraftColumns) {
  LoadedList list = LoadFixtureDirectory();
  const Entity* vessel = FindEntity(list, "us_ofac_sdn:300");
  ASSERT_NE(vessel, nullptr);
  std::vector<Identifier> expected = {
      {"Call Sign", "9HDS9", ""}, {"IMO", "9187629", ""}, {"MMSI", "572469210", ""}};
  EXPECT_EQ(vessel->identifiers, expected);
  EXPECT_EQ(vessel->countries, std::vector<std::string>{"Panama"});
  EXPECT_NE(
      std::find(vessel->remarks.begin(), vessel->remarks.end(), "Vessel Owner EXAMPLE SHIPPING CO"),
      vessel->remarks.end());
  const Entity* aircraft = FindEntity(list, "us_ofac_sdn:400");
  ASSERT_NE(aircraft, nullptr);
  EXPECT_EQ(
      aircraft->identifiers,
      (std::vector<Identifier>{{"Aircraft Manufacturer's Serial Number (MSN)", "1023409321", ""}}));
}

TEST(OfacCsvParser, AppendsCommentsToRemarksBeforeReadingThem) {
  LoadedList list = LoadFixtureDirectory();
  const Entity* group = FindEntity(list, "us_ofac_sdn:200");
  ASSERT_NE(group, nullptr);
  // Remarks ends "Registration Numbe", sdn_comments.csv carries "r 12345 (Iran).".
  EXPECT_EQ(group->identifiers,
            (std::vector<Identifier>{{"Registration Number", "12345", "Iran"}}));
  EXPECT_EQ(group->countries, (std::vector<std::string>{"Iran"}));
  ASSERT_FALSE(group->remarks.empty());
  EXPECT_NE(group->remarks[0].find("Registration Number 12345 (Iran)."), std::string::npos);
}

TEST(OfacCsvParser, ReportsOrphanRowsInOneWarning) {
  LoadedList list = LoadFixtureDirectory();
  // alt.csv has one alias row for ent_num 999, which sdn.csv does not hold.
  EXPECT_EQ(list.skipped_records, 1u);
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_NE(list.warnings[0].source.find("alt.csv"), std::string::npos);
  EXPECT_NE(list.warnings[0].message.find("1 alias rows refer to 1 ent_num(s)"), std::string::npos)
      << list.warnings[0].message;
  EXPECT_NE(list.warnings[0].message.find("ent_num 999 at line 3"), std::string::npos);
}

TEST(OfacCsvParser, SummarisesManyOrphansWithFewExamples) {
  CsvSet set;
  set.primary = Row("1", "ONE", "-0- ", "SDGT");
  for (int idx = 0; idx < 500; ++idx) {
    set.aliases += std::to_string(1000 + idx) + "," + std::to_string(idx) + ",aka,NAME,-0- \n";
  }
  set.aliases += "1,9,aka,UNO,-0- \n";
  LoadedList list = ParseSetOrFail(set);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_TRUE(HasName(list.entities[0], "UNO", NameKind::kStrongAlias));
  EXPECT_EQ(list.skipped_records, 500u);
  ASSERT_EQ(list.warnings.size(), 1u);
  const std::string& message = list.warnings[0].message;
  EXPECT_NE(message.find("500 alias rows refer to 500 ent_num(s)"), std::string::npos) << message;
  EXPECT_LT(message.size(), 300u) << message;
}

TEST(OfacCsvParser, EntNumClashIsWarnedAboutNamingBothLines) {
  CsvSet set;
  set.primary = Row("1", "FIRST, Holder", "individual", "SDGT") + Row("2", "OTHER", "-0- ", "X") +
                Row("1", "SECOND HOLDER LTD", "-0- ", "SDGT");
  set.aliases = "1,5,aka,\"HOLDER, F.\",-0- \n";
  LoadedList list = ParseSetOrFail(set);
  ASSERT_EQ(list.entities.size(), 2u);
  const Entity* first = FindEntity(list, "us_ofac_sdn:1");
  ASSERT_NE(first, nullptr);
  EXPECT_EQ(first->Caption(), "Holder FIRST");
  EXPECT_EQ(first->schema, Schema::kPerson);
  EXPECT_TRUE(HasName(*first, "F. HOLDER", NameKind::kStrongAlias));
  EXPECT_FALSE(HasName(*first, "SECOND HOLDER LTD", NameKind::kPrimary));
  EXPECT_EQ(list.skipped_records, 1u);
  ASSERT_EQ(list.warnings.size(), 1u);
  const ListWarning& warning = list.warnings[0];
  EXPECT_EQ(warning.line, 3u);
  EXPECT_NE(warning.message.find("line 1"), std::string::npos) << warning.message;
  EXPECT_NE(warning.message.find("SECOND HOLDER LTD"), std::string::npos) << warning.message;
  EXPECT_NE(warning.message.find("Holder FIRST"), std::string::npos) << warning.message;
}

TEST(OfacCsvParser, NonNumericEntNumIsBadRecordWithLine) {
  CsvSet set;
  set.primary = Row("1", "ONE", "-0- ", "X") + Row("x2", "TWO", "-0- ", "X");
  auto list = ParseSet(set);
  ASSERT_FALSE(list.has_value());
  EXPECT_EQ(list.error().code(), StatusCode::kParseError);
  EXPECT_NE(list.error().message().find("sdn.csv:2: ent_num \"x2\" is not a number"),
            std::string::npos)
      << list.error().message();
}

TEST(OfacCsvParser, ShortRowIsBadRecordWithLine) {
  CsvSet set;
  set.primary = Row("1", "ONE", "-0- ", "X") + "2,\"TWO\",-0- ,\"X\"\r\n";
  auto list = ParseSet(set);
  ASSERT_FALSE(list.has_value());
  EXPECT_NE(list.error().message().find("sdn.csv:2: expected 12 columns"), std::string::npos)
      << list.error().message();
}

TEST(OfacCsvParser, MissingNameIsBadRecordWithLine) {
  CsvSet set;
  set.primary =
      Row("1", "ONE", "-0- ", "X") + "2,-0- ,-0- ,X,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";
  auto list = ParseSet(set);
  ASSERT_FALSE(list.has_value());
  EXPECT_NE(list.error().message().find("sdn.csv:2: ent_num 2 has no SDN_Name"), std::string::npos)
      << list.error().message();
}

TEST(OfacCsvParser, BadAliasRowIsBadRecordWithLine) {
  CsvSet set;
  set.primary = Row("1", "ONE", "-0- ", "X");
  set.aliases = "1,2,aka,UNO,-0- \n1,3,aka,-0- ,-0- \n";
  auto list = ParseSet(set);
  ASSERT_FALSE(list.has_value());
  EXPECT_NE(list.error().message().find("alt.csv:2: alias row for ent_num 1 has no alt_name"),
            std::string::npos)
      << list.error().message();
}

TEST(OfacCsvParser, LenientModeSkipsAndCountsBadRows) {
  CsvSet set;
  set.primary = Row("1", "ONE", "-0- ", "X") + Row("x2", "TWO", "-0- ", "X") + "3,\"THREE\"\n" +
                Row("4", "FOUR", "-0- ", "X");
  set.aliases = "4,1,aka,-0- ,-0- \n4,2,aka,QUATRO,-0- \n";
  LoadedList list = ParseSetOrFail(set, /*lenient=*/true);
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_TRUE(HasName(list.entities[1], "QUATRO", NameKind::kStrongAlias));
  EXPECT_EQ(list.skipped_records, 3u);
  ASSERT_EQ(list.warnings.size(), 3u);
  EXPECT_EQ(list.warnings[0].line, 2u);
  EXPECT_EQ(list.warnings[1].line, 3u);
  EXPECT_EQ(list.warnings[2].source, "alt.csv");
}

TEST(OfacCsvParser, UnclosedQuoteIsFileError) {
  CsvSet set;
  set.primary = Row("1", "ONE", "-0- ", "X") + "2,\"TWO,-0- \n";
  auto strict = ParseSet(set);
  ASSERT_FALSE(strict.has_value());
  EXPECT_NE(strict.error().message().find("sdn.csv:2: quoted field is never closed"),
            std::string::npos)
      << strict.error().message();
  // Lenient mode does not make a truncated file loadable.
  EXPECT_FALSE(ParseSet(set, /*lenient=*/true).has_value());
}

TEST(OfacCsvParser, EndOfFileByteBeforeMoreDataIsFileError) {
  CsvSet set;
  set.primary = Row("1", "ONE", "-0- ", "X") + "\x1A" + Row("2", "TWO", "-0- ", "X");
  auto list = ParseSet(set, /*lenient=*/true);
  ASSERT_FALSE(list.has_value());
  EXPECT_NE(list.error().message().find("sdn.csv:2: end-of-file byte 0x1A"), std::string::npos)
      << list.error().message();
  set.primary = Row("1", "ONE", "-0- ", "X") + "\x1A\r\n";
  EXPECT_EQ(ParseSetOrFail(set).entities.size(), 1u);
}

TEST(OfacCsvParser, OversizedFieldIsBadRecord) {
  CsvSet set;
  set.primary = Row("1", "ONE", "-0- ", "X", "\"" + std::string(200, 'x') + "\"") +
                Row("2", "TWO", "-0- ", "X");
  auto strict = ParseSet(set, false, 64);
  ASSERT_FALSE(strict.has_value());
  EXPECT_NE(strict.error().message().find("sdn.csv:1: field column 12 is 200 bytes"),
            std::string::npos)
      << strict.error().message();
  auto lenient = ParseSet(set, true, 64);
  ASSERT_TRUE(lenient.has_value());
  EXPECT_EQ(lenient->entities.size(), 1u);
  EXPECT_EQ(lenient->skipped_records, 1u);
}

TEST(OfacCsvParser, SkipsAHeaderRowWhenACopyHasOne) {
  CsvSet set;
  set.primary =
      "ent_num,SDN_Name,SDN_Type,Program,Title,Call_Sign,Vess_type,Tonnage,GRT,"
      "Vess_flag,Vess_owner,Remarks\n" +
      Row("1", "ONE", "-0- ", "X");
  EXPECT_EQ(ParseSetOrFail(set).entities.size(), 1u);
}

TEST(OfacCsvParser, KeepsUnicodeNamesAndPlainLfLines) {
  CsvSet set;
  set.primary =
      "7,\"MÜLLER, Jürgen\",individual,EU,-0-,-0-,-0-,-0-,-0-,-0-,-0-,"
      "\"a.k.a. 'ЮРГЕН'; DOB 1970\"\n"
      "8,\"北京示例公司\",-0-,CMIC,-0-,-0-,-0-,-0-,-0-,-0-,-0-,-0-\n";
  LoadedList list = ParseSetOrFail(set);
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.entities[0].Caption(), "Jürgen MÜLLER");
  EXPECT_TRUE(HasName(list.entities[0], "ЮРГЕН", NameKind::kWeakAlias));
  EXPECT_EQ(list.entities[1].Caption(), "北京示例公司");
  EXPECT_TRUE(list.entities[1].HasOriginalScriptName());
}

TEST(OfacCsvParser, ParsesAPrimaryFileAlone) {
  LoadOptions options;
  options.format = ListFormat::kOfacCsv;
  auto list =
      ParseListBytes(Row("1", "ALONE, Solo", "individual", "SDGT] [FTO"), "sdn.csv", options);
  ASSERT_TRUE(list.has_value()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 1u);
  EXPECT_EQ(list->entities[0].id, "us_ofac_sdn:1");
  EXPECT_EQ(list->entities[0].Caption(), "Solo ALONE");
}

// ---- Integration: the real files ----

std::size_t CountAliases(const Entity& entity, NameKind kind) {
  std::size_t count = 0;
  for (const Name& name : entity.names) count += name.kind == kind;
  return count;
}

TEST(OfacCsvParser, LoadsTheConsistentSdnTrioOf2022) {
  CORDON_REQUIRE_SHARED(dir, "data/lists/us_ofac_sdn/2022-01-31");
  auto lists = LoadLists(dir, LoadOptions{});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 1u);
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.dataset, "us_ofac_sdn");
  EXPECT_EQ(list.version, "2022-01-31");
  // 9,044 rows, 9,043 distinct ent_num: 2677 is there twice (lines 57 and 9044).
  EXPECT_EQ(list.entities.size(), 9043u);
  // The clash, and add.csv's one row for ent_num 34489, which sdn.csv does not hold.
  EXPECT_EQ(list.skipped_records, 2u);
  ASSERT_EQ(list.warnings.size(), 2u);
  const ListWarning& clash = list.warnings[0];
  EXPECT_EQ(clash.line, 9044u);
  EXPECT_NE(clash.message.find("ent_num 2677"), std::string::npos) << clash.ToString();
  EXPECT_NE(clash.message.find("line 57"), std::string::npos) << clash.ToString();
  EXPECT_NE(clash.message.find("HAMER AND NAIL CONSTRUCTION LIMITED"), std::string::npos);
  EXPECT_NE(clash.message.find("AL-ZOMOR"), std::string::npos);
  EXPECT_NE(list.warnings[1].message.find("ent_num 34489"), std::string::npos);

  const Entity* zomor = FindEntity(list, "us_ofac_sdn:2677");
  ASSERT_NE(zomor, nullptr);
  EXPECT_EQ(zomor->Caption(), "Abboud Abdul Latif Hassan AL-ZOMOR");
  EXPECT_TRUE(HasName(*zomor, "Abbud ZUMAR", NameKind::kStrongAlias));

  const Entity* ttp = FindEntity(list, "us_ofac_sdn:12206");
  ASSERT_NE(ttp, nullptr);
  EXPECT_EQ(ttp->Caption(), "TEHRIK-E TALIBAN PAKISTAN (TTP)");
  EXPECT_EQ(ttp->schema, Schema::kOrganization);
  EXPECT_EQ(ttp->programs, (std::vector<std::string>{"FTO", "SDGT"}));
  for (const char* alias : {"TEHRIK-I-TALIBAN PAKISTAN", "TEHRIK-E-TALIBAN", "PAKISTANI TALIBAN",
                            "TEHREEK-E-TALIBAN"}) {
    EXPECT_TRUE(HasName(*ttp, alias, NameKind::kStrongAlias)) << alias;
  }
  EXPECT_EQ(ttp->countries, std::vector<std::string>{"Pakistan"});

  const Entity* bla = FindEntity(list, "us_ofac_sdn:26953");
  ASSERT_NE(bla, nullptr);
  EXPECT_EQ(bla->Caption(), "BALOCHISTAN LIBERATION ARMY");
  EXPECT_TRUE(HasName(*bla, "BALOCH LIBERATION ARMY", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*bla, "BLA", NameKind::kWeakAlias));
  EXPECT_FALSE(HasName(*bla, "MAJEED BRIGADE", NameKind::kStrongAlias));  // designated 2025
  EXPECT_EQ(bla->addresses, std::vector<std::string>{"Balochistan, Pakistan"});

  const Entity* isk = FindEntity(list, "us_ofac_sdn:18647");
  ASSERT_NE(isk, nullptr);
  EXPECT_EQ(isk->Caption(), "ISIL KHORASAN");
  EXPECT_TRUE(HasName(*isk, "ISLAMIC STATE'S KHORASAN PROVINCE", NameKind::kStrongAlias));
  EXPECT_EQ(CountAliases(*isk, NameKind::kStrongAlias), 4u);
  EXPECT_EQ(isk->countries, (std::vector<std::string>{"Afghanistan", "Pakistan"}));
}

TEST(OfacCsvParser, ReadsRemarksOfTheSdnList2022) {
  CORDON_REQUIRE_SHARED(dir, "data/lists/us_ofac_sdn/2022-01-31");
  auto lists = LoadLists(dir, LoadOptions{});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  const LoadedList& list = (*lists)[0];
  // Line 56: "DOB 19 Jun 1951; POB Giza, Egypt; Passport 1084010 (Egypt); alt. Passport
  // 19820215; Operational and Military Leader of JIHAD GROUP."
  const Entity* zawahiri = FindEntity(list, "us_ofac_sdn:2676");
  ASSERT_NE(zawahiri, nullptr);
  EXPECT_EQ(zawahiri->Caption(), "Dr. Ayman AL ZAWAHIRI");
  ASSERT_EQ(zawahiri->birth_dates.size(), 1u);
  EXPECT_EQ(zawahiri->birth_dates[0].ToString(), "1951-06-19");
  EXPECT_EQ(zawahiri->birth_places, std::vector<std::string>{"Giza, Egypt"});
  std::vector<Identifier> ids = {{"Passport", "1084010", "Egypt"}, {"Passport", "19820215", ""}};
  EXPECT_EQ(zawahiri->identifiers, ids);
  const Entity* zomor = FindEntity(list, "us_ofac_sdn:2677");
  ASSERT_NE(zomor, nullptr);
  EXPECT_EQ(zomor->gender, "male");
  EXPECT_EQ(zomor->nationalities, std::vector<std::string>{"Egypt"});

  std::size_t persons = 0;
  std::size_t with_birth_date = 0;
  std::size_t with_gender = 0;
  std::size_t weak = 0;
  std::size_t imo = 0;
  for (const Entity& entity : list.entities) {
    persons += entity.schema == Schema::kPerson;
    with_birth_date += !entity.birth_dates.empty();
    with_gender += !entity.gender.empty();
    weak += CountAliases(entity, NameKind::kWeakAlias);
    for (const Identifier& id : entity.identifiers) imo += id.type == "IMO";
  }
  EXPECT_EQ(persons, 4643u);  // SDN_Type "individual"
  EXPECT_GT(with_birth_date, 4000u);
  EXPECT_EQ(with_gender, 1800u);  // 1,804 rows say "Gender", 4 of them in a job title
  EXPECT_GT(weak, 2000u);
  EXPECT_GT(imo, 400u);
}

TEST(OfacCsvParser, LoadsTheMixedLatestSdnSetWithOrphanSummaries) {
  CORDON_REQUIRE_SHARED(dir, "data/lists/us_ofac_sdn/latest");
  auto lists = LoadLists(dir, LoadOptions{});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 1u);
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.dataset, "us_ofac_sdn");
  EXPECT_EQ(list.version, "latest");
  EXPECT_EQ(list.entities.size(), 14965u);  // distinct ent_num of sdn.csv (2024-05-03)
  // alt.csv and add.csv (2026) hold rows for ent_nums designated after 2024-05-03: one warning
  // per file, every orphan row counted as skipped.
  ASSERT_EQ(list.warnings.size(), 2u);
  EXPECT_NE(list.warnings[0].source.find("alt.csv"), std::string::npos);
  EXPECT_NE(list.warnings[0].message.find("2727 alias rows refer to 1724 ent_num(s)"),
            std::string::npos)
      << list.warnings[0].ToString();
  EXPECT_NE(list.warnings[1].source.find("add.csv"), std::string::npos);
  EXPECT_NE(list.warnings[1].message.find("5598 address rows refer to 4894 ent_num(s)"),
            std::string::npos)
      << list.warnings[1].ToString();
  EXPECT_EQ(list.skipped_records, 2727u + 5598u);

  const Entity* bla = FindEntity(list, "us_ofac_sdn:26953");
  ASSERT_NE(bla, nullptr);
  EXPECT_TRUE(HasName(*bla, "BALOCH LIBERATION ARMY", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*bla, "MAJEED BRIGADE", NameKind::kStrongAlias));
  EXPECT_TRUE(
      HasName(*bla, "ZEPHYR INTELLIGENCE RESEARCH AND ANALYSIS BUREAU", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*bla, "BLA", NameKind::kWeakAlias));

  const Entity* isk = FindEntity(list, "us_ofac_sdn:18647");
  ASSERT_NE(isk, nullptr);
  for (const char* alias : {"ISIS-K", "ISISK", "IS-KHORASAN", "ISLAMIC STATE KHURASAN",
                            "ISLAMIC STATE'S KHORASAN PROVINCE"}) {
    EXPECT_TRUE(HasName(*isk, alias, NameKind::kStrongAlias)) << alias;
  }
  EXPECT_EQ(CountAliases(*isk, NameKind::kStrongAlias), 11u);

  const Entity* ttp = FindEntity(list, "us_ofac_sdn:12206");
  ASSERT_NE(ttp, nullptr);
  EXPECT_TRUE(HasName(*ttp, "TEHRIK-I-TALIBAN PAKISTAN", NameKind::kStrongAlias));
  EXPECT_EQ(ttp->programs, (std::vector<std::string>{"FTO", "SDGT"}));
}

TEST(OfacCsvParser, LoadsTheConsolidatedCsvSetOf2024) {
  CORDON_REQUIRE_SHARED(dir, "data/lists/us_ofac_cons/2024");
  auto lists = LoadLists(dir, LoadOptions{});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  ASSERT_EQ(lists->size(), 1u);
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.dataset, "us_ofac_cons");
  EXPECT_EQ(list.entities.size(), 442u);
  EXPECT_EQ(list.skipped_records, 0u);
  EXPECT_TRUE(list.warnings.empty()) << list.warnings[0].ToString();

  const Entity* haniya = FindEntity(list, "us_ofac_cons:9639");
  ASSERT_NE(haniya, nullptr);
  EXPECT_EQ(haniya->Caption(), "Ismail Abdul Salah HANIYA");
  EXPECT_TRUE(HasName(*haniya, "Ismail HANIYA", NameKind::kStrongAlias));
  ASSERT_EQ(haniya->birth_dates.size(), 1u);
  EXPECT_EQ(haniya->birth_dates[0].ToString(), "1962");
  EXPECT_EQ(haniya->birth_places, std::vector<std::string>{"Shati"});

  // cons_prim.csv cuts the Remarks of 17014 at "Registration Numbe"; cons_comments.csv goes on
  // with "r 1027700342890 (Russia); ...; a.k.a. 'RUSAG'."
  const Entity* bank = FindEntity(list, "us_ofac_cons:17014");
  ASSERT_NE(bank, nullptr);
  EXPECT_NE(std::find(bank->identifiers.begin(), bank->identifiers.end(),
                      Identifier{"Registration Number", "1027700342890", "Russia"}),
            bank->identifiers.end());
  EXPECT_TRUE(HasName(*bank, "RUSAG", NameKind::kWeakAlias));
}

}  // namespace
}  // namespace cordon
