#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "cordon/ingest.h"

#include "ingest/ingest_test_util.h"

namespace cordon {
namespace {

using testing::FindEntity;
using testing::HasName;
using testing::ParseError;
using testing::ParseOrFail;

constexpr std::string_view kDataset = "ca_dfatd_sema_sanctions";

std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(CORDON_TEST_DATA_DIR) + "/sema/" + name, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::string Records(const std::string& records) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<data-set>\n" + records + "</data-set>\n";
}

std::string Record(const std::string& country, const std::string& item, const std::string& name) {
  return "<record>\n<Country>" + country + "</Country>\n<EntityOrShip>" + name +
         "</EntityOrShip>\n<Item>" + item + "</Item>\n</record>\n";
}

LoadedList Fixture() { return ParseOrFail(ReadFixture("sema_small.xml"), ListFormat::kCaSemaXml); }

const Entity& Get(const LoadedList& list, const std::string& list_id) {
  const Entity* entity = FindEntity(list, std::string(kDataset) + ":" + list_id);
  if (entity == nullptr) {
    ADD_FAILURE() << "no entity " << list_id;
    static const Entity kNone;
    return kNone;
  }
  return *entity;
}

TEST(CaSemaXmlParser, MakesIdsFromCountryScheduleAndItem) {
  LoadedList list = Fixture();
  EXPECT_EQ(list.dataset, kDataset);
  ASSERT_EQ(list.entities.size(), 9u);
  EXPECT_EQ(list.entities[0].id, "ca_dfatd_sema_sanctions:BelarusBélarus/1Part1/1");
  EXPECT_EQ(list.entities[1].list_id, "RussiaRussie/1Part11/22");
  EXPECT_EQ(list.entities[6].list_id, "RussiaRussie/11/11");
  EXPECT_EQ(list.entities[7].list_id, "Venezuela/x/109");  // no Schedule
  EXPECT_EQ(list.entities[8].list_id,
            "JusticeforVictimsofCorruptForeignOfficialsRegulationsJVCFORRèglementrelatifàlajustice"
            "pourlesvictimesdedirigeantsétrangerscorrompusRJVDEC/x/74");
}

TEST(CaSemaXmlParser, HasNoPublicationDate) { EXPECT_EQ(Fixture().published, ""); }

TEST(CaSemaXmlParser, ReadsAPersonWithGivenAndFamilyNames) {
  LoadedList list = Fixture();
  const Entity& person = Get(list, "BelarusBélarus/1Part1/1");
  EXPECT_EQ(person.schema, Schema::kPerson);
  ASSERT_FALSE(person.names.empty());
  EXPECT_EQ(person.names[0].full, "Ivan Petrovich TESTOVICH");
  EXPECT_EQ(person.names[0].given, "Ivan Petrovich");
  EXPECT_EQ(person.names[0].family, "TESTOVICH");
  ASSERT_EQ(person.birth_dates.size(), 1u);
  EXPECT_EQ(person.birth_dates[0].ToString(), "1965-04-29");
  EXPECT_EQ(person.listed_on, "2020-09-28");
  EXPECT_EQ(person.programs, std::vector<std::string>{"CA-SEMA Belarus"});
  EXPECT_EQ(person.countries, std::vector<std::string>{"Belarus"});
}

TEST(CaSemaXmlParser, SplitsAliasesAndDropsLanguageLabels) {
  LoadedList list = Fixture();
  const Entity& person = Get(list, "BelarusBélarus/1Part1/1");
  EXPECT_EQ(person.names.size(), 4u);
  EXPECT_TRUE(HasName(person, "Iwan Testowitsch", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(person, "Иван Петрович Тестович", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(person, "Іван Пятровіч Тэстовіч", NameKind::kStrongAlias));
  EXPECT_EQ(person.names[2].script, Script::kCyrillic);
}

TEST(CaSemaXmlParser, ExpandsAlternativeSpellingsOfOneNamePart) {
  LoadedList list = Fixture();
  const Entity& person = Get(list, "RussiaRussie/1Part11/22");
  EXPECT_TRUE(HasName(person, "Katsiaryna Smirnova", NameKind::kPrimary));
  EXPECT_TRUE(HasName(person, "Katerina Smirnova", NameKind::kStrongAlias));
  // A lone nickname of a person is kept, as a weak alias.
  EXPECT_TRUE(HasName(person, "Batya", NameKind::kWeakAlias));
  EXPECT_EQ(person.names.size(), 3u);  // "Katsiaryna Smirnova" is not repeated
  ASSERT_EQ(person.birth_dates.size(), 2u);
  EXPECT_EQ(person.birth_dates[0].ToString(), "1963");
  EXPECT_EQ(person.birth_dates[1].ToString(), "1964");
}

TEST(CaSemaXmlParser, ReadsTitlesRangesAndSingleNames) {
  LoadedList list = Fixture();
  const Entity& person = Get(list, "SyriaSyrie/Part2/74");
  EXPECT_EQ(person.schema, Schema::kPerson);
  EXPECT_EQ(person.Caption(), "Nazih");
  EXPECT_EQ(person.names[0].family, "Nazih");
  EXPECT_EQ(person.titles, std::vector<std::string>{"Major General/major-général"});
  ASSERT_EQ(person.birth_dates.size(), 1u);
  EXPECT_TRUE(person.birth_dates[0].is_range());
  EXPECT_EQ(person.birth_dates[0].ToString(), "1963..1964");
}

TEST(CaSemaXmlParser, KeepsLegalFormsWithTheirNames) {
  LoadedList list = Fixture();
  const Entity& org = Get(list, "RussiaRussie/1Part2/479");
  EXPECT_EQ(org.schema, Schema::kOrganization);
  EXPECT_TRUE(HasName(org, "Insurance Company TEST-Garant", NameKind::kPrimary));
  EXPECT_TRUE(HasName(org, "ТЕСТ-Гарант, САО", NameKind::kStrongAlias));
  EXPECT_TRUE(
      HasName(org, "Страховое Акционерное Общество \"ТЕСТ-Гарант\"", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(org, "TG Insurance", NameKind::kStrongAlias));
  EXPECT_EQ(org.names.size(), 4u);
}

TEST(CaSemaXmlParser, AddsEachLanguageOfABilingualNameAndAkaNames) {
  LoadedList list = Fixture();
  const Entity& agency = Get(list, "Iran/1Part1/31");
  EXPECT_EQ(agency.Caption(), "Iranian Test Agency/Agence iranienne d'essai");
  EXPECT_TRUE(HasName(agency, "Iranian Test Agency", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(agency, "Agence iranienne d'essai", NameKind::kStrongAlias));
  const Entity& plant = Get(list, "RussiaRussie/1Part2/504");
  EXPECT_EQ(plant.Caption(), "Test Plant JSC (also known as Joint Stock Company Test Plant)");
  EXPECT_TRUE(HasName(plant, "Test Plant JSC", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(plant, "Joint Stock Company Test Plant", NameKind::kStrongAlias));
}

TEST(CaSemaXmlParser, SplitsBilingualNamesThatAlsoHaveAnAka) {
  std::string xml = Records(Record("Iran", "1", "Test Army/Armée test (also known as TA)") +
                            "<record><Country>Iran</Country><EntityOrShip>Beta</EntityOrShip>"
                            "<Aliases>(Бета)/Б; Arabic:بيتا</Aliases><Item>2</Item></record>\n");
  LoadedList list = ParseOrFail(xml, ListFormat::kCaSemaXml);
  ASSERT_EQ(list.entities.size(), 2u);
  const Entity& army = list.entities[0];
  EXPECT_EQ(army.Caption(), "Test Army/Armée test (also known as TA)");
  EXPECT_TRUE(HasName(army, "Test Army", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(army, "Armée test", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(army, "TA", NameKind::kStrongAlias));
  const Entity& beta = list.entities[1];
  EXPECT_TRUE(HasName(beta, "Бета", NameKind::kStrongAlias));  // brackets dropped
  EXPECT_TRUE(HasName(beta, "Б", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(beta, "بيتا", NameKind::kStrongAlias));  // label without a space
}

TEST(CaSemaXmlParser, ReadsShipsAsVesselsWithImoAndNoBirthDate) {
  LoadedList list = Fixture();
  const Entity& ship = Get(list, "RussiaRussie/11/11");
  EXPECT_EQ(ship.schema, Schema::kVessel);
  EXPECT_EQ(ship.Caption(), "Northern Test");
  EXPECT_EQ(ship.identifiers, std::vector<Identifier>{(Identifier{"IMO", "9243148", ""})});
  EXPECT_TRUE(ship.birth_dates.empty());
  EXPECT_TRUE(ship.titles.empty());
  EXPECT_EQ(ship.remarks, (std::vector<std::string>{"Ship type: Oil Tanker", "Built: 2003"}));
}

TEST(CaSemaXmlParser, KeepsAnUnreadableBirthDateAsARemark) {
  LoadedList list = Fixture();
  const Entity& person = Get(list, "Venezuela/x/109");
  EXPECT_EQ(person.Caption(), "José Ángel PÉREZ Gómez");
  EXPECT_TRUE(person.birth_dates.empty());
  EXPECT_EQ(person.remarks, std::vector<std::string>{"Date of birth: born in the early 1970s"});
  EXPECT_EQ(person.countries, std::vector<std::string>{"Venezuela"});
}

TEST(CaSemaXmlParser, ThematicRegimeIsAProgramButNotACountry) {
  LoadedList list = Fixture();
  const Entity& person = list.entities.back();
  EXPECT_EQ(person.programs,
            std::vector<std::string>{
                "CA-SEMA Justice for Victims of Corrupt Foreign Officials Regulations (JVCFOR)"});
  EXPECT_TRUE(person.countries.empty());
}

TEST(CaSemaXmlParser, RecordWithoutItemIsBadRecordWithLine) {
  std::string xml = Records(Record("Iran", "1", "Alpha") + Record("Iran", "", "Beta"));
  Status status = ParseError(xml, ListFormat::kCaSemaXml, "sema.xml");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("sema.xml:8:"), std::string::npos) << status.ToString();
  EXPECT_NE(status.ToString().find("Item"), std::string::npos) << status.ToString();
}

TEST(CaSemaXmlParser, RecordWithoutNameIsBadRecord) {
  std::string xml = Records(Record("Iran", "1", ""));
  Status status = ParseError(xml, ListFormat::kCaSemaXml, "sema.xml");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("sema.xml:3:"), std::string::npos) << status.ToString();
}

TEST(CaSemaXmlParser, LenientModeSkipsAndCountsBadRecords) {
  std::string xml = Records(Record("Iran", "1", "Alpha") + Record("", "2", "Beta") +
                            Record("Iran", "3", "") + Record("Iran", "4", "Delta"));
  LoadedList list = ParseOrFail(xml, ListFormat::kCaSemaXml, "sema.xml", /*lenient=*/true);
  ASSERT_EQ(list.entities.size(), 2u);
  EXPECT_EQ(list.entities[1].Caption(), "Delta");
  EXPECT_EQ(list.skipped_records, 2u);
}

TEST(CaSemaXmlParser, DuplicateIdIsWarnedAndSkipped) {
  // "Iran", "1" and "Iran ", "(1)" have the same letters and digits.
  std::string xml = Records(Record("Iran", "1", "Alpha") + Record("Iran ", "(1)", "Beta"));
  LoadedList list = ParseOrFail(xml, ListFormat::kCaSemaXml);
  ASSERT_EQ(list.entities.size(), 1u);
  EXPECT_EQ(list.entities[0].Caption(), "Alpha");
  EXPECT_EQ(list.skipped_records, 1u);
  ASSERT_EQ(list.warnings.size(), 1u);
}

TEST(CaSemaXmlParser, MalformedXmlIsFileError) {
  Status status =
      ParseError(Records(Record("Iran", "1", "A</Entity> B")), ListFormat::kCaSemaXml, "bad.xml");
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("bad.xml:5:"), std::string::npos) << status.ToString();
}

TEST(CaSemaXmlParser, WrongRootElementIsFileError) {
  Status status = ParseError("<records><record/></records>", ListFormat::kCaSemaXml);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.ToString().find("data-set"), std::string::npos) << status.ToString();
}

// Integration over the real published list (../shared/data/lists).

LoadedList LoadReal(const std::string& path) {
  auto lists = LoadLists(path, LoadOptions{});
  EXPECT_TRUE(lists.has_value()) << lists.error().ToString();
  if (!lists || lists->size() != 1) return {};
  return std::move((*lists)[0]);
}

TEST(CaSemaXmlParser, LoadsRealListWithItsOwnCounts) {
  CORDON_REQUIRE_SHARED(path, "data/lists/ca_dfatd_sema_sanctions/2025-05/sema.xml.gz");
  LoadedList list = LoadReal(path);
  EXPECT_EQ(list.dataset, kDataset);
  EXPECT_EQ(list.format, ListFormat::kCaSemaXml);
  EXPECT_EQ(list.version, "2025-05");
  EXPECT_EQ(list.published, "");
  EXPECT_EQ(list.skipped_records, 0u);
  EXPECT_TRUE(list.warnings.empty());
  std::map<Schema, std::size_t> schemas;
  for (const Entity& entity : list.entities) {
    ++schemas[entity.schema];
    EXPECT_EQ(entity.names[0].kind, NameKind::kPrimary) << entity.id;
    EXPECT_EQ(entity.listed_on.size(), 10u) << entity.id;
  }
  EXPECT_EQ(list.entities.size(), 4759u);
  EXPECT_EQ(schemas[Schema::kPerson], 3334u);
  EXPECT_EQ(schemas[Schema::kOrganization], 1316u);
  EXPECT_EQ(schemas[Schema::kVessel], 109u);
}

TEST(CaSemaXmlParser, FindsKnownRealEntities) {
  CORDON_REQUIRE_SHARED(path, "data/lists/ca_dfatd_sema_sanctions/2025-05/sema.xml.gz");
  LoadedList list = LoadReal(path);
  const Entity& lukashenko = Get(list, "BelarusBélarus/1Part1/8");
  EXPECT_EQ(lukashenko.Caption(), "Aleksandr Grigoryevich Lukashenko");
  ASSERT_EQ(lukashenko.birth_dates.size(), 1u);
  EXPECT_EQ(lukashenko.birth_dates[0].ToString(), "1954-08-30");
  const Entity& abramovich = Get(list, "RussiaRussie/1Part1/541");
  EXPECT_EQ(abramovich.Caption(), "Roman Arkadyevich ABRAMOVICH");
  EXPECT_TRUE(HasName(abramovich, "Роман Аркадьевич Абрамович", NameKind::kStrongAlias));
  const Entity& tanker = Get(list, "RussiaRussie/11/11");
  EXPECT_EQ(tanker.schema, Schema::kVessel);
  EXPECT_EQ(tanker.Caption(), "Everest Energy");
  EXPECT_EQ(tanker.identifiers, std::vector<Identifier>{(Identifier{"IMO", "9243148", ""})});
  const Entity& hemedti = Get(list, "SudanSoudan/Part1/5");
  EXPECT_TRUE(HasName(hemedti, "Hemedti", NameKind::kWeakAlias));
  EXPECT_TRUE(HasName(hemedti, "Mohamed Hamdan Daglo", NameKind::kStrongAlias));
  EXPECT_TRUE(HasName(hemedti, "محمد حمدان دقلو موسى", NameKind::kStrongAlias));
}

// The ids (and primary names) of the evaluation index's ca_dfatd_sema_sanctions entities, which
// were made from this same file.
std::map<std::string, std::string> EvalEntities(const std::string& path) {
  std::map<std::string, std::string> out;
  std::ifstream in(path);
  std::string line;
  simdjson::dom::parser parser;
  while (std::getline(in, line)) {
    if (line.find(kDataset) == std::string::npos) continue;
    simdjson::dom::element doc;
    if (parser.parse(line).get(doc) != simdjson::SUCCESS) {
      ADD_FAILURE() << "bad JSON line: " << line.substr(0, 80);
      continue;
    }
    simdjson::dom::array datasets;
    if (doc["datasets"].get(datasets) != simdjson::SUCCESS) continue;
    bool ours = false;
    for (simdjson::dom::element dataset : datasets)
      ours |= dataset.get_string().value() == kDataset;
    if (!ours) continue;
    std::string_view id;
    std::string_view name;
    if (doc["id"].get(id) != simdjson::SUCCESS) continue;
    simdjson::dom::array names;
    if (doc["properties"]["name"].get(names) == simdjson::SUCCESS && names.size() > 0) {
      name = names.at(0).get_string().value();
    }
    out.emplace(std::string(id), std::string(name));
  }
  return out;
}

TEST(CaSemaXmlParser, IdsAndPrimaryNamesMatchTheEvaluationIndex) {
  CORDON_REQUIRE_SHARED(path, "data/lists/ca_dfatd_sema_sanctions/2025-05/sema.xml.gz");
  CORDON_REQUIRE_SHARED(eval_path, "data/eval/dev_index.ftm.json");
  LoadedList list = LoadReal(path);
  std::map<std::string, std::string> eval = EvalEntities(eval_path);
  ASSERT_EQ(eval.size(), 4759u);
  std::set<std::string> ours;
  std::size_t name_differs = 0;
  for (const Entity& entity : list.entities) {
    ours.insert(entity.list_id);
    auto it = eval.find(entity.list_id);
    if (it == eval.end()) {
      ADD_FAILURE() << "id not in the evaluation index: " << entity.list_id;
    } else if (it->second != entity.Caption()) {
      ++name_differs;
      ADD_FAILURE() << entity.list_id << ": \"" << entity.Caption() << "\" vs \"" << it->second
                    << "\"";
    }
  }
  for (const auto& [id, name] : eval) {
    EXPECT_TRUE(ours.count(id)) << "evaluation id not loaded: " << id;
  }
  EXPECT_EQ(name_differs, 0u);
}

}  // namespace
}  // namespace cordon
