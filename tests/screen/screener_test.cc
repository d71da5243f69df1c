#include <algorithm>
#include <filesystem>
#include <sstream>

#include <gtest/gtest.h>

#include "cordon/batch.h"
#include "cordon/ingest.h"
#include "cordon/screen.h"

#include "match/prepared_name.h"
#include "screen/explain.h"
#include "testing/entities.h"

namespace cordon {
namespace {

Entity MakeEntity(const std::string& id, Schema schema, std::vector<std::string> names) {
  return testing::MakeEntity("test", id, schema, names);
}

// `count` people "filler0"... named `before` + their number + `after`.
void AddFillers(int count, const std::string& before, const std::string& after,
                std::vector<Entity>* entities) {
  for (int pos = 0; pos < count; ++pos) {
    entities->push_back(MakeEntity("filler" + std::to_string(pos), Schema::kPerson,
                                   {before + std::to_string(pos) + after}));
  }
}

std::unique_ptr<Screener> SmallScreener() {
  std::vector<Entity> entities;
  entities.push_back(MakeEntity("ttp", Schema::kOrganization,
                                {"Tehrik-e Taliban Pakistan", "تحریک طالبان پاکستان"}));
  entities.push_back(
      MakeEntity("bla", Schema::kOrganization, {"Balochistan Liberation Army", "Majeed Brigade"}));
  Entity person = MakeEntity("omar", Schema::kPerson, {"Mohammed Omar"});
  person.birth_dates.push_back({{1960, 0, 0}, {1960, 0, 0}, false});
  person.identifiers.push_back({"Passport", "AB 123456", "AF"});
  entities.push_back(person);
  entities.push_back(MakeEntity("ship", Schema::kVessel, {"Omar Star"}));
  AddFillers(50, "Person Number", " Khan", &entities);
  auto screener = Screener::Create(std::move(entities));
  EXPECT_TRUE(screener.has_value());
  return std::move(*screener);
}

// A query for SmallScreener()'s Mohammed Omar with his birth year, passport and schema.
Query OmarWithEvidence() {
  Query query;
  query.name = "Muhammad Omar";
  query.birth_date = "1960";
  query.id_number = "AB123456";
  query.schema = Schema::kPerson;
  return query;
}

// `a` and `b` say the same, field by field, explanations included; and point to the same
// entities when `entities`.
void ExpectSameHits(const std::vector<Hit>& a, const std::vector<Hit>& b, bool entities) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t h = 0; h < a.size(); ++h) {
    EXPECT_EQ(a[h].entity_id, b[h].entity_id);
    EXPECT_EQ(a[h].score, b[h].score);
    EXPECT_EQ(a[h].match, b[h].match);
    EXPECT_EQ(a[h].schema, b[h].schema);
    EXPECT_EQ(a[h].caption, b[h].caption);
    EXPECT_EQ(a[h].matched_name, b[h].matched_name);
    EXPECT_EQ(a[h].matched_kind, b[h].matched_kind);
    EXPECT_EQ(a[h].datasets, b[h].datasets);
    if (entities) {
      EXPECT_EQ(a[h].entity, b[h].entity);
    }
    ASSERT_EQ(a[h].explanation.size(), b[h].explanation.size()) << a[h].entity_id;
    for (std::size_t f = 0; f < a[h].explanation.size(); ++f) {
      EXPECT_EQ(a[h].explanation[f].feature, b[h].explanation[f].feature);
      EXPECT_EQ(a[h].explanation[f].score, b[h].explanation[f].score);
      EXPECT_EQ(a[h].explanation[f].detail, b[h].explanation[f].detail);
    }
  }
}

TEST(Screener, FindsSpellingVariantsWithExplanation) {
  auto screener = SmallScreener();
  Query query;
  query.name = "Tehreek-e-Taliban Pakistan";
  auto hits = screener->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:ttp");
  EXPECT_TRUE(hits[0].match);
  ASSERT_FALSE(hits[0].explanation.empty());
  EXPECT_EQ(hits[0].explanation[0].feature, "name");
  EXPECT_NE(hits[0].explanation[0].detail.find("tehreek"), std::string::npos);
}

// Screen() into a vector that already holds hits writes over them: the result must be what a
// fresh vector gets, whatever the earlier query left there (more hits, longer explanations,
// evidence features, or explanations when this query asks for none).
TEST(Screener, ScreeningIntoUsedHitsGivesWhatAFreshScreeningGives) {
  auto screener = SmallScreener();
  ScreenOptions all;
  all.threshold = 0;
  all.limit = 20;
  ScreenOptions unexplained = all;
  unexplained.explain = false;
  ScreenOptions strict;  // the default threshold
  const Query evidence = OmarWithEvidence();
  Query many;
  many.name = "Person Number Khan Omar Star Mohammed";
  Query one;
  one.name = "Balochistan Liberation Army";
  const std::vector<std::pair<Query, ScreenOptions>> sequence = {
      {many, all},         {one, strict},      {evidence, all}, {one, all},
      {many, unexplained}, {evidence, strict}, {many, all},     {one, unexplained}};
  std::vector<Hit> reused;
  for (const auto& [query, options] : sequence) {
    screener->Screen(query, options, &reused);
    SCOPED_TRACE(query.name);
    ExpectSameHits(reused, screener->Screen(query, options), true);
  }
}

// Without ScreenOptions::entities a hit's fields are read from the index in place: the same
// hits, explanations and scores, with no Hit::entity. A query with evidence still compares it
// with the whole entity (its birth date, identifier and schema move the score as before).
TEST(Screener, HitsReadInPlaceAreTheHitsOfDecodedEntities) {
  auto screener = SmallScreener();
  Query many;
  many.name = "Person Number Khan Omar Star Mohammed Tehrik Taliban";
  const Query evidence = OmarWithEvidence();
  Query aliased;
  aliased.name = "Majeed Brigade";
  for (const Query& query : {many, evidence, aliased}) {
    SCOPED_TRACE(query.name);
    ScreenOptions decoded;
    decoded.threshold = 0;
    decoded.limit = 20;
    ScreenOptions in_place = decoded;
    in_place.entities = false;
    const std::vector<Hit> a = screener->Screen(query, decoded);
    const std::vector<Hit> b = screener->Screen(query, in_place);
    ASSERT_FALSE(a.empty());
    ExpectSameHits(a, b, false);
    for (std::size_t h = 0; h < a.size() && h < b.size(); ++h) {
      ASSERT_NE(a[h].entity, nullptr);
      EXPECT_EQ(a[h].entity->id, a[h].entity_id);
      EXPECT_EQ(b[h].entity, nullptr);
    }
  }
  // The alias met is named as such, and the caption is the primary name.
  ScreenOptions in_place;
  in_place.entities = false;
  const std::vector<Hit> hits = screener->Screen(aliased, in_place);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].matched_name, "Majeed Brigade");
  EXPECT_EQ(hits[0].matched_kind, NameKind::kStrongAlias);
  EXPECT_EQ(hits[0].caption, "Balochistan Liberation Army");
  EXPECT_EQ(hits[0].datasets, std::vector<std::string>{"test"});
}

TEST(Screener, FindsAliasesAndOriginalScript) {
  auto screener = SmallScreener();
  Query query;
  query.name = "Majeed Brigade";
  auto hits = screener->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:bla");
  EXPECT_EQ(hits[0].matched_name, "Majeed Brigade");
  query.name = "تحریک طالبان پاکستان";
  hits = screener->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:ttp");
}

// A name written in Han, Hangul or kana comes as syllables, which reach the listed names they
// spell only written together ("ba la ba nuo fu" for Balabanov, "ral su ton" for Ralston).
TEST(Screener, FindsNamesSpelledBySyllables) {
  std::vector<Entity> entities;
  entities.push_back(MakeEntity("balabanov", Schema::kPerson, {"Sergei BALABANOV"}));
  entities.push_back(MakeEntity("ralston", Schema::kPerson, {"Ralston"}));
  AddFillers(200, "Ba La Person", " Fu", &entities);
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  Query query;
  query.name = "巴拉巴诺夫";
  ScreenOptions options;
  options.threshold = 0.5;  // the surname alone, against a listed full name
  auto hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:balabanov");
  query.name = "랄스턴";
  hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:ralston");
  // Read as the letters its syllables stand for in foreign names, the query meets the name.
  EXPECT_NE(hits[0].explanation[0].detail.find("read as 'ralston'"), std::string::npos)
      << hits[0].explanation[0].detail;
}

// Arabic ta marbuta is a vowel at a name's end and t before another word (the construct
// state): both readings are screened, and listed names are indexed both ways.
TEST(Screener, ReadsTaMarbutaBothWays) {
  std::vector<Entity> entities;
  entities.push_back(MakeEntity("hts", Schema::kOrganization, {"Hay'at Tahrir al-Sham"}));
  entities.push_back(MakeEntity("ubl", Schema::kPerson, {"Usama bin Laden"}));
  entities.push_back(MakeEntity("nusra", Schema::kOrganization, {"جبهة النصرة"}));
  AddFillers(200, "Ba La Person", " Fu", &entities);
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  ScreenOptions options;
  Query query;
  query.name = "هيئة تحرير الشام";
  auto hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:hts");
  EXPECT_NE(hits[0].explanation[0].detail.find("read as 'hyyt thryr alsham'"), std::string::npos)
      << hits[0].explanation[0].detail;
  query.name = "أسامة بن لادن";
  hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:ubl");
  query.name = "Jabhat al-Nusra";  // listed in Arabic: found through its construct reading
  hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:nusra");
}

TEST(Screener, FindsForeignNamesListedInHanHangulOrKana) {
  // Listed as written by sound: indexed also as respelled (拉 read as "ra", and as "la" with
  // l and r swapped), so a Latin query finds them.
  std::vector<Entity> entities;
  entities.push_back(MakeEntity("balabanov", Schema::kPerson, {"巴拉巴诺夫"}));
  entities.push_back(MakeEntity("usama", Schema::kPerson, {"ウサマ・ビン・ラディン"}));
  AddFillers(200, "Ba La Person", " Fu", &entities);
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  Query query;
  query.name = "Balabanov";
  ScreenOptions options;
  auto hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:balabanov");
  EXPECT_EQ(hits[0].matched_name, "巴拉巴诺夫");  // the name as listed
  EXPECT_NE(hits[0].explanation[0].detail.find("read as 'balabanov'"), std::string::npos)
      << hits[0].explanation[0].detail;
  query.name = "Usama bin Ladin";
  hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:usama");
  // Respelled names are sounds: no acronym of their words ("ubr" is no name of theirs).
  query.name = "UBR";
  hits = (*screener)->Screen(query, options);
  EXPECT_TRUE(hits.empty() || hits[0].entity_id != "test:usama");
}

// A Korean name written in Han characters is read as Korean: 金铁三 (the UN list gives it as
// an alias of KIM CHOL SAM, with its Chinese reading Jin Tiesan) meets the listed name. A
// Chinese name read as Korean alerts only where it meets a listed name whole: 蒋秀, "jang su",
// is not JANG BOM SU, though both of its syllables are in it.
TEST(Screener, ReadsHanAsKoreanOnlyForWholeMatches) {
  std::vector<Entity> entities;
  entities.push_back(MakeEntity("kcs", Schema::kPerson, {"KIM CHOL SAM"}));
  entities.push_back(MakeEntity("jbs", Schema::kPerson, {"JANG BOM SU"}));
  AddFillers(50, "Kim Person", " Su", &entities);
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  Query query;
  query.name = "金铁三";
  ScreenOptions options;
  auto hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:kcs");
  EXPECT_GE(hits[0].score, 0.99);
  EXPECT_NE(hits[0].explanation[0].detail.find("read as 'kim chol sam'"), std::string::npos)
      << hits[0].explanation[0].detail;
  query.name = "蒋秀";
  hits = (*screener)->Screen(query, options);
  for (const Hit& hit : hits) EXPECT_NE(hit.entity_id, "test:jbs") << hit.score;
  // The other way round too: a Latin query is not read as Korean.
  query.name = "Jang Su";
  hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:jbs");
  // compare reads either name so, by the same rule.
  Query han;
  han.name = "金铁三";
  Query latin;
  latin.name = "KIM CHOL SAM";
  EXPECT_GE(Compare(han, latin).score, 0.99);
  EXPECT_GE(Compare(latin, han).score, 0.99);
  han.name = "蒋秀";
  latin.name = "JANG BOM SU";
  EXPECT_LT(Compare(han, latin).score, 0.5);
  EXPECT_LT(Compare(latin, han).score, 0.5);
}

TEST(Screener, EvidenceMovesTheScore) {
  auto screener = SmallScreener();
  Query query;
  query.name = "Muhammad Omar";
  ScreenOptions options;
  options.threshold = 0;
  double plain = screener->Screen(query, options)[0].score;
  query.birth_date = "1960";
  double with_date = screener->Screen(query, options)[0].score;
  query.birth_date = "1990";
  double wrong_date = screener->Screen(query, options)[0].score;
  EXPECT_GT(with_date, plain);
  EXPECT_LT(wrong_date, plain);
}

TEST(Screener, PersonDoesNotMatchVesselStrongly) {
  auto screener = SmallScreener();
  Query query;
  query.name = "Omar Star";
  query.schema = Schema::kPerson;
  ScreenOptions options;
  options.threshold = 0;
  auto hits = screener->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  for (const Hit& hit : hits) {
    if (hit.entity_id == "test:ship") {
      EXPECT_LT(hit.score, kDefaultThreshold);
    }
  }
}

// Organisations go by acronyms, people do not: "BLA" finds the Balochistan Liberation Army,
// while "MO" (or "Mo", a name) is not Mohammed Omar.
// An organisation listed in Arabic script meets its English name, and the other way round:
// its translation is a reading of it.
TEST(Screener, ArabicOrganisationNamesMeetTheirTranslations) {
  std::vector<Entity> entities;
  entities.push_back(
      MakeEntity("lifg", Schema::kOrganization, {"الجماعة الاسلامية المقاتلة الليبية"}));
  entities.push_back(MakeEntity("irgc", Schema::kOrganization,
                                {"Islamic Revolutionary Guard Corps", "Sepah-e Pasdaran"}));
  entities.push_back(MakeEntity("islam", Schema::kPerson, {"اسلام المقاتل"}));
  AddFillers(100, "Person Number", " Khan", &entities);
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  Query query;
  query.name = "Libyan Islamic Fighting Group";
  auto hits = (*screener)->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:lifg");
  EXPECT_GT(hits[0].score, 0.95);
  query.name = "سپاه پاسداران انقلاب اسلامی";
  hits = (*screener)->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:irgc");
  EXPECT_NE(hits[0].explanation[0].detail.find("read as 'corps guard revolutionary islamic'"),
            std::string::npos)
      << hits[0].explanation[0].detail;
  // A person's name is not translated: "Islamic Fighter" does not meet اسلام المقاتل.
  query.name = "Islamic Fighter";
  for (const Hit& hit : (*screener)->Screen(query, {})) EXPECT_NE(hit.entity_id, "test:islam");
}

// An acronym in parentheses is a name of the organisation, and the name without it another.
TEST(Screener, AcronymsInParenthesesAreNamesOfTheirOwn) {
  std::vector<Entity> entities;
  entities.push_back(MakeEntity("hqn", Schema::kOrganization, {"HAQQANI NETWORK (HQN)"}));
  entities.push_back(
      MakeEntity("aqap", Schema::kOrganization, {"AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)"}));
  entities.push_back(MakeEntity("person", Schema::kPerson, {"Ivan PETROV (VANYA)"}));
  AddFillers(100, "Person Number", " Khan", &entities);
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  Query query;
  for (const char* name : {"Haqqani Network", "HQN"}) {
    query.name = name;
    auto hits = (*screener)->Screen(query, {});
    ASSERT_FALSE(hits.empty()) << name;
    EXPECT_EQ(hits[0].entity_id, "test:hqn") << name;
    EXPECT_GT(hits[0].score, 0.95) << name;
    EXPECT_EQ(hits[0].matched_name, "HAQQANI NETWORK (HQN)");  // the name as published
  }
  query.name = "AQAP";
  auto hits = (*screener)->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:aqap");
  // A query with its own parentheses is read without them too.
  query.name = "Al-Qaida in the Arabian Peninsula (Yemen)";
  hits = (*screener)->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:aqap");
  EXPECT_GT(hits[0].score, 0.95);
  // A word in parentheses in a person's name is no name of its own.
  query.name = "Vanya";
  for (const Hit& hit : (*screener)->Screen(query, {})) EXPECT_NE(hit.entity_id, "test:person");
}

TEST(Screener, AcronymsFindOrganisationsNotPeople) {
  auto screener = SmallScreener();
  Query query;
  query.name = "BLA";
  auto hits = screener->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:bla");
  query.name = "Mo";
  ScreenOptions options;
  options.threshold = 0;
  for (const Hit& hit : screener->Screen(query, options)) {
    if (hit.entity_id == "test:omar") {
      EXPECT_LT(hit.score, 0.5);
    }
  }
  // Nor when the names are compared one to one and the second is said to be a person's.
  Query person;
  person.name = "Mohammed Omar";
  person.schema = Schema::kPerson;
  Query organisation = person;
  organisation.schema = Schema::kOrganization;
  query.schema.reset();
  EXPECT_LT(Compare(query, person, kDefaultThreshold).score, 0.5);
  EXPECT_GT(Compare(query, organisation, kDefaultThreshold).score, 0.8);
}

TEST(Screener, IdentifierFindsEntityWhateverTheName) {
  auto screener = SmallScreener();
  Query query;
  query.name = "Someone Else";
  query.id_number = "ab-123456";
  auto hits = screener->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:omar");
}

TEST(Screener, EqualScoresRankTheEntityMoreOfWhoseNamesMatch) {
  // The same person on two lists, one of them with a second name close to the query: that
  // one comes first, although its id sorts last.
  std::vector<Entity> entities;
  entities.push_back(MakeEntity("a1", Schema::kPerson, {"Andrei Ivanovich MANDELSTAM"}));
  entities.push_back(
      MakeEntity("z2", Schema::kPerson, {"Andrei Ivanovich MANDELSTAM", "Andrei MANDELSHTAM Jr"}));
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  Query query;
  query.name = "Andrei MANDELSTAM";
  ScreenOptions options;
  options.threshold = 0;
  auto hits = (*screener)->Screen(query, options);
  ASSERT_EQ(hits.size(), 2U);
  EXPECT_DOUBLE_EQ(hits[0].score, hits[1].score);
  EXPECT_EQ(hits[0].entity_id, "test:z2");
  EXPECT_EQ(hits[0].matched_name, "Andrei Ivanovich MANDELSTAM");
}

// Past the first hit, names that cannot reach the threshold are not scored in full (see
// ScoreName()'s floor); yet such a name still tells two entities of equal scores apart, as
// without a threshold.
TEST(Screener, EqualScoresRankByOtherNamesBelowTheThresholdToo) {
  std::vector<Entity> entities;
  entities.push_back(MakeEntity("a1", Schema::kPerson, {"Andrei Ivanovich MANDELSTAM"}));
  entities.push_back(
      MakeEntity("z2", Schema::kPerson, {"Andrei Ivanovich MANDELSTAM", "Andrei PETROV"}));
  AddFillers(30, "Andrei Filler", " Sokolov", &entities);
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  Query query;
  query.name = "Andrei Ivanovich MANDELSTAM";
  ScreenOptions options;  // the default threshold
  auto hits = (*screener)->Screen(query, options);
  ASSERT_EQ(hits.size(), 2U);
  EXPECT_DOUBLE_EQ(hits[0].score, hits[1].score);
  EXPECT_EQ(hits[0].entity_id, "test:z2");
  options.threshold = 0;
  auto all = (*screener)->Screen(query, options);
  ASSERT_GE(all.size(), 3U);
  EXPECT_EQ(all[0].entity_id, "test:z2");
  EXPECT_EQ(all[1].entity_id, "test:a1");
}

// An explanation lists the tokens no aligned pair holds, a joined pair ("a+b") holding each of
// its parts; the same whatever the number of pairs (many pairs are looked up one by one).
TEST(Explain, TokensNoPairHoldsAreListed) {
  const match::PreparedName query = match::PrepareName("Abdel Jalil Omar Smith", nullptr);
  const match::PreparedName listed = match::PrepareName("Abduljalil Umar Khan", nullptr);
  std::vector<match::TokenView> query_storage;
  std::vector<match::TokenView> listed_storage;
  const match::NameView q = match::ViewOf(query, &query_storage);
  const match::NameView c = match::ViewOf(listed, &listed_storage);
  std::vector<match::TokenPair> pairs = {
      {"abdel+jalil", "abduljalil", 0.9F, match::TokenMatchKind::kMerged},
      {"omar", "umar", 0.97F, match::TokenMatchKind::kVariant}};
  Feature few;
  screen::NameFeature("Abdel Jalil Omar Smith", q, "Abduljalil Umar Khan", NameKind::kPrimary, c,
                      match::NameScore{0.8, 0.8, 0.8, 1}, pairs, &few);
  EXPECT_NE(few.detail.find("not in the listed name: 'smith';"), std::string::npos) << few.detail;
  EXPECT_NE(few.detail.find("not in the query: 'khan';"), std::string::npos) << few.detail;
  for (int k = 0; k < 40; ++k) {
    pairs.push_back(
        {"zz" + std::to_string(k) + "+yy", "ww+vv", 0.5F, match::TokenMatchKind::kWeak});
  }
  Feature many;
  screen::NameFeature("Abdel Jalil Omar Smith", q, "Abduljalil Umar Khan", NameKind::kPrimary, c,
                      match::NameScore{0.8, 0.8, 0.8, 1}, pairs, &many);
  EXPECT_NE(many.detail.find("not in the listed name: 'smith';"), std::string::npos) << many.detail;
  EXPECT_NE(many.detail.find("not in the query: 'khan';"), std::string::npos) << many.detail;
}

// Letters written apart find the listed word they spell, even when the only other query word
// is a mistyped common one ("compny": thousands of names hold "company"), and a run of
// initials that spells some listed word does not keep the candidate step from the names its
// words reach.
TEST(Screener, LettersWrittenApartFindTheWordTheySpell) {
  std::vector<Entity> entities;
  for (int pos = 0; pos < 2500; ++pos) {
    entities.push_back(MakeEntity("c" + std::to_string(pos), Schema::kOrganization,
                                  {"Firm" + std::to_string(pos) + " Company"}));
  }
  entities.push_back(MakeEntity("bs", Schema::kOrganization, {"BS COMPANY OFFSHORE"}));
  entities.push_back(MakeEntity("mm", Schema::kOrganization, {"MEMOTHERM MM"}));
  entities.push_back(
      MakeEntity("awaad", Schema::kPerson, {"Muhammad Sharif Muhammad Muhammad AWAAD"}));
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  ScreenOptions options;
  options.threshold = 0;
  Query query;
  query.name = "B.S. COMPNY OFFSHORE";
  auto hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:bs");
  EXPECT_NE(hits[0].explanation[0].detail.find("'b+s' ~ 'bs' (letters written apart"),
            std::string::npos)
      << hits[0].explanation[0].detail;
  query.name = "B S COMPNY";
  hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:bs");
  query.name = "M. M. M. AWAAD";
  hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:awaad");
}

// A name in a script without short vowels is looked up by its consonants, however many
// listed spellings share them: "حمدان" (hmdan) finds every one of seventy-five spellings of
// h-m-d-n (hamdan, hemden, himdon, ...).
TEST(Screener, VowellessQueryReachesEveryListedSpellingOfItsConsonants) {
  std::vector<Entity> entities;
  const std::string vowels = "aeiou";
  for (char first : vowels) {
    for (char second : vowels) {
      for (char third : {'a', 'e', 'o'}) {
        const std::string token = std::string("h") + first + "m" + second + "d" + third + "n";
        entities.push_back(MakeEntity(token, Schema::kPerson, {token}));
      }
    }
  }
  entities.push_back(MakeEntity("hamdan", Schema::kPerson, {"Hamdan"}));
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  const std::size_t listed = (*screener)->entity_count();
  ScreenOptions options;
  options.threshold = 0.8;
  options.limit = listed;
  options.candidates = listed;
  Query query;
  query.name = "حمدان";
  // Each is a spelling the consonants allow, so each alerts: none may be missed.
  EXPECT_EQ((*screener)->Screen(query, options).size(), listed);
}

// Arabic script writes the article joined and "Abd Allah" apart; lists often the reverse. The
// candidate step finds both ways.
TEST(Screener, ArabicScriptFindsArticleAndCompoundWrittenTheOtherWay) {
  std::vector<Entity> entities;
  for (int pos = 0; pos < 40; ++pos) {
    entities.push_back(MakeEntity("f" + std::to_string(pos), Schema::kPerson,
                                  {"Person" + std::to_string(pos) + " Khan"}));
  }
  entities.push_back(MakeEntity("azzam", Schema::kPerson, {"Abdullah AZZAM"}));
  entities.push_back(MakeEntity("masri", Schema::kPerson, {"Abu Ayyub MASRI"}));
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  Query query;
  query.name = "عبد الله عزام";
  auto hits = (*screener)->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:azzam");
  query.name = "أبو أيوب المصري";
  hits = (*screener)->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:masri");
}

// Initials that spell a listed syllable ("G I": "Gi") stay initials first: the names the
// query's words reach are not crowded out by every name holding the syllable.
TEST(Screener, SpelledInitialsDoNotCrowdOutTheNamesWordsReach) {
  std::vector<Entity> entities;
  for (int pos = 0; pos < 600; ++pos) {
    entities.push_back(MakeEntity("gi" + std::to_string(pos), Schema::kPerson,
                                  {"Kim Gi Dae" + std::to_string(pos)}));
  }
  for (int pos = 0; pos < 600; ++pos) {
    entities.push_back(MakeEntity("s" + std::to_string(pos), Schema::kPerson,
                                  {"Ivan" + std::to_string(pos) + " Sidorov"}));
  }
  entities.push_back(MakeEntity("gennady", Schema::kPerson, {"Gennady Igorevich Sidorov"}));
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  ScreenOptions options;
  options.threshold = 0;
  Query query;
  query.name = "G. I. Sidorov";
  auto hits = (*screener)->Screen(query, options);
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:gennady");
}

// A name of initials and a legal form ("E. S. Co.") is found by its initials: the legal form
// reaches nothing better (here a name whose initials it spells, Chechen Omar).
TEST(Screener, InitialsAndALegalFormFindTheirName) {
  std::vector<Entity> entities;
  entities.push_back(MakeEntity("omar", Schema::kPerson, {"Chechen Omar"}));
  for (int pos = 0; pos < 300; ++pos) {
    entities.push_back(MakeEntity("co" + std::to_string(pos), Schema::kOrganization,
                                  {"Trading" + std::to_string(pos) + " Co."}));
  }
  entities.push_back(
      MakeEntity("es", Schema::kOrganization, {"ELECTRO SANAM COMPANY", "E. S. Co.", "E. X. Co."}));
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  Query query;
  query.name = "E. S. Co.";
  auto hits = (*screener)->Screen(query, {});
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:es");
  EXPECT_GT(hits[0].score, 0.9);
}

// Equal scores: the entity whose listed name is written as the query is comes first, whatever
// the ids ("JOINT STOCK COMPANY AVRORA" and "AVRORA JSC" are both read "jsc avrora").
TEST(Screener, EqualScoresRankTheNameWrittenAsTheQueryFirst) {
  std::vector<Entity> entities;
  entities.push_back(
      MakeEntity("a", Schema::kOrganization, {"Avrora Scientific Concern", "AVRORA JSC"}));
  entities.push_back(MakeEntity("b", Schema::kOrganization, {"JOINT STOCK COMPANY AVRORA"}));
  AddFillers(50, "Person Number", " Khan", &entities);
  auto screener = Screener::Create(std::move(entities));
  ASSERT_TRUE(screener.has_value());
  Query query;
  query.name = "Joint Stock Company Avrora";
  auto hits = (*screener)->Screen(query, {});
  ASSERT_GE(hits.size(), 2U);
  EXPECT_EQ(hits[0].score, hits[1].score);
  EXPECT_EQ(hits[0].entity_id, "test:b");
  query.name = "Avrora JSC";
  hits = (*screener)->Screen(query, {});
  ASSERT_GE(hits.size(), 2U);
  EXPECT_EQ(hits[0].entity_id, "test:a");
}

TEST(Screener, ThresholdZeroReturnsTopCandidates) {
  auto screener = SmallScreener();
  Query query;
  query.name = "Person Khan";
  ScreenOptions options;
  options.threshold = 0;
  options.limit = 5;
  auto hits = screener->Screen(query, options);
  EXPECT_EQ(hits.size(), 5u);
  for (std::size_t pos = 1; pos < hits.size(); ++pos) {
    EXPECT_GE(hits[pos - 1].score, hits[pos].score);
  }
}

TEST(Batch, WritesOneLinePerRecordInOrder) {
  auto screener = SmallScreener();
  std::ostringstream out;
  auto stats =
      ScreenBatch(*screener, "id,name\n1,Majeed Brigade\n2,Nobody Here\n", "in.csv", {}, out);
  ASSERT_TRUE(stats.has_value()) << stats.error().ToString();
  EXPECT_EQ(stats->records, 2u);
  std::string text = out.str();
  EXPECT_EQ(text.find("{\"id\": \"1\""), 0u);
  EXPECT_NE(text.find("\n{\"id\": \"2\", \"hits\": []}"), std::string::npos);
}

TEST(Batch, ReportsTheLineOfABadRecord) {
  auto screener = SmallScreener();
  std::ostringstream out;
  auto stats =
      ScreenBatch(*screener, "{\"id\": \"1\", \"name\": \"x\"}\n{\"id\": 2, \"name\": [1]}\n",
                  "in.jsonl", {}, out);
  ASSERT_FALSE(stats.has_value());
  EXPECT_NE(stats.error().message().find("in.jsonl:2"), std::string::npos);
  EXPECT_NE(stats.error().message().find("name"), std::string::npos);
}

TEST(ScreenerShared, FindsDesignatedGroupsInRealLists) {
  std::filesystem::path dir =
      std::filesystem::path(CORDON_SHARED_DIR) / "data/lists/us_ofac_sdn/latest";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " is absent";
  auto lists = LoadLists(dir.string(), {});
  ASSERT_TRUE(lists.has_value()) << lists.error().ToString();
  auto screener = Screener::Create(std::move((*lists)[0].entities));
  ASSERT_TRUE(screener.has_value());
  struct Case {
    const char* query;
    const char* expected;
  };
  for (const Case& c : {Case{"Tehreek-e-Taliban Pakistan", "us_ofac_sdn:12206"},
                        Case{"Baloch Liberation Army", "us_ofac_sdn:26953"},
                        Case{"ISIS Khorasan", "us_ofac_sdn:18647"}}) {
    Query query;
    query.name = c.query;
    auto hits = (*screener)->Screen(query, {});
    ASSERT_FALSE(hits.empty()) << c.query;
    EXPECT_EQ(hits[0].entity_id, c.expected) << c.query;
  }
}

}  // namespace
}  // namespace cordon
