#include "match/similarity.h"

#include <algorithm>
#include <array>
#include <cstdint>

namespace cordon::match {

std::size_t OsaDistance(std::string_view a, std::string_view b) {
  a = a.substr(0, kMaxTokenLength);
  b = b.substr(0, kMaxTokenLength);
  if (a.empty()) return b.size();
  if (b.empty()) return a.size();
  // Three rolling rows (two back for transpositions, previous, current), rotated by pointer:
  // distances never exceed kMaxTokenLength, so a byte per cell is enough.
  std::array<std::array<std::uint8_t, kMaxTokenLength + 1>, 3> rows;
  std::uint8_t* two_back = rows[0].data();
  std::uint8_t* prev = rows[1].data();
  std::uint8_t* cur = rows[2].data();
  for (std::size_t col = 0; col <= b.size(); ++col) prev[col] = static_cast<std::uint8_t>(col);
  for (std::size_t row = 1; row <= a.size(); ++row) {
    cur[0] = static_cast<std::uint8_t>(row);
    const char a_char = a[row - 1];
    for (std::size_t col = 1; col <= b.size(); ++col) {
      unsigned cost = a_char == b[col - 1] ? 0 : 1;
      unsigned best = std::min({prev[col] + 1U, cur[col - 1] + 1U, prev[col - 1] + cost});
      if (row > 1 && col > 1 && a_char == b[col - 2] && a[row - 2] == b[col - 1]) {
        best = std::min(best, two_back[col - 2] + 1U);
      }
      cur[col] = static_cast<std::uint8_t>(best);
    }
    std::uint8_t* recycled = two_back;
    two_back = prev;
    prev = cur;
    cur = recycled;
  }
  return prev[b.size()];
}

double EditSimilarity(std::string_view a, std::string_view b, double cutoff) {
  std::size_t la = std::min(a.size(), kMaxTokenLength);
  std::size_t lb = std::min(b.size(), kMaxTokenLength);
  std::size_t longest = std::max(la, lb);
  if (longest == 0) return 1.0;
  // The length difference alone bounds the distance from below.
  std::size_t gap = la > lb ? la - lb : lb - la;
  if (1.0 - static_cast<double>(gap) / static_cast<double>(longest) < cutoff) return 0.0;
  return 1.0 - static_cast<double>(OsaDistance(a, b)) / static_cast<double>(longest);
}

}  // namespace cordon::match
