// US trade.gov Consolidated Screening List CSV: a hand-written fixture (tests/data/csl/), inline
// edge cases, then the real 2023-11 copy from ../shared.
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

constexpr ListFormat kCsl = ListFormat::kUsTradeCsl;

constexpr const char* kHeader =
    "_id,source,entity_number,type,programs,name,title,addresses,federal_register_notice,"
    "start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,"
    "gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,"
    "alt_names,citizenships,dates_of_birth,nationalities,places_of_birth,source_information_url,"
    "ids\n";

// A data row with the given cells and every other cell empty (29 columns).
std::string Row(const std::string& id, const std::string& source, const std::string& type,
                const std::string& name, const std::string& dates_of_birth = "") {
  std::string row =
      "\"" + id + "\",\"" + source + "\",\"" + id + "\",\"" + type + "\",\"\",\"" + name + "\"";
  for (int column = 6; column < 24; ++column) row += ",\"\"";
  row += ",\"" + dates_of_birth + "\"";
  for (int column = 25; column < 29; ++column) row += ",\"\"";
  return row + "\n";
}

bool Contains(const std::vector<std::string>& values, const std::string& value) {
  return std::find(values.begin(), values.end(), value) != values.end();
}

const LoadedList& Fixture() {
  static const LoadedList* list = [] {
    LoadOptions options;
    auto lists = LoadLists(CORDON_TEST_DATA_DIR "/csl/csl_sample.csv", options);
    EXPECT_TRUE(lists.has_value()) << lists.error().ToString();
    return new LoadedList(lists ? (*lists)[0] : LoadedList{});
  }();
  return *list;
}

TEST(UsTradeCslParser, DetectsFormatAndSkipsRepeatedHeader) {
  const LoadedList& list = Fixture();
  EXPECT_EQ(list.format, kCsl);
  EXPECT_EQ(list.dataset, "us_trade_csl");
  EXPECT_EQ(list.entities.size(), 5u);
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_EQ(list.warnings[0].line, 2u);
  EXPECT_NE(list.warnings[0].message.find("header row is repeated"), std::string::npos);
  EXPECT_EQ(list.skipped_records, 0u);
}

TEST(UsTradeCslParser, ReadsIndividualWithDetails) {
  const Entity* e = FindEntity(Fixture(), "us_trade_csl:90001");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->schema, Schema::kPerson);
  ASSERT_FALSE(e->names.empty());
  EXPECT_EQ(e->names[0].full, "EXAMPLE, Omar Abdul");
  EXPECT_EQ(e->names[0].family, "EXAMPLE");
  EXPECT_EQ(e->names[0].given, "Omar Abdul");
  EXPECT_TRUE(HasName(*e, "EXAMPLE, Omar", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*e, "Abu Example", NameKind::kStrongAlias));
  EXPECT_EQ(e->programs, (std::vector<std::string>{"SDN", "SDGT", "NS-PLC"}));
  ASSERT_EQ(e->birth_dates.size(), 2u);
  EXPECT_EQ(e->birth_dates[0].ToString(), "1961-03-14");
  EXPECT_TRUE(e->birth_dates[1].approximate);
  EXPECT_EQ(e->birth_dates[1].ToString(), "~1960");
  EXPECT_EQ(e->birth_places, std::vector<std::string>{"Jabaliya, Gaza Strip"});
  EXPECT_EQ(e->nationalities, (std::vector<std::string>{"JO", "PS"}));
  EXPECT_EQ(e->countries, std::vector<std::string>{"PS"});
  EXPECT_EQ(e->addresses, (std::vector<std::string>{"Example Street 1, Gaza, PS", "Jabaliya"}));
  ASSERT_EQ(e->identifiers.size(), 1u);
  EXPECT_EQ(e->identifiers[0], (Identifier{"Passport", "A1234567", "PS"}));
  EXPECT_EQ(e->gender, "male");
  EXPECT_EQ(e->titles, std::vector<std::string>{"Commander"});
  EXPECT_TRUE(Contains(e->remarks, "Fictional test person."));
  EXPECT_TRUE(
      Contains(e->remarks, "Additional Sanctions Information: Subject to Secondary Sanctions"));
}

TEST(UsTradeCslParser, MergesOneEntityListedOnTwoSourceLists) {
  const Entity* e = FindEntity(Fixture(), "us_trade_csl:90002");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->schema, Schema::kOrganization);
  EXPECT_EQ(e->names[0].full, "JOINT STOCK COMPANY EXAMPLE BANK");
  EXPECT_TRUE(HasName(*e, "Joint Stock Company Example Bank", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*e, "Example Bank", NameKind::kStrongAlias));
  EXPECT_EQ(e->programs,
            (std::vector<std::string>{"SSI", "UKRAINE-EO13662", "RUSSIA-EO14024", "NS-MBS"}));
  EXPECT_EQ(e->addresses, std::vector<std::string>{"1 Example Lane, Moscow, 119034, RU"});
  EXPECT_EQ(e->countries, std::vector<std::string>{"RU"});
  ASSERT_EQ(e->identifiers.size(), 2u);
  EXPECT_EQ(e->identifiers[0], (Identifier{"Registration Number", "1027700000000", "RU"}));
  EXPECT_EQ(e->identifiers[1], (Identifier{"SWIFT/BIC", "EXAMRUMM", ""}));
  EXPECT_TRUE(Contains(e->remarks, "Website: www.example.ru"));
  EXPECT_TRUE(Contains(e->remarks,
                       "Secondary sanctions risk: Ukraine-/Russia-Related Sanctions Regulations, "
                       "31 CFR 589.201"));
}

TEST(UsTradeCslParser, RowsWithoutTypeAreLegalEntities) {
  const Entity* e = FindEntity(Fixture(), "us_trade_csl:b3c1d2e4f5a6");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->schema, Schema::kLegalEntity);
  EXPECT_EQ(e->programs, std::vector<std::string>{"EL"});
  EXPECT_TRUE(HasName(*e, "EARI", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*e, "Example Institute", NameKind::kStrongAlias));  // "and " dropped
  EXPECT_EQ(e->listed_on, "2020-12-22");
  EXPECT_EQ(e->countries, std::vector<std::string>{"CN"});
  EXPECT_TRUE(Contains(e->remarks, "Federal Register notice: 85 FR 83799"));

  const Entity* dpl = FindEntity(Fixture(), "us_trade_csl:c4d5e6f7a8b9");
  ASSERT_NE(dpl, nullptr);
  EXPECT_EQ(dpl->programs, std::vector<std::string>{"DPL"});
  EXPECT_TRUE(dpl->countries.empty());  // "Tempe, AZ, 85282": no country code at the end
  EXPECT_TRUE(Contains(dpl->remarks, "Listing ends: 2026-01-26"));
}

TEST(UsTradeCslParser, ReadsVessels) {
  const Entity* e = FindEntity(Fixture(), "us_trade_csl:90003");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->schema, Schema::kVessel);
  EXPECT_EQ(e->countries, std::vector<std::string>{"Panama"});
  EXPECT_TRUE(std::find(e->identifiers.begin(), e->identifiers.end(),
                        Identifier{"IMO", "9999999", ""}) != e->identifiers.end());
  EXPECT_TRUE(std::find(e->identifiers.begin(), e->identifiers.end(),
                        Identifier{"Call Sign", "9HXX9", ""}) != e->identifiers.end());
  EXPECT_TRUE(Contains(e->remarks, "Vessel owner: EXAMPLE SHIPPING LLC"));
}

TEST(UsTradeCslParser, DateOfBirthForms) {
  LoadedList list = ParseOrFail(
      std::string(kHeader) + Row("1", "Specially Designated Nationals (SDN) - Treasury Department",
                                 "Individual", "ONE, Person",
                                 "1962; Mar 1963; circa 14 Jul 1964; 1970 to 1972; 14/14/1962"),
      kCsl);
  ASSERT_EQ(list.entities.size(), 1u);
  const auto& dates = list.entities[0].birth_dates;
  ASSERT_EQ(dates.size(), 4u);
  EXPECT_EQ(dates[0].ToString(), "1962");
  EXPECT_EQ(dates[1].ToString(), "1963-03");
  EXPECT_EQ(dates[2].ToString(), "~1964-07-14");
  EXPECT_EQ(dates[3].ToString(), "1970..1972");
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_NE(list.warnings[0].message.find("\"14/14/1962\" is not a date"), std::string::npos);
}

TEST(UsTradeCslParser, SameIdFromSameSourceIsAClash) {
  const std::string sdn = "Specially Designated Nationals (SDN) - Treasury Department";
  LoadedList list = ParseOrFail(std::string(kHeader) + Row("7", sdn, "Entity", "FIRST CO") +
                                    Row("7", sdn, "Entity", "SECOND CO"),
                                kCsl);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].names.size(), 1u);
  EXPECT_EQ(list.skipped_records, 1u);
  ASSERT_EQ(list.warnings.size(), 1u);
  EXPECT_EQ(list.warnings[0].line, 3u);
  EXPECT_NE(list.warnings[0].message.find("id clash"), std::string::npos);
}

TEST(UsTradeCslParser, BadRowsNameTheirLine) {
  const std::string sdn = "Specially Designated Nationals (SDN) - Treasury Department";
  Status short_row =
      ParseError(std::string(kHeader) + Row("1", sdn, "Entity", "OK CO") + "\"2\",\"x\"\n", kCsl);
  ASSERT_FALSE(short_row.ok());
  EXPECT_NE(short_row.message().find("test-input:3: row has 2 fields, the header has 29"),
            std::string::npos)
      << short_row.ToString();

  Status no_name = ParseError(std::string(kHeader) + Row("5", sdn, "Entity", ""), kCsl);
  ASSERT_FALSE(no_name.ok());
  EXPECT_NE(no_name.message().find("test-input:2: row 5 has no name"), std::string::npos);

  Status odd_type = ParseError(std::string(kHeader) + Row("6", sdn, "Spaceship", "X"), kCsl);
  ASSERT_FALSE(odd_type.ok());
  EXPECT_NE(odd_type.message().find("test-input:2: row 6: unknown type \"Spaceship\""),
            std::string::npos);

  LoadedList lenient = ParseOrFail(std::string(kHeader) + Row("1", sdn, "Entity", "OK CO") +
                                       "\"2\",\"x\"\n" + Row("3", sdn, "Entity", "ALSO OK"),
                                   kCsl, "test-input", /*lenient=*/true);
  EXPECT_EQ(lenient.entities.size(), 2u);
  EXPECT_EQ(lenient.skipped_records, 1u);
}

TEST(UsTradeCslParser, CutOffLastRowIsBadRecord) {
  const std::string sdn = "Specially Designated Nationals (SDN) - Treasury Department";
  const std::string input = std::string(kHeader) + Row("1", sdn, "Entity", "OK CO") + "\"2\",\"" +
                            sdn +
                            "\",\"2\",\"Individual\",\"SDNT\",\"CUT, Off\","
                            "\"\",\"c/o SOMEWHERE, Medellin, CO; Calle";
  Status strict = ParseError(input, kCsl);
  ASSERT_FALSE(strict.ok());
  EXPECT_NE(strict.message().find("test-input:3: the last row is cut off"), std::string::npos)
      << strict.ToString();
  LoadedList lenient = ParseOrFail(input, kCsl, "test-input", /*lenient=*/true);
  EXPECT_EQ(lenient.entities.size(), 1u);
  EXPECT_EQ(lenient.skipped_records, 1u);
}

// An opening quote that is never closed, followed by more rows: the quoted field would swallow
// the rest of the file, so the file as a whole is refused, even in lenient mode.
TEST(UsTradeCslParser, StrayQuoteSwallowingRowsIsFileError) {
  const std::string unquoted_row = "2,EL,,,,B CO" + std::string(23, ',') + "\n";
  LoadOptions options;
  options.format = kCsl;
  options.lenient = true;
  auto list = ParseListBytes(
      std::string(kHeader) + "\"1\",\"stray\n" + unquoted_row + unquoted_row + unquoted_row,
      "stray.csv", options);
  ASSERT_FALSE(list.has_value());
  EXPECT_NE(list.error().message().find("stray.csv:2:"), std::string::npos)
      << list.error().ToString();
}

TEST(UsTradeCslParser, MissingColumnsAreFileErrors) {
  Status no_name = ParseError("_id,source,entity_number\n\"1\",\"x\",\"1\"\n", kCsl);
  ASSERT_FALSE(no_name.ok());
  EXPECT_NE(no_name.message().find("no \"name\" column"), std::string::npos);
  Status no_id = ParseError("source,name\n\"x\",\"y\"\n", kCsl);
  ASSERT_FALSE(no_id.ok());
  EXPECT_NE(no_id.message().find("no \"_id\""), std::string::npos);
}

// The real 2023-11 copy: 4,228 rows once its repeated header is removed, the last of them cut
// off mid-row (the copy is a trimmed test file). Strict loading names that row; lenient loading
// skips it and keeps the rest. Seven Treasury entities appear on two source lists each.
TEST(UsTradeCslParser, LoadsRealCopy) {
  CORDON_REQUIRE_SHARED(path, "data/lists/us_trade_csl/2023-11/consolidated_screening_list.csv.gz");
  LoadOptions options;
  auto strict = LoadLists(path, options);
  ASSERT_FALSE(strict.has_value());
  EXPECT_NE(strict.error().message().find(".csv.gz:4233: the last row is cut off"),
            std::string::npos)
      << strict.error().ToString();

  options.lenient = true;
  auto lists = LoadLists(path, options);
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  const LoadedList& list = (*lists)[0];
  EXPECT_EQ(list.format, kCsl);
  EXPECT_EQ(list.dataset, "us_trade_csl");
  EXPECT_EQ(list.version, "2023-11");
  EXPECT_EQ(list.skipped_records, 1u);
  EXPECT_EQ(list.entities.size(), 4226u - 7u);
  ASSERT_EQ(list.warnings.size(), 2u);  // the repeated header, the cut-off row
  EXPECT_EQ(list.warnings[0].line, 2u);

  std::map<std::string, std::size_t> by_source;
  std::map<Schema, std::size_t> by_schema;
  for (const Entity& e : list.entities) {
    ++by_schema[e.schema];
    for (const char* code : {"SDN", "EL", "DPL", "SSI", "UVL", "ISN", "DTC", "PLC", "MEU", "CMIC",
                             "NS-MBS", "FSE", "CAP"}) {
      by_source[code] += std::count(e.programs.begin(), e.programs.end(), code);
    }
  }
  EXPECT_EQ(by_source["SDN"], 1738u - 1u);  // the cut-off last row is an SDN row
  EXPECT_EQ(by_source["EL"], 919u);
  EXPECT_EQ(by_source["DPL"], 577u);
  EXPECT_EQ(by_source["SSI"], 288u);
  EXPECT_EQ(by_source["UVL"], 186u);
  EXPECT_EQ(by_source["ISN"], 144u);
  EXPECT_EQ(by_source["DTC"], 142u);
  EXPECT_EQ(by_source["PLC"], 78u);
  EXPECT_EQ(by_source["MEU"], 71u);
  EXPECT_EQ(by_source["CMIC"], 68u);
  EXPECT_EQ(by_source["NS-MBS"], 14u);
  EXPECT_EQ(by_source["FSE"], 1u);
  EXPECT_EQ(by_source["CAP"], 1u);
  EXPECT_EQ(by_schema[Schema::kLegalEntity], 2039u);  // rows of the non-Treasury lists
  EXPECT_EQ(by_schema[Schema::kVessel], 3u);

  const Entity* zawahiri = FindEntity(list, "us_trade_csl:2676");
  ASSERT_NE(zawahiri, nullptr);
  EXPECT_EQ(zawahiri->schema, Schema::kPerson);
  EXPECT_EQ(zawahiri->names[0].full, "AL ZAWAHIRI, Dr. Ayman");
  EXPECT_EQ(zawahiri->names[0].family, "AL ZAWAHIRI");
  EXPECT_TRUE(HasName(*zawahiri, "AL-ZAWAHIRI, Ayman", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(*zawahiri, "SALIM, Ahmad Fuad", NameKind::kStrongAlias));
  ASSERT_EQ(zawahiri->birth_dates.size(), 1u);
  EXPECT_EQ(zawahiri->birth_dates[0].ToString(), "1951-06-19");
  EXPECT_EQ(zawahiri->birth_places, std::vector<std::string>{"Giza, Egypt"});
  EXPECT_TRUE(std::find(zawahiri->identifiers.begin(), zawahiri->identifiers.end(),
                        Identifier{"Passport", "1084010", "EG"}) != zawahiri->identifiers.end());
  EXPECT_EQ(zawahiri->programs, (std::vector<std::string>{"SDN", "SDGT"}));

  // On the SDN list and on the Palestinian Legislative Council list: one entity.
  const Entity* hammad = FindEntity(list, "us_trade_csl:9659");
  ASSERT_NE(hammad, nullptr);
  EXPECT_TRUE(Contains(hammad->programs, "PLC"));
  EXPECT_TRUE(Contains(hammad->programs, "SDN"));
  EXPECT_TRUE(HasName(*hammad, "HAMMAD, Fathi Ahmad Mohammad", NameKind::kStrongAlias));
}

}  // namespace
}  // namespace cordon
