// The index's layout in a snapshot and the keys that find its tokens and names: what the
// builder (index_builder.cc) writes and the reader (name_index.cc) looks up, in one place.
// Internal to the index.
#ifndef CORDON_INDEX_INDEX_LAYOUT_H_
#define CORDON_INDEX_INDEX_LAYOUT_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "index/hash_postings.h"
#include "index/name_index.h"
#include "match/name_scorer.h"
#include "match/similarity.h"
#include "text/tokens.h"

namespace cordon::index {

// Section ids of the index inside a snapshot image.
enum Section : std::uint32_t {
  kMeta = 1,
  kMetadataJson = 2,
  kStrings = 3,
  kTokens = 4,
  kTokenPostBegin = 5,
  kTokenPosts = 6,
  kNames = 7,
  kNameTokens = 8,
  kEntities = 9,
  kEntityOffsets = 10,
  kEntityBlob = 11,
  kEntityIdOffsets = 12,
  kEntityIds = 13,
  kFuzzyKeys = 20,       // .. 23
  kNameKeys = 24,        // .. 27
  kFrequencies = 28,     // .. 31
  kEntityIdTable = 32,   // .. 35
  kIdentifierKeys = 36,  // .. 39
  kDatasets = 40,        // "<dataset>\t<entities>\n" lines
  kTokenPairs = 44,      // .. 47
};

struct Meta {
  std::uint64_t entities;
  std::uint64_t names;
  std::uint64_t tokens;
  std::uint64_t corpus_names;
};

// A listed token of this many postings or more is paired: every name holding two such tokens
// is listed under the pair (see PairKey()), so that the two-hit rule finds the names two
// common query tokens reach without walking their postings. (Part of the snapshot format.)
inline constexpr std::uint32_t kPairedPostings = 256;

// The key of two listed tokens held by one name, in either order.
inline std::uint64_t PairKey(std::uint32_t a, std::uint32_t b) {
  const std::array<std::uint32_t, 2> pair{std::min(a, b), std::max(a, b)};
  return KeyHash('P', std::string_view(reinterpret_cast<const char*>(pair.data()), sizeof(pair)));
}

// Whether tokens of this class are keyed in the fuzzy dictionary: words, numbers, generic
// organisation words and honorifics are; particles, legal forms and initials are not.
inline bool IsKeyToken(text::TokenClass token_class) {
  switch (token_class) {
    case text::TokenClass::kWord:
    case text::TokenClass::kNumber:
    case text::TokenClass::kGenericOrg:
    case text::TokenClass::kHonorific:
      return true;
    default:
      return false;
  }
}

// Calls f(hash, exact) for every key of `token`; `exact` for its text, variant and phonetic
// forms, false for the looser skeleton, nickname family, prefix and deletion keys.
template <typename F>
void ForEachKey(const match::TokenView& token, bool with_deletions, F&& f) {
  f(KeyHash('t', token.text), true);
  if (token.canonical != token.text) f(KeyHash('t', token.canonical), true);
  if (token.nicknames != 0) {
    text::ForEachNicknameFamily(token.canonical, [&](std::uint16_t id) {
      const std::array<char, 2> family{static_cast<char>(id & 0xFF), static_cast<char>(id >> 8)};
      f(KeyHash('n', std::string_view(family.data(), family.size())), false);
    });
  }
  if (token.skeleton.size() >= 2) f(KeyHash('s', token.skeleton), false);
  if (token.phonetic.size() >= 3 && token.phonetic != token.text) {
    f(KeyHash('t', token.phonetic), true);
  }
  if (!with_deletions) return;
  std::string_view text = token.text.substr(0, match::kMaxTokenLength);
  if (text.size() >= 5) f(KeyHash('p', text.substr(0, 4)), false);
  if (text.size() >= 6) f(KeyHash('x', text.substr(text.size() - 4)), false);
  if (text.size() >= 3) {
    std::array<char, match::kMaxTokenLength> buffer{};
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
      std::memcpy(buffer.data(), text.data(), pos);
      std::memcpy(buffer.data() + pos, text.data() + pos + 1, text.size() - pos - 1);
      f(KeyHash('d', std::string_view(buffer.data(), text.size() - 1)), false);
    }
    f(KeyHash('d', text), false);
  }
}

// A short skeleton says little: "mn" is the consonants of amin, mona, yamani, yemen... Their
// patterns (text::SkeletonPattern) say more: which gaps hold vowels. So a token of two to
// kPatternLetters consonants is also keyed by its pattern, which a token of the other kind
// looks up (ForEachLatinPattern): its skeleton key may reach too many tokens to walk. Latin tokens
// are keyed under kLatinPattern, tokens of names written without short vowels under
// kWrittenPattern. (One consonant is too little to go by: with them, unlisted names of one
// consonant such as شو "shw" met listed ones such as "Zeus", and more of them alerted than were
// found.)
inline constexpr std::size_t kPatternLetters = 3;
inline constexpr char kLatinPattern = 'g';
inline constexpr char kWrittenPattern = 'G';
// Name keys of the pairs of vowelless names that Latin spellings write as one word, by their
// joined consonants (of kMinJoinedSkeleton or more, as match::ScoreName() asks).
inline constexpr char kWrittenJoin = 'J';
inline constexpr std::size_t kMinJoinedSkeleton = 3;
// A key reaching more names than this is a common pair ("bd"+"allh", Abdullah): its names are
// reached by their other tokens, as a common token's are.
inline constexpr std::size_t kMaxWrittenJoinNames = 512;

inline std::size_t PatternLetters(std::string_view pattern) {
  return static_cast<std::size_t>(
      std::count_if(pattern.begin(), pattern.end(), [](char c) { return c != '.'; }));
}

// The patterns of the Latin tokens a token written without short vowels may meet: a vowel in
// each gap where it writes one and in any other (a short vowel, unwritten), and the gap before
// the first consonant free either way (an initial alef often stands for a vowel the Latin
// spelling drops, "abn" / "bin"). Calls f(pattern) for each (at most 16), for a token of
// `min_letters` consonants or more.
template <typename F>
void ForEachLatinPattern(std::string_view written, std::size_t min_letters, F&& f) {
  const std::string pattern = text::SkeletonPattern(written);
  std::array<char, kPatternLetters> letters{};
  std::array<bool, kPatternLetters + 1> vowel{};
  std::size_t count = 0;
  for (char c : pattern) {
    if (c == '.') {
      vowel[count] = true;
    } else if (count == kPatternLetters) {
      return;
    } else {
      letters[count++] = c;
    }
  }
  if (count < std::max<std::size_t>(min_letters, 1)) return;
  std::array<std::size_t, kPatternLetters + 1> open{};
  std::size_t open_count = 0;
  for (std::size_t k = 0; k <= count; ++k) {
    if (k == 0 || !vowel[k]) open[open_count++] = k;
  }
  std::array<char, 2 * kPatternLetters + 1> key{};
  for (std::uint32_t subset = 0; subset < (1U << open_count); ++subset) {
    std::array<bool, kPatternLetters + 1> with = vowel;
    for (std::size_t o = 0; o < open_count; ++o) with[open[o]] = ((subset >> o) & 1U) != 0;
    std::size_t length = 0;
    for (std::size_t k = 0; k < count; ++k) {
      if (with[k]) key[length++] = '.';
      key[length++] = letters[k];
    }
    if (with[count]) key[length++] = '.';
    f(std::string_view(key.data(), length));
  }
}

// Calls f(key, written) for the pattern keys of a listed token (`written`: of a name written
// without short vowels). A Latin token is keyed by its own pattern, a written token by those of
// the Latin tokens it may meet (ForEachLatinPattern): written tokens are few, and a Latin query
// token then looks up one key, its own pattern. Latin tokens of one consonant are keyed too
// ("ali", "dawood", "aziz": a skeleton folds a consonant repeated across a vowel), which written
// query tokens of one consonant look up when the query has other words (see Gather).
template <typename F>
void ForEachPatternKey(const match::TokenView& token, bool written, F&& f) {
  if (token.skeleton.empty() || token.skeleton.size() > kPatternLetters) return;
  if (written) {
    if (token.skeleton.size() < 2) return;
    ForEachLatinPattern(token.text, 2, [&](std::string_view pattern) {
      f(KeyHash(kWrittenPattern, pattern), true);
    });
    return;
  }
  const std::string pattern = text::SkeletonPattern(token.text);
  if (pattern.empty() || PatternLetters(pattern) > kPatternLetters) return;
  f(KeyHash(kLatinPattern, pattern), false);
  if (token.canonical != token.text) {
    const std::string canonical = text::SkeletonPattern(token.canonical);
    if (!canonical.empty() && canonical != pattern &&
        PatternLetters(canonical) <= kPatternLetters) {
      f(KeyHash(kLatinPattern, canonical), false);
    }
  }
}

inline std::uint8_t ClampSize(std::size_t size) {
  return static_cast<std::uint8_t>(std::min<std::size_t>(size, 255));
}

// The token `record` describes, its strings in `arena` (the index's or the builder's).
inline match::TokenView ViewOfRecord(const TokenRecord& record, std::string_view arena) {
  return match::TokenView{arena.substr(record.text, record.text_size),
                          arena.substr(record.canonical, record.canonical_size),
                          arena.substr(record.skeleton, record.skeleton_size),
                          arena.substr(record.phonetic, record.phonetic_size),
                          static_cast<text::TokenClass>(record.token_class),
                          record.weight,
                          match::Vocabulary::kUnknown,
                          record.text_signature,
                          record.canonical_signature,
                          record.phonetic_signature,
                          record.nicknames};
}

}  // namespace cordon::index

#endif  // CORDON_INDEX_INDEX_LAYOUT_H_
