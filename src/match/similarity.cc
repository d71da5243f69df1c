#include "match/similarity.h"

#include <algorithm>
#include <array>

namespace cordon::match {

std::size_t OsaDistance(std::string_view a, std::string_view b) {
  a = a.substr(0, kMaxTokenLength);
  b = b.substr(0, kMaxTokenLength);
  if (a.empty()) return b.size();
  if (b.empty()) return a.size();
  // Three rolling rows: two back (for transpositions), previous, current.
  std::array<std::size_t, kMaxTokenLength + 1> two_back{};
  std::array<std::size_t, kMaxTokenLength + 1> prev{};
  std::array<std::size_t, kMaxTokenLength + 1> cur{};
  for (std::size_t col = 0; col <= b.size(); ++col) prev[col] = col;
  for (std::size_t row = 1; row <= a.size(); ++row) {
    cur[0] = row;
    for (std::size_t col = 1; col <= b.size(); ++col) {
      std::size_t cost = a[row - 1] == b[col - 1] ? 0 : 1;
      std::size_t best = std::min({prev[col] + 1, cur[col - 1] + 1, prev[col - 1] + cost});
      if (row > 1 && col > 1 && a[row - 1] == b[col - 2] && a[row - 2] == b[col - 1]) {
        best = std::min(best, two_back[col - 2] + 1);
      }
      cur[col] = best;
    }
    two_back = prev;
    prev = cur;
  }
  return prev[b.size()];
}

double EditSimilarity(std::string_view a, std::string_view b) {
  std::size_t longest =
      std::max(std::min(a.size(), kMaxTokenLength), std::min(b.size(), kMaxTokenLength));
  if (longest == 0) return 1.0;
  return 1.0 - static_cast<double>(OsaDistance(a, b)) / static_cast<double>(longest);
}

}  // namespace cordon::match
