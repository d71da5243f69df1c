// Name pools of the synthetic list generator: given and family names by naming tradition (with
// the original script where the generator renders it), places, programmes and legal forms, the
// words organisation names are built from, and the transliteration variants of names.
#ifndef CORDON_SYNTH_NAME_POOLS_H_
#define CORDON_SYNTH_NAME_POOLS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>

namespace cordon::synth {

// A romanised form with the original script (empty when the tradition is written in Latin
// letters or the generator does not render it).
struct Scripted {
  std::string_view latin;
  std::string_view script;
};

struct ArabicFamily {
  std::string_view latin;   // without the article
  std::string_view script;  // with it when `al`
  bool al;
};

struct RussianGiven {
  std::string_view given;
  std::string_view patronymic_male;  // "son of `given`"
  std::string_view patronymic_female;
};

// A Han or Hangul syllable (or family name) and its romanisation.
struct Han {
  std::string_view latin;
  std::string_view script;
};

struct City {
  std::string_view name;
  std::string_view code;     // ISO 3166-1 alpha-2
  std::string_view country;  // as a list would write it in a birth place
};

// An Arabic word of a group name, romanised, in Arabic script and in English.
struct Translated {
  std::string_view latin;
  std::string_view script;
  std::string_view english;
};

enum class Tradition : std::uint8_t {
  kArabic,
  kRussian,
  kChinese,
  kKorean,
  kHispanic,
  kPersian,
  kSouthAsian,  // Pashto and Urdu
  kTurkish,
  kWestAfrican,
  kWestern,
};

struct TraditionInfo {
  Tradition tradition;
  int person_weight;  // out of 1000
  int org_weight;     // out of 1000
  std::span<const City> cities;
  std::span<const std::string_view> programs;
  // Legal forms; a form ending in a blank is written before the name ("OOO ").
  std::span<const std::string_view> forms;
};

// Persons.
extern const std::span<const Scripted> kArabicMale;
extern const std::span<const Scripted> kArabicFemale;
extern const std::span<const ArabicFamily> kArabicFamily;
extern const std::span<const RussianGiven> kRussianMale;
extern const std::span<const std::string_view> kRussianFemale;
extern const std::span<const std::string_view> kRussianFamily;
extern const std::span<const Han> kChineseFamily;
extern const std::span<const Han> kChineseSyllable;
extern const std::span<const Han> kKoreanFamily;
extern const std::span<const Han> kKoreanSyllable;
extern const std::span<const std::string_view> kHispanicMale;
extern const std::span<const std::string_view> kHispanicFemale;
extern const std::span<const std::string_view> kHispanicFamily;
extern const std::span<const std::string_view> kHispanicNickname;
extern const std::span<const std::string_view> kPersianMale;
extern const std::span<const std::string_view> kPersianFemale;
extern const std::span<const std::string_view> kPersianFamily;
extern const std::span<const std::string_view> kPersianFamilySuffix;
extern const std::span<const std::string_view> kSouthAsianTitle;
extern const std::span<const std::string_view> kSouthAsianGiven;
extern const std::span<const std::string_view> kSouthAsianFemale;
extern const std::span<const std::string_view> kSouthAsianFamily;
extern const std::span<const std::string_view> kTurkishMale;
extern const std::span<const std::string_view> kTurkishFemale;
extern const std::span<const std::string_view> kTurkishFamily;
extern const std::span<const std::string_view> kWestAfricanMale;
extern const std::span<const std::string_view> kWestAfricanFemale;
extern const std::span<const std::string_view> kWestAfricanFamily;
extern const std::span<const std::string_view> kWesternMale;
extern const std::span<const std::string_view> kWesternFemale;
extern const std::span<const std::string_view> kWesternFamily;

// One entry per Tradition, in its order.
extern const std::span<const TraditionInfo> kTraditions;

// Organisations.
extern const std::span<const std::string_view> kBrandHeads;
extern const std::span<const std::string_view> kBrandTails;
extern const std::span<const std::string_view> kCompanyWords;
extern const std::span<const Scripted> kArabicWords;
extern const std::span<const std::string_view> kSectors;
extern const std::span<const std::pair<std::string_view, std::string_view>> kFormExpansions;
extern const std::span<const std::string_view> kGroupDescriptors;
extern const std::span<const std::string_view> kGroupTypes;
extern const std::span<const std::string_view> kGroupPlaces;
extern const std::span<const Translated> kArabicGroupTypes;
extern const std::span<const Translated> kArabicGroupWords;
extern const std::span<const Translated> kArabicGroupPlaces;
extern const std::span<const std::string_view> kSouthAsianGroupHeads;
extern const std::span<const std::string_view> kSouthAsianGroupTails;
extern const std::span<const std::string_view> kCharityTypes;

// Transliteration variants: each group holds spellings of one name that lists use for the same
// person, separated by '|' ("Mohammed|Muhammad|Mohamed").
extern const std::span<const std::string_view> kVariantGroups;

}  // namespace cordon::synth

#endif  // CORDON_SYNTH_NAME_POOLS_H_
