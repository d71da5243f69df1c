#include <cstdio>
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "cli/cli_test_util.h"

namespace cordon {
namespace {

using testing::CommandResult;
using testing::RunCordon;

const std::string kExampleList = std::string(CORDON_TEST_DATA_DIR) + "/../../data/example_list.csv";

TEST(ScreenCommand, ListOptionDoesNotSwallowTheName) {
  CommandResult result = RunCordon({"screen", "--list", kExampleList, "Majeed Brigade"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("bla"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("Majeed Brigade"), std::string::npos);
}

TEST(ScreenCommand, UsesTheExampleListWithoutList) {
  CommandResult result = RunCordon({"screen", "Tehreek-e-Taliban Pakistan"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("Tehrik-e Taliban Pakistan"), std::string::npos) << result.out;
  EXPECT_NE(result.err.find("example list"), std::string::npos);
}

TEST(ScreenCommand, BatchWritesJsonLinesInInputOrder) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "cordon_screen_cli_test";
  std::filesystem::create_directories(dir);
  std::string input = (dir / "in.csv").string();
  std::string output = (dir / "out.jsonl").string();
  std::ofstream(input) << "id,name,schema\nc1,Baloch Liberation Army,Organization\nc2,Jane Doe,\n";
  CommandResult result =
      RunCordon({"screen", "--list", kExampleList, "--input", input, "--output", output});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::ifstream in(output);
  std::string first;
  std::string second;
  std::getline(in, first);
  std::getline(in, second);
  EXPECT_EQ(first.rfind("{\"id\": \"c1\"", 0), 0u) << first;
  EXPECT_NE(first.find("\"entity_id\": \"example_list:bla\""), std::string::npos) << first;
  EXPECT_EQ(second, "{\"id\": \"c2\", \"hits\": []}");
  std::filesystem::remove_all(dir);
}

TEST(ScreenCommand, BadBatchRecordNamesTheLine) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "cordon_screen_cli_bad";
  std::filesystem::create_directories(dir);
  std::string input = (dir / "in.csv").string();
  std::ofstream(input) << "id,name,birth_date\nc1,Someone,1960\nc2,Other,not-a-date\n";
  CommandResult result = RunCordon({"screen", "--list", kExampleList, "--input", input});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("in.csv:3"), std::string::npos) << result.err;
  EXPECT_NE(result.err.find("birth_date"), std::string::npos) << result.err;
  std::filesystem::remove_all(dir);
}

TEST(CompareCommand, ExplainsTheScore) {
  CommandResult result = RunCordon({"compare", "SALEK, ABDULHAI", "Abdulhai Salek"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("score 1.000"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("'salek' = 'salek'"), std::string::npos) << result.out;
}

}  // namespace
}  // namespace cordon
