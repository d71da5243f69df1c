// Morpheme grammars for the long tail of synthetic names (see tail_names.h). Each grammar joins
// parts drawn from small inventories, so that the number of possible words is far larger than
// any list: most generated words occur once, as most family names on aggregated lists do.
#include "synth/tail_names.h"

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

#include "synth/name_pools.h"
#include "synth/rng.h"
#include "synth/spelling.h"

namespace cordon::synth {
namespace {

// ---------------------------------------------------------------------------------------------
// Helpers.

// A rewrite that turns one romanisation into another ("ou" -> "u"). `from` ending in '$' only
// matches at the end of the word.
struct Respelling {
  std::string_view from;
  std::string_view to;
};

// `word` with one applicable rewrite of `rules` applied (chosen at random, first occurrence),
// or "" when none applies.
std::string Respell(const std::string& word, std::span<const Respelling> rules, Rng& rng) {
  std::string lower = LowerAscii(word);
  std::size_t applicable = 0;
  auto position = [&](const Respelling& rule) -> std::size_t {
    if (rule.from.ends_with('$')) {
      std::string_view stem = rule.from.substr(0, rule.from.size() - 1);
      return lower.ends_with(stem) && lower.size() > stem.size() + 1 ? lower.size() - stem.size()
                                                                     : std::string::npos;
    }
    std::size_t at = lower.find(rule.from, 1);  // the first letter keeps its case
    return at;
  };
  for (const Respelling& rule : rules) applicable += position(rule) != std::string::npos;
  if (applicable == 0) return "";
  std::size_t chosen = rng.Below(applicable);
  for (const Respelling& rule : rules) {
    std::size_t at = position(rule);
    if (at == std::string::npos) continue;
    if (chosen-- > 0) continue;
    std::size_t length = rule.from.size() - (rule.from.ends_with('$') ? 1 : 0);
    std::string out = word.substr(0, at) + std::string(rule.to) + word.substr(at + length);
    return out == word ? "" : out;
  }
  return "";
}

// A syllable: onset, nucleus and coda drawn from the inventories (the coda may be empty).
std::string Syllable(Rng& rng, std::span<const std::string_view> onsets,
                     std::span<const std::string_view> vowels,
                     std::span<const std::string_view> codas) {
  std::string out(rng.Pick(onsets));
  out += rng.Pick(vowels);
  out += rng.Pick(codas);
  return out;
}

bool EndsWithVowel(std::string_view word) {
  return !word.empty() && std::string_view("aeiouy").find(word.back()) != std::string_view::npos;
}

// Picks an index from integer weights.
template <std::size_t N>
std::size_t Weighted(Rng& rng, const int (&weights)[N]) {
  int total = 0;
  for (int weight : weights) total += weight;
  int roll = static_cast<int>(rng.Below(static_cast<std::size_t>(total)));
  for (std::size_t index = 0; index < N; ++index) {
    roll -= weights[index];
    if (roll < 0) return index;
  }
  return N - 1;
}

// ---------------------------------------------------------------------------------------------
// Arabic: a root of three consonants in a noun pattern. The pattern gives the vowels (romanised)
// and the long vowels and affixes (in Arabic script); '1', '2', '3' stand for the root consonants.

struct ArabicConsonant {
  std::string_view latin;
  std::string_view french;  // Maghrebi romanisation
  std::string_view script;
};

// The letters of Arabic, the most frequent in names (r, l, m, n, s, b) listed twice.
constexpr ArabicConsonant kArabicConsonants[] = {
    {"b", "b", "ب"},   {"t", "t", "ت"},   {"th", "th", "ث"}, {"j", "dj", "ج"}, {"h", "h", "ح"},
    {"kh", "kh", "خ"}, {"d", "d", "د"},   {"dh", "dh", "ذ"}, {"r", "r", "ر"},  {"z", "z", "ز"},
    {"s", "s", "س"},   {"sh", "ch", "ش"}, {"s", "s", "ص"},   {"d", "d", "ض"},  {"t", "t", "ط"},
    {"gh", "gh", "غ"}, {"f", "f", "ف"},   {"q", "k", "ق"},   {"k", "k", "ك"},  {"l", "l", "ل"},
    {"m", "m", "م"},   {"n", "n", "ن"},   {"h", "h", "ه"},   {"w", "w", "و"},  {"r", "r", "ر"},
    {"l", "l", "ل"},   {"m", "m", "م"},   {"n", "n", "ن"},   {"s", "s", "س"},  {"b", "b", "ب"}};

struct ArabicPattern {
  std::string_view latin;   // vowels between the root consonants: "1a2i3" (Karim)
  std::string_view script;  // "12ي3"
};

constexpr ArabicPattern kArabicGivenPatterns[] = {
    {"1a2i3", "12ي3"},     // fa'il: Karim, Salim
    {"1a22a3", "12ا3"},    // fa''al: Hassan, Ammar
    {"ma12u3", "م12و3"},   // maf'ul: Mansour, Mahmoud
    {"1a2a3", "123"},      // fa'al: Hasan, Qamar
    {"1u2ai3", "12ي3"},    // fu'ayl: Zubair, Husain
    {"mu1a22a3", "م123"},  // mufa''al: Muhannad
    {"1a2aa3", "12ا3"},    // fa'al with a long vowel: Jamaal
    {"1i2aa3", "12ا3"}};   // fi'al: Hisham, Imad
constexpr ArabicPattern kArabicNisbaPatterns[] = {{"1u2ai3i", "12ي3ي"},    // al-Zubaidi, al-Juhaini
                                                  {"1a2a3i", "123ي"},      // al-Karami
                                                  {"1a2i3i", "1ا23ي"},     // al-Sahili
                                                  {"ma12a3i", "م123ي"},    // al-Maqdisi
                                                  {"1a22a3i", "12ا3ي"},    // al-Hallabi
                                                  {"1u2a3i", "123ي"}};     // al-Qurashi
constexpr ArabicPattern kArabicFamilyPatterns[] = {{"1a22a3", "12ا3"},     // Haddad, Najjar
                                                   {"ma12u3", "م12و3"},    // Mahfouz, Mabrouk
                                                   {"1a2i3", "12ي3"},      // Saleh-like
                                                   {"1a2aa3a", "12ا3ة"}};  // Barakat-like

// Renders `pattern` for the root: romanised (Maghrebi spelling when `french`) and in script.
// A doubled digraph is written once ("Khashab"); `single` writes every doubled consonant once.
std::string RenderArabicLatin(std::string_view pattern, const ArabicConsonant* root[3], bool french,
                              bool single) {
  std::string out;
  char previous = 0;
  for (char c : pattern) {
    if (c >= '1' && c <= '3') {
      const ArabicConsonant& consonant = *root[c - '1'];
      std::string_view letters = french ? consonant.french : consonant.latin;
      if (c == previous && (single || letters.size() > 1)) continue;
      out += letters;
    } else if (french && c == 'u') {
      out += "ou";
    } else {
      out.push_back(c);
    }
    previous = c;
  }
  return Capitalize(out);
}

std::string RenderArabicScript(std::string_view pattern, const ArabicConsonant* root[3]) {
  std::string out;
  for (std::size_t at = 0; at < pattern.size(); ++at) {
    char c = pattern[at];
    if (c >= '1' && c <= '3') {
      out += root[c - '1']->script;
    } else {
      out.push_back(c);
    }
  }
  return out;
}

void PickRoot(Rng& rng, const ArabicConsonant* root[3]) {
  for (int index = 0; index < 3; ++index) {
    do {
      root[index] = &rng.Pick(kArabicConsonants);
    } while (index > 0 && root[index]->script == root[index - 1]->script);
  }
}

TailName ArabicFromPattern(Rng& rng, const ArabicPattern& pattern) {
  const ArabicConsonant* root[3];
  PickRoot(rng, root);
  TailName name;
  name.latin = RenderArabicLatin(pattern.latin, root, false, false);
  name.script = RenderArabicScript(pattern.script, root);
  // Another romanisation: Maghrebi ("ou", "dj", "ch"), or doubled letters written once with a
  // final "y" ("al-Zubaidy").
  std::string alt;
  if (rng.Chance(0.5)) {
    alt = RenderArabicLatin(pattern.latin, root, true, false);
  } else {
    alt = RenderArabicLatin(pattern.latin, root, false, true);
    if (alt.ends_with('i')) alt.back() = 'y';
  }
  if (alt != name.latin) name.alt = alt;
  return name;
}

// ---------------------------------------------------------------------------------------------
// Russian and Ukrainian: a stem of one or two syllables and a suffix.

constexpr std::string_view kSlavicOnsets[] = {
    "b",  "v",  "g",  "d",  "zh", "z",  "k",  "l",  "m",    "n",  "p",  "r",  "s",  "t",
    "f",  "kh", "ts", "ch", "sh", "br", "vl", "gr", "dr",   "kr", "pr", "tr", "st", "sk",
    "sl", "sm", "sv", "zv", "gl", "kl", "pl", "bl", "shch", "zl", "ch", "b",  "m",  "s"};
constexpr std::string_view kSlavicVowels[] = {"a", "o", "u", "e", "i", "ya", "y", "o", "a", "e"};
constexpr std::string_view kSlavicCodas[] = {"",  "",   "",   "",   "l",  "n",  "r",  "s",
                                             "k", "t",  "sh", "ch", "z",  "m",  "v",  "d",
                                             "b", "rn", "sk", "st", "lk", "rk", "zh", "g"};
constexpr std::string_view kSlavicStemEnds[] = {"n", "l", "r", "k", "v", "sh", "ch", "t",
                                                "d", "s", "m", "g", "b", "z",  "rd", "lin"};
constexpr std::string_view kSlavicSuffixes[] = {"ov",    "in",   "enko",  "uk",   "chuk",  "sky",
                                                "ich",   "yak",  "ko",    "ikov", "nikov", "kin",
                                                "ishin", "tsov", "ovsky", "ets"};
constexpr int kSlavicSuffixWeights[] = {34, 14, 10, 5, 4, 8, 2, 2, 2, 4, 3, 4, 2, 2, 2, 2};
constexpr Respelling kSlavicRespellings[] = {{"sky$", "skiy"}, {"sky$", "ski"}, {"kh", "h"},
                                             {"ts", "tz"},     {"ev$", "yev"},  {"ov$", "off"},
                                             {"y", "i"},       {"zh", "j"},     {"ch", "tch"}};

// Second syllables take a single consonant and mostly no coda, so that stems stay pronounceable.
constexpr std::string_view kSlavicInnerOnsets[] = {"b", "v", "g", "d", "z", "k",  "l",  "m",
                                                   "n", "p", "r", "s", "t", "ch", "sh", "zh"};
constexpr std::string_view kSlavicInnerCodas[] = {"", "", "", "", "", "l", "n", "r", "s", "k", "t"};

// A syllable that reads as Russian: "y" (ы) never after k, g, kh or a hushing consonant.
std::string SlavicSyllable(Rng& rng, std::span<const std::string_view> onsets,
                           std::span<const std::string_view> codas) {
  std::string_view onset = rng.Pick(onsets);
  std::string_view vowel = rng.Pick(kSlavicVowels);
  bool soft_only =
      onset.ends_with('k') || onset.ends_with('g') || onset.ends_with('h') || onset == "ts";
  if (vowel == "y" && soft_only) vowel = "i";
  if (vowel == "ya" && (onset.ends_with('h') || onset == "ts")) vowel = "a";
  return std::string(onset) + std::string(vowel) + std::string(rng.Pick(codas));
}

std::string SlavicStem(Rng& rng) {
  bool two = rng.Chance(0.35);
  std::span<const std::string_view> codas = kSlavicCodas;
  if (two) codas = kSlavicInnerCodas;
  std::string stem = SlavicSyllable(rng, kSlavicOnsets, codas);
  if (two) stem += SlavicSyllable(rng, kSlavicInnerOnsets, kSlavicInnerCodas);
  if (EndsWithVowel(stem)) stem += rng.Pick(kSlavicStemEnds);
  return stem;
}

// ---------------------------------------------------------------------------------------------
// Hispanic: Castilian stems with their endings, and Basque compounds.

constexpr std::string_view kCastilianOnsets[] = {
    "b",  "c",  "d",  "f",  "g",  "l",  "m",  "n",  "p",  "r",  "s", "t",  "v",   "z",
    "br", "cr", "gr", "pr", "tr", "bl", "cl", "pl", "ch", "ll", "j", "qu", "alb", "arr"};
constexpr std::string_view kCastilianVowels[] = {"a", "e", "i", "o", "u", "a", "e", "o"};
constexpr std::string_view kCastilianCodas[] = {"", "", "", "l", "n", "r", "s", "", "z", "rr"};
constexpr std::string_view kCastilianInnerOnsets[] = {"b", "c", "d", "g",  "l",  "m", "n", "r",
                                                      "s", "t", "v", "ch", "ll", "j", "ñ"};
constexpr std::string_view kCastilianInnerCodas[] = {"", "", "", "", "l", "n", "r", "s"};
constexpr std::string_view kCastilianEndings[] = {
    "ero", "eda", "edo",  "ado",  "ino", "ales", "illo", "ares", "ueta", "ega", "ón",
    "ía",  "iz",  "ez",   "ana",  "ejo", "uela", "ano",  "ante", "era",  "ido", "oso",
    "ina", "ote", "uelo", "anes", "eño", "ón",   "illa", "ueña", "alde", "ica"};
constexpr std::string_view kBasqueHeads[] = {
    "Etxe",  "Goi",   "Beri",  "Zabal",  "Arri",  "Iturri", "Mendi",  "Larra", "Uri",   "Aran",
    "Ola",   "Zubi",  "Ibarr", "Elorri", "Garai", "Lasa",   "Agirre", "Urru",  "Ugal",  "Bidas",
    "Goiko", "Erre",  "Ibai",  "Lekue",  "Olano", "Arte",   "Azpi",   "Gorri", "Zuri",  "Otxo",
    "Aldai", "Lizar", "Aitz",  "Altza",  "Sagar", "Intxau", "Arana",  "Elexa", "Uribe", "Echa"};
constexpr std::string_view kBasqueMiddles[] = {"", "", "", "", "be", "ta", "ko", "ga", "ri", "zu"};
constexpr std::string_view kBasqueTails[] = {
    "aga",   "eta",  "egui", "alde",  "ondo",  "buru", "rena", "zabal", "garay", "berria",
    "txea",  "koa",  "zar",  "tegui", "iaga",  "ola",  "uri",  "rreta", "biaga", "goitia",
    "mendi", "ibar", "zuri", "aran",  "landa", "otz",  "ain",  "arte",  "gain",  "txipi"};
constexpr Respelling kHispanicRespellings[] = {{"tx", "ch"}, {"egui", "egi"}, {"rr", "r"},
                                               {"ll", "y"},  {"z", "s"},      {"b", "v"}};

// ---------------------------------------------------------------------------------------------
// Persian: a stem (a name, a word or a town) or two, and a suffix.

constexpr std::string_view kPersianStems[] = {
    "Mohammad", "Hossein",  "Ahmad",   "Ali",     "Reza",     "Mehr",     "Gol",     "Shir",
    "Nik",      "Pak",      "Rast",    "Dana",    "Kamal",    "Javan",    "Khosh",   "Bozorg",
    "Amir",     "Asad",     "Kazem",   "Taher",   "Nour",     "Rahim",    "Karim",   "Jalal",
    "Kamran",   "Farhad",   "Bahram",  "Darab",   "Rostam",   "Sohrab",   "Nader",   "Hamid",
    "Saeed",    "Majid",    "Naser",   "Ghaffar", "Sattar",   "Jabbar",   "Abbas",   "Mousa",
    "Yazdan",   "Khoda",    "Iman",    "Shah",    "Mir",      "Parvin",   "Tabriz",  "Shiraz",
    "Kerman",   "Kashan",   "Tehran",  "Qazvin",  "Yazd",     "Hamadan",  "Zanjan",  "Rasht",
    "Sabzevar", "Nishapur", "Ardabil", "Khoy",    "Maragheh", "Borujerd", "Damghan", "Semnan",
    "Bijar",    "Lar",      "Jahrom",  "Fasa",    "Kashmar",  "Birjand",  "Zabol",   "Khorram",
    "Azad",     "Arian",    "Bahar",   "Roshan",  "Sepah",    "Vatan",    "Ashraf",  "Mahmoud",
    "Ebrahim",  "Esmail",   "Yousef",  "Jafar",   "Sadegh",   "Mahdi",    "Hadi",    "Najaf",
    "Ghazi",    "Dehghan",  "Bagher",  "Heydar",  "Safar",    "Ramezan",  "Shaban",  "Rajab",
    "Tavakol",  "Sharif",   "Mokhtar", "Zand",    "Golshan",  "Parsa",    "Kian",    "Arash",
    "Behzad",   "Farrokh",  "Shahab",  "Siavash", "Omid",     "Navid",    "Payam",   "Kaveh"};
constexpr std::string_view kPersianSuffixes[] = {
    "i",   "zadeh", "pour", "nejad",  "far", "nia",   "rad", "khah", "doust", "vand",
    "lou", "ian",   "fard", "manesh", "kia", "abadi", "ani", "zad",  "kar",   "tash"};
constexpr int kPersianSuffixWeights[] = {30, 10, 10, 8, 5, 5, 4, 3, 3, 4,
                                         3,  5,  4,  2, 2, 6, 3, 2, 2, 2};
constexpr Respelling kPersianRespellings[] = {
    {"ou", "u"},  {"zadeh$", "zade"}, {"nejad$", "nezhad"}, {"pour$", "pur"},    {"gh", "q"},
    {"ei", "ey"}, {"v", "w"},         {"kh", "k"},          {"zadeh$", "-Zadeh"}};

// ---------------------------------------------------------------------------------------------
// Pashto and Urdu.

constexpr std::string_view kUllahStems[] = {
    "Hakim",  "Saif",    "Asad",   "Zabih", "Aman",  "Habib",   "Ehsan",   "Najib",  "Rahmat",
    "Hamid",  "Karim",   "Sami",   "Fazl",  "Hafiz", "Nasr",    "Obaid",   "Qudrat", "Ismat",
    "Latif",  "Mohib",   "Nemat",  "Shafi", "Zain",  "Ata",     "Rafi",    "Inam",   "Ikram",
    "Izzat",  "Kalim",   "Khalil", "Matin", "Naim",  "Rahim",   "Rauf",    "Sadiq",  "Shakir",
    "Wahid",  "Wali",    "Zaki",   "Aziz",  "Faiz",  "Hashmat", "Hidayat", "Ihsan",  "Imam",
    "Inayat", "Kifayat", "Mujib",  "Munir", "Nur",   "Qadir",   "Rashid",  "Sabir",  "Salim",
    "Sana",   "Shams",   "Siraj",  "Jalal", "Kamal", "Nasir",   "Nizam",   "Qutb",   "Ala",
    "Baha",   "Fakhr",   "Ghiyas", "Jamal", "Khair", "Mohi",    "Moin",    "Muslih", "Rukn",
    "Sadr",   "Shahab",  "Sharaf", "Taj",   "Zahir", "Zia",     "Sher",    "Gul",    "Din"};
constexpr std::string_view kPashtoOnsets[] = {"b", "d", "g",  "h",  "j",  "k",  "kh", "l",
                                              "m", "n", "p",  "r",  "s",  "sh", "t",  "w",
                                              "y", "z", "gh", "st", "sp", "n",  "m",  "s"};
constexpr std::string_view kPashtoVowels[] = {"a", "o", "u", "i", "e", "a", "aa", "ai"};
constexpr std::string_view kPashtoCodas[] = {"",  "",  "r", "n", "m",  "k", "l",
                                             "s", "t", "d", "b", "kh", "ng"};
constexpr Respelling kSouthAsianRespellings[] = {
    {"ullah$", "ollah"},   {"ullah$", "ulla"}, {"uddin$", "udin"},
    {"uddin$", "-ud-Din"}, {"zai$", "zay"},    {"zai$", "zi"},
    {"khel$", " Khel"},    {"oo", "u"},        {"aa", "a"}};

// ---------------------------------------------------------------------------------------------
// Turkish.

constexpr std::string_view kTurkishFirsts[] = {
    "Ak",    "Kara",   "Demir", "Yıldız", "Öz",     "Gök",    "Er",      "Al",     "Bay",
    "Kar",   "Taş",    "Ay",    "Gün",    "Kurt",   "Arslan", "Çelik",   "Tok",    "Uz",
    "Koç",   "Şen",    "Ulu",   "Boz",    "Sarı",   "Kızıl",  "Yeşil",   "Tun",    "Altın",
    "Gümüş", "Bilge",  "Ateş",  "Deniz",  "Dağ",    "Tepe",   "Yücel",   "Can",    "Kan",
    "Kaya",  "Çakır",  "Doğan", "Şahin",  "Kartal", "Alp",    "Ok",      "Ünal",   "Erdem",
    "Köse",  "Yalın",  "Sağ",   "Sert",   "Ulus",   "Tekin",  "Cem",     "Ege",    "Başar",
    "Orhan", "Toprak", "Yurt",  "Ilgaz",  "Evren",  "Akın",   "Bozkurt", "Çağlar", "Kök",
    "Işık",  "Oral",   "Uçar",  "Atay",   "Batu",   "Tuna",   "Yazıcı"};
constexpr std::string_view kTurkishSeconds[] = {
    "oğlu", "türk",  "soy", "kan",   "er",     "han",  "taş",   "kaya",  "dağ",      "alp",
    "can",  "el",    "göz", "yürek", "bilek",  "kol",  "demir", "ok",    "tekin",    "men",
    "çı",   "ci",    "gil", "baş",   "bay",    "yol",  "su",    "ören",  "yurt",     "kurt",
    "tepe", "doğan", "gün", "yiğit", "kök",    "ateş", "deniz", "ova",   "bey",      "ağa",
    "lı",   "li",    "lar", "ay",    "toprak", "gül",  "ekin",  "sever", "kurtaran", "öz"};
constexpr std::string_view kTurkishGiven[] = {
    "Mehmet", "Ahmet", "Ali",    "Hasan", "Hüseyin", "Osman",    "Mustafa", "İbrahim", "Halil",
    "Yusuf",  "Ömer",  "Kemal",  "Salih", "Murat",   "Süleyman", "Recep",   "Yakup",   "İsmail",
    "Hamza",  "Abdi",  "Derviş", "Rıza",  "Nuri",    "Şevki",    "Hilmi",   "Fikri",   "Kadri"};

// ---------------------------------------------------------------------------------------------
// West Africa: Yoruba and Igbo compounds, Mossi family names.

constexpr std::string_view kYorubaHeads[] = {
    "Ade",  "Ola",  "Olu",   "Oye",  "Ayo", "Ife",   "Oba",   "Ogun", "Fola", "Bola", "Kola",
    "Tolu", "Dami", "Oluwa", "Akin", "Ibi", "Omo",   "Eni",   "Abi",  "Owo",  "Fade", "Ojo",
    "Olo",  "Odu",  "Ige",   "Aji",  "Oke", "Ajayi", "Alade", "Ebi",  "Ori",  "Fasa"};
constexpr std::string_view kYorubaTails[] = {
    "bayo", "wale", "tunde",   "yemi",  "seun",  "dele", "mide",   "kunle",  "sola",   "lade",
    "jide", "tola", "dayo",    "bisi",  "nike",  "kemi", "yinka",  "gbenga", "femi",   "tope",
    "wumi", "toye", "wole",    "sanmi", "kanmi", "yode", "lola",   "mola",   "rinde",  "labi",
    "sina", "dipe", "gboyega", "jimi",  "tayo",  "koya", "fisayo", "fowora", "bamiro", "lusi"};
constexpr std::string_view kIgboHeads[] = {"Chi",  "Chukwu",  "Obi",   "Uche", "Ike", "Nna",
                                           "Eze",  "Ifeanyi", "Ebube", "Oke",  "Nwa", "Ama",
                                           "Ogbu", "Onye",    "Uzo",   "Ezi",  "Ngo", "Oka",
                                           "Anya", "Ude",     "Okon",  "Nnam", "Aku", "Ofo"};
constexpr std::string_view kIgboTails[] = {"emeka", "nedu",  "oma",    "ebuka", "dike", "zie",
                                           "ka",    "nna",   "ora",    "udi",   "nwa",  "ike",
                                           "di",    "buike", "chukwu", "bueze", "kwe",  "agu",
                                           "nso",   "lu",    "dinma",  "eze",   "obi",  "nkwo"};
constexpr std::string_view kMossiHeads[] = {"Oue", "Sa",  "Za",  "Ko",  "Ya",  "Ka",  "Ta",
                                            "Ba",  "Zo",  "Ti",  "Kom", "Nik", "Som", "Dar",
                                            "Bel", "Kin", "Zou", "Ila", "Koa", "Nana"};
constexpr std::string_view kMossiTails[] = {"draogo", "wadogo", "ngo",  "boré",  "mpaoré",
                                            "goré",   "ré",     "ogo",  "ndé",   "ssé",
                                            "mbou",   "nkiéné", "baré", "gnini", "yanogo"};
constexpr Respelling kWestAfricanRespellings[] = {{"ou", "u"}, {"oo", "o"},  {"gb", "b"},
                                                  {"é", "e"},  {"kw", "qu"}, {"ch", "c"}};

// ---------------------------------------------------------------------------------------------
// Western Europe.

constexpr std::string_view kEnglishOnsets[] = {
    "b",   "br", "bl", "c",  "ch", "cl", "cr", "d",  "dr", "f", "fl", "fr", "g",
    "gr",  "gl", "h",  "k",  "l",  "m",  "n",  "p",  "pr", "r", "s",  "sh", "st",
    "str", "sw", "t",  "th", "tr", "w",  "wh", "wr", "",   "h", "m",  "b"};
constexpr std::string_view kEnglishVowels[] = {"a",  "e",  "i",  "o",  "u",  "ai", "ea",
                                               "ee", "oo", "ou", "ar", "or", "er", "a"};
constexpr std::string_view kEnglishCodas[] = {"ck", "d",  "dd", "ff", "g", "ll", "m",  "n",
                                              "nd", "ng", "nt", "p",  "r", "rk", "rn", "rt",
                                              "s",  "ss", "t",  "tt", "x", "l",  "n",  "rd"};
constexpr std::string_view kEnglishEndings[] = {
    "ton",   "ford", "ley",   "field", "wood",   "worth", "ham",   "by",   "thorpe", "well",
    "more",  "bury", "combe", "dale",  "wick",   "stead", "ridge", "son",  "man",    "er",
    "hurst", "shaw", "brook", "land",  "ington", "cott",  "den",   "ings", "kins",   "lock"};
constexpr std::string_view kGermanOnsets[] = {
    "b", "d", "f", "g",  "h",  "k",  "l",  "m",  "n",    "p",    "r",  "s",  "sch", "st",
    "t", "w", "z", "br", "fr", "gr", "kr", "tr", "schw", "schm", "bl", "pf", "kl",  "schl"};
constexpr std::string_view kGermanVowels[] = {"a",  "e", "i", "o", "u", "ei", "au",
                                              "ie", "ä", "ö", "ü", "a", "e",  "o"};
constexpr std::string_view kGermanCodas[] = {"",   "l",  "n",  "r",  "s",  "ch", "ck", "ff",
                                             "ld", "ll", "mm", "nd", "ng", "nn", "rg", "rk",
                                             "rn", "rt", "ss", "tz", "st", "lz", "nk", "ht"};
constexpr std::string_view kGermanEndings[] = {
    "mann",  "er",     "ke",     "bach",  "berg",  "feld", "hardt",  "hof",   "stein",  "dorf",
    "heim",  "ler",    "ner",    "inger", "wald",  "haus", "brandt", "meier", "lein",   "hauser",
    "bauer", "hammer", "reuter", "kamp",  "horst", "mayr", "huber",  "eder",  "rieder", "gruber"};
constexpr std::string_view kItalianOnsets[] = {"b",  "c",  "d",  "f",  "g",  "l",  "m",  "n",
                                               "p",  "r",  "s",  "t",  "v",  "z",  "br", "cr",
                                               "gr", "pr", "tr", "sc", "st", "fr", "gu", "ch"};
constexpr std::string_view kItalianVowels[] = {"a", "e", "i", "o", "u", "a", "o", "e"};
constexpr std::string_view kItalianCodas[] = {"",   "",   "",   "l",  "n",  "r",  "s",
                                              "st", "nt", "rd", "rn", "ll", "tt", "cc",
                                              "zz", "ss", "mb", "nz", "lv", "rt"};
constexpr std::string_view kItalianEndings[] = {
    "ini",  "etti", "elli", "one",  "ucci", "ardi", "otti",   "ato",  "ese",  "oni",
    "azzi", "aro",  "ari",  "ino",  "ella", "ante", "esi",    "ozzi", "iero", "uzzi",
    "acci", "olo",  "eri",  "igli", "ieri", "aldi", "ignani", "ulli", "asso", "uoco"};
constexpr std::string_view kPolishOnsets[] = {
    "b", "ch", "cz", "d", "g", "j",  "k", "kr", "l",  "m",  "n",  "p",  "pr", "r",  "rz",
    "s", "sz", "st", "t", "w", "wr", "z", "zb", "gr", "br", "dz", "sm", "sk", "pl", "kw"};
constexpr std::string_view kPolishVowels[] = {"a", "e", "i", "o", "u", "y", "ie", "o", "a"};
constexpr std::string_view kPolishCodas[] = {"",  "",  "l",  "n", "r", "s", "ch", "sz", "k",
                                             "w", "m", "rz", "t", "d", "b", "j",  "st", "ł"};
constexpr std::string_view kPolishEndings[] = {"ski",   "cki",   "wicz",  "czyk", "ak",
                                               "ewski", "owski", "iński", "ek",   "owicz",
                                               "iak",   "ecki",  "alski", "arz",  "uk"};
constexpr std::string_view kGreekEndings[] = {"opoulos", "idis",  "akis", "ou",   "atos",
                                              "iadis",   "oglou", "elis", "ikos", "aras"};
constexpr std::string_view kNordicHeads[] = {
    "Lind", "Berg",  "Sjö",  "Ek",  "Ny",  "Holm", "Dahl", "Lund", "Ström", "Sand", "Fors",  "Hag",
    "Wall", "Björk", "Gran", "Ros", "Ahl", "Nord", "Öst",  "Sten", "Bergs", "Hed",  "Kvarn", "Löv"};
constexpr std::string_view kNordicTails[] = {
    "berg", "qvist", "ström", "gren",  "holm", "lund", "dahl", "man",   "stedt", "blad",
    "ling", "fors",  "vall",  "kvist", "borg", "näs",  "bäck", "ström", "stam",  "mark"};
constexpr std::string_view kNordicGiven[] = {
    "Anders", "Nils",  "Lars",   "Karl", "Johan", "Per",  "Olof",  "Sven",   "Erik", "Gustav",
    "Jens",   "Niels", "Mikkel", "Knut", "Ole",   "Hans", "Jakob", "Magnus", "Axel", "Petter"};
constexpr std::string_view kDutchEndings[] = {"dijk", "berg",   "dam",   "hoven", "beek", "veld",
                                              "burg", "horst",  "meer",  "broek", "wijk", "donk",
                                              "kamp", "heuvel", "bosch", "laar",  "ven",  "loo"};
constexpr Respelling kWesternRespellings[] = {
    {"ph", "f"},  {"ck", "k"},       {"ey$", "ie"}, {"son$", "sen"}, {"mann$", "man"},
    {"ä", "ae"},  {"ö", "oe"},       {"ü", "ue"},   {"sz", "sch"},   {"cz", "ch"},
    {"ou$", "u"}, {"idis$", "ides"}, {"y", "i"}};

// ---------------------------------------------------------------------------------------------
// Company words.

constexpr std::string_view kBrandOnsets[] = {"b",  "d",  "f",  "g",  "k",   "l",  "m",  "n",
                                             "p",  "r",  "s",  "t",  "v",   "z",  "tr", "pr",
                                             "kr", "st", "gr", "br", "vel", "qu", "n",  "l"};
constexpr std::string_view kBrandVowels[] = {"a", "e", "i", "o", "u", "a", "o", "e"};
constexpr std::string_view kBrandCodas[] = {"", "", "", "", "n", "r", "l", "m", "s", "x", "k"};
constexpr std::string_view kBrandEndings[] = {
    "ex",  "on",   "ia",  "ix",  "or",  "ant", "ara", "ova", "tek",  "ium", "ent", "is",
    "ico", "um",   "a",   "o",   "en",  "ar",  "el",  "ion", "ique", "ell", "eon", "ax",
    "ics", "onix", "ora", "ida", "eta", "ana", "ena", "ast", "ix",   "os",  "ide", "ium"};
constexpr std::string_view kChineseBrandSyllables[] = {
    "Hua",   "Xin",   "Jin",   "Hai",  "Tai", "Sheng", "Long",  "Feng", "Heng",  "Da",
    "Zhong", "Guo",   "Tian",  "Hong", "Fu",  "Yuan",  "Kang",  "Rui",  "Tong",  "Wei",
    "Chang", "An",    "Ding",  "Bao",  "Hui", "Xing",  "Yang",  "Mei",  "Cheng", "Lian",
    "Shun",  "Jia",   "Li",    "Ming", "Yu",  "Kai",   "Guang", "De",   "Yi",    "Run",
    "Sen",   "Hao",   "Bo",    "Lei",  "Zhi", "Qi",    "He",    "Ke",   "Lu",    "Peng",
    "Ao",    "Sheng", "Xiang", "Hu",   "Wan", "Jun",   "Tuo",   "Yao",  "Zhan",  "Chuang"};
constexpr std::string_view kKoreanBrandSyllables[] = {
    "Kum",   "Song", "Ryon", "Bong", "Chol", "Mun",   "Kwang", "Myong", "Sin",  "Hung",
    "Pyol",  "Ung",  "Man",  "Pok",  "Un",   "Ha",    "Tae",   "Dong",  "Il",   "Hyang",
    "Ryong", "Sam",  "Chon", "Nam",  "Sung", "Kyong", "Hae",   "Paek",  "Rung", "Jin"};
constexpr std::string_view kRussianBrandTails[] = {
    "prom",   "stroy",    "neft",   "gaz",    "tekh", "invest", "trans", "snab",    "torg",
    "servis", "energo",   "mash",   "khim",   "les",  "zoloto", "agro",  "flot",    "bank",
    "resurs", "komplekt", "sintez", "metall", "avia", "ugol",   "kom",   "tsvetmet"};

}  // namespace

TailName ArabicGivenTail(Rng& rng) {
  return ArabicFromPattern(rng, rng.Pick(kArabicGivenPatterns));
}

TailName ArabicFamilyTail(Rng& rng) {
  if (rng.Chance(0.55)) {
    TailName name = ArabicFromPattern(rng, rng.Pick(kArabicNisbaPatterns));
    // Nisbas mostly take the article; the script then writes it.
    name.article = rng.Chance(0.4);
    if (name.article) name.script = "ال" + name.script;
    return name;
  }
  if (rng.Chance(0.12)) {
    // Maghrebi "Ben Salah" and "Benali".
    TailName given = ArabicGivenTail(rng);
    TailName name;
    bool joined = rng.Chance(0.4);
    name.latin = joined ? "Ben" + LowerAscii(given.latin) : "Ben " + given.latin;
    name.alt = joined ? "Ben " + given.latin : "Ben" + LowerAscii(given.latin);
    name.script = "بن " + given.script;
    return name;
  }
  return ArabicFromPattern(rng, rng.Pick(kArabicFamilyPatterns));
}

TailName RussianFamilyTail(Rng& rng) {
  std::string stem = SlavicStem(rng);
  std::string suffix(kSlavicSuffixes[Weighted(rng, kSlavicSuffixWeights)]);
  // "-ov" is "-ev" after a soft or hushing consonant ("Medvedev", "Kuzhev").
  if (suffix == "ov" && (stem.ends_with("zh") || stem.ends_with("ch") || stem.ends_with("sh") ||
                         stem.ends_with("ts") || stem.ends_with('j') || rng.Chance(0.15))) {
    suffix = "ev";
  }
  if (suffix.starts_with("sky") || suffix == "ovsky") {
    if (stem.ends_with('s')) stem.pop_back();  // "Zales" + "sky" -> "Zalesky"
  }
  if (suffix == "ko" && stem.ends_with('k')) suffix = "o";
  TailName name;
  name.latin = Capitalize(stem + suffix);
  name.alt = Respell(name.latin, kSlavicRespellings, rng);
  return name;
}

TailName HispanicFamilyTail(Rng& rng) {
  TailName name;
  if (rng.Chance(0.25)) {
    std::string word(rng.Pick(kBasqueHeads));
    word += rng.Pick(kBasqueMiddles);
    std::string_view tail = rng.Pick(kBasqueTails);
    if (EndsWithVowel(word) && std::string_view("aeiou").find(tail.front()) != std::string::npos) {
      word.pop_back();
    }
    name.latin = word + std::string(tail);
  } else {
    bool two = rng.Chance(0.35);
    std::span<const std::string_view> codas = kCastilianCodas;
    if (two) codas = kCastilianInnerCodas;
    std::string stem = Syllable(rng, kCastilianOnsets, kCastilianVowels, codas);
    if (two) stem += Syllable(rng, kCastilianInnerOnsets, kCastilianVowels, kCastilianInnerCodas);
    std::string_view ending = rng.Pick(kCastilianEndings);
    if (EndsWithVowel(stem)) stem.pop_back();
    name.latin = Capitalize(stem + std::string(ending));
  }
  name.alt = Respell(name.latin, kHispanicRespellings, rng);
  return name;
}

TailName PersianFamilyTail(Rng& rng) {
  std::string stem(rng.Pick(kPersianStems));
  if (rng.Chance(0.35)) stem += LowerAscii(rng.Pick(kPersianStems));
  std::string suffix(kPersianSuffixes[Weighted(rng, kPersianSuffixWeights)]);
  if (EndsWithVowel(stem) && EndsWithVowel(suffix.substr(0, 1))) {
    // "Mousa" + "i" -> "Mousavi"; "Reza" + "ian" -> "Rezayian".
    stem += suffix == "i" ? "v" : "y";
  }
  TailName name;
  name.latin = stem + suffix;
  name.alt = Respell(name.latin, kPersianRespellings, rng);
  return name;
}

TailName SouthAsianGivenTail(Rng& rng) {
  std::string stem =
      rng.Chance(0.6) ? std::string(rng.Pick(kUllahStems)) : ArabicGivenTail(rng).latin;
  bool ullah = rng.Chance(0.6);
  if (!ullah && EndsWithVowel(stem)) stem.pop_back();
  TailName name;
  name.latin = stem + (ullah ? (EndsWithVowel(stem) ? "tullah" : "ullah") : "uddin");
  name.alt = Respell(name.latin, kSouthAsianRespellings, rng);
  return name;
}

TailName SouthAsianFamilyTail(Rng& rng) {
  std::string stem;
  if (rng.Chance(0.35)) {
    stem = std::string(rng.Pick(kUllahStems));
  } else {
    // Inner syllables start with one consonant: "Tarinzai", not "Mibspimzai".
    stem = Capitalize(Syllable(rng, kPashtoOnsets, kPashtoVowels, kPashtoCodas));
    std::string_view onset;
    do {
      onset = rng.Pick(kPashtoOnsets);
    } while (onset.size() > 1 && onset != "kh" && onset != "sh" && onset != "gh");
    stem += onset;
    stem += rng.Pick(kPashtoVowels);
    stem += rng.Pick(kPashtoCodas);
  }
  std::size_t roll = rng.Below(100);
  std::string_view suffix = roll < 60 ? "zai" : roll < 85 ? "khel" : "wal";
  TailName name;
  name.latin = stem + std::string(suffix);
  name.alt = Respell(name.latin, kSouthAsianRespellings, rng);
  return name;
}

TailName TurkishFamilyTail(Rng& rng) {
  TailName name;
  std::size_t roll = rng.Below(100);
  if (roll < 70) {
    name.latin = std::string(rng.Pick(kTurkishFirsts));
    std::string_view second;
    do {
      second = rng.Pick(kTurkishSeconds);
    } while (LowerAscii(name.latin).ends_with(second));
    name.latin += second;
  } else if (roll < 88) {
    name.latin = std::string(rng.Pick(kTurkishGiven)) + "oğlu";
  } else {
    // "Karaosmanoğlu": an epithet, a name and -oğlu.
    std::string given(rng.Pick(kTurkishGiven));
    name.latin = std::string(rng.Pick(kTurkishFirsts)) + LowerAscii(given) + "oğlu";
  }
  // İ in a compound's second word is a dotted i.
  std::string fixed;
  for (std::size_t at = 0; at < name.latin.size(); ++at) {
    if (at > 0 && name.latin.compare(at, 2, "İ") == 0) {
      fixed += "i";
      ++at;
    } else {
      fixed.push_back(name.latin[at]);
    }
  }
  name.latin = fixed;
  return name;
}

// A Yoruba or Igbo compound ("Adebayo", "Oluwaseun", "Chukwuemeka").
std::string WestAfricanCompound(Rng& rng) {
  if (rng.Chance(0.65)) {
    std::string head(rng.Pick(kYorubaHeads));
    std::string_view tail = rng.Pick(kYorubaTails);
    if (EndsWithVowel(head) && std::string_view("aeiou").find(tail.front()) != std::string::npos) {
      head.pop_back();
    }
    return head + std::string(tail);
  }
  std::string head(rng.Pick(kIgboHeads));
  std::string_view tail = rng.Pick(kIgboTails);
  if (EndsWithVowel(head) && std::string_view("aeiou").find(tail.front()) != std::string::npos &&
      head.size() > 3) {
    head.pop_back();
  }
  return head + std::string(tail);
}

TailName WestAfricanGivenTail(Rng& rng) {
  TailName name;
  name.latin = WestAfricanCompound(rng);
  name.alt = Respell(name.latin, kWestAfricanRespellings, rng);
  return name;
}

TailName WestAfricanFamilyTail(Rng& rng) {
  TailName name;
  if (rng.Chance(0.7)) {
    name.latin = WestAfricanCompound(rng);
  } else {
    std::string head(rng.Pick(kMossiHeads));
    std::string_view tail = rng.Pick(kMossiTails);
    if (EndsWithVowel(head) && std::string_view("aeiou").find(tail.front()) != std::string::npos) {
      head.pop_back();
    }
    name.latin = head + std::string(tail);
  }
  name.alt = Respell(name.latin, kWestAfricanRespellings, rng);
  return name;
}

TailName WesternFamilyTail(Rng& rng) {
  static constexpr int kWeights[] = {30, 20, 15, 8, 10, 5, 8, 4};
  std::string word;
  switch (Weighted(rng, kWeights)) {
    case 0: {  // English: "Thornbury", "Whitford"
      word = Syllable(rng, kEnglishOnsets, kEnglishVowels, kEnglishCodas);
      if (word.size() < 3) word += rng.Pick(kEnglishCodas);
      word += rng.Pick(kEnglishEndings);
      break;
    }
    case 1: {  // German: "Lindemann", "Schwarzbach"
      word = Syllable(rng, kGermanOnsets, kGermanVowels, kGermanCodas);
      if (rng.Chance(0.3)) word += Syllable(rng, kGermanOnsets, kGermanVowels, kGermanCodas);
      word += rng.Pick(kGermanEndings);
      break;
    }
    case 2: {  // Italian: "Castellucci"
      word = Syllable(rng, kItalianOnsets, kItalianVowels, kItalianCodas);
      word += Syllable(rng, kItalianOnsets, kItalianVowels, kItalianCodas);
      if (EndsWithVowel(word)) word.pop_back();
      word += rng.Pick(kItalianEndings);
      break;
    }
    case 3: {  // Dutch: "van Hoogveld", "de Brouwer"
      std::string place = Capitalize(Syllable(rng, kEnglishOnsets, kEnglishVowels, kEnglishCodas));
      place += rng.Pick(kDutchEndings);
      std::size_t roll = rng.Below(10);
      std::string particle = roll < 6   ? "van "
                             : roll < 8 ? "van der "
                             : roll < 9 ? "van den "
                                        : "de ";
      TailName name;
      name.latin = particle + place;
      name.alt = Capitalize(particle) + place;
      return name;
    }
    case 4: {  // Polish: "Wrzesinski"
      word = Syllable(rng, kPolishOnsets, kPolishVowels, kPolishCodas);
      if (rng.Chance(0.4)) word += Syllable(rng, kPolishOnsets, kPolishVowels, kPolishCodas);
      if (EndsWithVowel(word)) word.pop_back();
      word += rng.Pick(kPolishEndings);
      break;
    }
    case 5: {  // Greek: "Karamanlidis"
      word = Syllable(rng, kItalianOnsets, kItalianVowels, kItalianCodas);
      word += Syllable(rng, kItalianOnsets, kItalianVowels, kItalianCodas);
      if (EndsWithVowel(word)) word.pop_back();
      word += rng.Pick(kGreekEndings);
      break;
    }
    case 6: {  // Nordic: "Lindqvist", "Nilsson"
      if (rng.Chance(0.4)) {
        word = std::string(rng.Pick(kNordicGiven));
        word += rng.Chance(0.5) ? "sson" : "sen";
      } else {
        word = std::string(rng.Pick(kNordicHeads));
        word += rng.Pick(kNordicTails);
      }
      break;
    }
    default: {  // Scottish and Irish: "MacFarlane", "O'Donnell"
      std::string stem = Capitalize(Syllable(rng, kEnglishOnsets, kEnglishVowels, kEnglishCodas));
      if (stem.size() < 3) stem += rng.Pick(kEnglishCodas);
      std::size_t roll = rng.Below(3);
      word = (roll == 0 ? "Mac" : roll == 1 ? "Mc" : "O'") + stem;
      TailName name;
      name.latin = word;
      name.alt = roll == 2 ? "O" + stem : roll == 0 ? "Mc" + stem : "Mac" + stem;
      return name;
    }
  }
  TailName name;
  name.latin = Capitalize(word);
  name.alt = Respell(name.latin, kWesternRespellings, rng);
  return name;
}

std::string BrandWord(Rng& rng, Tradition tradition) {
  switch (tradition) {
    case Tradition::kChinese: {
      std::string word(rng.Pick(kChineseBrandSyllables));
      word += LowerAscii(rng.Pick(kChineseBrandSyllables));
      if (rng.Chance(0.2)) word += LowerAscii(rng.Pick(kChineseBrandSyllables));
      return word;
    }
    case Tradition::kKorean: {
      std::string word(rng.Pick(kKoreanBrandSyllables));
      return word + LowerAscii(rng.Pick(kKoreanBrandSyllables));
    }
    case Tradition::kRussian: {
      std::string stem = Capitalize(SlavicStem(rng));
      if (rng.Chance(0.4)) stem += "o";
      return stem + std::string(rng.Pick(kRussianBrandTails));
    }
    default: {
      std::string word = Syllable(rng, kBrandOnsets, kBrandVowels, kBrandCodas);
      word += Syllable(rng, kBrandOnsets, kBrandVowels, kBrandCodas);
      if (rng.Chance(0.3)) word += Syllable(rng, kBrandOnsets, kBrandVowels, kBrandCodas);
      if (EndsWithVowel(word)) word.pop_back();
      word += rng.Pick(kBrandEndings);
      return Capitalize(word);
    }
  }
}

std::string PlaceName(Rng& rng, Tradition tradition) {
  switch (tradition) {
    case Tradition::kArabic:
    case Tradition::kWestAfrican:
      return ArabicGivenTail(rng).latin;
    case Tradition::kRussian: {
      static constexpr std::string_view kEndings[] = {"ovka", "ino", "sk", "grad", "evo", "yevka"};
      std::string stem = Capitalize(SlavicStem(rng));
      return stem + std::string(rng.Pick(kEndings));
    }
    case Tradition::kPersian:
    case Tradition::kSouthAsian: {
      static constexpr std::string_view kEndings[] = {"abad", "pur", "kot", "garh", "stan", "dara"};
      std::string stem = Capitalize(Syllable(rng, kPashtoOnsets, kPashtoVowels, kPashtoCodas));
      if (EndsWithVowel(stem)) stem.pop_back();
      return stem + std::string(rng.Pick(kEndings));
    }
    default: {
      static constexpr std::string_view kEndings[] = {"ia", "ara", "an", "ora", "ville", "ena"};
      std::string word = Syllable(rng, kBrandOnsets, kBrandVowels, kBrandCodas);
      word += Syllable(rng, kBrandOnsets, kBrandVowels, kBrandCodas);
      if (EndsWithVowel(word)) word.pop_back();
      return Capitalize(word + std::string(rng.Pick(kEndings)));
    }
  }
}

}  // namespace cordon::synth
