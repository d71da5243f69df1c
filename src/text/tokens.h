// What a normalised token is (particle, honorific, legal form, ...) and its comparable keys:
// the canonical spelling from the name-variant table and a vowel-free consonant skeleton.
#ifndef CORDON_TEXT_TOKENS_H_
#define CORDON_TEXT_TOKENS_H_

#include <array>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace cordon::text {

enum class TokenClass : std::uint8_t {
  kWord,        // an ordinary name token
  kParticle,    // al, el, bin, ibn, abu, de, van, der, ...
  kHonorific,   // haji, mullah, shaikh, maulana, mr, dr, general, ...
  kLegalForm,   // llc, ltd, gmbh, ooo, jsc, sa, ...
  kGenericOrg,  // company, group, trading, general, corporation, foundation, ...
  kNumber,      // digits
  kInitial,     // a single letter
};

std::string_view TokenClassName(TokenClass token_class);

// Joins the parts of a legal form written in pieces into one token: "s a de c v", "s a dec v"
// and "sa de cv" all become "sadecv" (a legal form).
void JoinSplitLegalForms(std::vector<std::string>* tokens);
// Writes a legal form spelled out in words as its abbreviation, one token: "obshchestvo s
// ogranichennoy otvetstvennostyu" (Общество с ограниченной ответственностью) as "ooo",
// "aktsionernoye obshchestvo" as "ao", "limited liability company" as "llc", "open joint stock
// company" as "ojsc". Russian and Ukrainian words are matched by their stems, whatever their
// case ending and romanisation ("obshchestva", "ogranichennoi"). The variant table then meets
// each abbreviation with its English one (ooo / llc, ao / jsc, pao / pjsc).
void JoinLegalFormPhrases(std::vector<std::string>* tokens);
TokenClass ClassifyToken(std::string_view token);
// Whether `token`, read from a name written in Arabic letters, is an honorific (حاجی "hajy",
// ملا "mla", شيخ "shykh"...). Of such a name's tokens only these are: the Latin abbreviations
// are words there (عمر, Omar, reads "mr").
bool IsWrittenHonorific(std::string_view token);
// How much a token of this class counts relative to an ordinary word of the same rarity
// (docs/matching.md: particles and legal forms prove little).
double ClassWeight(TokenClass token_class);

// The canonical spelling of a token from the name-variant table (mohammed, muhammed, mohamad,
// mohd -> muhammad; yousef, youssef -> yusuf; qaeda -> qaida; ...), or the token itself.
std::string_view CanonicalToken(std::string_view token);

// Given names and their nicknames and short forms, in families (William: Bill, Billy, Will;
// Aleksandr: Sasha, Shura; Francisco: Paco, Pancho; docs/matching.md), keyed by canonical
// token. NicknameMask() is a bit per family a canonical token belongs to (a family's id modulo
// 32; 0 for a token of none): two tokens whose masks share no bit are of no common family.
// SameNicknameFamily() says whether two different canonical tokens are of one family, and
// ForEachNicknameFamily() calls f(id) for each family of a canonical token.
std::uint32_t NicknameMask(std::string_view canonical);
bool SameNicknameFamily(std::string_view a, std::string_view b);
void ForEachNicknameFamily(std::string_view canonical, const std::function<void(std::uint16_t)>& f);

// Consonant skeleton: vowels and y/w removed, doubled letters collapsed, c/k/q merged (a c
// before e, i or y within a word is s), ph -> f, sh, kh, dh -> s, k, d, and the letters Arabic
// script lacks folded onto those it writes for them (p -> b, v -> f, g and gh -> j: a foreign g is
// written with ghayn as often as with jim). "muhammad" -> "mhmd", "yousef" -> "sf"... (first letter
// kept when it is a consonant). Used to compare romanisations of scripts that write no short
// vowels.
std::string Skeleton(std::string_view token);
// Skeleton() reading no two letters as one: sh is s then h. Arabic and Hebrew letters read apart
// may spell a digraph (صحراوي "shrawy" is s, h: Sahraoui; כהן "khn" is k, h: Cohen).
std::string UnfoldedSkeleton(std::string_view token);

// Where Skeleton() found vowel-like letters: `vowel[k]` says whether one stands before its
// letter k (since the letter before), `vowel[letters]` whether one stands after the last;
// `letters_in[k]` which ones (kVowelBits). The token is read up to kMaxGapLetters letters.
inline constexpr std::size_t kMaxGapLetters = 48;
// A bit per vowel-like letter: a, e, i, o, u, y, w.
std::uint8_t VowelBit(char c);
struct SkeletonGaps {
  std::array<bool, kMaxGapLetters + 1> vowel{};
  std::array<std::uint8_t, kMaxGapLetters + 1> letters_in{};
  std::size_t letters = 0;
  // Letters the skeleton keeps once though a vowel stands between ("dawud": d, then d again).
  std::size_t repeats = 0;
};
SkeletonGaps GapsOfSkeleton(std::string_view token);

// Skeleton() with a '.' in each gap that holds a vowel-like letter: "yamani" -> ".m.n.",
// "amin" -> ".m.n", "mona" -> "m.n.". A name written without short vowels writes some of its
// vowels (alef, waw, ya): its pattern has a '.' where the Latin spelling's has one, and may lack
// others. Empty for a token of no consonant.
std::string SkeletonPattern(std::string_view token);

// Phonetic key: spellings that romanisation systems use for one sound are brought together
// (dzh/dj/j, kh/h, ts/tz/cz/c, ph/f, w/v, q/ck/c/k, ou/oo/u, ee/i, iy/ij/ii/y/i, x/ks, z/s, doubled
// letters), so "rositskiy" ~ "rosicky", "dzhabbar" ~ "jabbar", "mailhouse" ~ "meylkhaus".
// Vowels are kept (unlike Skeleton), which keeps distinct names apart.
std::string PhoneticKey(std::string_view token);

}  // namespace cordon::text

#endif  // CORDON_TEXT_TOKENS_H_
