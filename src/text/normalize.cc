#include "text/normalize.h"

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <utility>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "text/tokens.h"

namespace cordon::text {
namespace {

// ICU transliterators are not safe to share between threads, and building one from its rules
// costs tens of milliseconds: each is built once per process (a prototype) and each thread
// uses its own clone, which shares the prototype's compiled rules.
std::unique_ptr<icu::Transliterator> Build(const char* id, const char* fallback_id) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Transliterator> t(
      icu::Transliterator::createInstance(id, UTRANS_FORWARD, status));
  if (U_FAILURE(status) && fallback_id != nullptr) {
    status = U_ZERO_ERROR;
    t.reset(icu::Transliterator::createInstance(fallback_id, UTRANS_FORWARD, status));
  }
  return U_FAILURE(status) ? nullptr : std::move(t);
}

const icu::Transliterator* ToLatinPrototype() {
  // A leading filter would apply to the whole compound: NFKC first keeps it per-step.
  // The BGN romanisation writes a middle dot where its letters could be read another way
  // (Мэр "m·er", Детсад "det·sad"), which would split the word: it is removed.
  static const std::unique_ptr<icu::Transliterator> prototype = Build(
      "NFKC; [:Cyrillic:] Russian-Latin/BGN; [\\u00B7] Remove; Any-Latin; Latin-ASCII; Any-Lower",
      "Any-Latin; Latin-ASCII; Any-Lower");
  return prototype.get();
}

// Korean in the romanisation the lists use for it. ICU's Hangul-Latin follows the Revised
// Romanisation ("gim jeong eun"); sanctions lists write Korean names, most of them North
// Korean, as North Korea and McCune-Reischauer do, without diacritics: "Kim Jong Un", "Ri
// Pyong Chol", "Choe Ryong Hae", "Pak Pong Ju". So: plosives as k, t, p, ch; eo and eu as o
// and u; initial r kept. Each syllable stands alone (SplitSyllables()). The one-vowel surnames
// are written as the lists write them: 이 Yi (Lee, Rhee, Ri), 오 Oh, 우 Woo.
std::unique_ptr<icu::Transliterator> CloneOf(const icu::Transliterator* prototype);

const icu::Transliterator* HangulPrototype() {
  static const std::unique_ptr<icu::Transliterator> prototype = [] {
    const char16_t* rules =
        u"\uC774 > yi ; \uC624 > oh ; \uC6B0 > woo ;"
        u":: NFD ;"
        // Leading consonants (U+1100..U+1112).
        u"\u1100 > k ; \u1101 > kk ; \u1102 > n ; \u1103 > t ; \u1104 > tt ; \u1105 > r ;"
        u"\u1106 > m ; \u1107 > p ; \u1108 > pp ; \u1109 > s ; \u110A > ss ; \u110B > ;"
        u"\u110C > j ; \u110D > jj ; \u110E > ch ; \u110F > k ; \u1110 > t ; \u1111 > p ;"
        u"\u1112 > h ;"
        // Vowels (U+1161..U+1175).
        u"\u1161 > a ; \u1162 > ae ; \u1163 > ya ; \u1164 > yae ; \u1165 > o ; \u1166 > e ;"
        u"\u1167 > yo ; \u1168 > ye ; \u1169 > o ; \u116A > wa ; \u116B > wae ; \u116C > oe ;"
        u"\u116D > yo ; \u116E > u ; \u116F > wo ; \u1170 > we ; \u1171 > wi ; \u1172 > yu ;"
        u"\u1173 > u ; \u1174 > ui ; \u1175 > i ;"
        // Final consonants (U+11A8..U+11C2).
        u"\u11A8 > k ; \u11A9 > k ; \u11AA > k ; \u11AB > n ; \u11AC > n ; \u11AD > n ;"
        u"\u11AE > t ; \u11AF > l ; \u11B0 > k ; \u11B1 > m ; \u11B2 > l ; \u11B3 > l ;"
        u"\u11B4 > l ; \u11B5 > p ; \u11B6 > l ; \u11B7 > m ; \u11B8 > p ; \u11B9 > p ;"
        u"\u11BA > t ; \u11BB > t ; \u11BC > ng ; \u11BD > t ; \u11BE > t ; \u11BF > k ;"
        u"\u11C0 > t ; \u11C1 > p ; \u11C2 > t ;";
    UParseError parse_error;
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        "Hangul-Latin/Cordon", icu::UnicodeString(rules), UTRANS_FORWARD, parse_error, status));
    return U_FAILURE(status) ? nullptr : std::move(t);
  }();
  return prototype.get();
}

icu::Transliterator* HangulToLatin() {
  thread_local std::unique_ptr<icu::Transliterator> instance = CloneOf(HangulPrototype());
  return instance.get();
}

// For text whose letters are all Latin: the same result as ToLatin() (its script steps have
// nothing to do there) at a fraction of the cost.
const icu::Transliterator* LatinToAsciiPrototype() {
  static const std::unique_ptr<icu::Transliterator> prototype =
      Build("NFKC; Latin-ASCII; Any-Lower", nullptr);
  return prototype.get();
}

std::unique_ptr<icu::Transliterator> CloneOf(const icu::Transliterator* prototype) {
  return std::unique_ptr<icu::Transliterator>(prototype ? prototype->clone() : nullptr);
}

icu::Transliterator* ToLatin() {
  thread_local std::unique_ptr<icu::Transliterator> instance = CloneOf(ToLatinPrototype());
  return instance.get();
}

icu::Transliterator* LatinToAscii() {
  thread_local std::unique_ptr<icu::Transliterator> instance = CloneOf(LatinToAsciiPrototype());
  return instance.get();
}

const icu::Normalizer2* NfkcCasefold() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_FAILURE(status) ? nullptr : n;
  }();
  return instance;
}

bool IsAsciiAlnum(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }

// ICU's Katakana-Latin writes a small vowel after a kana with a tilde, the sound they make
// together left to the reader: ウィ "u~i" (wi), ヴェ "vu~e" (ve), ジェ "ji~e" (je), トゥ
// "to~u" (tu). The tilde split the word ("u iteka" for ウィテカー, Whitacre). The pair is read
// as the lists spell it: the kana's vowel gives way to the small one after a consonant, and a
// lone u or i becomes w or y.
bool IsSmallKanaVowel(UChar32 cp) {
  return cp == 'a' || cp == 'e' || cp == 'i' || cp == 'o' || cp == 'u' || cp == 0x0101 ||
         cp == 0x0113 || cp == 0x012B || cp == 0x014D || cp == 0x016B;  // and with macrons
}
void JoinSmallKana(icu::UnicodeString* text) {
  const int32_t length = text->length();
  if (length == 0) return;
  const char16_t vowel = text->charAt(length - 1);
  if (vowel != 'a' && vowel != 'e' && vowel != 'i' && vowel != 'o' && vowel != 'u') return;
  const char16_t before = length >= 2 ? text->charAt(length - 2) : u' ';
  const bool consonant = before >= 'a' && before <= 'z' && before != 'a' && before != 'e' &&
                         before != 'i' && before != 'o' && before != 'u';
  if (consonant) {
    text->truncate(length - 1);
  } else if (vowel == 'u' || vowel == 'i') {
    text->setCharAt(length - 1, vowel == 'u' ? u'w' : u'y');
  }
}

// Japanese names are romanised without their long vowels (Hepburn drops the macron that marks
// them): タロウ "tarou" is Taro, ショウコウ "shoukou" Shoko, ユウキ "yuuki" Yuki, オオノ "oono"
// Ono. A kana text's ou, uu and oo are read o, u and o, but before another vowel, where they
// are two (イノウエ "inoue", Inoue).
void ShortenLongVowels(std::string* text) {
  auto vowel = [](char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; };
  std::string& s = *text;
  std::size_t out = 0;
  for (std::size_t in = 0; in < s.size(); ++in) {
    const char c = s[in];
    const char before = out > 0 ? s[out - 1] : '\0';
    const char after = in + 1 < s.size() ? s[in + 1] : '\0';
    const bool long_vowel =
        (c == 'u' && (before == 'o' || before == 'u')) || (c == 'o' && before == 'o');
    if (long_vowel && !vowel(after)) continue;
    s[out++] = c;
  }
  s.resize(out);
}

bool IsDroppedMark(UChar32 cp) {
  // Apostrophes and the ayn/hamza marks of romanised Arabic and Hebrew join, not split.
  switch (cp) {
    case '\'':
    case '`':
    case 0x00B4:
    case 0x02B9:
    case 0x02BB:
    case 0x02BC:
    case 0x02BD:
    case 0x02BE:
    case 0x02BF:
    case 0x02C8:
    case 0x2018:
    case 0x2019:
    case 0x201B:
    case 0x05F3:
    case 0x0374:
    case 0xFF07:
      return true;
    default:
      return false;
  }
}

// Inserts a space after every Hangul or Han syllable so that each becomes a token (Korean and
// Chinese names are written without spaces; lists write "Kim Jong Un", "Mao Zedong").
icu::UnicodeString SplitSyllables(const icu::UnicodeString& in, bool* changed, bool* hangul) {
  icu::UnicodeString out;
  for (int32_t pos = 0; pos < in.length();) {
    UChar32 cp = in.char32At(pos);
    pos += U16_LENGTH(cp);
    out.append(cp);
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript(cp, &status);
    if (code == USCRIPT_HANGUL || code == USCRIPT_HAN) {
      out.append(static_cast<UChar>(' '));
      *changed = true;
      *hangul = *hangul || code == USCRIPT_HANGUL;
    }
  }
  return out;
}

std::string Finish(std::string_view latin, NormalizedName* out) {
  std::string text;
  text.reserve(latin.size());
  std::string token;
  auto flush = [&]() {
    if (token.empty()) return;
    if (!text.empty()) text += ' ';
    text += token;
    out->tokens.push_back(std::move(token));
    token.clear();
  };
  for (char c : latin) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (IsAsciiAlnum(c)) {
      token += c;
    } else if (c == '\'' || c == '`') {
      continue;
    } else {
      flush();
    }
  }
  flush();
  const std::size_t count = out->tokens.size();
  JoinSplitLegalForms(&out->tokens);
  JoinLegalFormPhrases(&out->tokens);
  if (out->tokens.size() != count) {
    text.clear();
    for (const std::string& part : out->tokens) {
      if (!text.empty()) text += ' ';
      text += part;
    }
  }
  return text;
}

// The steps of NormalizeName after the input is decoded, up to the ASCII text that Finish()
// cuts into tokens: marks dropped, NFKC with case folding, Hangul and Han split into
// syllables, transliteration (`latin_only`: the input's letters are all Latin).
// The ASCII letter for a letter Latin-ASCII leaves as it is, which would otherwise split the
// word (Məmmədyarov came out "m mm dyarov"): Azerbaijani ə, which names in Latin letters write
// a (Əliyev, Aliyev; `latin`), and the vowels of ICU's romanisations of Ethiopic and other
// scripts (አብይ comes out "ʾäbəy"); a space for any other character.
UChar32 LetterLatinAsciiKeeps(UChar32 cp, bool latin) {
  switch (cp) {
    case 0x0259:  // ə
    case 0x018F:  // Ə (before case folding)
    case 0x01DD:  // ǝ
      return latin ? u'a' : u'e';
    case 0x025B:  // ɛ
      return u'e';
    case 0x0268:  // ɨ
      return u'i';
    case 0x0254:  // ɔ
      return u'o';
    case 0x0289:  // ʉ
      return u'u';
    default:
      return u' ';
  }
}

std::string ToAsciiText(const icu::UnicodeString& text, bool latin_only) {
  // Drop marks before normalisation so that NFKC cannot turn them into spaces.
  icu::UnicodeString cleaned;
  for (int32_t pos = 0; pos < text.length();) {
    UChar32 cp = text.char32At(pos);
    pos += U16_LENGTH(cp);
    if (IsDroppedMark(cp) || cp == 0xFFFD) continue;
    cleaned.append(cp);
  }
  if (const icu::Normalizer2* nfkc = NfkcCasefold()) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfkc->normalize(cleaned, status);
    if (U_SUCCESS(status)) cleaned = normalized;
  }
  bool kana = false;
  for (int32_t pos = 0; pos < cleaned.length() && !kana; ++pos) {
    const char16_t c = cleaned.charAt(pos);
    kana = c >= 0x3040 && c <= 0x30FF;
  }
  bool split = false;
  bool hangul = false;
  icu::UnicodeString syllables = SplitSyllables(cleaned, &split, &hangul);
  if (split) cleaned = syllables;
  if (icu::Transliterator* korean = hangul ? HangulToLatin() : nullptr) {
    korean->transliterate(cleaned);
  }
  icu::Transliterator* to_latin = latin_only ? LatinToAscii() : nullptr;
  if (!to_latin) to_latin = ToLatin();
  if (to_latin) to_latin->transliterate(cleaned);
  // Marks the transliterator itself produces (ʿ for ayn, ' for alef) are dropped too.
  icu::UnicodeString final_text;
  for (int32_t pos = 0; pos < cleaned.length();) {
    UChar32 cp = cleaned.char32At(pos);
    pos += U16_LENGTH(cp);
    if (IsDroppedMark(cp)) continue;
    if (kana && cp == '~' && pos < cleaned.length() && IsSmallKanaVowel(cleaned.char32At(pos))) {
      JoinSmallKana(&final_text);
      continue;
    }
    final_text.append(cp < 0x80 ? cp : LetterLatinAsciiKeeps(cp, latin_only));
  }
  std::string latin;
  final_text.toUTF8String(latin);
  if (kana) ShortenLongVowels(&latin);
  return latin;
}

// Latin text with diacritics, typographic punctuation or full-width forms is common in
// customer files and lists alike, and ICU takes some 150,000 instructions per name to
// transliterate it. For such text every step above works one character at a time: NFKC
// composes a character only with combining marks that follow it (none are in the table's
// ranges), case folding and Latin-ASCII map each letter alone (their few context rules
// choose between cases, which folding has already removed). So each character of these
// ranges is sent through ToAsciiText() once, and a name made only of ASCII and such
// characters is the concatenation of their results. Tests compare the two on random text.
class LatinTable {
 public:
  struct Entry {
    bool covered = false;  // mapped here (else the name takes the ICU path)
    bool letter = false;   // a Latin letter: the name is Latin script
    std::uint8_t length = 0;
    std::array<char, 5> text{};
  };

  static const LatinTable& Get() {
    static const LatinTable table;
    return table;
  }

  const Entry* Find(UChar32 cp) const {
    std::size_t offset = 0;
    for (const auto& [first, end] : kRanges) {
      if (cp >= first && cp < end) return &entries_[offset + static_cast<std::size_t>(cp - first)];
      offset += static_cast<std::size_t>(end - first);
    }
    return nullptr;
  }

 private:
  // Latin-1 Supplement and Latin Extended-A and -B; Latin Extended Additional; General
  // Punctuation; full-width ASCII.
  static constexpr std::array<std::pair<UChar32, UChar32>, 4> kRanges{
      {{0x80, 0x250}, {0x1E00, 0x1F00}, {0x2000, 0x2070}, {0xFF01, 0xFF5F}}};

  LatinTable() {
    std::size_t size = 0;
    for (const auto& [first, end] : kRanges) size += static_cast<std::size_t>(end - first);
    entries_.resize(size);
    std::size_t offset = 0;
    for (const auto& [first, end] : kRanges) {
      for (UChar32 cp = first; cp < end; ++cp) {
        Entry& entry = entries_[offset++];
        const std::int8_t category = u_charType(cp);
        // Unassigned, controls, surrogates, private use and marks take the ICU path.
        if (category == U_UNASSIGNED || category == U_CONTROL_CHAR ||
            category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
            category == U_COMBINING_SPACING_MARK || category == U_SURROGATE ||
            category == U_PRIVATE_USE_CHAR) {
          continue;
        }
        UErrorCode status = U_ZERO_ERROR;
        const UScriptCode script = uscript_getScript(cp, &status);
        if (U_FAILURE(status)) continue;
        if (script != USCRIPT_LATIN && script != USCRIPT_COMMON && script != USCRIPT_INHERITED) {
          continue;
        }
        const std::string ascii = ToAsciiText(icu::UnicodeString(cp), /*latin_only=*/true);
        if (ascii.size() > entry.text.size()) continue;
        entry.covered = true;
        entry.letter = script == USCRIPT_LATIN && u_isalpha(cp);
        entry.length = static_cast<std::uint8_t>(ascii.size());
        std::copy(ascii.begin(), ascii.end(), entry.text.begin());
      }
    }
  }

  std::vector<Entry> entries_;
};

// NormalizeName through the table when every character of `utf8` is ASCII or in it and one
// is a Latin letter; nothing (the ICU path is taken) otherwise.
bool NormalizeLatin(std::string_view utf8, NormalizedName* out) {
  const LatinTable& table = LatinTable::Get();
  std::string latin;
  latin.reserve(utf8.size());
  bool letter = false;
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  const auto length = static_cast<std::int32_t>(utf8.size());
  for (std::int32_t pos = 0; pos < length;) {
    if (bytes[pos] < 0x80) {
      const char c = static_cast<char>(bytes[pos++]);
      letter = letter || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
      latin.push_back(c);
      continue;
    }
    UChar32 cp;
    U8_NEXT(bytes, pos, length, cp);
    const LatinTable::Entry* entry = cp < 0 ? nullptr : table.Find(cp);
    if (entry == nullptr || !entry->covered) return false;
    letter = letter || entry->letter;
    latin.append(entry->text.data(), entry->length);
  }
  if (!letter) return false;
  out->script = Script::kLatin;
  out->text = Finish(latin, out);
  return true;
}

// Letters of Arabic (with Persian, Urdu and Kurdish) and Hebrew script that carry or write a
// vowel at a word's start (alef and its hamza forms, ayn, hamza, waw, ya, he) and at its end
// (those, ta marbuta, alef maqsura).
bool CarriesVowel(UChar32 cp) {
  switch (cp) {
    case 0x0621:
    case 0x0622:
    case 0x0623:
    case 0x0624:
    case 0x0625:
    case 0x0626:  // ء آ أ ؤ إ ئ
    case 0x0627:
    case 0x0639:
    case 0x0647:
    case 0x0648:
    case 0x064A:
    case 0x0671:  // ا ع ه و ي ٱ
    case 0x06C1:
    case 0x06CC:
    case 0x06D2:
    case 0x06D5:
    case 0x06BE:  // ہ ی ے ە ھ
    case 0x05D0:
    case 0x05D4:
    case 0x05D5:
    case 0x05D9:
    case 0x05E2:  // א ה ו י ע
      return true;
    default:
      return false;
  }
}
bool WritesFinalVowel(UChar32 cp) {
  return CarriesVowel(cp) || cp == 0x0629 || cp == 0x0649 || cp == 0x06C0;  // ة ى ۀ
}

// True when every letter of `text` is of Arabic or Hebrew script, or a Latin letter: the Hebrew
// spirant reading (text::SpirantReading()) writes a few Arabic letters into a Hebrew name, and
// the translated reading of an Arabic one (text::TranslatedReading()) English words.
bool WrittenWithoutVowels(const icu::UnicodeString& text) {
  for (int32_t pos = 0; pos < text.length();) {
    const UChar32 cp = text.char32At(pos);
    pos += U16_LENGTH(cp);
    if (u_isalpha(cp) == 0 || cp < 0x80) continue;
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode code = uscript_getScript(cp, &status);
    if (code != USCRIPT_ARABIC && code != USCRIPT_HEBREW && code != USCRIPT_COMMON &&
        code != USCRIPT_INHERITED) {
      return false;
    }
  }
  return true;
}

// The letter ICU's Arabic-Latin reads for a letter of Urdu, Pashto, Sindhi, Kurdish or another
// language written in Arabic script, which it drops (ٹ, ڈ, ڑ, ے and ہ of Urdu; ټ, ډ, ړ, ږ, ښ,
// ځ, څ, ڼ, ګ, ې and ۍ of Pashto): the Arabic or Persian letter of the same sound, mostly the
// one it is drawn from. 0 for the letters ICU reads itself. Pashto dze and tse (ځدران is
// Zadran) are read z and s, its ښ and ږ sh and zh.
// And zah (ظ), which ICU reads z, is read as dhal (ذ), dh: Latin spellings write it dh, d or th
// as often as z (Kadhim, كاظم; Hafed, حافظ; Dhafer, ظافر), and Persian and Urdu names, which say
// it z, are read so too (text::PersianReading(): ظاهر, Zahir).
UChar32 ReadableArabicLetter(UChar32 cp) {
  if (cp < 0x0620 || cp > 0x06FF) return 0;
  switch (cp) {
    case 0x0638:      // ظ
      return 0x0630;  // ذ
    case 0x0620:      // ؠ
    case 0x0678:      // ٸ
      return 0x064A;  // ي
    case 0x063B:      // ػ
    case 0x063C:      // ؼ
    case 0x06AA:      // ڪ
    case 0x06AC:      // ڬ
    case 0x06AE:      // ڮ
      return 0x06A9;  // ک
    case 0x063D:      // ؽ
    case 0x063E:      // ؾ
    case 0x063F:      // ؿ
    case 0x06CD:      // ۍ
    case 0x06CE:      // ێ
    case 0x06D0:      // ې
    case 0x06D1:      // ۑ
    case 0x06D2:      // ے
    case 0x06D3:      // ۓ
      return 0x06CC;  // ی
    case 0x066E:      // ٮ
    case 0x067B:      // ٻ
    case 0x0680:      // ڀ
      return 0x0628;  // ب
    case 0x066F:      // ٯ
    case 0x06A7:      // ڧ
    case 0x06A8:      // ڨ
      return 0x0642;  // ق
    case 0x0671:      // ٱ
    case 0x0672:      // ٲ
    case 0x0673:      // ٳ
    case 0x0675:      // ٵ
      return 0x0627;  // ا
    case 0x0674:      // ٴ
      return 0x0621;  // ء
    case 0x0676:      // ٶ
    case 0x0677:      // ٷ
    case 0x06C4:      // ۄ
    case 0x06C5:      // ۅ
    case 0x06C6:      // ۆ
    case 0x06C7:      // ۇ
    case 0x06C8:      // ۈ
    case 0x06C9:      // ۉ
    case 0x06CA:      // ۊ
    case 0x06CF:      // ۏ
      return 0x0648;  // و
    case 0x0679:      // ٹ
    case 0x067A:      // ٺ
    case 0x067C:      // ټ
    case 0x067D:      // ٽ
    case 0x067F:      // ٿ
      return 0x062A;  // ت
    case 0x0681:      // ځ
      return 0x0632;  // ز
    case 0x0682:      // ڂ
      return 0x062D;  // ح
    case 0x0683:      // ڃ
    case 0x06B9:      // ڹ
    case 0x06BA:      // ں
    case 0x06BB:      // ڻ
    case 0x06BC:      // ڼ
    case 0x06BD:      // ڽ
      return 0x0646;  // ن
    case 0x0684:      // ڄ
      return 0x062C;  // ج
    case 0x0685:      // څ
    case 0x069B:      // ڛ
      return 0x0633;  // س
    case 0x0687:      // ڇ
    case 0x06BF:      // ڿ
      return 0x0686;  // چ
    case 0x0688:      // ڈ
    case 0x0689:      // ډ
    case 0x068A:      // ڊ
    case 0x068B:      // ڋ
    case 0x068C:      // ڌ
    case 0x068D:      // ڍ
    case 0x068E:      // ڎ
    case 0x068F:      // ڏ
    case 0x0690:      // ڐ
    case 0x06EE:      // ۮ
      return 0x062F;  // د
    case 0x0691:      // ڑ
    case 0x0692:      // ڒ
    case 0x0693:      // ړ
    case 0x0694:      // ڔ
    case 0x0695:      // ڕ
    case 0x0697:      // ڗ
    case 0x0699:      // ڙ
    case 0x06EF:      // ۯ
      return 0x0631;  // ر
    case 0x0696:      // ږ
      return 0x0698;  // ژ
    case 0x069A:      // ښ
    case 0x069C:      // ڜ
    case 0x06FA:      // ۺ
      return 0x0634;  // ش
    case 0x069D:      // ڝ
    case 0x069E:      // ڞ
      return 0x0635;  // ص
    case 0x069F:      // ڟ
      return 0x0637;  // ط
    case 0x06A0:      // ڠ
    case 0x06FC:      // ۼ
      return 0x063A;  // غ
    case 0x06A1:      // ڡ
    case 0x06A2:      // ڢ
    case 0x06A3:      // ڣ
      return 0x0641;  // ف
    case 0x06A5:      // ڥ
      return 0x06A4;  // ڤ
    case 0x06A6:      // ڦ
      return 0x067E;  // پ
    case 0x06AB:      // ګ
    case 0x06B0:      // ڰ
    case 0x06B1:      // ڱ
    case 0x06B2:      // ڲ
    case 0x06B3:      // ڳ
    case 0x06B4:      // ڴ
      return 0x06AF;  // گ
    case 0x06B5:      // ڵ
    case 0x06B6:      // ڶ
    case 0x06B7:      // ڷ
    case 0x06B8:      // ڸ
      return 0x0644;  // ل
    case 0x06BE:      // ھ
    case 0x06C1:      // ہ
    case 0x06C2:      // ۂ
    case 0x06D5:      // ە
    case 0x06FF:      // ۿ
      return 0x0647;  // ه
    case 0x06C3:      // ۃ
      return 0x0629;  // ة
    case 0x06FB:      // ۻ
      return 0x0636;  // ض
    default:
      return 0;
  }
}

// Whether a word beginning at `pos` of `text` is أبو ("father of") joined to a name of three
// letters or more (أبوبكر, Abu Bakr; أبوغيث, Abu Ghaith), which the lists write apart.
bool IsAbu(const icu::UnicodeString& text, int32_t pos) {
  if (pos + 6 > text.length()) return false;
  const char16_t alef = text.charAt(pos);
  if (alef != 0x0627 && alef != 0x0623 && alef != 0x0625 && alef != 0x0622) return false;
  if (text.charAt(pos + 1) != 0x0628 || text.charAt(pos + 2) != 0x0648) return false;  // ب و
  for (int32_t k = pos + 3; k < pos + 6; ++k) {
    if (u_isalpha(text.charAt(k)) == 0) return false;
  }
  return true;
}

// `text` (NFKC: presentation forms are the letters they draw) with each letter of
// ReadableArabicLetter() replaced, and each word that begins with عبدال ("servant of the ...":
// عبدالرحمن, Abd al-Rahman) written as the two words it is, عبد and ال..., as it is as often
// written: a Latin "Abdul Rahman" or "Abd al-Rahman" then meets its parts. So is a word that
// begins with أبو ("father of": أبوبكر, Abu Bakr; IsAbu()).
icu::UnicodeString ReadableArabic(const icu::UnicodeString& text) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString normalized = U_SUCCESS(status) ? nfkc->normalize(text, status) : text;
  if (U_FAILURE(status)) normalized = text;
  static const icu::UnicodeString kAbdAl(u"\u0639\u0628\u062F\u0627\u0644");  // عبدال
  icu::UnicodeString out;
  bool word_start = true;
  for (int32_t pos = 0; pos < normalized.length();) {
    UChar32 cp = normalized.char32At(pos);
    const int32_t size = U16_LENGTH(cp);
    if (word_start && cp == 0x0639 && normalized.compare(pos, kAbdAl.length(), kAbdAl) == 0 &&
        pos + kAbdAl.length() < normalized.length() &&
        u_isalpha(normalized.char32At(pos + kAbdAl.length())) != 0) {
      out.append(kAbdAl, 0, 3).append(static_cast<UChar>(u' '));
      pos += 3;
      word_start = false;
      continue;
    }
    if (word_start && IsAbu(normalized, pos)) {
      out.append(normalized, pos, 3).append(static_cast<UChar>(u' '));
      pos += 3;
      word_start = false;
      continue;
    }
    if (const UChar32 readable = ReadableArabicLetter(cp); readable != 0) cp = readable;
    out.append(cp);
    word_start = u_isalpha(cp) == 0 && u_charType(cp) != U_NON_SPACING_MARK;
    pos += size;
  }
  return out;
}

// Letters of Kazakh, Kyrgyz, Tajik, Uzbek, Tatar, Bashkir and other languages written in
// Cyrillic that the Russian BGN romanisation does not know and the steps after it drop or
// split a word at (Нұрсұлтан came out "n rs ltan", Қодиров "k odirov"): the Russian letters
// of their sounds, as the lists romanise such names (Nursultan, Kodirov, Dzhamshed for
// Ҷамшед, Khasanov for Ҳасанов). nullptr for the letters left as they are; "" for the
// palochka (Ӏ), a mark of Caucasian languages that no Latin spelling writes.
const char16_t* ReadableCyrillicLetter(UChar32 cp) {
  switch (cp) {
    case 0x04D8:
    case 0x04D9:  // Ә ә
    case 0x04D0:
    case 0x04D1:  // Ӑ ӑ
    case 0x04D2:
    case 0x04D3:         // Ӓ ӓ
      return u"\u0430";  // а
    case 0x0492:
    case 0x0493:  // Ғ ғ
    case 0x049C:
    case 0x049D:  // Ҝ ҝ
    case 0x0494:
    case 0x0495:         // Ҕ ҕ
      return u"\u0433";  // г
    case 0x049A:
    case 0x049B:  // Қ қ
    case 0x04A0:
    case 0x04A1:  // Ҡ ҡ
    case 0x04C3:
    case 0x04C4:         // Ӄ ӄ
      return u"\u043A";  // к
    case 0x04A2:
    case 0x04A3:  // Ң ң
    case 0x04A4:
    case 0x04A5:  // Ҥ ҥ
    case 0x04C7:
    case 0x04C8:         // Ӈ ӈ
      return u"\u043D";  // н
    case 0x04E8:
    case 0x04E9:  // Ө ө
    case 0x04EA:
    case 0x04EB:  // Ӫ ӫ
    case 0x04E6:
    case 0x04E7:         // Ӧ ӧ
      return u"\u043E";  // о
    case 0x04AE:
    case 0x04AF:  // Ү ү
    case 0x04B0:
    case 0x04B1:  // Ұ ұ
    case 0x04EE:
    case 0x04EF:  // Ӯ ӯ
    case 0x04F0:
    case 0x04F1:  // Ӱ ӱ
    case 0x04F2:
    case 0x04F3:  // Ӳ ӳ
    case 0x040E:
    case 0x045E:         // Ў ў
      return u"\u0443";  // у
    case 0x04BA:
    case 0x04BB:  // Һ һ
    case 0x04B2:
    case 0x04B3:         // Ҳ ҳ
      return u"\u0445";  // х
    case 0x04E2:
    case 0x04E3:  // Ӣ ӣ
    case 0x04E4:
    case 0x04E5:         // Ӥ ӥ
      return u"\u0438";  // и
    case 0x04B6:
    case 0x04B7:  // Ҷ ҷ
    case 0x04CB:
    case 0x04CC:  // Ӌ ӌ
    case 0x040F:
    case 0x045F:  // Џ џ
    case 0x04BC:
    case 0x04BD:               // Ҽ ҽ (Abkhaz): dzh as well, near enough
      return u"\u0434\u0436";  // дж
    case 0x0496:
    case 0x0497:  // Җ җ
    case 0x04C1:
    case 0x04C2:         // Ӂ ӂ
      return u"\u0436";  // ж
    case 0x0498:
    case 0x0499:         // Ҙ ҙ
      return u"\u0437";  // з
    case 0x04AA:
    case 0x04AB:         // Ҫ ҫ
      return u"\u0441";  // с
    case 0x04B8:
    case 0x04B9:         // Ҹ ҹ
      return u"\u0447";  // ч
    case 0x04D6:
    case 0x04D7:         // Ӗ ӗ
      return u"\u0435";  // е
    case 0x04C0:
    case 0x04CF:  // Ӏ ӏ
      return u"";
    default:
      return nullptr;
  }
}

// `text` with each letter of ReadableCyrillicLetter() replaced.
icu::UnicodeString ReadableCyrillic(const icu::UnicodeString& text) {
  icu::UnicodeString out;
  for (int32_t pos = 0; pos < text.length();) {
    const UChar32 cp = text.char32At(pos);
    pos += U16_LENGTH(cp);
    if (const char16_t* readable = ReadableCyrillicLetter(cp)) {
      // The case of the letter kept: the lists capitalise surnames.
      icu::UnicodeString letters(readable);
      if (u_isupper(cp) != 0) letters.toUpper();
      out.append(letters);
    } else {
      out.append(cp);
    }
  }
  return out;
}

// Hindi, Bengali, Punjabi and Gujarati do not say the vowel a consonant letter carries at a
// word's end (राम is Ram, মুহাম্মদ Muhammad, ਸਿੰਘ Singh), which ICU writes ("rama",
// "muhammada"), but after two consonants joined (नरेंद्र Narendra). The first consonant and the
// virama of each of these scripts' blocks.
struct IndicBlock {
  UChar32 first;      // of the block
  UChar32 virama;     // which silences the vowel
  UChar32 consonant;  // the first consonant letter (ka)
  UChar32 last;       // the last consonant letter (ha)
};
constexpr std::array<IndicBlock, 4> kIndicBlocks{{
    {0x0900, 0x094D, 0x0915, 0x0939},  // Devanagari
    {0x0980, 0x09CD, 0x0995, 0x09B9},  // Bengali
    {0x0A00, 0x0A4D, 0x0A15, 0x0A39},  // Gurmukhi
    {0x0A80, 0x0ACD, 0x0A95, 0x0AB9},  // Gujarati
}};
constexpr UChar32 kNukta = 0x3C;  // offset in each block: a dot that changes a consonant

// The block of `cp` when it is a consonant letter of one of kIndicBlocks (with the nukta forms
// Devanagari, Bengali and Gurmukhi encode apart), else nullptr.
const IndicBlock* IndicConsonant(UChar32 cp) {
  for (const IndicBlock& block : kIndicBlocks) {
    if (cp < block.first || cp >= block.first + 0x80) continue;
    const UChar32 offset = cp - block.first;
    if ((cp >= block.consonant && cp <= block.last) || (offset >= 0x58 && offset <= 0x5F)) {
      return &block;
    }
    return nullptr;
  }
  return nullptr;
}

// `text` with a virama after each consonant letter that ends a word of kIndicBlocks' scripts,
// and Gurmukhi's tippi (ੰ, a nasal ICU drops: ਸਿੰਘ came out "sigha") as the bindi (ਂ) it
// reads.
void ReadIndicWordEnds(icu::UnicodeString* text) {
  // Most names hold no letter of these blocks: left as they are at the cost of a scan.
  bool indic = false;
  for (int32_t pos = 0; pos < text->length() && !indic; ++pos) {
    indic = text->charAt(pos) >= 0x0900 && text->charAt(pos) < 0x0B00;
  }
  if (!indic) return;
  icu::UnicodeString out;
  bool changed = false;
  const IndicBlock* pending = nullptr;  // the block of a consonant that may end a word
  for (int32_t pos = 0; pos < text->length();) {
    UChar32 cp = text->char32At(pos);
    pos += U16_LENGTH(cp);
    if (cp == 0x0A70) {
      cp = 0x0A02;
      changed = true;
    }
    if (pending != nullptr && cp == pending->first + kNukta) {
      out.append(cp);  // the consonant's dot: the consonant may still end the word
      continue;
    }
    if (pending != nullptr && u_isalpha(cp) == 0 && u_charType(cp) != U_NON_SPACING_MARK &&
        u_charType(cp) != U_COMBINING_SPACING_MARK) {
      out.append(pending->virama);
      changed = true;
    }
    // (Not after a virama: a word that ends in two consonants joined says the vowel,
    // नरेंद्र Narendra, मिश्र Mishra.)
    const IndicBlock* consonant = IndicConsonant(cp);
    const bool joined = consonant != nullptr && !out.isEmpty() &&
                        out.char32At(out.length() - 1) == consonant->virama;
    pending = joined ? nullptr : consonant;
    out.append(cp);
  }
  if (pending != nullptr) {
    out.append(pending->virama);
    changed = true;
  }
  if (changed) *text = out;
}

// NormalizedName::consonant_start and consonant_end of a vowelless name, from its first and
// last letters (marks such as harakat, geresh or tatweel skipped).
void WrittenEdges(const icu::UnicodeString& text, NormalizedName* out) {
  auto letter = [](UChar32 cp) {
    return u_isalpha(cp) && u_charType(cp) != U_MODIFIER_LETTER;  // not tatweel (Lm)
  };
  UChar32 first = U_SENTINEL;
  UChar32 last = U_SENTINEL;
  for (int32_t pos = 0; pos < text.length();) {
    const UChar32 cp = text.char32At(pos);
    pos += U16_LENGTH(cp);
    if (!letter(cp)) continue;
    if (first == U_SENTINEL) first = cp;
    last = cp;
  }
  // A name that begins or ends with a Latin word (of a translated reading) says nothing of it.
  if (first == U_SENTINEL) return;
  if (first >= 0x80) {
    out->consonant_start = !CarriesVowel(first);
    out->glide_start = first == 0x0648 || first == 0x064A || first == 0x06CC ||  // و ي ی
                       first == 0x05D5 || first == 0x05D9;                       // ו י
  }
  if (last >= 0x80) out->consonant_end = !WritesFinalVowel(last);
}

}  // namespace

namespace {

NormalizedName NormalizeNameThroughIcu(std::string_view utf8, bool confusables_read);

// NormalizeName(), `confusables_read` saying whether ReadConfusables() has been applied (once is
// enough: it reads each word in one script, and a second reading changes nothing).
NormalizedName NormalizeName(std::string_view utf8, bool confusables_read) {
  NormalizedName out;
  bool ascii = true;
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    out.script = DetectScript(utf8);
    out.text = Finish(utf8, &out);
    return out;
  }
  if (NormalizeLatin(utf8, &out)) return out;
  return NormalizeNameThroughIcu(utf8, confusables_read);
}

}  // namespace

NormalizedName NormalizeName(std::string_view utf8) { return NormalizeName(utf8, false); }

// The words of organisation names written in Han characters (and Korean) that lists translate
// rather than romanise: 有限公司 is "Co., Ltd.", 进出口 "Import and Export", 集团 "Group".
// Romanised syllable by syllable (you xian gong si) they met nothing of the listed name and
// outweighed its own name: 武汉三江进出口有限公司 met WUHAN SANJIANG IMPORT AND EXPORT CO. LTD at
// 0.35. Simplified and traditional forms; the longest term first where one holds another.
struct HanTerm {
  std::u16string_view han;
  const char16_t* latin;
};
constexpr HanTerm kHanTerms[] = {
    {u"有限责任公司", u"co ltd"},
    {u"有限責任公司", u"co ltd"},
    {u"股份有限公司", u"co ltd"},
    {u"有限公司", u"co ltd"},
    {u"株式会社", u"co ltd"},
    {u"分公司", u"branch"},
    {u"公司", u"company"},
    {u"集团", u"group"},
    {u"集團", u"group"},
    {u"进出口", u"import export"},
    {u"進出口", u"import export"},
    {u"贸易", u"trading"},
    {u"貿易", u"trading"},
    {u"科技", u"technology"},
    {u"技术", u"technology"},
    {u"技術", u"technology"},
    {u"国际", u"international"},
    {u"國際", u"international"},
    {u"工业", u"industrial"},
    {u"工業", u"industrial"},
    {u"实业", u"industrial"},
    {u"實業", u"industrial"},
    {u"电子", u"electronics"},
    {u"電子", u"electronics"},
    {u"大学", u"university"},
    {u"大學", u"university"},
    {u"研究所", u"research institute"},
    {u"研究院", u"research institute"},
    {u"银行", u"bank"},
    {u"銀行", u"bank"},
    {u"航运", u"shipping"},
    {u"航運", u"shipping"},
    {u"船务", u"shipping"},
    {u"船務", u"shipping"},
    {u"控股", u"holdings"},
    {u"投资", u"investment"},
    {u"投資", u"investment"},
    {u"能源", u"energy"},
    {u"石油", u"petroleum"},
    {u"化工", u"chemical"},
    {u"物流", u"logistics"},
    {u"工程", u"engineering"},
    {u"设备", u"equipment"},
    {u"設備", u"equipment"},
    {u"通讯", u"communications"},
    {u"通訊", u"communications"},
    {u"通信", u"communications"},
    {u"网络", u"network"},
    {u"網絡", u"network"},
    {u"医药", u"pharmaceutical"},
    {u"醫藥", u"pharmaceutical"},
    {u"航空", u"aviation"},
    {u"发展", u"development"},
    {u"發展", u"development"},
    {u"制造", u"manufacturing"},
    {u"製造", u"manufacturing"},
    {u"材料", u"materials"},
    {u"주식회사", u"co ltd"},
    {u"유한회사", u"co ltd"},
    {u"은행", u"bank"},
    {u"무역", u"trading"},
    {u"전자", u"electronics"},
    {u"그룹", u"group"},
    {u"중공업", u"heavy industries"},
    {u"건설", u"construction"},
    {u"화학", u"chemical"},
};

// `text` with each term of kHanTerms written as its Latin words, spaced apart.
void TranslateHanTerms(icu::UnicodeString* text) {
  icu::UnicodeString out;
  bool changed = false;
  for (int32_t pos = 0; pos < text->length();) {
    const HanTerm* found = nullptr;
    for (const HanTerm& term : kHanTerms) {
      const auto length = static_cast<int32_t>(term.han.size());
      if ((found == nullptr || length > static_cast<int32_t>(found->han.size())) &&
          text->compare(pos, length, term.han.data(), 0, length) == 0) {
        found = &term;
      }
    }
    if (found != nullptr) {
      out.append(u' ').append(found->latin).append(u' ');
      pos += static_cast<int32_t>(found->han.size());
      changed = true;
      continue;
    }
    out.append(text->charAt(pos++));
  }
  if (changed) *text = out;
}

// The letters of one script that look like letters of another: Cyrillic and Greek letters that
// Latin writes alike, and the Latin letters Cyrillic writes alike.
struct Confusable {
  char16_t from;
  char16_t to;
};
constexpr Confusable kAsLatin[] = {
    {u'А', u'A'}, {u'В', u'B'}, {u'Е', u'E'}, {u'К', u'K'}, {u'М', u'M'}, {u'Н', u'H'},
    {u'О', u'O'}, {u'Р', u'P'}, {u'С', u'C'}, {u'Т', u'T'}, {u'Х', u'X'}, {u'У', u'Y'},
    {u'Ѕ', u'S'}, {u'І', u'I'}, {u'Ј', u'J'}, {u'а', u'a'}, {u'е', u'e'}, {u'о', u'o'},
    {u'р', u'p'}, {u'с', u'c'}, {u'х', u'x'}, {u'у', u'y'}, {u'ѕ', u's'}, {u'і', u'i'},
    {u'ј', u'j'}, {u'ԁ', u'd'}, {u'һ', u'h'}, {u'ӏ', u'l'}, {u'к', u'k'}, {u'Α', u'A'},
    {u'Β', u'B'}, {u'Ε', u'E'}, {u'Ζ', u'Z'}, {u'Η', u'H'}, {u'Ι', u'I'}, {u'Κ', u'K'},
    {u'Μ', u'M'}, {u'Ν', u'N'}, {u'Ο', u'O'}, {u'Ρ', u'P'}, {u'Τ', u'T'}, {u'Υ', u'Y'},
    {u'Χ', u'X'}, {u'ο', u'o'}, {u'ι', u'i'}, {u'κ', u'k'}, {u'ν', u'v'}, {u'ρ', u'p'},
    {u'α', u'a'},
};
constexpr Confusable kAsCyrillic[] = {
    {u'A', u'А'}, {u'B', u'В'}, {u'E', u'Е'}, {u'K', u'К'}, {u'M', u'М'},
    {u'H', u'Н'}, {u'O', u'О'}, {u'P', u'Р'}, {u'C', u'С'}, {u'T', u'Т'},
    {u'X', u'Х'}, {u'Y', u'У'}, {u'a', u'а'}, {u'e', u'е'}, {u'o', u'о'},
    {u'p', u'р'}, {u'c', u'с'}, {u'x', u'х'}, {u'y', u'у'},
};

// A word that mixes Latin letters with Cyrillic or Greek ones is written in one script, its
// other letters chosen for their looks: by mistake ("Общество c oграниченной", a Latin c and o,
// in a Canadian list) or to slip past screening ("Gаzprom" with a Cyrillic а, "РETROV" with a
// Cyrillic Р). Read by script, "Roсhnoy" (Cyrillic с) was "roshnoy". Each such letter is read
// as its look-alike of the script most of the word's letters are in (Latin on a tie); letters
// with none are left. True when a letter changed.
bool ReadConfusables(icu::UnicodeString* text) {
  bool changed = false;
  // A word of one or two Latin letters in a name mostly in Cyrillic is read as Cyrillic too:
  // the preposition с of "Общество c oграниченной ответственностью" written as a Latin c.
  int name_latin = 0;
  int name_cyrillic = 0;
  for (int32_t pos = 0; pos < text->length();) {
    const UChar32 cp = text->char32At(pos);
    UErrorCode status = U_ZERO_ERROR;
    const UScriptCode code = u_isalpha(cp) ? uscript_getScript(cp, &status) : USCRIPT_COMMON;
    name_latin += code == USCRIPT_LATIN;
    name_cyrillic += code == USCRIPT_CYRILLIC;
    pos += U16_LENGTH(cp);
  }
  const bool cyrillic_name = name_cyrillic > 2 * name_latin;
  for (int32_t start = 0; start < text->length();) {
    int32_t end = start;
    int latin = 0;
    int other = 0;
    int cyrillic = 0;
    while (end < text->length()) {
      const UChar32 cp = text->char32At(end);
      if (u_isalpha(cp) == 0) break;
      UErrorCode status = U_ZERO_ERROR;
      const UScriptCode code = uscript_getScript(cp, &status);
      latin += code == USCRIPT_LATIN;
      other += code == USCRIPT_CYRILLIC || code == USCRIPT_GREEK;
      cyrillic += code == USCRIPT_CYRILLIC;
      end += U16_LENGTH(cp);
    }
    // (A Greek word with a Latin letter is left as it is: Greek has no table here.)
    bool short_latin = cyrillic_name && other == 0 && latin > 0 && latin <= 2;
    for (int32_t pos = start; short_latin && pos < end; ++pos) {  // each letter a look-alike
      short_latin =
          std::any_of(std::begin(kAsCyrillic), std::end(kAsCyrillic),
                      [&](const Confusable& pair) { return pair.from == text->charAt(pos); });
    }
    if (short_latin || (latin > 0 && other > 0 && (latin >= other || cyrillic > 0))) {
      const bool as_latin = !short_latin && latin >= other;
      const auto table = as_latin ? std::span<const Confusable>(kAsLatin)
                                  : std::span<const Confusable>(kAsCyrillic);
      for (int32_t pos = start; pos < end; ++pos) {
        const char16_t unit = text->charAt(pos);
        for (const Confusable& pair : table) {
          if (pair.from == unit) {
            text->setCharAt(pos, pair.to);
            changed = true;
            break;
          }
        }
      }
    }
    start = end == start ? start + U16_LENGTH(text->char32At(start)) : end;
  }
  return changed;
}

NormalizedName NormalizeNameThroughIcu(std::string_view utf8) {
  return NormalizeNameThroughIcu(utf8, false);
}

namespace {

NormalizedName NormalizeNameThroughIcu(std::string_view utf8, bool confusables_read) {
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  if (!confusables_read && ReadConfusables(&text)) {
    std::string read;
    text.toUTF8String(read);
    return NormalizeName(read, true);  // its words in one script, maybe Latin only now
  }
  NormalizedName out;
  out.script = DetectScript(utf8);
  if (out.script == Script::kArabic || out.script == Script::kMixed) text = ReadableArabic(text);
  if (out.script == Script::kCyrillic || out.script == Script::kMixed) {
    text = ReadableCyrillic(text);
  }
  ReadIndicWordEnds(&text);
  out.vowelless = out.script == Script::kArabic || out.script == Script::kHebrew ||
                  (out.script == Script::kMixed && WrittenWithoutVowels(text));
  out.transcribed =
      out.script == Script::kHan || out.script == Script::kHangul || out.script == Script::kKana;
  if (out.script == Script::kHan || out.script == Script::kHangul) TranslateHanTerms(&text);
  if (out.vowelless) WrittenEdges(text, &out);
  if (out.script == Script::kArabic || out.script == Script::kMixed) {
    // Ta marbuta ends a word with a vowel (أسامة Usama, فاطمة Fatima): written as the he it is
    // drawn from, which the skeleton drops at a word's end (text::Skeleton()), not as the "t"
    // ICU gives it ("asamt", which met Usama at 0.24).
    text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0629)),
                        icu::UnicodeString(static_cast<UChar32>(0x0647)));
    text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x06C0)),
                        icu::UnicodeString(static_cast<UChar32>(0x0647)));
    // Alef maqsura ends a word with a (موسى Musa, مصطفى Mustafa) or, in Egyptian spelling, i
    // (حمدى Hamdi): written as "e", a vowel of no kind (match::ScoreName() asks a kind of alef,
    // waw and ya only), not as the ya that ICU makes of it, which a Latin a could not meet.
    text.findAndReplace(icu::UnicodeString(static_cast<UChar32>(0x0649)),
                        icu::UnicodeString(static_cast<UChar32>(u'e')));
  }
  out.text = Finish(ToAsciiText(text, out.script == Script::kLatin), &out);
  return out;
}

}  // namespace

std::string NormalizeText(std::string_view utf8) { return NormalizeName(utf8).text; }

void PrepareTransliterators() {
  ToLatinPrototype();
  HangulPrototype();
  LatinToAsciiPrototype();
  LatinTable::Get();
}

}  // namespace cordon::text
