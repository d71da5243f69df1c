// Organisation names written in Arabic script, read as the lists translate them.
//
// A list writes a person's name by sound, but it translates most of an organisation's: الجماعة
// الاسلامية المقاتلة الليبية is LIBYAN ISLAMIC FIGHTING GROUP, جمعية احياء التراث الاسلامي
// REVIVAL OF ISLAMIC HERITAGE SOCIETY, سپاه پاسداران انقلاب اسلامی ISLAMIC REVOLUTIONARY GUARD
// CORPS. Read by sound ("aljmaah alaslamyh..."), such a name meets nothing of its listed
// translation. The same lists also write some of these names by sound (JABHAT AL-NUSRAH,
// TEHRIK-E TALIBAN PAKISTAN), which the name as written meets: the translation is another
// reading of the name (OtherReadings()), which screening and the index compare besides.
#ifndef CORDON_TEXT_TRANSLATION_H_
#define CORDON_TEXT_TRANSLATION_H_

#include <string>
#include <string_view>

namespace cordon::text {

// `utf8` with each word that a table of organisation words in Arabic, Persian and Urdu knows
// written as its English words, the others (proper names) kept as written: شبکه حقانی as
// "network حقانی", الدولة الإسلامية في العراق والشام as "state islamic in iraq and levant".
// A word is looked up with its article (ال), a conjunction (و, "and") or a preposition (ل, ب)
// taken off. "" unless the name holds a word that names a kind of organisation (group,
// movement, front, network, company, bank...): a person's name is not translated, even where
// it holds a word of the table (اسلام, Islam, is a given name); nor is one that would keep two
// words or more as written (لواء الإسلام في قبار, Liwa al-Islam fi Qabaar: they read like a
// person's name beside English words that weigh little).
std::string TranslatedReading(std::string_view utf8);

// Whether `token` (normalised) is an English word that TranslatedReading() writes: the index
// does not take it for a word written without short vowels where it comes from one.
bool IsTranslationWord(std::string_view token);

}  // namespace cordon::text

#endif  // CORDON_TEXT_TRANSLATION_H_
