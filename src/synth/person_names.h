// Synthetic persons: a name is a list of parts (given names, particles, patronymics, family
// names, titles), so that aliases can reorder, drop or respell them as lists do.
#ifndef CORDON_SYNTH_PERSON_NAMES_H_
#define CORDON_SYNTH_PERSON_NAMES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "synth/name_pools.h"
#include "synth/rng.h"

namespace cordon::synth {

struct Part {
  std::string latin;       // words separated by single blanks
  std::string script;      // the part in the original script, "" when not rendered
  std::string alt;         // another romanisation of a generated part, "" when none
  bool family = false;     // a family name (reordering moves it)
  bool optional = false;   // a middle name, patronymic, second surname or title: may be dropped
  bool particle = false;   // "bin", "ibn", "bint": goes with the optional part after it
  bool title = false;      // "Mullah", "Sheikh": never in the original-script rendering
  bool joinable = false;   // words may be joined or hyphenated ("Abdul Rahman", "Jong Un")
  bool article = false;    // written with the Arabic article ("al-Tamimi")
  bool syllables = false;  // Han/Hangul syllables: "Jong-un", not "Jong-Un"
  std::uint8_t join = 0;   // joinable words: 0 blanks, 1 hyphen ("Jong-un"), 2 joined ("Jongun")
  std::uint8_t style = 0;  // the article: 0 "al-", 1 "Al-", 2 "Al ", 3 "El-", 4 left out
};

struct PersonDraft {
  std::vector<Part> parts;     // in the order the name is written
  bool script_joined = false;  // Han and Hangul names are written without blanks
  bool cyrillic = false;       // render the original script from the romanised parts
  std::string weak;            // a weak alias (kunya, nickname), or ""
};

// One part as written (joined or hyphenated, with its article), in capitals when `upper`.
std::string RenderPart(const Part& part, bool upper);
// Letter case of a rendered name: 0 as written, 1 family names in capitals, 2 all capitals.
std::string Render(const std::vector<Part>& parts, int letter_case);

// A person's name in `tradition`.
PersonDraft MakePersonName(Tradition tradition, bool female, Rng& rng);
// One alias of a person, of a kind chosen at random among those that apply; "" when the chosen
// kind does not apply to this name.
std::string PersonAlias(const PersonDraft& draft, Tradition tradition, Rng& rng);

}  // namespace cordon::synth

#endif  // CORDON_SYNTH_PERSON_NAMES_H_
