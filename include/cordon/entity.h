// Entity: one listed person, organisation, vessel or aircraft, whatever list it came from.
//
// Every parser in Cordon produces this same model, so nothing downstream (matching, screening,
// the store) knows which format an entity was read from. The id is "<dataset>:<list's own id>",
// e.g. "us_ofac_sdn:12206" or "un_sc_sanctions:QDe.132". Strings are UTF-8 as published (trimmed
// of surrounding blanks); normalisation for matching happens later, in text/.
#ifndef CORDON_ENTITY_H_
#define CORDON_ENTITY_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace cordon {

// FollowTheMoney schema names. Relationship schemas (Family, Ownership, Position, ...) are read
// as kRelationship and never screened.
enum class Schema : std::uint8_t {
  kPerson,
  kOrganization,
  kCompany,
  kLegalEntity,
  kVessel,
  kAircraft,
  kRelationship,
};

std::string_view SchemaName(Schema schema);  // "Person", "Organization", ...
// Accepts FollowTheMoney names case-insensitively ("person", "Company"); also "individual",
// "entity", "vessel", "aircraft" as OFAC and UN write them. Empty optional when unknown.
std::optional<Schema> ParseSchema(std::string_view text);
// True for Person/Organization/Company/LegalEntity/Vessel/Aircraft.
bool IsScreenable(Schema schema);

enum class NameKind : std::uint8_t {
  kPrimary,      // the name the list designates the entity under
  kStrongAlias,  // a.k.a., f.k.a., n.k.a.; UN "Good" quality aliases
  kWeakAlias,    // OFAC "weak" a.k.a., UN "Low" quality aliases
};
std::string_view NameKindName(NameKind kind);  // "primary", "strong alias", "weak alias"

// The writing system a name is written in (ICU script of its letters; kMixed if several).
enum class Script : std::uint8_t {
  kUnknown,  // no letters
  kLatin,
  kArabic,
  kCyrillic,
  kGreek,
  kHebrew,
  kHan,
  kHangul,
  kKana,  // Hiragana or Katakana (Japanese, possibly mixed with Han)
  kDevanagari,
  kThai,
  kGeorgian,
  kArmenian,
  kOther,
  kMixed,
};
std::string_view ScriptName(Script script);
// Detects the script of UTF-8 text from its letters (Common/Inherited characters ignored).
Script DetectScript(std::string_view utf8);

struct Name {
  std::string full;  // the whole name as the list writes it, e.g. "Ismail Abdul Salah HANIYA"
  NameKind kind = NameKind::kPrimary;
  Script script = Script::kUnknown;
  std::string given;   // given name part when the list separates it (may be empty)
  std::string family;  // family name part when the list separates it (may be empty)
  std::string type;    // the list's own alias type when it gives one ("a.k.a.", "f.k.a.", ...)
};

// A calendar date of which only some parts may be known: year-only is month = day = 0.
struct PartialDate {
  std::int16_t year = 0;   // 0 = unknown
  std::uint8_t month = 0;  // 1..12, 0 = unknown
  std::uint8_t day = 0;    // 1..31, 0 = unknown

  bool empty() const { return year == 0; }
  // "1962", "1962-03", "1962-03-14".
  std::string ToString() const;
  friend bool operator==(const PartialDate&, const PartialDate&) = default;
};

// Parses ISO "YYYY", "YYYY-MM", "YYYY-MM-DD", OFAC "14 Mar 1962", "Mar 1962", "03/14/1962"
// (US order), "14.03.1962". Empty optional when the text is not a date.
std::optional<PartialDate> ParsePartialDate(std::string_view text);

// A birth date as lists give it: exact (from == to), partial (year or year-month), a range
// ("1973 to 1974", UN BETWEEN) or approximate ("circa 1960", UN APPROXIMATELY).
struct BirthDate {
  PartialDate from;
  PartialDate to;  // equal to `from` unless a range
  bool approximate = false;

  bool is_range() const { return !(from == to); }
  // "1962", "1973..1974", "~1960".
  std::string ToString() const;
  friend bool operator==(const BirthDate&, const BirthDate&) = default;
};

struct Identifier {
  std::string type;     // "Passport", "National ID No.", "IMO", "BIC", "Tax ID No.", ...
  std::string value;    // as published, e.g. "OB 0243318"
  std::string country;  // issuing country as published, may be empty
  friend bool operator==(const Identifier&, const Identifier&) = default;
};

struct Entity {
  std::string id;       // "<dataset>:<list_id>"
  std::string dataset;  // e.g. "us_ofac_sdn"
  std::string list_id;  // the list's own id: OFAC uid/ent_num, UN REFERENCE_NUMBER, ...
  Schema schema = Schema::kLegalEntity;
  std::vector<Name> names;  // names[0] is the primary name when the list has one
  std::vector<BirthDate> birth_dates;
  std::vector<std::string> birth_places;
  std::vector<std::string> nationalities;  // as published ("Pakistan", "pk", ...)
  std::vector<std::string> countries;      // other country links: addresses, jurisdiction, flag
  std::vector<std::string> addresses;      // one-line postal addresses
  std::vector<Identifier> identifiers;
  std::vector<std::string> programs;  // "SDGT", "FTO", "UN 1267", ...
  std::string gender;                 // "male", "female" or empty
  std::string listed_on;              // ISO date of listing when known
  std::vector<std::string> remarks;
  std::vector<std::string> titles;   // designations, positions, titles
  std::vector<std::string> related;  // ids of related entities (relationship schemas)

  // The primary name, or the first name of any kind, or the id when there is none.
  const std::string& Caption() const;
  bool HasOriginalScriptName() const;  // a name in a non-Latin script
  bool HasWeakAlias() const;
};

}  // namespace cordon

#endif  // CORDON_ENTITY_H_
