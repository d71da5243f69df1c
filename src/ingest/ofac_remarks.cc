#include "ingest/ofac_remarks.h"

#include <array>
#include <cstddef>
#include <cstdint>

#include "base/strings.h"

namespace cordon::ingest {
namespace {

using base::StartsWithIgnoreCaseAscii;
using base::Trim;

// What a feature keyword means for the entity model.
enum class FeatureKind : std::uint8_t {
  kIdentifier,   // "Passport A123 (Egypt)" -> Identifier
  kImo,          // "IMO 9187629" -> Identifier{"IMO", digits}
  kCallSign,     // "Other Vessel Call Sign 9HDS9" -> Identifier{"Call Sign", ...}
  kCountry,      // "Nationality of Registration Russia", "Other Vessel Flag Panama"
  kGender,       // "Gender Male"
  kBirthDate,    // "DOB 14 Mar 1962"
  kBirthPlace,   // "POB Shati, Gaza"
  kNationality,  // "nationality Pakistan", "citizen Egypt"
  kAlias,        // "a.k.a. 'BLA'"
  kInformation,  // everything the model has no field for: kept in the remarks text only
};

struct FeatureType {
  std::string_view name;
  FeatureKind kind;
};

// OFAC's feature keywords, as written in Remarks and in <idType>. A keyword matches a prefix of
// an item (case-insensitively, followed by a blank or the end); the longest match wins, so
// "Nationality of Registration" beats "nationality" and "Diplomatic Passport" is not "Passport".
constexpr std::array kFeatureTypes = std::to_array<FeatureType>({
    {"DOB", FeatureKind::kBirthDate},
    {"POB", FeatureKind::kBirthPlace},
    {"nationality", FeatureKind::kNationality},
    {"citizen", FeatureKind::kNationality},
    {"citizenship", FeatureKind::kNationality},
    {"Gender", FeatureKind::kGender},
    {"a.k.a.", FeatureKind::kAlias},
    {"f.k.a.", FeatureKind::kAlias},
    {"n.k.a.", FeatureKind::kAlias},
    {"Nationality of Registration", FeatureKind::kCountry},
    {"Other Vessel Flag", FeatureKind::kCountry},
    {"Vessel Flag", FeatureKind::kCountry},
    {"Other Vessel Call Sign", FeatureKind::kCallSign},
    {"Vessel Call Sign", FeatureKind::kCallSign},
    {"Call Sign", FeatureKind::kCallSign},
    {"IMO", FeatureKind::kImo},
    {"International Maritime Organization No.", FeatureKind::kImo},
    // Information only.
    {"Linked To:", FeatureKind::kInformation},
    {"Additional Sanctions Information -", FeatureKind::kInformation},
    {"Secondary sanctions risk:", FeatureKind::kInformation},
    {"Transactions Prohibited For Persons Owned or Controlled By U.S. Financial Institutions:",
     FeatureKind::kInformation},
    {"Executive Order", FeatureKind::kInformation},
    {"Effective Date", FeatureKind::kInformation},
    {"Listing Date", FeatureKind::kInformation},
    {"Purchase/Sales For Divestment Date", FeatureKind::kInformation},
    {"Target Type", FeatureKind::kInformation},
    {"Organization Type:", FeatureKind::kInformation},
    {"Organization Established Date", FeatureKind::kInformation},
    {"CAATSA Section 235 Information:", FeatureKind::kInformation},
    {"IFCA Determination -", FeatureKind::kInformation},
    {"For more information", FeatureKind::kInformation},
    {"Website", FeatureKind::kInformation},
    {"Email Address", FeatureKind::kInformation},
    {"Email", FeatureKind::kInformation},
    {"Phone Number", FeatureKind::kInformation},
    {"Phone No.", FeatureKind::kInformation},
    {"PHONE", FeatureKind::kInformation},
    {"Telephone", FeatureKind::kInformation},
    {"Telephone No.", FeatureKind::kInformation},
    {"Telephone Number:", FeatureKind::kInformation},
    {"Alt. Telephone:", FeatureKind::kInformation},
    {"Fax", FeatureKind::kInformation},
    {"Fax No.", FeatureKind::kInformation},
    {"Alt. Fax:", FeatureKind::kInformation},
    {"TELEX", FeatureKind::kInformation},
    {"Issuer Name", FeatureKind::kInformation},
    {"Aircraft Model", FeatureKind::kInformation},
    {"Aircraft Manufacture Date", FeatureKind::kInformation},
    {"Aircraft Operator", FeatureKind::kInformation},
    {"Vessel Year of Build", FeatureKind::kInformation},
    {"Other Vessel Type", FeatureKind::kInformation},
    {"Former Vessel Flag", FeatureKind::kInformation},
    {"Location:", FeatureKind::kInformation},
    {"Interpol:", FeatureKind::kInformation},
    // Identifiers.
    {"Passport", FeatureKind::kIdentifier},
    {"Passport Booklet", FeatureKind::kIdentifier},
    {"Passport Booklet:", FeatureKind::kIdentifier},
    {"Passport No.:", FeatureKind::kIdentifier},
    {"Diplomatic Passport", FeatureKind::kIdentifier},
    {"British National Overseas Passport", FeatureKind::kIdentifier},
    {"Stateless Person Passport", FeatureKind::kIdentifier},
    {"Stateless Person ID Card", FeatureKind::kIdentifier},
    {"Refugee ID Card", FeatureKind::kIdentifier},
    {"Travel Document Number", FeatureKind::kIdentifier},
    {"Seafarer's Identification Document", FeatureKind::kIdentifier},
    {"National ID No.", FeatureKind::kIdentifier},
    {"National ID No.:", FeatureKind::kIdentifier},
    {"National Foreign ID Number", FeatureKind::kIdentifier},
    {"Personal ID Card", FeatureKind::kIdentifier},
    {"Identification Number", FeatureKind::kIdentifier},
    {"Tazkira National ID Card", FeatureKind::kIdentifier},
    {"Kenyan ID No.", FeatureKind::kIdentifier},
    {"UAE Identification", FeatureKind::kIdentifier},
    {"Turkish Identification Number", FeatureKind::kIdentifier},
    {"Citizen's Card Number", FeatureKind::kIdentifier},
    {"Moroccan Personal ID No.", FeatureKind::kIdentifier},
    {"Bosnian Personal ID No.", FeatureKind::kIdentifier},
    {"CNP (Personal Numerical Code)", FeatureKind::kIdentifier},
    {"Numero de Identidad", FeatureKind::kIdentifier},
    {"Cedula No.", FeatureKind::kIdentifier},
    {"D.N.I.", FeatureKind::kIdentifier},
    {"N.I.E.", FeatureKind::kIdentifier},
    {"N.I.F.", FeatureKind::kIdentifier},
    {"C.I.F.", FeatureKind::kIdentifier},
    {"C.U.R.P.", FeatureKind::kIdentifier},
    {"C.U.R.P. #", FeatureKind::kIdentifier},
    {"C.U.I.", FeatureKind::kIdentifier},
    {"C.U.I.T.", FeatureKind::kIdentifier},
    {"C.U.I.P.", FeatureKind::kIdentifier},
    {"C.I.N.", FeatureKind::kIdentifier},
    {"R.F.C.", FeatureKind::kIdentifier},
    {"R.F.C. #", FeatureKind::kIdentifier},
    {"RFC", FeatureKind::kIdentifier},
    {"I.F.E.", FeatureKind::kIdentifier},
    {"Credencial electoral", FeatureKind::kIdentifier},
    {"Electoral Registry No.", FeatureKind::kIdentifier},
    {"Cartilla de Servicio Militar Nacional", FeatureKind::kIdentifier},
    {"Military Registration Number", FeatureKind::kIdentifier},
    {"SSN", FeatureKind::kIdentifier},
    {"US FEIN", FeatureKind::kIdentifier},
    {"Driver's License No.", FeatureKind::kIdentifier},
    {"Birth Certificate Number", FeatureKind::kIdentifier},
    {"Residency Number", FeatureKind::kIdentifier},
    {"Romanian Permanent Resident CAN", FeatureKind::kIdentifier},
    {"VisaNumberID", FeatureKind::kIdentifier},
    {"Immigration No.", FeatureKind::kIdentifier},
    {"Public Security and Immigration No.", FeatureKind::kIdentifier},
    {"SRE Permit No.", FeatureKind::kIdentifier},
    {"Permit Number", FeatureKind::kIdentifier},
    {"Pilot License Number", FeatureKind::kIdentifier},
    {"License", FeatureKind::kIdentifier},
    {"Trade License No.", FeatureKind::kIdentifier},
    {"Tourism License No.", FeatureKind::kIdentifier},
    {"Afghan Money Service Provider License Number", FeatureKind::kIdentifier},
    {"MSB Registration Number", FeatureKind::kIdentifier},
    {"Tax ID No.", FeatureKind::kIdentifier},
    {"Italian Fiscal Code", FeatureKind::kIdentifier},
    {"Italian Fiscal Code:", FeatureKind::kIdentifier},
    {"Fiscal Code", FeatureKind::kIdentifier},
    {"Romanian Tax Registration", FeatureKind::kIdentifier},
    {"Paraguayan tax identification number", FeatureKind::kIdentifier},
    {"Numero Unico de Identificacao Tributaria (NUIT)", FeatureKind::kIdentifier},
    {"V.A.T. Number", FeatureKind::kIdentifier},
    {"NIT #", FeatureKind::kIdentifier},
    {"RUC #", FeatureKind::kIdentifier},
    {"RIF #", FeatureKind::kIdentifier},
    {"RTN", FeatureKind::kIdentifier},
    {"RSIN", FeatureKind::kIdentifier},
    {"LE Number", FeatureKind::kIdentifier},
    {"Registration Number", FeatureKind::kIdentifier},
    {"Registration ID", FeatureKind::kIdentifier},
    {"Registration Certificate Number (Dubai)", FeatureKind::kIdentifier},
    {"Business Registration Number", FeatureKind::kIdentifier},
    {"Business Registration Document #", FeatureKind::kIdentifier},
    {"Business Number", FeatureKind::kIdentifier},
    {"Public Registration Number", FeatureKind::kIdentifier},
    {"Central Registration System Number", FeatureKind::kIdentifier},
    {"Russian State Individual Business Registration Number Pattern (OGRNIP)",
     FeatureKind::kIdentifier},
    {"Government Gazette Number", FeatureKind::kIdentifier},
    {"Commercial Registry Number", FeatureKind::kIdentifier},
    {"Romanian C.R.", FeatureKind::kIdentifier},
    {"C.R. No.", FeatureKind::kIdentifier},
    {"Company Number", FeatureKind::kIdentifier},
    {"UK Company Number", FeatureKind::kIdentifier},
    {"Company ID: No.", FeatureKind::kIdentifier},
    {"Certificate of Incorporation Number", FeatureKind::kIdentifier},
    {"Enterprise Number", FeatureKind::kIdentifier},
    {"Branch Unit Number", FeatureKind::kIdentifier},
    {"Organization Code", FeatureKind::kIdentifier},
    {"Folio Mercantil No.", FeatureKind::kIdentifier},
    {"Matricula Mercantil No", FeatureKind::kIdentifier},
    {"Chamber of Commerce Number", FeatureKind::kIdentifier},
    {"Istanbul Chamber of Comm. No.", FeatureKind::kIdentifier},
    {"Dubai Chamber of Commerce Membership No.", FeatureKind::kIdentifier},
    {"Economic Register Number (CBLS)", FeatureKind::kIdentifier},
    {"Unified Social Credit Code (USCC)", FeatureKind::kIdentifier},
    {"United Social Credit Code Certificate (USCCC)", FeatureKind::kIdentifier},
    {"Chinese Commercial Code", FeatureKind::kIdentifier},
    {"Registered Charity No.", FeatureKind::kIdentifier},
    {"Legal Entity Number", FeatureKind::kIdentifier},
    {"D-U-N-S Number", FeatureKind::kIdentifier},
    {"SWIFT/BIC", FeatureKind::kIdentifier},
    {"BIK (RU)", FeatureKind::kIdentifier},
    {"ISIN", FeatureKind::kIdentifier},
    {"Equity Ticker", FeatureKind::kIdentifier},
    {"Trademark number", FeatureKind::kIdentifier},
    {"File Number", FeatureKind::kIdentifier},
    {"Serial No.", FeatureKind::kIdentifier},
    {"Digital Currency Address", FeatureKind::kIdentifier},
    {"Vessel Registration Identification", FeatureKind::kIdentifier},
    {"MMSI", FeatureKind::kIdentifier},
    {"Aircraft Manufacturer's Serial Number (MSN)", FeatureKind::kIdentifier},
    {"Aircraft Construction Number (also called L/N or S/N or F/N)", FeatureKind::kIdentifier},
    {"Aircraft Serial Identification", FeatureKind::kIdentifier},
    {"Aircraft Tail Number", FeatureKind::kIdentifier},
    {"Previous Aircraft Tail Number", FeatureKind::kIdentifier},
    {"Aircraft Mode S Transponder Code", FeatureKind::kIdentifier},
});

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool HasDigit(std::string_view s) {
  for (char c : s) {
    if (IsDigit(c)) return true;
  }
  return false;
}

// Indices of kFeatureTypes by the lower-cased first byte of the name, built once, so that each
// item is compared with a handful of keywords instead of all of them.
class FeatureIndex {
 public:
  FeatureIndex() {
    for (std::size_t idx = 0; idx < kFeatureTypes.size(); ++idx) {
      auto bucket = static_cast<unsigned char>(LowerAscii(kFeatureTypes[idx].name.front()));
      by_first_[bucket].push_back(static_cast<std::uint16_t>(idx));
    }
  }
  // The longest keyword that starts `item` followed by a blank or the end, or nullptr.
  const FeatureType* Match(std::string_view item) const {
    if (item.empty()) return nullptr;
    const FeatureType* best = nullptr;
    for (std::uint16_t idx : by_first_[static_cast<unsigned char>(LowerAscii(item.front()))]) {
      const FeatureType& type = kFeatureTypes[idx];
      if (best && type.name.size() <= best->name.size()) continue;
      if (!StartsWithIgnoreCaseAscii(item, type.name)) continue;
      if (item.size() > type.name.size() && item[type.name.size()] != ' ') continue;
      best = &type;
    }
    return best;
  }

 private:
  std::array<std::vector<std::uint16_t>, 256> by_first_;
};

const FeatureIndex& Features() {
  static const FeatureIndex* const kIndex = new FeatureIndex();
  return *kIndex;
}

// True when `s` has a letter or digit (any non-ASCII byte counts as a letter).
bool HasWordChar(std::string_view s) {
  for (char c : s) {
    auto byte = static_cast<unsigned char>(c);
    if (byte >= 0x80 || IsDigit(c) || (LowerAscii(c) >= 'a' && LowerAscii(c) <= 'z')) return true;
  }
  return false;
}

std::string_view StripFinalDots(std::string_view s) {
  s = Trim(s);
  while (!s.empty() && (s.back() == '.' || s.back() == ',')) s = Trim(s.substr(0, s.size() - 1));
  return s;
}

void AddIdentifier(Entity* entity, std::string_view type, std::string_view value,
                   std::string_view country) {
  value = Trim(value);
  if (!HasWordChar(value)) return;
  // "Passport Booklet:" and "Passport Booklet" are one type.
  type = Trim(type);
  while (!type.empty() && type.back() == ':') type = Trim(type.substr(0, type.size() - 1));
  Identifier id{std::string(type), std::string(value), std::string(Trim(country))};
  for (const Identifier& have : entity->identifiers) {
    if (have == id) return;
  }
  entity->identifiers.push_back(std::move(id));
}

// The digits of an IMO number ("IMO 9187629", "(5777731)", "IMO9187629"), or "" if none.
std::string ImoDigits(std::string_view value) {
  std::string digits;
  for (char c : value) {
    if (IsDigit(c)) {
      digits += c;
    } else if (!digits.empty()) {
      break;
    }
  }
  return digits;
}

// "IMO 9187629" / "IMO9187629" as an identifier value: the number belongs to IMO.
bool IsImoValue(std::string_view value) {
  if (!StartsWithIgnoreCaseAscii(value, "IMO")) return false;
  value = Trim(value.substr(3));
  if (value.empty()) return false;
  for (char c : value) {
    if (!IsDigit(c)) return false;
  }
  return true;
}

// Splits "A1234567 (Pakistan) issued 01 Jan 2000 expires 2010" into the value and the country
// in the last parentheses (when they hold no digit); issue and expiry dates are dropped.
void SplitIdentifierText(std::string_view text, std::string_view* value,
                         std::string_view* country) {
  std::size_t cut = text.size();
  for (std::string_view marker :
       {" issued", " expires", ", expired", ", issued", " Issue Date", " Expire Date"}) {
    std::size_t pos = text.find(marker);
    if (pos != std::string_view::npos && pos < cut) cut = pos;
  }
  text = StripFinalDots(text.substr(0, cut));
  *country = {};
  if (!text.empty() && text.back() == ')') {
    int depth = 0;
    for (std::size_t pos = text.size(); pos-- > 0;) {
      if (text[pos] == ')') ++depth;
      if (text[pos] == '(' && --depth == 0) {
        std::string_view inner = Trim(text.substr(pos + 1, text.size() - pos - 2));
        if (pos > 0 && !inner.empty() && !HasDigit(inner)) {
          *country = inner;
          text = StripFinalDots(text.substr(0, pos));
        }
        break;
      }
    }
  }
  *value = text;
}

// A weak alias item: "a.k.a. 'BLA'" (type "a.k.a.", rest "'BLA'").
void AddWeakAlias(std::string_view type, std::string_view rest, Entity* entity) {
  std::size_t open = rest.find('\'');
  std::size_t close = rest.rfind('\'');
  std::string_view name = rest;
  if (open != std::string_view::npos && close > open) {
    name = rest.substr(open + 1, close - open - 1);
  } else {
    name = StripFinalDots(rest);
  }
  // ''FUPI'' is the nickname 'FUPI': one pair of quotes more than usual.
  if (name.size() >= 2 && name.front() == '\'' && name.back() == '\'') {
    name = name.substr(1, name.size() - 2);
  }
  name = Trim(name);
  if (!HasWordChar(name)) return;
  Name alias;
  if (entity->schema == Schema::kPerson) {
    alias = OfacPersonName(name, NameKind::kWeakAlias);
  } else {
    alias.full = std::string(name);
    alias.kind = NameKind::kWeakAlias;
  }
  alias.type = std::string(type);
  entity->names.push_back(std::move(alias));
}

// Applies one feature whose keyword is known. `value` and `country` are split already for
// identifiers; other kinds read `value` whole.
bool ApplyKind(const FeatureType& feature, std::string_view type, std::string_view value,
               std::string_view country, Entity* entity) {
  switch (feature.kind) {
    case FeatureKind::kIdentifier:
      if (IsImoValue(value)) {
        AddIdentifier(entity, "IMO", ImoDigits(value), country);
      } else if (feature.name == "Digital Currency Address" && value.starts_with("- ")) {
        // "Digital Currency Address - XBT 12QtD5..." names the currency before the address.
        std::string_view rest = Trim(value.substr(2));
        std::size_t blank = rest.find(' ');
        if (blank == std::string_view::npos) return true;
        std::string full_type = std::string(type) + " - " + std::string(rest.substr(0, blank));
        AddIdentifier(entity, full_type, rest.substr(blank + 1), country);
      } else {
        AddIdentifier(entity, type, value, country);
      }
      return true;
    case FeatureKind::kImo: {
      std::string digits = ImoDigits(value);
      if (!digits.empty()) AddIdentifier(entity, "IMO", digits, country);
      return true;
    }
    case FeatureKind::kCallSign:
      AddIdentifier(entity, "Call Sign", value, country);
      return true;
    case FeatureKind::kCountry:
      AddUnique(&entity->countries, StripFinalDots(value));
      return true;
    case FeatureKind::kGender: {
      std::string_view gender = OfacGender(value);
      if (!gender.empty()) entity->gender = std::string(gender);
      return true;
    }
    case FeatureKind::kBirthDate: {
      auto date = ParseOfacBirthDate(value);
      if (!date) return false;
      for (const BirthDate& have : entity->birth_dates) {
        if (have == *date) return true;
      }
      entity->birth_dates.push_back(*date);
      return true;
    }
    case FeatureKind::kBirthPlace:
      AddUnique(&entity->birth_places, StripFinalDots(value));
      return true;
    case FeatureKind::kNationality:
      AddUnique(&entity->nationalities, StripFinalDots(value));
      return true;
    case FeatureKind::kAlias:
      AddWeakAlias(feature.name, value, entity);
      return true;
    case FeatureKind::kInformation:
      return false;
  }
  return false;
}

// A remarks item whose keyword is not in the table but reads like an identifier:
// "<words ending in No./Number/ID/#/Code> <value with a digit> (<country>)".
bool ApplyUnknownIdentifier(std::string_view item, Entity* entity) {
  std::size_t pos = 0;
  std::size_t type_end = 0;
  int words = 0;
  std::string_view last_word;
  while (pos < item.size()) {
    std::size_t end = item.find(' ', pos);
    if (end == std::string_view::npos) end = item.size();
    std::string_view word = item.substr(pos, end - pos);
    if (HasDigit(word)) break;
    if (word.find(',') != std::string_view::npos || word.find(':') != std::string_view::npos ||
        ++words > 6) {
      return false;
    }
    last_word = word;
    type_end = end;
    pos = end + 1;
  }
  if (words == 0 || pos >= item.size()) return false;
  if (last_word != "No." && last_word != "No" && last_word != "Number" && last_word != "#" &&
      last_word != "ID" && last_word != "Code") {
    return false;
  }
  std::string_view value;
  std::string_view country;
  SplitIdentifierText(item.substr(type_end), &value, &country);
  if (!HasDigit(value)) return false;
  AddIdentifier(entity, item.substr(0, type_end), value, country);
  return true;
}

void ParseItem(std::string_view item, Entity* entity) {
  if (StartsWithIgnoreCaseAscii(item, "alt. ")) item = Trim(item.substr(5));
  const FeatureType* feature = Features().Match(item);
  if (!feature) {
    ApplyUnknownIdentifier(item, entity);
    return;
  }
  // The table's spelling: OFAC writes "Passport" and, once, "passport".
  std::string_view type = feature->name;
  std::string_view rest = Trim(item.substr(feature->name.size()));
  if (feature->kind == FeatureKind::kIdentifier || feature->kind == FeatureKind::kCallSign) {
    std::string_view value;
    std::string_view country;
    SplitIdentifierText(rest, &value, &country);
    ApplyKind(*feature, type, value, country, entity);
    return;
  }
  ApplyKind(*feature, type, rest, {}, entity);
}

}  // namespace

std::vector<std::string_view> SplitOfacRemarks(std::string_view remarks) {
  remarks = Trim(remarks);
  if (!remarks.empty() && remarks.back() == '.') remarks.remove_suffix(1);
  std::vector<std::string_view> items;
  // ';' inside parentheses does not end an item: "(... Alt. DOB: 1970; Passport ...)". With
  // unbalanced parentheses that rule would swallow the rest, so it is dropped for such texts.
  int depth = 0;
  bool balanced = true;
  for (char c : remarks) {
    if (c == '(') ++depth;
    if (c == ')' && --depth < 0) balanced = false;
  }
  balanced = balanced && depth == 0;
  depth = 0;
  std::size_t start = 0;
  for (std::size_t pos = 0; pos <= remarks.size(); ++pos) {
    char c = pos < remarks.size() ? remarks[pos] : ';';
    if (balanced && c == '(') ++depth;
    if (balanced && c == ')') --depth;
    if (c != ';' || depth > 0) continue;
    std::string_view item = Trim(remarks.substr(start, pos - start));
    if (!item.empty()) items.push_back(item);
    start = pos + 1;
  }
  return items;
}

void ParseOfacRemarks(std::string_view remarks, Entity* entity) {
  for (std::string_view item : SplitOfacRemarks(remarks)) ParseItem(item, entity);
}

bool ApplyOfacFeature(std::string_view type, std::string_view value, std::string_view country,
                      Entity* entity) {
  type = Trim(type);
  value = Trim(value);
  if (value.empty()) return true;
  const FeatureType* feature = Features().Match(type);
  // In <idList> an unknown type is an identifier: OFAC adds new kinds of ids over time.
  static constexpr FeatureType kUnknownId{"", FeatureKind::kIdentifier};
  if (!feature) feature = &kUnknownId;
  return ApplyKind(*feature, type, value, country, entity);
}

std::optional<BirthDate> ParseOfacBirthDate(std::string_view text) {
  text = StripFinalDots(text);
  BirthDate date;
  if (StartsWithIgnoreCaseAscii(text, "circa ")) {
    date.approximate = true;
    text = Trim(text.substr(6));
  }
  std::string_view from = text;
  std::string_view to = text;
  std::size_t sep = text.find(" to ");
  if (sep != std::string_view::npos) {
    from = text.substr(0, sep);
    to = text.substr(sep + 4);
  } else if (text.size() == 9 && text[4] == '-' && IsDigit(text[5])) {
    // "1979-1982"; an ISO "1979-03" is 7 bytes and a full ISO date 10.
    from = text.substr(0, 4);
    to = text.substr(5);
  }
  auto from_date = ParsePartialDate(from);
  auto to_date = from.data() == to.data() ? from_date : ParsePartialDate(to);
  if (!from_date || !to_date) return std::nullopt;
  date.from = *from_date;
  date.to = *to_date;
  return date;
}

Name OfacPersonName(std::string_view text, NameKind kind) {
  text = Trim(text);
  Name name;
  name.kind = kind;
  std::size_t comma = text.find(", ");
  if (comma == std::string_view::npos) {
    name.full = std::string(text);
    return name;
  }
  std::string_view family = Trim(text.substr(0, comma));
  std::string_view given = Trim(text.substr(comma + 2));
  if (family.empty() || given.empty()) {
    name.full = std::string(text);
    return name;
  }
  name.given = std::string(given);
  name.family = std::string(family);
  name.full.reserve(given.size() + 1 + family.size());
  name.full.append(given).append(" ").append(family);
  return name;
}

std::string_view OfacGender(std::string_view text) {
  text = StripFinalDots(text);
  if (base::EqualsIgnoreCaseAscii(text, "male")) return "male";
  if (base::EqualsIgnoreCaseAscii(text, "female")) return "female";
  return {};
}

void AddUnique(std::vector<std::string>* values, std::string_view value) {
  value = Trim(value);
  if (value.empty()) return;
  for (const std::string& have : *values) {
    if (have == value) return;
  }
  values->emplace_back(value);
}

}  // namespace cordon::ingest
