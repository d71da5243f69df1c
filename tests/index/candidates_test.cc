// NameIndex::Candidates() and the names that common tokens reach: they are credited the same
// whichever of its two ways (a second walk of the postings, or reading each such name's tokens)
// the counts choose. And the scratches: Prepare(), which readies the working memory of
// concurrent queries, and which scratch a thread gets.
#include <algorithm>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>

#include "index/gather_scratch.h"
#include "index/name_index.h"
#include "index/snapshot_file.h"
#include "match/prepared_name.h"
#include "testing/entities.h"

namespace cordon::index {
namespace {

// A xorshift generator (Marsaglia 2003): the same numbers on every run and platform.
class XorShift {
 public:
  explicit XorShift(std::uint64_t seed) : state_(seed) {}
  std::uint64_t operator()() {
    state_ ^= state_ << 13;
    state_ ^= state_ >> 7;
    state_ ^= state_ << 17;
    return state_;
  }

 private:
  std::uint64_t state_;
};

std::unique_ptr<NameIndex> Open(const std::vector<Entity>& entities) {
  auto image = SnapshotImage::FromBytes(BuildIndexImage(entities, "{}", 1), "test");
  EXPECT_TRUE(image.has_value());
  auto index = NameIndex::Open(*image);
  EXPECT_TRUE(index.has_value());
  return std::move(*index);
}

// The estimate Candidates() gives the first name of entity `id` for `query`; -1 when it is no
// candidate.
float EstimateOf(const NameIndex& index, const std::string& query, const std::string& id) {
  const match::PreparedName prepared = match::PrepareName(query, &index);
  std::vector<std::uint32_t> names;
  std::vector<float> estimates;
  index.Candidates(prepared, 100000, &names, &estimates, false);
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (index.EntityId(index.name(names[i]).entity) == id) return estimates[i];
  }
  return -1;
}

TEST(Candidates, CommonTokensCreditANameOnceWhicheverWayItIsCredited) {
  // Two corpora with the same counts: "Muhammad" and "Gul" on 3,000 names each, 6,000 names in
  // all. In the first no name holds both, so the one that does is credited by reading its
  // tokens; in the second 3,000 do, and the postings are walked a second time.
  std::vector<Entity> few;
  std::vector<Entity> many;
  for (int i = 0; i < 3000; ++i) {
    const std::string tag = "Zq" + std::to_string(i) + "x";
    const std::string other = "Yv" + std::to_string(i) + "w";
    few.push_back(testing::MakeEntity("c", "m" + tag, Schema::kPerson, {"Muhammad " + tag}));
    few.push_back(testing::MakeEntity("c", "g" + other, Schema::kPerson, {"Gul " + other}));
    many.push_back(testing::MakeEntity("c", "mg" + tag, Schema::kPerson, {"Muhammad Gul " + tag}));
    many.push_back(testing::MakeEntity("c", "o" + other, Schema::kPerson, {"Other " + other}));
  }
  // Its tokens interleave the query's units: both "Muhammad" and "Mohammed" reach "Muhammad",
  // which comes before and after "Gul". Each unit counts once.
  for (std::vector<Entity>* corpus : {&few, &many}) {
    corpus->push_back(
        testing::MakeEntity("c", "target", Schema::kPerson, {"Muhammad Gul Muhammad"}));
  }
  const std::string query = "Muhammad Mohammed Gul";
  const float by_tokens = EstimateOf(*Open(few), query, "c:target");
  const float by_postings = EstimateOf(*Open(many), query, "c:target");
  ASSERT_GT(by_tokens, 0);
  ASSERT_GT(by_postings, 0);
  EXPECT_FLOAT_EQ(by_tokens, by_postings);
}

// Names that reach a one-token query equally are cut by how much of each the query reached,
// not by their order in the list: a listed "Yamani", last of 1,000 names holding an "Amin"
// (whose consonants are those of يماني "ymany"), is a candidate of يماني.
TEST(Candidates, NamesTiedByTheQueryAreCutByTheirOwnShare) {
  std::vector<Entity> entities;
  for (int i = 0; i < 1000; ++i) {
    const std::string tag = "Zq" + std::to_string(i) + "x";
    entities.push_back(
        testing::MakeEntity("c", "a" + std::to_string(i), Schema::kPerson, {"Amin Kerr " + tag}));
  }
  entities.push_back(testing::MakeEntity("c", "yamani", Schema::kPerson, {"Yamani"}));
  const std::unique_ptr<NameIndex> index = Open(entities);
  const match::PreparedName query = match::PrepareName("يماني", index.get());
  std::vector<std::uint32_t> names;
  std::vector<float> estimates;
  index->Candidates(query, 50, &names, &estimates, false);
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(index->EntityId(index->name(names[0]).entity), "c:yamani");
}

// A token of few consonants is also keyed by where its vowels stand: a name written without
// short vowels finds it by its pattern even when its skeleton reaches too many tokens to walk.
TEST(Candidates, AShortSkeletonIsFoundByItsVowelPattern) {
  std::vector<Entity> entities;
  // 288 tokens of the consonants m, n (the skeleton key reaches too many of them to walk),
  // 132 of them with vowels before the m and after the n, as "ymany" writes.
  const std::vector<std::string> middles = {"a",  "e",  "i",  "o",  "u",  "ee",
                                            "oo", "ai", "ei", "ou", "ia", "io"};
  std::vector<std::string> ends = middles;
  ends.back() = "";
  int id = 0;
  for (const std::string start : {"", "o"}) {
    for (const std::string& middle : middles) {
      for (const std::string& end : ends) {
        entities.push_back(testing::MakeEntity("c", "t" + std::to_string(id++), Schema::kPerson,
                                               {start + "m" + middle + "n" + end + " Kerr"}));
      }
    }
  }
  auto found = [](const std::vector<Entity>& listed, const std::string& query_name) {
    const std::unique_ptr<NameIndex> index = Open(listed);
    const match::PreparedName query = match::PrepareName(query_name, index.get());
    std::vector<std::uint32_t> names;
    std::vector<float> estimates;
    index->Candidates(query, 50, &names, &estimates, false);
    return std::any_of(names.begin(), names.end(), [&](std::uint32_t name) {
      return index->EntityId(index->name(name).entity) == "c:yamani";
    });
  };
  // A name written without short vowels finds the Latin one, and the other way round.
  std::vector<Entity> latin = entities;
  latin.push_back(testing::MakeEntity("c", "yamani", Schema::kPerson, {"Yamani"}));
  EXPECT_TRUE(found(latin, "يماني"));
  std::vector<Entity> written = entities;
  written.push_back(testing::MakeEntity("c", "yamani", Schema::kPerson, {"يماني"}));
  EXPECT_TRUE(found(written, "Yamani"));
}

// An Arabic pair of a name and an al- word is looked up by its joined consonants, also without
// the article's l where it is not said: شمس الدین "shms aldyn" is Shamsuddin. And listed such
// pairs are found by a Latin token of their consonants.
TEST(Candidates, AVowellessPairFindsTheLatinWordItIsSaidAs) {
  const std::vector<Entity> entities = {
      testing::MakeEntity("c", "shamsuddin", Schema::kPerson, {"Shamsuddin"}),
      testing::MakeEntity("c", "shams", Schema::kPerson, {"Shams Khan"}),
      testing::MakeEntity("c", "aldin", Schema::kPerson, {"Aldin Hodzic"}),
      testing::MakeEntity("c", "nasiruddin", Schema::kPerson, {"Nasiruddin Haqqani"}),
  };
  const std::unique_ptr<NameIndex> index = Open(entities);
  EXPECT_GT(EstimateOf(*index, "شمس الدین", "c:shamsuddin"), 0);
  EXPECT_GT(EstimateOf(*index, "نصیر الدین حقانی", "c:nasiruddin"), 0);
  // Not every pair: the article stays where it is said ("abd al-karim", Abdulkarim).
  EXPECT_LT(EstimateOf(*index, "شمس الكريم", "c:shamsuddin"), 0);
  // The other way round: the pairs of names listed in Arabic letters are found by a Latin
  // token of their consonants.
  const std::unique_ptr<NameIndex> written = Open({
      testing::MakeEntity("c", "shamsuddin", Schema::kPerson, {"شمس الدین"}),
      testing::MakeEntity("c", "abdullah", Schema::kPerson, {"عبد الله"}),
      testing::MakeEntity("c", "walijan", Schema::kPerson, {"ولی جان"}),
      testing::MakeEntity("c", "shams", Schema::kPerson, {"شمس خان"}),
  });
  EXPECT_GT(EstimateOf(*written, "Shamsuddin", "c:shamsuddin"), 0);
  EXPECT_GT(EstimateOf(*written, "Abdullah Khan", "c:abdullah"), 0);
  EXPECT_GT(EstimateOf(*written, "Walijan", "c:walijan"), 0);
  EXPECT_LT(EstimateOf(*written, "Shamsuddin", "c:walijan"), 0);
  // And a written token with the article joined by a Latin token of the rest.
  const std::unique_ptr<NameIndex> article = Open({
      testing::MakeEntity("c", "qaida", Schema::kOrganization, {"القاعدة"}),
      testing::MakeEntity("c", "majid", Schema::kPerson, {"علي حسن المجيد"}),
  });
  EXPECT_GT(EstimateOf(*article, "Al-Qaida", "c:qaida"), 0);
  EXPECT_GT(EstimateOf(*article, "Majid", "c:majid"), 0);
}

// 3,000 people named `common` and a rare word each: `common` is then a common token, which
// alone reaches none of its names (the two-hit rule).
std::vector<Entity> CommonTokenCorpus(const std::string& common) {
  std::vector<Entity> entities;
  for (int i = 0; i < 3000; ++i) {
    const std::string tag = "Zq" + std::to_string(i) + "x";
    entities.push_back(testing::MakeEntity("c", tag, Schema::kPerson, {common + " " + tag}));
  }
  return entities;
}

// A token of one consonant (داود "dawd", Dawood; علي "ly", Ali) reaches the listed tokens of
// its pattern when the query has other words: "Ibrahim" is a common token. Alone it reaches
// nothing: one consonant says too little.
TEST(Candidates, TokensOfOneConsonantAreLookedUpBesideOtherWords) {
  std::vector<Entity> entities = CommonTokenCorpus("Ibrahim");
  entities.push_back(testing::MakeEntity("c", "dawood", Schema::kPerson, {"Dawood IBRAHIM"}));
  entities.push_back(testing::MakeEntity("c", "ali", Schema::kPerson, {"Ali Hassan"}));
  entities.push_back(testing::MakeEntity("c", "written", Schema::kPerson, {"علي حسن"}));
  const std::unique_ptr<NameIndex> index = Open(entities);
  EXPECT_GT(EstimateOf(*index, "داود ابراهيم", "c:dawood"), 0.8);
  EXPECT_GT(EstimateOf(*index, "علي حسن", "c:ali"), 0.8);
  // (A Latin token of one consonant is not looked up among written names.)
  EXPECT_LT(EstimateOf(*index, "Ali Ramirez", "c:written"), 0);
  EXPECT_LT(EstimateOf(*index, "داود", "c:dawood"), 0);
  EXPECT_LT(EstimateOf(*index, "علي", "c:ali"), 0);
}

// In a query of several words, a written token also looks up the skeletons of its letters read
// apart (כהן "khn", Cohen) and of an initial yod spelled J (יעקב "yqb", Jacob): "Moshe" is a
// common token.
TEST(Candidates, WrittenTokensLookUpTheirOtherSpellings) {
  std::vector<Entity> entities = CommonTokenCorpus("Moshe");
  entities.push_back(testing::MakeEntity("c", "cohen", Schema::kPerson, {"Moshe COHEN"}));
  entities.push_back(testing::MakeEntity("c", "jacob", Schema::kPerson, {"Jacob MOSHE"}));
  const std::unique_ptr<NameIndex> index = Open(entities);
  EXPECT_GT(EstimateOf(*index, "משה כהן", "c:cohen"), 0.8);
  EXPECT_GT(EstimateOf(*index, "יעקב משה", "c:jacob"), 0.8);
}

// A nickname reaches the names holding its family's given names: "Smith" is a common token.
TEST(Candidates, NicknamesReachTheirNames) {
  std::vector<Entity> entities = CommonTokenCorpus("Smith");
  entities.push_back(testing::MakeEntity("c", "william", Schema::kPerson, {"William SMITH"}));
  entities.push_back(testing::MakeEntity("c", "robert", Schema::kPerson, {"Robert SMITH"}));
  const std::unique_ptr<NameIndex> index = Open(entities);
  EXPECT_GT(EstimateOf(*index, "Bill Smith", "c:william"), 0.8);
  EXPECT_LT(EstimateOf(*index, "Bill Smith", "c:robert"), 0);
}

// Names holding two common query tokens are found through the index's pairs of common tokens:
// the query's third word is unlisted, so that no rarer word reaches a name. A name holding one
// common token and nothing else of the query is no candidate, unless its token is a listed
// spelling of few names that a common query token reaches ("Mohamad", beside thousands of
// "Muhammad"): those names are few, and each is a candidate.
TEST(Candidates, NamesHoldingTwoCommonTokensAreFoundByTheirPair) {
  std::vector<Entity> entities;
  for (int i = 0; i < 3000; ++i) {
    const std::string tag = "Zq" + std::to_string(i) + "x";
    const std::string other = "Yv" + std::to_string(i) + "w";
    entities.push_back(testing::MakeEntity("c", "m" + tag, Schema::kPerson, {"Muhammad " + tag}));
    entities.push_back(testing::MakeEntity("c", "g" + other, Schema::kPerson, {"Gul " + other}));
  }
  for (int i = 0; i < 3; ++i) {
    entities.push_back(testing::MakeEntity("c", "both" + std::to_string(i), Schema::kPerson,
                                           {"Gul Muhammad Noorzai" + std::string(i, 'a')}));
  }
  entities.push_back(testing::MakeEntity("c", "spelling", Schema::kPerson, {"Mohamad Qorbani"}));
  const std::unique_ptr<NameIndex> index = Open(entities);
  EXPECT_GT(index->counts().token_pairs, 0U);
  for (int i = 0; i < 3; ++i) {
    EXPECT_GT(EstimateOf(*index, "Muhammad Gul Wxyzzy", "c:both" + std::to_string(i)), 0);
  }
  EXPECT_LT(EstimateOf(*index, "Muhammad Gul Wxyzzy", "c:mZq7x"), 0);
  EXPECT_LT(EstimateOf(*index, "Muhammad Gul Wxyzzy", "c:gYv7w"), 0);
  EXPECT_GT(EstimateOf(*index, "Muhammad Gul Wxyzzy", "c:spelling"), 0);
}

// A code whose letters are mistyped ("DF-78838" for the aircraft RF-78838) reaches its name by
// the number alone, which ranks below the names its letters reach as an acronym; the names
// holding the number as the query writes it are candidates all the same. A number that many
// names hold brings nothing of the kind.
TEST(Candidates, NamesHoldingTheQuerysNumberAreCandidatesWhateverTheirEstimate) {
  std::vector<Entity> entities;
  for (int i = 0; i < 40; ++i) {
    const std::string tag(1, static_cast<char>('a' + i % 26));
    entities.push_back(testing::MakeEntity("c", "df" + std::to_string(i), Schema::kOrganization,
                                           {"Dar" + tag + std::to_string(i) + " Fakh" + tag}));
  }
  entities.push_back(testing::MakeEntity("c", "rf", Schema::kAircraft, {"RF-78838"}));
  for (int i = 0; i < 6; ++i) {
    entities.push_back(testing::MakeEntity("c", "n" + std::to_string(i), Schema::kOrganization,
                                           {"Unit " + std::to_string(i) + " 5555"}));
  }
  const std::unique_ptr<NameIndex> index = Open(entities);
  auto candidates = [&](const std::string& query) {
    std::vector<std::string> ids;
    std::vector<std::uint32_t> names;
    std::vector<float> estimates;
    index->Candidates(match::PrepareName(query, index.get()), 5, &names, &estimates, false);
    for (std::uint32_t name : names) ids.emplace_back(index->EntityId(index->name(name).entity));
    return ids;
  };
  const std::vector<std::string> coded = candidates("DF-78838");
  EXPECT_NE(std::find(coded.begin(), coded.end(), "c:rf"), coded.end());
  EXPECT_LE(coded.size(), 6U);
  // Six names hold 5555: they are ranked as any others are, five kept.
  EXPECT_EQ(candidates("Zz 5555").size(), 5U);
}

// Generic organisation words make no name eligible where the query's other words reach names:
// any two of them ("Trading Group") are shared by thousands of listed companies. They still
// credit the names other words reach, and a query of generic words only reaches names by them.
TEST(Candidates, GenericWordsOnlyCreditTheNamesOtherWordsReach) {
  std::vector<Entity> entities;
  for (int i = 0; i < 3000; ++i) {
    const std::string tag = "Zq" + std::to_string(i) + "x";
    entities.push_back(
        testing::MakeEntity("c", tag, Schema::kOrganization, {tag + " Trading Group"}));
  }
  entities.push_back(
      testing::MakeEntity("c", "chenghu", Schema::kOrganization, {"Chenghu Trading Group"}));
  entities.push_back(testing::MakeEntity("c", "muhammad", Schema::kPerson, {"Muhammad Gul"}));
  const std::unique_ptr<NameIndex> index = Open(entities);
  EXPECT_GT(EstimateOf(*index, "Chenghu International Trading Group", "c:chenghu"), 0.8);
  EXPECT_LT(EstimateOf(*index, "Chenghu International Trading Group", "c:Zq7x"), 0);
  EXPECT_GT(EstimateOf(*index, "Trading Group", "c:Zq7x"), 0);
  EXPECT_GT(EstimateOf(*index, "Trading Group", "c:chenghu"), 0);
}

// NthLargest() is std::nth_element(first, kth, last, std::greater<>()) for distinct keys,
// also for orders that make a median of three a poor pivot, where it gives way to nth_element.
TEST(NthLargest, PutsTheKthLargestAtKWithTheGreaterBefore) {
  XorShift next(2463534242ULL);
  for (std::size_t n : {1, 2, 3, 24, 25, 26, 100, 401, 1024}) {
    std::vector<std::vector<std::uint64_t>> orders(5);
    for (std::size_t i = 0; i < n; ++i) {
      orders[0].push_back(i);                                                     // ascending
      orders[1].push_back(n - i);                                                 // descending
      orders[2].push_back(i < n / 2 ? 2 * i : 2 * (n - i) + 1);                   // organ pipe
      orders[3].push_back(std::uint64_t{7} << 32 | (i * 2654435761U % 1000003));  // one estimate
      orders[4].push_back(next());
    }
    for (const std::vector<std::uint64_t>& original : orders) {
      std::vector<std::uint64_t> sorted = original;
      std::sort(sorted.begin(), sorted.end(), std::greater<>());
      for (std::size_t k : {std::size_t{1}, n / 2 + 1, n}) {
        std::vector<std::uint64_t> keys = original;
        gather::NthLargest(keys.data(), keys.data() + k - 1, keys.data() + n);
        ASSERT_EQ(keys[k - 1], sorted[k - 1]) << n << " keys, k " << k;
        std::vector<std::uint64_t> front(keys.begin(),
                                         keys.begin() + static_cast<std::ptrdiff_t>(k));
        std::sort(front.begin(), front.end(), std::greater<>());
        EXPECT_TRUE(std::equal(front.begin(), front.end(), sorted.begin()))
            << n << " keys, k " << k;
        std::sort(keys.begin(), keys.end(), std::greater<>());
        EXPECT_EQ(keys, sorted) << n << " keys, k " << k;  // a permutation
      }
    }
  }
}

// SelectLargest() must leave exactly the k largest keys in front, the k-th largest at k - 1,
// whatever the spread of their top bits: few distinct values (ties broken by the low bits, as
// names tied by their estimate are), a wide range, and the sizes either side of its switch to
// the histogram.
TEST(SelectLargest, KeepsTheLargestKeysWithTheKthLast) {
  XorShift next(88172645463325252ULL);
  gather::Keys keys;
  gather::Keys spare;
  for (std::size_t n : {1, 2, 50, 400, 1024, 1025, 3000, 20000}) {
    for (std::uint32_t distinct : {1U, 3U, 1000U, 0xFFFFFFFFU}) {
      std::vector<std::uint64_t> original;
      for (std::size_t i = 0; i < n; ++i) {
        const auto high = static_cast<std::uint32_t>(next() % distinct);
        original.push_back(std::uint64_t{high} << 32 | static_cast<std::uint32_t>(i));
      }
      std::vector<std::uint64_t> sorted = original;
      std::sort(sorted.begin(), sorted.end(), std::greater<>());
      for (std::size_t k : {std::size_t{1}, n / 3 + 1, n - 1}) {
        if (k == 0 || k >= n) continue;  // (all k or more keys stay as they are)
        keys.assign(original.begin(), original.end());
        gather::SelectLargest(k, &keys, &spare);
        ASSERT_GE(keys.size(), k) << n << " keys, " << distinct << " values, k " << k;
        EXPECT_EQ(keys[k - 1], sorted[k - 1]) << n << " keys, " << distinct << " values, k " << k;
        std::vector<std::uint64_t> front(keys.begin(),
                                         keys.begin() + static_cast<std::ptrdiff_t>(k));
        std::sort(front.begin(), front.end(), std::greater<>());
        EXPECT_TRUE(std::equal(front.begin(), front.end(), sorted.begin()))
            << n << " keys, " << distinct << " values, k " << k;
        // What follows the k-th is kept only from its bucket: every key of its top bits.
        const auto cut = sorted[k - 1] >> 32;
        const auto tied =
            std::count_if(sorted.begin() + static_cast<std::ptrdiff_t>(k), sorted.end(),
                          [cut](std::uint64_t key) { return (key >> 32) == cut; });
        EXPECT_GE(static_cast<std::ptrdiff_t>(keys.size() - k), tied);
      }
    }
  }
}

// SelectMarked() keeps exactly the marked names, in order, whatever the share marked; `out`
// has room for no more than the postings.
TEST(SelectMarked, KeepsTheMarkedNamesInOrder) {
  XorShift next(0x9E3779B97F4A7C15ULL);
  constexpr std::uint32_t kNames = 5000;
  std::vector<std::uint64_t> bits((kNames + 63) / 64);
  for (std::size_t size : {0, 1, 39, 40, 41, 1000}) {
    for (std::uint64_t one_in : {1, 2, 9, 1000000}) {
      std::fill(bits.begin(), bits.end(), 0);
      std::vector<bool> marked(kNames);
      for (std::uint32_t name = 0; name < kNames; ++name) {
        if (next() % one_in == 0) {
          marked[name] = true;
          bits[name >> 6] |= std::uint64_t{1} << (name & 63);
        }
      }
      std::vector<std::uint32_t> postings;
      for (std::size_t i = 0; i < size; ++i) {
        postings.push_back(static_cast<std::uint32_t>(next() % kNames));
      }
      std::sort(postings.begin(), postings.end());
      std::vector<std::uint32_t> expected;
      for (std::uint32_t name : postings) {
        if (marked[name]) expected.push_back(name);
      }
      std::vector<std::uint32_t> out(size);
      const std::size_t count = gather::SelectMarked(postings, bits.data(), out.data());
      out.resize(count);
      EXPECT_EQ(out, expected) << size << " postings, one in " << one_in << " marked";
    }
  }
}

// The slots of a query: found after insertion with what was set, absent in the next query,
// whether the table is dense from the start, grows, or grows into the dense array.
TEST(SlotTable, KeepsEachNamesSlotThroughGrowthAndEmptiesPerQuery) {
  for (const std::size_t names : {std::size_t{20000}, std::size_t{150000}, std::size_t{1} << 20}) {
    gather::SlotTable table;
    std::uint32_t stamp = 0;
    // Names 7 apart, as postings of one token reach them: 20,000 of them (10,000 of 20,000)
    // grow a 4,096-slot table four times, or into the dense array at 150,000 names.
    const std::uint32_t count = names == 20000 ? 10000 : 20000;
    for (int query = 0; query < 3; ++query) {
      const std::uint32_t first = ++stamp;
      table.Start(names, first);
      table.Reserve(count / 8);
      for (std::uint32_t i = 0; i < count; ++i) {
        bool fresh = false;
        gather::Slot& slot = table.Insert(static_cast<std::uint32_t>(i * 7 % names), &fresh);
        ASSERT_TRUE(fresh) << names << " " << i;
        slot = gather::Slot{first + 1 + i % 5, i, static_cast<float>(query), 1};
      }
      stamp += 5;
      for (std::uint32_t i = 0; i < count; ++i) {
        bool fresh = true;
        gather::Slot& slot = table.Insert(static_cast<std::uint32_t>(i * 7 % names), &fresh);
        EXPECT_FALSE(fresh);
        EXPECT_EQ(slot.stamp, first + 1 + i % 5);
        EXPECT_EQ(slot.total, static_cast<float>(query));
        const gather::Slot* found = table.Find(static_cast<std::uint32_t>(i * 7 % names));
        ASSERT_NE(found, nullptr);
        EXPECT_EQ(found->last, i);
      }
      EXPECT_EQ(table.Find(1), nullptr);
      EXPECT_EQ(table.Find(3), nullptr);
    }
    table.Start(names, ++stamp);
    EXPECT_EQ(table.Find(0), nullptr);
    EXPECT_EQ(table.Find(7), nullptr);
    // Cleared before the stamps wrap, nothing is live from stamp 1 on.
    table.Clear();
    table.Start(names, 1);
    EXPECT_EQ(table.Find(7), nullptr);
  }
}

// Prepare() sizes and touches the working memory of as many queries as asked, each in its own
// scratch of the pool: leased together afterwards, every one already fits the index.
TEST(Candidates, PrepareReadiesOneScratchPerConcurrentQuery) {
  std::vector<Entity> entities;
  for (int i = 0; i < 5000; ++i) {
    entities.push_back(testing::MakeEntity("c", "e" + std::to_string(i), Schema::kPerson,
                                           {"Name" + std::to_string(i) + " Surname"}));
  }
  auto index = Open(entities);
  index->Prepare(3);
  std::vector<std::unique_ptr<gather::ScratchLease>> leases;
  for (int q = 0; q < 3; ++q) {
    leases.push_back(std::make_unique<gather::ScratchLease>());
    gather::Scratch& scratch = **leases.back();
    EXPECT_GE(scratch.eligible_bits.size() * 64, index->name_count()) << q;
  }
  leases.clear();
  // And queries on prepared scratches find what they found before.
  const match::PreparedName query = match::PrepareName("Name17 Surname", index.get());
  std::vector<std::uint32_t> names;
  index->Candidates(query, 10, &names);
  ASSERT_FALSE(names.empty());
  EXPECT_EQ(index->EntityId(index->name(names[0]).entity), "c:e17");
}

// Two threads screening side by side each get back the scratch they used last: otherwise the
// scratches (a mark and a slot per name, and the expansion cache) move between the cores'
// caches from one query to the next.
TEST(Candidates, AThreadGetsBackTheScratchItUsedLast) {
  gather::ScratchPool& pool = gather::ScratchPool::Get();
  std::unique_ptr<gather::Scratch> mine = pool.Acquire();
  const gather::Scratch* used = mine.get();
  pool.Release(std::move(mine));
  // Another thread takes it and a second one, and gives back the second one last.
  std::thread other([&pool] {
    std::unique_ptr<gather::Scratch> first = pool.Acquire();
    std::unique_ptr<gather::Scratch> second = pool.Acquire();
    pool.Release(std::move(first));
    pool.Release(std::move(second));
  });
  other.join();
  std::unique_ptr<gather::Scratch> again = pool.Acquire();
  EXPECT_EQ(again.get(), used);
  pool.Release(std::move(again));
}

}  // namespace
}  // namespace cordon::index
