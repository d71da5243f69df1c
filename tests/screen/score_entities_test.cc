// Screener::ScoreEntities gives the very score Screen() gives, and exhaustive candidate
// generation finds names made only of common tokens.
#include <algorithm>
#include <sstream>

#include <gtest/gtest.h>

#include "cordon/ingest.h"
#include "cordon/screen.h"
#include "cordon/synth.h"

#include "testing/entities.h"

namespace cordon {
namespace {

using testing::MakeEntity;

std::unique_ptr<Screener> Build(std::vector<Entity> entities) {
  auto screener = Screener::Create(std::move(entities), {.threads = 1, .metadata = ""});
  EXPECT_TRUE(screener.has_value());
  return std::move(*screener);
}

std::size_t PositionOf(const Screener& screener, const std::string& id) {
  for (std::size_t e = 0; e < screener.entity_count(); ++e) {
    if (screener.EntityAt(e).id == id) return e;
  }
  return screener.entity_count();
}

TEST(ScoreEntities, EqualsTheScoreOfScreen) {
  std::vector<Entity> entities = {
      MakeEntity("l", "1", Schema::kPerson, {"Abdul Rahman Yasin", "Abdulrahman Yaseen"}),
      MakeEntity("l", "2", Schema::kOrganization, {"Balochistan Liberation Army", "BLA"}),
      MakeEntity("l", "3", Schema::kPerson, {"Viktor Anatolyevich BOUT", "Victor But"}),
      MakeEntity("l", "4", Schema::kPerson, {"Hafiz Muhammad SAEED"}),
      MakeEntity("l", "5", Schema::kVessel, {"Viktor Bout"}),
  };
  entities[2].birth_dates.push_back(BirthDate{{1967, 1, 13}, {1967, 1, 13}, false});
  entities[2].nationalities.push_back("RU");
  auto screener = Build(entities);
  std::vector<Query> queries(6);
  queries[0].name = "Abdulrahman Yasin";
  queries[1].name = "Baluchistan Liberation Army";
  queries[2].name = "Viktor BUT";
  queries[2].birth_date = "1967";
  queries[3].name = "Victor Bout";
  queries[3].birth_date = "1980-02-02";
  queries[3].country = "UA";
  queries[3].schema = Schema::kPerson;
  queries[4].name = "Mohammed Saeed";
  queries[5].name = "Unrelated Person";
  ScreenOptions options;
  options.threshold = 0;
  options.limit = 10;
  for (const Query& query : queries) {
    std::vector<std::size_t> all;
    for (std::size_t e = 0; e < screener->entity_count(); ++e) all.push_back(e);
    const std::vector<double> scores = screener->ScoreEntities(query, all);
    ASSERT_EQ(scores.size(), all.size());
    for (const Hit& hit : screener->Screen(query, options)) {
      EXPECT_DOUBLE_EQ(scores[PositionOf(*screener, hit.entity_id)], hit.score)
          << query.name << " / " << hit.entity_id;
    }
  }
  // Out of range positions score 0.
  EXPECT_EQ(screener->ScoreEntities(queries[0], {999})[0], 0);
}

// NameMatchesAmong: exactly the names of another index that score `least` or more, bound or not.
TEST(ScoreEntities, NameMatchesAmongIsExact) {
  std::vector<Entity> listed = {
      MakeEntity("l", "1", Schema::kPerson, {"Gul Muhammad Noorzai", "Gul Noorzai"}),
      MakeEntity("l", "2", Schema::kPerson, {"Zhang Bingruo", "Bingruo Zhang"}),
      MakeEntity("l", "3", Schema::kOrganization, {"Tehrik-e Taliban Pakistan", "TTP"}),
      MakeEntity("l", "4", Schema::kPerson, {"Jiang Wen-ji"}),
      MakeEntity("l", "5", Schema::kPerson, {"RF-78838"}),  // a code, compared whole too
      MakeEntity("l", "6", Schema::kOrganization, {"BS COMPANY OFFSHORE", "K D RUBBER"}),
      MakeEntity("l", "7", Schema::kPerson, {"Abdullah AL-MASRI", "عبد الرحمن المصري"}),
      // Written by sound: read both as romanised and as respelled (text::Respell()).
      MakeEntity("l", "8", Schema::kPerson, {"Sergei BALABANOV", "巴拉巴诺夫"}),
      MakeEntity("l", "9", Schema::kPerson, {"ウサマ・ビン・ラディン"}),
      // Latin names that vowelless ones meet by their consonants, and not by their vowels.
      MakeEntity("l", "10", Schema::kOrganization, {"ABYSS", "Downy"}),
      MakeEntity("l", "11", Schema::kPerson, {"Adan Kopp", "Usama bin Laden"}),
      // An acronym in parentheses, a name of its own met only as written; a legal form spelled
      // out; a nickname.
      MakeEntity("l", "12", Schema::kOrganization, {"HAQQANI NETWORK (HQN)"}),
      MakeEntity("l", "13", Schema::kOrganization, {"ROMASHKA LTD"}),
      MakeEntity("l", "14", Schema::kPerson, {"Richard Nixon"}),
  };
  auto lists = Build(listed);
  std::vector<std::string> names = {"Muhammad GUL",
                                    "GUL NASRZAI",
                                    "Zhang Xinruo",
                                    "Zhang Ji",
                                    "Noorzai Gul",
                                    "Jane Doe",
                                    "Tehreek e Taliban Pakistan",
                                    "TTP",
                                    "T T P",
                                    "Gulmuhammad Noorzai",
                                    "Zhang Wei",
                                    "Muhammad Ali Noorzai",
                                    "Trading LLC",
                                    "Bingruo",
                                    "Wenji Jiang",
                                    "DF-78838",
                                    "RF 78839",
                                    "78838",
                                    "B.S. COMPANY",
                                    "B S COMPANY OFFSHORE",
                                    "KD RUBBER",
                                    "K D R",
                                    "عبد الله المصري",
                                    "محمد المصري",
                                    "Abdulrahman Almasri",
                                    "Abd Allah Masri",
                                    "巴拉巴诺夫",
                                    "バラバノフ",
                                    "Barabanov",
                                    "Usama bin Ladin",
                                    "奥萨马·本·拉登",
                                    "랄스턴",
                                    "פייש",
                                    "אדאן",
                                    "קופ",
                                    "أسامة بن لادن",
                                    "HQN",
                                    "Haqqani Network",
                                    "הקן",
                                    "HQM",
                                    "Acme Trading (HQN)",
                                    "Romashka LLC",
                                    "Общество с ограниченной ответственностью Ромашка",
                                    "Dick Nixon"};
  std::vector<Entity> others;
  for (std::size_t i = 0; i < names.size(); ++i) {
    others.push_back(MakeEntity("c", std::to_string(i), Schema::kPerson, {names[i]}));
  }
  auto customers = Build(others);
  std::vector<std::size_t> all(customers->entity_count());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  for (double least : {0.5, 0.6825, 0.8, 0.9}) {
    for (std::size_t e = 0; e < lists->entity_count(); ++e) {
      std::vector<std::size_t> passed = lists->NameMatchesAmong(*customers, e, all, least);
      for (std::size_t c = 0; c < all.size(); ++c) {
        Query query;
        query.name = customers->EntityAt(c).names[0].full;
        const double score = lists->ScoreEntities(query, {e})[0];
        const bool in = std::find(passed.begin(), passed.end(), c) != passed.end();
        EXPECT_EQ(in, score >= least) << query.name << " vs " << lists->EntityAt(e).id << ": score "
                                      << score << ", least " << least;
      }
    }
  }
}

// The same on synthetic names and their variants (typos, reorders, dropped middle names,
// initials, transliterations) and unlisted names: the bound's shortcuts never rule out a
// customer that scores `least`.
TEST(ScoreEntities, NameMatchesAmongIsExactOnSyntheticVariants) {
  const std::vector<Entity> listed = testing::SyntheticEntities(60, 5);
  ASSERT_FALSE(listed.empty());
  std::vector<const Entity*> sources;
  for (const Entity& entity : listed) sources.push_back(&entity);
  QueryGenOptions generate;
  generate.count = 500;
  generate.seed = 9;
  generate.negatives = 0.2;
  std::ostringstream queries;
  ASSERT_TRUE(WriteSyntheticQueries(sources, generate, queries).ok());
  std::vector<Entity> others;
  std::istringstream lines(queries.str());
  std::string line;
  std::getline(lines, line);  // header
  while (std::getline(lines, line)) {
    const std::size_t tab = line.find('\t');
    const std::size_t next = line.find('\t', tab + 1);
    ASSERT_NE(next, std::string::npos) << line;
    others.push_back(MakeEntity("c", line.substr(0, tab), Schema::kPerson,
                                {line.substr(tab + 1, next - tab - 1)}));
  }
  auto lists = Build(listed);
  auto customers = Build(others);
  std::vector<std::size_t> all(customers->entity_count());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  std::size_t passing = 0;
  for (double least : {0.55, 0.7, 0.85}) {
    for (std::size_t e = 0; e < lists->entity_count(); ++e) {
      std::vector<std::size_t> passed = lists->NameMatchesAmong(*customers, e, all, least);
      std::sort(passed.begin(), passed.end());
      for (std::size_t c = 0; c < all.size(); ++c) {
        Query query;
        query.name = customers->EntityAt(c).names[0].full;
        const double score = lists->ScoreEntities(query, {e})[0];
        const bool in = std::binary_search(passed.begin(), passed.end(), c);
        passing += in;
        EXPECT_EQ(in, score >= least) << query.name << " vs " << lists->EntityAt(e).id << ": score "
                                      << score << ", least " << least;
      }
    }
  }
  EXPECT_GT(passing, 100U);  // the variants do reach their entities
}

// Thousands of "Muhammad ..." and "Gul ..." names (each with a rare tag), none with both.
std::vector<Entity> MuhammadsAndGuls() {
  std::vector<Entity> entities;
  for (int i = 0; i < 3000; ++i) {
    const std::string tag = "Zq" + std::to_string(i * 7919 % 100003) + "x";
    entities.push_back(
        MakeEntity("c", "m" + std::to_string(i), Schema::kPerson, {"Muhammad " + tag}));
    entities.push_back(MakeEntity("c", "g" + std::to_string(i), Schema::kPerson, {"Gul " + tag}));
  }
  return entities;
}

// Every candidate of twenty returned, whatever its score.
ScreenOptions TwentyCandidatesAnyScore() {
  ScreenOptions options;
  options.threshold = 0;
  options.limit = 20;
  options.candidates = 20;
  return options;
}

TEST(ScoreEntities, DefaultCandidatesNeedARareTokenOrTwoCommonOnes) {
  // "Muhammad" and "Gul" are each on thousands of names; "Noorzai" on one.
  std::vector<Entity> entities = MuhammadsAndGuls();
  entities.push_back(MakeEntity("c", "noorzai", Schema::kCompany, {"Noorzai Trading"}));
  entities.push_back(MakeEntity("c", "target", Schema::kPerson, {"Muhammad GUL"}));
  auto screener = Build(entities);
  Query query;
  query.name = "Gul Muhammad Noorzai";
  ScreenOptions options = TwentyCandidatesAnyScore();
  auto found = [&](const std::vector<Hit>& hits) {
    for (const Hit& hit : hits) {
      if (hit.entity_id == "c:target") return true;
    }
    return false;
  };
  options.exhaustive = true;
  std::vector<Hit> hits = screener->Screen(query, options);
  EXPECT_TRUE(found(hits));
  std::size_t others = 0;  // names that share one common token only
  for (const Hit& hit : hits) others += hit.entity_id != "c:target" && hit.entity_id != "c:noorzai";
  EXPECT_GT(others, 0U);
  // The default stays fast: a common token only adds to the names a rarer token reached, and
  // to those another common token reaches too ("Muhammad GUL"), never to the thousands of
  // names that share it alone.
  options.exhaustive = false;
  hits = screener->Screen(query, options);
  EXPECT_TRUE(found(hits));
  for (const Hit& hit : hits) {
    EXPECT_TRUE(hit.entity_id == "c:target" || hit.entity_id == "c:noorzai") << hit.entity_id;
  }
}

TEST(ScoreEntities, TwoQueryTokensReachingOneListedTokenAreOneHit) {
  // "Muhammad" and "Mohammed" both reach the listed "Muhammad": a name that holds it once is
  // hit once, and so is no candidate of "Muhammad Mohammed Gul" by that token alone.
  std::vector<Entity> entities = MuhammadsAndGuls();
  entities.push_back(MakeEntity("c", "target", Schema::kPerson, {"Muhammad GUL"}));
  auto screener = Build(entities);
  Query query;
  query.name = "Muhammad Mohammed Gul";
  std::vector<Hit> hits = screener->Screen(query, TwentyCandidatesAnyScore());
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "c:target");
  for (const Hit& hit : hits) EXPECT_EQ(hit.entity_id, "c:target");
}

TEST(ScoreEntities, CommonTokensAloneStillGiveCandidates) {
  std::vector<Entity> entities = MuhammadsAndGuls();
  auto screener = Build(entities);
  ScreenOptions options;
  options.threshold = 0;
  options.limit = 5;
  // One common token, or two that share no name: the cheapest is walked, as nothing better
  // exists.
  for (const char* name : {"Muhammad", "Gul Muhammad"}) {
    Query query;
    query.name = name;
    EXPECT_EQ(screener->Screen(query, options).size(), 5U) << name;
  }
}

// Reach() on a customer index, filtered by the lists' loose keys, still finds every customer
// whose forward screening against the lists has the entity among its candidates.
TEST(ScoreEntities, ReachFilteredByTheListsKeepsEveryForwardCandidate) {
  // Many listed tokens share loose keys (the suffix "vich", the prefix "abdu"), so that the
  // forward candidate step skips those keys.
  const char* kStems[] = {"ab", "ak", "al", "ar", "bo", "da", "fe", "go", "ig", "ka",
                          "le", "mi", "ni", "ol", "pa", "ro", "se", "ti", "va", "ze"};
  std::vector<Entity> listed;
  std::vector<Entity> customers;
  int n = 0;
  for (const char* a : kStems) {
    for (const char* b : {"tr", "nd", "rk", "sl"}) {
      const std::string surname = std::string(a) + b + "ovich";
      const std::string given = "Abdu" + std::string(b) + a;
      listed.push_back(MakeEntity("l", std::to_string(n), Schema::kPerson,
                                  {given + " " + surname, "Ivan " + surname}));
      // Customers: the same, misspelt, or sharing only a loose key.
      std::string misspelt = surname;
      misspelt[1] = 'q';
      customers.push_back(
          MakeEntity("c", "a" + std::to_string(n), Schema::kPerson, {given + " " + misspelt}));
      customers.push_back(MakeEntity("c", "b" + std::to_string(n), Schema::kPerson,
                                     {"Petr " + std::string(b) + a + "kovich"}));
      ++n;
    }
  }
  auto lists = Build(listed);
  auto customer_index = Build(customers);
  ScreenOptions options;
  options.threshold = 0;
  options.limit = 1000;
  options.candidates = 1000;
  std::size_t filtered_total = 0;
  std::size_t unfiltered_total = 0;
  for (std::size_t e = 0; e < lists->entity_count(); ++e) {
    std::vector<std::size_t> reached;
    std::vector<std::size_t> unfiltered;
    for (const Name& name : lists->EntityAt(e).names) {
      Query probe;
      probe.name = name.full;
      for (std::size_t c : customer_index->Reach(probe, 0, lists.get())) reached.push_back(c);
      for (std::size_t c : customer_index->Reach(probe, 0)) unfiltered.push_back(c);
    }
    std::sort(reached.begin(), reached.end());
    reached.erase(std::unique(reached.begin(), reached.end()), reached.end());
    std::sort(unfiltered.begin(), unfiltered.end());
    unfiltered.erase(std::unique(unfiltered.begin(), unfiltered.end()), unfiltered.end());
    filtered_total += reached.size();
    unfiltered_total += unfiltered.size();
    EXPECT_TRUE(
        std::includes(unfiltered.begin(), unfiltered.end(), reached.begin(), reached.end()));
    for (std::size_t c = 0; c < customer_index->entity_count(); ++c) {
      Query query;
      query.name = customer_index->EntityAt(c).names[0].full;
      bool candidate = false;
      for (const Hit& hit : lists->Screen(query, options)) {
        candidate = candidate || hit.entity_id == lists->EntityAt(e).id;
      }
      if (candidate) {
        EXPECT_TRUE(std::binary_search(reached.begin(), reached.end(), c))
            << query.name << " has " << lists->EntityAt(e).id << " as a candidate";
      }
    }
  }
  // The filter does prune: some loose keys are too common on the lists.
  EXPECT_LT(filtered_total, unfiltered_total);
}

}  // namespace
}  // namespace cordon
