#include "match/name_scorer.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <span>
#include <utility>

#include "match/similarity.h"
#include "text/tokens.h"

namespace cordon::match {
namespace {

constexpr std::size_t kMaxTokens = 16;
constexpr double kFuzzyFloor = 0.7;
constexpr double kListedExponent = 0.35;
static_assert(kQueryExponent == 0.75, "QueryPower() takes square roots");

// The coverages to their exponents. A coverage of 1 (every token met exactly) is common and
// needs no power, and 0.75 is two square roots: a library pow() costs more than the rest of
// the final score.
double QueryPower(double coverage) {
  return coverage == 1.0 ? 1.0 : std::sqrt(coverage * std::sqrt(coverage));
}
double ListedPower(double coverage) {
  return coverage == 1.0 ? 1.0 : std::pow(coverage, kListedExponent);
}
constexpr double kUnmatchedOrgWordFactor = 0.93;
constexpr double kMiddleNameWeight = 0.4;
constexpr double kSubstitutionFactor = 0.88;
constexpr double kWeakFloor = 0.5;
// The least spelling similarity that the "sounds alike" rule lifts (same skeleton and initial).
constexpr double kSoundsAlikeLeast = 0.6;
constexpr double kPhoneticFactor = 0.95;
// Two vowelless names' consonant skeletons, a little below their spellings.
constexpr double kSkeletonFactor = 0.9;
constexpr double kWeakFactor = 0.5;
constexpr double kKnownFactor = 0.9;
constexpr double kUnseenLift = 0.3;

struct Edge {
  float similarity;
  std::uint8_t q_first;
  std::uint8_t q_count;  // 1, 2 (merged) or a run of spelled letters
  std::uint8_t c_first;
  std::uint8_t c_count;
  TokenMatchKind kind;
};

// A token's signature as given, or computed when it was not (0).
std::uint64_t Signature(std::uint64_t given, std::string_view form) {
  return given != 0 || form.empty() ? given : CharSignature(form);
}

std::uint64_t Letters(std::string_view text) {
  std::uint64_t mask = 0;
  for (char c : text) mask |= std::uint64_t{1} << (static_cast<unsigned char>(c) & 63);
  return mask;
}

// An upper bound of EditSimilarity(a, b): the distance is at least the length gap and at least
// the number of letters one has and the other lacks.
double EditCeiling(std::size_t la, std::size_t lb, std::uint64_t letters_a,
                   std::uint64_t letters_b) {
  la = std::min(la, kMaxTokenLength);
  lb = std::min(lb, kMaxTokenLength);
  const std::size_t longest = std::max(la, lb);
  if (longest == 0) return 1;
  const std::size_t gap = la > lb ? la - lb : lb - la;
  const std::size_t differing = static_cast<std::size_t>(
      std::max(std::popcount(letters_a & ~letters_b), std::popcount(letters_b & ~letters_a)));
  return 1.0 - static_cast<double>(std::max(gap, differing)) / static_cast<double>(longest);
}

// Similarity of a pair of adjacent tokens joined, against one token. Only exact and near-exact
// joins count: "abdul"+"rahman" vs "abdulrahman", "al"+"qaida" vs "alqaida".
//
// A similarity of 0.8 needs lengths within 20% of each other: most pairs stop at
// JoinLengthsFit(), which ScoreName() asks before the call.
bool WithinJoinLength(std::size_t total, std::size_t length) {
  return 5 * std::min(total, length) >= 4 * std::max(total, length);
}
bool JoinLengthsFit(std::size_t total, const TokenView& whole) {
  return total <= kMaxTokenLength && whole.text.size() >= 4 &&
         (WithinJoinLength(total, whole.text.size()) ||
          WithinJoinLength(total, whole.canonical.size()));
}
// Between names one of which is written without short vowels (Arabic, Hebrew), a pair whose
// joined consonants are the whole token's also counts ("bd"+"allh" / "abdullah", "al"+"msry" /
// "almasri"), at kVowellessJoin, if ArabicCompound() (see name_scorer.h).
bool SkeletonJoinFits(std::size_t total, const TokenView& whole) {
  return total <= kMaxTokenLength && whole.text.size() >= 4 && whole.skeleton.size() >= 3;
}
double VowellessJoin(std::string_view first, std::string_view second, const TokenView& whole) {
  const std::array<std::string, 2> skeletons = JoinedSkeletons(first, second);
  return skeletons[0] == whole.skeleton || (!skeletons[1].empty() && skeletons[1] == whole.skeleton)
             ? kVowellessJoin
             : 0;
}

double JoinedSimilarity(const TokenView& first, const TokenView& second, const TokenView& whole,
                        bool vowelless = false) {
  const std::size_t total = first.text.size() + second.text.size();
  const bool lengths_fit = JoinLengthsFit(total, whole);
  vowelless =
      vowelless && SkeletonJoinFits(total, whole) && ArabicCompound(first.text, second.text);
  if (!lengths_fit && !vowelless) return 0;
  // Most pairs that pass the lengths differ in too many letters to come within 0.8: those are
  // ruled out by their signatures, before the tokens are joined.
  const std::uint64_t letters = JoinSignatures(Signature(first.text_signature, first.text),
                                               Signature(second.text_signature, second.text));
  auto within_reach = [&](std::string_view form, std::uint64_t form_letters) {
    form = form.substr(0, kMaxTokenLength);
    const std::size_t longest = std::max(total, form.size());
    const std::size_t distance =
        std::max(total > form.size() ? total - form.size() : form.size() - total,
                 SignatureDistance(letters, form_letters));
    return WithinJoinLength(total, form.size()) &&
           1.0 - static_cast<double>(distance) / static_cast<double>(longest) >= 0.8;
  };
  const bool text_reach = within_reach(whole.text, Signature(whole.text_signature, whole.text));
  const bool canonical_reach =
      !SameText(whole.canonical, whole.text) &&
      within_reach(whole.canonical, Signature(whole.canonical_signature, whole.canonical));
  if (!vowelless && !text_reach && !canonical_reach) return 0;
  std::array<char, kMaxTokenLength> joined;
  std::memcpy(joined.data(), first.text.data(), first.text.size());
  std::memcpy(joined.data() + first.text.size(), second.text.data(), second.text.size());
  std::string_view joined_view(joined.data(), total);
  if (SameText(joined_view, whole.text)) return 0.98;
  const double consonants = vowelless ? VowellessJoin(first.text, second.text, whole) : 0;
  if (!lengths_fit) return consonants;
  // Also the canonical forms: "abd" + "rahman" against "abdulrahman" -> "abdrahman".
  double sim = text_reach ? EditSimilarity(joined_view, whole.text, 0.8) : 0.0;
  if (canonical_reach) sim = std::max(sim, EditSimilarity(joined_view, whole.canonical, 0.8));
  return std::max(sim >= 0.8 ? sim * 0.97 : 0, consonants);
}

// Letters written apart on one side and together on the other ("B S COMPANY", "B.S. COMPANY"
// for "BS COMPANY"): a run of two to kMaxSpelled initials of `letters` that spells a whole
// word of `words`. `visit(first, count, word)` for each.
constexpr std::size_t kMaxSpelled = 6;
constexpr double kSpelledSimilarity = 0.98;
bool IsInitial(const TokenView& token) {
  return token.token_class == text::TokenClass::kInitial && !token.text.empty();
}
// Each run of two to kMaxSpelled consecutive initials among the first `count` tokens of
// `name`, from each start: `visit(first, letters)`.
template <typename Visit>
void ForEachInitialRun(const NameView& name, std::size_t count, Visit&& visit) {
  for (std::size_t first = 0; first + 1 < count; ++first) {
    std::array<char, kMaxSpelled> run{};
    std::size_t length = 0;
    for (std::size_t k = first; k < count && length < kMaxSpelled && IsInitial(name.tokens[k]);
         ++k) {
      run[length++] = name.tokens[k].text[0];
      if (length >= 2) visit(first, std::string_view(run.data(), length));
    }
  }
}
template <typename Visit>
void ForEachSpelled(const NameView& letters, std::size_t letter_count, const NameView& words,
                    std::size_t word_count, Visit&& visit) {
  ForEachInitialRun(letters, letter_count, [&](std::size_t first, std::string_view spelled) {
    for (std::size_t w = 0; w < word_count; ++w) {
      if (!IsInitial(words.tokens[w]) && SameText(words.tokens[w].text, spelled)) {
        visit(first, spelled.size(), w);
      }
    }
  });
}

// Arabic script writes long vowels (alef, waw, ya: "a", "w", "y" once romanised) and leaves
// short ones out. So where a vowelless token has a vowel between two of its consonants, or
// after the last, a Latin spelling of the same consonants has one too: "ywkwta" is not
// "khuwayt" (nothing follows its t), nor "mwwna" "amin". The gaps are compared consonant by
// consonant, as text::Skeleton() reads them; the gap before the first is not (an initial alef
// often stands for a vowel the Latin spelling drops, "abn" / "bin"). True when they agree, or
// when the letters cannot be aligned.
// The vowels must be of the same kind too: an alef a, e or o, a waw u, o or w, a ya i, e or y
// (the alef maqsura, a or i, is romanised "e", of no kind: موسى "mwse" / Musa): سفيان "sfyan"
// (Sufyan) is not "Sevin", حسين "hsyn" (Husayn) not "Hassan", نوبو "nwbw" not "Nabah", and
// Hebrew לני "lny" not Leona.
constexpr double kVowelsDisagree = 0.75;
bool VowelsOfAKind(std::uint8_t written, std::uint8_t latin) {
  const std::uint8_t a = text::VowelBit('a');
  const std::uint8_t e = text::VowelBit('e');
  const std::uint8_t i = text::VowelBit('i');
  const std::uint8_t o = text::VowelBit('o');
  const std::uint8_t u = text::VowelBit('u');
  const std::uint8_t y = text::VowelBit('y');
  const std::uint8_t w = text::VowelBit('w');
  if ((written & a) != 0 && (latin & (a | e | o)) == 0) return false;
  if ((written & (w | u)) != 0 && (latin & (u | o | w)) == 0) return false;
  if ((written & (y | i)) != 0 && (latin & (i | e | y)) == 0) return false;
  return true;
}
// A final h after a consonant it does not join (sh, kh, th...) is mostly a written vowel (he,
// ta marbuta), which text::Skeleton() drops: the Latin spelling ends with a vowel then, or with
// the h of a real one (Abdullah, Saleh). הלמה "hlmh" is Helma, not HELM; סופה "swph" not Yusuf.
// Of 5,000 Wikidata pairs, 1.0% (Hebrew) and 0.6% (Arabic) break it, mostly French names whose
// last letters are silent (Didier, דידייה).
bool FinalVowelWritten(std::string_view written) {
  return written.size() >= 3 && written.back() == 'h' &&
         std::string_view("cdgkstz").find(written[written.size() - 2]) == std::string_view::npos;
}
bool LongVowelsAgree(std::string_view written, std::string_view latin) {
  if (FinalVowelWritten(written) && !latin.empty() &&
      std::string_view("aeiouyh").find(latin.back()) == std::string_view::npos) {
    return false;
  }
  const text::SkeletonGaps a = text::GapsOfSkeleton(written);
  const text::SkeletonGaps b = text::GapsOfSkeleton(latin);
  if (a.letters != b.letters || a.letters == 0) return true;
  // A consonant written twice with a vowel between is written twice in Latin too (داود "dawd",
  // Dawud): סוסוקה "swswqh" is not Sukhoi.
  if (a.repeats > b.repeats) return false;
  for (std::size_t k = 1; k <= a.letters; ++k) {
    if (a.vowel[k] && !b.vowel[k]) return false;
    if (!VowelsOfAKind(a.letters_in[k], b.letters_in[k])) return false;
  }
  return true;
}

// A vowel that begins or ends a word is written (an alef or ayn before it, an alef, ya, waw,
// he or ta marbuta for it): so a vowelless name whose first letter writes none meets no Latin
// token that begins with a vowel by the consonants of its first token, nor, whose last writes
// none, one that ends with a, i, o, u or y by its last (e is often silent: "harte" / הארט).
// פייש "pyys" is not Abyss, אדאן "adan" not Downy, קופ "qwp" not Coiba. Of 5,000 Wikidata
// Hebrew and Arabic names, 0.4% to 0.7% of the Latin spellings break it, mostly other names.
// And a word that begins with a waw or ya begins with that consonant, as an initial vowel is
// written with an alef or ayn before it: the Latin spelling begins with y, i, e or j, or with w,
// u, o or v, then (يماني "ymany" is Yamani, not Mainway).
// `first` and `last` are the written tokens compared (two when a pair of them is joined), `front`
// and `back` the first and last letters of the Latin token or joined pair.
bool EdgeVowelsAgree(const NameView& written, std::size_t first, std::size_t last, char front,
                     char second, char back) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  if (first == 0 && written.consonant_start && vowel(front)) return false;
  // And one whose first letter is an alef begins with a vowel in Latin too (أحمد Ahmad, إدريس
  // Idris, אריאל Ariel): إدريس "adrys" is not Doris. But for an article (al), and for the North
  // African spellings that drop the vowel before two consonants (Brahim, Smail, Dris).
  if (first == 0 && !written.consonant_start && !written.glide_start && !written.tokens.empty() &&
      written.tokens[0].text.size() > 2 && written.tokens[0].text.front() == 'a' &&
      !written.tokens[0].text.starts_with("al") && !vowel(front) && front != 'y' &&
      (vowel(second) || second == 'y')) {
    return false;
  }
  if (first == 0 && written.glide_start && !written.tokens.empty() &&
      !written.tokens[0].text.empty()) {
    const char glide = written.tokens[0].text.front();
    if (glide == 'y' && std::string_view("yiej").find(front) == std::string_view::npos) {
      return false;
    }
    if (glide == 'w' && std::string_view("wuov").find(front) == std::string_view::npos) {
      return false;
    }
  }
  if (last + 1 == written.tokens.size() && written.consonant_end && back != 'e' &&
      (vowel(back) || back == 'y')) {
    return false;
  }
  return true;
}
bool EdgeVowelsAgree(const NameView& written, std::size_t at, std::string_view latin) {
  return latin.empty() || EdgeVowelsAgree(written, at, at, latin.front(),
                                          latin.size() > 1 ? latin[1] : '\0', latin.back());
}
// The same for tokens `at` and `at + 1` of `joined`, written as one, against token `other_at`
// of `other`, one of the two names written without short vowels.
bool JoinedEdgesAgree(const NameView& joined, std::size_t at, const NameView& other,
                      std::size_t other_at) {
  const std::string_view left = joined.tokens[at].text;
  const std::string_view right = joined.tokens[at + 1].text;
  const std::string_view single = other.tokens[other_at].text;
  if (left.empty() || right.empty() || single.empty()) return true;
  if (joined.vowelless) {
    return EdgeVowelsAgree(joined, at, at + 1, single.front(), single.size() > 1 ? single[1] : '\0',
                           single.back());
  }
  return EdgeVowelsAgree(other, other_at, other_at, left.front(),
                         left.size() > 1 ? left[1] : right.front(), right.back());
}

using Flags = std::array<bool, kMaxTokens>;
using Sims = std::array<float, kMaxTokens>;

bool IsAcronymPart(const TokenView& token) {
  return token.token_class == text::TokenClass::kWord ||
         token.token_class == text::TokenClass::kGenericOrg ||
         token.token_class == text::TokenClass::kHonorific;
}

// True when `text` (at least 2 letters) can be read, in order, from `initials`.
bool SubsequenceOf(std::string_view text, std::string_view initials) {
  if (text.size() < 2 || text.size() > initials.size()) return false;
  std::size_t at = 0;
  for (char c : initials) {
    if (at < text.size() && text[at] == c) ++at;
  }
  return at == text.size();
}

// The initials of the acronym parts of `name`, in order, written to `out`.
std::string_view InitialsOf(const NameView& name, std::array<char, kMaxTokens>* out) {
  std::size_t count = 0;
  for (std::size_t i = 0; i < std::min(name.tokens.size(), kMaxTokens); ++i) {
    const TokenView& token = name.tokens[i];
    if (IsAcronymPart(token) && !token.text.empty()) (*out)[count++] = token.text[0];
  }
  return {out->data(), count};
}
std::string InitialsOf(const NameView& name) {
  std::array<char, kMaxTokens> initials{};
  return std::string(InitialsOf(name, &initials));
}

// An unmatched token of `short_side` that spells the initials of the unmatched words of
// `long_side` ("BLA" for "Balochistan Liberation Army", "TTP" for "Tehrik-e Taliban Pakistan")
// matches all of them. `swapped` says which side is the query, for the explanation.
constexpr float kAcronymSimilarity = 0.9F;
void MatchAcronyms(const NameView& short_side, const NameView& long_side, Flags* short_used,
                   Sims* short_sim, Flags* long_used, Sims* long_sim, Alignment* aligned,
                   bool swapped) {
  // Syllables (NameView::transcribed) are not words, whose initials could spell an acronym;
  // nor are they an acronym's letters: acronyms are written in Latin capitals ("IMI"), while
  // kana, Hangul or Han spell a name by its sounds (イミ "imi" is a name), and so does a
  // respelling of them in Latin letters (曹力 read as "cli").
  if (long_side.transcribed || short_side.transcribed || long_side.respelled ||
      short_side.respelled) {
    return;
  }
  // Nor are the consonants of a name written without short vowels (Arabic, Hebrew) the
  // initials of Latin words: "gmh" (גאמה, Gama) is not GAZPROM MEDIA HOLDING.
  if (short_side.vowelless != long_side.vowelless) return;
  // Organisations go by acronyms, people do not: "Kim" is a name, not Khalil Ibrahim MOHAMED,
  // nor "Eva" Eddie Vladimirovich ASTANIN.
  if (long_side.person) return;
  const std::size_t ns = std::min(short_side.tokens.size(), kMaxTokens);
  const std::size_t nl = std::min(long_side.tokens.size(), kMaxTokens);
  std::array<char, kMaxTokens> initials{};
  std::size_t count = 0;
  for (std::size_t li = 0; li < nl; ++li) {
    const TokenView& token = long_side.tokens[li];
    if ((*long_used)[li] || !IsAcronymPart(token) || token.text.empty()) continue;
    initials[count++] = token.text[0];
  }
  if (count < 2) return;
  std::string_view acronym(initials.data(), count);
  for (std::size_t si = 0; si < ns; ++si) {
    const TokenView& token = short_side.tokens[si];
    if ((*short_used)[si] || !SameText(token.text, acronym)) continue;
    (*short_used)[si] = true;
    (*short_sim)[si] = kAcronymSimilarity;
    std::uint16_t words = 0;
    for (std::size_t li = 0; li < nl; ++li) {
      const TokenView& part = long_side.tokens[li];
      if ((*long_used)[li] || !IsAcronymPart(part) || part.text.empty()) continue;
      (*long_used)[li] = true;
      (*long_sim)[li] = kAcronymSimilarity;
      words = static_cast<std::uint16_t>(words | (1U << li));
    }
    if (aligned && aligned->count < aligned->pairs.size()) {
      Alignment::Pair pair;
      pair.similarity = kAcronymSimilarity;
      pair.kind = TokenMatchKind::kAcronym;
      pair.words = words;
      // The acronym's own token, on its side; its words' side has no range.
      if (swapped) {
        pair.c_first = static_cast<std::uint8_t>(si);
        pair.c_count = 1;
      } else {
        pair.q_first = static_cast<std::uint8_t>(si);
        pair.q_count = 1;
      }
      aligned->pairs[aligned->count++] = pair;
    }
    return;
  }
}

// The query tokens that MatchAcronyms() may match between `query` and `candidate`, whatever
// the tokens matched before it (bit qi): one that spells, in order, some of the initials of
// the candidate's acronym parts; and every acronym part of the query when some candidate token
// spells some of the query's (ListedAcronymPossible()). (A superset: MatchAcronyms() asks for
// the initials of the parts left unmatched, all of them.)
std::uint32_t AcronymReach(const NameView& query, std::size_t nq, const NameView& candidate) {
  if (query.transcribed || candidate.transcribed || query.respelled || candidate.respelled ||
      query.vowelless != candidate.vowelless) {
    return 0;
  }
  std::uint32_t reach = 0;
  std::array<char, kMaxTokens> buffer{};
  if (!candidate.person) {
    const std::string_view initials = InitialsOf(candidate, &buffer);
    for (std::size_t qi = 0; qi < nq; ++qi) {
      if (SubsequenceOf(query.tokens[qi].text, initials)) reach |= 1U << qi;
    }
  }
  if (!query.person && ListedAcronymPossible(query, std::span<const NameView>(&candidate, 1))) {
    for (std::size_t qi = 0; qi < nq; ++qi) {
      if (IsAcronymPart(query.tokens[qi]) && !query.tokens[qi].text.empty()) reach |= 1U << qi;
    }
  }
  return reach;
}

}  // namespace

std::string_view TokenMatchKindName(TokenMatchKind kind) {
  switch (kind) {
    case TokenMatchKind::kExact:
      return "same";
    case TokenMatchKind::kVariant:
      return "spelling variant";
    case TokenMatchKind::kNickname:
      return "nickname or short form";
    case TokenMatchKind::kVowelless:
      return "same consonants (script without vowels)";
    case TokenMatchKind::kSoundsAlike:
      return "sounds alike";
    case TokenMatchKind::kInitial:
      return "initial";
    case TokenMatchKind::kFuzzy:
      return "similar spelling";
    case TokenMatchKind::kMerged:
      return "joined/split";
    case TokenMatchKind::kAcronym:
      return "acronym";
    case TokenMatchKind::kSpelled:
      return "letters written apart";
    case TokenMatchKind::kWeak:
      return "weak resemblance";
    case TokenMatchKind::kCode:
      return "same code";
    case TokenMatchKind::kTranscribed:
      return "same sounds, spelled by syllables";
  }
  return "same";
}

namespace {
double FuzzyTokenSimilarity(const TokenView& a, const TokenView& b, bool vowelless,
                            TokenMatchKind* kind, bool above_half);

// A given name against its nickname or short form (text::SameNicknameFamily()).
constexpr double kNicknameSimilarity = 0.85;

// Arabic script joins the article to its word (المصري, "almsry"); lists write it apart
// ("al-Masri", whose "al" is then left over, a particle) or drop it ("Masri"). Between
// vowelless names, a token of five letters or more starting with "al" also meets one with the
// skeleton of the rest, a little below equal skeletons.
constexpr double kArticleSkeleton = 0.88;
constexpr std::size_t kArticleShortest = 5;
std::size_t ConsonantGroups(std::string_view text);  // below

// (One consonant is too little, unless both write it twice with a vowel between: العزيز
// "alzyz" / Aziz, as for equal skeletons.)
bool ArticleSkeletonMatches(const TokenView& with_article, const TokenView& other) {
  if (with_article.text.size() < kArticleShortest || !with_article.text.starts_with("al") ||
      other.text.starts_with("al") || other.skeleton.empty()) {
    return false;
  }
  const std::string_view rest = with_article.text.substr(2);
  return (other.skeleton.size() >= 2 ||
          (ConsonantGroups(rest) >= 2 && ConsonantGroups(other.text) >= 2)) &&
         text::Skeleton(rest) == other.skeleton;
}

// An approximate match (not an equal, variant, vowel-free or initial one) of a query token the
// lists know is most likely another name: "salmani" is a surname of its own, not "salman"
// mistyped. One the lists have never seen is most likely the misspelling.
bool Approximate(TokenMatchKind kind) {
  return kind == TokenMatchKind::kFuzzy || kind == TokenMatchKind::kSoundsAlike ||
         kind == TokenMatchKind::kWeak;
}
double LiftUnseen(double similarity) { return similarity + (1 - similarity) * kUnseenLift; }
}  // namespace

namespace {
double SpellingSimilarity(const TokenView& a, const TokenView& b, bool vowelless,
                          TokenMatchKind* kind, bool above_half) {
  const double similarity = FuzzyTokenSimilarity(a, b, vowelless, kind, above_half);
  if (similarity <= 0 || !Approximate(*kind)) return similarity;
  if (*kind == TokenMatchKind::kWeak) {
    // Below the floor a resemblance ranks candidates at half its similarity, so that a badly
    // mistyped name is found without alerting. A token the lists have never seen keeps its
    // whole similarity (still below the floor): it is most likely the mistyped one, and the
    // rest of the name decides whether the pair alerts.
    switch (a.vocabulary) {
      case Vocabulary::kKnown:
        return similarity * kWeakFactor * kKnownFactor;
      case Vocabulary::kUnseen:
        return similarity;
      case Vocabulary::kUnknown:
        break;
    }
    return similarity * kWeakFactor;
  }
  switch (a.vocabulary) {
    case Vocabulary::kKnown:
      return similarity * kKnownFactor;
    case Vocabulary::kUnseen:
      return LiftUnseen(similarity);
    case Vocabulary::kUnknown:
      break;
  }
  return similarity;
}

}  // namespace

namespace {
// TokenSimilarity(), or with `above_half` TokenSimilarityAboveHalf().
double SimilarityOf(const TokenView& a, const TokenView& b, bool vowelless, TokenMatchKind* kind,
                    bool above_half) {
  const double similarity = SpellingSimilarity(a, b, vowelless, kind, above_half);
  // A given name and its nickname or short form (Dick / Richard, Sasha / Aleksandr): the same
  // name to an analyst, if less surely the same person than one spelling of it. (Two
  // spellings of one name in a family, Ludmila and Lyudmila, keep their own similarity.)
  if (similarity < kNicknameSimilarity && (a.nicknames & b.nicknames) != 0 &&
      text::SameNicknameFamily(a.canonical, b.canonical)) {
    *kind = TokenMatchKind::kNickname;
    return kNicknameSimilarity;
  }
  return similarity;
}
}  // namespace

double TokenSimilarity(const TokenView& a, const TokenView& b, bool vowelless,
                       TokenMatchKind* kind) {
  return SimilarityOf(a, b, vowelless, kind, false);
}

double TokenSimilarityAboveHalf(const TokenView& a, const TokenView& b, bool vowelless) {
  TokenMatchKind kind;
  return SimilarityOf(a, b, vowelless, &kind, true);
}

namespace {

// The runs of consonants of `text`, vowel-like letters (a, e, i, o, u, y, w) between them.
std::size_t ConsonantGroups(std::string_view text) {
  std::size_t groups = 0;
  bool in_group = false;
  for (char c : text) {
    const bool vowel = text::VowelBit(c) != 0;
    if (!vowel && !in_group) ++groups;
    in_group = !vowel;
  }
  return groups;
}

// A name written in Hebrew or Arabic letters that begins with yod or ya, a consonant there
// (يعقوب, יעקב "yqb"), is spelled with a J by English and German: Jacob, Jonathan, Jachin. True
// when `written` begins with y, `latin` with j and a vowel, and the rest of `latin` has the
// skeleton of `written` (of two consonants or more).
bool YodSpelledJ(const TokenView& written, const TokenView& latin) {
  if (written.text.empty() || written.text[0] != 'y' || latin.text.size() < 3 ||
      latin.text[0] != 'j' || written.skeleton.size() < 2) {
    return false;
  }
  const char second = latin.text[1];
  if (second != 'a' && second != 'e' && second != 'i' && second != 'o' && second != 'u') {
    return false;
  }
  return text::Skeleton(latin.text.substr(1)) == written.skeleton;
}

// A surname in a Belarusian romanisation against the Russian one of the same name: -au and -ou
// for -ov (-аў, -оў: Naumau, Ivanou; Наумов, Иванов), -eu for -ev (Karaeu, Караев), the rest
// spelled alike. The Belarus sanctions regimes list most people the Belarusian way, other lists
// the Russian way: the development list alone holds 15 such pairs (Barsukou and Barsukov,
// Kubrakou and Kubrakov, Naumau and Naumov), which one edit in two letters left apart.
constexpr double kBelarusianEnding = 0.97;  // as a spelling variant
bool BelarusianEnding(std::string_view a, std::string_view b) {
  const std::size_t n = a.size();
  if (n != b.size() || n < 5 || (a.back() == 'u') == (b.back() == 'u')) return false;
  const std::string_view belarusian = a.back() == 'u' ? a.substr(n - 2) : b.substr(n - 2);
  const std::string_view russian = a.back() == 'u' ? b.substr(n - 2) : a.substr(n - 2);
  const bool ending = (russian == "ov" && (belarusian == "au" || belarusian == "ou")) ||
                      (russian == "ev" && belarusian == "eu");
  return ending && SameText(a.substr(0, n - 2), b.substr(0, n - 2));
}

// Whether `text` holds y or w beside another vowel-like letter, where it is mostly a consonant
// (ايوب "aywb", Ayyub; Ayoub).
bool HasGlide(std::string_view text) {
  for (std::size_t k = 0; k + 1 < text.size(); ++k) {
    const bool glide = text[k] == 'y' || text[k] == 'w' || text[k + 1] == 'y' || text[k + 1] == 'w';
    if (glide && text::VowelBit(text[k]) != 0 && text::VowelBit(text[k + 1]) != 0) return true;
  }
  return false;
}

double FuzzyTokenSimilarity(const TokenView& a, const TokenView& b, bool vowelless,
                            TokenMatchKind* kind, bool above_half) {
  if (SameText(a.text, b.text)) {
    *kind = TokenMatchKind::kExact;
    return 1.0;
  }
  if (SameText(a.canonical, b.canonical)) {
    *kind = TokenMatchKind::kVariant;
    return 0.97;
  }
  if (BelarusianEnding(a.text, b.text)) {
    *kind = TokenMatchKind::kVariant;
    return kBelarusianEnding;
  }
  bool a_initial = a.token_class == text::TokenClass::kInitial;
  bool b_initial = b.token_class == text::TokenClass::kInitial;
  if (a_initial != b_initial) {
    const TokenView& initial = a_initial ? a : b;
    const TokenView& word = a_initial ? b : a;
    if (!word.text.empty() && word.text[0] == initial.text[0]) {
      *kind = TokenMatchKind::kInitial;
      // A query initial against a listed word is the usual abbreviation; against a particle
      // or a title ("A. Youcef" for "Abou Youcef", "S" for "Sheikh") a rarer one, which gives
      // way to a name of the same initial ("M Haqqani": "Moslim Haqqani" before "Maulawi
      // Haqqani"). A listed initial against a query word proves only one letter.
      if (!a_initial) return 0.5;
      const bool title = word.token_class == text::TokenClass::kParticle ||
                         word.token_class == text::TokenClass::kHonorific;
      return title ? 0.65 : 0.75;
    }
    return 0;
  }
  // One consonant is little to go by, unless the tokens are short, begin with the same y or
  // w, a consonant there (يحيى "yhyy" / Yahya, وائل "wayl" / Wael), both write it twice,
  // a vowel between (the skeleton keeps it once: داود "dawd" / Dawood), or both hold a y or w
  // that is a consonant (ايوب "aywb" / Ayyub).
  if (vowelless && !a.skeleton.empty() && SameText(a.skeleton, b.skeleton) &&
      (a.skeleton.size() >= 2 || std::min(a.text.size(), b.text.size()) <= 3 ||
       ((a.text[0] == 'y' || a.text[0] == 'w') && a.text[0] == b.text[0]) ||
       (ConsonantGroups(a.text) >= 2 && ConsonantGroups(b.text) >= 2) ||
       (HasGlide(a.text) && HasGlide(b.text)))) {
    *kind = TokenMatchKind::kVowelless;
    return 0.9;
  }
  // Two letters a written name holds apart and the romanisation writes as a digraph (صح "sh",
  // כה "kh") meet a Latin spelling of both, read apart.
  if (vowelless && !SameText(a.skeleton, b.skeleton) &&
      a.text.find('h') != std::string_view::npos && b.text.find('h') != std::string_view::npos) {
    const std::string unfolded = text::UnfoldedSkeleton(a.text);
    if (unfolded.size() >= 2 && unfolded == text::UnfoldedSkeleton(b.text)) {
      *kind = TokenMatchKind::kVowelless;
      return 0.9;
    }
  }
  if (vowelless && (YodSpelledJ(a, b) || YodSpelledJ(b, a))) {
    *kind = TokenMatchKind::kVowelless;
    return 0.9;
  }
  if (vowelless && (ArticleSkeletonMatches(a, b) || ArticleSkeletonMatches(b, a))) {
    *kind = TokenMatchKind::kVowelless;
    return kArticleSkeleton;
  }
  // Short tokens differ by one letter far too easily ("kar" / "kay"): demand more of them.
  // One inserted or deleted letter is allowed against a token of four letters or more.
  const std::size_t shorter = std::min(a.text.size(), b.text.size());
  const std::size_t longer = std::max(a.text.size(), b.text.size());
  auto short_tokens = [&] {
    if (longer == shorter + 1 && longer >= 4 && OsaDistance(a.text, b.text) == 1) {
      *kind = TokenMatchKind::kFuzzy;
      return 0.72;
    }
    if (shorter == 3 && longer == 3 && OsaDistance(a.text, b.text) == 1) {
      *kind = TokenMatchKind::kWeak;
      return 0.67;
    }
    return 0.0;
  };
  const bool same_skeleton_and_initial =
      a.skeleton.size() >= 3 && SameText(a.skeleton, b.skeleton) && a.text[0] == b.text[0];
  // Only the "sounds alike" rule below looks at the spellings of short tokens.
  if (shorter <= 3 && !same_skeleton_and_initial) return short_tokens();
  const double floor = shorter <= 5 ? 0.75 : kFuzzyFloor;
  // Where only a similarity above one half counts (TokenSimilarityAboveHalf()), a resemblance
  // below the floor counts as none, unless the query token is one the lists have never seen:
  // SpellingSimilarity() halves it (0.375 at most). Only the "sounds alike" rule lifts one from
  // kSoundsAlikeLeast. So the comparisons below need not compute what falls short of `least`.
  const double least = !above_half || a.vocabulary == Vocabulary::kUnseen ? 0
                       : same_skeleton_and_initial                        ? kSoundsAlikeLeast
                                                                          : floor;
  // (Below kWeakFloor a similarity counts as none: the signatures rule most such pairs out
  // before their distance is computed.)
  double best =
      EditSimilarity(a.text, b.text, std::max(kWeakFloor, least - 1e-9),
                     Signature(a.text_signature, a.text), Signature(b.text_signature, b.text));
  // The other comparisons below count only when they beat `best` (a phonetic or skeleton
  // similarity after its factor): what `best` already rules out is asked of none of them, so
  // that more pairs end at the signatures and lengths. (The bound keeps a margin: a pair at it
  // is compared.)
  auto must_beat = [&best, least](double factor) {
    return std::max({kWeakFloor, best / factor - 1e-9, least / factor - 1e-9});
  };
  if (!SameText(a.canonical, a.text) || !SameText(b.canonical, b.text)) {
    best = std::max(best, EditSimilarity(a.canonical, b.canonical, must_beat(1.0),
                                         Signature(a.canonical_signature, a.canonical),
                                         Signature(b.canonical_signature, b.canonical)));
  }
  // Romanisation systems spell one sound differently (rositskiy / rosicky): compare the
  // phonetic keys too, a little below a spelling match.
  // (Keys equal to the spellings on both sides would only repeat the spelling's similarity.)
  const bool same_keys = SameText(a.phonetic, a.text) && SameText(b.phonetic, b.text);
  double phonetic = same_keys || best >= kPhoneticFactor
                        ? 0
                        : EditSimilarity(a.phonetic, b.phonetic, must_beat(kPhoneticFactor),
                                         Signature(a.phonetic_signature, a.phonetic),
                                         Signature(b.phonetic_signature, b.phonetic)) *
                              kPhoneticFactor;
  bool by_sound = phonetic > best;
  if (by_sound) best = phonetic;
  if (same_skeleton_and_initial && best >= kSoundsAlikeLeast && best < 0.85) {
    *kind = TokenMatchKind::kSoundsAlike;
    return 0.85;
  }
  if (vowelless && a.skeleton.size() >= 3 && best < kSkeletonFactor) {
    double skeleton_sim =
        EditSimilarity(a.skeleton, b.skeleton, must_beat(kSkeletonFactor)) * kSkeletonFactor;
    if (skeleton_sim > best) best = skeleton_sim;
  }
  if (shorter <= 3) return short_tokens();
  if (best < floor) {
    // Below the floor a resemblance is weak: TokenSimilarity() weighs it.
    if (best < kWeakFloor) return 0;
    *kind = TokenMatchKind::kWeak;
    return best;
  }
  *kind = by_sound ? TokenMatchKind::kSoundsAlike : TokenMatchKind::kFuzzy;
  return best;
}
}  // namespace

SimilarityMemo::Entry* SimilarityMemo::Slot(std::uint64_t key, bool* found) {
  if (used_generation_ != generation_) {
    used_generation_ = generation_;
    used_ = 0;
  }
  std::uint64_t hash = key * 0x9E3779B97F4A7C15ULL;
  std::size_t slot = static_cast<std::size_t>(hash >> 52) & (kSize - 1);
  for (;; slot = (slot + 1) & (kSize - 1)) {
    Entry& entry = entries_[slot];
    if (entry.generation != generation_) {
      if (used_ >= kSize / 2) return nullptr;
      ++used_;
      entry.generation = generation_;
      entry.key = key;
      *found = false;
      return &entry;
    }
    if (entry.key == key) {
      *found = true;
      return &entry;
    }
  }
}

namespace {

constexpr std::size_t kMaxCode = 24;
constexpr double kCodeFloor = 0.8;

// The code a name is written as (IsCode()), its parts joined; empty when it is none.
std::string_view CodeOf(const NameView& name, std::array<char, kMaxCode>* code) {
  if (name.tokens.empty() || name.tokens.size() > 4) return {};
  std::size_t length = 0;
  bool digit = false;
  for (const TokenView& token : name.tokens) {
    if (token.token_class != text::TokenClass::kNumber && token.text.size() > 4) return {};
    if (length + token.text.size() > kMaxCode) return {};
    for (char c : token.text) digit = digit || (c >= '0' && c <= '9');
    std::memcpy(code->data() + length, token.text.data(), token.text.size());
    length += token.text.size();
  }
  if (!digit || length < 6) return {};
  return {code->data(), length};
}

// Two codes compared whole: the score, when at least kCodeFloor and above `score`, replaces it,
// and the explanation is one pair of codes.
void CompareCodes(const NameView& query, const NameView& candidate, NameScore* result,
                  Alignment* aligned) {
  std::array<char, kMaxCode> query_code{};
  std::array<char, kMaxCode> listed_code{};
  const std::string_view a = CodeOf(query, &query_code);
  if (a.empty()) return;
  const std::string_view b = CodeOf(candidate, &listed_code);
  if (b.empty()) return;
  const double similarity = EditSimilarity(a, b, kCodeFloor);
  if (similarity < kCodeFloor || similarity <= result->score) return;
  *result = NameScore{similarity, similarity, similarity, 1};
  if (aligned == nullptr) return;
  // One pair of whole codes (CodeOf(): at most four parts each) instead of the parts.
  Alignment::Pair pair;
  pair.similarity = static_cast<float>(similarity);
  pair.q_count = static_cast<std::uint8_t>(query.tokens.size());
  pair.c_count = static_cast<std::uint8_t>(candidate.tokens.size());
  pair.kind = TokenMatchKind::kCode;
  aligned->pairs[0] = pair;
  aligned->count = 1;
}

// Han, Hangul and kana spell a foreign name by syllables (NameView::transcribed): ICU and the
// Korean rules romanise each syllable, so "Ralston" comes back as 랄스턴 "ral su ton",
// "Balabanov" as 巴拉巴诺夫 "ba la ba nuo fu" and "Pinnock" as ピノック "pinokku". The syllables
// add vowels the name lacks and these scripts have fewer consonants (one for l and r), so a run
// of syllables meets a token of the other name by its spelling written together (0.97 of it,
// from kJoinFloor, like a join) or by its consonants as the scripts tell them apart
// (TranscribedClass(); kTranscribedFactor of their similarity: "prpnp" = "prpnp" for
// balabanuofu / balabanov). Only from three consonants: fewer meet too many names.
constexpr std::size_t kMaxSyllableRun = 8;
constexpr double kTranscribedFactor = 0.9;
constexpr double kTranscribedRankFactor = 0.75;
constexpr double kTranscribedSpelling = 0.7;
constexpr double kJoinFloor = 0.8;  // as JoinedSimilarity() asks
constexpr std::size_t kMinTranscribedConsonants = 3;

// A consonant of a skeleton as these scripts write it: one letter for l and r, for b, p, f and
// v (Korean and Japanese have no f or v: "Berkoff" is 버코프 "po ko pu"), for d and t, for the
// velars and the g/j the skeleton already joins (Chinese writes "-ski" 斯基 "si ji"), for s, z
// and x (pinyin x is "sh"); h, which they drop or add, is left out (0).
char TranscribedClass(char c) {
  switch (c) {
    case 'l':
      return 'r';
    case 'b':
    case 'f':
    case 'v':
      return 'p';
    case 'd':
      return 't';
    case 'c':
    case 'g':
    case 'j':
    case 'q':
      return 'k';
    case 'z':
    case 'x':
      return 's';
    case 'h':
      return 0;
    default:
      return c;
  }
}

// The consonants of `tokens` written together (their skeletons, by TranscribedClass()), a
// letter repeated at a junction once: into `out`, whose length it returns (at most
// kMaxTokenLength).
std::size_t TranscribedConsonants(std::span<const TokenView> tokens,
                                  std::array<char, kMaxTokenLength>* out) {
  std::size_t length = 0;
  for (const TokenView& token : tokens) {
    for (char c : token.skeleton) {
      c = TranscribedClass(c);
      if (c == 0 || (length > 0 && (*out)[length - 1] == c)) continue;
      if (length == out->size()) return length;
      (*out)[length++] = c;
    }
  }
  return length;
}

// Similarity of a run of syllables of a transcribed name and one token of the other name (0
// below kFuzzyFloor); TokenMatchKind::kTranscribed. A single syllable token or kana word is a
// run of one.
double TranscribedSimilarity(std::span<const TokenView> run, const TokenView& whole) {
  std::array<char, kMaxTokenLength> joined;
  std::size_t total = 0;
  for (const TokenView& token : run) {
    if (total + token.text.size() > joined.size()) return 0;
    std::memcpy(joined.data() + total, token.text.data(), token.text.size());
    total += token.text.size();
  }
  const std::string_view spelled(joined.data(), total);
  if (spelled == whole.text) return run.size() > 1 ? 0.98 : 1.0;
  const double spelling = EditSimilarity(spelled, whole.text, kWeakFloor);
  double best = spelling >= kJoinFloor ? spelling * 0.97 : 0;
  std::array<char, kMaxTokenLength> ours;
  std::array<char, kMaxTokenLength> theirs;
  const std::size_t ours_length = TranscribedConsonants(run, &ours);
  const std::size_t theirs_length = TranscribedConsonants(std::span(&whole, 1), &theirs);
  // Consonants of these few classes are shared by many names ("pu ru no" / "parin"): where
  // the spelling agrees less than kTranscribedSpelling they rank a name, and do not alert on
  // their own. Three consonants count only with half the spelling in agreement.
  const std::size_t consonants = std::min(ours_length, theirs_length);
  if (consonants > kMinTranscribedConsonants ||
      (consonants == kMinTranscribedConsonants && spelling >= kWeakFloor)) {
    const double factor =
        spelling >= kTranscribedSpelling ? kTranscribedFactor : kTranscribedRankFactor;
    best = std::max(
        best, EditSimilarity(std::string_view(ours.data(), ours_length),
                             std::string_view(theirs.data(), theirs_length), kFuzzyFloor / factor) *
                  factor);
  }
  return best >= kFuzzyFloor ? best : 0;
}

}  // namespace

std::array<std::string, 2> JoinedSkeletons(std::string_view first, std::string_view second) {
  std::string joined(first);
  joined += second;
  std::array<std::string, 2> out{text::Skeleton(joined), {}};
  if (AssimilatedArticle(first, second)) {
    joined.erase(first.size(), 2);
    out[1] = text::Skeleton(joined);
    if (out[1] == out[0]) out[1].clear();
  }
  return out;
}

bool ArabicCompound(std::string_view first, std::string_view second) {
  return first == "bd" || first == "abd" || first == "abw" || first == "bw" || first == "abu" ||
         first == "al" || first == "el" || second.starts_with("al") || second == "jan" ||
         second == "zadh" || second == "khyl";
}

bool IsCode(const NameView& name) {
  std::array<char, kMaxCode> code{};
  return !CodeOf(name, &code).empty();
}

NameScore ScoreName(const NameView& query, const NameView& candidate, std::vector<TokenPair>* pairs,
                    SimilarityMemo* memo, Alignment* alignment, double floor) {
  // The pairs are recorded only when asked for, compactly, and written out at the end.
  Alignment local;
  Alignment* aligned = alignment != nullptr ? alignment : pairs != nullptr ? &local : nullptr;
  if (aligned) aligned->count = 0;
  NameScore result;
  const std::size_t nq = std::min(query.tokens.size(), kMaxTokens);
  const std::size_t nc = std::min(candidate.tokens.size(), kMaxTokens);
  if (nq == 0 || nc == 0) return result;
  const bool vowelless = query.vowelless || candidate.vowelless;
  const bool use_memo = memo != nullptr && candidate.ids.size() >= nc && nq <= 64;

  std::array<Edge, kMaxTokens * kMaxTokens * 3> edges;
  std::size_t edge_count = 0;
  // With a floor, the score is bounded as the edges come (see ScoreName() in the header): each
  // query token's share of the coverage is at most its best edge's similarity, or the
  // acronym similarity where MatchAcronyms() may reach it. Once the edges are all known, or
  // once each query token up to `done` has had its edges (past it a token may yet match
  // fully), a bound below the floor ends the scoring.
  double query_weight = 0;
  for (std::size_t qi = 0; qi < nq; ++qi) query_weight += query.tokens[qi].weight;
  const bool bounding = floor > 0 && query_weight > 0 && !IsCode(query);
  std::array<float, kMaxTokens> reach{};  // the best edge met by each query token
  std::uint32_t acronym_reach = 0;
  bool acronyms_known = false;
  auto below_floor = [&](std::size_t done) {
    auto power = [&] {
      double bound = 0;
      for (std::size_t qi = 0; qi < nq; ++qi) {
        const float acronym = ((acronym_reach >> qi) & 1U) != 0 ? kAcronymSimilarity : 0.0F;
        const double share = qi < done ? std::max(reach[qi], acronym) : 1.0;
        bound += query.tokens[qi].weight * share;
      }
      return QueryPower(std::min(1.0, bound / query_weight));
    };
    constexpr double kMargin = 1e-9;  // for the rounding of the score's own sums
    if (power() >= floor - kMargin) return false;
    if (!acronyms_known) {
      acronym_reach = AcronymReach(query, nq, candidate);
      acronyms_known = true;
    }
    return power() < floor - kMargin;
  };
  auto bounded = [] {
    NameScore below;
    below.below_floor = true;
    return below;
  };
  // Each row's edges are known when it ends, unless syllable runs or letters spelled apart
  // (runs of two initials or more, ForEachSpelled()) may add edges after the rows.
  auto has_initial_run = [](const NameView& name, std::size_t count) {
    for (std::size_t k = 0; k + 1 < count; ++k) {
      if (IsInitial(name.tokens[k]) && IsInitial(name.tokens[k + 1])) return true;
    }
    return false;
  };
  const bool rows_bound = bounding && !query.transcribed && !candidate.transcribed &&
                          !has_initial_run(query, nq) && !has_initial_run(candidate, nc);
  for (std::size_t qi = 0; qi < nq; ++qi) {
    for (std::size_t ci = 0; ci < nc; ++ci) {
      TokenMatchKind kind = TokenMatchKind::kExact;
      double sim = 0;
      SimilarityMemo::Entry* entry = nullptr;
      bool found = false;
      if (use_memo) {
        std::uint64_t key =
            (std::uint64_t{candidate.ids[ci]} << 8) | (qi << 1) | (vowelless ? 1U : 0U);
        entry = memo->Slot(key, &found);
      }
      if (found) {
        sim = entry->similarity;
        kind = entry->kind;
      } else {
        sim = TokenSimilarity(query.tokens[qi], candidate.tokens[ci], vowelless, &kind);
        if (entry) {
          entry->similarity = static_cast<float>(sim);
          entry->kind = kind;
        }
      }
      if (kind == TokenMatchKind::kVowelless && query.vowelless != candidate.vowelless) {
        const NameView& written_name = query.vowelless ? query : candidate;
        const std::size_t at = query.vowelless ? qi : ci;
        const TokenView& written = written_name.tokens[at];
        const TokenView& latin = query.vowelless ? candidate.tokens[ci] : query.tokens[qi];
        if (!LongVowelsAgree(written.text, latin.text) ||
            !EdgeVowelsAgree(written_name, at, latin.text)) {
          sim = std::min(sim, kVowelsDisagree);
        }
      }
      if (sim > 0) {
        reach[qi] = std::max(reach[qi], static_cast<float>(sim));
        edges[edge_count++] = Edge{static_cast<float>(sim),
                                   static_cast<std::uint8_t>(qi),
                                   1,
                                   static_cast<std::uint8_t>(ci),
                                   1,
                                   kind};
      }
      if (qi + 1 < nq && edge_count < edges.size() &&
          (vowelless ||
           JoinLengthsFit(query.tokens[qi].text.size() + query.tokens[qi + 1].text.size(),
                          candidate.tokens[ci]))) {
        double joined = JoinedSimilarity(query.tokens[qi], query.tokens[qi + 1],
                                         candidate.tokens[ci], vowelless);
        if (joined > 0 && query.vowelless != candidate.vowelless &&
            !JoinedEdgesAgree(query, qi, candidate, ci)) {
          joined = std::min(joined, kVowelsDisagree);
        }
        if (joined > 0) {
          reach[qi] = std::max(reach[qi], static_cast<float>(joined));
          reach[qi + 1] = std::max(reach[qi + 1], static_cast<float>(joined));
          edges[edge_count++] = Edge{static_cast<float>(joined),
                                     static_cast<std::uint8_t>(qi),
                                     2,
                                     static_cast<std::uint8_t>(ci),
                                     1,
                                     TokenMatchKind::kMerged};
        }
      }
      if (ci + 1 < nc && edge_count < edges.size() &&
          (vowelless ||
           JoinLengthsFit(candidate.tokens[ci].text.size() + candidate.tokens[ci + 1].text.size(),
                          query.tokens[qi]))) {
        double joined = JoinedSimilarity(candidate.tokens[ci], candidate.tokens[ci + 1],
                                         query.tokens[qi], vowelless);
        if (joined > 0 && query.vowelless != candidate.vowelless &&
            !JoinedEdgesAgree(candidate, ci, query, qi)) {
          joined = std::min(joined, kVowelsDisagree);
        }
        if (joined > 0) {
          reach[qi] = std::max(reach[qi], static_cast<float>(joined));
          edges[edge_count++] = Edge{static_cast<float>(joined),
                                     static_cast<std::uint8_t>(qi),
                                     1,
                                     static_cast<std::uint8_t>(ci),
                                     2,
                                     TokenMatchKind::kMerged};
        }
      }
    }
    if (rows_bound && qi + 1 < nq && below_floor(qi + 1)) return bounded();
  }
  const std::size_t row_edges = edge_count;
  // Runs of syllables of a transcribed name against single tokens of the other.
  auto add_transcribed = [&](const NameView& runs, std::size_t n_runs, const NameView& words,
                             std::size_t n_words, bool query_runs) {
    for (std::size_t first = 0; first < n_runs; ++first) {
      const std::size_t longest = std::min(kMaxSyllableRun, n_runs - first);
      for (std::size_t count = 1; count <= longest; ++count) {
        for (std::size_t w = 0; w < n_words && edge_count < edges.size(); ++w) {
          const double sim =
              TranscribedSimilarity(runs.tokens.subspan(first, count), words.tokens[w]);
          if (sim <= 0) continue;
          Edge edge{static_cast<float>(sim),
                    static_cast<std::uint8_t>(first),
                    static_cast<std::uint8_t>(count),
                    static_cast<std::uint8_t>(w),
                    1,
                    TokenMatchKind::kTranscribed};
          if (!query_runs) {
            std::swap(edge.q_first, edge.c_first);
            std::swap(edge.q_count, edge.c_count);
          }
          edges[edge_count++] = edge;
        }
      }
    }
  };
  if (query.transcribed) add_transcribed(query, nq, candidate, nc, true);
  if (candidate.transcribed) add_transcribed(candidate, nc, query, nq, false);
  auto add_spelled = [&](std::size_t q_first, std::size_t q_count, std::size_t c_first,
                         std::size_t c_count) {
    if (edge_count == edges.size()) return;
    edges[edge_count++] =
        Edge{static_cast<float>(kSpelledSimilarity), static_cast<std::uint8_t>(q_first),
             static_cast<std::uint8_t>(q_count),     static_cast<std::uint8_t>(c_first),
             static_cast<std::uint8_t>(c_count),     TokenMatchKind::kSpelled};
  };
  ForEachSpelled(query, nq, candidate, nc,
                 [&](std::size_t first, std::size_t count, std::size_t w) {
                   add_spelled(first, count, w, 1);
                 });
  ForEachSpelled(candidate, nc, query, nq,
                 [&](std::size_t first, std::size_t count, std::size_t w) {
                   add_spelled(w, 1, first, count);
                 });
  if (bounding) {
    for (std::size_t e = row_edges; e < edge_count; ++e) {
      for (std::size_t k = 0; k < edges[e].q_count; ++k) {
        float& met = reach[edges[e].q_first + k];
        met = std::max(met, edges[e].similarity);
      }
    }
    if (below_floor(nq)) return bounded();
  }
  // Best similarity first; among equals, prefer the heavier query token, then 1:1 pairs.
  std::sort(edges.begin(), edges.begin() + static_cast<std::ptrdiff_t>(edge_count),
            [&](const Edge& x, const Edge& y) {
              if (x.similarity != y.similarity) return x.similarity > y.similarity;
              float wx = query.tokens[x.q_first].weight;
              float wy = query.tokens[y.q_first].weight;
              if (wx != wy) return wx > wy;
              return x.q_count + x.c_count < y.q_count + y.c_count;
            });
  std::array<float, kMaxTokens> q_sim{};
  std::array<float, kMaxTokens> c_sim{};
  std::array<bool, kMaxTokens> q_used{};
  std::array<bool, kMaxTokens> c_used{};
  // Edges are taken best first while their tokens are free. With `merged_first`, the joined
  // pairs of kMergedFirstFloor or more are taken before the others; returns whether one of
  // them was left out. (A weaker join is mostly a token and a neighbour it does not hold:
  // "vladimirovich"+"duk" / "vladimirovich" at 0.79.)
  constexpr float kMergedFirstFloor = 0.85F;
  auto assign = [&](bool merged_first, bool record) {
    q_sim.fill(0);
    c_sim.fill(0);
    q_used.fill(false);
    c_used.fill(false);
    bool merged_left = false;
    for (int round = merged_first ? 0 : 1; round < 2; ++round) {
      for (std::size_t idx = 0; idx < edge_count; ++idx) {
        const Edge& edge = edges[idx];
        const bool merged =
            edge.kind == TokenMatchKind::kMerged && edge.similarity >= kMergedFirstFloor;
        if (round == 0 && !merged) continue;
        bool free = true;
        for (std::size_t k = 0; k < edge.q_count; ++k) free &= !q_used[edge.q_first + k];
        for (std::size_t k = 0; k < edge.c_count; ++k) free &= !c_used[edge.c_first + k];
        if (!free) {
          merged_left = merged_left || merged;
          continue;
        }
        for (std::size_t k = 0; k < edge.q_count; ++k) {
          q_used[edge.q_first + k] = true;
          q_sim[edge.q_first + k] = edge.similarity;
        }
        for (std::size_t k = 0; k < edge.c_count; ++k) {
          c_used[edge.c_first + k] = true;
          c_sim[edge.c_first + k] = edge.similarity;
        }
        if (record && aligned && aligned->count < aligned->pairs.size()) {
          aligned->pairs[aligned->count++] = Alignment::Pair{edge.similarity,
                                                             edge.q_first,
                                                             edge.q_count,
                                                             edge.c_first,
                                                             edge.c_count,
                                                             edge.kind,
                                                             0};
        }
      }
    }
    return merged_left;
  };
  // A joined pair that lost a token to a slightly better single pair may still match more
  // of both names ("nwr"+"allh" / "nurullah" and "nwry" / "nuri", where "nwr" / "nuri" came
  // first): both ways are tried, and the one matching more weight kept.
  auto matched_weight = [&] {
    double total = 0;
    for (std::size_t qi = 0; qi < nq; ++qi) total += query.tokens[qi].weight * q_sim[qi];
    for (std::size_t ci = 0; ci < nc; ++ci) total += candidate.tokens[ci].weight * c_sim[ci];
    return total;
  };
  if (assign(false, true)) {
    const double greedy = matched_weight();
    assign(true, false);
    const bool merged_first = matched_weight() > greedy;
    if (aligned) aligned->count = 0;
    assign(merged_first, true);
  }
  MatchAcronyms(query, candidate, &q_used, &q_sim, &c_used, &c_sim, aligned, false);
  MatchAcronyms(candidate, query, &c_used, &c_sim, &q_used, &q_sim, aligned, true);
  double q_total = 0;
  double q_matched = 0;
  for (std::size_t qi = 0; qi < nq; ++qi) {
    q_total += query.tokens[qi].weight;
    q_matched += query.tokens[qi].weight * q_sim[qi];
  }
  // Listed tokens left unmatched between two matched ones are middle names, which queries
  // often leave out: they count for less than a missing first or last name.
  std::size_t first_matched = nc;
  std::size_t last_matched = 0;
  for (std::size_t ci = 0; ci < nc; ++ci) {
    if (c_used[ci]) {
      first_matched = std::min(first_matched, ci);
      last_matched = ci;
    }
  }
  double c_total = 0;
  double c_matched = 0;
  for (std::size_t ci = 0; ci < nc; ++ci) {
    double weight = candidate.tokens[ci].weight;
    // Only name words: "IMPORT AND EXPORT" between matched words is no middle name.
    if (!c_used[ci] && ci > first_matched && ci < last_matched &&
        candidate.tokens[ci].token_class == text::TokenClass::kWord) {
      weight *= kMiddleNameWeight;
    }
    c_total += weight;
    c_matched += weight * c_sim[ci];
  }
  result.query_coverage = q_total > 0 ? q_matched / q_total : 0;
  result.candidate_coverage = c_total > 0 ? c_matched / c_total : 0;
  double score = QueryPower(result.query_coverage) * ListedPower(result.candidate_coverage);
  // Organisation words in the query that the listed name lacks ("FOUNDATION X" for "X") are
  // a sign of a different organisation, more than their small weight says.
  for (std::size_t qi = 0; qi < nq; ++qi) {
    text::TokenClass token_class = query.tokens[qi].token_class;
    if (q_sim[qi] == 0 && (token_class == text::TokenClass::kLegalForm ||
                           token_class == text::TokenClass::kGenericOrg)) {
      score *= kUnmatchedOrgWordFactor;
    }
  }
  // A token on each side left unmatched, in the same place of the name, is a substitution
  // ("ACME TRADING SARL" for "ACME TRADING CENTER", "Amir MOOR" for "Said MOOR"): the two
  // names differ in a part each of them has, which weighs more than a part one of them lacks.
  auto substantive = [](const TokenView& token) {
    return token.token_class != text::TokenClass::kParticle &&
           token.token_class != text::TokenClass::kInitial &&
           token.token_class != text::TokenClass::kHonorific;
  };
  bool query_unmatched = false;
  bool listed_unmatched = false;
  for (std::size_t qi = 0; qi < nq; ++qi) {
    query_unmatched |= q_sim[qi] == 0 && substantive(query.tokens[qi]);
  }
  for (std::size_t ci = 0; ci < nc; ++ci) {
    bool middle = ci > first_matched && ci < last_matched;
    listed_unmatched |= c_sim[ci] == 0 && !middle && substantive(candidate.tokens[ci]);
  }
  if (query_unmatched && listed_unmatched) score *= kSubstitutionFactor;
  // Information: how much rare, meaningful text was matched. One rare word matched fully is
  // worth 1; below that the score is damped (at most by 15%).
  double information = std::min(q_matched, c_matched);
  result.information_factor = std::min(1.0, 0.85 + 0.15 * information);
  result.score = score * result.information_factor;
  CompareCodes(query, candidate, &result, aligned);
  if (pairs) AppendAlignedPairs(query, candidate, *aligned, pairs);
  return result;
}

void AppendAlignedPairs(const NameView& query, const NameView& candidate,
                        const Alignment& alignment, std::vector<TokenPair>* pairs) {
  // Tokens of `name` joined by '+': the range [first, first + count), or those of `words`.
  auto join = [](const NameView& name, std::size_t first, std::size_t count, std::uint16_t words) {
    std::string out;
    std::size_t joined = 0;
    const std::size_t end = count > 0 ? std::min(first + count, name.tokens.size())
                                      : std::min<std::size_t>(name.tokens.size(), 16);
    for (std::size_t k = count > 0 ? first : 0; k < end; ++k) {
      if (count == 0 && ((words >> k) & 1U) == 0) continue;
      if (joined++ > 0) out += '+';
      out += name.tokens[k].text;
    }
    return out;
  };
  for (std::size_t p = 0; p < alignment.count; ++p) {
    const Alignment::Pair& pair = alignment.pairs[p];
    pairs->push_back(TokenPair{join(query, pair.q_first, pair.q_count, pair.words),
                               join(candidate, pair.c_first, pair.c_count, pair.words),
                               pair.similarity, pair.kind});
  }
}

TokenBounder::TokenBounder(std::span<const NameView> names) {
  for (const NameView& name : names) {
    for (std::size_t c = 0; c < std::min(name.tokens.size(), kMaxTokens); ++c) {
      const TokenView& token = name.tokens[c];
      // Aliases repeat tokens: each (token, vowelless) is compared once.
      const bool seen = std::any_of(listed_.begin(), listed_.end(), [&](const Listed& other) {
        return other.vowelless == name.vowelless && other.token.text == token.text &&
               other.token.token_class == token.token_class;
      });
      if (seen) continue;
      listed_.push_back(Listed{token, name.vowelless, Letters(token.text), Letters(token.canonical),
                               Letters(token.phonetic), Letters(token.skeleton)});
    }
    initials_.push_back(InitialsOf(name));
    const std::size_t count = std::min(name.tokens.size(), kMaxTokens);
    ForEachInitialRun(name, count,
                      [&](std::size_t, std::string_view run) { spelled_.emplace_back(run); });
    for (std::size_t c = 0; c < count; ++c) {
      const TokenView& token = name.tokens[c];
      if (!IsInitial(token) && token.text.size() >= 2 && token.text.size() <= kMaxSpelled) {
        for (char letter : token.text) spelled_letters_ |= std::uint64_t{1} << (letter & 63);
      }
    }
    for (std::size_t c = 0; c + 1 < std::min(name.tokens.size(), kMaxTokens); ++c) {
      const TokenView& first = name.tokens[c];
      const TokenView& second = name.tokens[c + 1];
      const std::size_t length = first.text.size() + second.text.size();
      if (length > kMaxTokenLength) continue;  // JoinedSimilarity() gives such a pair 0
      const bool seen = std::any_of(joined_.begin(), joined_.end(), [&](const Joined& other) {
        return other.first->text == first.text && other.second->text == second.text &&
               other.vowelless == name.vowelless;
      });
      if (seen) continue;
      joined_.push_back(Joined{&first, &second, length, Letters(first.text) | Letters(second.text),
                               name.vowelless});
    }
  }
}

double TokenBounder::Bound(const TokenView& token, bool vowelless, bool exact) const {
  const std::uint64_t text = Letters(token.text);
  const std::uint64_t canonical = Letters(token.canonical);
  const std::uint64_t phonetic = Letters(token.phonetic);
  const std::uint64_t skeleton = Letters(token.skeleton);
  double bound = 0;
  TokenMatchKind kind;
  for (const Listed& listed : listed_) {
    const TokenView& other = listed.token;
    const bool pair_vowelless = vowelless || listed.vowelless;
    // What TokenSimilarity() can return at most for this pair.
    double ceiling =
        std::max({EditCeiling(token.text.size(), other.text.size(), text, listed.text_letters),
                  EditCeiling(token.canonical.size(), other.canonical.size(), canonical,
                              listed.canonical_letters),
                  EditCeiling(token.phonetic.size(), other.phonetic.size(), phonetic,
                              listed.phonetic_letters) *
                      kPhoneticFactor});
    if (pair_vowelless && token.skeleton.size() >= 3) {
      ceiling = std::max(ceiling, EditCeiling(token.skeleton.size(), other.skeleton.size(),
                                              skeleton, listed.skeleton_letters) *
                                      0.9);
    }
    // The floors of TokenSimilarity(): short tokens match at most 0.72 by spelling, and a
    // spelling below the floor only as a weak resemblance (half its similarity, or all of it
    // for a token the lists have never seen, which the lift below does not lower).
    const std::size_t shorter = std::min(token.text.size(), other.text.size());
    if (shorter <= 3) {
      ceiling = std::min(ceiling, 0.72);
    } else if (ceiling < (shorter <= 5 ? 0.75 : kFuzzyFloor)) {
      ceiling = ceiling < kWeakFloor                      ? 0
                : token.vocabulary == Vocabulary::kUnseen ? ceiling
                                                          : ceiling * kWeakFactor;
    }
    // The matches that need no spelling similarity: equal skeletons, variants, initials.
    const bool same_skeleton = !token.skeleton.empty() && SameText(token.skeleton, other.skeleton);
    if (pair_vowelless && same_skeleton) ceiling = std::max(ceiling, 0.9);
    if (pair_vowelless &&
        (ArticleSkeletonMatches(token, other) || ArticleSkeletonMatches(other, token))) {
      ceiling = std::max(ceiling, kArticleSkeleton);
    }
    if (SameText(token.canonical, other.canonical)) ceiling = 1;
    if (BelarusianEnding(token.text, other.text)) ceiling = std::max(ceiling, kBelarusianEnding);
    if ((token.token_class == text::TokenClass::kInitial) !=
        (other.token_class == text::TokenClass::kInitial)) {
      ceiling = std::max(ceiling, 0.75);
    }
    if (same_skeleton) ceiling = std::max(ceiling, 0.85);
    // A nickname, which TokenSimilarity() meets whatever the spellings.
    if ((token.nicknames & other.nicknames) != 0) ceiling = std::max(ceiling, kNicknameSimilarity);
    if (token.vocabulary == Vocabulary::kUnseen) ceiling = LiftUnseen(ceiling);
    ceiling = std::min(ceiling, 1.0);
    if (ceiling <= bound) continue;
    bound = exact ? std::max(bound, TokenSimilarity(token, other, pair_vowelless, &kind)) : ceiling;
    if (bound >= 1) return 1;
  }
  // Joined listed pairs (at least 0.8 of edit similarity, times 0.97, or 0.98 when equal),
  // and acronyms of listed words.
  if (token.text.size() >= 4) {
    for (const Joined& pair : joined_) {
      const double ceiling =
          std::max(EditCeiling(pair.length, token.text.size(), pair.letters, text),
                   EditCeiling(pair.length, token.canonical.size(), pair.letters, canonical));
      const bool pair_vowelless = vowelless || pair.vowelless;
      double best = ceiling >= 0.8 ? 0.98 * ceiling : 0;
      if (pair_vowelless && SkeletonJoinFits(pair.length, token) &&
          ArabicCompound(pair.first->text, pair.second->text)) {
        best = std::max(best, kVowellessJoin);
      }
      if (best <= bound) continue;
      bound = std::max(
          bound, exact ? JoinedSimilarity(*pair.first, *pair.second, token, pair_vowelless) : best);
    }
  }
  for (const std::string& initials : initials_) {
    if (SubsequenceOf(token.text, initials)) bound = std::max(bound, 0.9);
  }
  // Letters written apart on one side, together on the other: a query word spelled by listed
  // initials, or a query initial among the letters of a short listed word.
  if (bound < kSpelledSimilarity) {
    if (IsInitial(token)) {
      if (spelled_letters_ & (std::uint64_t{1} << (token.text[0] & 63))) {
        bound = kSpelledSimilarity;
      }
    } else if (std::find(spelled_.begin(), spelled_.end(), token.text) != spelled_.end()) {
      bound = kSpelledSimilarity;
    }
  }
  return std::min(bound, 1.0);
}

double PairBound(const TokenView& first, const TokenView& second, std::span<const NameView> names,
                 bool vowelless) {
  double bound = 0;
  for (const NameView& name : names) {
    const std::size_t count = std::min(name.tokens.size(), kMaxTokens);
    for (std::size_t c = 0; c < count; ++c) {
      bound = std::max(
          bound, JoinedSimilarity(first, second, name.tokens[c], vowelless || name.vowelless));
    }
  }
  return bound;
}

bool ListedAcronymPossible(const NameView& query, std::span<const NameView> names) {
  std::array<char, kMaxTokens> buffer{};
  const std::string_view initials = InitialsOf(query, &buffer);
  if (initials.size() < 2) return false;
  for (const NameView& name : names) {
    for (std::size_t c = 0; c < std::min(name.tokens.size(), kMaxTokens); ++c) {
      if (SubsequenceOf(name.tokens[c].text, initials)) return true;
    }
  }
  return false;
}

NameScore ScoreName(const PreparedName& query, const PreparedName& candidate,
                    std::vector<TokenPair>* pairs) {
  std::vector<TokenView> query_tokens;
  std::vector<TokenView> candidate_tokens;
  return ScoreName(ViewOf(query, &query_tokens), ViewOf(candidate, &candidate_tokens), pairs);
}

}  // namespace cordon::match
