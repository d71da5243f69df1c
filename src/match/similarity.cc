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
  // Bit-parallel OSA distance (Hyyro 2003): one 64-bit word holds a column of the dynamic
  // programming matrix as vertical deltas, so each character of `b` costs a handful of word
  // operations instead of a row of cells. kMaxTokenLength <= 64 keeps `a` in one word.
  static_assert(kMaxTokenLength <= 64);
  // Positions of each byte value in `a`; only the entries the two strings use are cleared.
  std::array<std::uint64_t, 256> peq;
  for (char c : a) peq[static_cast<unsigned char>(c)] = 0;
  for (char c : b) peq[static_cast<unsigned char>(c)] = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    peq[static_cast<unsigned char>(a[i])] |= std::uint64_t{1} << i;
  }
  const std::uint64_t last = std::uint64_t{1} << (a.size() - 1);
  std::uint64_t vp = ~std::uint64_t{0};
  std::uint64_t vn = 0;
  std::uint64_t d0_prev = 0;
  std::uint64_t pm_prev = 0;
  std::size_t distance = a.size();
  for (char c : b) {
    const std::uint64_t pm = peq[static_cast<unsigned char>(c)];
    const std::uint64_t tr = (((~d0_prev) & pm) << 1) & pm_prev;
    const std::uint64_t d0 = (((pm & vp) + vp) ^ vp) | pm | vn | tr;
    std::uint64_t hp = vn | ~(d0 | vp);
    std::uint64_t hn = d0 & vp;
    if (hp & last) ++distance;
    if (hn & last) --distance;
    hp = (hp << 1) | 1;
    hn <<= 1;
    vp = hn | ~(d0 | hp);
    vn = hp & d0;
    d0_prev = d0;
    pm_prev = pm;
  }
  return distance;
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
