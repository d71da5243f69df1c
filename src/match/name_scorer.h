// Scoring one query name against one listed name.
//
// Tokens are aligned one-to-one, greedily by similarity, whatever their order (reordering and
// "Surname, Given" inversion cost nothing). Two adjacent tokens on one side may align with one
// token on the other (Abdul Rahman / Abdulrahman, Al Qaida / Alqaida), and a token spelling the
// initials of the other side's unmatched words matches them all (BLA / Balochistan Liberation
// Army). Token similarity, best
// first: equal (1), same canonical variant (0.97), vowel-free skeletons equal when one side was
// written without vowels (Arabic, Hebrew: 0.9), skeletons equal (0.85), an initial against a
// token it begins (0.75), else the edit similarity when >= 0.7.
//
// From the alignment: query coverage Q (share of the query's weight matched) and candidate
// coverage C (share of the listed name's weight matched). Score = Q^0.75 * C^0.35: every query
// token must be found, missing middle names on the list side cost less. Names carrying little
// information (one common token) are damped so that they do not score like long exact matches.
// docs/matching.md gives the reasoning and the measured effect of each part.
#ifndef CORDON_MATCH_NAME_SCORER_H_
#define CORDON_MATCH_NAME_SCORER_H_

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <vector>

#include "match/prepared_name.h"

namespace cordon::match {

enum class TokenMatchKind : std::uint8_t {
  kExact,
  kVariant,
  kVowelless,
  kSoundsAlike,
  kInitial,
  kFuzzy,
  kMerged,
  kAcronym,
  kWeak,         // below the similarity floor: ranks, hardly scores
  kCode,         // a code compared whole ("df+78838" ~ "rf+78838")
  kSpelled,      // letters written apart against one word ("b+s" ~ "bs")
  kTranscribed,  // syllables of a name from Han, Hangul or kana ("ral+su+ton" ~ "ralston")
  kNickname,     // a given name and its nickname or short form ("dick" ~ "richard")
};
std::string_view TokenMatchKindName(TokenMatchKind kind);

struct TokenPair {
  std::string query;      // one token, or two joined by '+' when merged
  std::string candidate;  // likewise
  double similarity = 0;
  TokenMatchKind kind = TokenMatchKind::kExact;
};

struct NameScore {
  double score = 0;
  double query_coverage = 0;
  double candidate_coverage = 0;
  double information_factor = 1;
  // ScoreName() stopped early: the score is certainly below the floor it was given (and the
  // fields above are not the name's).
  bool below_floor = false;
};

// Token comparisons of one query against listed tokens (by dictionary id), remembered while the
// query's candidates are scored: common listed tokens recur in many candidates. Fixed size;
// Clear() between queries costs nothing (a generation counter).
class SimilarityMemo {
 public:
  void Clear() { ++generation_; }
  // Finds the entry for `key`, or claims a slot for it; null when the table is too full.
  struct Entry {
    std::uint64_t key = 0;
    std::uint32_t generation = 0;
    float similarity = 0;
    TokenMatchKind kind = TokenMatchKind::kExact;
  };
  Entry* Slot(std::uint64_t key, bool* found);

 private:
  static constexpr std::size_t kSize = 4096;
  std::array<Entry, kSize> entries_{};
  std::uint32_t generation_ = 1;
  std::size_t used_ = 0;
  std::uint32_t used_generation_ = 0;
};

// The token pairs ScoreName() aligned, kept compactly (no allocation), so that a hit's
// explanation is written later without scoring the name again (AppendAlignedPairs()).
struct Alignment {
  static constexpr std::size_t kMaxPairs = 18;  // one per token, and two acronyms
  struct Pair {
    float similarity = 0;
    // Tokens [q_first, q_first + q_count) of the query, [c_first, c_first + c_count) of the
    // candidate; an acronym has a count of 0 on the side of its words, given by `words`
    // (bit i: token i), and its own token on the other.
    std::uint8_t q_first = 0;
    std::uint8_t q_count = 0;
    std::uint8_t c_first = 0;
    std::uint8_t c_count = 0;
    TokenMatchKind kind = TokenMatchKind::kExact;
    std::uint16_t words = 0;
  };
  std::array<Pair, kMaxPairs> pairs{};
  std::size_t count = 0;
};

// Scores `query` against `candidate`. `pairs`, when given, receives the aligned token pairs
// (for explanations); the hot path passes null and allocates nothing. `memo`, when given with
// a candidate that carries token ids, caches token comparisons across candidates. `alignment`,
// when given, receives the pairs compactly.
// With a `floor` above 0, a score certainly below it is not worked out: ScoreName() stops as
// soon as the query coverage its token pairs allow, raised to kQueryExponent, falls below the
// floor, and returns a NameScore with `below_floor` set. (A screening that has found a hit
// needs no exact score of names that cannot be one; one query token without a pair rules out
// most such names after comparing it alone. Never between codes, see IsCode().)
NameScore ScoreName(const NameView& query, const NameView& candidate, std::vector<TokenPair>* pairs,
                    SimilarityMemo* memo = nullptr, Alignment* alignment = nullptr,
                    double floor = 0);

// Appends the token pairs of `alignment`, found by ScoreName(query, candidate), to `pairs`:
// what ScoreName() with `pairs` gives.
void AppendAlignedPairs(const NameView& query, const NameView& candidate,
                        const Alignment& alignment, std::vector<TokenPair>* pairs);

// True when `name` is written as a code: at most four parts, each a number or of at most four
// letters, with a digit among them, six to 24 characters in all (aircraft registrations, call
// signs: "RF-78838"). Two such names are also compared as whole strings: their parts are no
// names, and "DF-78838" is "RF-78838" mistyped, one character in seven, while part by part it
// shares only the number. ScoreName() of two codes is at least that similarity when it is at
// least 0.8, whatever the token bounds below say.
bool IsCode(const NameView& name);

// ScoreName() is at most query_coverage ^ kQueryExponent (every other factor is at most 1),
// except between codes (IsCode()).
inline constexpr double kQueryExponent = 0.75;

// Bounds for ruling out many queries against a few listed names cheaply. A query token's
// share in the query coverage of ScoreName(query, name) for any of `names` is at most
// TokenBounder(names).Bound(token, query.vowelless) (its best single-token, joined listed pair,
// acronym and spelled-letters match), or PairBound() for it and a neighbour written as one listed
// token, or 0.9 for any acronym-part token when ListedAcronymPossible(query, names). So ScoreName()
// <= (sum of weight x bound / sum of weight) ^ kQueryExponent.
//
// TokenBounder reads the names' tokens once (they must outlive it), and skips a token pair whose
// letters alone keep it below the best found so far (each edit changes at most two of the
// letters one token has and the other lacks).
class TokenBounder {
 public:
  explicit TokenBounder(std::span<const NameView> names);
  // The bound above, or with `exact` false a looser one that compares no token pair in full
  // (lengths, letters and equal keys only): quicker, for a first pass.
  double Bound(const TokenView& token, bool vowelless, bool exact = true) const;

 private:
  struct Listed {
    TokenView token;
    bool vowelless;
    std::uint64_t text_letters;
    std::uint64_t canonical_letters;
    std::uint64_t phonetic_letters;
    std::uint64_t skeleton_letters;
  };
  struct Joined {  // two adjacent listed tokens, which one query token may write as one
    const TokenView* first;
    const TokenView* second;
    std::size_t length;
    std::uint64_t letters;
    bool vowelless;
  };
  std::vector<Listed> listed_;
  std::vector<Joined> joined_;
  std::vector<std::string> initials_;
  std::vector<std::string> spelled_;   // runs of listed initials ("b s" -> "bs")
  std::uint64_t spelled_letters_ = 0;  // the letters of short listed words
};
// Two adjacent tokens of a vowelless name that Arabic names write as one word in Latin: "abd"
// or "abu" and a name, the article written apart and its word ("al"+"qaida" / "alqadh"), a name
// and an al- word (the article, Allah: "nsr"+"allh"), or a name and the Persian jan or zada
// ("wly"+"jan" / Walijan, "akhwnd"+"zadh" / Akhundzada) or the Pashto khel of a clan ("shhyd"+
// "khyl" / Shahidkhel). Their
// joined consonants meet a whole token of the same skeleton at kVowellessJoin; any two short
// names would otherwise join into some listed word ("byby"+"taby" / "bitpapa").
inline constexpr double kVowellessJoin = 0.9 * 0.97;
bool ArabicCompound(std::string_view first, std::string_view second);
// The article's l is not said before a "sun letter" (t, th, d, dh, r, z, s, sh, l, n and the
// emphatics): al-din is ad-din, which Latin spellings write as said ("shms"+"aldyn" is
// Shamsuddin, "nsyr"+"aldyn" Nasiruddin). True for such a pair, `second` an al- word of such a
// letter after a word that is none (two al- words are two names: "alzyz"+"alzsyfy" is no
// "Lozova"): it also meets a token of its consonants without the article's.
inline bool AssimilatedArticle(std::string_view first, std::string_view second) {
  if (first.starts_with("al") || second.size() < 4 || !second.starts_with("al")) return false;
  switch (second[2]) {
    case 't':
    case 'd':
    case 'r':
    case 'z':
    case 's':
    case 'l':
    case 'n':
      return true;
    default:
      return false;
  }
}
// The consonants of `first` and `second` joined, and (else "") those of the pair without an
// unsaid article's l where they differ: the skeletons such a pair meets a whole token by.
std::array<std::string, 2> JoinedSkeletons(std::string_view first, std::string_view second);

double PairBound(const TokenView& first, const TokenView& second, std::span<const NameView> names,
                 bool vowelless);
bool ListedAcronymPossible(const NameView& query, std::span<const NameView> names);

// The same for two prepared names (tests, tools; allocates the token views).
NameScore ScoreName(const PreparedName& query, const PreparedName& candidate,
                    std::vector<TokenPair>* pairs);

// Similarity of two single tokens (0 when they do not match); `vowelless` when either side was
// romanised from a script without short vowels.
double TokenSimilarity(const TokenView& a, const TokenView& b, bool vowelless,
                       TokenMatchKind* kind);
// TokenSimilarity(a, b, vowelless) where it exceeds one half, and at most one half where it
// does not: for a caller that counts every similarity up to one half alike (the index's token
// credits), which spares the spelling comparisons of most weak resemblances. `a` is the query's.
double TokenSimilarityAboveHalf(const TokenView& a, const TokenView& b, bool vowelless);

}  // namespace cordon::match

#endif  // CORDON_MATCH_NAME_SCORER_H_
