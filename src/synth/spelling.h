// Spelling helpers for synthetic names and queries: letter case and diacritics of UTF-8 names,
// Cyrillic from romanised Russian, and the other spellings lists use for one name.
#ifndef CORDON_SYNTH_SPELLING_H_
#define CORDON_SYNTH_SPELLING_H_

#include <string>
#include <string_view>
#include <vector>

namespace cordon::synth {

// Upper case of Latin (ASCII, Latin-1, Latin Extended-A) and Cyrillic letters; others unchanged.
std::string Upper(std::string_view text);
// The first letter in upper case, the rest as is.
std::string Capitalize(std::string_view text);
std::string LowerAscii(std::string_view text);
bool IsAscii(std::string_view text);
// Latin letters with diacritics written without them ("Traoré" -> "Traore", "Şahin" -> "Sahin").
std::string AsciiFold(std::string_view text);
// A romanised Russian or Ukrainian name back in Cyrillic ("Sergeyevich" -> "Сергеевич").
std::string Cyrillic(std::string_view latin);
// Other spellings of one word: the variant table (kVariantGroups), Slavic suffixes
// ("Sergeyevich" / "Sergeevich"), and the word without its diacritics. Empty when none applies.
std::vector<std::string> SpellingsOf(std::string_view word);

}  // namespace cordon::synth

#endif  // CORDON_SYNTH_SPELLING_H_
