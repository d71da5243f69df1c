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
#include <string_view>

namespace cordon::match {

constexpr std::size_t kMaxTokenLength = 48;

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
std::size_t SignatureDistance(std::uint64_t a, std::uint64_t b);

// EditSimilarity(a, b, cutoff), given the signatures of `a` and `b`: returns 0 early also when
// SignatureDistance() alone rules out `cutoff`.
double EditSimilarity(std::string_view a, std::string_view b, double cutoff,
                      std::uint64_t signature_a, std::uint64_t signature_b);

}  // namespace cordon::match

#endif  // CORDON_MATCH_SIMILARITY_H_
