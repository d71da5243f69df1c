#include "text/transcription.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <span>
#include <unordered_map>
#include <utility>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include "cordon/entity.h"

#include "text/normalize.h"
#include "text/tokens.h"
#include "text/translation.h"

namespace cordon::text {
namespace {

struct Unit {
  std::string_view written;  // UTF-8
  std::string_view latin;
  std::string_view swapped;  // latin with l and r swapped, when often read so; else ""
};

constexpr Unit kUnits[] = {
#include "text/transcription_table.inc"
};

// Whether `table` is in strictly increasing order of `key`: the generated tables here are
// searched by halves.
template <typename Entry, std::size_t N, typename Key>
constexpr bool StrictlySorted(const Entry (&table)[N], Key key) {
  return std::adjacent_find(std::begin(table), std::end(table),
                            [&](const Entry& a, const Entry& b) { return !(key(a) < key(b)); }) ==
         std::end(table);
}
static_assert(StrictlySorted(kUnits, [](const Unit& unit) { return unit.written; }),
              "transcription_table.inc must be sorted by its UTF-8 units");

// A Han character and the Hangul syllable of its Korean reading (SinoKoreanReading()).
struct Hanja {
  char32_t han;
  char16_t hangul;
};

constexpr Hanja kHanja[] = {
#include "text/sino_korean_table.inc"
};

static_assert(StrictlySorted(kHanja, [](const Hanja& hanja) { return hanja.han; }),
              "sino_korean_table.inc must be sorted by its characters");

const Unit* Find(std::string_view written) {
  const Unit* end = std::end(kUnits);
  const Unit* at =
      std::lower_bound(std::begin(kUnits), end, written,
                       [](const Unit& u, std::string_view w) { return u.written < w; });
  return at != end && at->written == written ? at : nullptr;
}

// Kana written small (ャ, ィ; not ッ) modify the kana before them: ジョ is one unit.
bool SmallKana(UChar32 cp) {
  switch (cp) {
    case 0x30A1:
    case 0x30A3:
    case 0x30A5:
    case 0x30A7:
    case 0x30A9:  // ァィゥェォ
    case 0x30E3:
    case 0x30E5:
    case 0x30E7:
    case 0x30EE:  // ャュョヮ
      return true;
    default:
      return false;
  }
}

constexpr UChar32 kDoubling = 0x30C3;   // ッ: the next consonant is doubled
constexpr UChar32 kLongVowel = 0x30FC;  // ー: the vowel before is long

bool Kana(UChar32 cp) { return cp >= 0x30A1 && cp <= 0x30FA; }

// Hiragana as the katakana of the same sound, which the table holds.
UChar32 AsKatakana(UChar32 cp) { return cp >= 0x3041 && cp <= 0x3096 ? cp + 0x60 : cp; }

bool Syllabic(UChar32 cp) {
  UErrorCode status = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(cp, &status);
  return script == USCRIPT_HAN || script == USCRIPT_HANGUL || script == USCRIPT_KATAKANA ||
         script == USCRIPT_HIRAGANA || cp == kLongVowel;
}

void AppendUtf8(UChar32 cp, std::string* out) { icu::UnicodeString(cp).toUTF8String(*out); }

}  // namespace

namespace {

// Both Latin spellings of `utf8` in one pass: `plain` with each unit's likeliest letters,
// `swapped` with l and r swapped where the table says so. Empty when no unit is known; `swapped`
// empty also when no unit swaps.
struct Spellings {
  std::string plain;
  std::string swapped;
};
Spellings Spell(std::string_view utf8) {
  Spellings out;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return out;
  // NFKC first: half-width kana (ｽﾁｭ) become the full-width ones the table holds.
  const icu::UnicodeString text =
      nfkc->normalize(icu::UnicodeString::fromUTF8(
                          icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size()))),
                      status);
  if (U_FAILURE(status)) return out;
  bool known = false;
  bool any_swap = false;
  auto append = [&](std::string_view plain, std::string_view swapped) {
    out.plain.append(plain);
    out.swapped.append(swapped);
  };
  // Appends the reading of `unit` (whose first letter is `cp`), false when the table lacks it.
  auto read = [&](std::string_view unit, UChar32 cp, bool fallback) {
    if (const Unit* found = Find(unit)) {
      const bool swap = !found->swapped.empty();
      append(found->latin, swap ? found->swapped : found->latin);
      known = true;
      any_swap = any_swap || swap;
      return true;
    }
    if (!fallback) return false;
    if (cp == kDoubling || cp == kLongVowel) return true;  // a mark alone stands for nothing
    if (Syllabic(cp)) {
      // Romanised as a name would be, joined to its neighbours (no space: one word). ICU costs
      // microseconds a unit, and names repeat their units: each thread keeps what it found.
      thread_local std::unordered_map<std::string, std::string> romanised;
      auto [it, fresh] = romanised.try_emplace(std::string(unit));
      if (fresh) {
        it->second = NormalizeText(unit);
        it->second.erase(std::remove(it->second.begin(), it->second.end(), ' '), it->second.end());
      }
      append(it->second, it->second);
    } else {
      append(unit, unit);
    }
    return true;
  };
  auto at = [&](int32_t pos) { return AsKatakana(text.char32At(pos)); };
  std::string doubling;  // a small ッ or more, before the kana they double
  std::string core;      // the letter, with its small kana
  std::string lengths;   // long vowel marks after it
  for (int32_t pos = 0; pos < text.length();) {
    doubling.clear();
    core.clear();
    lengths.clear();
    while (pos < text.length() && at(pos) == kDoubling && pos + 1 < text.length() &&
           Kana(at(pos + 1))) {
      AppendUtf8(kDoubling, &doubling);
      pos += U16_LENGTH(text.char32At(pos));
    }
    const UChar32 cp = at(pos);
    pos += U16_LENGTH(text.char32At(pos));
    AppendUtf8(cp, &core);
    while (pos < text.length() && SmallKana(at(pos))) {
      AppendUtf8(at(pos), &core);
      pos += U16_LENGTH(text.char32At(pos));
    }
    while (Kana(cp) && pos < text.length() && at(pos) == kLongVowel) {
      AppendUtf8(kLongVowel, &lengths);
      pos += U16_LENGTH(text.char32At(pos));
    }
    // The whole unit as the table learned it (ッ, kana, ー: "ック" is "ck", "ワー" "war"),
    // else its parts.
    if (read(doubling + core + lengths, cp, false)) continue;
    if (!doubling.empty()) read(doubling, kDoubling, true);
    if (read(core + lengths, cp, false)) continue;
    read(core, cp, true);
    if (!lengths.empty()) read(lengths, kLongVowel, true);
  }
  if (!known) return Spellings{};
  if (!any_swap) out.swapped.clear();
  return out;
}

}  // namespace

std::string Respell(std::string_view utf8, bool swap_l_r) {
  Spellings spellings = Spell(utf8);
  return swap_l_r ? std::move(spellings.swapped) : std::move(spellings.plain);
}

std::string ConstructStateReading(std::string_view utf8) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  constexpr UChar32 kTaMarbuta = 0x0629;
  constexpr UChar32 kTeh = 0x062A;
  auto letter = [](UChar32 cp) { return u_isalpha(cp) != 0; };
  bool changed = false;
  for (int32_t pos = 0; pos < text.length(); pos += U16_LENGTH(text.char32At(pos))) {
    if (text.char32At(pos) != kTaMarbuta) continue;
    // Ends its word (no letter right after, marks aside), and a letter follows later.
    int32_t next = pos + 1;
    while (next < text.length() && u_charType(text.char32At(next)) == U_NON_SPACING_MARK) {
      next += U16_LENGTH(text.char32At(next));
    }
    if (next < text.length() && letter(text.char32At(next))) continue;
    bool word_after = false;
    for (int32_t later = next; later < text.length() && !word_after;
         later += U16_LENGTH(text.char32At(later))) {
      word_after = letter(text.char32At(later));
    }
    if (!word_after) continue;
    text.replace(pos, 1, static_cast<UChar32>(kTeh));
    changed = true;
  }
  if (!changed) return {};
  std::string out;
  text.toUTF8String(out);
  return out;
}

std::string SpirantReading(std::string_view utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  constexpr UChar32 kBet = 0x05D1;
  constexpr UChar32 kVav = 0x05D5;
  constexpr UChar32 kFinalPe = 0x05E3;
  constexpr UChar32 kPe = 0x05E4;
  constexpr UChar32 kFa = 0x0641;
  constexpr UChar32 kVeh = 0x06A4;
  icu::UnicodeString out;
  bool changed = false;
  bool word_start = true;
  for (int32_t pos = 0; pos < text.length();) {
    const UChar32 cp = text.char32At(pos);
    pos += U16_LENGTH(cp);
    // Points (dagesh, rafe, vowels) and geresh belong to the letter before.
    if (u_charType(cp) == U_NON_SPACING_MARK) {
      out.append(cp);
      continue;
    }
    const bool starts = word_start;
    word_start = u_isalpha(cp) == 0;
    UChar32 reading = cp;
    if (cp == kPe || cp == kFinalPe) {
      reading = kFa;
    } else if (cp == kBet && !starts) {
      reading = kVeh;
    } else if (cp == kVav && (starts || (pos < text.length() && text.char32At(pos) == kVav))) {
      reading = kVeh;
      if (pos < text.length() && text.char32At(pos) == kVav) pos += U16_LENGTH(kVav);  // וו: one v
    }
    changed = changed || reading != cp;
    out.append(reading);
  }
  if (!changed) return {};
  std::string utf8_out;
  out.toUTF8String(utf8_out);
  return utf8_out;
}

std::string SinoKoreanReading(std::string_view utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  icu::UnicodeString out;
  bool changed = false;
  for (int32_t pos = 0; pos < text.length();) {
    const UChar32 cp = text.char32At(pos);
    pos += U16_LENGTH(cp);
    const Hanja* end = std::end(kHanja);
    const Hanja* found =
        std::lower_bound(std::begin(kHanja), end, static_cast<char32_t>(cp),
                         [](const Hanja& hanja, char32_t han) { return hanja.han < han; });
    if (found != end && found->han == static_cast<char32_t>(cp)) {
      out.append(static_cast<UChar32>(found->hangul));
      changed = true;
    } else {
      out.append(cp);
    }
  }
  if (!changed) return {};
  std::string utf8_out;
  out.toUTF8String(utf8_out);
  return utf8_out;
}

namespace {

// `utf8` with each occurrence of a `from` of `replacements` written as its `to`, the first that
// matches at each place; "" when there is none.
std::string ReplaceEach(
    std::string_view utf8,
    std::span<const std::pair<std::string_view, std::string_view>> replacements) {
  std::string out;
  bool any = false;
  for (std::size_t pos = 0; pos < utf8.size();) {
    const auto found =
        std::find_if(replacements.begin(), replacements.end(), [&](const auto& replacement) {
          return utf8.substr(pos, replacement.first.size()) == replacement.first;
        });
    if (found != replacements.end()) {
      if (!any) {
        out.reserve(utf8.size());
        out.append(utf8.substr(0, pos));
        any = true;
      }
      out.append(found->second);
      pos += found->first.size();
      continue;
    }
    if (any) out.push_back(utf8[pos]);
    ++pos;
  }
  return out;
}

}  // namespace

std::string ForeignChReading(std::string_view utf8) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 1> kTehSheen{{
      {"\u062A\u0634", "\u0686"},  // تش as چ
  }};
  return ReplaceEach(utf8, kTehSheen);
}

std::string PersianReading(std::string_view utf8) {
  // Each letter and the one of its Persian sound.
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kSounds{{
      {"\u062B", "\u0633"},  // ث as س
      {"\u0630", "\u0632"},  // ذ as ز
      {"\u0636", "\u0632"},  // ض as ز
      {"\u0638", "\u0632"},  // ظ as ز
  }};
  return ReplaceEach(utf8, kSounds);
}

namespace {

// `utf8` without its parts in parentheses, each written as a space, and that text's tokens;
// false when it has none, they are unbalanced, or fewer than two words are left (names, or an
// organisation's generic words): "ARIEP (All Russian Institute for Experimental Physics)" or
// "El Harrachi (الحراشي)" read as one word would be names of one word, which short names of
// every script meet.
bool Unbracketed(std::string_view utf8, std::string* out, std::vector<std::string>* tokens) {
  if (utf8.find('(') == std::string_view::npos) return false;
  int depth = 0;
  for (char c : utf8) {
    if (c == '(') {
      ++depth;
      out->push_back(' ');
    } else if (c == ')') {
      if (--depth < 0) return false;
      out->push_back(' ');
    } else if (depth == 0) {
      out->push_back(c);
    }
  }
  if (depth != 0) return false;
  *tokens = NormalizeName(*out).tokens;
  const auto words = std::count_if(tokens->begin(), tokens->end(), [](const std::string& token) {
    const TokenClass token_class = ClassifyToken(token);
    return token_class == TokenClass::kWord || token_class == TokenClass::kGenericOrg;
  });
  return words >= 2;
}

}  // namespace

std::string WithoutParentheses(std::string_view utf8) {
  std::string out;
  std::vector<std::string> tokens;
  return Unbracketed(utf8, &out, &tokens) ? out : std::string();
}

namespace {

// Whether `acronym` (normalised letters and digits) spells `words` as acronyms do: its first
// letter begins one of the first two words ("THE ORGANIZATION..."), and each next letter
// either follows in the same word or begins a later one (words may be passed over: "in the"),
// two words at least giving their initials: HQN of HAQQANI NETWORK, AQAP of AL-QAIDA IN THE
// ARABIAN PENINSULA, MUJAO of MOUVEMENT POUR L'UNIFICATION ET LE JIHAD EN AFRIQUE DE L'OUEST.
bool Spells(std::string_view acronym, const std::vector<std::string>& words, std::size_t letter,
            std::size_t word, std::size_t pos, int initials) {
  if (letter == acronym.size()) return initials >= 2;
  const char c = acronym[letter];
  // The same word, further on.
  if (word < words.size()) {
    for (std::size_t p = pos + 1; p < words[word].size(); ++p) {
      if (words[word][p] == c && Spells(acronym, words, letter + 1, word, p, initials)) {
        return true;
      }
    }
  }
  // The initial of a later word (of the first two, for the first letter); a French article
  // elided and joined to its word is passed over (l'ouest, d'acier: "louest").
  const std::size_t first = letter == 0 ? 0 : word + 1;
  const std::size_t last = letter == 0 ? std::min<std::size_t>(2, words.size()) : words.size();
  for (std::size_t w = first; w < last; ++w) {
    const std::string_view text = words[w];
    std::size_t initial = 0;
    if (text.size() > 3 && (text[0] == 'l' || text[0] == 'd') &&
        std::string_view("aeiou").find(text[1]) != std::string_view::npos && text[1] == c) {
      initial = 1;
    }
    if (!text.empty() && text[initial] == c &&
        Spells(acronym, words, letter + 1, w, initial, initials + 1)) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<std::string> ParenthesisedAcronyms(std::string_view utf8) {
  std::vector<std::string> out;
  std::string bare;
  std::vector<std::string> words;
  if (!Unbracketed(utf8, &bare, &words) || words.size() > 24) return out;
  for (std::size_t open = utf8.find('('); open != std::string_view::npos;
       open = utf8.find('(', open + 1)) {
    const std::size_t close = utf8.find_first_of("()", open + 1);
    if (close == std::string_view::npos || utf8[close] != ')') continue;  // nested: skipped
    const std::string_view part = utf8.substr(open + 1, close - open - 1);
    // Capitals (and digits, hyphens, dots) only: "(Sergi)" or "(martyrs)" is no acronym.
    const bool capitals = std::all_of(part.begin(), part.end(), [](char c) {
      return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    });
    std::string acronym;
    for (char c : part) {
      if (c >= 'A' && c <= 'Z') acronym.push_back(static_cast<char>(c - 'A' + 'a'));
      if (c >= '0' && c <= '9') acronym.push_back(c);
    }
    if (!capitals || acronym.size() < 2 || acronym.size() > 10 ||
        !Spells(acronym, words, 0, words.size(), 0, 0) ||
        std::find(out.begin(), out.end(), part) != out.end()) {
      continue;
    }
    out.emplace_back(part);
  }
  return out;
}

std::vector<std::string> OtherReadings(std::string_view utf8) {
  std::vector<std::string> out;
  if (std::string bare = WithoutParentheses(utf8); !bare.empty()) out.push_back(std::move(bare));
  if (std::all_of(utf8.begin(), utf8.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    return out;  // Latin letters alone: most names, at no cost
  }
  const Script script = DetectScript(utf8);
  if (script == Script::kHan || script == Script::kHangul || script == Script::kKana) {
    Spellings spellings = Spell(utf8);
    for (std::string* latin : {&spellings.plain, &spellings.swapped}) {
      if (!latin->empty()) out.push_back(std::move(*latin));
    }
  } else if (script == Script::kArabic) {
    // An organisation's name as lists translate it comes first: a reading past the fourth is
    // not compared.
    if (std::string translated = TranslatedReading(utf8); !translated.empty()) {
      out.push_back(std::move(translated));
    }
    if (std::string construct = ConstructStateReading(utf8); !construct.empty()) {
      out.push_back(std::move(construct));
    }
    if (std::string ch = ForeignChReading(utf8); !ch.empty()) out.push_back(std::move(ch));
    if (std::string persian = PersianReading(utf8); !persian.empty()) {
      out.push_back(std::move(persian));
    }
  } else if (script == Script::kHebrew) {
    if (std::string spirant = SpirantReading(utf8); !spirant.empty()) {
      out.push_back(std::move(spirant));
    }
  }
  return out;
}

}  // namespace cordon::text
