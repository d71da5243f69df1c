#include "match/evidence.h"

#include <cstdlib>
#include <unordered_map>

#include <unicode/locid.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include "base/strings.h"
#include "text/normalize.h"

namespace cordon::match {
namespace {

int DayNumber(const PartialDate& d) { return d.year * 372 + d.month * 31 + d.day; }

bool Within(const PartialDate& q, const BirthDate& listed) {
  return q.year >= listed.from.year && q.year <= listed.to.year;
}

const std::unordered_map<std::string, std::string>& CountryNames() {
  static const auto* kMap = [] {
    auto* map = new std::unordered_map<std::string, std::string>;
    for (const char* const* code = uloc_getISOCountries(); *code; ++code) {
      icu::UnicodeString display;
      icu::Locale("", *code).getDisplayCountry(icu::Locale::getEnglish(), display);
      std::string name;
      display.toUTF8String(name);
      std::string iso = base::ToLowerAscii(*code);
      map->emplace(text::NormalizeText(name), iso);
      map->emplace(iso, iso);
    }
    static const std::pair<const char*, const char*> kAliases[] = {
        {"russian federation", "ru"},
        {"russia", "ru"},
        {"iran islamic republic of", "ir"},
        {"iran", "ir"},
        {"syrian arab republic", "sy"},
        {"syria", "sy"},
        {"democratic people s republic of korea", "kp"},
        {"north korea", "kp"},
        {"korea north", "kp"},
        {"republic of korea", "kr"},
        {"south korea", "kr"},
        {"burma", "mm"},
        {"united states of america", "us"},
        {"usa", "us"},
        {"united kingdom of great britain and northern ireland", "gb"},
        {"uk", "gb"},
        {"great britain", "gb"},
        {"britain", "gb"},
        {"viet nam", "vn"},
        {"lao people s democratic republic", "la"},
        {"bolivarian republic of venezuela", "ve"},
        {"venezuela bolivarian republic of", "ve"},
        {"democratic republic of the congo", "cd"},
        {"congo democratic republic of the", "cd"},
        {"republic of the congo", "cg"},
        {"tanzania united republic of", "tz"},
        {"moldova republic of", "md"},
        {"the former yugoslav republic of macedonia", "mk"},
        {"palestinian territory", "ps"},
        {"state of palestine", "ps"},
        {"gaza", "ps"},
        {"west bank", "ps"},
        {"turkiye", "tr"},
        {"ivory coast", "ci"},
        {"cote d ivoire", "ci"},
        {"belarus belarus", "by"},
        {"czech republic", "cz"},
        {"swaziland", "sz"},
        {"cape verde", "cv"},
        {"east timor", "tl"},
        {"holy see", "va"},
        {"kosovo", "xk"},
        {"pakistani", "pk"},
        {"afghan", "af"},
        {"iraqi", "iq"},
        {"syrian", "sy"},
        {"yemeni", "ye"},
        {"saudi", "sa"},
        {"egyptian", "eg"},
        {"iranian", "ir"},
        {"russian", "ru"},
        {"somali", "so"},
        {"libyan", "ly"},
        {"jordanian", "jo"},
        {"lebanese", "lb"},
        {"kuwaiti", "kw"},
        {"sudanese", "sd"},
        {"algerian", "dz"},
        {"tunisian", "tn"},
        {"moroccan", "ma"},
        {"indonesian", "id"},
        {"filipino", "ph"},
        {"chinese", "cn"},
        {"ukrainian", "ua"},
        {"belarusian", "by"},
        {"turkish", "tr"},
        {"british", "gb"},
        {"american", "us"},
        {"french", "fr"},
        {"german", "de"},
    };
    for (const auto& [name, iso] : kAliases) (*map)[name] = iso;
    return map;
  }();
  return *kMap;
}

}  // namespace

EvidenceResult CompareBirthDate(const PartialDate& query, const std::vector<BirthDate>& listed) {
  EvidenceResult result;
  if (query.empty() || listed.empty()) return result;
  std::string listed_text;
  int closest_years = 1 << 20;
  for (const BirthDate& date : listed) {
    if (!listed_text.empty()) listed_text += ", ";
    listed_text += date.ToString();
    if (date.is_range()) {
      if (Within(query, date)) {
        result.verdict = Verdict::kPartial;
        result.detail = "birth year " + std::to_string(query.year) + " lies in the listed range " +
                        date.ToString();
      }
      closest_years = std::min(closest_years, std::min(std::abs(query.year - date.from.year),
                                                       std::abs(query.year - date.to.year)));
      continue;
    }
    const PartialDate& d = date.from;
    bool full = query.day && d.day && query.month && d.month;
    if (full && DayNumber(query) == DayNumber(d)) {
      result.verdict = Verdict::kMatch;
      result.detail = "birth date " + query.ToString() + " matches the listed " + d.ToString();
      return result;
    }
    if (query.year == d.year && (!full || (query.month == d.month && !query.day))) {
      result.verdict = Verdict::kPartial;
      result.detail =
          "birth year " + std::to_string(query.year) + " matches the listed " + d.ToString();
    } else if (query.year == d.year && result.verdict != Verdict::kPartial) {
      // Same year, different day: neither proof nor disproof.
      result.verdict = Verdict::kPartial;
      result.detail = "same birth year as the listed " + d.ToString() + ", different day";
    }
    int years = std::abs(query.year - d.year);
    if (date.approximate && years <= 2 && result.verdict == Verdict::kUnknown) {
      result.verdict = Verdict::kPartial;
      result.detail = "birth year close to the approximate listed " + date.ToString();
    }
    closest_years = std::min(closest_years, years);
  }
  if (result.verdict == Verdict::kUnknown) {
    result.verdict = Verdict::kMismatch;
    result.detail = "birth date " + query.ToString() + " differs from the listed " + listed_text +
                    " (" + std::to_string(closest_years) + " years apart)";
  }
  return result;
}

std::string CountryCode(std::string_view text) {
  std::string normalized = text::NormalizeText(text);
  if (normalized.empty()) return "";
  const auto& names = CountryNames();
  auto it = names.find(normalized);
  if (it != names.end()) return it->second;
  // "Belarus / Bélarus", "Syria (Syrian Arab Republic)": try the first part.
  std::size_t cut = text.find_first_of("/(,;");
  if (cut != std::string_view::npos && cut > 0) return CountryCode(text.substr(0, cut));
  return "";
}

EvidenceResult CompareCountry(std::string_view query_country, const Entity& entity) {
  EvidenceResult result;
  std::string query = CountryCode(query_country);
  if (query.empty()) return result;
  bool any_listed = false;
  auto check = [&](const std::vector<std::string>& values, const char* what) {
    for (const std::string& value : values) {
      std::string code = CountryCode(value);
      if (code.empty()) continue;
      any_listed = true;
      if (code == query && result.verdict != Verdict::kMatch) {
        result.verdict = Verdict::kMatch;
        result.detail = "country " + query + " matches the listed " + what + " " + value;
      }
    }
  };
  check(entity.nationalities, "nationality");
  check(entity.countries, "country");
  // The country a place of birth ends with ("Garda Saray District, Paktya Province,
  // Afghanistan"): most people hold its nationality, and lists that give no nationality give
  // the place (OFAC's Sirajuddin Haqqani: born in Afghanistan, an address in Pakistan).
  std::vector<std::string> birth_countries;
  for (const std::string& place : entity.birth_places) {
    const std::size_t comma = place.rfind(',');
    const std::size_t start =
        comma == std::string::npos ? 0 : place.find_first_not_of(' ', comma + 1);
    if (start != std::string::npos) birth_countries.push_back(place.substr(start));
  }
  check(birth_countries, "country of birth");
  if (result.verdict == Verdict::kMatch) return result;
  if (any_listed) {
    result.verdict = Verdict::kMismatch;
    result.detail = "country " + query + " is not among the listed countries";
  }
  return result;
}

EvidenceResult CompareSchema(Schema query, Schema listed) {
  EvidenceResult result;
  auto is_org = [](Schema s) {
    return s == Schema::kOrganization || s == Schema::kCompany || s == Schema::kLegalEntity;
  };
  if (query == listed || (is_org(query) && is_org(listed)) || query == Schema::kLegalEntity ||
      listed == Schema::kLegalEntity) {
    result.verdict = Verdict::kMatch;
    return result;
  }
  result.verdict = Verdict::kMismatch;
  result.detail = "a " + std::string(SchemaName(query)) + " cannot be the listed " +
                  std::string(SchemaName(listed));
  return result;
}

std::string NormalizeIdentifier(std::string_view value) {
  std::string out;
  for (char c : value) {
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) out += c;
    if (c >= 'A' && c <= 'Z') out += static_cast<char>(c + 32);
  }
  if (out.starts_with("imo") && out.size() == 10) out.erase(0, 3);
  return out;
}

EvidenceResult CompareIdentifier(std::string_view query_id, const Entity& entity) {
  EvidenceResult result;
  std::string query = NormalizeIdentifier(query_id);
  if (query.size() < 4 || entity.identifiers.empty()) return result;
  for (const Identifier& id : entity.identifiers) {
    if (NormalizeIdentifier(id.value) == query) {
      result.verdict = Verdict::kMatch;
      result.detail = "identifier " + std::string(query_id) + " equals the listed " + id.type +
                      " " + id.value + (id.country.empty() ? "" : " (" + id.country + ")");
      return result;
    }
  }
  result.verdict = Verdict::kMismatch;
  result.detail = "identifier " + std::string(query_id) + " is not among the listed identifiers";
  return result;
}

}  // namespace cordon::match
