// Spelling helpers for synthetic names: letter case and diacritics of UTF-8 names, Cyrillic from
// romanised Russian, and the other spellings lists use for one name.
#include "synth/spelling.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "synth/name_pools.h"

namespace cordon::synth {

namespace {

char32_t NextCodePoint(std::string_view text, std::size_t* pos) {
  auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  unsigned char lead = byte(*pos);
  int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  if (*pos + length > text.size() || (lead >= 0x80 && lead < 0xC0)) {
    ++*pos;
    return 0xFFFD;
  }
  char32_t cp = length == 1   ? lead
                : length == 2 ? lead & 0x1F
                : length == 3 ? lead & 0x0F
                              : lead & 0x07;
  for (int i = 1; i < length; ++i) cp = (cp << 6) | (byte(*pos + i) & 0x3F);
  *pos += length;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Upper case of Latin (ASCII, Latin-1, Latin Extended-A) and Cyrillic letters; others unchanged.
char32_t UpperCodePoint(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return cp - 0x20;
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 0x20;
  if (cp == 0x131) return 'I';  // dotless i
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp & ~char32_t{1};
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 ? cp : cp - 1;
  if (cp >= 0x430 && cp <= 0x44F) return cp - 0x20;
  if (cp >= 0x450 && cp <= 0x45F) return cp - 0x50;
  return cp;
}

}  // namespace

std::string Upper(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();)
    AppendUtf8(UpperCodePoint(NextCodePoint(text, &pos)), &out);
  return out;
}

// The first letter in upper case, the rest as is.
std::string Capitalize(std::string_view text) {
  if (text.empty()) return "";
  std::size_t pos = 0;
  std::string out;
  AppendUtf8(UpperCodePoint(NextCodePoint(text, &pos)), &out);
  out.append(text.substr(pos));
  return out;
}

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Latin letters with diacritics written without them ("Traoré" -> "Traore", "Şahin" -> "Sahin").
std::string AsciiFold(std::string_view text) {
  static const std::unordered_map<char32_t, std::string_view> kFold = {
      {U'à', "a"},  {U'á', "a"}, {U'â', "a"}, {U'ã', "a"}, {U'ä', "a"}, {U'å', "a"}, {U'æ', "ae"},
      {U'ç', "c"},  {U'è', "e"}, {U'é', "e"}, {U'ê', "e"}, {U'ë', "e"}, {U'ì', "i"}, {U'í', "i"},
      {U'î', "i"},  {U'ï', "i"}, {U'ñ', "n"}, {U'ò', "o"}, {U'ó', "o"}, {U'ô', "o"}, {U'õ', "o"},
      {U'ö', "o"},  {U'ø', "o"}, {U'ù', "u"}, {U'ú', "u"}, {U'û', "u"}, {U'ü', "u"}, {U'ý', "y"},
      {U'ß', "ss"}, {U'ğ', "g"}, {U'ş', "s"}, {U'ı', "i"}, {U'ł', "l"}, {U'č', "c"}, {U'š', "s"},
      {U'ž', "z"},  {U'ć', "c"}, {U'ő', "o"}, {U'ű', "u"}, {U'Á', "A"}, {U'É', "E"}, {U'Í', "I"},
      {U'Ó', "O"},  {U'Ú', "U"}, {U'Ñ', "N"}, {U'Ö', "O"}, {U'Ü', "U"}, {U'Ç', "C"}, {U'Ş', "S"},
      {U'Ğ', "G"},  {U'İ', "I"}, {U'Ï', "I"}, {U'È', "E"}, {U'À', "A"}, {U'Ä', "A"}, {U'Â', "A"},
      {U'Ê', "E"},  {U'Î', "I"}, {U'Ô', "O"}, {U'Û', "U"}, {U'Ë', "E"}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = NextCodePoint(text, &pos);
    auto it = kFold.find(cp);
    if (it != kFold.end()) {
      out.append(it->second);
    } else {
      AppendUtf8(cp, &out);
    }
  }
  return out;
}

// A romanised Russian or Ukrainian name back in Cyrillic, by the usual rules read backwards
// ("Sergeyevich" -> "Сергеевич", "Dmitry" -> "Дмитрий"). Approximate, as romanisation loses
// information, but what a list would plausibly print.
std::string Cyrillic(std::string_view latin) {
  static const std::pair<std::string_view, std::string_view> kMulti[] = {
      {"shch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}};
  // "y" before a vowel: an iotated letter, with a soft sign after a consonant ("Anatolyevich"
  // -> "Анатольевич", "Sergeyevich" -> "Сергеевич").
  static const std::pair<char, std::string_view> kIotated[] = {
      {'u', "ю"}, {'a', "я"}, {'e', "е"}, {'o', "ё"}, {'i', "и"}};
  static const std::pair<char, std::string_view> kSingle[] = {
      {'a', "а"}, {'b', "б"}, {'v', "в"},  {'g', "г"}, {'d', "д"}, {'e', "е"}, {'z', "з"},
      {'i', "и"}, {'k', "к"}, {'l', "л"},  {'m', "м"}, {'n', "н"}, {'o', "о"}, {'p', "п"},
      {'r', "р"}, {'s', "с"}, {'t', "т"},  {'u', "у"}, {'f', "ф"}, {'h', "х"}, {'c', "к"},
      {'j', "й"}, {'w', "в"}, {'x', "кс"}, {'q', "к"}};
  auto vowel = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  };
  std::string lower = LowerAscii(latin);
  std::string out;
  bool word_start = true;
  for (std::size_t pos = 0; pos < lower.size();) {
    char c = lower[pos];
    if (c < 'a' || c > 'z') {
      if (c != '\'') out.push_back(c);
      word_start = true;
      ++pos;
      continue;
    }
    std::string_view letter;
    bool word_end = pos + 1 >= lower.size() || lower[pos + 1] < 'a' || lower[pos + 1] > 'z';
    char before = pos > 0 ? lower[pos - 1] : ' ';
    bool matched = false;
    if (c == 'y' && !word_end) {
      for (auto [next, to] : kIotated) {
        if (lower[pos + 1] != next) continue;
        bool consonant = !word_start && !vowel(before);
        if (consonant) out += "ь";  // never at a word start, so never capitalised
        letter = to;
        pos += 2;
        matched = true;
        break;
      }
    }
    if (!matched && c == 'i' && pos + 1 < lower.size() && lower[pos + 1] == 'y' &&
        (pos + 2 >= lower.size() || lower[pos + 2] < 'a' || lower[pos + 2] > 'z')) {
      letter = "ий";  // "Dmitriy"
      pos += 2;
      matched = true;
    }
    for (auto [from, to] : kMulti) {
      if (matched) break;
      if (lower.compare(pos, from.size(), from) == 0) {
        letter = to;
        pos += from.size();
        matched = true;
        break;
      }
    }
    if (!matched) {
      if (c == 'e' && word_start) {
        letter = "э";
      } else if (c == 'y') {
        letter = vowel(before) ? "й" : word_end ? "ий" : "ы";
      } else if (c == 'i' && word_end && vowel(before)) {
        letter = "й";
      } else {
        for (auto [from, to] : kSingle) {
          if (from == c) letter = to;
        }
      }
      ++pos;
    }
    if (word_start) {
      out += Capitalize(letter);
    } else {
      out.append(letter);
    }
    word_start = false;
  }
  return out;
}

namespace {

// Spellings by lower-case ASCII word: the index of the word's group in kVariantGroups.
class Variants {
 public:
  static const Variants& Get() {
    static const Variants variants;
    return variants;
  }
  // The other spellings of `word` (any case; compared folded to ASCII), in title case.
  std::vector<std::string_view> Of(std::string_view word) const {
    std::vector<std::string_view> out;
    auto it = group_of_.find(LowerAscii(AsciiFold(word)));
    if (it == group_of_.end()) return out;
    for (std::string_view spelling : groups_[it->second]) {
      if (LowerAscii(spelling) != it->first) out.push_back(spelling);
    }
    return out;
  }

 private:
  Variants() {
    for (std::string_view line : kVariantGroups) {
      std::vector<std::string_view> group;
      std::size_t start = 0;
      while (start <= line.size()) {
        std::size_t bar = line.find('|', start);
        if (bar == std::string_view::npos) bar = line.size();
        group.push_back(line.substr(start, bar - start));
        start = bar + 1;
      }
      for (std::string_view spelling : group)
        group_of_.emplace(LowerAscii(spelling), groups_.size());
      groups_.push_back(std::move(group));
    }
  }
  std::vector<std::vector<std::string_view>> groups_;
  std::unordered_map<std::string, std::size_t> group_of_;
};

// A suffix spelled two ways in romanised Slavic names ("Sergeyevich" / "Sergeevich").
constexpr std::pair<std::string_view, std::string_view> kSuffixVariants[] = {
    {"yevich", "evich"}, {"yevna", "evna"}, {"skiy", "sky"},
    {"skii", "sky"},     {"sky", "skiy"},   {"iyev", "iev"}};

// `word` in the letter case of `model`: all upper, capitalised, or lower.
std::string MatchCase(std::string_view word, std::string_view model) {
  bool has_lower = false;
  bool has_upper = false;
  for (char c : model) {
    has_lower |= c >= 'a' && c <= 'z';
    has_upper |= c >= 'A' && c <= 'Z';
  }
  if (has_upper && !has_lower && model.size() > 1) return Upper(word);
  std::string lower = LowerAscii(word);
  if (!model.empty() && model[0] >= 'A' && model[0] <= 'Z') return Capitalize(lower);
  return lower;
}

}  // namespace

// Other spellings of one word: the variant table, Slavic suffixes, and the word without its
// diacritics. Empty when none applies.
std::vector<std::string> SpellingsOf(std::string_view word) {
  std::vector<std::string> out;
  for (std::string_view spelling : Variants::Get().Of(word))
    out.push_back(MatchCase(spelling, word));
  if (out.empty() && IsAscii(word)) {
    std::string lower = LowerAscii(word);
    for (auto [from, to] : kSuffixVariants) {
      if (lower.size() > from.size() + 2 && lower.ends_with(from)) {
        std::string changed = lower.substr(0, lower.size() - from.size()) + std::string(to);
        if (from == "evich" || from == "evna") break;
        out.push_back(MatchCase(changed, word));
        break;
      }
    }
    // "evich" -> "yevich" only after a vowel ("Sergeevich"), not in "Lvovich".
    for (std::string_view from : {std::string_view("evich"), std::string_view("evna")}) {
      if (out.empty() && lower.size() > from.size() + 2 && lower.ends_with(from) &&
          std::string_view("aeiou").find(lower[lower.size() - from.size() - 1]) !=
              std::string_view::npos) {
        out.push_back(
            MatchCase(lower.substr(0, lower.size() - from.size()) + "y" + std::string(from), word));
      }
    }
  }
  if (!IsAscii(word)) out.push_back(AsciiFold(word));
  return out;
}

}  // namespace cordon::synth
