// Synthetic organisations: companies (word pools, places or family names, sectors and legal
// forms) and groups (armed groups, fronts, charities), with the aliases lists give them.
#include "synth/org_names.h"

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "synth/name_pools.h"
#include "synth/person_names.h"
#include "synth/rng.h"
#include "synth/spelling.h"
#include "synth/tail_names.h"

namespace cordon::synth {

namespace {

std::string CompanyBase(Tradition tradition, Rng& rng, std::string* script) {
  std::size_t roll = rng.Below(20);
  if (roll < 9) {
    // An invented word: most company names are rare ("Velmorex", "Huaxin", "Al-Kharim").
    if (tradition == Tradition::kArabic) {
      TailName word = ArabicGivenTail(rng);
      if (rng.Chance(0.5)) {
        *script = word.script;
        return word.latin;
      }
      *script = "ال" + word.script;
      return "Al-" + word.latin;
    }
    return BrandWord(rng, tradition);
  }
  if (roll < 11) return std::string(rng.Pick(kBrandHeads)) + std::string(rng.Pick(kBrandTails));
  if (roll < 13) {
    if (tradition == Tradition::kArabic) {
      const Scripted& word = rng.Pick(kArabicWords);
      *script = word.script;
      return (rng.Chance(0.7) ? "Al-" : "Al ") + std::string(word.latin);
    }
    return std::string(rng.Pick(kCompanyWords));
  }
  if (roll < 15) {
    const TraditionInfo& info = kTraditions[static_cast<int>(tradition)];
    return std::string(rng.Pick(info.cities).name);
  }
  // Named after a family: "Haddad Trading", "Kovalchuk Metals" (Chinese and Korean companies
  // take brand words instead: there are few family names).
  if (tradition == Tradition::kChinese || tradition == Tradition::kKorean) {
    return BrandWord(rng, tradition);
  }
  PersonDraft person = MakePersonName(tradition, false, rng);
  for (const Part& part : person.parts) {
    if (part.family) return RenderPart(part, false);
  }
  return person.parts.back().latin;
}

std::string CompanyName(std::string_view base, std::string_view sector, std::string_view form) {
  std::string name;
  if (form.ends_with(' ')) {
    name = std::string(form) + std::string(base);
    if (!sector.empty()) name += " " + std::string(sector);
    return name;
  }
  name = std::string(base);
  if (!sector.empty()) name += " " + std::string(sector);
  if (!form.empty()) name += (form.starts_with(',') ? "" : " ") + std::string(form);
  return name;
}

}  // namespace

std::string Acronym(std::string_view name) {
  static constexpr std::string_view kSkip[] = {"of", "the", "for", "and", "al",
                                               "e",  "i",   "de",  "ve",  "&"};
  std::string out;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find_first_of(" -", start);
    if (end == std::string_view::npos) end = name.size();
    std::string_view word = name.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    std::string lower = LowerAscii(word);
    bool skip = false;
    for (std::string_view s : kSkip) skip |= lower == s;
    if (skip) continue;
    char c = word[0];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      out.push_back(static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c));
    }
  }
  return out.size() >= 2 ? out : "";
}

OrgDraft MakeCompany(Tradition tradition, Rng& rng) {
  const TraditionInfo& info = kTraditions[static_cast<int>(tradition)];
  OrgDraft org;
  std::string script;
  std::string base = CompanyBase(tradition, rng, &script);
  std::string_view sector = rng.Chance(0.9) ? rng.Pick(kSectors) : std::string_view();
  std::string_view form = rng.Pick(info.forms);
  org.name = CompanyName(base, sector, form);
  // The name without its legal form, with the form written out or abbreviated, in Cyrillic.
  std::string bare = CompanyName(base, sector, "");
  if (bare.find(' ') != std::string::npos) org.aliases.push_back(bare);
  std::string_view trimmed_form = form.ends_with(' ') ? form.substr(0, form.size() - 1) : form;
  for (auto [short_form, long_form] : kFormExpansions) {
    if (trimmed_form == short_form) org.aliases.push_back(CompanyName(base, sector, long_form));
    if (trimmed_form == long_form) org.aliases.push_back(CompanyName(base, sector, short_form));
  }
  if (tradition == Tradition::kRussian) {
    std::string cyrillic_form = trimmed_form == "OOO" || trimmed_form == "LLC"    ? "ООО"
                                : trimmed_form == "TOV"                           ? "ТОВ"
                                : trimmed_form == "PAO" || trimmed_form == "PJSC" ? "ПАО"
                                                                                  : "АО";
    org.aliases.push_back(cyrillic_form + " «" + Cyrillic(base) + "»");
    if (!form.ends_with(' ')) org.aliases.push_back(CompanyName(base, sector, "OOO "));
  }
  if (!script.empty()) org.aliases.push_back(std::string(script));
  std::vector<std::string> spellings;
  std::string_view base_word = std::string_view(base).substr(base.rfind(' ') + 1);
  if (base_word.starts_with("Al-")) base_word.remove_prefix(3);
  spellings = SpellingsOf(base_word);
  if (!spellings.empty()) {
    std::string respelled = base.substr(0, base.size() - base_word.size()) + rng.Pick(spellings);
    org.aliases.push_back(CompanyName(respelled, sector, form));
  }
  // Formerly known as: another name of the same kind.
  std::string former_script;
  org.aliases.push_back(CompanyName(CompanyBase(tradition, rng, &former_script),
                                    rng.Chance(0.5) ? sector : rng.Pick(kSectors),
                                    rng.Pick(info.forms)));
  std::string acronym = Acronym(CompanyName(base, sector, ""));
  if (acronym.size() >= 3) org.weak.push_back(acronym);
  return org;
}

OrgDraft MakeGroup(Tradition tradition, Rng& rng) {
  OrgDraft org;
  org.company = false;
  bool arabic = tradition == Tradition::kArabic || tradition == Tradition::kWestAfrican ||
                tradition == Tradition::kPersian;
  std::size_t kind = rng.Below(10);
  if (arabic && kind < 3) {
    const Translated& type = rng.Pick(kArabicGroupTypes);
    std::string latin(type.latin);
    std::string script(type.script);
    std::string english(type.english);
    if (rng.Chance(0.55)) {
      // Named after a "martyr": "Kataib al-Shahid Ahmad al-Tamimi".
      PersonDraft martyr = MakePersonName(Tradition::kArabic, false, rng);
      const Part* given = nullptr;
      const Part* family = nullptr;
      for (const Part& part : martyr.parts) {
        if (part.title) continue;
        if (given == nullptr) given = &part;
        if (part.family) family = &part;
      }
      Part family_part = *family;
      family_part.style = 0;
      std::string names = given->latin + " " + RenderPart(family_part, false);
      org.name = latin + " al-Shahid " + names;
      org.aliases.push_back(english + " of the Martyr " + names);
      org.aliases.push_back(script + " الشهيد " + given->script + " " + family->script);
      org.aliases.push_back(latin + " Shahid " + names);
    } else {
      const Translated& word = rng.Pick(kArabicGroupWords);
      std::string place_latin;
      std::string place_script;
      std::string place_english;
      if (rng.Chance(0.3)) {
        const Translated& place = rng.Pick(kArabicGroupPlaces);
        place_latin = " fi " + std::string(place.latin);
        place_script = " في " + std::string(place.script);
        place_english = " in " + std::string(place.english);
      } else if (rng.Chance(0.85)) {
        // A town: "Jaish al-Nasr fi Kharim".
        TailName place = ArabicGivenTail(rng);
        place_latin = " fi " + place.latin;
        place_script = " في " + place.script;
        place_english = " in " + place.latin;
      }
      org.name = latin + " al-" + std::string(word.latin) + place_latin;
      org.aliases.push_back(english + " of " + std::string(word.english) + place_english);
      org.aliases.push_back(script + " " + std::string(word.script) + place_script);
      org.aliases.push_back(latin + " Al " + std::string(word.latin) + place_latin);
      org.aliases.push_back(latin + "-al-" + std::string(word.latin));
    }
  } else if (tradition == Tradition::kSouthAsian && kind < 6) {
    std::string head(rng.Pick(kSouthAsianGroupHeads));
    // Named after a place or a founder ("Lashkar-e-Jhangvi"), or a word of the faith.
    std::string tail = rng.Chance(0.4) ? PlaceName(rng, tradition) + "i"
                                       : std::string(rng.Pick(kSouthAsianGroupTails));
    // "Tehrik-e-Nifaz-e-Shariat-e-Mohammadi": izafat chains.
    if (rng.Chance(0.5)) tail += "-e-" + std::string(rng.Pick(kSouthAsianGroupTails));
    std::string suffix = rng.Chance(0.4) ? " Pakistan" : rng.Chance(0.3) ? " Afghanistan" : "";
    org.name = head + "-e-" + tail + suffix;
    org.aliases.push_back(head + "-i-" + tail + suffix);
    org.aliases.push_back(head + " e " + tail + suffix);
    org.aliases.push_back(head + "-e " + tail + suffix);
    std::vector<std::string> spellings = SpellingsOf(tail);
    if (!spellings.empty()) org.aliases.push_back(head + "-e-" + rng.Pick(spellings) + suffix);
    std::string acronym = Acronym(org.name);
    if (!acronym.empty()) org.weak.push_back(acronym);
  } else if (kind < 8) {
    std::string descriptor(rng.Pick(kGroupDescriptors));
    if (rng.Chance(0.5)) {
      std::string_view second = rng.Pick(kGroupDescriptors);
      if (second != descriptor) descriptor += " " + std::string(second);
    }
    std::string type(rng.Pick(kGroupTypes));
    std::string place =
        rng.Chance(0.4) ? std::string(rng.Pick(kGroupPlaces)) : PlaceName(rng, tradition);
    if (rng.Chance(0.5)) {
      org.name = descriptor + " " + type + " of " + place;
      std::string short_place = place.starts_with("the ") ? place.substr(4) : place;
      org.aliases.push_back(short_place + " " + descriptor + " " + type);
    } else {
      std::string short_place = place.starts_with("the ") ? place.substr(4) : place;
      org.name = short_place + " " + descriptor + " " + type;
      org.aliases.push_back(descriptor + " " + type + " of " + place);
    }
    org.aliases.push_back(descriptor + " " + type);
    std::string acronym = Acronym(org.name);
    if (!acronym.empty()) org.weak.push_back(acronym);
  } else {
    std::string head;
    std::string script;
    if (rng.Chance(0.7)) {
      // Named after its founder: "Sheikh Abdullah al-Nuri Charitable Society".
      PersonDraft founder = MakePersonName(tradition, false, rng);
      std::vector<Part> parts;
      for (const Part& part : founder.parts) {
        if (!part.optional || part.title) parts.push_back(part);
      }
      head = Render(parts, 0);
    } else if (tradition == Tradition::kArabic || rng.Chance(0.2)) {
      if (rng.Chance(0.5)) {
        const Scripted& word = rng.Pick(kArabicWords);
        head = "Al-" + std::string(word.latin);
        script = word.script;
      } else {
        TailName word = ArabicGivenTail(rng);
        head = "Al-" + word.latin;
        script = "ال" + word.script;
      }
    } else {
      head = rng.Chance(0.3) ? std::string(rng.Pick(kCompanyWords)) : PlaceName(rng, tradition);
    }
    std::string type(rng.Pick(kCharityTypes));
    org.name = head + " " + type;
    if (head.starts_with("Al-")) {
      org.aliases.push_back("Al " + head.substr(3) + " " + type);
      org.aliases.push_back(head.substr(3) + " " + type);
      std::vector<std::string> spellings = SpellingsOf(head.substr(3));
      if (!spellings.empty()) org.aliases.push_back("Al-" + rng.Pick(spellings) + " " + type);
    }
    org.aliases.push_back(head + " " + std::string(rng.Pick(kCharityTypes)));
    if (!script.empty() && rng.Chance(0.5)) org.aliases.push_back("مؤسسة " + script);
    std::string acronym = Acronym(org.name);
    if (!acronym.empty()) org.weak.push_back(acronym);
  }
  return org;
}

}  // namespace cordon::synth
