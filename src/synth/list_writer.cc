// The synthetic list writer: one Cordon CSV row per entity, streamed (see cordon/synth.h).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "cordon/synth.h"

#include "synth/name_pools.h"
#include "synth/org_names.h"
#include "synth/person_names.h"
#include "synth/rng.h"
#include "synth/spelling.h"

namespace cordon {
namespace synth {
namespace {

constexpr std::string_view kCsvHeader =
    "id,name,schema,aliases,weak_aliases,birth_date,birth_place,country,nationality,identifiers,"
    "programs,listed_on,remarks,gender\n";

// Appends `value` as one CSV field, quoted when it holds a comma, a quote or a line break.
void AppendField(std::string_view value, std::string* out) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) {
    out->append(value);
    return;
  }
  out->push_back('"');
  for (char c : value) {
    if (c == '"') out->push_back('"');
    out->push_back(c);
  }
  out->push_back('"');
}

std::string JoinValues(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) {
    if (!out.empty()) out.push_back(';');
    out += value;
  }
  return out;
}

std::string TwoDigits(int value) {
  std::string out = std::to_string(value);
  return value < 10 ? "0" + out : out;
}

std::string IsoDate(int year, int month, int day) {
  std::string out = std::to_string(year);
  if (month > 0) out += "-" + TwoDigits(month);
  if (day > 0) out += "-" + TwoDigits(day);
  return out;
}

std::string Digits(Rng& rng, int count) {
  std::string out;
  for (int i = 0; i < count; ++i) out.push_back(static_cast<char>('0' + rng.Below(10)));
  return out;
}

const TraditionInfo& PickTradition(Rng& rng, bool person) {
  int roll = static_cast<int>(rng.Below(1000));
  for (const TraditionInfo& info : kTraditions) {
    roll -= person ? info.person_weight : info.org_weight;
    if (roll < 0) return info;
  }
  return kTraditions[0];
}

// Adds `name` to `names` unless it is empty, has a character the format cannot hold in a
// multi-valued cell, or is already there (or is `primary`).
bool AddName(const std::string& name, const std::string& primary, std::vector<std::string>* names) {
  if (name.empty() || name.find(';') != std::string::npos) return false;
  // Names that differ only in letter case count as one.
  std::string key = LowerAscii(name);
  if (key == LowerAscii(primary)) return false;
  for (const std::string& existing : *names) {
    if (LowerAscii(existing) == key) return false;
  }
  names->push_back(name);
  return true;
}

constexpr std::string_view kCustomerHeader = "id,name,schema,birth_date,country\n";

// Writes entity `number` (its id) as one CSV row to `out`; as a customer row (kCustomerHeader:
// the primary name, one exact or partial birth date, one country) when `customer`.
void WriteEntity(std::uint64_t number, Rng& rng, std::string* out, SynthSummary* stats,
                 bool customer) {
  bool person = rng.Below(100) < 70;
  bool company = !person && rng.Below(100) < 65;
  const TraditionInfo* picked = &PickTradition(rng, person);
  // Armed groups, fronts and charities come mostly from the traditions whose names they carry.
  while (!person && !company && rng.Below(100) < 80 &&
         !(picked->tradition == Tradition::kArabic || picked->tradition == Tradition::kSouthAsian ||
           picked->tradition == Tradition::kWestAfrican ||
           picked->tradition == Tradition::kPersian)) {
    picked = &PickTradition(rng, person);
  }
  const TraditionInfo& info = *picked;
  std::string name;
  std::string_view schema;
  std::vector<std::string> aliases;
  std::vector<std::string> weak;
  std::string gender;
  // 0 to 4 aliases in all: 25%, 30%, 22%, 13%, 10%.
  std::size_t roll = rng.Below(100);
  std::size_t wanted = roll < 25 ? 0 : roll < 55 ? 1 : roll < 77 ? 2 : roll < 90 ? 3 : 4;
  if (person) {
    bool female = rng.Below(100) < 18;
    PersonDraft draft = MakePersonName(info.tradition, female, rng);
    std::size_t case_roll = rng.Below(100);
    name = Render(draft.parts, case_roll < 60 ? 0 : case_roll < 90 ? 1 : 2);
    schema = "Person";
    if (!draft.weak.empty() && wanted > 0 && rng.Chance(0.6)) {
      weak.push_back(draft.weak);
      --wanted;
    }
    for (int attempt = 0; aliases.size() < wanted && attempt < 12; ++attempt) {
      AddName(PersonAlias(draft, info.tradition, rng), name, &aliases);
    }
    if (rng.Below(100) < 92) gender = female ? "female" : "male";
  } else {
    OrgDraft org = company ? MakeCompany(info.tradition, rng) : MakeGroup(info.tradition, rng);
    name = org.name;
    schema = org.company ? "Company" : "Organization";
    if (!org.weak.empty() && wanted > 0 && rng.Chance(0.5)) {
      AddName(org.weak.front(), name, &weak);
      --wanted;
    }
    for (int attempt = 0; aliases.size() < wanted && attempt < 8 && !org.aliases.empty();
         ++attempt) {
      // The first candidates are the most natural; take them more often.
      std::size_t index = rng.Below(100) < 50
                              ? rng.Below(std::min<std::size_t>(2, org.aliases.size()))
                              : rng.Below(org.aliases.size());
      AddName(org.aliases[index], name, &aliases);
    }
  }

  const City& city = rng.Pick(info.cities);
  std::string country(city.code);
  if (rng.Below(100) < 30) {
    const City& other =
        rng.Pick(rng.Below(2) == 0 ? info.cities : PickTradition(rng, person).cities);
    if (other.code != city.code) country += ";" + std::string(other.code);
  }
  std::string birth_date;
  std::string birth_place;
  std::string nationality;
  std::string identifiers;
  if (person) {
    if (rng.Below(100) < 85) {
      int year = rng.Between(1940, 2002);
      std::size_t form = rng.Below(100);
      if (form < 62) {
        birth_date = IsoDate(year, rng.Between(1, 12), rng.Between(1, 28));
      } else if (form < 92) {
        birth_date = std::to_string(year);
      } else if (form < 96) {
        birth_date = "~" + std::to_string(year);
      } else {
        birth_date = std::to_string(year) + ".." + std::to_string(year + 1);
      }
      if (rng.Below(100) < 5)
        birth_date += ";" + IsoDate(year, rng.Between(1, 12), rng.Between(1, 28));
    }
    if (rng.Below(100) < 40) {
      birth_place = std::string(city.name) + ", " + std::string(city.country);
    }
    if (rng.Below(100) < 80) nationality = city.code;
    if (rng.Below(100) < 35) {
      identifiers = "Passport:" + std::string(1, static_cast<char>('A' + rng.Below(26))) +
                    Digits(rng, 7) + ":" + std::string(city.code);
      if (rng.Below(100) < 40) {
        identifiers += ";National ID No.:" + Digits(rng, 10) + ":" + std::string(city.code);
      }
    }
  } else if (rng.Below(100) < 40) {
    identifiers = (rng.Below(2) == 0 ? "Registration Number:" : "Tax ID No.:") + Digits(rng, 9) +
                  ":" + std::string(city.code);
  }
  std::string programs(rng.Pick(info.programs));
  if (rng.Below(100) < 30) {
    std::string_view second = rng.Pick(info.programs);
    if (second != programs) programs += ";" + std::string(second);
  }
  std::string listed_on;
  if (rng.Below(100) < 85) {
    listed_on = IsoDate(rng.Between(2001, 2025), rng.Between(1, 12), rng.Between(1, 28));
  }
  std::string remarks;
  std::size_t remark_roll = rng.Below(100);
  if (remark_roll < 8) {
    if (number > 1) remarks = "Linked to entity " + std::to_string(1 + rng.Below(number - 1)) + ".";
  } else if (remark_roll < 12) {
    // Commas and quotes, so that readers meet quoted fields.
    remarks = "Also reported as \"" + (aliases.empty() ? name : aliases.back()) +
              "\", per the designation notice.";
  }

  std::string id = std::to_string(number);
  if (customer) {
    // A customer file holds what onboarding records: one name, one date, one country.
    birth_date = birth_date.substr(0, birth_date.find_first_of(";."));
    if (!birth_date.empty() && birth_date[0] == '~') birth_date.erase(0, 1);
    out->append("c" + id);
    out->push_back(',');
    AppendField(name, out);
    out->push_back(',');
    out->append(schema);
    out->push_back(',');
    out->append(birth_date);
    out->push_back(',');
    out->append(country.substr(0, country.find(';')));
    out->push_back('\n');
    ++stats->entities;
    stats->persons += person;
    stats->names += 1;
    return;
  }
  out->append(id);
  out->push_back(',');
  AppendField(name, out);
  out->push_back(',');
  out->append(schema);
  out->push_back(',');
  AppendField(JoinValues(aliases), out);
  out->push_back(',');
  AppendField(JoinValues(weak), out);
  out->push_back(',');
  out->append(birth_date);
  out->push_back(',');
  AppendField(birth_place, out);
  out->push_back(',');
  out->append(country);
  out->push_back(',');
  out->append(nationality);
  out->push_back(',');
  AppendField(identifiers, out);
  out->push_back(',');
  AppendField(programs, out);
  out->push_back(',');
  out->append(listed_on);
  out->push_back(',');
  AppendField(remarks, out);
  out->push_back(',');
  out->append(gender);
  out->push_back('\n');

  ++stats->entities;
  stats->persons += person;
  stats->names += 1 + aliases.size() + weak.size();
}

}  // namespace
}  // namespace synth

Status WriteSyntheticList(const SynthOptions& options, std::ostream& out, SynthSummary* summary) {
  if (options.entities < 1) {
    return Status::InvalidArgument("synthetic list: the entity count must be at least 1");
  }
  synth::Rng rng(options.seed);
  SynthSummary stats;
  std::string buffer(options.customers ? synth::kCustomerHeader : synth::kCsvHeader);
  constexpr std::size_t kFlushBytes = 1 << 20;
  for (std::uint64_t number = 1; number <= options.entities; ++number) {
    synth::WriteEntity(number, rng, &buffer, &stats, options.customers);
    if (buffer.size() >= kFlushBytes) {
      out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
      if (!out) return Status::IoError("write failed");
    }
  }
  out.write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  out.flush();
  if (!out) return Status::IoError("write failed");
  if (summary != nullptr) *summary = stats;
  return Status::Ok();
}

}  // namespace cordon
