// Name normalisation: the one function that turns a name, in any script, into the comparable
// form used at index-build time and at query time alike.
//
// NormalizeName applies, in order (docs/matching.md explains each choice):
//   1. NFKC with case folding (ICU Normalizer2 "nfkc_cf"): full-width forms, ligatures, case;
//   2. script-specific transliteration to Latin (ICU "Russian-Latin/BGN" for Cyrillic, as the
//      BGN/PCGN romanisation that lists mostly use; "Any-Latin" for the rest), Hangul and Han
//      split into one token per syllable first;
//   3. "Latin-ASCII": diacritics and special letters (ü, ç, ğ, ı, ø, ß) to ASCII;
//   4. apostrophes, ayn/hamza marks (ʿ ʾ ' ` ’) removed; every other non-alphanumeric character
//      is a token separator.
//   5. a legal form written in short parts ("S.A. de C.V.") is joined into one token ("sadecv").
// The result is lower-case ASCII tokens [a-z0-9]+ separated by single spaces.
//
// Thread-safe: ICU transliterators are kept per thread.
#ifndef CORDON_TEXT_NORMALIZE_H_
#define CORDON_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>
#include <vector>

#include "cordon/entity.h"

namespace cordon::text {

struct NormalizedName {
  std::string text;                  // "muhammad ali"
  std::vector<std::string> tokens;   // {"muhammad", "ali"}
  Script script = Script::kUnknown;  // the script of the input
  // True when the input was in a script that writes no short vowels (Arabic, Hebrew), so
  // its Latin form lacks vowels and must be compared vowel-insensitively.
  bool vowelless = false;
  // For a vowelless name: whether its first letter is a consonant that carries no vowel (not an
  // alef, ayn, hamza, waw, ya or he), and whether its last is one that writes none (not an alef,
  // ya, waw, he, ta marbuta, ayn or hamza). These scripts write a vowel that begins or ends a
  // word with a letter: פייש "pyys" is not Abyss, אדאן "adan" not Downy (see match::ScoreName()).
  bool consonant_start = false;
  bool consonant_end = false;
  // For a vowelless name: whether its first letter is a waw or a ya (Hebrew vav, yod). A word
  // begins with one where it begins with that consonant (an initial vowel is written with an
  // alef or ayn before it): يماني "ymany" is Yamani, not Mainway (see match::ScoreName()).
  bool glide_start = false;
  // True when the input was in a script that spells foreign names by syllables (Han, Hangul,
  // kana): vowels the name lacks are written ("Ralston" as 랄스턴 "ral su ton", "Pinnock" as
  // ピノック "pinokku") and l and r are one sound. See match::ScoreName().
  bool transcribed = false;
};

NormalizedName NormalizeName(std::string_view utf8);
// NormalizeName without its shortcuts: every non-ASCII name through ICU, where NormalizeName
// maps Latin text with diacritics from a table that ICU fills a character at a time. The
// results are the same; tests check it.
NormalizedName NormalizeNameThroughIcu(std::string_view utf8);
// Just the text of NormalizeName.
std::string NormalizeText(std::string_view utf8);

// Builds the process's ICU transliterators now rather than in the first name that needs them
// (tens of milliseconds): servers and batches call it before they take requests or start their
// clock. Threads then use cheap clones.
void PrepareTransliterators();

}  // namespace cordon::text

#endif  // CORDON_TEXT_NORMALIZE_H_
