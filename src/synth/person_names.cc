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

PersonDraft MakePersonName(Tradition tradition, bool female, Rng& rng) {
  PersonDraft draft;
  std::vector<Part>& parts = draft.parts;
  switch (tradition) {
    case Tradition::kArabic: {
      if (!female && rng.Chance(0.04)) {
        Part title = OptionalPart(rng.Chance(0.5) ? "Sheikh" : "Dr.");
        title.title = true;
        parts.push_back(title);
      }
      const Scripted& given = female ? rng.Pick(kArabicFemale) : rng.Pick(kArabicMale);
      parts.push_back(GivenPart(given.latin, given.script));
      if (rng.Chance(0.55)) {
        if (rng.Chance(0.4)) {
          Part particle = OptionalPart(female            ? "bint"
                                       : rng.Chance(0.8) ? "bin"
                                                         : "ibn",
                                       female ? "بنت" : "بن");
          particle.particle = true;
          parts.push_back(particle);
        }
        const Scripted& father = rng.Pick(kArabicMale);
        parts.push_back(OptionalPart(father.latin, father.script));
        if (rng.Chance(0.15)) {
          const Scripted& grandfather = rng.Pick(kArabicMale);
          parts.push_back(OptionalPart(grandfather.latin, grandfather.script));
        }
      }
      const ArabicFamily& family = rng.Pick(kArabicFamily);
      Part family_part = FamilyPart(family.latin, family.script);
      family_part.article = family.al;
      family_part.style = static_cast<std::uint8_t>(rng.Below(10) < 6   ? 0
                                                    : rng.Below(10) < 7 ? 1
                                                                        : 2);
      parts.push_back(family_part);
      if (!female && rng.Chance(0.3))
        draft.weak = "Abu " + std::string(rng.Pick(kArabicMale).latin);
      break;
    }
    case Tradition::kRussian: {
      const RussianGiven& father = rng.Pick(kRussianMale);
      parts.push_back(GivenPart(female ? rng.Pick(kRussianFemale) : rng.Pick(kRussianMale).given));
      if (rng.Chance(0.9)) {
        parts.push_back(OptionalPart(female ? father.patronymic_female : father.patronymic_male));
      }
      std::string_view family = rng.Pick(kRussianFamily);
      parts.push_back(FamilyPart(female ? FemaleRussianSurname(family) : std::string(family)));
      draft.cyrillic = true;
      break;
    }
    case Tradition::kChinese: {
      const Han& family = rng.Pick(kChineseFamily);
      parts.push_back(FamilyPart(family.latin, family.script));
      Part given = SyllablesPart(rng, kChineseSyllable, rng.Chance(0.9) ? 2 : 1);
      given.join = 2;  // pinyin writes the given name as one word
      parts.push_back(given);
      draft.script_joined = true;
      break;
    }
    case Tradition::kKorean: {
      const Han& family = rng.Pick(kKoreanFamily);
      parts.push_back(FamilyPart(family.latin, family.script));
      Part given = SyllablesPart(rng, kKoreanSyllable, 2);
      given.join = static_cast<std::uint8_t>(rng.Below(10) < 6 ? 0 : rng.Below(10) < 6 ? 1 : 2);
      parts.push_back(given);
      draft.script_joined = true;
      break;
    }
    case Tradition::kHispanic: {
      parts.push_back(GivenPart(female ? rng.Pick(kHispanicFemale) : rng.Pick(kHispanicMale)));
      if (rng.Chance(0.35)) {
        parts.push_back(OptionalPart(female ? rng.Pick(kHispanicFemale) : rng.Pick(kHispanicMale)));
      }
      parts.push_back(FamilyPart(rng.Pick(kHispanicFamily)));
      if (rng.Chance(0.8)) {
        Part maternal = FamilyPart(rng.Pick(kHispanicFamily));
        maternal.optional = true;
        parts.push_back(maternal);
      }
      if (!female && rng.Chance(0.15)) draft.weak = rng.Pick(kHispanicNickname);
      break;
    }
    case Tradition::kPersian: {
      parts.push_back(GivenPart(female ? rng.Pick(kPersianFemale) : rng.Pick(kPersianMale)));
      if (rng.Chance(0.6)) {
        parts.push_back(OptionalPart(female ? rng.Pick(kPersianFemale) : rng.Pick(kPersianMale)));
      }
      // Compound family names: "Hosseini Tabatabaei", "Bagheri Kani".
      std::string family(rng.Pick(kPersianFamily));
      if (rng.Chance(0.4)) family += " " + std::string(rng.Pick(kPersianFamilySuffix));
      parts.push_back(FamilyPart(family));
      break;
    }
    case Tradition::kSouthAsian: {
      if (!female && rng.Chance(0.2)) {
        Part title = OptionalPart(rng.Pick(kSouthAsianTitle));
        title.title = true;
        parts.push_back(title);
      }
      parts.push_back(GivenPart(female ? rng.Pick(kSouthAsianFemale) : rng.Pick(kSouthAsianGiven)));
      bool family = rng.Chance(0.85);
      if (!family || rng.Chance(0.7)) {
        Part second = OptionalPart(rng.Pick(kSouthAsianGiven));
        if (!family) {
          second.optional = false;
          second.family = true;
        }
        parts.push_back(second);
      }
      if (family) parts.push_back(FamilyPart(rng.Pick(kSouthAsianFamily)));
      if (!female && rng.Chance(0.2)) {
        draft.weak = rng.Chance(0.5) ? "Abu " + std::string(rng.Pick(kArabicMale).latin)
                                     : std::string(rng.Pick(kSouthAsianTitle)) + " " +
                                           std::string(rng.Pick(kSouthAsianGiven));
      }
      break;
    }
    case Tradition::kTurkish: {
      parts.push_back(GivenPart(female ? rng.Pick(kTurkishFemale) : rng.Pick(kTurkishMale)));
      if (rng.Chance(0.65)) {
        parts.push_back(OptionalPart(female ? rng.Pick(kTurkishFemale) : rng.Pick(kTurkishMale)));
      }
      parts.push_back(FamilyPart(rng.Pick(kTurkishFamily)));
      break;
    }
    case Tradition::kWestAfrican: {
      parts.push_back(
          GivenPart(female ? rng.Pick(kWestAfricanFemale) : rng.Pick(kWestAfricanMale)));
      if (rng.Chance(0.65)) parts.push_back(OptionalPart(rng.Pick(kWestAfricanMale)));
      parts.push_back(FamilyPart(rng.Pick(kWestAfricanFamily)));
      if (!female && rng.Chance(0.15))
        draft.weak = "Abu " + std::string(rng.Pick(kArabicMale).latin);
      break;
    }
    case Tradition::kWestern: {
      parts.push_back(GivenPart(female ? rng.Pick(kWesternFemale) : rng.Pick(kWesternMale)));
      if (rng.Chance(0.65)) {
        parts.push_back(OptionalPart(female ? rng.Pick(kWesternFemale) : rng.Pick(kWesternMale)));
      }
      parts.push_back(FamilyPart(rng.Pick(kWesternFamily)));
      break;
    }
  }
  // "Christopher Christopher Thomas" is rare outside Arabic naming ("Mohammed bin Mohammed").
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
