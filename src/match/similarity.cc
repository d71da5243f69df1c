#include "match/similarity.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace cordon::match {

namespace {

// Bit-parallel OSA distance (Hyyro 2003): one 64-bit word holds a column of the dynamic
// programming matrix as vertical deltas, so each character of `b` costs a handful of word
// operations instead of a row of cells. `match(c)` gives the positions of `c` in `a`.
template <typename Match>
std::size_t OsaColumns(std::size_t a_size, std::string_view b, Match match) {
  const std::uint64_t last = std::uint64_t{1} << (a_size - 1);
  std::uint64_t vp = ~std::uint64_t{0};
  std::uint64_t vn = 0;
  std::uint64_t d0_prev = 0;
  std::uint64_t pm_prev = 0;
  std::size_t distance = a_size;
  for (char c : b) {
    const std::uint64_t pm = match(c);
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

}  // namespace

std::size_t OsaDistance(std::string_view a, std::string_view b) {
  a = a.substr(0, kMaxTokenLength);
  b = b.substr(0, kMaxTokenLength);
  if (a.empty()) return b.size();
  if (b.empty()) return a.size();
  static_assert(kMaxTokenLength <= 64);  // `a` fits one word
#if defined(__SSE2__)
  // Most tokens fit one 16-byte register: the positions of a character are one comparison
  // of all of `a` at once, with no table to fill per call.
  if (a.size() <= 16) {
    // (Copied by fixed sizes, the two copies overlapping in a shorter token, which compiles to
    // a few moves where a copy of a variable size is a library call. The bytes past the token
    // are masked out below.)
    alignas(16) char padded[16] = {};
    const std::size_t n = a.size();
    if (n >= 8) {
      std::memcpy(padded, a.data(), 8);
      std::memcpy(padded + n - 8, a.data() + n - 8, 8);
    } else if (n >= 4) {
      std::memcpy(padded, a.data(), 4);
      std::memcpy(padded + n - 4, a.data() + n - 4, 4);
    } else {
      padded[0] = a[0];
      padded[n / 2] = a[n / 2];
      padded[n - 1] = a[n - 1];
    }
    const __m128i letters = _mm_load_si128(reinterpret_cast<const __m128i*>(padded));
    const auto used = static_cast<std::uint32_t>((std::uint32_t{1} << a.size()) - 1);
    return OsaColumns(a.size(), b, [&](char c) {
      const __m128i same = _mm_cmpeq_epi8(letters, _mm_set1_epi8(c));
      return std::uint64_t{static_cast<std::uint32_t>(_mm_movemask_epi8(same)) & used};
    });
  }
#endif
  // Positions of each byte value in `a`; only the entries the two strings use are cleared.
  std::array<std::uint64_t, 256> peq;
  for (char c : a) peq[static_cast<unsigned char>(c)] = 0;
  for (char c : b) peq[static_cast<unsigned char>(c)] = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    peq[static_cast<unsigned char>(a[i])] |= std::uint64_t{1} << i;
  }
  return OsaColumns(a.size(), b, [&](char c) { return peq[static_cast<unsigned char>(c)]; });
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

std::uint64_t CharSignature(std::string_view token) {
  token = token.substr(0, kMaxTokenLength);  // as compared
  std::uint32_t once = 0;
  std::uint32_t twice = 0;
  for (char c : token) {
    const std::uint32_t bit = std::uint32_t{1} << (static_cast<unsigned char>(c) & 31U);
    twice |= once & bit;
    once |= bit;
  }
  return (std::uint64_t{twice} << 32) | once;
}

}  // namespace cordon::match
