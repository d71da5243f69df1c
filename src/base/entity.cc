#include "cordon/entity.h"

#include <array>
#include <cctype>
#include <cstdio>

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include "base/strings.h"

namespace cordon {

std::string_view SchemaName(Schema schema) {
  switch (schema) {
    case Schema::kPerson:
      return "Person";
    case Schema::kOrganization:
      return "Organization";
    case Schema::kCompany:
      return "Company";
    case Schema::kLegalEntity:
      return "LegalEntity";
    case Schema::kVessel:
      return "Vessel";
    case Schema::kAircraft:
      return "Aircraft";
    case Schema::kRelationship:
      return "Relationship";
  }
  return "LegalEntity";
}

std::optional<Schema> ParseSchema(std::string_view text) {
  std::string lower = base::ToLowerAscii(base::Trim(text));
  if (lower == "person" || lower == "individual") return Schema::kPerson;
  if (lower == "organization" || lower == "organisation" || lower == "entity") {
    return Schema::kOrganization;
  }
  if (lower == "company") return Schema::kCompany;
  if (lower == "legalentity" || lower == "legal entity" || lower == "thing") {
    return Schema::kLegalEntity;
  }
  if (lower == "vessel" || lower == "ship") return Schema::kVessel;
  if (lower == "aircraft" || lower == "airplane") return Schema::kAircraft;
  static constexpr std::array<std::string_view, 16> kRelationships = {
      "family",      "associate",      "occupancy",  "position",
      "ownership",   "directorship",   "membership", "employment",
      "unknownlink", "representation", "succession", "sanction",
      "address",     "identification", "passport",   "note"};
  for (std::string_view rel : kRelationships) {
    if (lower == rel) return Schema::kRelationship;
  }
  return std::nullopt;
}

bool IsScreenable(Schema schema) { return schema != Schema::kRelationship; }

std::string_view NameKindName(NameKind kind) {
  switch (kind) {
    case NameKind::kPrimary:
      return "primary";
    case NameKind::kStrongAlias:
      return "strong alias";
    case NameKind::kWeakAlias:
      return "weak alias";
  }
  return "primary";
}

std::string_view ScriptName(Script script) {
  switch (script) {
    case Script::kUnknown:
      return "Unknown";
    case Script::kLatin:
      return "Latin";
    case Script::kArabic:
      return "Arabic";
    case Script::kCyrillic:
      return "Cyrillic";
    case Script::kGreek:
      return "Greek";
    case Script::kHebrew:
      return "Hebrew";
    case Script::kHan:
      return "Han";
    case Script::kHangul:
      return "Hangul";
    case Script::kKana:
      return "Kana";
    case Script::kDevanagari:
      return "Devanagari";
    case Script::kThai:
      return "Thai";
    case Script::kGeorgian:
      return "Georgian";
    case Script::kArmenian:
      return "Armenian";
    case Script::kOther:
      return "Other";
    case Script::kMixed:
      return "Mixed";
  }
  return "Unknown";
}

namespace {

Script FromIcu(UScriptCode code) {
  switch (code) {
    case USCRIPT_LATIN:
      return Script::kLatin;
    case USCRIPT_ARABIC:
      return Script::kArabic;
    case USCRIPT_CYRILLIC:
      return Script::kCyrillic;
    case USCRIPT_GREEK:
      return Script::kGreek;
    case USCRIPT_HEBREW:
      return Script::kHebrew;
    case USCRIPT_HAN:
      return Script::kHan;
    case USCRIPT_HANGUL:
      return Script::kHangul;
    case USCRIPT_HIRAGANA:
    case USCRIPT_KATAKANA:
      return Script::kKana;
    case USCRIPT_DEVANAGARI:
      return Script::kDevanagari;
    case USCRIPT_THAI:
      return Script::kThai;
    case USCRIPT_GEORGIAN:
      return Script::kGeorgian;
    case USCRIPT_ARMENIAN:
      return Script::kArmenian;
    default:
      return Script::kOther;
  }
}

}  // namespace

Script DetectScript(std::string_view utf8) {
  // Fast path: plain ASCII is Latin when it holds a letter.
  bool ascii = true;
  bool letter = false;
  for (char c : utf8) {
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
    letter |= (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
  if (ascii) return letter ? Script::kLatin : Script::kUnknown;
  Script found = Script::kUnknown;
  bool has_han = false;
  bool has_kana = false;
  std::int32_t pos = 0;
  const auto length = static_cast<std::int32_t>(utf8.size());
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
  while (pos < length) {
    UChar32 cp;
    U8_NEXT(bytes, pos, length, cp);
    if (cp < 0) continue;
    if (cp < 0x80 && !((cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z'))) continue;
    UErrorCode status = U_ZERO_ERROR;
    UScriptCode code = uscript_getScript(cp, &status);
    if (U_FAILURE(status) || code == USCRIPT_COMMON || code == USCRIPT_INHERITED) continue;
    Script script = FromIcu(code);
    if (script == Script::kHan) has_han = true;
    if (script == Script::kKana) has_kana = true;
    if (found == Script::kUnknown) {
      found = script;
    } else if (found != script) {
      found = Script::kMixed;
    }
  }
  // Japanese mixes kanji and kana; that is one writing system for matching purposes.
  if (found == Script::kMixed && has_han && has_kana) {
    bool only_cjk = true;
    pos = 0;
    while (pos < length && only_cjk) {
      UChar32 cp;
      U8_NEXT(bytes, pos, length, cp);
      if (cp < 0x80) continue;
      UErrorCode status = U_ZERO_ERROR;
      UScriptCode code = uscript_getScript(cp, &status);
      if (code != USCRIPT_HAN && code != USCRIPT_HIRAGANA && code != USCRIPT_KATAKANA &&
          code != USCRIPT_COMMON && code != USCRIPT_INHERITED) {
        only_cjk = false;
      }
    }
    if (only_cjk) found = Script::kKana;
  }
  return found;
}

std::string PartialDate::ToString() const {
  if (year == 0) return "";
  char buf[16];
  if (month == 0) {
    std::snprintf(buf, sizeof(buf), "%04d", year);
  } else if (day == 0) {
    std::snprintf(buf, sizeof(buf), "%04d-%02d", year, month);
  } else {
    std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", year, month, day);
  }
  return buf;
}

namespace {

int MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
  if (name.size() < 3) return 0;
  std::string lower = base::ToLowerAscii(name.substr(0, 3));
  for (std::size_t idx = 0; idx < kMonths.size(); ++idx) {
    if (lower == kMonths[idx]) return static_cast<int>(idx) + 1;
  }
  return 0;
}

bool ToInt(std::string_view s, int* out) {
  std::uint64_t value = 0;
  if (!base::ParseUint(s, &value) || value > 9999) return false;
  *out = static_cast<int>(value);
  return true;
}

std::optional<PartialDate> Make(int year, int month, int day) {
  static constexpr std::array<int, 12> kDays = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (year < 1000 || year > 2999) return std::nullopt;
  if (month < 0 || month > 12) return std::nullopt;
  if (day < 0 || day > 31 || (day > 0 && month == 0)) return std::nullopt;
  if (month > 0 && day > kDays[static_cast<std::size_t>(month - 1)]) return std::nullopt;
  PartialDate date;
  date.year = static_cast<std::int16_t>(year);
  date.month = static_cast<std::uint8_t>(month);
  date.day = static_cast<std::uint8_t>(day);
  return date;
}

}  // namespace

std::optional<PartialDate> ParsePartialDate(std::string_view text) {
  text = base::Trim(text);
  // ISO: YYYY, YYYY-MM, YYYY-MM-DD (a trailing time part is ignored).
  if (text.size() >= 4 && text.size() <= 30 && std::isdigit(static_cast<unsigned char>(text[0]))) {
    int year = 0;
    int month = 0;
    int day = 0;
    if (ToInt(text.substr(0, 4), &year)) {
      if (text.size() == 4) return Make(year, 0, 0);
      if (text[4] == '-' && text.size() >= 7 && ToInt(text.substr(5, 2), &month)) {
        if (text.size() == 7) return Make(year, month, 0);
        if (text[7] == '-' && text.size() >= 10 && ToInt(text.substr(8, 2), &day) &&
            (text.size() == 10 || text[10] == 'T' || text[10] == ' ')) {
          return Make(year, month, day);
        }
      }
      return std::nullopt;
    }
  }
  // Separated numeric forms: MM/DD/YYYY (US, as OFAC writes), DD.MM.YYYY.
  for (char sep : {'/', '.'}) {
    auto parts = base::Split(text, sep, false);
    if (parts.size() == 3) {
      int a = 0;
      int b = 0;
      int year = 0;
      if (ToInt(parts[0], &a) && ToInt(parts[1], &b) && parts[2].size() == 4 &&
          ToInt(parts[2], &year)) {
        return sep == '/' ? Make(year, a, b) : Make(year, b, a);
      }
      return std::nullopt;
    }
  }
  // Written forms: "14 Mar 1962", "Mar 1962", "14 March 1962".
  auto words = base::Split(text, ' ');
  if (words.size() == 2 || words.size() == 3) {
    int year = 0;
    if (!ToInt(words.back(), &year) || words.back().size() != 4) return std::nullopt;
    int month = MonthFromName(words[words.size() - 2]);
    if (month == 0) return std::nullopt;
    int day = 0;
    if (words.size() == 3 && !ToInt(words[0], &day)) return std::nullopt;
    return Make(year, month, day);
  }
  return std::nullopt;
}

std::string BirthDate::ToString() const {
  std::string out = approximate ? "~" : "";
  out += from.ToString();
  if (is_range()) out += ".." + to.ToString();
  return out;
}

const std::string& Entity::Caption() const {
  for (const Name& name : names) {
    if (name.kind == NameKind::kPrimary) return name.full;
  }
  return names.empty() ? id : names.front().full;
}

bool Entity::HasOriginalScriptName() const {
  for (const Name& name : names) {
    if (name.script != Script::kLatin && name.script != Script::kUnknown) return true;
  }
  return false;
}

bool Entity::HasWeakAlias() const {
  for (const Name& name : names) {
    if (name.kind == NameKind::kWeakAlias) return true;
  }
  return false;
}

}  // namespace cordon
