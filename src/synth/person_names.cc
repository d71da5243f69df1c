// Synthetic persons: names built from parts of a naming tradition, and aliases made from them
// the way lists make them.
#include "synth/person_names.h"

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "synth/name_pools.h"
#include "synth/rng.h"
#include "synth/spelling.h"
#include "synth/tail_names.h"

namespace cordon::synth {

namespace {

// "FAMILY, Given Middle" (or for names written family first, "Given Family").
std::string RenderReordered(const std::vector<Part>& parts, bool family_first, int letter_case) {
  std::vector<Part> family;
  std::vector<Part> rest;
  for (const Part& part : parts) {
    if (part.title) continue;
    (part.family ? family : rest).push_back(part);
  }
  if (family.empty() || rest.empty()) return "";
  if (family_first) {
    rest.insert(rest.end(), family.begin(), family.end());
    return Render(rest, letter_case);
  }
  return Render(family, letter_case) + ", " + Render(rest, letter_case);
}

std::string RenderScript(const PersonDraft& draft) {
  std::string out;
  for (const Part& part : draft.parts) {
    if (part.title) continue;
    std::string script = draft.cyrillic ? Cyrillic(part.latin) : part.script;
    if (script.empty()) return "";
    if (!out.empty() && !draft.script_joined) out.push_back(' ');
    out += script;
  }
  return out;
}

Part GivenPart(std::string_view latin, std::string_view script = "") {
  Part part;
  part.latin = latin;
  part.script = script;
  part.joinable = latin.find(' ') != std::string_view::npos;
  return part;
}

Part FamilyPart(std::string_view latin, std::string_view script = "") {
  Part part = GivenPart(latin, script);
  part.family = true;
  part.joinable = false;
  return part;
}

Part OptionalPart(std::string_view latin, std::string_view script = "") {
  Part part = GivenPart(latin, script);
  part.optional = true;
  return part;
}

std::string FemaleRussianSurname(std::string_view male) {
  std::string name(male);
  for (std::string_view ending : {"ov", "ev", "in", "yn"}) {
    if (name.ends_with(ending)) return name + "a";
  }
  if (name.ends_with("sky")) return name.substr(0, name.size() - 1) + "aya";
  if (name.ends_with("oy")) return name.substr(0, name.size() - 2) + "aya";
  return name;
}

// Han/Hangul given names: one or two syllables, romanised as "Xiao Ming" (joinable).
Part SyllablesPart(Rng& rng, std::span<const Han> pool, int count) {
  Part part;
  for (int i = 0; i < count; ++i) {
    const Han& syllable = rng.Pick(pool);
    if (i > 0) part.latin.push_back(' ');
    part.latin += syllable.latin;
    part.script += syllable.script;
  }
  part.joinable = count > 1;
  part.syllables = true;
  return part;
}

bool FamilyFirst(Tradition tradition) {
  return tradition == Tradition::kChinese || tradition == Tradition::kKorean;
}

}  // namespace

std::string RenderPart(const Part& part, bool upper) {
  std::string text;
  if (part.joinable && part.join != 0) {
    bool first = true;
    std::size_t start = 0;
    while (start <= part.latin.size()) {
      std::size_t blank = part.latin.find(' ', start);
      if (blank == std::string::npos) blank = part.latin.size();
      std::string_view word = std::string_view(part.latin).substr(start, blank - start);
      if (first) {
        text.append(word);
      } else {
        if (part.join == 1) text.push_back('-');
        // "Jong-un", "Abdul-Rahman"; joined, always "Abdulrahman".
        text.append(part.join == 1 && !part.syllables ? std::string(word) : LowerAscii(word));
      }
      first = false;
      start = blank + 1;
    }
  } else {
    text = part.latin;
  }
  if (part.article) {
    static constexpr std::string_view kArticles[] = {"al-", "Al-", "Al ", "El-", ""};
    text = std::string(kArticles[part.style]) + text;
  }
  return upper ? Upper(text) : text;
}

std::string Render(const std::vector<Part>& parts, int letter_case) {
  std::string out;
  for (const Part& part : parts) {
    if (!out.empty()) out.push_back(' ');
    out += RenderPart(part, letter_case == 2 || (letter_case == 1 && part.family));
  }
  return out;
}

namespace {

// The head pools are ordered by frequency. Given names in Arabic, Persian, Pashto, Urdu and
// Russian come from a steep distribution (a few, such as Mohammed, Ali or Aleksandr, are very
// common); other given names, middle names and family names from a flatter one. A share of each
// comes from the generated long tail instead.
template <typename T>
const T& PickSteep(Rng& rng, std::span<const T> pool) {
  return rng.PickSkewed(pool, 2);
}
template <typename T>
const T& PickFrequent(Rng& rng, std::span<const T> pool) {
  return rng.PickSkewed(pool, 1);
}

// Shares of tail names (tail_names.h), by tradition and name part.
constexpr double kArabicGivenTail = 0.12;
constexpr double kArabicFamilyTail = 0.8;
constexpr double kRussianFamilyTail = 0.8;
constexpr double kHispanicFamilyTail = 0.7;
constexpr double kPersianFamilyTail = 0.8;
constexpr double kSouthAsianGivenTail = 0.2;
constexpr double kSouthAsianFamilyTail = 0.75;
constexpr double kTurkishFamilyTail = 0.75;
constexpr double kWestAfricanGivenTail = 0.3;
constexpr double kWestAfricanFamilyTail = 0.75;
constexpr double kWesternFamilyTail = 0.8;

Part TailPart(const TailName& name, bool family) {
  Part part = family ? FamilyPart(name.latin, name.script) : GivenPart(name.latin, name.script);
  part.alt = name.alt;
  part.article = name.article;
  return part;
}

// A given name; a father's or grandfather's name (`middle`) is drawn from a flatter head.
Part ArabicGiven(Rng& rng, bool female, bool middle = false) {
  if (!female && rng.Chance(kArabicGivenTail)) return TailPart(ArabicGivenTail(rng), false);
  const Scripted& given = female   ? PickSteep(rng, kArabicFemale)
                          : middle ? PickFrequent(rng, kArabicMale)
                                   : PickSteep(rng, kArabicMale);
  return GivenPart(given.latin, given.script);
}

void ArabicName(bool female, Rng& rng, PersonDraft* draft) {
  std::vector<Part>& parts = draft->parts;
  if (!female && rng.Chance(0.04)) {
    Part title = OptionalPart(rng.Chance(0.5) ? "Sheikh" : "Dr.");
    title.title = true;
    parts.push_back(title);
  }
  parts.push_back(ArabicGiven(rng, female));
  if (rng.Chance(0.55)) {
    if (rng.Chance(0.4)) {
      Part particle = OptionalPart(female            ? "bint"
                                   : rng.Chance(0.8) ? "bin"
                                                     : "ibn",
                                   female ? "بنت" : "بن");
      particle.particle = true;
      parts.push_back(particle);
    }
    Part father = ArabicGiven(rng, false, true);
    father.optional = true;
    parts.push_back(father);
    if (rng.Chance(0.15)) {
      Part grandfather = ArabicGiven(rng, false, true);
      grandfather.optional = true;
      parts.push_back(grandfather);
    }
  }
  Part family_part;
  if (rng.Chance(kArabicFamilyTail)) {
    family_part = TailPart(ArabicFamilyTail(rng), true);
  } else {
    const ArabicFamily& family = PickFrequent(rng, kArabicFamily);
    family_part = FamilyPart(family.latin, family.script);
    family_part.article = family.al;
  }
  // The article as lists write it: "al-", "Al-", "Al ", or left out ("Mohammed Tamimi").
  std::size_t style = rng.Below(10);
  family_part.style = static_cast<std::uint8_t>(style < 4 ? 0 : style < 6 ? 1 : style < 7 ? 2 : 4);
  parts.push_back(family_part);
  if (!female && rng.Chance(0.3)) draft->weak = "Abu " + ArabicGiven(rng, false).latin;
}

void RussianName(bool female, Rng& rng, PersonDraft* draft) {
  std::vector<Part>& parts = draft->parts;
  const RussianGiven& father = PickFrequent(rng, kRussianMale);
  parts.push_back(
      GivenPart(female ? PickSteep(rng, kRussianFemale) : PickSteep(rng, kRussianMale).given));
  if (rng.Chance(0.9)) {
    parts.push_back(OptionalPart(female ? father.patronymic_female : father.patronymic_male));
  }
  TailName family;
  if (rng.Chance(kRussianFamilyTail)) {
    family = RussianFamilyTail(rng);
  } else {
    family.latin = PickFrequent(rng, kRussianFamily);
  }
  if (female) {
    family.latin = FemaleRussianSurname(family.latin);
    if (!family.alt.empty()) family.alt = FemaleRussianSurname(family.alt);
  }
  parts.push_back(TailPart(family, true));
  draft->cyrillic = true;
}

void HanName(Tradition tradition, Rng& rng, PersonDraft* draft) {
  bool chinese = tradition == Tradition::kChinese;
  const Han& family = PickSteep(rng, chinese ? kChineseFamily : kKoreanFamily);
  draft->parts.push_back(FamilyPart(family.latin, family.script));
  Part given = SyllablesPart(rng, chinese ? kChineseSyllable : kKoreanSyllable,
                             !chinese || rng.Chance(0.9) ? 2 : 1);
  if (chinese) {
    given.join = 2;  // pinyin writes the given name as one word
  } else {
    given.join = static_cast<std::uint8_t>(rng.Below(10) < 6 ? 0 : rng.Below(10) < 6 ? 1 : 2);
  }
  draft->parts.push_back(given);
  draft->script_joined = true;
}

Part HispanicFamily(Rng& rng) {
  if (rng.Chance(kHispanicFamilyTail)) return TailPart(HispanicFamilyTail(rng), true);
  return FamilyPart(PickFrequent(rng, kHispanicFamily));
}

void HispanicName(bool female, Rng& rng, PersonDraft* draft) {
  std::vector<Part>& parts = draft->parts;
  std::span<const std::string_view> given = female ? kHispanicFemale : kHispanicMale;
  parts.push_back(GivenPart(PickFrequent(rng, given)));
  if (rng.Chance(0.35)) parts.push_back(OptionalPart(PickFrequent(rng, given)));
  parts.push_back(HispanicFamily(rng));
  if (rng.Chance(0.8)) {
    Part maternal = HispanicFamily(rng);
    maternal.optional = true;
    parts.push_back(maternal);
  }
  if (!female && rng.Chance(0.15)) draft->weak = rng.Pick(kHispanicNickname);
}

void PersianName(bool female, Rng& rng, PersonDraft* draft) {
  std::vector<Part>& parts = draft->parts;
  std::span<const std::string_view> given = female ? kPersianFemale : kPersianMale;
  parts.push_back(GivenPart(PickSteep(rng, given)));
  if (rng.Chance(0.6)) parts.push_back(OptionalPart(PickFrequent(rng, given)));
  if (rng.Chance(kPersianFamilyTail)) {
    parts.push_back(TailPart(PersianFamilyTail(rng), true));
    return;
  }
  // Compound family names: "Hosseini Tabatabaei", "Bagheri Kani".
  std::string family(PickFrequent(rng, kPersianFamily));
  if (rng.Chance(0.4)) family += " " + std::string(rng.Pick(kPersianFamilySuffix));
  parts.push_back(FamilyPart(family));
}

Part SouthAsianGiven(Rng& rng, bool female, bool middle = false) {
  if (female) return GivenPart(PickSteep(rng, kSouthAsianFemale));
  if (rng.Chance(kSouthAsianGivenTail)) return TailPart(SouthAsianGivenTail(rng), false);
  return GivenPart(middle ? PickFrequent(rng, kSouthAsianGiven) : PickSteep(rng, kSouthAsianGiven));
}

void SouthAsianName(bool female, Rng& rng, PersonDraft* draft) {
  std::vector<Part>& parts = draft->parts;
  if (!female && rng.Chance(0.2)) {
    Part title = OptionalPart(rng.Pick(kSouthAsianTitle));
    title.title = true;
    parts.push_back(title);
  }
  parts.push_back(SouthAsianGiven(rng, female));
  bool family = rng.Chance(0.92);
  if (!family || rng.Chance(0.7)) {
    Part second = SouthAsianGiven(rng, false, true);
    second.optional = family;
    second.family = !family;
    parts.push_back(second);
  }
  if (family) {
    parts.push_back(rng.Chance(kSouthAsianFamilyTail)
                        ? TailPart(SouthAsianFamilyTail(rng), true)
                        : FamilyPart(PickFrequent(rng, kSouthAsianFamily)));
  }
  if (!female && rng.Chance(0.2)) {
    draft->weak = rng.Chance(0.5) ? "Abu " + ArabicGiven(rng, false).latin
                                  : std::string(rng.Pick(kSouthAsianTitle)) + " " +
                                        SouthAsianGiven(rng, false).latin;
  }
}

void TurkishName(bool female, Rng& rng, PersonDraft* draft) {
  std::vector<Part>& parts = draft->parts;
  std::span<const std::string_view> given = female ? kTurkishFemale : kTurkishMale;
  parts.push_back(GivenPart(PickFrequent(rng, given)));
  if (rng.Chance(0.65)) parts.push_back(OptionalPart(PickFrequent(rng, given)));
  parts.push_back(rng.Chance(kTurkishFamilyTail) ? TailPart(TurkishFamilyTail(rng), true)
                                                 : FamilyPart(PickFrequent(rng, kTurkishFamily)));
}

void WestAfricanName(bool female, Rng& rng, PersonDraft* draft) {
  std::vector<Part>& parts = draft->parts;
  if (rng.Chance(kWestAfricanGivenTail)) {
    parts.push_back(TailPart(WestAfricanGivenTail(rng), false));
  } else {
    parts.push_back(GivenPart(female ? PickFrequent(rng, kWestAfricanFemale)
                                     : PickFrequent(rng, kWestAfricanMale)));
  }
  if (rng.Chance(0.65)) parts.push_back(OptionalPart(PickFrequent(rng, kWestAfricanMale)));
  parts.push_back(rng.Chance(kWestAfricanFamilyTail)
                      ? TailPart(WestAfricanFamilyTail(rng), true)
                      : FamilyPart(PickFrequent(rng, kWestAfricanFamily)));
  if (!female && rng.Chance(0.15)) draft->weak = "Abu " + ArabicGiven(rng, false).latin;
}

void WesternName(bool female, Rng& rng, PersonDraft* draft) {
  std::vector<Part>& parts = draft->parts;
  std::span<const std::string_view> given = female ? kWesternFemale : kWesternMale;
  parts.push_back(GivenPart(PickFrequent(rng, given)));
  if (rng.Chance(0.65)) parts.push_back(OptionalPart(PickFrequent(rng, given)));
  parts.push_back(rng.Chance(kWesternFamilyTail) ? TailPart(WesternFamilyTail(rng), true)
                                                 : FamilyPart(PickFrequent(rng, kWesternFamily)));
}

}  // namespace

PersonDraft MakePersonName(Tradition tradition, bool female, Rng& rng) {
  PersonDraft draft;
  switch (tradition) {
    case Tradition::kArabic:
      ArabicName(female, rng, &draft);
      break;
    case Tradition::kRussian:
      RussianName(female, rng, &draft);
      break;
    case Tradition::kChinese:
    case Tradition::kKorean:
      HanName(tradition, rng, &draft);
      break;
    case Tradition::kHispanic:
      HispanicName(female, rng, &draft);
      break;
    case Tradition::kPersian:
      PersianName(female, rng, &draft);
      break;
    case Tradition::kSouthAsian:
      SouthAsianName(female, rng, &draft);
      break;
    case Tradition::kTurkish:
      TurkishName(female, rng, &draft);
      break;
    case Tradition::kWestAfrican:
      WestAfricanName(female, rng, &draft);
      break;
    case Tradition::kWestern:
      WesternName(female, rng, &draft);
      break;
  }
  // "Christopher Christopher Thomas" is rare outside Arabic naming ("Mohammed bin Mohammed").
  std::vector<Part>& parts = draft.parts;
  if (tradition != Tradition::kArabic) {
    std::string first = parts.front().latin;
    std::erase_if(parts, [&](const Part& part) {
      return part.optional && !part.title && !part.family && part.latin == first;
    });
  }
  return draft;
}

std::string PersonAlias(const PersonDraft& draft, Tradition tradition, Rng& rng) {
  int letter_case = rng.Below(10) < 7 ? 0 : rng.Below(5) < 4 ? 1 : 2;
  std::vector<Part> parts = draft.parts;
  switch (rng.Below(8)) {
    case 0:
    case 1: {  // transliteration variants of one or more words
      bool changed = false;
      for (Part& part : parts) {
        if (part.title || part.particle) continue;
        if (!part.alt.empty() && (!changed || rng.Chance(0.5))) {
          part.latin = part.alt;
          changed = true;
          continue;
        }
        std::string respelled;
        std::size_t start = 0;
        while (start <= part.latin.size()) {
          std::size_t blank = part.latin.find(' ', start);
          if (blank == std::string::npos) blank = part.latin.size();
          std::string_view word = std::string_view(part.latin).substr(start, blank - start);
          std::vector<std::string> spellings = SpellingsOf(word);
          if (!respelled.empty()) respelled.push_back(' ');
          if (!spellings.empty() && (!changed || rng.Chance(0.5))) {
            respelled += rng.Pick(spellings);
            changed = true;
          } else {
            respelled.append(word);
          }
          start = blank + 1;
        }
        part.latin = respelled;
      }
      return changed ? Render(parts, letter_case) : "";
    }
    case 2:
      return RenderReordered(parts, FamilyFirst(tradition), letter_case);
    case 3: {  // without middle names, patronymic, second surname or title
      std::vector<Part> kept;
      for (const Part& part : parts) {
        if (!part.optional) kept.push_back(part);
      }
      return kept.size() >= 2 && kept.size() < parts.size() ? Render(kept, letter_case) : "";
    }
    case 4: {  // compounds joined or split, the article written another way
      bool changed = false;
      for (Part& part : parts) {
        if (part.joinable) {
          part.join = static_cast<std::uint8_t>((part.join + 1 + rng.Below(2)) % 3);
          changed = true;
        }
        if (part.article) {
          part.style = static_cast<std::uint8_t>((part.style + 1 + rng.Below(4)) % 5);
          changed = true;
        }
      }
      return changed ? Render(parts, letter_case) : "";
    }
    case 5: {  // the original script
      return rng.Chance(0.6) ? RenderScript(draft) : "";
    }
    case 6: {  // without diacritics
      std::string name = Render(parts, letter_case);
      return IsAscii(name) ? "" : AsciiFold(name);
    }
    default: {  // given name and family name only, or with a title
      std::vector<Part> kept;
      for (const Part& part : parts) {
        if (!part.optional || (part.title && rng.Chance(0.5))) kept.push_back(part);
      }
      if (kept.size() < 2) return "";
      if (tradition == Tradition::kSouthAsian && kept.front().title == false && rng.Chance(0.5)) {
        Part title = OptionalPart(rng.Pick(kSouthAsianTitle));
        title.title = true;
        kept.insert(kept.begin(), title);
      }
      return Render(kept, letter_case);
    }
  }
}

}  // namespace cordon::synth
