#include "text/normalize.h"

#include <memory>

#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

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
  static const std::unique_ptr<icu::Transliterator> prototype =
      Build("NFKC; [:Cyrillic:] Russian-Latin/BGN; Any-Latin; Latin-ASCII; Any-Lower",
            "Any-Latin; Latin-ASCII; Any-Lower");
  return prototype.get();
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
icu::UnicodeString SplitSyllables(const icu::UnicodeString& in, bool* changed) {
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
  if (out->tokens.size() != count) {
    text.clear();
    for (const std::string& part : out->tokens) {
      if (!text.empty()) text += ' ';
      text += part;
    }
  }
  return text;
}

}  // namespace

NormalizedName NormalizeName(std::string_view utf8) {
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
  out.script = DetectScript(utf8);
  out.vowelless = out.script == Script::kArabic || out.script == Script::kHebrew;
  icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
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
  bool split = false;
  icu::UnicodeString syllables = SplitSyllables(cleaned, &split);
  if (split) cleaned = syllables;
  icu::Transliterator* to_latin = out.script == Script::kLatin ? LatinToAscii() : nullptr;
  if (!to_latin) to_latin = ToLatin();
  if (to_latin) to_latin->transliterate(cleaned);
  // Marks the transliterator itself produces (ʿ for ayn, ' for alef) are dropped too.
  icu::UnicodeString final_text;
  for (int32_t pos = 0; pos < cleaned.length();) {
    UChar32 cp = cleaned.char32At(pos);
    pos += U16_LENGTH(cp);
    if (IsDroppedMark(cp)) continue;
    final_text.append(cp < 0x80 ? cp : static_cast<UChar32>(' '));
  }
  std::string latin;
  final_text.toUTF8String(latin);
  out.text = Finish(latin, &out);
  return out;
}

std::string NormalizeText(std::string_view utf8) { return NormalizeName(utf8).text; }

void PrepareTransliterators() {
  ToLatinPrototype();
  LatinToAsciiPrototype();
}

}  // namespace cordon::text
