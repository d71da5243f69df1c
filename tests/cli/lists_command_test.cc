// `cordon lists inspect` and `cordon lists diff`, run as a user runs them: the built binary on
// small OFAC CSV fixtures (tests/data/cli) and on the real lists in ../shared when present.
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <simdjson.h>

#include "cli/cli_test_util.h"
#include "ingest/ingest_test_util.h"

namespace cordon {
namespace {

using testing::CliFixture;
using testing::CommandResult;
using testing::RunCordon;

// Parses a command's JSON output; fails the test when it is not valid JSON.
class JsonOutput {
 public:
  explicit JsonOutput(const std::string& text) : text_(text) {
    simdjson::error_code error = parser_.parse(text_).get(root_);
    EXPECT_EQ(error, simdjson::SUCCESS) << simdjson::error_message(error) << "\n" << text;
    ok_ = error == simdjson::SUCCESS;
  }
  bool ok() const { return ok_; }
  simdjson::dom::element root() const { return root_; }

 private:
  simdjson::padded_string text_;
  simdjson::dom::parser parser_;
  simdjson::dom::element root_;
  bool ok_ = false;
};

std::uint64_t Uint(simdjson::dom::element element, std::string_view pointer) {
  std::uint64_t value = 0;
  auto error = element.at_pointer(pointer).get(value);
  EXPECT_EQ(error, simdjson::SUCCESS) << pointer;
  return value;
}

std::string String(simdjson::dom::element element, std::string_view pointer) {
  std::string_view value;
  auto error = element.at_pointer(pointer).get(value);
  EXPECT_EQ(error, simdjson::SUCCESS) << pointer;
  return std::string(value);
}

std::vector<std::string> Strings(simdjson::dom::element element, std::string_view pointer) {
  std::vector<std::string> out;
  simdjson::dom::array array;
  if (element.at_pointer(pointer).get(array) != simdjson::SUCCESS) {
    ADD_FAILURE() << pointer << " is not an array";
    return out;
  }
  for (simdjson::dom::element item : array) {
    std::string_view value;
    if (item.get(value) == simdjson::SUCCESS) out.emplace_back(value);
  }
  return out;
}

// The last blank-separated token of the text line whose label (trimmed) is `label`.
std::string TextValue(const std::string& out, const std::string& label) {
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    std::size_t start = line.find_first_not_of(' ');
    if (start == std::string::npos || line.compare(start, label.size(), label) != 0) continue;
    std::string rest = line.substr(start + label.size());
    if (!rest.empty() && rest[0] != ' ') continue;
    return rest.substr(rest.find_last_of(' ') + 1);
  }
  return "(no line '" + label + "')";
}

bool HasLine(const std::string& out, const std::string& wanted) {
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    if (line == wanted) return true;
  }
  return false;
}

// True if a line starts with `prefix`, ends with `suffix` and holds `middle` between them.
bool HasLineMatching(const std::string& out, const std::string& prefix, const std::string& middle,
                     const std::string& suffix) {
  std::istringstream lines(out);
  std::string line;
  while (std::getline(lines, line)) {
    if (line.size() < prefix.size() + suffix.size() || !line.starts_with(prefix) ||
        !line.ends_with(suffix)) {
      continue;
    }
    std::string inner = line.substr(prefix.size(), line.size() - prefix.size() - suffix.size());
    if (inner.find(middle) != std::string::npos) return true;
  }
  return false;
}

const std::string kOldSdn = "test_sdn/2024-01-01";
const std::string kNewSdn = "test_sdn/2024-02-01";

TEST(ListsInspect, PrintsCountsOfAnOfacCsvSet) {
  CommandResult run = RunCordon({"lists", "inspect", CliFixture(kOldSdn)});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(TextValue(run.out, "format"), "ofac-csv");
  EXPECT_EQ(TextValue(run.out, "version"), "2024-01-01");
  EXPECT_EQ(TextValue(run.out, "dataset"), "test_sdn");
  EXPECT_EQ(TextValue(run.out, "entities"), "4");
  EXPECT_EQ(TextValue(run.out, "Person"), "1");
  EXPECT_EQ(TextValue(run.out, "Vessel"), "1");
  EXPECT_EQ(TextValue(run.out, "names"), "7");
  EXPECT_EQ(TextValue(run.out, "skipped records"), "0");
  EXPECT_NE(run.out.find("load time"), std::string::npos);
}

TEST(ListsInspect, JsonIsOneValidDocumentWithStableKeys) {
  CommandResult run = RunCordon({"lists", "inspect", "--json", CliFixture(kOldSdn)});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  JsonOutput json(run.out);
  ASSERT_TRUE(json.ok());
  simdjson::dom::element root = json.root();
  simdjson::dom::array lists;
  ASSERT_EQ(root["lists"].get(lists), simdjson::SUCCESS);
  ASSERT_EQ(lists.size(), 1u);
  EXPECT_EQ(String(root, "/lists/0/format"), "ofac-csv");
  EXPECT_EQ(String(root, "/lists/0/dataset"), "test_sdn");
  EXPECT_EQ(String(root, "/lists/0/version"), "2024-01-01");
  EXPECT_EQ(String(root, "/lists/0/published"), "");
  EXPECT_GT(Uint(root, "/lists/0/bytes"), 0u);
  EXPECT_EQ(Uint(root, "/lists/0/entities"), 4u);
  EXPECT_EQ(Uint(root, "/lists/0/skipped_records"), 0u);
  double load_ms = -1;
  EXPECT_EQ(root.at_pointer("/lists/0/load_ms").get(load_ms), simdjson::SUCCESS);
  EXPECT_GE(load_ms, 0.0);
  EXPECT_EQ(String(root, "/lists/0/datasets/0/dataset"), "test_sdn");
  EXPECT_EQ(Uint(root, "/lists/0/datasets/0/entities"), 4u);
  EXPECT_EQ(Uint(root, "/lists/0/datasets/0/schemas/Person"), 1u);
  EXPECT_EQ(Uint(root, "/lists/0/datasets/0/schemas/Vessel"), 1u);
  EXPECT_EQ(Uint(root, "/lists/0/datasets/0/schemas/Aircraft"), 0u);
  EXPECT_EQ(Uint(root, "/lists/0/datasets/0/names"), 7u);
  for (const char* key :
       {"weak_aliases", "with_birth_dates", "with_original_script", "identifiers"}) {
    EXPECT_EQ(root.at_pointer(std::string("/lists/0/datasets/0/") + key).error(), simdjson::SUCCESS)
        << key;
  }
  EXPECT_EQ(Uint(root, "/loads/0/lists"), 1u);
}

TEST(ListsInspect, MalformedFileFailsNamingFileAndLine) {
  CommandResult run = RunCordon({"lists", "inspect", CliFixture("malformed/sdn.csv")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_TRUE(run.out.empty()) << run.out;
  EXPECT_EQ(run.err.rfind("cordon: ", 0), 0u) << run.err;
  EXPECT_NE(run.err.find("malformed/sdn.csv:3"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("X7"), std::string::npos) << run.err;
}

TEST(ListsInspect, LenientSkipsAndCountsBadRecords) {
  CommandResult run =
      RunCordon({"lists", "inspect", "--lenient", "--json", CliFixture("malformed/sdn.csv")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  JsonOutput json(run.out);
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(Uint(json.root(), "/lists/0/entities"), 3u);
  EXPECT_EQ(Uint(json.root(), "/lists/0/skipped_records"), 1u);
  EXPECT_EQ(Uint(json.root(), "/lists/0/warning_count"), 1u);
  EXPECT_EQ(Uint(json.root(), "/lists/0/warnings/0/line"), 3u);
}

TEST(ListsInspect, TextShowsTwentyWarningsThenHowManyMore) {
  CommandResult text = RunCordon({"lists", "inspect", "--lenient", CliFixture("many_bad")});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_EQ(TextValue(text.out, "warnings"), "25");
  EXPECT_TRUE(HasLine(text.out, "    ... and 5 more")) << text.out;
  EXPECT_NE(text.out.find("sdn.csv:21:"), std::string::npos);  // the 20th bad row
  EXPECT_EQ(text.out.find("sdn.csv:22:"), std::string::npos);

  CommandResult json_run =
      RunCordon({"lists", "inspect", "--lenient", "--json", CliFixture("many_bad")});
  ASSERT_EQ(json_run.exit_code, 0) << json_run.err;
  JsonOutput json(json_run.out);
  ASSERT_TRUE(json.ok());
  simdjson::dom::array warnings;
  ASSERT_EQ(json.root().at_pointer("/lists/0/warnings").get(warnings), simdjson::SUCCESS);
  EXPECT_EQ(warnings.size(), 25u);
}

TEST(ListsInspect, MissingPathFailsWithExitTwo) {
  CommandResult run = RunCordon({"lists", "inspect", CliFixture("no_such_list.csv")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("cordon: not found: "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("no_such_list.csv"), std::string::npos) << run.err;
}

TEST(ListsInspect, BadUsageExitsTwo) {
  EXPECT_EQ(RunCordon({"lists", "inspect"}).exit_code, 2);
  CommandResult run = RunCordon({"lists", "inspect", "--format", "nope", CliFixture(kOldSdn)});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("unknown list format 'nope'"), std::string::npos) << run.err;
  EXPECT_EQ(RunCordon({"lists", "inspect", "--no-such-flag", CliFixture(kOldSdn)}).exit_code, 2);
}

TEST(ListsInspect, AcceptsSeveralPathsAndListOption) {
  CommandResult run =
      RunCordon({"lists", "inspect", "--json", "--list", CliFixture(kOldSdn), CliFixture(kNewSdn)});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  JsonOutput json(run.out);
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(String(json.root(), "/lists/0/version"), "2024-01-01");
  EXPECT_EQ(String(json.root(), "/lists/1/version"), "2024-02-01");
}

TEST(ListsInspect, GroupsEntitiesByTheirOwnDataset) {
  // FollowTheMoney entities name their dataset; one file may hold several.
  const std::string path = CliFixture("two_datasets.ftm.json");
  CommandResult text = RunCordon({"lists", "inspect", path});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_TRUE(HasLine(text.out, "  dataset                alpha_list  beta_list  total"))
      << text.out;
  EXPECT_TRUE(HasLine(text.out, "  entities                        2          1      3"))
      << text.out;

  CommandResult run = RunCordon({"lists", "inspect", "--json", path});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  JsonOutput json(run.out);
  ASSERT_TRUE(json.ok());
  simdjson::dom::element root = json.root();
  EXPECT_EQ(String(root, "/lists/0/format"), "ftm");
  EXPECT_EQ(String(root, "/lists/0/datasets/0/dataset"), "alpha_list");
  EXPECT_EQ(Uint(root, "/lists/0/datasets/0/entities"), 2u);
  EXPECT_EQ(Uint(root, "/lists/0/datasets/0/schemas/Person"), 1u);
  EXPECT_EQ(Uint(root, "/lists/0/datasets/0/with_birth_dates"), 1u);
  EXPECT_EQ(Uint(root, "/lists/0/datasets/0/with_original_script"), 1u);
  EXPECT_EQ(String(root, "/lists/0/datasets/1/dataset"), "beta_list");
  EXPECT_EQ(Uint(root, "/lists/0/datasets/1/schemas/Company"), 1u);
  EXPECT_EQ(Uint(root, "/lists/0/datasets/1/weak_aliases"), 1u);
}

TEST(ListsFormats, PrintsEveryFormatName) {
  CommandResult run = RunCordon({"lists", "formats", "--json"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  JsonOutput json(run.out);
  ASSERT_TRUE(json.ok());
  std::vector<std::string> names;
  simdjson::dom::array formats;
  ASSERT_EQ(json.root()["formats"].get(formats), simdjson::SUCCESS);
  for (simdjson::dom::element format : formats) {
    std::string_view name;
    EXPECT_EQ(format["name"].get(name), simdjson::SUCCESS);
    names.emplace_back(name);
  }
  EXPECT_EQ(names, (std::vector<std::string>{"ofac-xml", "ofac-csv", "un-xml", "eu-xml", "uk-csv",
                                             "ftm", "csv", "csl", "sema-xml"}));
}

TEST(ListsDiff, FindsAddedRemovedAndChangedEntities) {
  CommandResult run = RunCordon({"lists", "diff", CliFixture(kOldSdn), CliFixture(kNewSdn)});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(HasLine(run.out, "added 1, removed 1, changed 2, unchanged 1")) << run.out;
  EXPECT_TRUE(HasLine(run.out, "+ test_sdn:104 ECHO GROUP (Organization)")) << run.out;
  EXPECT_TRUE(HasLine(run.out, "- test_sdn:102 CHARLIE SHIPPING LTD (Organization)")) << run.out;
  EXPECT_TRUE(HasLine(run.out, "~ test_sdn:100 ALPHA TRADING CO.: programs (+1, -1)")) << run.out;
  // The OFAC CSV parser may print "BRAVO, Ahmed" in name order; the caption is its business.
  EXPECT_TRUE(HasLineMatching(run.out, "~ test_sdn:101 ", "Ahmed", ": names (+1)")) << run.out;
}

TEST(ListsDiff, DetailsPrintTheChangedValues) {
  CommandResult run =
      RunCordon({"lists", "diff", "--details", CliFixture(kOldSdn), CliFixture(kNewSdn)});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_TRUE(HasLineMatching(run.out, "      names + \"", "Ahmed Ali", "\"")) << run.out;
  EXPECT_TRUE(HasLine(run.out, "      programs + \"IRAN\"")) << run.out;
  EXPECT_TRUE(HasLine(run.out, "      programs - \"SDGT\"")) << run.out;
}

TEST(ListsDiff, JsonNamesTheChangedFields) {
  CommandResult run =
      RunCordon({"lists", "diff", "--json", CliFixture(kOldSdn), CliFixture(kNewSdn)});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  JsonOutput json(run.out);
  ASSERT_TRUE(json.ok());
  simdjson::dom::element root = json.root();
  EXPECT_EQ(Uint(root, "/old/entities"), 4u);
  EXPECT_EQ(Uint(root, "/new/entities"), 4u);
  EXPECT_EQ(Uint(root, "/summary/added"), 1u);
  EXPECT_EQ(Uint(root, "/summary/removed"), 1u);
  EXPECT_EQ(Uint(root, "/summary/changed"), 2u);
  EXPECT_EQ(Uint(root, "/summary/unchanged"), 1u);
  EXPECT_EQ(String(root, "/added/0/id"), "test_sdn:104");
  EXPECT_EQ(String(root, "/added/0/caption"), "ECHO GROUP");
  EXPECT_EQ(String(root, "/removed/0/id"), "test_sdn:102");
  EXPECT_EQ(String(root, "/changed/0/id"), "test_sdn:100");
  EXPECT_EQ(Strings(root, "/changed/0/fields/programs/added"), std::vector<std::string>{"IRAN"});
  EXPECT_EQ(Strings(root, "/changed/0/fields/programs/removed"), std::vector<std::string>{"SDGT"});
  EXPECT_EQ(String(root, "/changed/1/id"), "test_sdn:101");
  std::vector<std::string> names_added = Strings(root, "/changed/1/fields/names/added");
  ASSERT_EQ(names_added.size(), 1u);
  EXPECT_NE(names_added[0].find("Ahmed Ali"), std::string::npos) << names_added[0];
  EXPECT_TRUE(Strings(root, "/changed/1/fields/names/removed").empty());
  simdjson::dom::object fields;
  ASSERT_EQ(root.at_pointer("/changed/1/fields").get(fields), simdjson::SUCCESS);
  EXPECT_EQ(fields.size(), 1u);  // only the names changed
}

TEST(ListsDiff, ExitCodeFlagSaysWhetherListsDiffer) {
  EXPECT_EQ(RunCordon({"lists", "diff", "--exit-code", CliFixture(kOldSdn), CliFixture(kNewSdn)})
                .exit_code,
            1);
  CommandResult same =
      RunCordon({"lists", "diff", "--exit-code", CliFixture(kOldSdn), CliFixture(kOldSdn)});
  EXPECT_EQ(same.exit_code, 0) << same.err;
  EXPECT_TRUE(HasLine(same.out, "added 0, removed 0, changed 0, unchanged 4")) << same.out;
}

TEST(ListsDiff, MalformedSideFailsWithExitTwo) {
  CommandResult run =
      RunCordon({"lists", "diff", CliFixture(kOldSdn), CliFixture("malformed/sdn.csv")});
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("malformed/sdn.csv:3"), std::string::npos) << run.err;
}

TEST(ListsDiff, NotesWhenSidesShareNoDataset) {
  CommandResult run = RunCordon(
      {"lists", "diff", CliFixture(kOldSdn), CliFixture("malformed/sdn.csv"), "--lenient"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("share no dataset"), std::string::npos) << run.err;
  CommandResult named = RunCordon({"lists", "diff", "--lenient", "--dataset", "mine",
                                   CliFixture(kOldSdn), CliFixture("malformed/sdn.csv")});
  ASSERT_EQ(named.exit_code, 0) << named.err;
  EXPECT_EQ(named.err.find("share no dataset"), std::string::npos) << named.err;
  EXPECT_TRUE(HasLine(named.out, "added 0, removed 1, changed 3, unchanged 0")) << named.out;
}

TEST(ListsInspectShared, UnConsolidatedListCounts) {
  CORDON_REQUIRE_SHARED(path, "data/lists/un_sc_sanctions/2026-02-27/consolidated.xml.gz");
  CommandResult run = RunCordon({"lists", "inspect", "--json", path});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  JsonOutput json(run.out);
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(String(json.root(), "/lists/0/format"), "un-xml");
  EXPECT_EQ(String(json.root(), "/lists/0/dataset"), "un_sc_sanctions");
  EXPECT_EQ(String(json.root(), "/lists/0/published"), "2026-02-27");
  EXPECT_EQ(Uint(json.root(), "/lists/0/entities"), 1003u);
  EXPECT_EQ(Uint(json.root(), "/lists/0/datasets/0/schemas/Person"), 730u);
  EXPECT_EQ(Uint(json.root(), "/lists/0/datasets/0/schemas/Organization"), 273u);
  EXPECT_GE(Uint(json.root(), "/lists/0/datasets/0/with_original_script"), 378u);
}

TEST(ListsInspectShared, WholeSharedDirectoryIsValidJson) {
  CORDON_REQUIRE_SHARED(path, "data/lists");
  CommandResult run = RunCordon({"lists", "inspect", "--json", "--lenient", path});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  JsonOutput json(run.out);
  ASSERT_TRUE(json.ok());
  simdjson::dom::array lists;
  ASSERT_EQ(json.root()["lists"].get(lists), simdjson::SUCCESS);
  EXPECT_GE(lists.size(), 9u);
  EXPECT_EQ(Uint(json.root(), "/loads/0/lists"), lists.size());
}

TEST(ListsDiffShared, UnConsolidatedListUpdate) {
  CORDON_REQUIRE_SHARED(old_path, "data/lists/un_sc_sanctions/2025-11-20");
  CORDON_REQUIRE_SHARED(new_path, "data/lists/un_sc_sanctions/2026-02-27");
  CommandResult run = RunCordon({"lists", "diff", "--json", old_path, new_path});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  JsonOutput json(run.out);
  ASSERT_TRUE(json.ok());
  EXPECT_EQ(String(json.root(), "/old/published"), "2025-11-20");
  EXPECT_EQ(String(json.root(), "/new/published"), "2026-02-27");
  EXPECT_EQ(Uint(json.root(), "/old/entities"), 1000u);
  EXPECT_EQ(Uint(json.root(), "/new/entities"), 1003u);
  EXPECT_EQ(Uint(json.root(), "/summary/added"), 4u);
  EXPECT_EQ(Uint(json.root(), "/summary/removed"), 1u);
  EXPECT_EQ(String(json.root(), "/removed/0/id"), "un_sc_sanctions:IQi.074");
}

}  // namespace
}  // namespace cordon
