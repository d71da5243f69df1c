// Canada's Special Economic Measures Act consolidated list, XML:
//
//   <data-set>
//     <record>
//       <Country>Belarus / Bélarus</Country>      the sanctions regime (a country, or a theme)
//       <LastName>..</LastName> <GivenName>..</GivenName>            a person
//       <EntityOrShip>..</EntityOrShip>                               an organisation or ship
//       <TitleOrShip>..</TitleOrShip>       a person's title, or a ship's type
//       <ShipIMONumber>..</ShipIMONumber>   present for ships
//       <DateOfBirthOrShipBuildDate>1965-04-29</DateOfBirthOrShipBuildDate>
//       <Aliases>..</Aliases>               free text: ";", ",", "/", " or " separated
//       <Schedule>1, Part 1</Schedule> <Item>3</Item> <DateOfListing>2020-09-28</DateOfListing>
//     </record>
//   </data-set>
//
// The list has no id of its own. Records are identified as OpenSanctions does, so that ids agree
// with theirs: the letters and digits of Country, Schedule ("x" when absent) and Item, joined by
// "/": "Belarus / Bélarus", "1, Part 1", "1" -> "BelarusBélarus/1Part1/1". The file carries no
// publication date.
#include <algorithm>
#include <array>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "base/strings.h"
#include "ingest/parsers.h"
#include "ingest/xml_document.h"

namespace cordon::ingest {
namespace {

// `text` with whitespace (no-break spaces included) collapsed to single spaces.
std::string Clean(std::string_view text) { return base::CollapseWhitespace(text); }

std::string Text(pugi::xml_node node, const char* name) {
  return Clean(node.child(name).child_value());
}

// The Unicode letters and digits of `text` (general categories L* and N*), the rest dropped.
std::string LettersAndDigits(std::string_view text) {
  std::string out;
  // Fields are far below 2 GiB (ParseContext::CheckFieldSize); the clamp keeps the cast exact.
  const auto length = static_cast<std::int32_t>(
      std::min<std::size_t>(text.size(), std::numeric_limits<std::int32_t>::max()));
  std::int32_t offset = 0;
  while (offset < length) {
    std::int32_t start = offset;
    UChar32 c = 0;
    U8_NEXT(text.data(), offset, length, c);
    if (c < 0) continue;
    if ((U_GET_GC_MASK(c) & (U_GC_L_MASK | U_GC_N_MASK)) != 0) {
      out.append(
          text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(offset - start)));
    }
  }
  return out;
}

std::vector<std::string_view> Words(std::string_view text) { return base::Split(text, ' '); }

std::string JoinWords(const std::vector<std::string_view>& words) {
  std::string out;
  for (std::string_view word : words) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

// Legal forms written after a comma ("Завод "Дагдизель", АО"): part of the name, not an alias.
bool IsLegalForm(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kForms = {
      "ООО",  "АО",  "ПАО",  "ОАО",  "ЗАО",  "АНО", "ФГУП", "ФГБУ",    "МК",  "САО",
      "НАО",  "JSC", "PJSC", "OJSC", "CJSC", "LLC", "Ltd",  "Limited", "Inc", "FSUE",
      "GmbH", "SA",  "Co",   "AO",   "OAO",  "ZAO", "PAO",  "OOO",     "PLC", "TOV"};
  while (!word.empty() && word.back() == '.') word.remove_suffix(1);
  for (std::string_view form : kForms) {
    if (base::EqualsIgnoreCaseAscii(word, form)) return true;
  }
  return false;
}

// Splits on `sep` outside parentheses.
std::vector<std::string_view> SplitOutsideParens(std::string_view text, char sep) {
  std::vector<std::string_view> out;
  int depth = 0;
  std::size_t start = 0;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    char c = text[pos];
    if (c == '(') ++depth;
    if (c == ')' && depth > 0) --depth;
    if (c == sep && depth == 0) {
      out.push_back(base::Trim(text.substr(start, pos - start)));
      start = pos + 1;
    }
  }
  out.push_back(base::Trim(text.substr(start)));
  return out;
}

// Strips separators left at the ends and a bracket that lost its partner in the splitting.
std::string CleanPiece(std::string_view piece) {
  for (;;) {
    std::string_view before = piece;
    piece = base::Trim(piece);
    while (!piece.empty() && (piece.front() == ',' || piece.front() == ';')) piece.remove_prefix(1);
    while (!piece.empty() && (piece.back() == ',' || piece.back() == ';' || piece.back() == ':')) {
      piece.remove_suffix(1);
    }
    piece = base::Trim(piece);
    for (std::string_view lead : {"or ", "OR ", "and "}) {
      if (piece.starts_with(lead)) piece.remove_prefix(lead.size());
    }
    std::size_t opens = static_cast<std::size_t>(std::count(piece.begin(), piece.end(), '('));
    std::size_t closes = static_cast<std::size_t>(std::count(piece.begin(), piece.end(), ')'));
    if (piece.starts_with("(") &&
        (closes == 0 || (opens == 1 && closes == 1 && piece.ends_with(")")))) {
      piece.remove_prefix(1);  // "(Name" or "(Name)"
    }
    if (piece.ends_with(")") && piece.find('(') == std::string_view::npos) piece.remove_suffix(1);
    if (piece == before) return std::string(piece);
  }
}

// Splits "A, B, Ltd" on commas, keeping a trailing legal form with the name before it, also when
// an alternative follows it ("РЕСО-Гарантия, САО or Страховое ...").
std::vector<std::string> SplitCommas(std::string_view text) {
  std::vector<std::string> out;
  for (std::string_view part : SplitOutsideParens(text, ',')) {
    if (part.empty()) continue;
    std::size_t or_at = part.find(" or ");
    std::string_view head = part.substr(0, or_at);
    if (!out.empty() && IsLegalForm(head)) {
      out.back() += ", ";
      out.back() += head;
      if (or_at == std::string_view::npos) continue;
      part = base::Trim(part.substr(or_at + 4));
      if (part.empty()) continue;
    }
    out.emplace_back(part);
  }
  return out;
}

// Drops language labels ("Russian: Анна ...", "... Limited Arabic: بنك", "Arabic:عبد"): a label
// starts a new piece.
std::vector<std::string> SplitLabels(std::string_view text) {
  std::vector<std::string> out(1);
  for (std::string_view word : Words(text)) {
    std::string_view bare = word;
    if (bare.starts_with("(")) bare.remove_prefix(1);
    std::size_t letters = 0;
    while (letters < bare.size() && ((bare[letters] >= 'a' && bare[letters] <= 'z') ||
                                     (bare[letters] >= 'A' && bare[letters] <= 'Z'))) {
      ++letters;
    }
    if (letters >= 2 && letters < bare.size() && bare[letters] == ':' && bare[0] >= 'A' &&
        bare[0] <= 'Z') {
      out.emplace_back(bare.substr(letters + 1));
      continue;
    }
    if (!out.back().empty()) out.back() += ' ';
    out.back() += word;
  }
  return out;
}

// "A or B": for a person, "Katsiaryna or Katerina Smuschkovich" is two spellings of one token of
// a longer name, so the single token is put in place of the first (or last) token of the name.
// A person's names may also be joined by " and " ("... Бандура and Владимир ... Бандура"), an
// organisation's not ("Ministry of Culture and Tourism").
std::vector<std::string> SplitOr(std::string_view text, bool person) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t pos = 0; pos < text.size(); ++pos) {
    std::string_view rest = text.substr(pos);
    std::size_t sep = 0;
    if (rest.starts_with(" or ") || rest.starts_with(" OR ")) sep = 4;
    if (person && rest.starts_with(" and ")) sep = 5;
    if (sep == 0) continue;
    parts.push_back(base::Trim(text.substr(start, pos - start)));
    start = pos + sep;
    pos += sep - 1;
  }
  parts.push_back(base::Trim(text.substr(start)));
  std::vector<std::string> out;
  if (person && parts.size() > 1) {
    std::vector<std::string_view> first = Words(parts.front());
    std::vector<std::string_view> last = Words(parts.back());
    bool singles_after = first.size() > 1;
    bool singles_before = last.size() > 1;
    for (std::size_t idx = 1; idx < parts.size(); ++idx) {
      singles_after &= Words(parts[idx]).size() == 1;
    }
    for (std::size_t idx = 0; idx + 1 < parts.size(); ++idx) {
      singles_before &= Words(parts[idx]).size() == 1;
    }
    if (singles_after || singles_before) {
      std::vector<std::string_view> frame = singles_after ? first : last;
      out.push_back(JoinWords(frame));
      std::size_t slot = singles_after ? frame.size() - 1 : 0;
      std::size_t begin = singles_after ? 1 : 0;
      std::size_t end = singles_after ? parts.size() : parts.size() - 1;
      for (std::size_t idx = begin; idx < end; ++idx) {
        frame[slot] = parts[idx];
        out.push_back(JoinWords(frame));
      }
      return out;
    }
  }
  for (std::string_view part : parts) out.emplace_back(part);
  return out;
}

void AddAlias(std::string_view text, bool person, Entity* entity) {
  std::string alias = CleanPiece(text);
  if (alias.empty()) return;
  // A lone given name or nickname of a person ("Batya", "Alexander") matches far too much to be
  // a strong alias; the UN calls the same kind of alias "Low" quality.
  bool single_word = alias.find(' ') == std::string::npos;
  entity->names.push_back(
      MakeName(alias, person && single_word ? NameKind::kWeakAlias : NameKind::kStrongAlias));
}

// The Aliases field: names separated by ";", ",", "/" (outside parentheses) and " or ", with
// language labels ("Russian:") in between.
void ReadAliases(std::string_view text, bool person, Entity* entity) {
  for (std::string_view group : base::Split(text, ';')) {
    for (const std::string& comma_piece : SplitCommas(group)) {
      for (std::string_view slash_piece : SplitOutsideParens(comma_piece, '/')) {
        for (const std::string& labelled : SplitLabels(slash_piece)) {
          for (const std::string& alias : SplitOr(CleanPiece(labelled), person)) {
            AddAlias(alias, person, entity);
          }
        }
      }
    }
  }
}

// Names the list writes inside an organisation's name: "Dux JSC (also known as Duks)" and the
// bilingual "Iranian Army/Armée iranienne".
void AddNameVariants(std::string_view name, Entity* entity) {
  static constexpr std::string_view kAka = "(also known as ";
  std::size_t aka = name.find(kAka);
  std::string_view base_name = base::Trim(name.substr(0, aka));
  if (aka != std::string_view::npos) {
    std::string_view inner = name.substr(aka + kAka.size());
    if (inner.ends_with(")")) inner.remove_suffix(1);
    AddAlias(inner, false, entity);
  }
  std::vector<std::string_view> languages = SplitOutsideParens(base_name, '/');
  if (languages.size() > 1) {
    for (std::string_view language : languages) AddAlias(language, false, entity);
  } else if (aka != std::string_view::npos) {
    AddAlias(base_name, false, entity);
  }
}

// "1965-04-29", "1972", "1963-1964", "1963 or 1964"; what is not a date is kept as a remark.
void ReadBirthDates(std::string_view text, Entity* entity) {
  bool all_dates = true;
  std::vector<BirthDate> dates;
  std::string lower = base::ToLowerAscii(text);
  for (std::string_view part : base::Split(lower, " or ")) {
    BirthDate date;
    if (auto exact = ParsePartialDate(part)) {
      date.from = date.to = *exact;
    } else if (part.size() == 9 && part[4] == '-') {
      auto from = ParsePartialDate(part.substr(0, 4));
      auto to = ParsePartialDate(part.substr(5));
      if (from && to) {
        date.from = *from;
        date.to = *to;
      }
    }
    if (date.from.empty()) all_dates = false;
    dates.push_back(date);
  }
  if (!all_dates || dates.empty()) {
    AddUnique(&entity->remarks, "Date of birth: " + std::string(text));
    return;
  }
  for (const BirthDate& date : dates) entity->birth_dates.push_back(date);
}

// "Belarus / Bélarus" -> "Belarus": the English half of a bilingual regime name.
std::string EnglishPart(std::string_view country) {
  std::size_t slash = country.find(" / ");
  return std::string(base::Trim(country.substr(0, slash)));
}

// Regimes named after a country, not a theme ("Hamas Terrorist Attacks", the JVCFOR).
bool IsCountryRegime(std::string_view english) {
  if (english.find(" (") != std::string_view::npos) english = english.substr(0, english.find(" ("));
  return Words(english).size() <= 3 && english.find("Regulations") == std::string_view::npos &&
         english.find("Attacks") == std::string_view::npos &&
         english.find("Violence") == std::string_view::npos;
}

class SemaReader {
 public:
  SemaReader(const SourceFile& file, const XmlDocument& doc, ParseContext* ctx)
      : file_(file), doc_(doc), ctx_(ctx) {}

  Status ReadRecord(pugi::xml_node node) {
    std::uint64_t line = doc_.LineOf(node);
    for (pugi::xml_node field : node.children()) {
      std::string_view value = field.child_value();
      if (value.size() > ctx_->options().max_field_bytes) {
        return ctx_->CheckFieldSize(file_.path, line, field.name(), value);
      }
    }
    std::string country = Text(node, "Country");
    std::string item = Text(node, "Item");
    if (country.empty() || LettersAndDigits(item).empty()) {
      return ctx_->BadRecord(file_.path, line,
                             "record has no " + std::string(country.empty() ? "Country" : "Item") +
                                 ", which identify it");
    }
    std::string schedule = LettersAndDigits(Text(node, "Schedule"));
    Entity entity;
    entity.list_id = LettersAndDigits(country) + "/" + (schedule.empty() ? "x" : schedule) + "/" +
                     LettersAndDigits(item);
    ReadSubject(node, &entity);
    std::string regime = EnglishPart(country);
    entity.programs.push_back("CA-SEMA " + regime);
    if (IsCountryRegime(regime)) {
      AddUnique(&entity.countries, std::string(base::Trim(regime.substr(0, regime.find(" (")))));
    }
    std::string listed = Text(node, "DateOfListing");
    if (auto date = ParsePartialDate(listed)) entity.listed_on = date->ToString();
    return ctx_->Add(std::move(entity), file_.path, line);
  }

 private:
  static void ReadSubject(pugi::xml_node node, Entity* entity) {
    std::string given = Text(node, "GivenName");
    std::string last = Text(node, "LastName");
    std::string entity_or_ship = Text(node, "EntityOrShip");
    std::string imo = Text(node, "ShipIMONumber");
    std::string title_or_ship = Text(node, "TitleOrShip");
    std::string born = Text(node, "DateOfBirthOrShipBuildDate");
    bool person = !given.empty() || !last.empty();
    if (person) {
      entity->schema = Schema::kPerson;
      Name name = MakeName(given.empty() ? last : given + " " + last, NameKind::kPrimary);
      name.given = given;
      name.family = last;
      entity->names.push_back(std::move(name));
      AddUnique(&entity->titles, title_or_ship);
      if (!born.empty()) ReadBirthDates(born, entity);
    } else {
      entity->schema = imo.empty() ? Schema::kOrganization : Schema::kVessel;
      entity->names.push_back(MakeName(entity_or_ship, NameKind::kPrimary));
      AddNameVariants(entity_or_ship, entity);
      if (!imo.empty()) {
        entity->identifiers.push_back(Identifier{"IMO", imo, ""});
        if (!title_or_ship.empty()) AddUnique(&entity->remarks, "Ship type: " + title_or_ship);
        if (!born.empty()) AddUnique(&entity->remarks, "Built: " + born);
      } else {
        AddUnique(&entity->titles, title_or_ship);
      }
    }
    std::string aliases = Text(node, "Aliases");
    if (!aliases.empty()) ReadAliases(aliases, person, entity);
  }

  const SourceFile& file_;
  const XmlDocument& doc_;
  ParseContext* ctx_;
};

}  // namespace

Status ParseCaSemaXml(const SourceFile& file, ParseContext* ctx) {
  XmlDocument doc;
  CORDON_RETURN_IF_ERROR(doc.Load(file));
  pugi::xml_node root = doc.root();
  if (LocalName(root) != "data-set") {
    return ParseContext::FileError(file.path, doc.LineOf(root),
                                   "not a Canada SEMA list: root element is <" +
                                       std::string(root.name()) + ">, not <data-set>");
  }
  SemaReader reader(file, doc, ctx);
  ctx->Reserve(
      static_cast<std::size_t>(std::distance(root.children().begin(), root.children().end())));
  for (pugi::xml_node record : root.children()) {
    if (LocalName(record) != "record") continue;
    CORDON_RETURN_IF_ERROR(reader.ReadRecord(record));
  }
  return Status::Ok();
}

}  // namespace cordon::ingest
