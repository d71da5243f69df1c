// Token similarity for normalised ASCII tokens. Allocation-free: tokens longer than
// kMaxTokenLength are compared on their first kMaxTokenLength characters.
//
// OsaDistance is the optimal-string-alignment distance (Levenshtein plus adjacent
// transpositions; Damerau 1964, Boytsov 2011 for the restricted variant), computed bit-parallel
// (Hyyro 2003) in O(n) word operations.
// A reference implementation lives in tests/match for differential testing.
#ifndef CORDON_MATCH_SIMILARITY_H_
#define CORDON_MATCH_SIMILARITY_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace cordon::match {

constexpr std::size_t kMaxTokenLength = 48;

// x == y. A token's forms that equal its text are mostly the same bytes (a snapshot interns its
// strings; ViewOf() points a query token's equal forms at its text): those are told by their
// address. Tokens of up to 16 bytes are compared by fixed-size loads, overlapping when shorter,
// where a comparison of a variable size is a library call.
inline bool SameText(std::string_view x, std::string_view y) {
  const std::size_t n = x.size();
  if (n != y.size()) return false;
  if (x.data() == y.data() || n == 0) return true;
  const char* const p = x.data();
  const char* const q = y.data();
  if (n > 16) return std::memcmp(p, q, n) == 0;
  auto load8 = [](const char* at) {
    std::uint64_t v;
    std::memcpy(&v, at, 8);
    return v;
  };
  auto load4 = [](const char* at) {
    std::uint32_t v;
    std::memcpy(&v, at, 4);
    return v;
  };
  if (n >= 8) return load8(p) == load8(q) && load8(p + n - 8) == load8(q + n - 8);
  if (n >= 4) return load4(p) == load4(q) && load4(p + n - 4) == load4(q + n - 4);
  return p[0] == q[0] && p[n / 2] == q[n / 2] && p[n - 1] == q[n - 1];
}

std::size_t OsaDistance(std::string_view a, std::string_view b);
// 1 - distance / max(length): 1 for equal tokens, 0 for nothing in common. Returns 0 early
// when the lengths alone rule out a similarity of at least `cutoff`.
double EditSimilarity(std::string_view a, std::string_view b, double cutoff = 0.0);

// The characters of a token as a set that counts repeats up to two: bit c of the low half is
// set when a character of class c (its byte's low five bits: every letter has its own class)
// occurs, bit c of the high half when one occurs twice or more. Computed once per token, it
// rules most pairs of different names out before their distance is computed.
std::uint64_t CharSignature(std::string_view token);

// CharSignature() of two tokens written as one, from theirs.
constexpr std::uint64_t JoinSignatures(std::uint64_t a, std::uint64_t b) {
  return a | b | ((a & b & 0xFFFFFFFFULL) << 32);
}

// A lower bound of OsaDistance(a, b) from CharSignature(a) and CharSignature(b): the characters
// one has and the other lacks (repeats counted up to two). Each edit changes that count on each
// side by at most one, and a transposition not at all.
constexpr std::size_t SignatureDistance(std::uint64_t a, std::uint64_t b) {
  // Bits set, by halving steps: without the popcnt instruction (not in the baseline x86-64
  // this builds for) std::popcount is a library call, which costs more than this.
  auto count = [](std::uint64_t x) {
    x = x - ((x >> 1) & 0x5555555555555555ULL);
    x = (x & 0x3333333333333333ULL) + ((x >> 2) & 0x3333333333333333ULL);
    x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0FULL;
    return static_cast<std::size_t>((x * 0x0101010101010101ULL) >> 56);
  };
  const std::size_t missing_in_b = count(a & ~b);
  const std::size_t missing_in_a = count(b & ~a);
  return missing_in_b > missing_in_a ? missing_in_b : missing_in_a;
}

// EditSimilarity(a, b, cutoff), given the signatures of `a` and `b`: returns 0 early also when
// SignatureDistance() alone rules out `cutoff` (inline: most calls end there).
inline double EditSimilarity(std::string_view a, std::string_view b, double cutoff,
                             std::uint64_t signature_a, std::uint64_t signature_b) {
  if (cutoff > 0) {
    // Ruled out when the bound exceeds the distance `cutoff` allows, with a margin: a pair at
    // the limit is left to the exact computation.
    const std::size_t la = a.size() < kMaxTokenLength ? a.size() : kMaxTokenLength;
    const std::size_t lb = b.size() < kMaxTokenLength ? b.size() : kMaxTokenLength;
    const auto bound = static_cast<double>(SignatureDistance(signature_a, signature_b));
    if (bound > (1.0 - cutoff) * static_cast<double>(la > lb ? la : lb) + 1e-9) return 0.0;
  }
  return EditSimilarity(a, b, cutoff);
}

}  // namespace cordon::match

#endif  // CORDON_MATCH_SIMILARITY_H_
