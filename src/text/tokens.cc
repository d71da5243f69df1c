#include "text/tokens.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/string_ids.h"

namespace cordon::text {
namespace {

// Sources: the particles and honorifics of Arabic, Persian, Pashto and Urdu names as OFAC and
// the UN romanise them; European particles; legal forms from the ISO 20275 ELF code list (the
// frequent ones); generic organisation words from the most frequent tokens of the OFAC list.
const std::unordered_set<std::string_view>& Particles() {
  static const std::unordered_set<std::string_view> kSet = {
      "al",  "el",   "ul",   "ad",    "ar",   "as",   "at",   "az",   "an",  "bin",   "ben",
      "ibn", "bint", "bte",  "binti", "bn",   "abu",  "abou", "abo",  "umm", "abw",   "bnt",
      "abn", "um",   "de",   "da",    "di",   "do",   "dos",  "das",  "del", "della", "der",
      "den", "van",  "von",  "la",    "le",   "du",   "des",  "y",    "e",   "of",    "the",
      "and", "bou",  "ait",  "ould",  "oglu", "ogly", "kyzy", "uulu", "in",  "for",   "on",
      "to",  "by",   "with", "from",  "et",   "und"};
  return kSet;
}

// The honorifics of names written in Arabic letters, as read from them: حاجی, الحاج, ملا, مولوی,
// مولانا, شيخ, قاری, مفتی, امام, امير, حافظ (its Arabic and Persian readings), دكتور, مهندس. Not
// سيد "syd": سعيد (Saeed) reads so too.
constexpr std::string_view kWrittenHonorifics[] = {"hajy",  "alhaj", "mla",   "mwlwy", "mwlana",
                                                   "shykh", "qary",  "mfty",  "amam",  "amyr",
                                                   "hafdh", "hafz",  "dktwr", "mhnds"};

const std::unordered_set<std::string_view>& Honorifics() {
  static const std::unordered_set<std::string_view> kSet = [] {
    std::unordered_set<std::string_view> set = {
        "haji",      "hajji",       "hadji",     "alhaj",   "alhaji",   "mullah",   "mulla",
        "molla",     "mollah",      "maulana",   "mawlana", "moulana",  "maulvi",   "mawlawi",
        "maulawi",   "mawlavi",     "moulavi",   "maulavi", "moulvi",   "shaikh",   "sheikh",
        "shaykh",    "sheik",       "sayyid",    "sayed",   "syed",     "qari",     "hafiz",
        "hafez",     "mufti",       "imam",      "emir",    "amir",     "mr",       "mrs",
        "ms",        "miss",        "dr",        "prof",    "sir",      "general",  "gen",
        "colonel",   "col",         "major",     "maj",     "captain",  "capt",     "lieutenant",
        "lt",        "commander",   "brigadier", "admiral", "sergeant", "engineer", "eng",
        "ayatollah", "hojatoleslam"};
    set.insert(std::begin(kWrittenHonorifics), std::end(kWrittenHonorifics));
    return set;
  }();
  return kSet;
}

}  // namespace

bool IsWrittenHonorific(std::string_view token) {
  return std::find(std::begin(kWrittenHonorifics), std::end(kWrittenHonorifics), token) !=
         std::end(kWrittenHonorifics);
}

namespace {

const std::unordered_set<std::string_view>& LegalForms() {
  static const std::unordered_set<std::string_view> kSet = {
      "llc",   "ltd",        "limited",   "inc",  "incorporated", "corp",   "co",
      "plc",   "llp",        "lp",        "gmbh", "ag",           "kg",     "sa",
      "sas",   "sarl",       "srl",       "spa",  "bv",           "nv",     "ab",
      "as",    "oy",         "ooo",       "oao",  "zao",          "pao",    "ao",
      "tov",   "pjsc",       "jsc",       "ojsc", "cjsc",         "fze",    "fzco",
      "fzc",   "fzllc",      "dmcc",      "pte",  "pty",          "sdn",    "bhd",
      "cv",    "de",         "sa",        "ltda", "eirl",         "sl",     "kft",
      "doo",   "dd",         "ad",        "eood", "ood",          "sp",     "zoo",
      "sro",   "as",         "llc",       "pvt",  "private",      "public", "joint",
      "stock", "jointstock", "liability", "cia",  "cie",          "et"};
  return kSet;
}

// Legal forms written as several short parts, by their letters joined: "S.A. de C.V.", "S. de
// R.L.", "S.A.P.I. de C.V." (Mexico), "S. en C.S." (Colombia). Only these long joins are taken:
// two or three single letters may as well be a person's initials.
const std::unordered_set<std::string_view>& SplitLegalForms() {
  static const std::unordered_set<std::string_view> kSet = {
      "sadecv",        "sderl",    "sderldecv", "sprderl", "sprderldecv", "sdeprderl",
      "sdeprderldecv", "sapidecv", "sabdecv",   "srldecv", "sencs",       "sencc"};
  return kSet;
}

const std::unordered_set<std::string_view>& GenericOrgWords() {
  static const std::unordered_set<std::string_view> kSet = {
      "company",     "companies",    "corporation",   "group",        "trading",
      "trade",       "general",      "international", "intl",         "holding",
      "holdings",    "foundation",   "enterprise",    "enterprises",  "industries",
      "industry",    "industrial",   "services",      "service",      "import",
      "export",      "commercial",   "commerce",      "investment",   "investments",
      "bank",        "organization", "organisation",  "association",  "society",
      "institute",   "national",     "global",        "partners",     "ventures",
      "solutions",   "systems",      "technology",    "technologies", "tech",
      "logistics",   "shipping",     "development",   "management",   "agency",
      "center",      "centre",       "establishment", "est",          "office",
      "firm",        "factory",      "plant",         "works",        "products",
      "production",  "global",       "world",         "new",          "united",
      "import",      "exp",          "imp",           "branch",       "subsidiary",
      "network",     "fund",         "capital",       "finance",      "financial",
      "charity",     "charitable",   "relief",        "welfare",      "committee",
      "council",     "front",        "movement",      "party",        "army",
      "brigade",     "brigades",     "battalion",     "force",        "forces",
      "network",     "union",        "federation",    "ministry",     "department",
      "state",       "republic",     "islamic",       "company's",    "manufacturing",
      "electronics", "energy",       "petroleum",     "oil",          "gas",
      "marine",      "maritime",     "airlines",      "aviation",     "air",
      "resources",   "mining",       "metals",        "chemical",     "chemicals",
      "engineering", "construction", "research",      "scientific",   "science",
      "university",  "academy",      "design",        "bureau",       "sales",
      "supply"};
  return kSet;
}

// Equivalent spellings of frequent name tokens -> one canonical form. Entries come from the
// spelling variants in OFAC and UN alias lists and the transliteration corpora (docs/matching.md).
const std::unordered_map<std::string_view, std::string_view>& Variants() {
  static const auto* kMap = [] {
    struct Group {
      std::string_view canonical;
      std::initializer_list<std::string_view> variants;
    };
    static const Group kGroups[] = {
        {"muhammad",
         {"mohammed",  "mohammad", "mohamed",   "mohamad",   "muhammed",  "muhamad",  "muhamed",
          "mohd",      "mhd",      "muhd",      "mohammod",  "mohamud",   "mahomed",  "mouhamed",
          "mouhammad", "muhammet", "mehmet",    "mehmed",    "mohmmad",   "mohamaed", "mohummad",
          "mahammad",  "magomed",  "mukhammad", "mokhammad", "mukhammed", "muhamet",  "mohammadi"}},
        {"ahmad", {"ahmed", "ahmet", "achmad", "akhmad", "akhmed", "ahmat", "ahamed"}},
        {"mahmud", {"mahmoud", "mahmood", "mahmut", "makhmud"}},
        {"mustafa", {"mustapha", "moustafa", "mostafa", "mostapha", "moustapha"}},
        {"yusuf",
         {"yousef", "youssef", "yousuf", "yusef", "yussuf", "youssouf", "yousif", "yusif", "jusuf",
          "yousaf", "yosef", "joseph", "iosif"}},
        {"usama", {"osama", "ousama", "oussama"}},
        {"abd",
         {"abdel", "abdul", "abdal", "abdoul", "abdol", "abdu", "abdur", "abdus", "abdun",
          "abdush"}},
        {"abdallah", {"abdullah", "abdulla", "abdoullah", "abdellah", "abdalla", "abdollah"}},
        {"abdulrahman",
         {"abdelrahman", "abdurrahman", "abdalrahman", "abdurahman", "abdulrehman", "abdelrahmane",
          "abderrahmane", "abdirahman"}},
        {"qaida", {"qaeda", "qaede", "kaida", "kaeda", "qaidah", "qa'ida"}},
        // Legal forms: the Russian and Ukrainian abbreviations and the English ones lists
        // translate them to (JoinLegalFormPhrases() writes the spelled-out forms so).
        {"llc", {"ooo", "tov"}},
        {"ltd", {"limited"}},
        {"inc", {"incorporated"}},
        {"corp", {"corporation"}},
        {"co", {"company"}},
        {"jsc", {"ao"}},
        {"ojsc", {"oao"}},
        {"cjsc", {"zao"}},
        {"pjsc", {"pao"}},
        {"husayn",
         {"hussein", "husain", "hussain", "hosein", "hossein", "husein", "hussien", "houssein",
          "huseyn", "huseyin", "hossain"}},
        {"hasan", {"hassan", "hasen", "hassen", "hacen"}},
        {"ali", {"aly", "alee"}},
        {"umar", {"omar", "omer", "umer", "oumar"}},
        {"uthman", {"othman", "osman", "usman", "othmane", "outhman"}},
        {"khalid", {"khaled", "halid", "khaleed"}},
        {"said", {"saeed", "sayed", "saied", "sa'id", "saeid", "saiid"}},
        {"salih", {"saleh", "salah", "saleh"}},
        {"sulayman",
         {"suleiman", "sulaiman", "soliman", "sulejman", "suleyman", "slimane", "souleymane",
          "sulaymon"}},
        {"ibrahim", {"ebrahim", "ibraheem", "ibragim", "brahim"}},
        {"ismail", {"ismael", "esmail", "ismayil", "ismoil", "ismaeel"}},
        {"yahya", {"yehia", "yahia", "yihya", "yehya"}},
        {"yaqub", {"yakub", "yacoub", "yaqoob", "yakoub", "jakub"}},
        {"abubakar", {"abubakr", "aboubakar", "abubakir", "aboubacar"}},
        {"jafar", {"jaafar", "jafer", "djafar", "dzhafar"}},
        {"abdulaziz", {"abdelaziz", "abdulaziz", "abdalaziz", "abdelaaziz"}},
        {"nasrallah", {"nasrullah", "nasrollah"}},
        {"hizballah", {"hezbollah", "hizbollah", "hizbullah", "hezbolla", "hizbulla"}},
        {"lashkar", {"lashkare", "lashkari", "lashkr"}},
        {"taiba", {"tayyiba", "toiba", "tayyaba", "taibah", "tayiba"}},
        {"tehrik", {"tehreek", "tahrik", "tehrike", "tahreek", "tehriki"}},
        {"taliban", {"taleban"}},
        {"jaish", {"jaishe", "jeish", "jaysh"}},
        {"khorasan", {"khurasan", "khorassan", "khurasaan"}},
        {"baluchistan", {"balochistan", "beluchistan", "baluchestan", "balochestan"}},
        {"baloch", {"baluch", "beloch"}},
        {"shabaab", {"shabab", "shebab"}},
        {"aleksandr",
         {"alexander", "aleksander", "alexandr", "oleksandr", "olexandr", "alexandre", "alessandro",
          "alejandro", "aliaksandr", "aliaksandar", "aleksandar"}},
        {"aleksey",
         {"alexei", "alexey", "aleksei", "oleksiy", "oleksii", "alexej", "aliaksei", "aliaksey"}},
        {"sergey",
         {"sergei", "serhiy", "serhii", "sergiy", "sergej", "serguei", "siarhei", "siarhey"}},
        {"dmitriy",
         {"dmitry", "dmitri", "dmitrii", "dmytro", "dimitri", "dimitry", "dmitrij", "dzmitry",
          "dzmitryi", "dzmitriy"}},
        {"yuriy", {"yuri", "yury", "yurii", "iurii", "jurij", "yurij", "yuryi"}},
        {"andrey", {"andrei", "andriy", "andrii", "andrej", "andrew"}},
        {"mikhail", {"mikhaylo", "mykhailo", "mykhaylo", "michail", "mihail", "michael"}},
        {"nikolay", {"nikolai", "mykola", "nicolai", "nikolaj", "mikalai", "mikalay"}},
        {"vyacheslav", {"viacheslav", "vjaceslav", "vyacheslaw"}},
        // Belarusian romanisations (the Belarus sanctions regimes list most people so) of names
        // whose Russian forms appear above and below.
        {"viktor", {"viktar", "victor", "wiktor"}},
        {"igor", {"ihar", "ihor"}},
        {"leonid", {"leanid"}},
        {"konstantin", {"kanstantsin", "kostiantyn", "kostyantyn", "constantin"}},
        {"valentin", {"valiantsin", "valentyn"}},
        {"vladislav", {"uladzislau", "vladyslav"}},
        {"svetlana", {"sviatlana", "svitlana"}},
        {"tatyana", {"tatsiana", "tatiana", "tetiana", "tetyana"}},
        {"natalya", {"natallia", "natalia", "nataliya"}},
        {"olga", {"volha", "olha"}},
        {"vasiliy", {"vasil", "vasily", "vasilii", "vasyl"}},
        {"vladimir", {"volodymyr", "wladimir", "vladymyr", "uladzimir"}},
        {"yevgeniy",
         {"evgeny", "evgeniy", "yevgeny", "evgenii", "yevhen", "ievgen", "evgenij", "yevgenii",
          "yevgeni", "yauhen", "yauheni"}},
        {"anatoliy", {"anatoly", "anatolii", "anatolij", "anatol"}},
        {"vitaliy", {"vitaly", "vitalii", "vitalij"}},
        {"valeriy", {"valery", "valerii", "valerij"}},
        {"grigoriy", {"grigory", "grigorii", "hryhoriy", "hryhorii", "grigorij"}},
        {"georgiy", {"georgy", "georgii", "heorhiy", "heorhii", "georgij"}},
        {"pyotr", {"petr", "petro", "piotr", "peter"}},
        {"ivan", {"ivan", "iwan"}},
        {"yelena", {"elena", "olena", "jelena", "helena", "yelena"}},
        {"kim", {"gim"}},
        {"jong", {"jeong", "chong", "jung", "chung"}},
        {"lee", {"yi", "rhee", "ri"}},
        {"park", {"bak", "pak"}},
        {"choi", {"choe", "chwe"}},
        // Korean syllables as North Korea and McCune-Reischauer write them (what Cordon's
        // romanisation of Hangul gives), with the Revised and customary spellings of South
        // Korean names.
        {"dae", {"tae"}},
        {"byong", {"byung", "byeong", "pyong", "pyeong"}},
        {"hyon", {"hyun", "hyeon"}},
        {"chol", {"cheol", "chul"}},
        {"yong", {"yeong", "young"}},
        {"hui", {"hee"}},
        {"su", {"soo"}},
        {"un", {"eun"}},
        {"kun", {"geun"}},
        {"kon", {"geon"}},
        {"sin", {"shin"}},
        {"sun", {"soon"}},
        {"tok", {"deok", "duk"}},
        {"kwon", {"gwon"}},
        {"pan", {"ban"}},
        {"mu", {"moo"}},
        {"hyok", {"hyuk", "hyeok"}},
        {"hun", {"hoon"}},
        {"jo", {"cho"}},
        {"sik", {"shik"}},
        {"kyong", {"kyung", "gyeong", "kyeong"}},
        {"myong", {"myung", "myeong"}},
        {"sok", {"seok", "suk"}},
        {"jon", {"jeon", "jun", "joon"}},
        {"kwang", {"gwang"}},
        {"ki", {"gi"}},
        {"kil", {"gil"}},
        {"kuk", {"guk", "kook"}},
        {"kyu", {"gyu"}},
        {"tong", {"dong"}},
        {"tu", {"doo", "du"}},
        {"pong", {"bong"}},
        {"sung", {"seong", "song"}},
        {"mun", {"moon"}},
        {"yun", {"yoon"}},
        {"yol", {"yeol", "yul"}},
        {"ju", {"joo"}},
        {"zhang", {"chang", "jang"}},
        {"mohammadi", {"mohammadi"}},
        {"rahman", {"rehman", "rahmane", "rakhman"}},
        {"rahim", {"raheem", "rakhim"}},
        {"karim", {"kareem", "karym"}},
        {"nur", {"noor", "nour"}},
        {"din", {"deen", "ddin", "eddine", "uddin", "eddin", "addin", "aldin"}},
    };
    auto* map = new std::unordered_map<std::string_view, std::string_view>;
    for (const Group& group : kGroups) {
      for (std::string_view variant : group.variants) map->emplace(variant, group.canonical);
    }
    return map;
  }();
  return *kMap;
}

bool IsVowelLike(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w';
}

}  // namespace

void JoinSplitLegalForms(std::vector<std::string>* tokens) {
  constexpr std::size_t kLongestPart = 3;
  constexpr std::size_t kLongestForm = 16;
  std::vector<std::string>& in = *tokens;
  std::size_t out = 0;
  for (std::size_t i = 0; i < in.size();) {
    // The longest run of short parts from i whose letters make a split legal form.
    std::string joined;
    std::size_t end = i;
    for (std::size_t j = i; j < in.size() && in[j].size() <= kLongestPart; ++j) {
      joined += in[j];
      if (joined.size() > kLongestForm) break;
      if (j > i && SplitLegalForms().count(joined)) end = j + 1;
    }
    if (end > i + 1) {
      joined.clear();
      for (std::size_t j = i; j < end; ++j) joined += in[j];
      in[out++] = std::move(joined);
      i = end;
    } else {
      if (out != i) in[out] = std::move(in[i]);
      ++out;
      ++i;
    }
  }
  in.resize(out);
}

namespace {

// A legal form spelled out, word by word, and its abbreviation. A word ending in '*' is a stem
// that the token begins with; others are the token itself. Longest first where one phrase
// ends another.
struct LegalPhrase {
  std::array<std::string_view, 4> words;
  std::string_view form;
};
constexpr std::string_view kAktsionern = "aktsionern*";
constexpr std::string_view kObshchestv = "obshchestv*";
constexpr LegalPhrase kLegalPhrases[] = {
    {{"publichn*", kAktsionern, kObshchestv}, "pao"},
    {{"nepublichn*", kAktsionern, kObshchestv}, "ao"},
    {{"otkryt*", kAktsionern, kObshchestv}, "oao"},
    {{"zakryt*", kAktsionern, kObshchestv}, "zao"},
    {{kAktsionern, kObshchestv}, "ao"},
    {{"aktsyonern*", kObshchestv}, "ao"},
    {{"akcionern*", kObshchestv}, "ao"},
    {{kObshchestv, "s", "ogranichenn*", "otvetstvennost*"}, "ooo"},
    {{"obshestv*", "s", "ogranichenn*", "otvetstvennost*"}, "ooo"},
    {{"obschestv*", "s", "ogranichenn*", "otvetstvennost*"}, "ooo"},
    {{"tovarystv*", "z", "obmezhen*", "vidpovidaln*"}, "tov"},
    {{"tovaristv*", "z", "obmezhen*", "vidpovidaln*"}, "tov"},
    {{"publichn*", "aktsionern*", "tovarystv*"}, "pao"},
    {{"aktsionern*", "tovarystv*"}, "ao"},
    {{"open", "joint", "stock", "company"}, "ojsc"},
    {{"closed", "joint", "stock", "company"}, "cjsc"},
    {{"public", "joint", "stock", "company"}, "pjsc"},
    {{"joint", "stock", "company"}, "jsc"},
    {{"jointstock", "company"}, "jsc"},
    {{"limited", "liability", "company"}, "llc"},
    {{"limited", "liability", "partnership"}, "llp"},
    {{"public", "limited", "company"}, "plc"},
};

// Optimal string alignment distance of `a` and `b` (adjacent transpositions cost one), or
// more than `bound` when it exceeds it. Three rows of the table, for words of up to 31 letters.
std::size_t BoundedDistance(std::string_view a, std::string_view b, std::size_t bound) {
  if ((a.size() > b.size() ? a.size() - b.size() : b.size() - a.size()) > bound) return bound + 1;
  constexpr std::size_t kMax = 32;
  if (a.size() >= kMax || b.size() >= kMax) return a == b ? 0 : bound + 1;
  // The letters one has more of than the other: each edit mends two at most. (Counted in 32
  // bins, a letter's low five bits: a bin shared lowers the count, and it stays a bound.)
  std::array<int, 32> count{};
  for (char c : a) ++count[static_cast<unsigned char>(c) & 31U];
  for (char c : b) --count[static_cast<unsigned char>(c) & 31U];
  std::size_t differing = 0;
  for (int n : count) differing += static_cast<std::size_t>(n < 0 ? -n : n);
  if ((differing + 1) / 2 > bound) return bound + 1;
  std::array<std::size_t, kMax> before{};  // row i - 2
  std::array<std::size_t, kMax> above{};   // row i - 1
  std::array<std::size_t, kMax> row{};
  for (std::size_t j = 0; j <= b.size(); ++j) above[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    row[0] = i;
    std::size_t least = row[0];
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      row[j] = std::min({above[j] + 1, row[j - 1] + 1, above[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        row[j] = std::min(row[j], before[j - 2] + 1);
      }
      least = std::min(least, row[j]);
    }
    if (least > bound) return bound + 1;  // every path is past the bound already
    before = above;
    above = row;
  }
  return above[b.size()];
}

// Whether `token` is the phrase's `word` or, a word of four letters or more, a misspelling of
// it ("limiteed", "comlany", "jonit", "xcompany": one edit; two from seven letters,
// "cmopzny"): a legal form misspelled is still one, and read as the abbreviation on one side
// only it would meet nothing of the other's spelled-out words.
bool PhraseWordMatches(std::string_view word, std::string_view token) {
  const bool stem = word.ends_with('*');
  if (stem) word.remove_suffix(1);
  if (stem ? token.starts_with(word) : token == word) return true;
  const std::size_t allowed = word.size() >= 7 ? 2 : word.size() >= 4 ? 1 : 0;
  if (allowed == 0) return false;
  if (!stem) return BoundedDistance(word, token, allowed) <= allowed;
  // A stem against the token's beginnings of about its length.
  for (std::size_t length = word.size() - 1; length <= word.size() + 1; ++length) {
    if (length <= token.size() &&
        BoundedDistance(word, token.substr(0, length), allowed) <= allowed) {
      return true;
    }
  }
  return false;
}

}  // namespace

void JoinLegalFormPhrases(std::vector<std::string>* tokens) {
  // The letters a phrase's first word may begin with, misspelled or not: most tokens begin
  // with none of them and are passed at once.
  static const std::uint32_t kFirstLetters = [] {
    std::uint32_t mask = 0;
    for (const LegalPhrase& phrase : kLegalPhrases) {
      mask |= std::uint32_t{1} << (phrase.words[0][0] - 'a');
      mask |= std::uint32_t{1} << (phrase.words[0][1] - 'a');
    }
    return mask;
  }();
  std::vector<std::string>& in = *tokens;
  std::size_t out = 0;
  for (std::size_t i = 0; i < in.size();) {
    const LegalPhrase* found = nullptr;
    std::size_t length = 0;
    // (The first or second letter: a misspelling may change one, "qjoint", "pimited".)
    auto listed_letter = [&](std::size_t at) {
      const char c = at < in[i].size() ? in[i][at] : '\0';
      return c >= 'a' && c <= 'z' && (kFirstLetters >> (c - 'a') & 1U) != 0;
    };
    const bool may_begin = i + 1 < in.size() && (listed_letter(0) || listed_letter(1));
    for (const LegalPhrase& phrase : kLegalPhrases) {
      if (!may_begin) break;
      std::size_t n = 0;
      while (n < phrase.words.size() && !phrase.words[n].empty()) ++n;
      if (i + n > in.size()) continue;
      // A first word misspelled keeps one of its first two letters among the token's first two
      // ("xcompany", "ompany", "boshchestvo"): most tokens are passed here.
      const std::string_view word = phrase.words[0];
      const std::string_view token = in[i];
      if (token.size() >= 2 && token[0] != word[0] && token[0] != word[1] && token[1] != word[0] &&
          token[1] != word[1]) {
        continue;
      }
      bool all = true;
      for (std::size_t k = 0; k < n && all; ++k)
        all = PhraseWordMatches(phrase.words[k], in[i + k]);
      if (all) {
        found = &phrase;
        length = n;
        break;
      }
    }
    if (found != nullptr) {
      in[out++] = std::string(found->form);
      i += length;
    } else {
      if (out != i) in[out] = std::move(in[i]);
      ++out;
      ++i;
    }
  }
  in.resize(out);
}

std::string_view TokenClassName(TokenClass token_class) {
  switch (token_class) {
    case TokenClass::kWord:
      return "word";
    case TokenClass::kParticle:
      return "particle";
    case TokenClass::kHonorific:
      return "honorific";
    case TokenClass::kLegalForm:
      return "legal form";
    case TokenClass::kGenericOrg:
      return "generic word";
    case TokenClass::kNumber:
      return "number";
    case TokenClass::kInitial:
      return "initial";
  }
  return "word";
}

TokenClass ClassifyToken(std::string_view token) {
  if (token.size() == 1 && token[0] >= 'a' && token[0] <= 'z') return TokenClass::kInitial;
  if (!token.empty() &&
      std::all_of(token.begin(), token.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    return TokenClass::kNumber;
  }
  // The word lists' classes in one table, so that a token is looked up once, not once a list;
  // a word on two lists takes the first class asked for below.
  static const base::StringIds kClasses = [] {
    base::StringIds classes;
    auto add = [&classes](const std::unordered_set<std::string_view>& words, TokenClass c) {
      for (std::string_view word : words) classes.TryEmplace(word, static_cast<std::uint32_t>(c));
    };
    add(Particles(), TokenClass::kParticle);
    add(Honorifics(), TokenClass::kHonorific);
    add(LegalForms(), TokenClass::kLegalForm);
    add(SplitLegalForms(), TokenClass::kLegalForm);
    add(GenericOrgWords(), TokenClass::kGenericOrg);
    return classes;
  }();
  const std::uint32_t* found = kClasses.Find(token);
  return found != nullptr ? static_cast<TokenClass>(*found) : TokenClass::kWord;
}

double ClassWeight(TokenClass token_class) {
  switch (token_class) {
    case TokenClass::kWord:
      return 1.0;
    case TokenClass::kParticle:
      return 0.15;
    case TokenClass::kHonorific:
      return 0.2;
    case TokenClass::kLegalForm:
      return 0.1;
    case TokenClass::kGenericOrg:
      return 0.35;
    case TokenClass::kNumber:
      return 0.6;
    case TokenClass::kInitial:
      return 0.35;
  }
  return 1.0;
}

std::string_view CanonicalToken(std::string_view token) {
  const auto& variants = Variants();
  auto it = variants.find(token);
  return it == variants.end() ? token : it->second;
}

namespace {

// Families of a given name (in its common spellings) and its nicknames and short forms. Left
// out: forms that are also names or words of their own elsewhere, which a family would join to
// it wrongly: Al and Ben (particles of Arabic names), Ali, Sami, Jan, Ian, Ed, Pat, Dan, Don,
// Pasha (a title), Bert and Beto (two families each, of no clear lead).
// Each family in one string, its names separated by spaces.
constexpr std::string_view kNicknameFamilies[] = {
    // English
    "william bill billy will willy willie",
    "richard dick rick ricky rich richie",
    "robert bob bobby rob robbie",
    "james jim jimmy jamie",
    "john jack johnny",
    "michael mike mikey mick mickey misha",
    "thomas tom tommy",
    "joseph joe joey",
    "charles charlie chuck",
    "edward eddie ted teddy ned",
    "elizabeth liz lizzie beth betty betsy eliza libby",
    "margaret peggy maggie meg marge margie",
    "katherine catherine kathryn kate katie kathy cathy kitty",
    "yekaterina ekaterina katya",
    "anthony antony tony",
    "christopher chris",
    "nicholas nick nicky",
    "alexander aleksandr alex sasha sanya shura",
    "alexandra aleksandra alex sasha sanya shura",
    "aleksey alexei alex alyosha lyosha",
    "daniel danny",
    "david dave davy",
    "jonathan jonny",
    "matthew matt",
    "benjamin benny",
    "samuel sam sammy",
    "stephen steven steve",
    "patrick paddy",
    "frederick fred freddie freddy",
    "gregory greg grisha grigoriy",
    "timothy tim",
    "kenneth ken",
    "ronald ron ronnie",
    "donald donnie",
    "peter pete pyotr petya",
    "andrew andy drew",
    "susan sue susie",
    "deborah debbie",
    "jennifer jenny",
    "rebecca becky",
    "victoria vicky",
    "abraham abe",
    "jacob jake",
    "zachary zach",
    "nathaniel nathan nate",
    "raymond ray",
    "lawrence larry",
    "henry hank harry",
    "harold harry",
    "walter walt",
    // Russian and Ukrainian
    "anatoliy tolya",
    "andrey andryusha",
    "boris borya",
    "vladimir vova volodya",
    "vyacheslav slava",
    "dmitriy dima mitya",
    "yevgeniy zhenya",
    "yevgeniya evgeniya zhenya",
    "ivan vanya",
    "konstantin kostya",
    "mikhail misha",
    "nikolay kolya",
    "sergey seryozha",
    "yuriy yury yuri yura",
    "yelena elena jelena lena",
    "mariya maria masha",
    "natalya natalia natasha",
    "olga olya",
    "svetlana sveta",
    "tatyana tatiana tanya",
    "anastasiya anastasia nastya",
    "lyudmila ludmila lyuda mila",
    "irina ira",
    // Spanish
    "francisco paco pancho curro",
    "jose pepe",
    "ignacio nacho",
    "jesus chucho chuy",
    "guadalupe lupe",
    "enrique kike",
    "manuel manolo",
};

struct NicknameTable {
  std::unordered_map<std::string_view, std::vector<std::uint16_t>> families;
  std::unordered_map<std::string_view, std::uint32_t> masks;
};

const NicknameTable& Nicknames() {
  static const NicknameTable kTable = [] {
    NicknameTable table;
    std::uint16_t id = 0;
    for (std::string_view family : kNicknameFamilies) {
      for (std::size_t begin = 0; begin < family.size();) {
        std::size_t end = family.find(' ', begin);
        if (end == std::string_view::npos) end = family.size();
        const std::string_view name = family.substr(begin, end - begin);
        begin = end + 1;
        // (CanonicalToken() returns a view of the variant table's literal or of `name`,
        // both static.)
        std::vector<std::uint16_t>& of = table.families[CanonicalToken(name)];
        if (std::find(of.begin(), of.end(), id) == of.end()) of.push_back(id);
        table.masks[CanonicalToken(name)] |= std::uint32_t{1} << (id % 32);
      }
      ++id;
    }
    return table;
  }();
  return kTable;
}

}  // namespace

std::uint32_t NicknameMask(std::string_view canonical) {
  const auto& masks = Nicknames().masks;
  const auto it = masks.find(canonical);
  return it == masks.end() ? 0 : it->second;
}

bool SameNicknameFamily(std::string_view a, std::string_view b) {
  if (a == b) return false;
  const auto& families = Nicknames().families;
  const auto first = families.find(a);
  const auto second = families.find(b);
  if (first == families.end() || second == families.end()) return false;
  for (std::uint16_t id : first->second) {
    if (std::find(second->second.begin(), second->second.end(), id) != second->second.end()) {
      return true;
    }
  }
  return false;
}

void ForEachNicknameFamily(std::string_view canonical,
                           const std::function<void(std::uint16_t)>& f) {
  const auto& families = Nicknames().families;
  if (const auto it = families.find(canonical); it != families.end()) {
    for (std::uint16_t id : it->second) f(id);
  }
}

namespace {

// The letters Skeleton() keeps, in order: `keep(letter, vowels)`, where `vowels` holds the
// VowelBit()s of the vowel-like letters since the letter kept before (0: none). Returns those
// after the last.
// `repeats`, when given, counts the letters dropped as the one kept before them with a vowel
// between ("dawud": the second d).
template <typename Keep>
std::uint8_t WalkSkeleton(std::string_view token, Keep&& keep, std::size_t* repeats = nullptr,
                          bool digraphs = true) {
  char last = '\0';
  bool kept = false;
  std::uint8_t vowel = 0;
  for (std::size_t pos = 0; pos < token.size(); ++pos) {
    char c = token[pos];
    const char following = pos + 1 < token.size() ? token[pos + 1] : '\0';
    // (Without `digraphs`, no two letters are read as one.)
    const char next = digraphs ? following : '\0';
    if (c == 'p' && next == 'h') {
      c = 'f';
      ++pos;
    } else if ((c == 's' || c == 'k') && next == 'h') {
      ++pos;  // sh -> s, kh -> k: Hebrew romanisation writes s and k for them
    } else if (c == 'g' && next == 'h') {
      c = 'j';  // gh -> g: Arabic writes a foreign g as ghayn (بيغاسوس "byghasws", Pegasus)
      ++pos;
    } else if (c == 'd' && next == 'j' && pos == 0) {
      // An initial dj -> j: French spelling writes jim so (جمال "jmal", Djamel). Not within a
      // word, where romanised Arabic writes dal and jim (هيدج "hydj", Hedge).
      c = 'j';
      ++pos;
    } else if (c == 'c' && next == 'h' && pos + 2 < token.size()) {
      // ch -> s but at the end: French spelling writes sheen so (عكاشة "kashh", Akkacha), and
      // English the ch that Arabic writes تش or چ; a final ch is more often the -ić of Slavic
      // names (Obradović, أوبرادوفيتش) or a German or Polish ch (Bach, Sobiech): k, as c.
      c = 's';
      ++pos;
    } else if (c == 'd' && next == 'h') {
      // dh -> d: the dh of Latin spellings is dad or dhal (Fadhil, فاضل; Romdhane, رمضان),
      // which Arabic script romanised reads d and dh.
      ++pos;
    } else if (c == 'c' && pos > 0 && (following == 'e' || following == 'i' || following == 'y')) {
      // A soft c within a word, as French and Spanish spell it (Lounici, لونيسي; Belkacem,
      // بلقاسم). Not at its start, where pinyin writes ts (Ceng) and Turkish j (Cemal).
      c = 's';
    } else if (c == 'c' || c == 'q') {
      c = 'k';
    } else if (c == 'z') {
      c = 's';
    } else if (c == 'p') {
      c = 'b';  // Arabic script has no p, v or hard g: بوراس is "Puras", برافو "Bravo"
    } else if (c == 'v') {
      c = 'f';
    } else if (c == 'g') {
      c = 'j';
    }
    if (IsVowelLike(c)) {
      vowel |= VowelBit(c);
      continue;
    }
    if (kept && last == c) {
      // (Not an h: often a written vowel, he or ta marbuta, زاهية "zahyh".)
      if (repeats != nullptr && vowel != 0 && c != 'h') ++*repeats;
      continue;
    }
    keep(c, vowel);
    vowel = 0;
    last = c;
    kept = true;
  }
  return vowel;
}

// A final h after two letters or more is mostly a vowel sign (Arabic ta marbuta, Hebrew he):
// Fatimah / Fatima. Skeleton() drops it.
bool DropsFinalH(std::size_t letters, char last) { return letters > 2 && last == 'h'; }

}  // namespace

std::string Skeleton(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  WalkSkeleton(token, [&](char letter, std::uint8_t) { out += letter; });
  if (DropsFinalH(out.size(), out.empty() ? '\0' : out.back())) out.pop_back();
  return out;
}

std::string UnfoldedSkeleton(std::string_view token) {
  std::string out;
  out.reserve(token.size());
  WalkSkeleton(
      token, [&](char letter, std::uint8_t) { out += letter; }, nullptr, false);
  if (DropsFinalH(out.size(), out.empty() ? '\0' : out.back())) out.pop_back();
  return out;
}

std::uint8_t VowelBit(char c) {
  switch (c) {
    case 'a':
      return 1;
    case 'e':
      return 2;
    case 'i':
      return 4;
    case 'o':
      return 8;
    case 'u':
      return 16;
    case 'y':
      return 32;
    case 'w':
      return 64;
    default:
      return 0;
  }
}

SkeletonGaps GapsOfSkeleton(std::string_view token) {
  SkeletonGaps out;
  char last = '\0';
  std::uint8_t end = WalkSkeleton(
      token.substr(0, kMaxGapLetters),
      [&](char letter, std::uint8_t vowels) {
        out.letters_in[out.letters++] = vowels;
        last = letter;
      },
      &out.repeats);
  // A dropped final h's gap joins the end's.
  if (DropsFinalH(out.letters, last)) {
    --out.letters;
    end |= out.letters_in[out.letters];
  }
  out.letters_in[out.letters] = end;
  for (std::size_t k = 0; k <= out.letters; ++k) out.vowel[k] = out.letters_in[k] != 0;
  return out;
}

std::string SkeletonPattern(std::string_view token) {
  const std::string skeleton = Skeleton(token);
  if (skeleton.empty()) return {};
  const SkeletonGaps gaps = GapsOfSkeleton(token);
  std::string out;
  out.reserve(2 * skeleton.size() + 1);
  const std::size_t letters = std::min(skeleton.size(), gaps.letters);
  for (std::size_t k = 0; k < letters; ++k) {
    if (gaps.vowel[k]) out += '.';
    out += skeleton[k];
  }
  if (gaps.vowel[letters]) out += '.';
  return out;
}

std::string PhoneticKey(std::string_view token) {
  struct Rule {
    std::string_view from;
    std::string_view to;
  };
  // Longest first; applied left to right in one pass.
  static constexpr Rule kRules[] = {
      {"tsch", "c"}, {"dzh", "j"}, {"sch", "s"}, {"tch", "c"}, {"kh", "h"},  {"gh", "g"},
      {"dj", "j"},   {"zh", "j"},  {"ts", "c"},  {"tz", "c"},  {"cz", "c"},  {"ch", "c"},
      {"ph", "f"},   {"ck", "k"},  {"ou", "u"},  {"oo", "u"},  {"ee", "i"},  {"iy", "i"},
      {"ij", "i"},   {"ii", "i"},  {"yi", "i"},  {"ey", "ei"}, {"ay", "ai"}, {"th", "t"},
      {"q", "k"},    {"w", "v"},   {"x", "ks"},  {"z", "s"},   {"y", "i"},   {"c", "k"},
      {"j", "j"},
  };
  // The rules of each first letter, in the order above.
  struct Starting {
    std::uint8_t count = 0;
    std::array<std::uint8_t, 6> rules{};
  };
  static constexpr std::array<Starting, 256> kByFirst = [] {
    std::array<Starting, 256> by_first{};
    for (std::size_t r = 0; r < std::size(kRules); ++r) {
      Starting& starting = by_first[static_cast<unsigned char>(kRules[r].from[0])];
      starting.rules[starting.count++] = static_cast<std::uint8_t>(r);
    }
    return by_first;
  }();
  std::string out;
  out.reserve(token.size());
  std::size_t pos = 0;
  while (pos < token.size()) {
    bool applied = false;
    const Starting& starting = kByFirst[static_cast<unsigned char>(token[pos])];
    for (std::size_t k = 0; k < starting.count; ++k) {
      const Rule& rule = kRules[starting.rules[k]];
      if (token.substr(pos, rule.from.size()) == rule.from) {
        for (char c : rule.to) {
          if (out.empty() || out.back() != c) out += c;
        }
        pos += rule.from.size();
        applied = true;
        break;
      }
    }
    if (applied) continue;
    if (out.empty() || out.back() != token[pos]) out += token[pos];
    ++pos;
  }
  return out;
}

}  // namespace cordon::text
