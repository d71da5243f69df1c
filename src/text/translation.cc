#include "text/translation.h"

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <unicode/utf8.h>

namespace cordon::text {
namespace {

// A word of organisation names and the English words lists write for it. `kind` says whether
// it names a kind of organisation (which makes a name one to translate).
enum class Kind : std::uint8_t { kWord, kOrganisation };
struct Term {
  std::string_view written;  // as commonly spelled; looked up as Normalized()
  std::string_view english;  // "" drops the word (بلاد, "lands of", which lists leave out)
  Kind kind = Kind::kWord;
};
constexpr Kind kOrg = Kind::kOrganisation;

// Arabic unless marked; Persian and Urdu words are spelled with their own letters (ی, ک), which
// Normalized() reads as the Arabic ones.
constexpr Term kTerms[] = {
    // Kinds of organisation.
    {"جماعة", "group", kOrg},
    {"جماعات", "groups", kOrg},
    {"مجموعة", "group", kOrg},
    {"حركة", "movement", kOrg},
    {"تحریک", "movement", kOrg},  // Persian, Urdu
    {"جبهة", "front", kOrg},
    {"تنظيم", "organization", kOrg},
    {"منظمة", "organization", kOrg},
    {"سازمان", "organization", kOrg},  // Persian
    {"شبكة", "network", kOrg},
    {"جمعية", "society", kOrg},
    {"مؤسسة", "foundation", kOrg},
    {"بنیاد", "foundation", kOrg},  // Persian
    {"شركة", "company", kOrg},
    {"شرکت", "company", kOrg},   // Persian
    {"کمپنی", "company", kOrg},  // Urdu
    {"مصرف", "bank", kOrg},
    {"بنك", "bank", kOrg},
    {"بانک", "bank", kOrg},  // Persian
    {"صرافة", "money exchange", kOrg},
    {"صرافی", "money exchange", kOrg},  // Persian, Urdu
    {"مكتب", "office", kOrg},
    {"حزب", "party", kOrg},
    {"جيش", "army", kOrg},
    {"كتيبة", "battalion", kOrg},
    {"كتائب", "brigades", kOrg},
    {"لواء", "brigade", kOrg},
    {"سرايا", "brigades", kOrg},
    {"دولة", "state", kOrg},
    {"مجلس", "council", kOrg},
    {"اتحاد", "union", kOrg},
    {"ائتلاف", "coalition", kOrg},
    {"مركز", "center", kOrg},
    {"جامعة", "university", kOrg},
    {"قوات", "forces", kOrg},
    {"حرس", "guard", kOrg},
    {"سپاه", "corps", kOrg},  // Persian
    {"لجنة", "committee", kOrg},
    {"صندوق", "fund", kOrg},
    {"وكالة", "agency", kOrg},
    {"مصنع", "factory", kOrg},
    {"وزارة", "ministry", kOrg},
    {"گروه", "group", kOrg},  // Persian
    {"گروپ", "group", kOrg},  // Urdu
    // What such names say of themselves.
    {"اسلامية", "islamic"},
    {"اسلامي", "islamic"},
    {"مقاتلة", "fighting"},
    {"مسلحة", "armed"},
    {"خيرية", "charitable"},
    {"دولية", "international"},
    {"عالمية", "world"},
    {"تجارية", "trading"},
    {"تجارة", "trading"},
    {"عامة", "general"},
    {"متحدة", "united"},
    {"وطنية", "national"},
    {"شعبية", "popular"},
    {"ثورية", "revolutionary"},
    {"انقلاب", "revolutionary"},
    {"پاسداران", "guard"},  // Persian
    {"ديمقراطية", "democratic"},
    {"عربية", "arab"},
    {"عربي", "arab"},
    {"حرة", "free"},
    {"جديدة", "new"},
    {"مهاجرين", "emigrants"},
    {"انصار", "supporters"},
    {"جهاد", "jihad"},
    {"قاعدة", "qaida"},
    {"نصرة", "nusrah"},
    {"تحرير", "liberation"},
    {"تراث", "heritage"},
    {"احياء", "revival"},
    {"مسلمين", "muslims"},
    {"طالبان", "taliban"},
    {"اهل", "people"},
    {"حوالة", "hawala"},
    // Places.
    {"عراق", "iraq"},
    {"شام", "levant"},
    {"سوريا", "syria"},
    {"سورية", "syria"},
    {"ليبيا", "libya"},
    {"ليبية", "libyan"},
    {"يمن", "yemen"},
    {"مصر", "egypt"},
    {"مصري", "egyptian"},
    {"مصرية", "egyptian"},
    {"تونس", "tunisia"},
    {"تونسية", "tunisian"},
    {"مغرب", "maghreb"},
    {"مغربية", "moroccan"},
    {"جزائر", "algeria"},
    {"جزائرية", "algerian"},
    {"فلسطين", "palestine"},
    {"فلسطينية", "palestinian"},
    {"لبنان", "lebanon"},
    {"سودان", "sudan"},
    {"صومال", "somalia"},
    {"افغانستان", "afghanistan"},
    {"پاکستان", "pakistan"},
    {"باكستان", "pakistan"},
    {"ایران", "iran"},
    {"افريقيا", "africa"},
    {"جزيرة", "peninsula"},
    {"عرب", "arabian"},
    {"غرب", "west"},
    {"شرق", "east"},
    {"شمال", "north"},
    {"جنوب", "south"},
    {"بلاد", ""},
    // Words between them.
    {"في", "in"},
    {"و", "and"},
};

// Harakat, the superscript alef and tatweel: marks on or between letters, within a word.
bool IsMark(UChar32 cp) { return (cp >= 0x064B && cp <= 0x065F) || cp == 0x0670 || cp == 0x0640; }

// `word` (UTF-8) with its letters in one form each: harakat and tatweel dropped, the alefs as
// bare alef, hamza on waw and ya as waw and ya, alef maqsura and the Persian and Urdu ya as ya,
// the Persian kaf as kaf, ta marbuta and the other he forms as he.
std::string Normalized(std::string_view word) {
  std::string out;
  out.reserve(word.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(word.data());
  const auto length = static_cast<std::int32_t>(word.size());
  for (std::int32_t pos = 0; pos < length;) {
    UChar32 cp = 0;
    U8_NEXT(bytes, pos, length, cp);
    if (cp < 0) continue;
    if (IsMark(cp)) continue;
    switch (cp) {
      case 0x0622:
      case 0x0623:
      case 0x0625:
      case 0x0671:
        cp = 0x0627;
        break;
      case 0x0624:
        cp = 0x0648;
        break;
      case 0x0626:
      case 0x0649:
      case 0x06CC:
      case 0x06D2:
        cp = 0x064A;
        break;
      case 0x06A9:
        cp = 0x0643;
        break;
      case 0x0629:
      case 0x06C0:
      case 0x06C1:
      case 0x06BE:
      case 0x06D5:
        cp = 0x0647;
        break;
      default:
        break;
    }
    char buffer[4];
    std::int32_t written = 0;
    U8_APPEND_UNSAFE(buffer, written, cp);
    out.append(buffer, static_cast<std::size_t>(written));
  }
  return out;
}

const std::unordered_map<std::string, const Term*>& Table() {
  static const auto* table = [] {
    auto* map = new std::unordered_map<std::string, const Term*>();
    for (const Term& term : kTerms) map->emplace(Normalized(term.written), &term);
    return map;
  }();
  return *table;
}

bool IsArabicLetter(UChar32 cp) {
  return (cp >= 0x0620 && cp <= 0x065F) || (cp >= 0x066E && cp <= 0x06D5) ||
         (cp >= 0x06FA && cp <= 0x06FF) || (cp >= 0x0750 && cp <= 0x077F);
}

// The term `word` (normalised) holds and the words its prefix adds ("and"); null when none.
struct Found {
  const Term* term = nullptr;
  bool and_prefix = false;
};

Found Lookup(std::string_view word) {
  const auto& table = Table();
  auto find = [&](std::string_view stem) -> const Term* {
    if (stem.size() < 4) return nullptr;  // two letters at least (two bytes a letter)
    auto it = table.find(std::string(stem));
    return it == table.end() ? nullptr : it->second;
  };
  // The stem with the article, or a preposition and the article, taken off.
  auto stem_term = [&](std::string_view w) -> const Term* {
    if (const Term* term = find(w)) return term;
    static constexpr std::string_view kArticled[] = {"\u0628\u0627\u0644", "\u0641\u0627\u0644",
                                                     "\u0643\u0627\u0644", "\u0627\u0644",
                                                     "\u0644\u0644"};  // بال فال كال ال لل
    for (std::string_view prefix : kArticled) {
      if (w.starts_with(prefix)) {
        if (const Term* term = find(w.substr(prefix.size()))) return term;
      }
    }
    for (std::string_view prefix : {"\u0644", "\u0628"}) {  // ل ب
      if (w.starts_with(prefix) && w.size() >= prefix.size() + 6) {
        if (const Term* term = find(w.substr(prefix.size()))) return term;
      }
    }
    return nullptr;
  };
  if (const Term* term = stem_term(word)) return Found{term, false};
  constexpr std::string_view kWaw = "\u0648";
  if (word.starts_with(kWaw) && word.size() >= kWaw.size() + 6) {
    if (const Term* term = stem_term(word.substr(kWaw.size()))) return Found{term, true};
  }
  return Found{};
}

}  // namespace

std::string TranslatedReading(std::string_view utf8) {
  std::string out;
  bool organisation = false;
  bool any = false;
  std::size_t kept = 0;  // words not translated
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  auto translate = [&](std::string_view word) {
    const std::string normalized = Normalized(word);
    Found found = Lookup(normalized);
    if (found.term == nullptr && normalized == "\u0648") {
      out.append(" and ");
      any = true;
      return;
    }
    if (found.term == nullptr) {
      out.append(word);
      ++kept;
      return;
    }
    any = true;
    organisation = organisation || found.term->kind == Kind::kOrganisation;
    out.push_back(' ');
    if (found.and_prefix) out.append("and ");
    out.append(found.term->english);
    out.push_back(' ');
  };
  std::int32_t word_start = -1;
  for (std::int32_t pos = 0; pos < length;) {
    const std::int32_t start = pos;
    UChar32 cp = 0;
    U8_NEXT(bytes, pos, length, cp);
    const bool letter = cp >= 0 && (IsArabicLetter(cp) || IsMark(cp));
    if (letter) {
      if (word_start < 0) word_start = start;
      continue;
    }
    if (word_start >= 0) {
      translate(utf8.substr(static_cast<std::size_t>(word_start),
                            static_cast<std::size_t>(start - word_start)));
      word_start = -1;
    }
    out.append(utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(pos - start)));
  }
  if (word_start >= 0) translate(utf8.substr(static_cast<std::size_t>(word_start)));
  // Two words left as written or more read like a person's name beside the English words,
  // which weigh little (generic words, particles): لواء الإسلام في قبار read as "brigade
  // alaslam in qbar" met "Salim Kaboré" at 0.84. Such a name is read as written alone.
  if (!any || !organisation || kept > 1) return {};
  return out;
}

bool IsTranslationWord(std::string_view token) {
  static const auto* words = [] {
    auto* set = new std::unordered_set<std::string_view>();
    for (const Term& term : kTerms) {
      std::string_view english = term.english;
      while (!english.empty()) {
        const std::size_t space = english.find(' ');
        set->insert(english.substr(0, space));
        if (space == std::string_view::npos) break;
        english.remove_prefix(space + 1);
      }
    }
    return set;
  }();
  return words->contains(token);
}

}  // namespace cordon::text
