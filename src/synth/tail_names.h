// The long tail of a synthetic list's vocabulary: rare given names, family names and company
// words made from each tradition's morphemes, so that a large list has hundreds of thousands of
// distinct name tokens, most of them rare, as aggregated sanctions lists have (a few given names
// such as Mohammed or Aleksandr are very common; most family names occur once or twice).
//
// The pools of name_pools.h are the frequent head; these grammars give the rest: Arabic roots in
// noun patterns and nisbas, Russian and Ukrainian stems with -ov/-in/-enko/-uk/-sky, Hispanic and
// Basque compounds, Persian stems with -i/-zadeh/-pour/-nejad, Pashtun -zai/-khel and -ullah/-uddin
// compounds, Turkish compounds, Yoruba and Igbo compounds, Western stems with place and
// occupation endings, and invented brand words. Every function is deterministic for a Rng state.
#ifndef CORDON_SYNTH_TAIL_NAMES_H_
#define CORDON_SYNTH_TAIL_NAMES_H_

#include <string>

#include "synth/name_pools.h"
#include "synth/rng.h"

namespace cordon::synth {

// A generated name word (or compound): its usual romanisation, another romanisation lists also
// print ("" when none), and the original script ("" when not rendered).
struct TailName {
  std::string latin;
  std::string alt;
  std::string script;
  bool article = false;  // an Arabic nisba written with the article ("al-Zubaidi")
};

// Arabic: a given name from a root in a noun pattern ("Kharim", "Mansour"-like), with Arabic
// script, and a family name: a nisba ("al-Qutaibi", article set), an occupational or pattern noun
// ("Najjar", "Mahfouz").
TailName ArabicGivenTail(Rng& rng);
TailName ArabicFamilyTail(Rng& rng);
// Russian and Ukrainian family names in the male form ("Kravtsov", "Dvorchuk", "Zalesky").
TailName RussianFamilyTail(Rng& rng);
// Hispanic family names: Castilian stems with their endings, Basque compounds ("Iturbide").
TailName HispanicFamilyTail(Rng& rng);
// Persian family names: stems and compounds with -i, -zadeh, -pour, -nejad, -far, ...
TailName PersianFamilyTail(Rng& rng);
// Pashto and Urdu: given names in -ullah and -uddin, tribal family names in -zai and -khel.
TailName SouthAsianGivenTail(Rng& rng);
TailName SouthAsianFamilyTail(Rng& rng);
// Turkish family names: compounds of two words, or a name with -oğlu.
TailName TurkishFamilyTail(Rng& rng);
// West African: Yoruba and Igbo compounds as given or family names, Mossi and Mande family names.
TailName WestAfricanGivenTail(Rng& rng);
TailName WestAfricanFamilyTail(Rng& rng);
// Western European family names: English, German, Dutch, Italian, Polish, Greek and
// Scandinavian patterns ("Thornbury", "Lindemann", "Castellucci", "Wrzesinski").
TailName WesternFamilyTail(Rng& rng);
// An invented company word in the style of `tradition`: pinyin ("Huaxin"), Korean syllables
// ("Kumryon"), Russian compounds ("Kamenprom"), or a brand ("Velmorex"). (Companies of Arabic
// naming take an Arabic pattern noun: "Al-" and ArabicGivenTail.)
std::string BrandWord(Rng& rng, Tradition tradition);
// An invented town or district in the style of `tradition`, for group names ("Krasnovka",
// "Tarinabad", "Velmora").
std::string PlaceName(Rng& rng, Tradition tradition);

}  // namespace cordon::synth

#endif  // CORDON_SYNTH_TAIL_NAMES_H_
