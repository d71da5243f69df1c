// Foreign names written by sound in Han, Hangul or kana, spelled back in Latin letters.
//
// Chinese, Korean and Japanese write a foreign name a syllable at a time: Balabanov as
// 巴拉巴诺夫, Northrop as 노스럽, Stewart as スチュワート. A standard romanisation reads these
// as "ba la ba nuo fu", "no seu reop", "suchuwato": far from the Latin spelling a list holds.
// Respell() reads each written unit (a Han character, a Hangul syllable, a kana with the small
// kana after it) as the Latin letters it most often stands for in foreign names: 巴拉巴诺夫 as
// "barabanov", 노스럽 as "nosrup", スチュワート as "stewart". The table is learned from name
// pairs in both writings (tools/learn_transcription.py); a unit it lacks is romanised as
// NormalizeName() would. Screening compares every reading (docs/matching.md).
#ifndef CORDON_TEXT_TRANSCRIPTION_H_
#define CORDON_TEXT_TRANSCRIPTION_H_

#include <string>
#include <string_view>
#include <vector>

namespace cordon::text {

// The Latin spelling of `utf8` unit by unit, other characters (separators, Latin letters) kept
// as they are; "" when `utf8` holds no unit the table knows. These scripts write l and r alike
// (ル is read "r" and "l" as often, 拉 "ra" and "la"): with `swap_l_r`, the units often read
// with the other letter are read so, and "" is returned when none is.
std::string Respell(std::string_view utf8, bool swap_l_r = false);

// Arabic ta marbuta is read t where another word follows (the construct state: هيئة تحرير
// الشام, Hay'at Tahrir al-Sham; حركة الشباب, Harakat al-Shabaab) and as a vowel at a name's end
// or in a name that is no such phrase (أسامة بن لادن, Usama bin Laden), which NormalizeName()
// writes. `utf8` with each ta marbuta that ends a word before another written as teh, or ""
// when there is none.
std::string ConstructStateReading(std::string_view utf8);

// Hebrew writes p and f with one letter (פ), b and v with another (ב), and v, w, o and u with
// vav (ו); NormalizeName() reads them p, b and w. In foreign names the other sounds are as
// common: פולקר is Volker, מנספלד Mansfeld, אביב Aviv, ויגו Viggo. `utf8` with every pe, a bet
// that does not begin a word (one that does is mostly b) and a vav that does (or a double vav)
// written as the Arabic letters fa (ف) and veh (ڤ), which NormalizeName() reads f and v; ""
// when there is none. (A name with both sounds of a letter, Profumo, is read one way or the
// other.)
std::string SpirantReading(std::string_view utf8);

// Arabic writes the ch of foreign names (Cheney, Savić, Chad) as teh and sheen, تش, which
// NormalizeName() reads "tsh". `utf8` with each تش written as tcheh (چ), which it reads "ch";
// "" when there is none. (An Arabic word may hold teh and sheen apart, تشكيل: hence a reading.)
std::string ForeignChReading(std::string_view utf8);

// Persian, Urdu and Pashto say four Arabic letters as s and z: ث as s (عثمان Usman, ثاقب
// Saqib), ذ, ض and ظ as z (نذیر Nazir, رضا Reza, فضل Fazl, ظاهر Zahir), where NormalizeName()
// reads th, dh, d and dh after Arabic. `utf8` with each of them written as the letter of that
// sound (س, ز); "" when there is none.
std::string PersianReading(std::string_view utf8);

// Korean names are also written in Han characters (hanja): 金正恩 is 김정은, Kim Jong Un, which
// NormalizeName() reads as Chinese, "jin zheng en". `utf8` with each Han character that has a
// Korean reading written as the Hangul syllable of it (the reading for names: 金 as 김, not 금;
// 李 as 리, as North Korea writes it and the lists romanise it, Ri), which NormalizeName() reads
// as it reads Korean; "" when there is none. The table comes from the Unihan database
// (tools/sino_korean_table.py); a simplified character reads as its traditional form. Most Han
// names are Chinese, and read as Korean a short one meets some listed Korean name by part of it:
// screening counts this reading only where it meets a listed name whole (docs/matching.md), and
// it is not among OtherReadings().
std::string SinoKoreanReading(std::string_view utf8);

// A name with parts in parentheses: lists write an organisation's acronym there (HAQQANI
// NETWORK (HQN), AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)), and notes (HANIFA MONEY EXCHANGE
// OFFICE (BRANCH LOCATED IN ALBU KAMAL), VTB BANK (AUSTRIA) AG). WithoutParentheses() is `utf8`
// without those parts, "" when it has none or fewer than two words (but particles) are left;
// ParenthesisedAcronyms() the parts that are acronyms of the rest: in capitals, their letters
// spelling the name's words as acronyms do (not AUSTRIA of VTB BANK). The index lists those as
// names of an organisation. Unbalanced parentheses give "" and none.
std::string WithoutParentheses(std::string_view utf8);
std::vector<std::string> ParenthesisedAcronyms(std::string_view utf8);

// The readings of a name besides the one NormalizeName() gives: the name without its parts in
// parentheses (WithoutParentheses()); its respellings (Han, Hangul, kana), its translation (an
// Arabic-script organisation's name, TranslatedReading()) and its construct-state, foreign ch
// and Persian readings (Arabic) or its spirant reading (Hebrew). Screening and the index read
// such a name every way (docs/matching.md).
std::vector<std::string> OtherReadings(std::string_view utf8);

}  // namespace cordon::text

#endif  // CORDON_TEXT_TRANSCRIPTION_H_
