// `cordon synth` and `cordon synth queries`, run as a user runs them, and `cordon lists names`,
// which the comparison benchmarks use to export a list's names.
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "cli/cli_test_util.h"

namespace cordon {
namespace {

using testing::CommandResult;
using testing::RunCordon;

std::string ReadFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) lines.push_back(line);
  return lines;
}

std::vector<std::string> Fields(const std::string& line, char separator) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    std::size_t end = line.find(separator, start);
    fields.push_back(line.substr(start, end == std::string::npos ? end : end - start));
    if (end == std::string::npos) return fields;
    start = end + 1;
  }
}

// A scratch directory per test, removed at the end.
class SynthTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("cordon_synth_test_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override {
    std::error_code ec;
    std::filesystem::remove_all(dir_, ec);
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  // Writes a synthetic list of `entities` entities to `name` and returns its path.
  std::string Synth(const std::string& name, int entities, int seed) {
    std::string path = Path(name);
    CommandResult run = RunCordon({"synth", "--entities", std::to_string(entities), "--seed",
                                   std::to_string(seed), "-o", path});
    EXPECT_EQ(run.exit_code, 0) << run.err;
    return path;
  }

  std::filesystem::path dir_;
};

TEST_F(SynthTest, SameSeedGivesTheSameBytesAndAnotherSeedOthers) {
  std::string a = ReadFile(Synth("a.csv", 2000, 42));
  std::string b = ReadFile(Synth("b.csv", 2000, 42));
  std::string c = ReadFile(Synth("c.csv", 2000, 43));
  ASSERT_FALSE(a.empty());
  EXPECT_EQ(a, b);
  EXPECT_NE(a, c);
  EXPECT_EQ(a.rfind("id,name,schema,aliases,weak_aliases,birth_date,birth_place,country,"
                    "nationality,identifiers,programs,listed_on,remarks,gender\n",
                    0),
            0u);
}

TEST_F(SynthTest, PrintsASummaryOnStderr) {
  CommandResult run = RunCordon({"synth", "-n", "1500", "--seed", "3", "-o", Path("s.csv")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(run.out.empty());
  EXPECT_NE(run.err.find("1,500 entities"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("names written"), std::string::npos) << run.err;
}

TEST_F(SynthTest, WritesToStdoutWithoutOutput) {
  CommandResult run = RunCordon({"synth", "-n", "10", "--seed", "3"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(Lines(run.out).size(), 11u);  // header and ten rows (no field holds a line break)
}

TEST_F(SynthTest, TheListLoadsWithItsEntityCountAndAMixOfSchemas) {
  std::string list = Synth("synthetic.csv", 3000, 7);
  CommandResult run = RunCordon({"lists", "inspect", "--json", list});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(run.out).get(root), simdjson::SUCCESS) << run.out;
  std::uint64_t entities = 0;
  std::uint64_t persons = 0;
  std::uint64_t organizations = 0;
  std::uint64_t companies = 0;
  std::uint64_t names = 0;
  std::uint64_t skipped = 0;
  std::uint64_t warnings = 0;
  std::uint64_t original_script = 0;
  std::string_view format;
  std::string_view dataset;
  ASSERT_EQ(root.at_pointer("/lists/0/entities").get(entities), simdjson::SUCCESS);
  ASSERT_EQ(root.at_pointer("/lists/0/skipped_records").get(skipped), simdjson::SUCCESS);
  ASSERT_EQ(root.at_pointer("/lists/0/warning_count").get(warnings), simdjson::SUCCESS);
  ASSERT_EQ(root.at_pointer("/lists/0/format").get(format), simdjson::SUCCESS);
  ASSERT_EQ(root.at_pointer("/lists/0/dataset").get(dataset), simdjson::SUCCESS);
  ASSERT_EQ(root.at_pointer("/lists/0/datasets/0/schemas/Person").get(persons), simdjson::SUCCESS);
  ASSERT_EQ(root.at_pointer("/lists/0/datasets/0/schemas/Organization").get(organizations),
            simdjson::SUCCESS);
  ASSERT_EQ(root.at_pointer("/lists/0/datasets/0/schemas/Company").get(companies),
            simdjson::SUCCESS);
  ASSERT_EQ(root.at_pointer("/lists/0/datasets/0/names").get(names), simdjson::SUCCESS);
  ASSERT_EQ(root.at_pointer("/lists/0/datasets/0/with_original_script").get(original_script),
            simdjson::SUCCESS);
  EXPECT_EQ(format, "csv");
  EXPECT_EQ(dataset, "synthetic");
  EXPECT_EQ(entities, 3000u);
  EXPECT_EQ(skipped, 0u);
  EXPECT_EQ(warnings, 0u);
  EXPECT_EQ(persons + organizations + companies, 3000u);
  EXPECT_GT(persons, 1950u);  // about 70%
  EXPECT_LT(persons, 2250u);
  EXPECT_GT(names, 3000u * 3 / 2);  // aliases for most entities
  EXPECT_GT(original_script, 30u);
}

TEST_F(SynthTest, QueriesHaveTheCountFamiliesAndListedIds) {
  std::string list = Synth("synthetic.csv", 3000, 7);
  std::string queries = Path("q.tsv");
  CommandResult run = RunCordon({"synth", "queries", "--list", list, "--count", "700", "--seed",
                                 "5", "--negatives", "0.1", "-o", queries});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("700 queries"), std::string::npos) << run.err;

  CommandResult names = RunCordon({"lists", "names", list});
  ASSERT_EQ(names.exit_code, 0) << names.err;
  std::set<std::string> ids;
  std::set<std::string> listed_names;
  for (const std::string& line : Lines(names.out)) {
    std::vector<std::string> fields = Fields(line, '\t');
    ASSERT_EQ(fields.size(), 3u) << line;
    ids.insert(fields[0]);
    listed_names.insert(fields[1]);
  }

  std::vector<std::string> lines = Lines(ReadFile(queries));
  ASSERT_EQ(lines.size(), 701u);
  EXPECT_EQ(lines[0], "qid\tquery\texpected_entity_id\tfamily");
  std::map<std::string, int> families;
  std::set<std::string> qids;
  for (std::size_t index = 1; index < lines.size(); ++index) {
    std::vector<std::string> fields = Fields(lines[index], '\t');
    ASSERT_EQ(fields.size(), 4u) << lines[index];
    const std::string& query = fields[1];
    const std::string& expected = fields[2];
    const std::string& family = fields[3];
    qids.insert(fields[0]);
    ++families[family];
    EXPECT_FALSE(query.empty()) << lines[index];
    if (family == "negative") {
      EXPECT_TRUE(expected.empty()) << lines[index];
      EXPECT_EQ(listed_names.count(query), 0u) << lines[index];
    } else {
      EXPECT_EQ(expected.rfind("synthetic:", 0), 0u) << lines[index];
      EXPECT_EQ(ids.count(expected), 1u) << lines[index];
    }
    if (family == "exact") {
      EXPECT_EQ(listed_names.count(query), 1u) << lines[index];
    }
    if (family == "typo" || family == "reorder" || family == "translit") {
      EXPECT_EQ(listed_names.count(query), 0u) << lines[index];
    }
  }
  EXPECT_EQ(qids.size(), 700u);
  EXPECT_EQ(families["negative"], 70);
  for (const char* family : {"exact", "typo", "reorder", "drop_middle", "initials", "translit"}) {
    EXPECT_EQ(families[family], 105) << family;
  }
  EXPECT_EQ(families.size(), 7u);
}

TEST_F(SynthTest, QueriesAreDeterministic) {
  std::string list = Synth("synthetic.csv", 1000, 9);
  std::vector<std::string> outputs;
  for (const char* seed : {"11", "11", "12"}) {
    std::string path = Path(std::string("q") + std::to_string(outputs.size()) + ".tsv");
    CommandResult run =
        RunCordon({"synth", "queries", "--list", list, "-n", "200", "--seed", seed, "-o", path});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    outputs.push_back(ReadFile(path));
  }
  EXPECT_EQ(outputs[0], outputs[1]);
  EXPECT_NE(outputs[0], outputs[2]);
}

TEST_F(SynthTest, EvalReadsTheQueries) {
  std::string list = Synth("synthetic.csv", 1000, 9);
  std::string queries = Path("q.tsv");
  ASSERT_EQ(RunCordon({"synth", "queries", "--list", list, "-n", "120", "-o", queries}).exit_code,
            0);
  CommandResult run = RunCordon({"eval", "--list", list, "--queries", queries});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("Evaluated 120 queries"), std::string::npos) << run.out;
}

// Exit code 2 and `message` on stderr.
void ExpectUsageError(const CommandResult& run, const std::string& message) {
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find(message), std::string::npos) << run.err;
}

TEST_F(SynthTest, BadArgumentsExitWithTwoAndSayWhy) {
  std::string list = Synth("synthetic.csv", 50, 1);
  ExpectUsageError(RunCordon({"synth"}), "give --entities N");
  ExpectUsageError(RunCordon({"synth", "--entities", "0"}), "--entities must be at least 1");
  ExpectUsageError(RunCordon({"synth", "--entities", "-4"}), "--entities must be at least 1");
  ExpectUsageError(RunCordon({"synth", "--entities", "many"}), "--entities");
  ExpectUsageError(RunCordon({"synth", "--entities", "5", "--bogus"}), "--bogus");
  ExpectUsageError(RunCordon({"synth", "queries", "--count", "5"}), "--list is required");
  ExpectUsageError(RunCordon({"synth", "queries", "--list", list}), "give --count N");
  ExpectUsageError(RunCordon({"synth", "queries", "--list", list, "-n", "0"}),
                   "--count must be at least 1");
  ExpectUsageError(RunCordon({"synth", "queries", "--list", list, "-n", "5", "--negatives", "1.5"}),
                   "--negatives must lie in [0, 1]");
  ExpectUsageError(RunCordon({"synth", "queries", "--list", Path("missing.csv"), "-n", "5"}),
                   "missing.csv");
  ExpectUsageError(RunCordon({"synth", "-n", "5", "-o", Path("no/such/dir/list.csv")}),
                   "cannot create");
}

TEST_F(SynthTest, ListsNamesPrintsOneRowPerName) {
  std::string list = Synth("synthetic.csv", 400, 2);
  std::string output = Path("names.tsv");
  CommandResult run = RunCordon({"lists", "names", "--list", list, "-o", output});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::vector<std::string> lines = Lines(ReadFile(output));
  ASSERT_FALSE(lines.empty());
  EXPECT_EQ(lines[0], "entity_id\tname\tkind");

  CommandResult inspect = RunCordon({"lists", "inspect", "--json", list});
  ASSERT_EQ(inspect.exit_code, 0) << inspect.err;
  simdjson::dom::parser parser;
  simdjson::dom::element root;
  ASSERT_EQ(parser.parse(inspect.out).get(root), simdjson::SUCCESS);
  std::uint64_t names = 0;
  ASSERT_EQ(root.at_pointer("/lists/0/datasets/0/names").get(names), simdjson::SUCCESS);
  EXPECT_EQ(lines.size() - 1, names);

  std::map<std::string, int> kinds;
  std::set<std::string> ids;
  for (std::size_t index = 1; index < lines.size(); ++index) {
    std::vector<std::string> fields = Fields(lines[index], '\t');
    ASSERT_EQ(fields.size(), 3u) << lines[index];
    ++kinds[fields[2]];
    ids.insert(fields[0]);
  }
  EXPECT_EQ(ids.size(), 400u);
  EXPECT_EQ(kinds["primary"], 400);
  EXPECT_GT(kinds["strong_alias"], 0);
  EXPECT_GT(kinds["weak_alias"], 0);
  EXPECT_EQ(kinds.size(), 3u);
}

TEST(ListsNamesCommand, NeedsAList) {
  CommandResult run = RunCordon({"lists", "names"});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("give a list PATH"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace cordon
