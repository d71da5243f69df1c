// The synthetic list and query generators (cordon/synth.h): the same seed gives the same bytes,
// every row parses, and the vocabulary looks like an aggregated list's: a few very common tokens
// over a long tail of rare ones, and primary names that rarely repeat.
#include "cordon/synth.h"

#include <algorithm>
#include <cstdint>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include <gtest/gtest.h>

#include "cordon/entity.h"
#include "cordon/ingest.h"

#include "synth/rng.h"
#include "synth/spelling.h"
#include "synth/tail_names.h"
#include "text/normalize.h"

namespace cordon {
namespace {

std::string Synthesize(std::uint64_t entities, std::uint64_t seed,
                       SynthSummary* summary = nullptr) {
  SynthOptions options;
  options.entities = entities;
  options.seed = seed;
  std::ostringstream out;
  Status status = WriteSyntheticList(options, out, summary);
  EXPECT_TRUE(status.ok()) << status.ToString();
  return out.str();
}

LoadedList Parse(const std::string& csv) {
  Result<LoadedList> list = ParseListBytes(csv, "synthetic.csv", LoadOptions());
  EXPECT_TRUE(list.has_value()) << list.error().ToString();
  return list ? std::move(*list) : LoadedList();
}

TEST(SyntheticList, SameSeedGivesTheSameBytesAndAnotherSeedOthers) {
  std::string a = Synthesize(3000, 42);
  EXPECT_EQ(a, Synthesize(3000, 42));
  EXPECT_NE(a, Synthesize(3000, 43));
  // A longer list starts with the shorter one: rows do not depend on the count.
  std::string longer = Synthesize(3500, 42);
  EXPECT_EQ(longer.compare(0, a.size(), a), 0);
}

TEST(SyntheticList, EveryRowParsesAndTheSummaryCountsIt) {
  SynthSummary summary;
  LoadedList list = Parse(Synthesize(5000, 7, &summary));
  EXPECT_EQ(list.format, ListFormat::kCordonCsv);
  EXPECT_EQ(list.skipped_records, 0u);
  EXPECT_TRUE(list.warnings.empty()) << list.warnings.front().ToString();
  ASSERT_EQ(list.entities.size(), 5000u);
  EXPECT_EQ(summary.entities, 5000u);
  std::uint64_t names = 0;
  std::uint64_t persons = 0;
  for (std::size_t index = 0; index < list.entities.size(); ++index) {
    const Entity& entity = list.entities[index];
    EXPECT_EQ(entity.list_id, std::to_string(index + 1));
    ASSERT_FALSE(entity.names.empty()) << entity.id;
    EXPECT_EQ(entity.names[0].kind, NameKind::kPrimary) << entity.id;
    for (const Name& name : entity.names) EXPECT_FALSE(name.full.empty()) << entity.id;
    EXPECT_FALSE(entity.countries.empty()) << entity.id;
    EXPECT_FALSE(entity.programs.empty()) << entity.id;
    names += entity.names.size();
    persons += entity.schema == Schema::kPerson;
  }
  EXPECT_EQ(summary.names, names);
  EXPECT_EQ(summary.persons, persons);
  EXPECT_GT(persons, 3250u);  // about 70%
  EXPECT_LT(persons, 3750u);
}

TEST(SyntheticList, WritesNamesInTheirOriginalScripts) {
  LoadedList list = Parse(Synthesize(5000, 3));
  std::set<Script> scripts;
  for (const Entity& entity : list.entities) {
    for (const Name& name : entity.names) scripts.insert(DetectScript(name.full));
  }
  for (Script script :
       {Script::kLatin, Script::kArabic, Script::kCyrillic, Script::kHan, Script::kHangul}) {
    EXPECT_EQ(scripts.count(script), 1u) << ScriptName(script);
  }
}

TEST(SyntheticList, RefusesNoEntitiesAndReportsAFailedStream) {
  std::ostringstream out;
  EXPECT_EQ(WriteSyntheticList(SynthOptions(), out).code(), StatusCode::kInvalidArgument);
  SynthOptions options;
  options.entities = 10;
  out.setstate(std::ios::badbit);
  EXPECT_EQ(WriteSyntheticList(options, out).code(), StatusCode::kIoError);
}

// Primary names repeat only as common names do on real lists: at 1,000,000 names (about 435,000
// entities) 95.8% are distinct.
TEST(SyntheticList, MostPrimaryNamesAreDistinct) {
  LoadedList list = Parse(Synthesize(50000, 1));
  std::unordered_set<std::string> primaries;
  for (const Entity& entity : list.entities) {
    primaries.insert(text::NormalizeText(entity.names[0].full));
  }
  EXPECT_GE(primaries.size(), 50000u * 98 / 100);
}

// At 1,000,000 names (about 435,000 entities) the generator gives some 310,000 distinct tokens
// (as the index counts them), 43% of them in one name only, and the most frequent in 4.7% of
// names; at 50,000 entities (about 117,000 names) the same shape holds at its scale.
TEST(SyntheticList, VocabularyHasALongTailUnderAFewCommonTokens) {
  LoadedList list = Parse(Synthesize(50000, 1));
  std::unordered_map<std::string, std::uint64_t> names_with;  // token -> names holding it
  std::uint64_t names = 0;
  for (const Entity& entity : list.entities) {
    for (const Name& name : entity.names) {
      ++names;
      text::NormalizedName normalized = text::NormalizeName(name.full);
      std::set<std::string> tokens(normalized.tokens.begin(), normalized.tokens.end());
      for (const std::string& token : tokens) ++names_with[token];
    }
  }
  std::uint64_t top = 0;
  std::uint64_t once = 0;
  for (const auto& [token, count] : names_with) {
    top = std::max(top, count);
    once += count == 1;
  }
  double top_share = static_cast<double>(top) / static_cast<double>(names);
  EXPECT_GT(names, 100000u);
  EXPECT_GE(names_with.size(), 40000u);           // 150,000 at 1,000,000 names
  EXPECT_GE(once, names_with.size() * 35 / 100);  // a long tail of tokens met once
  EXPECT_GE(top_share, 0.02);
  EXPECT_LE(top_share, 0.05);
}

// Tail names: rare, deterministic, with their script and another romanisation when they have
// them.
TEST(TailNames, AreMostlyDistinctAndDeterministic) {
  synth::Rng rng(5);
  synth::Rng again(5);
  std::set<std::string> russian;
  std::set<std::string> arabic;
  std::set<std::string> western;
  for (int draw = 0; draw < 5000; ++draw) {
    synth::TailName name = synth::RussianFamilyTail(rng);
    EXPECT_EQ(name.latin, synth::RussianFamilyTail(again).latin);
    russian.insert(name.latin);
    arabic.insert(synth::ArabicFamilyTail(rng).latin);
    synth::ArabicFamilyTail(again);
    western.insert(synth::WesternFamilyTail(rng).latin);
    synth::WesternFamilyTail(again);
  }
  EXPECT_GT(russian.size(), 4500u);
  EXPECT_GT(arabic.size(), 4000u);
  EXPECT_GT(western.size(), 4500u);
}

TEST(TailNames, ArabicNamesCarryTheirScriptAndAnotherSpelling) {
  synth::Rng rng(9);
  int with_article = 0;
  int with_alt = 0;
  for (int draw = 0; draw < 500; ++draw) {
    synth::TailName name = synth::ArabicFamilyTail(rng);
    EXPECT_EQ(DetectScript(name.latin), Script::kLatin) << name.latin;
    EXPECT_EQ(DetectScript(name.script), Script::kArabic) << name.latin << " " << name.script;
    if (name.article) {
      ++with_article;
      EXPECT_EQ(name.script.rfind("ال", 0), 0u) << name.script;
    }
    if (!name.alt.empty()) {
      ++with_alt;
      EXPECT_NE(name.alt, name.latin);
    }
  }
  EXPECT_GT(with_article, 50);
  EXPECT_GT(with_alt, 250);
}

TEST(TailNames, RussianNamesTakeRussianSuffixes) {
  synth::Rng rng(2);
  for (int draw = 0; draw < 300; ++draw) {
    std::string name = synth::LowerAscii(synth::RussianFamilyTail(rng).latin);
    bool known = false;
    for (const char* suffix :
         {"ov", "ev", "in", "enko", "uk", "sky", "ich", "yak", "ko", "kin", "ets", "o"}) {
      known |= name.ends_with(suffix);
    }
    EXPECT_TRUE(known) << name;
    EXPECT_FALSE(synth::Cyrillic(name).empty());
  }
}

std::vector<const Entity*> Pointers(const LoadedList& list) {
  std::vector<const Entity*> out;
  for (const Entity& entity : list.entities) out.push_back(&entity);
  return out;
}

TEST(SyntheticQueries, CycleThroughTheFamiliesWithListedIds) {
  LoadedList list = Parse(Synthesize(3000, 7));
  QueryGenOptions options;
  options.count = 700;
  options.seed = 5;
  std::ostringstream out;
  QueryGenSummary summary;
  ASSERT_TRUE(WriteSyntheticQueries(Pointers(list), options, out, &summary).ok());
  EXPECT_EQ(summary.queries, 700u);
  EXPECT_EQ(summary.source_entities, 3000u);
  ASSERT_EQ(summary.by_family.size(), QueryFamilies().size() + 1);
  for (std::size_t index = 0; index < QueryFamilies().size(); ++index) {
    EXPECT_EQ(summary.by_family[index].first, QueryFamilies()[index]);
    EXPECT_EQ(summary.by_family[index].second, 105u) << summary.by_family[index].first;
  }
  EXPECT_EQ(summary.by_family.back().first, "negative");
  EXPECT_EQ(summary.by_family.back().second, 70u);

  std::set<std::string> ids;
  for (const Entity& entity : list.entities) ids.insert(entity.id);
  std::istringstream lines(out.str());
  std::string line;
  std::getline(lines, line);
  EXPECT_EQ(line, "qid\tquery\texpected_entity_id\tfamily");
  int rows = 0;
  while (std::getline(lines, line)) {
    ++rows;
    std::vector<std::string> fields;
    std::istringstream cells(line);
    std::string cell;
    while (std::getline(cells, cell, '\t')) fields.push_back(cell);
    if (line.back() == '\t') fields.push_back("");
    ASSERT_EQ(fields.size(), 4u) << line;
    EXPECT_FALSE(fields[1].empty()) << line;
    if (fields[3] == "negative") {
      EXPECT_TRUE(fields[2].empty()) << line;
    } else {
      EXPECT_EQ(ids.count(fields[2]), 1u) << line;
    }
  }
  EXPECT_EQ(rows, 700);

  std::ostringstream again;
  ASSERT_TRUE(WriteSyntheticQueries(Pointers(list), options, again).ok());
  EXPECT_EQ(again.str(), out.str());
}

TEST(SyntheticQueries, RejectBadOptionsAndListsWithoutNames) {
  LoadedList list = Parse(Synthesize(100, 1));
  std::ostringstream out;
  QueryGenOptions options;
  EXPECT_EQ(WriteSyntheticQueries(Pointers(list), options, out).code(),
            StatusCode::kInvalidArgument);  // no count
  options.count = 10;
  options.negatives = 1.5;
  EXPECT_EQ(WriteSyntheticQueries(Pointers(list), options, out).code(),
            StatusCode::kInvalidArgument);
  options.negatives = 0.1;
  EXPECT_EQ(WriteSyntheticQueries({}, options, out).code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace cordon
