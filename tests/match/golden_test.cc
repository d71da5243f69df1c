// Data-driven expectations for name pairs: tests/golden/name_pairs.tsv, one pair per line
// (name1, name2, minimum score, maximum score, why), reviewed by analysts as data.
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cordon/screen.h"

namespace cordon {
namespace {

struct GoldenPair {
  std::string name1;
  std::string name2;
  double min = 0;
  double max = 1;
  std::string why;
  int line = 0;
};

std::vector<GoldenPair> ReadGolden() {
  std::ifstream in(std::string(CORDON_TEST_DATA_DIR) + "/../golden/name_pairs.tsv");
  std::vector<GoldenPair> pairs;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream stream(line);
    std::string col;
    while (std::getline(stream, col, '\t')) cols.push_back(col);
    if (cols.size() < 4) {
      ADD_FAILURE() << "name_pairs.tsv:" << number << ": expected 5 tab-separated columns";
      continue;
    }
    pairs.push_back({cols[0], cols[1], std::stod(cols[2]), std::stod(cols[3]),
                     cols.size() > 4 ? cols[4] : "", number});
  }
  return pairs;
}

TEST(GoldenNamePairs, ScoresFallInTheirBands) {
  std::vector<GoldenPair> pairs = ReadGolden();
  ASSERT_GT(pairs.size(), 20u) << "tests/golden/name_pairs.tsv is missing or short";
  for (const GoldenPair& pair : pairs) {
    Query a;
    a.name = pair.name1;
    Query b;
    b.name = pair.name2;
    Comparison result = Compare(a, b);
    EXPECT_GE(result.score, pair.min - 1e-9)
        << "name_pairs.tsv:" << pair.line << ": '" << pair.name1 << "' vs '" << pair.name2 << "' ("
        << pair.why << "): " << result.explanation[0].detail;
    EXPECT_LE(result.score, pair.max + 1e-9)
        << "name_pairs.tsv:" << pair.line << ": '" << pair.name1 << "' vs '" << pair.name2 << "' ("
        << pair.why << "): " << result.explanation[0].detail;
  }
}

}  // namespace
}  // namespace cordon
