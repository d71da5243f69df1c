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
#include <string_view>

namespace cordon::match {

constexpr std::size_t kMaxTokenLength = 48;

std::size_t OsaDistance(std::string_view a, std::string_view b);
// 1 - distance / max(length): 1 for equal tokens, 0 for nothing in common. Returns 0 early
// when the lengths alone rule out a similarity of at least `cutoff`.
double EditSimilarity(std::string_view a, std::string_view b, double cutoff = 0.0);

}  // namespace cordon::match

#endif  // CORDON_MATCH_SIMILARITY_H_
