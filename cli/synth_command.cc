// `cordon synth`: a synthetic sanctions list in the Cordon CSV format (docs/formats.md), written as
// a stream so that millions of entities cost no memory; and `cordon synth queries`: a labelled
// query set (the TSV `cordon eval` reads) drawn from any list. Both are deterministic for a seed,
// for accuracy and speed runs at a scale no published list reaches.
//
// Persons (about 70%) get names from ten naming traditions, built from parts (given names,
// patronymics, particles, family names) so that aliases can be made the way lists make them:
// transliteration variants, reordering, dropped middle names, joined or split compounds, the
// name in its original script, and weak aliases such as a kunya. Organisations (about 30%) are
// companies (word pools plus legal forms) and groups (armed groups, fronts, charities).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <fstream>
#include <functional>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <random>
#include <span>
#include <sstream>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "cordon/entity.h"
#include "cordon/ingest.h"

#include "cli/commands.h"
#include "cli/output.h"

namespace cordon::cli {
namespace {

// ---------------------------------------------------------------------------------------------
// Randomness: std::mt19937_64 is specified bit for bit by the standard; the distributions are
// ours (modulo and a 53-bit fraction), so a seed gives the same output with any standard library.

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}
  // A number in [0, n), n > 0. The modulo bias is negligible for the sizes used here.
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  // A number in [low, high].
  int Between(int low, int high) {
    return low + static_cast<int>(Below(static_cast<std::size_t>(high - low + 1)));
  }
  bool Chance(double p) { return static_cast<double>(engine_() >> 11) * 0x1.0p-53 < p; }
  template <typename T, std::size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(N)];
  }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }
  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[Below(items.size())];
  }

 private:
  std::mt19937_64 engine_;
};

// ---------------------------------------------------------------------------------------------
// UTF-8 helpers: the few case and script conversions synthetic names need.

char32_t NextCodePoint(std::string_view text, std::size_t* pos) {
  auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
  unsigned char lead = byte(*pos);
  int length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3 : 4;
  if (*pos + length > text.size() || (lead >= 0x80 && lead < 0xC0)) {
    ++*pos;
    return 0xFFFD;
  }
  char32_t cp = length == 1   ? lead
                : length == 2 ? lead & 0x1F
                : length == 3 ? lead & 0x0F
                              : lead & 0x07;
  for (int i = 1; i < length; ++i) cp = (cp << 6) | (byte(*pos + i) & 0x3F);
  *pos += length;
  return cp;
}

void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Upper case of Latin (ASCII, Latin-1, Latin Extended-A) and Cyrillic letters; others unchanged.
char32_t UpperCodePoint(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return cp - 0x20;
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 0x20;
  if (cp == 0x131) return 'I';  // dotless i
  if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177)) return cp & ~char32_t{1};
  if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E)) return cp % 2 ? cp : cp - 1;
  if (cp >= 0x430 && cp <= 0x44F) return cp - 0x20;
  if (cp >= 0x450 && cp <= 0x45F) return cp - 0x50;
  return cp;
}

std::string Upper(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();)
    AppendUtf8(UpperCodePoint(NextCodePoint(text, &pos)), &out);
  return out;
}

// The first letter in upper case, the rest as is.
std::string Capitalize(std::string_view text) {
  if (text.empty()) return "";
  std::size_t pos = 0;
  std::string out;
  AppendUtf8(UpperCodePoint(NextCodePoint(text, &pos)), &out);
  out.append(text.substr(pos));
  return out;
}

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Latin letters with diacritics written without them ("Traoré" -> "Traore", "Şahin" -> "Sahin").
std::string AsciiFold(std::string_view text) {
  static const std::unordered_map<char32_t, std::string_view> kFold = {
      {U'à', "a"},  {U'á', "a"}, {U'â', "a"}, {U'ã', "a"}, {U'ä', "a"}, {U'å', "a"}, {U'æ', "ae"},
      {U'ç', "c"},  {U'è', "e"}, {U'é', "e"}, {U'ê', "e"}, {U'ë', "e"}, {U'ì', "i"}, {U'í', "i"},
      {U'î', "i"},  {U'ï', "i"}, {U'ñ', "n"}, {U'ò', "o"}, {U'ó', "o"}, {U'ô', "o"}, {U'õ', "o"},
      {U'ö', "o"},  {U'ø', "o"}, {U'ù', "u"}, {U'ú', "u"}, {U'û', "u"}, {U'ü', "u"}, {U'ý', "y"},
      {U'ß', "ss"}, {U'ğ', "g"}, {U'ş', "s"}, {U'ı', "i"}, {U'ł', "l"}, {U'č', "c"}, {U'š', "s"},
      {U'ž', "z"},  {U'ć', "c"}, {U'ő', "o"}, {U'ű', "u"}, {U'Á', "A"}, {U'É', "E"}, {U'Í', "I"},
      {U'Ó', "O"},  {U'Ú', "U"}, {U'Ñ', "N"}, {U'Ö', "O"}, {U'Ü', "U"}, {U'Ç', "C"}, {U'Ş', "S"},
      {U'Ğ', "G"},  {U'İ', "I"}, {U'Ï', "I"}, {U'È', "E"}, {U'À', "A"}, {U'Ä', "A"}, {U'Â', "A"},
      {U'Ê', "E"},  {U'Î', "I"}, {U'Ô', "O"}, {U'Û', "U"}, {U'Ë', "E"}};
  std::string out;
  out.reserve(text.size());
  for (std::size_t pos = 0; pos < text.size();) {
    char32_t cp = NextCodePoint(text, &pos);
    auto it = kFold.find(cp);
    if (it != kFold.end()) {
      out.append(it->second);
    } else {
      AppendUtf8(cp, &out);
    }
  }
  return out;
}

// A romanised Russian or Ukrainian name back in Cyrillic, by the usual rules read backwards
// ("Sergeyevich" -> "Сергеевич", "Dmitry" -> "Дмитрий"). Approximate, as romanisation loses
// information, but what a list would plausibly print.
std::string Cyrillic(std::string_view latin) {
  static const std::pair<std::string_view, std::string_view> kMulti[] = {
      {"shch", "щ"}, {"zh", "ж"}, {"kh", "х"}, {"ts", "ц"}, {"ch", "ч"}, {"sh", "ш"}};
  // "y" before a vowel: an iotated letter, with a soft sign after a consonant ("Anatolyevich"
  // -> "Анатольевич", "Sergeyevich" -> "Сергеевич").
  static const std::pair<char, std::string_view> kIotated[] = {
      {'u', "ю"}, {'a', "я"}, {'e', "е"}, {'o', "ё"}, {'i', "и"}};
  static const std::pair<char, std::string_view> kSingle[] = {
      {'a', "а"}, {'b', "б"}, {'v', "в"},  {'g', "г"}, {'d', "д"}, {'e', "е"}, {'z', "з"},
      {'i', "и"}, {'k', "к"}, {'l', "л"},  {'m', "м"}, {'n', "н"}, {'o', "о"}, {'p', "п"},
      {'r', "р"}, {'s', "с"}, {'t', "т"},  {'u', "у"}, {'f', "ф"}, {'h', "х"}, {'c', "к"},
      {'j', "й"}, {'w', "в"}, {'x', "кс"}, {'q', "к"}};
  auto vowel = [](char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
  };
  std::string lower = LowerAscii(latin);
  std::string out;
  bool word_start = true;
  for (std::size_t pos = 0; pos < lower.size();) {
    char c = lower[pos];
    if (c < 'a' || c > 'z') {
      if (c != '\'') out.push_back(c);
      word_start = true;
      ++pos;
      continue;
    }
    std::string letter;
    bool word_end = pos + 1 >= lower.size() || lower[pos + 1] < 'a' || lower[pos + 1] > 'z';
    char before = pos > 0 ? lower[pos - 1] : ' ';
    bool matched = false;
    if (c == 'y' && !word_end) {
      for (auto [next, to] : kIotated) {
        if (lower[pos + 1] != next) continue;
        bool consonant = !word_start && !vowel(before);
        letter = std::string(consonant ? "ь" : "") + std::string(to);
        pos += 2;
        matched = true;
        break;
      }
    }
    if (!matched && c == 'i' && pos + 1 < lower.size() && lower[pos + 1] == 'y' &&
        (pos + 2 >= lower.size() || lower[pos + 2] < 'a' || lower[pos + 2] > 'z')) {
      letter = "ий";  // "Dmitriy"
      pos += 2;
      matched = true;
    }
    for (auto [from, to] : kMulti) {
      if (matched) break;
      if (lower.compare(pos, from.size(), from) == 0) {
        letter = to;
        pos += from.size();
        matched = true;
        break;
      }
    }
    if (!matched) {
      if (c == 'e' && word_start) {
        letter = "э";
      } else if (c == 'y') {
        letter = vowel(before) ? "й" : word_end ? "ий" : "ы";
      } else if (c == 'i' && word_end && vowel(before)) {
        letter = "й";
      } else {
        for (auto [from, to] : kSingle) {
          if (from == c) letter = to;
        }
      }
      ++pos;
    }
    if (word_start) letter = Capitalize(letter);
    out += letter;
    word_start = false;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Name pools. `Scripted` pairs a romanised form with the original script (empty when the
// tradition is written in Latin letters or the generator does not render it).

struct Scripted {
  std::string_view latin;
  std::string_view script;
};

constexpr Scripted kArabicMale[] = {{"Mohammed", "محمد"},
                                    {"Ahmad", "أحمد"},
                                    {"Ali", "علي"},
                                    {"Omar", "عمر"},
                                    {"Khalid", "خالد"},
                                    {"Hassan", "حسن"},
                                    {"Hussein", "حسين"},
                                    {"Ibrahim", "إبراهيم"},
                                    {"Yusuf", "يوسف"},
                                    {"Abdullah", "عبد الله"},
                                    {"Abdul Rahman", "عبد الرحمن"},
                                    {"Abdul Aziz", "عبد العزيز"},
                                    {"Abdul Karim", "عبد الكريم"},
                                    {"Abdul Hakim", "عبد الحكيم"},
                                    {"Abdul Majid", "عبد المجيد"},
                                    {"Abdul Latif", "عبد اللطيف"},
                                    {"Abdul Salam", "عبد السلام"},
                                    {"Mahmoud", "محمود"},
                                    {"Mustafa", "مصطفى"},
                                    {"Salim", "سالم"},
                                    {"Saeed", "سعيد"},
                                    {"Tariq", "طارق"},
                                    {"Walid", "وليد"},
                                    {"Faisal", "فيصل"},
                                    {"Nasser", "ناصر"},
                                    {"Jamal", "جمال"},
                                    {"Karim", "كريم"},
                                    {"Samir", "سمير"},
                                    {"Adel", "عادل"},
                                    {"Hamza", "حمزة"},
                                    {"Bilal", "بلال"},
                                    {"Anas", "أنس"},
                                    {"Osama", "أسامة"},
                                    {"Ayman", "أيمن"},
                                    {"Ziad", "زياد"},
                                    {"Majid", "ماجد"},
                                    {"Rashid", "راشد"},
                                    {"Sami", "سامي"},
                                    {"Hisham", "هشام"},
                                    {"Imad", "عماد"},
                                    {"Nabil", "نبيل"},
                                    {"Raed", "رائد"},
                                    {"Fadi", "فادي"},
                                    {"Ammar", "عمار"},
                                    {"Yasser", "ياسر"},
                                    {"Marwan", "مروان"},
                                    {"Sulaiman", "سليمان"},
                                    {"Ismail", "إسماعيل"},
                                    {"Idris", "إدريس"},
                                    {"Musa", "موسى"},
                                    {"Issa", "عيسى"},
                                    {"Zakariya", "زكريا"},
                                    {"Harith", "حارث"},
                                    {"Hamid", "حامد"},
                                    {"Mansour", "منصور"},
                                    {"Fahd", "فهد"},
                                    {"Turki", "تركي"},
                                    {"Saad", "سعد"},
                                    {"Sultan", "سلطان"},
                                    {"Badr", "بدر"},
                                    {"Haitham", "هيثم"},
                                    {"Qasim", "قاسم"},
                                    {"Abbas", "عباس"},
                                    {"Jafar", "جعفر"},
                                    {"Nawaf", "نواف"},
                                    {"Mazen", "مازن"},
                                    {"Riyad", "رياض"},
                                    {"Hazem", "حازم"},
                                    {"Talal", "طلال"},
                                    {"Ghassan", "غسان"},
                                    {"Bassam", "بسام"},
                                    {"Munir", "منير"},
                                    {"Yahya", "يحيى"},
                                    {"Othman", "عثمان"},
                                    {"Khalil", "خليل"},
                                    {"Salah", "صلاح"},
                                    {"Jihad", "جهاد"},
                                    {"Ashraf", "أشرف"}};

constexpr Scripted kArabicFemale[] = {
    {"Fatima", "فاطمة"}, {"Aisha", "عائشة"},  {"Maryam", "مريم"}, {"Khadija", "خديجة"},
    {"Zainab", "زينب"},  {"Amina", "أمينة"},  {"Layla", "ليلى"},  {"Huda", "هدى"},
    {"Noor", "نور"},     {"Samira", "سميرة"}, {"Rania", "رانيا"}, {"Hanan", "حنان"},
    {"Salma", "سلمى"},   {"Asma", "أسماء"},   {"Reem", "ريم"},    {"Dina", "دينا"},
    {"Lina", "لينا"},    {"Nadia", "نادية"},  {"Sara", "سارة"},   {"Yasmin", "ياسمين"},
    {"Hiba", "هبة"},     {"Rasha", "رشا"}};

struct ArabicFamily {
  std::string_view latin;   // without the article
  std::string_view script;  // with it when `al`
  bool al;
};

constexpr ArabicFamily kArabicFamily[] = {
    {"Tamimi", "التميمي", true},      {"Qahtani", "القحطاني", true},
    {"Shammari", "الشمري", true},     {"Otaibi", "العتيبي", true},
    {"Harbi", "الحربي", true},        {"Dosari", "الدوسري", true},
    {"Zahrani", "الزهراني", true},    {"Ghamdi", "الغامدي", true},
    {"Shehri", "الشهري", true},       {"Mutairi", "المطيري", true},
    {"Anazi", "العنزي", true},        {"Masri", "المصري", true},
    {"Baghdadi", "البغدادي", true},   {"Tikriti", "التكريتي", true},
    {"Dulaimi", "الدليمي", true},     {"Jubouri", "الجبوري", true},
    {"Obaidi", "العبيدي", true},      {"Hashimi", "الهاشمي", true},
    {"Rifai", "الرفاعي", true},       {"Halabi", "الحلبي", true},
    {"Shami", "الشامي", true},        {"Yemeni", "اليمني", true},
    {"Libi", "الليبي", true},         {"Sudani", "السوداني", true},
    {"Maqdisi", "المقدسي", true},     {"Ansari", "الأنصاري", true},
    {"Zarqawi", "الزرقاوي", true},    {"Kuwaiti", "الكويتي", true},
    {"Hadrami", "الحضرمي", true},     {"Awlaki", "العولقي", true},
    {"Wuhayshi", "الوحيشي", true},    {"Saadi", "السعدي", true},
    {"Bakri", "البكري", true},        {"Nuaimi", "النعيمي", true},
    {"Kaabi", "الكعبي", true},        {"Mansouri", "المنصوري", true},
    {"Marri", "المري", true},         {"Kuwari", "الكواري", true},
    {"Hamdani", "الحمداني", true},    {"Zubaidi", "الزبيدي", true},
    {"Rawi", "الراوي", true},         {"Ani", "العاني", true},
    {"Qurashi", "القرشي", true},      {"Fadhli", "الفضلي", true},
    {"Hajri", "الهاجري", true},       {"Amri", "العامري", true},
    {"Khazraji", "الخزرجي", true},    {"Tunisi", "التونسي", true},
    {"Jazairi", "الجزائري", true},    {"Maghribi", "المغربي", true},
    {"Iraqi", "العراقي", true},       {"Suri", "السوري", true},
    {"Urduni", "الأردني", true},      {"Filistini", "الفلسطيني", true},
    {"Somali", "الصومالي", true},     {"Haddad", "حداد", false},
    {"Khoury", "خوري", false},        {"Nasrallah", "نصر الله", false},
    {"Darwish", "درويش", false},      {"Saleh", "صالح", false},
    {"Abboud", "عبود", false},        {"Hammoud", "حمود", false},
    {"Barakat", "بركات", false},      {"Yassin", "ياسين", false},
    {"Fadlallah", "فضل الله", false}, {"Haidar", "حيدر", false},
    {"Mughniyeh", "مغنية", false},    {"Qassem", "قاسم", false},
    {"Safi", "صافي", false},          {"Shihab", "شهاب", false},
    {"Sabbagh", "صباغ", false},       {"Mahfouz", "محفوظ", false},
    {"Zaidan", "زيدان", false},       {"Khatib", "خطيب", false},
    {"Najjar", "نجار", false}};

struct RussianGiven {
  std::string_view given;
  std::string_view patronymic_male;  // "son of `given`"
  std::string_view patronymic_female;
};

constexpr RussianGiven kRussianMale[] = {{"Aleksandr", "Aleksandrovich", "Aleksandrovna"},
                                         {"Dmitry", "Dmitriyevich", "Dmitriyevna"},
                                         {"Sergei", "Sergeyevich", "Sergeyevna"},
                                         {"Andrei", "Andreyevich", "Andreyevna"},
                                         {"Aleksei", "Alekseyevich", "Alekseyevna"},
                                         {"Vladimir", "Vladimirovich", "Vladimirovna"},
                                         {"Nikolai", "Nikolayevich", "Nikolayevna"},
                                         {"Ivan", "Ivanovich", "Ivanovna"},
                                         {"Mikhail", "Mikhailovich", "Mikhailovna"},
                                         {"Yevgeny", "Yevgenyevich", "Yevgenyevna"},
                                         {"Pavel", "Pavlovich", "Pavlovna"},
                                         {"Igor", "Igorevich", "Igorevna"},
                                         {"Oleg", "Olegovich", "Olegovna"},
                                         {"Viktor", "Viktorovich", "Viktorovna"},
                                         {"Yuri", "Yuryevich", "Yuryevna"},
                                         {"Anatoly", "Anatolyevich", "Anatolyevna"},
                                         {"Vladislav", "Vladislavovich", "Vladislavovna"},
                                         {"Konstantin", "Konstantinovich", "Konstantinovna"},
                                         {"Roman", "Romanovich", "Romanovna"},
                                         {"Maksim", "Maksimovich", "Maksimovna"},
                                         {"Denis", "Denisovich", "Denisovna"},
                                         {"Artem", "Artemovich", "Artemovna"},
                                         {"Boris", "Borisovich", "Borisovna"},
                                         {"Gennady", "Gennadyevich", "Gennadyevna"},
                                         {"Valery", "Valeryevich", "Valeryevna"},
                                         {"Vitaly", "Vitalyevich", "Vitalyevna"},
                                         {"Stanislav", "Stanislavovich", "Stanislavovna"},
                                         {"Arkady", "Arkadyevich", "Arkadyevna"},
                                         {"Grigory", "Grigoryevich", "Grigoryevna"},
                                         {"Leonid", "Leonidovich", "Leonidovna"},
                                         {"Pyotr", "Petrovich", "Petrovna"},
                                         {"Fyodor", "Fyodorovich", "Fyodorovna"},
                                         {"Timur", "Timurovich", "Timurovna"},
                                         {"Ruslan", "Ruslanovich", "Ruslanovna"},
                                         {"Vadim", "Vadimovich", "Vadimovna"},
                                         {"Kirill", "Kirillovich", "Kirillovna"},
                                         {"Ilya", "Ilyich", "Ilyinichna"},
                                         {"Yaroslav", "Yaroslavovich", "Yaroslavovna"},
                                         {"Bogdan", "Bogdanovich", "Bogdanovna"},
                                         {"Taras", "Tarasovich", "Tarasovna"},
                                         {"Vasily", "Vasilyevich", "Vasilyevna"},
                                         {"Semyon", "Semyonovich", "Semyonovna"},
                                         {"Eduard", "Eduardovich", "Eduardovna"},
                                         {"Rostislav", "Rostislavovich", "Rostislavovna"},
                                         {"Anton", "Antonovich", "Antonovna"},
                                         {"Nikita", "Nikitich", "Nikitichna"},
                                         {"Georgy", "Georgyevich", "Georgyevna"},
                                         {"Valentin", "Valentinovich", "Valentinovna"},
                                         {"Lev", "Lvovich", "Lvovna"},
                                         {"Matvei", "Matveyevich", "Matveyevna"},
                                         {"Vyacheslav", "Vyacheslavovich", "Vyacheslavovna"},
                                         {"Yakov", "Yakovlevich", "Yakovlevna"},
                                         {"Gleb", "Glebovich", "Glebovna"},
                                         {"Arsen", "Arsenovich", "Arsenovna"}};

constexpr std::string_view kRussianFemale[] = {
    "Yelena",     "Olga",     "Tatiana",   "Natalia", "Irina",  "Svetlana", "Anna",      "Maria",
    "Yekaterina", "Marina",   "Lyudmila",  "Galina",  "Oksana", "Yulia",    "Anastasia", "Viktoria",
    "Larisa",     "Nadezhda", "Valentina", "Kseniya", "Alla",   "Inna",     "Zhanna",    "Polina"};

constexpr std::string_view kRussianFamily[] = {
    "Ivanov",     "Petrov",     "Sidorov",     "Smirnov",     "Kuznetsov",   "Popov",
    "Volkov",     "Sokolov",    "Lebedev",     "Kozlov",      "Novikov",     "Morozov",
    "Pavlov",     "Semenov",    "Golubev",     "Vinogradov",  "Bogdanov",    "Vorobyov",
    "Fedorov",    "Mikhailov",  "Belyaev",     "Tarasov",     "Belov",       "Komarov",
    "Orlov",      "Kiselev",    "Makarov",     "Andreev",     "Kovalev",     "Ilyin",
    "Gusev",      "Titov",      "Kuzmin",      "Kudryavtsev", "Baranov",     "Kulikov",
    "Alekseev",   "Stepanov",   "Yakovlev",    "Sorokin",     "Sergeev",     "Romanov",
    "Zakharov",   "Borisov",    "Korolev",     "Gerasimov",   "Ponomarev",   "Grigoriev",
    "Lazarev",    "Medvedev",   "Yershov",     "Nikitin",     "Sobolev",     "Ryabov",
    "Polyakov",   "Tsvetkov",   "Danilov",     "Zhukov",      "Frolov",      "Zhuravlev",
    "Nikolaev",   "Krylov",     "Maksimov",    "Sidorenko",   "Kovalenko",   "Bondarenko",
    "Tkachenko",  "Kravchenko", "Shevchenko",  "Boyko",       "Melnyk",      "Kovalchuk",
    "Oliynyk",    "Polishchuk", "Lysenko",     "Marchenko",   "Moroz",       "Savchenko",
    "Rudenko",    "Petrenko",   "Dobrovolsky", "Vysotsky",    "Zhirinovsky", "Deripaska",
    "Abramovich", "Usmanov",    "Timchenko",   "Rotenko",     "Chemezov",    "Sechin",
    "Shoigu",     "Patrushev",  "Naryshkin",   "Kadyrov",     "Bortnikov",   "Zolotov",
    "Karpenko",   "Yurchenko"};

struct Han {
  std::string_view latin;
  std::string_view script;
};

constexpr Han kChineseFamily[] = {
    {"Wang", "王"},  {"Li", "李"},    {"Zhang", "张"}, {"Liu", "刘"},  {"Chen", "陈"},
    {"Yang", "杨"},  {"Huang", "黄"}, {"Zhao", "赵"},  {"Wu", "吴"},   {"Zhou", "周"},
    {"Xu", "徐"},    {"Sun", "孙"},   {"Ma", "马"},    {"Zhu", "朱"},  {"Hu", "胡"},
    {"Guo", "郭"},   {"He", "何"},    {"Gao", "高"},   {"Lin", "林"},  {"Luo", "罗"},
    {"Zheng", "郑"}, {"Liang", "梁"}, {"Xie", "谢"},   {"Song", "宋"}, {"Tang", "唐"},
    {"Han", "韩"},   {"Feng", "冯"},  {"Deng", "邓"},  {"Cao", "曹"},  {"Peng", "彭"},
    {"Zeng", "曾"},  {"Xiao", "肖"},  {"Tian", "田"},  {"Dong", "董"}, {"Pan", "潘"},
    {"Yuan", "袁"},  {"Cai", "蔡"},   {"Jiang", "蒋"}, {"Yu", "余"},   {"Du", "杜"},
    {"Ye", "叶"},    {"Cheng", "程"}, {"Wei", "魏"},   {"Su", "苏"},   {"Lu", "卢"},
    {"Ding", "丁"},  {"Ren", "任"},   {"Shen", "沈"},  {"Yao", "姚"},  {"Fang", "方"},
    {"Jin", "金"},   {"Qiu", "邱"},   {"Xia", "夏"},   {"Tan", "谭"},  {"Shi", "石"},
    {"Liao", "廖"},  {"Zou", "邹"},   {"Xiong", "熊"}, {"Meng", "孟"}, {"Qin", "秦"}};

constexpr Han kChineseSyllable[] = {
    {"Wei", "伟"},  {"Jun", "军"},  {"Hong", "红"},  {"Ming", "明"}, {"Hua", "华"},
    {"Jian", "建"}, {"Ping", "平"}, {"Gang", "刚"},  {"Lei", "磊"},  {"Qiang", "强"},
    {"Yong", "勇"}, {"Jie", "杰"},  {"Tao", "涛"},   {"Bin", "斌"},  {"Hui", "辉"},
    {"Xin", "新"},  {"Yan", "燕"},  {"Ling", "玲"},  {"Fang", "芳"}, {"Li", "丽"},
    {"Na", "娜"},   {"Jing", "静"}, {"Xiu", "秀"},   {"Ying", "英"}, {"Lan", "兰"},
    {"Mei", "梅"},  {"Zhi", "志"},  {"Guo", "国"},   {"Dong", "东"}, {"Hai", "海"},
    {"Feng", "峰"}, {"Chun", "春"}, {"Qing", "庆"},  {"Bo", "波"},   {"Peng", "鹏"},
    {"Yu", "宇"},   {"Xiao", "晓"}, {"Wen", "文"},   {"Jia", "佳"},  {"Rui", "瑞"},
    {"Kai", "凯"},  {"Long", "龙"}, {"Tian", "天"},  {"Zhen", "振"}, {"Liang", "亮"},
    {"Shan", "山"}, {"Yun", "云"},  {"Cheng", "成"}, {"Hao", "浩"},  {"Xiang", "祥"}};

constexpr Han kKoreanFamily[] = {
    {"Kim", "김"},   {"Lee", "이"},  {"Park", "박"}, {"Choi", "최"}, {"Jung", "정"},
    {"Kang", "강"},  {"Cho", "조"},  {"Yoon", "윤"}, {"Jang", "장"}, {"Lim", "임"},
    {"Han", "한"},   {"Oh", "오"},   {"Seo", "서"},  {"Shin", "신"}, {"Kwon", "권"},
    {"Hwang", "황"}, {"Ahn", "안"},  {"Song", "송"}, {"Ryu", "류"},  {"Hong", "홍"},
    {"Jon", "전"},   {"Ri", "리"},   {"Pak", "박"},  {"Kye", "계"},  {"Thae", "태"},
    {"Ro", "로"},    {"Paek", "백"}, {"Hyon", "현"}, {"Sin", "신"},  {"Choe", "최"}};

constexpr Han kKoreanSyllable[] = {
    {"Jong", "정"},  {"Un", "은"},   {"Il", "일"},    {"Song", "성"}, {"Chol", "철"},
    {"Nam", "남"},   {"Yong", "용"}, {"Ho", "호"},    {"Min", "민"},  {"Jun", "준"},
    {"Hyun", "현"},  {"Su", "수"},   {"Young", "영"}, {"Sung", "승"}, {"Kwang", "광"},
    {"Myong", "명"}, {"Hak", "학"},  {"Chang", "창"}, {"Dong", "동"}, {"Hee", "희"},
    {"Jin", "진"},   {"Ju", "주"},   {"Hyok", "혁"},  {"Gil", "길"},  {"Kyong", "경"},
    {"Yol", "열"},   {"Mun", "문"},  {"Sok", "석"},   {"Chan", "찬"}, {"Tae", "태"},
    {"Hwa", "화"},   {"Kuk", "국"},  {"Ryong", "룡"}, {"Chun", "춘"}, {"Gwang", "광"},
    {"Won", "원"},   {"Hyon", "현"}, {"Sun", "순"},   {"Ok", "옥"},   {"Bok", "복"},
    {"Seung", "승"}, {"Ji", "지"},   {"Yeon", "연"},  {"Hoon", "훈"}, {"Woo", "우"}};

constexpr std::string_view kHispanicMale[] = {
    "José",     "Juan",    "Carlos",    "Luis",     "Jorge",  "Miguel",    "Pedro",   "Alejandro",
    "Fernando", "Ricardo", "Rafael",    "Diego",    "Manuel", "Francisco", "Javier",  "Antonio",
    "Raúl",     "Sergio",  "Eduardo",   "Andrés",   "Héctor", "Óscar",     "Ramón",   "Joaquín",
    "Nicolás",  "Hugo",    "Arturo",    "Gustavo",  "Víctor", "Jesús",     "Ernesto", "Fidel",
    "Gabriel",  "Tomás",   "Rodrigo",   "Ignacio",  "Julio",  "Enrique",   "Marco",   "Álvaro",
    "Ismael",   "Rubén",   "Sebastián", "Mauricio", "Wilmer", "Diosdado",  "Tareck",  "Nestor"};

constexpr std::string_view kHispanicFemale[] = {
    "María",    "Ana",      "Carmen",  "Rosa",  "Isabel",  "Lucía",
    "Patricia", "Gabriela", "Daniela", "Sofía", "Adriana", "Claudia",
    "Verónica", "Mónica",   "Elena",   "Delcy", "Cilia",   "Griselda"};

constexpr std::string_view kHispanicFamily[] = {
    "García",  "Rodríguez",  "Martínez", "López",     "González",  "Hernández", "Pérez",
    "Sánchez", "Ramírez",    "Torres",   "Flores",    "Rivera",    "Gómez",     "Díaz",
    "Reyes",   "Morales",    "Cruz",     "Ortiz",     "Gutiérrez", "Chávez",    "Ramos",
    "Ruiz",    "Jiménez",    "Mendoza",  "Vargas",    "Castillo",  "Romero",    "Herrera",
    "Medina",  "Aguilar",    "Guzmán",   "Cabello",   "Moros",     "Saab",      "Ochoa",
    "Zambada", "Carrillo",   "Fuentes",  "Beltrán",   "Caro",      "Quintero",  "Escobar",
    "Londoño", "Villalobos", "Salazar",  "Cárdenas",  "Arellano",  "Félix",     "Treviño",
    "Padrino", "Rondón",     "Bermúdez", "Marulanda", "Echeverri", "Valencia",  "Osorio"};

constexpr std::string_view kHispanicNickname[] = {
    "El Gordo",      "El Flaco",  "El Chino", "El Güero", "El Viejo", "El Señor", "El Ingeniero",
    "El Mayo",       "El Toro",   "El Tigre", "La Reina", "El Negro", "El Compa", "El Primo",
    "El Licenciado", "El Doctor", "El Profe", "El Mono",  "El Loco",  "La Jefa"};

constexpr std::string_view kPersianMale[] = {"Mohammad",
                                             "Ali",
                                             "Hossein",
                                             "Reza",
                                             "Mehdi",
                                             "Hassan",
                                             "Ahmad",
                                             "Mohsen",
                                             "Majid",
                                             "Saeed",
                                             "Hamid",
                                             "Morteza",
                                             "Mahmoud",
                                             "Javad",
                                             "Amir",
                                             "Mostafa",
                                             "Abbas",
                                             "Qasem",
                                             "Gholamreza",
                                             "Mohammad Reza",
                                             "Alireza",
                                             "Hamidreza",
                                             "Esmail",
                                             "Davood",
                                             "Karim",
                                             "Bahram",
                                             "Behrouz",
                                             "Farhad",
                                             "Kamran",
                                             "Dariush",
                                             "Kourosh",
                                             "Masoud",
                                             "Nasser",
                                             "Rostam",
                                             "Yousef",
                                             "Ebrahim",
                                             "Jafar",
                                             "Parviz",
                                             "Shahram",
                                             "Babak",
                                             "Mojtaba",
                                             "Ruhollah",
                                             "Mohammad Hossein",
                                             "Mohammad Ali",
                                             "Amir Hossein",
                                             "Abdolreza",
                                             "Gholamali",
                                             "Hojatollah"};

constexpr std::string_view kPersianFemale[] = {"Zahra",  "Fatemeh", "Maryam", "Masoumeh", "Narges",
                                               "Leila",  "Shirin",  "Parisa", "Mahsa",    "Soheila",
                                               "Azadeh", "Elham",   "Roya",   "Mina"};

constexpr std::string_view kPersianFamily[] = {
    "Rezaei",    "Mohammadi",   "Hosseini",   "Ahmadi",      "Karimi",    "Moradi",  "Jafari",
    "Ghasemi",   "Rahimi",      "Mousavi",    "Heidari",     "Sadeghi",   "Kazemi",  "Hashemi",
    "Ebrahimi",  "Akbari",      "Mirzaei",    "Rostami",     "Soleimani", "Abbasi",  "Najafi",
    "Salehi",    "Taheri",      "Bagheri",    "Shirazi",     "Esfahani",  "Tehrani", "Zarif",
    "Larijani",  "Vahidi",      "Safavi",     "Jalili",      "Shamkhani", "Qalibaf", "Rafsanjani",
    "Araghchi",  "Firouzabadi", "Naqdi",      "Pakpour",     "Hajizadeh", "Dehghan", "Zolfaghari",
    "Shahriari", "Farahani",    "Nourbakhsh", "Golpayegani", "Asadi",     "Amiri",   "Yazdani"};

constexpr std::string_view kPersianFamilySuffix[] = {
    "Tehrani",  "Shirazi",    "Esfahani",  "Khorasani", "Tabrizi", "Kermani",
    "Mashhadi", "Yazdi",      "Qomi",      "Ardakani",  "Khoei",   "Najafabadi",
    "Kashani",  "Hamedani",   "Zanjani",   "Ghazvini",  "Rashti",  "Sabzevari",
    "Kani",     "Tabatabaei", "Shahroudi", "Lankarani", "Amoli",   "Firouzabadi"};

constexpr std::string_view kSouthAsianTitle[] = {"Mullah", "Maulana", "Mufti",  "Qari",
                                                 "Haji",   "Hafiz",   "Maulvi", "Sheikh"};

constexpr std::string_view kSouthAsianGiven[] = {
    "Muhammad",    "Abdul Ghani", "Gul",           "Noor",        "Fazal",      "Hakimullah",
    "Baitullah",   "Zahir",       "Aziz",          "Rahmatullah", "Hamidullah", "Saifullah",
    "Asadullah",   "Zabihullah",  "Amanullah",     "Habibullah",  "Ehsanullah", "Najibullah",
    "Khalil",      "Sher",        "Zar",           "Wali",        "Akhtar",     "Mansoor",
    "Usman",       "Imran",       "Tariq",         "Shahid",      "Faisal",     "Zulfiqar",
    "Asif",        "Nawaz",       "Shahbaz",       "Iqbal",       "Ijaz",       "Javed",
    "Kamran",      "Waqar",       "Bashir",        "Naseer",      "Sirajuddin", "Jalaluddin",
    "Abdul Qadir", "Abdul Wahab", "Mohammad Omar", "Gulbuddin",   "Yunus",      "Khan",
    "Mir",         "Sardar"};

constexpr std::string_view kSouthAsianFemale[] = {
    "Ayesha", "Bibi", "Farzana", "Nasreen", "Shazia", "Rukhsana", "Zarmina", "Malalai", "Sadia"};

constexpr std::string_view kSouthAsianFamily[] = {
    "Haqqani",  "Mehsud",   "Yousafzai", "Afridi",     "Khan",      "Durrani",  "Popalzai",
    "Barakzai", "Achakzai", "Noorzai",   "Ishakzai",   "Wazir",     "Shinwari", "Mohmand",
    "Zadran",   "Khattak",  "Qureshi",   "Chaudhry",   "Malik",     "Butt",     "Sheikh",
    "Siddiqui", "Hashmi",   "Bhatti",    "Awan",       "Rana",      "Lakhvi",   "Azhar",
    "Kashmiri", "Baloch",   "Bugti",     "Mengal",     "Rind",      "Jatoi",    "Mirza",
    "Gilani",   "Abbasi",   "Akhund",    "Akhundzada", "Hekmatyar", "Mujahid",  "Muttaqi",
    "Baradar",  "Tokhi",    "Alizai",    "Kakar",      "Stanikzai", "Zaeef"};

constexpr std::string_view kTurkishMale[] = {
    "Mehmet", "Mustafa", "Ahmet", "Ali",   "Hüseyin", "Hasan",  "İbrahim",  "İsmail",
    "Osman",  "Yusuf",   "Murat", "Ömer",  "Ramazan", "Halil",  "Süleyman", "Abdullah",
    "Mahmut", "Recep",   "Salih", "Kemal", "Emre",    "Burak",  "Serkan",   "Cengiz",
    "Fatih",  "Kadir",   "Orhan", "Yavuz", "Tayfun",  "Sezgin", "Sıtkı",    "Mithat"};

constexpr std::string_view kTurkishFemale[] = {"Ayşe", "Fatma",  "Emine",  "Hatice", "Zeynep",
                                               "Elif", "Meryem", "Şerife", "Hanife", "Gülsüm"};

constexpr std::string_view kTurkishFamily[] = {
    "Yılmaz", "Kaya",    "Demir",  "Şahin",    "Çelik",  "Yıldız",   "Yıldırım", "Öztürk",
    "Aydın",  "Özdemir", "Arslan", "Doğan",    "Kılıç",  "Aslan",    "Çetin",    "Kara",
    "Koç",    "Kurt",    "Özkan",  "Şimşek",   "Polat",  "Özcan",    "Korkmaz",  "Çakır",
    "Erdem",  "Can",     "Acar",   "Şen",      "Aktaş",  "Güler",    "Bozkurt",  "Tekin",
    "Keskin", "Ünal",    "Karaca", "Gündoğdu", "Zengin", "Sarıkaya", "Altun",    "Tosun"};

constexpr std::string_view kWestAfricanMale[] = {
    "Amadou",    "Mamadou",    "Ibrahim",     "Moussa",    "Oumar",   "Abdoulaye", "Boubacar",
    "Seydou",    "Souleymane", "Ousmane",     "Cheikh",    "Modibo",  "Adama",     "Hamidou",
    "Iyad",      "Mokhtar",    "Chukwuemeka", "Oluwaseun", "Adebayo", "Emeka",     "Ikechukwu",
    "Babatunde", "Olusegun",   "Kwame",       "Kofi",      "Yaw",     "Kwabena",   "Abubakar",
    "Aliyu",     "Sani",       "Bello",       "Usman",     "Djibril", "Lamine",    "Sekou",
    "Alassane",  "Idrissa",    "Tidiane"};

constexpr std::string_view kWestAfricanFemale[] = {
    "Aminata", "Fatoumata", "Mariam", "Awa", "Ngozi", "Chiamaka", "Aissata", "Kadiatou", "Adaeze"};

constexpr std::string_view kWestAfricanFamily[] = {
    "Diallo",   "Traoré",   "Keita",      "Coulibaly", "Touré",      "Cissé",    "Konaté",
    "Sangaré",  "Diarra",   "Camara",     "Sow",       "Ba",         "Ndiaye",   "Diop",
    "Fall",     "Sy",       "Kane",       "Maïga",     "Cissoko",    "Dembélé",  "Ouedraogo",
    "Sawadogo", "Kaboré",   "Okafor",     "Okonkwo",   "Adeyemi",    "Ogunleye", "Nwosu",
    "Eze",      "Obi",      "Shekau",     "Barnawi",   "Mensah",     "Boateng",  "Asante",
    "Owusu",    "Ag Ghaly", "Belmokhtar", "Kouffa",    "Ould Hamaha"};

constexpr std::string_view kWesternMale[] = {
    "John",        "Michael",  "David",  "James",   "Robert",   "William",    "Thomas",
    "Richard",     "Peter",    "Paul",   "Mark",    "Stephen",  "Andrew",     "Daniel",
    "Christopher", "Pierre",   "Jean",   "Jacques", "Philippe", "François",   "Louis",
    "Michel",      "Hans",     "Klaus",  "Stefan",  "Wolfgang", "Jürgen",     "Matthias",
    "Andreas",     "Giovanni", "Marco",  "Luca",    "Giuseppe", "Alessandro", "Pieter",
    "Jan",         "Willem",   "Henrik", "Lars",    "Patrick",  "Sean",       "Brian",
    "Kevin",       "George",   "Edward", "Charles", "Henry"};

constexpr std::string_view kWesternFemale[] = {
    "Mary",  "Elizabeth", "Sarah",  "Anne", "Claire", "Marie",     "Sophie",  "Julia",
    "Laura", "Francesca", "Ingrid", "Emma", "Helen",  "Catherine", "Margaret"};

constexpr std::string_view kWesternFamily[] = {
    "Smith",        "Jones",    "Williams", "Brown",     "Taylor",    "Wilson",    "Evans",
    "Thomas",       "Johnson",  "Roberts",  "Walker",    "Wright",    "Robinson",  "Thompson",
    "White",        "Hughes",   "Edwards",  "Green",     "Hall",      "Wood",      "Martin",
    "Bernard",      "Dubois",   "Durand",   "Lefebvre",  "Moreau",    "Laurent",   "Simon",
    "Fontaine",     "Müller",   "Schmidt",  "Schneider", "Fischer",   "Weber",     "Meyer",
    "Wagner",       "Becker",   "Hoffmann", "Schulz",    "Rossi",     "Russo",     "Ferrari",
    "Esposito",     "Bianchi",  "Romano",   "Colombo",   "de Jong",   "Jansen",    "de Vries",
    "van den Berg", "van Dijk", "Bakker",   "Visser",    "Andersson", "Johansson", "Nilsson",
    "O'Brien",      "O'Connor", "McDonald", "Kowalski",  "Novak",     "Horvath",   "Papadopoulos",
    "Costa"};

// ---------------------------------------------------------------------------------------------
// Places, countries and programmes of each naming tradition.

struct City {
  std::string_view name;
  std::string_view code;  // ISO 3166-1 alpha-2
  std::string_view
      country;  // as a list would write it in a birth place, "Alavi", "Asgari", "Azizi", "Bahrami",
                // "Darvishi", "Fallahi", "Ghaffari", "Habibi", "Jahani", "Kamali", "Khalili",
                // "Mahdavi", "Nazari", "Noori", "Rahmani", "Sharifi", "Tavakoli", "Vaziri",
                // "Yousefi", "Zamani", "Sohrabi", "Kiani", "Rajabi", "Rouhani", "Raisi",
                // "Velayati", "Mohseni", "Khatami", "Tabatabaei", "Sepehri", "Zandi", "Karbaschi",
                // "Ashtiani", "Shariatmadari", "Mottaki", "Ahmet Faruk", "Bilal", "Bülent",
                // "Cemal", "Deniz", "Ercan", "Erkan", "Eyüp", "Gökhan", "Hakan", "Hamza", "İlhan",
                // "Kaan", "Levent", "Metin", "Necati", "Nurettin", "Oğuz", "Onur", "Selim",
                // "Serdar", "Sinan", "Tamer", "Tuncay", "Uğur", "Volkan", "Yasin", "Zafer", "Ziya",
                // "Adem", "Aksoy", "Avcı", "Bulut", "Coşkun", "Demirci", "Duman", "Eren",
                // "Erdoğan", "Genç", "Gök", "Güneş", "Işık", "Kahraman", "Kaplan", "Karakaya",
                // "Kartal", "Kaya", "Kocabaş", "Kurtuluş", "Oral", "Özer", "Sağlam", "Savaş",
                // "Sevim", "Soylu", "Taş", "Tuncer", "Turan", "Uçar", "Uysal", "Yalçın", "Yaman",
                // "Yücel", "Zorlu", "Babacan", "Abdou", "Alhassane", "Aboubacar", "Bakary", "Baba",
                // "Dramane", "Hassane", "Mahamadou", "Moctar", "Nouhoum", "Salif", "Sidi",
                // "Tiemoko", "Yacouba", "Zakaria", "Chinedu", "Obinna", "Tunde", "Femi", "Kayode",
                // "Nnamdi", "Uche", "Abdel Kader", "Mohamed Lemine", "Bagayoko", "Dicko",
                // "Doumbia", "Fofana", "Guindo", "Haïdara", "Kanté", "Koné", "Kouyaté", "Sacko",
                // "Samaké", "Sidibé", "Tall", "Thiam", "Wade", "Dia", "Niang", "Gueye", "Seck",
                // "Mbaye", "Adewale", "Bakare", "Balogun", "Ibrahim", "Mohammed", "Nnadi", "Okeke",
                // "Onyeka", "Yar'Adua", "Ag Najem", "Ould Ahmed", "Ould Sidi", "Ag Alghabass",
                // "Abdul Basit", "Abdul Hadi", "Abdul Jabbar", "Abdul Manan", "Abdul Qayum", "Abdul
                // Rauf", "Abdul Salam", "Abdul Wali", "Ahmadullah", "Ataullah", "Daud",
                // "Fazlullah", "Hafizullah", "Ismatullah", "Karimullah", "Latif", "Mohibullah",
                // "Nasrullah", "Nematullah", "Obaidullah", "Qudratullah", "Sadiq", "Samiullah",
                // "Shafiq", "Taj", "Yar", "Zainullah", "Zakir", "Ahmadzai", "Andar", "Atal",
                // "Hotak", "Jadran", "Kharoti", "Khogyani", "Mangal", "Nasir", "Niazi", "Rahimi",
                // "Safi", "Samadi", "Sultani", "Tanai", "Zazai", "Orakzai", "Bangash", "Turi",
                // "Jamali", "Leghari", "Mazari", "Qaisrani", "Tareen", "Sherpao", "Zardari"
};

constexpr City kArabicCities[] = {{"Baghdad", "IQ", "Iraq"},
                                  {"Mosul", "IQ", "Iraq"},
                                  {"Basra", "IQ", "Iraq"},
                                  {"Fallujah", "IQ", "Iraq"},
                                  {"Damascus", "SY", "Syria"},
                                  {"Aleppo", "SY", "Syria"},
                                  {"Homs", "SY", "Syria"},
                                  {"Raqqa", "SY", "Syria"},
                                  {"Idlib", "SY", "Syria"},
                                  {"Riyadh", "SA", "Saudi Arabia"},
                                  {"Jeddah", "SA", "Saudi Arabia"},
                                  {"Sanaa", "YE", "Yemen"},
                                  {"Aden", "YE", "Yemen"},
                                  {"Cairo", "EG", "Egypt"},
                                  {"Alexandria", "EG", "Egypt"},
                                  {"Amman", "JO", "Jordan"},
                                  {"Zarqa", "JO", "Jordan"},
                                  {"Beirut", "LB", "Lebanon"},
                                  {"Tripoli", "LY", "Libya"},
                                  {"Benghazi", "LY", "Libya"},
                                  {"Khartoum", "SD", "Sudan"},
                                  {"Doha", "QA", "Qatar"},
                                  {"Dubai", "AE", "United Arab Emirates"},
                                  {"Sharjah", "AE", "United Arab Emirates"},
                                  {"Kuwait City", "KW", "Kuwait"},
                                  {"Manama", "BH", "Bahrain"},
                                  {"Gaza", "PS", "Palestinian Territories"},
                                  {"Tunis", "TN", "Tunisia"},
                                  {"Algiers", "DZ", "Algeria"},
                                  {"Mogadishu", "SO", "Somalia"}};

constexpr City kRussianCities[] = {
    {"Moscow", "RU", "Russia"},      {"Saint Petersburg", "RU", "Russia"},
    {"Novosibirsk", "RU", "Russia"}, {"Yekaterinburg", "RU", "Russia"},
    {"Kazan", "RU", "Russia"},       {"Rostov-on-Don", "RU", "Russia"},
    {"Krasnodar", "RU", "Russia"},   {"Vladivostok", "RU", "Russia"},
    {"Grozny", "RU", "Russia"},      {"Samara", "RU", "Russia"},
    {"Kyiv", "UA", "Ukraine"},       {"Kharkiv", "UA", "Ukraine"},
    {"Donetsk", "UA", "Ukraine"},    {"Luhansk", "UA", "Ukraine"},
    {"Sevastopol", "UA", "Ukraine"}, {"Minsk", "BY", "Belarus"},
    {"Gomel", "BY", "Belarus"},      {"Almaty", "KZ", "Kazakhstan"}};

constexpr City kChineseCities[] = {
    {"Beijing", "CN", "China"},   {"Shanghai", "CN", "China"},     {"Shenzhen", "CN", "China"},
    {"Guangzhou", "CN", "China"}, {"Dalian", "CN", "China"},       {"Tianjin", "CN", "China"},
    {"Wuhan", "CN", "China"},     {"Xiamen", "CN", "China"},       {"Dandong", "CN", "China"},
    {"Ningbo", "CN", "China"},    {"Hong Kong", "HK", "Hong Kong"}};

constexpr City kKoreanCities[] = {
    {"Pyongyang", "KP", "North Korea"}, {"Nampo", "KP", "North Korea"},
    {"Wonsan", "KP", "North Korea"},    {"Chongjin", "KP", "North Korea"},
    {"Hamhung", "KP", "North Korea"},   {"Sinuiju", "KP", "North Korea"},
    {"Kaesong", "KP", "North Korea"},   {"Seoul", "KR", "South Korea"}};

constexpr City kHispanicCities[] = {
    {"Caracas", "VE", "Venezuela"},  {"Maracaibo", "VE", "Venezuela"},
    {"Valencia", "VE", "Venezuela"}, {"Bogotá", "CO", "Colombia"},
    {"Medellín", "CO", "Colombia"},  {"Cali", "CO", "Colombia"},
    {"Culiacán", "MX", "Mexico"},    {"Tijuana", "MX", "Mexico"},
    {"Guadalajara", "MX", "Mexico"}, {"Havana", "CU", "Cuba"},
    {"Managua", "NI", "Nicaragua"},  {"Panama City", "PA", "Panama"},
    {"Madrid", "ES", "Spain"}};

constexpr City kPersianCities[] = {{"Tehran", "IR", "Iran"},       {"Isfahan", "IR", "Iran"},
                                   {"Mashhad", "IR", "Iran"},      {"Shiraz", "IR", "Iran"},
                                   {"Tabriz", "IR", "Iran"},       {"Qom", "IR", "Iran"},
                                   {"Ahvaz", "IR", "Iran"},        {"Kerman", "IR", "Iran"},
                                   {"Bandar Abbas", "IR", "Iran"}, {"Karaj", "IR", "Iran"}};

constexpr City kSouthAsianCities[] = {
    {"Kabul", "AF", "Afghanistan"},   {"Kandahar", "AF", "Afghanistan"},
    {"Herat", "AF", "Afghanistan"},   {"Jalalabad", "AF", "Afghanistan"},
    {"Khost", "AF", "Afghanistan"},   {"Kunduz", "AF", "Afghanistan"},
    {"Helmand", "AF", "Afghanistan"}, {"Peshawar", "PK", "Pakistan"},
    {"Quetta", "PK", "Pakistan"},     {"Karachi", "PK", "Pakistan"},
    {"Lahore", "PK", "Pakistan"},     {"Rawalpindi", "PK", "Pakistan"},
    {"Miranshah", "PK", "Pakistan"},  {"Bannu", "PK", "Pakistan"},
    {"Multan", "PK", "Pakistan"},     {"Bahawalpur", "PK", "Pakistan"}};

constexpr City kTurkishCities[] = {
    {"Istanbul", "TR", "Turkey"},   {"Ankara", "TR", "Turkey"}, {"Izmir", "TR", "Turkey"},
    {"Gaziantep", "TR", "Turkey"},  {"Bursa", "TR", "Turkey"},  {"Antalya", "TR", "Turkey"},
    {"Adana", "TR", "Turkey"},      {"Konya", "TR", "Turkey"},  {"Şanlıurfa", "TR", "Turkey"},
    {"Diyarbakır", "TR", "Turkey"}, {"Nicosia", "CY", "Cyprus"}};

constexpr City kWestAfricanCities[] = {{"Bamako", "ML", "Mali"},
                                       {"Timbuktu", "ML", "Mali"},
                                       {"Gao", "ML", "Mali"},
                                       {"Kidal", "ML", "Mali"},
                                       {"Niamey", "NE", "Niger"},
                                       {"Dakar", "SN", "Senegal"},
                                       {"Ouagadougou", "BF", "Burkina Faso"},
                                       {"Maiduguri", "NG", "Nigeria"},
                                       {"Kano", "NG", "Nigeria"},
                                       {"Lagos", "NG", "Nigeria"},
                                       {"Abuja", "NG", "Nigeria"},
                                       {"Accra", "GH", "Ghana"},
                                       {"Abidjan", "CI", "Côte d'Ivoire"},
                                       {"Nouakchott", "MR", "Mauritania"}};

constexpr City kWesternCities[] = {
    {"London", "GB", "United Kingdom"}, {"Manchester", "GB", "United Kingdom"},
    {"Paris", "FR", "France"},          {"Marseille", "FR", "France"},
    {"Berlin", "DE", "Germany"},        {"Hamburg", "DE", "Germany"},
    {"Munich", "DE", "Germany"},        {"Rome", "IT", "Italy"},
    {"Milan", "IT", "Italy"},           {"Amsterdam", "NL", "Netherlands"},
    {"Rotterdam", "NL", "Netherlands"}, {"Brussels", "BE", "Belgium"},
    {"Zurich", "CH", "Switzerland"},    {"Geneva", "CH", "Switzerland"},
    {"Vienna", "AT", "Austria"},        {"Stockholm", "SE", "Sweden"},
    {"Dublin", "IE", "Ireland"},        {"New York", "US", "United States"},
    {"Miami", "US", "United States"},   {"Limassol", "CY", "Cyprus"}};

constexpr std::string_view kArabicPrograms[] = {
    "SDGT", "UN 1267", "SYRIA", "IRAQ2", "YEMEN", "LIBYA3", "SUDAN-EO14098", "FTO", "HIZBALLAH"};
constexpr std::string_view kRussianPrograms[] = {
    "RUSSIA-EO14024",  "UKRAINE-EO13660", "UKRAINE-EO13661", "UKRAINE-EO13685",
    "BELARUS-EO14038", "CYBER2",          "CAATSA - RUSSIA"};
constexpr std::string_view kChinesePrograms[] = {"NPWMD", "IFSR",       "CMIC-EO13959",
                                                 "SDNTK", "HK-EO13936", "ILLICIT-DRUGS-EO14059"};
constexpr std::string_view kKoreanPrograms[] = {"DPRK",  "DPRK2", "DPRK3",
                                                "DPRK4", "NPWMD", "UN 1718"};
constexpr std::string_view kHispanicPrograms[] = {"VENEZUELA-EO13850",
                                                  "VENEZUELA-EO13692",
                                                  "SDNTK",
                                                  "ILLICIT-DRUGS-EO14059",
                                                  "CUBA",
                                                  "NICARAGUA-NHRAA",
                                                  "TCO"};
constexpr std::string_view kPersianPrograms[] = {"IRAN", "IRGC",    "IFSR",        "NPWMD",
                                                 "SDGT", "IRAN-HR", "IRAN-EO13902"};
constexpr std::string_view kSouthAsianPrograms[] = {"SDGT", "UN 1267", "FTO", "UN 1988"};
constexpr std::string_view kTurkishPrograms[] = {"SDGT", "IRAN-EO13902", "CAATSA - TURKEY",
                                                 "GLOMAG"};
constexpr std::string_view kWestAfricanPrograms[] = {"SDGT", "UN 1267", "MALI-EO13882", "FTO",
                                                     "GLOMAG"};
constexpr std::string_view kWesternPrograms[] = {"GLOMAG",         "TCO", "SDNTK", "CYBER2",
                                                 "RUSSIA-EO14024", "SDGT"};

// Legal forms, by tradition. A form ending in a blank is written before the name ("OOO ").
constexpr std::string_view kArabicForms[] = {"LLC",
                                             "FZE",
                                             "FZCO",
                                             "FZ-LLC",
                                             "Co.",
                                             "Company",
                                             "W.L.L.",
                                             "S.A.L.",
                                             "Establishment",
                                             "Group",
                                             "General Trading LLC"};
constexpr std::string_view kRussianForms[] = {"LLC",  "JSC", "OJSC", "PJSC", "CJSC",
                                              "OOO ", "AO ", "PAO ", "TOV "};
constexpr std::string_view kChineseForms[] = {
    "Co., Ltd.",       "Co. Ltd",     "Limited",         "Ltd",
    "Group Co., Ltd.", "Corporation", "Company Limited", "Trading Co., Ltd."};
constexpr std::string_view kKoreanForms[] = {"Corporation", "Trading Corporation",
                                             "Company",     "General Corporation",
                                             "Co., Ltd.",   "Joint Venture Company"};
constexpr std::string_view kHispanicForms[] = {"S.A.",   "S.A. de C.V.", "C.A.",      "S.R.L.",
                                               "S.A.S.", "Ltda.",        "S. de R.L."};
constexpr std::string_view kPersianForms[] = {
    "Company", "Co.", "PJS", "Private Joint Stock Company", "Group", "Institute", "Industries"};
constexpr std::string_view kSouthAsianForms[] = {
    "Pvt Ltd", "(Private) Limited", "Ltd", "Traders", "& Co.", "& Sons", "Enterprises"};
constexpr std::string_view kTurkishForms[] = {"A.Ş.", "Ltd. Şti.", "San. ve Tic. A.Ş.",
                                              "Holding A.Ş.", "Ltd."};
constexpr std::string_view kWestAfricanForms[] = {"Ltd",         "SARL",    "SA", "Nigeria Limited",
                                                  "Enterprises", "Ventures"};
constexpr std::string_view kWesternForms[] = {"Ltd",  "Limited", "LLP",    "GmbH", "AG",
                                              "B.V.", "S.A.",    "S.r.l.", "Inc.", "Corp.",
                                              "LLC",  "SAS",     "AB",     "plc"};

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
  std::span<const std::string_view> forms;
};

const TraditionInfo kTraditions[] = {
    {Tradition::kArabic, 200, 160, kArabicCities, kArabicPrograms, kArabicForms},
    {Tradition::kRussian, 150, 200, kRussianCities, kRussianPrograms, kRussianForms},
    {Tradition::kChinese, 80, 170, kChineseCities, kChinesePrograms, kChineseForms},
    {Tradition::kKorean, 50, 60, kKoreanCities, kKoreanPrograms, kKoreanForms},
    {Tradition::kHispanic, 100, 80, kHispanicCities, kHispanicPrograms, kHispanicForms},
    {Tradition::kPersian, 100, 120, kPersianCities, kPersianPrograms, kPersianForms},
    {Tradition::kSouthAsian, 100, 80, kSouthAsianCities, kSouthAsianPrograms, kSouthAsianForms},
    {Tradition::kTurkish, 50, 50, kTurkishCities, kTurkishPrograms, kTurkishForms},
    {Tradition::kWestAfrican, 70, 30, kWestAfricanCities, kWestAfricanPrograms, kWestAfricanForms},
    {Tradition::kWestern, 100, 50, kWesternCities, kWesternPrograms, kWesternForms}};

// ---------------------------------------------------------------------------------------------
// Organisation word pools.

constexpr std::string_view kBrandHeads[] = {
    "Petro", "Trans", "Inter", "Neft",   "Gaz",   "Sino",  "Euro",  "Asia",   "Gulf",   "Pars",
    "Kish",  "Caspi", "Volga", "Baltic", "Ural",  "Sibir", "Arian", "Nord",   "Ost",    "Mega",
    "Tech",  "Aero",  "Agro",  "Chem",   "Metal", "Steel", "Ocean", "Marine", "Star",   "Sun",
    "Atlas", "Delta", "Sigma", "Omega",  "Alpha", "Nova",  "Prime", "Royal",  "Global", "Tera"};
constexpr std::string_view kBrandTails[] = {
    "tech", "trade", "invest", "com",  "gaz", "neft", "prom", "stroy", "servis", "log",
    "mar",  "line",  "star",   "ex",   "tex", "con",  "lux",  "ton",   "via",    "ra",
    "ion",  "tek",   "nova",   "port", "sar", "kar",  "fin",  "mash",  "energo", "flot"};
constexpr std::string_view kCompanyWords[] = {
    "Golden",   "Eastern", "Western",  "Northern",    "Southern", "Silver",  "Silk Road",
    "Blue Sea", "Red Sea", "Crescent", "Falcon",      "Phoenix",  "Horizon", "Zenith",
    "Pioneer",  "Summit",  "Orient",   "Pacific",     "Atlantic", "Caspian", "Eurasia",
    "Meridian", "Polaris", "Unity",    "Victory",     "Liberty",  "Everest", "Emerald",
    "Sapphire", "Diamond", "Crystal",  "Green Valley"};
constexpr Scripted kArabicWords[] = {
    {"Noor", "النور"},    {"Amal", "الأمل"},    {"Khair", "الخير"},     {"Baraka", "البركة"},
    {"Hayat", "الحياة"},  {"Fajr", "الفجر"},    {"Rahma", "الرحمة"},    {"Salam", "السلام"},
    {"Wafa", "الوفاء"},   {"Ihsan", "الإحسان"}, {"Aqsa", "الأقصى"},     {"Quds", "القدس"},
    {"Rashid", "الرشيد"}, {"Zahra", "الزهراء"}, {"Manar", "المنار"},    {"Hilal", "الهلال"},
    {"Shifa", "الشفاء"},  {"Safa", "الصفا"},    {"Tawfiq", "التوفيق"},  {"Nasr", "النصر"},
    {"Iman", "الإيمان"},  {"Furat", "الفرات"},  {"Jazeera", "الجزيرة"}, {"Khaleej", "الخليج"}};
constexpr std::string_view kSectors[] = {"Trading",
                                         "International Trading",
                                         "Import Export",
                                         "Shipping",
                                         "Maritime",
                                         "Marine Services",
                                         "Tankers",
                                         "Petroleum",
                                         "Oil and Gas",
                                         "Petrochemical",
                                         "Energy",
                                         "Power",
                                         "Logistics",
                                         "Transport",
                                         "Freight",
                                         "Construction",
                                         "Engineering",
                                         "Industrial",
                                         "Industries",
                                         "Manufacturing",
                                         "Electronics",
                                         "Technology",
                                         "Technologies",
                                         "Software",
                                         "Telecom",
                                         "Investment",
                                         "Investments",
                                         "Holding",
                                         "Capital",
                                         "Finance",
                                         "Exchange",
                                         "Money Exchange",
                                         "Mining",
                                         "Metals",
                                         "Steel",
                                         "Gold",
                                         "Precious Metals",
                                         "Aviation",
                                         "Air Services",
                                         "Chemical",
                                         "Pharmaceutical",
                                         "Medical Equipment",
                                         "Textile",
                                         "Agricultural",
                                         "Food Industries",
                                         "Security Services",
                                         "Defense Industries",
                                         "Machinery",
                                         "Development",
                                         "Real Estate",
                                         "Consulting",
                                         "Commodities",
                                         "Timber",
                                         "Fisheries",
                                         "Tobacco"};
// Legal forms and what they abbreviate, for aliases that write them the other way.
constexpr std::pair<std::string_view, std::string_view> kFormExpansions[] = {
    {"Ltd", "Limited"},
    {"Co.", "Company"},
    {"LLC", "Limited Liability Company"},
    {"JSC", "Joint Stock Company"},
    {"Corp.", "Corporation"},
    {"Inc.", "Incorporated"},
    {"Co., Ltd.", "Company Limited"},
    {"PJSC", "Public Joint Stock Company"},
    {"OJSC", "Open Joint Stock Company"},
    {"CJSC", "Closed Joint Stock Company"},
    {"PJS", "Private Joint Stock Company"},
    {"Pvt Ltd", "Private Limited"}};

constexpr std::string_view kGroupDescriptors[] = {
    "Islamic",  "National", "Popular",   "Revolutionary", "Liberation", "Resistance",  "Martyrs",
    "Holy",     "Free",     "United",    "Democratic",    "Patriotic",  "People's",    "Eastern",
    "Northern", "Southern", "Sovereign", "Defenders'",    "Salvation",  "Independence"};
constexpr std::string_view kGroupTypes[] = {
    "Brigade",      "Brigades", "Front", "Movement", "Army",  "Battalion", "Council",  "Party",
    "Organization", "Network",  "Group", "Legion",   "Union", "Committee", "Alliance", "Forces"};
constexpr std::string_view kGroupPlaces[] = {
    "Sinai",     "Sahel",          "Khorasan",   "Balochistan", "Kashmir",
    "Mindanao",  "the Levant",     "Maghreb",    "Azawad",      "Donbas",
    "Ogaden",    "Punjab",         "Waziristan", "Idlib",       "Anbar",
    "Hadramawt", "Cabo Delgado",   "Lake Chad",  "Sulu",        "Kurdistan",
    "Arakan",    "the Two Rivers", "Jerusalem",  "Yemen",       "Somalia",
    "Libya",     "Tunisia",        "Mali"};
struct Translated {
  std::string_view latin;
  std::string_view script;
  std::string_view english;
};
constexpr Translated kArabicGroupTypes[] = {
    {"Jamaat", "جماعة", "Group"},        {"Harakat", "حركة", "Movement"},
    {"Kataib", "كتائب", "Brigades"},     {"Liwa", "لواء", "Brigade"},
    {"Jabhat", "جبهة", "Front"},         {"Jaish", "جيش", "Army"},
    {"Ansar", "أنصار", "Supporters"},    {"Saraya", "سرايا", "Companies"},
    {"Tanzim", "تنظيم", "Organization"}, {"Hizb", "حزب", "Party"},
    {"Majlis", "مجلس", "Council"},       {"Muassasat", "مؤسسة", "Foundation"}};
constexpr Translated kArabicGroupWords[] = {{"Sunna", "السنة", "the Sunna"},
                                            {"Haqq", "الحق", "Truth"},
                                            {"Nusra", "النصرة", "Support"},
                                            {"Tawhid", "التوحيد", "Monotheism"},
                                            {"Furqan", "الفرقان", "the Criterion"},
                                            {"Muhajirin", "المهاجرين", "the Emigrants"},
                                            {"Islam", "الإسلام", "Islam"},
                                            {"Mujahidin", "المجاهدين", "the Mujahidin"},
                                            {"Fath", "الفتح", "Conquest"},
                                            {"Khilafa", "الخلافة", "the Caliphate"},
                                            {"Shuhada", "الشهداء", "the Martyrs"},
                                            {"Jihad", "الجهاد", "Jihad"},
                                            {"Haramain", "الحرمين", "the Two Holy Mosques"},
                                            {"Rashad", "الرشاد", "Guidance"},
                                            {"Ittihad", "الاتحاد", "Unity"},
                                            {"Islah", "الإصلاح", "Reform"},
                                            {"Nasr", "النصر", "Victory"},
                                            {"Ribat", "الرباط", "the Frontier"},
                                            {"Umma", "الأمة", "the Nation"},
                                            {"Muqawama", "المقاومة", "Resistance"}};
constexpr Translated kArabicGroupPlaces[] = {
    {"Bilad al-Sham", "بلاد الشام", "the Levant"},
    {"al-Iraq", "العراق", "Iraq"},
    {"al-Yaman", "اليمن", "Yemen"},
    {"Sinai", "سيناء", "Sinai"},
    {"Ard al-Kinana", "أرض الكنانة", "Egypt"},
    {"Khurasan", "خراسان", "Khorasan"},
    {"al-Maghrib al-Islami", "المغرب الإسلامي", "the Islamic Maghreb"},
    {"Gharb Ifriqiya", "غرب أفريقيا", "West Africa"},
    {"al-Sahil", "الساحل", "the Sahel"},
    {"al-Sumal", "الصومال", "Somalia"},
    {"Lubnan", "لبنان", "Lebanon"},
    {"Filastin", "فلسطين", "Palestine"},
    {"Libya", "ليبيا", "Libya"},
    {"Tunis", "تونس", "Tunisia"},
    {"Jazirat al-Arab", "جزيرة العرب", "the Arabian Peninsula"}};
constexpr std::string_view kSouthAsianGroupHeads[] = {"Tehrik", "Lashkar", "Jaish", "Harkat",
                                                      "Sipah",  "Jamaat",  "Hizb",  "Tanzeem"};
constexpr std::string_view kSouthAsianGroupTails[] = {
    "Taliban", "Islam",   "Jhangvi", "Mohammed",  "Tayyiba", "Khorasan", "Jihad",
    "Nifaz",   "Shariat", "Sahaba",  "Mustafa",   "Omar",    "Ansar",    "Mujahideen",
    "Hind",    "Zil",     "Furqan",  "Muhammadi", "Aqsa",    "Badr"};
constexpr std::string_view kCharityTypes[] = {"Charitable Foundation",
                                              "Relief Society",
                                              "Welfare Trust",
                                              "Humanitarian Organization",
                                              "Charity",
                                              "Relief Committee",
                                              "Foundation",
                                              "Benevolence Society",
                                              "Aid Agency",
                                              "Islamic Institute"};

// ---------------------------------------------------------------------------------------------
// Transliteration variants: each group holds spellings of one name that lists use for the same
// person. Used for synthetic aliases and for the `translit` query family.

constexpr std::string_view kVariantGroups[] = {
    "Mohammed|Muhammad|Mohamed|Mohammad|Muhammed|Mohamad",
    "Ahmad|Ahmed|Ahmet",
    "Omar|Umar|Omer",
    "Khalid|Khaled",
    "Hassan|Hasan",
    "Hussein|Husain|Hussain|Husayn|Hossein|Huseyin",
    "Yusuf|Youssef|Yousef|Yusef|Yousuf",
    "Abdullah|Abdallah",
    "Mahmoud|Mahmud|Mahmut",
    "Mustafa|Mostafa|Moustafa",
    "Salim|Salem",
    "Saeed|Said|Sayed|Saeid",
    "Tariq|Tarek|Tareq",
    "Walid|Waleed",
    "Faisal|Faysal|Feisal",
    "Nasser|Nasir|Naser",
    "Jamal|Gamal",
    "Osama|Usama",
    "Ayman|Aiman",
    "Sulaiman|Suleiman|Sulayman|Soleiman|Suleyman|Souleymane",
    "Ismail|Ismael|Esmail",
    "Ibrahim|Ebrahim|Ibragim",
    "Musa|Mousa|Moussa",
    "Issa|Isa|Eissa",
    "Zakariya|Zakaria|Zakariyya",
    "Qasim|Qassim|Kasim|Qasem|Ghasem",
    "Jafar|Jaafar|Jaffar",
    "Riyad|Riad|Riyadh",
    "Hamza|Hamzah",
    "Bilal|Belal",
    "Rashid|Rasheed|Rachid",
    "Hisham|Hesham",
    "Hamid|Hameed",
    "Mansour|Mansur|Mansoor",
    "Fahd|Fahad",
    "Haitham|Haytham",
    "Karim|Kareem",
    "Nabil|Nabeel",
    "Majid|Majeed|Madjid",
    "Yahya|Yehia|Yahia",
    "Othman|Usman|Osman|Uthman|Ousmane",
    "Khalil|Khaleel",
    "Salah|Salaheddine",
    "Fatima|Fatma|Fatimah|Fatemeh",
    "Aisha|Aicha|Ayesha|Aysha",
    "Zainab|Zaynab|Zeinab",
    "Layla|Leila|Laila",
    "Khadija|Khadijah|Khadidja",
    "Amina|Aminah|Amena",
    "Huda|Houda",
    "Yasmin|Yasmine|Yasmeen",
    "Maryam|Mariam|Meryem",
    "Noor|Nur|Nour",
    "Khair|Khayr",
    "Qahtani|Kahtani",
    "Shammari|Shamari",
    "Otaibi|Utaybi|Oteibi",
    "Dosari|Dossary|Dawsari",
    "Masri|Misri",
    "Zarqawi|Zarkawi",
    "Awlaki|Aulaqi|Awlaqi",
    "Hashimi|Hashemi|Hashmi",
    "Obaidi|Ubaidi",
    "Baghdadi|Bagdadi",
    "Haddad|Hadad",
    "Qurashi|Qureshi|Quraishi",
    "Rahman|Rehman",
    "Hosseini|Husseini|Hosseiny",
    "Rezaei|Rezaee|Rezai|Rezaie",
    "Mousavi|Musavi|Moussavi",
    "Ghasemi|Qasemi|Qassemi",
    "Soleimani|Suleimani|Solaimani",
    "Mohammadi|Muhammadi|Mohamadi",
    "Ahmadi|Ahmedi",
    "Javad|Jawad",
    "Mehdi|Mahdi",
    "Morteza|Murtaza|Mortaza",
    "Davood|Davoud|Dawood|Dawud|Daoud",
    "Kourosh|Kurosh",
    "Masoud|Masood|Masud",
    "Jafari|Jaafari",
    "Ebrahimi|Ibrahimi",
    "Kazemi|Kazimi",
    "Sadeghi|Sadeqi",
    "Bagheri|Baqeri",
    "Heidari|Haidari|Heydari",
    "Zahra|Zehra",
    "Haqqani|Haqani",
    "Mehsud|Mahsud|Mehsood",
    "Yousafzai|Yusufzai|Yousufzai",
    "Hakimullah|Hakeemullah",
    "Zabihullah|Zabiullah",
    "Habibullah|Habibollah",
    "Najibullah|Najibollah",
    "Sirajuddin|Serajuddin|Sirajudin",
    "Jalaluddin|Jalaludin|Jalaluddeen",
    "Chaudhry|Chaudhary|Chaudry|Choudhury",
    "Akhtar|Akhter",
    "Zulfiqar|Zulfikar",
    "Javed|Javaid|Jawed",
    "Iqbal|Ikbal",
    "Shahid|Shaheed",
    "Ijaz|Ejaz",
    "Akhund|Akhoond",
    "Mehmet|Mehmed",
    "Aleksandr|Alexander|Alexandr|Oleksandr|Aleksander",
    "Aleksei|Alexei|Alexey|Aleksey|Oleksiy",
    "Andrei|Andrey|Andriy",
    "Sergei|Sergey|Serhiy|Sergej",
    "Dmitry|Dmitri|Dmitriy|Dmytro",
    "Yevgeny|Evgeny|Evgeniy|Yevgeniy|Yevhen",
    "Yuri|Yury|Yuriy|Iurii",
    "Nikolai|Nikolay|Mykola",
    "Mikhail|Mikhaylo|Mykhailo|Michail",
    "Vladimir|Volodymyr|Wladimir",
    "Anatoly|Anatoliy|Anatolii",
    "Gennady|Gennadiy|Gennadi|Hennadiy",
    "Valery|Valeriy|Valerii",
    "Vitaly|Vitaliy|Vitalii",
    "Grigory|Grigoriy|Hryhoriy",
    "Vasily|Vasiliy|Vasyl",
    "Georgy|Georgiy|Heorhiy",
    "Arkady|Arkadiy",
    "Maksim|Maxim|Maksym",
    "Pyotr|Petr|Petro",
    "Fyodor|Fedor|Fedir",
    "Ilya|Ilia|Illia",
    "Pavel|Pavlo",
    "Igor|Ihor",
    "Oleg|Oleh",
    "Viktor|Victor",
    "Konstantin|Kostiantyn|Constantin",
    "Vyacheslav|Viacheslav|Vyacheslaw",
    "Yakov|Iakov|Jakov",
    "Semyon|Semen|Semion",
    "Artem|Artyom",
    "Matvei|Matvey",
    "Timur|Temur",
    "Yelena|Elena|Olena",
    "Tatiana|Tatyana|Tetiana",
    "Natalia|Natalya|Nataliya",
    "Yulia|Yuliya|Julia|Iuliia",
    "Yekaterina|Ekaterina|Kateryna",
    "Kseniya|Ksenia|Xenia",
    "Olga|Olha",
    "Lyudmila|Ludmila|Liudmyla",
    "Kovalev|Kovalyov|Kovalov",
    "Vorobyov|Vorobiev|Vorobyev",
    "Sergeev|Sergeyev",
    "Andreev|Andreyev",
    "Alekseev|Alexeev|Alekseyev",
    "Grigoriev|Grigoryev",
    "Nikolaev|Nikolayev",
    "Yakovlev|Iakovlev",
    "Kudryavtsev|Kudriavtsev",
    "Zhukov|Joukov",
    "Zhuravlev|Zhuravlyov",
    "Yershov|Ershov",
    "Medvedev|Medvedyev",
    "Semenov|Semyonov",
    "Fedorov|Fyodorov",
    "Korolev|Korolyov",
    "Belyaev|Belyayev",
    "Kiselev|Kiselyov",
    "Ponomarev|Ponomaryov",
    "Shevchenko|Shevtchenko",
    "Melnyk|Melnik",
    "Oliynyk|Oleynik",
    "Kovalchuk|Kovalczuk",
    "Tkachenko|Tkatchenko",
    "Zhang|Chang",
    "Zhou|Chou",
    "Xu|Hsu",
    "Qin|Chin",
    "Xie|Hsieh",
    "Jiang|Chiang",
    "Zhao|Chao",
    "Huang|Hwang",
    "Liu|Lau",
    "Chen|Chan",
    "Guo|Kuo",
    "Lee|Li|Yi|Ri|Rhee",
    "Kim|Gim",
    "Park|Pak|Bak",
    "Choi|Choe|Chey",
    "Jung|Jeong|Chung",
    "Kang|Gang",
    "Cho|Jo",
    "Yoon|Yun",
    "Lim|Im|Rim",
    "Oh|O",
    "Shin|Sin",
    "Ryu|Yu|Yoo",
    "Jon|Jeon|Chon",
    "Kwon|Gwon",
    "Un|Eun",
    "Chol|Cheol",
    "Myong|Myung",
    "Kyong|Kyung",
    "Hyok|Hyeok",
    "Sok|Seok",
    "Mamadou|Mamadu|Mamoudou",
    "Boubacar|Aboubakar|Abubakar|Boubakar",
    "Abdoulaye|Abdulahi|Abdullahi",
    "Seydou|Seidu|Saidu",
    "Cheikh|Sheikh|Shaykh",
    "Ouedraogo|Wedraogo",
    "Muller|Mueller",
    "Schmidt|Schmitt",
    "Meyer|Meier|Mayer",
    "Hoffmann|Hofmann",
    "Jurgen|Juergen",
    "Thompson|Thomson",
    "Jansen|Janssen",
    "Stephen|Steven|Stefan",
    "Philippe|Philip|Phillip"};

// Spellings by lower-case ASCII word: the index of the word's group in kVariantGroups.
class Variants {
 public:
  static const Variants& Get() {
    static const Variants variants;
    return variants;
  }
  // The other spellings of `word` (any case; compared folded to ASCII), in title case.
  std::vector<std::string_view> Of(std::string_view word) const {
    std::vector<std::string_view> out;
    auto it = group_of_.find(LowerAscii(AsciiFold(word)));
    if (it == group_of_.end()) return out;
    for (std::string_view spelling : groups_[it->second]) {
      if (LowerAscii(spelling) != it->first) out.push_back(spelling);
    }
    return out;
  }

 private:
  Variants() {
    for (std::string_view line : kVariantGroups) {
      std::vector<std::string_view> group;
      std::size_t start = 0;
      while (start <= line.size()) {
        std::size_t bar = line.find('|', start);
        if (bar == std::string_view::npos) bar = line.size();
        group.push_back(line.substr(start, bar - start));
        start = bar + 1;
      }
      for (std::string_view spelling : group)
        group_of_.emplace(LowerAscii(spelling), groups_.size());
      groups_.push_back(std::move(group));
    }
  }
  std::vector<std::vector<std::string_view>> groups_;
  std::unordered_map<std::string, std::size_t> group_of_;
};

// A suffix spelled two ways in romanised Slavic names ("Sergeyevich" / "Sergeevich").
constexpr std::pair<std::string_view, std::string_view> kSuffixVariants[] = {
    {"yevich", "evich"}, {"yevna", "evna"}, {"skiy", "sky"},
    {"skii", "sky"},     {"sky", "skiy"},   {"iyev", "iev"}};

// `word` in the letter case of `model`: all upper, capitalised, or lower.
std::string MatchCase(std::string_view word, std::string_view model) {
  bool has_lower = false;
  bool has_upper = false;
  for (char c : model) {
    has_lower |= c >= 'a' && c <= 'z';
    has_upper |= c >= 'A' && c <= 'Z';
  }
  if (has_upper && !has_lower && model.size() > 1) return Upper(word);
  std::string lower = LowerAscii(word);
  if (!model.empty() && model[0] >= 'A' && model[0] <= 'Z') return Capitalize(lower);
  return lower;
}

// Other spellings of one word: the variant table, Slavic suffixes, and the word without its
// diacritics. Empty when none applies.
std::vector<std::string> SpellingsOf(std::string_view word) {
  std::vector<std::string> out;
  for (std::string_view spelling : Variants::Get().Of(word))
    out.push_back(MatchCase(spelling, word));
  if (out.empty() && IsAscii(word)) {
    std::string lower = LowerAscii(word);
    for (auto [from, to] : kSuffixVariants) {
      if (lower.size() > from.size() + 2 && lower.ends_with(from)) {
        std::string changed = lower.substr(0, lower.size() - from.size()) + std::string(to);
        if (from == "evich" || from == "evna") break;
        out.push_back(MatchCase(changed, word));
        break;
      }
    }
    // "evich" -> "yevich" only after a vowel ("Sergeevich"), not in "Lvovich".
    for (std::string_view from : {std::string_view("evich"), std::string_view("evna")}) {
      if (out.empty() && lower.size() > from.size() + 2 && lower.ends_with(from) &&
          std::string_view("aeiou").find(lower[lower.size() - from.size() - 1]) !=
              std::string_view::npos) {
        out.push_back(
            MatchCase(lower.substr(0, lower.size() - from.size()) + "y" + std::string(from), word));
      }
    }
  }
  if (!IsAscii(word)) out.push_back(AsciiFold(word));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Persons: a name is a list of parts, so that aliases can reorder, drop or respell them.

struct Part {
  std::string latin;       // words separated by single blanks
  std::string script;      // the part in the original script, "" when not rendered
  bool family = false;     // a family name (reordering moves it)
  bool optional = false;   // a middle name, patronymic, second surname or title: may be dropped
  bool particle = false;   // "bin", "ibn", "bint": goes with the optional part after it
  bool title = false;      // "Mullah", "Sheikh": never in the original-script rendering
  bool joinable = false;   // words may be joined or hyphenated ("Abdul Rahman", "Jong Un")
  bool article = false;    // written with the Arabic article ("al-Tamimi")
  bool syllables = false;  // Han/Hangul syllables: "Jong-un", not "Jong-Un"
  std::uint8_t join = 0;   // joinable words: 0 blanks, 1 hyphen ("Jong-un"), 2 joined ("Jongun")
  std::uint8_t style = 0;  // the article: 0 "al-", 1 "Al-", 2 "Al ", 3 "El-", 4 left out
};

struct PersonDraft {
  std::vector<Part> parts;     // in the order the name is written
  bool script_joined = false;  // Han and Hangul names are written without blanks
  bool cyrillic = false;       // render the original script from the romanised parts
  std::string weak;            // a weak alias (kunya, nickname), or ""
};

std::string RenderPart(const Part& part, bool upper) {
  std::string text;
  if (part.joinable && part.join != 0) {
    bool first = true;
    std::size_t start = 0;
    while (start <= part.latin.size()) {
      std::size_t blank = part.latin.find(' ', start);
      if (blank == std::string::npos) blank = part.latin.size();
      std::string_view word = std::string_view(part.latin).substr(start, blank - start);
      if (first) {
        text.append(word);
      } else {
        if (part.join == 1) text.push_back('-');
        // "Jong-un", "Abdul-Rahman"; joined, always "Abdulrahman".
        text.append(part.join == 1 && !part.syllables ? std::string(word) : LowerAscii(word));
      }
      first = false;
      start = blank + 1;
    }
  } else {
    text = part.latin;
  }
  if (part.article) {
    static constexpr std::string_view kArticles[] = {"al-", "Al-", "Al ", "El-", ""};
    text = std::string(kArticles[part.style]) + text;
  }
  return upper ? Upper(text) : text;
}

// Letter case of a rendered name: 0 as written, 1 family names in capitals, 2 all capitals.
std::string Render(const std::vector<Part>& parts, int letter_case) {
  std::string out;
  for (const Part& part : parts) {
    if (!out.empty()) out.push_back(' ');
    out += RenderPart(part, letter_case == 2 || (letter_case == 1 && part.family));
  }
  return out;
}

// "FAMILY, Given Middle" (or for names written family first, "Given Family").
std::string RenderReordered(const std::vector<Part>& parts, bool family_first, int letter_case) {
  std::vector<Part> family;
  std::vector<Part> rest;
  for (const Part& part : parts) {
    if (part.title) continue;
    (part.family ? family : rest).push_back(part);
  }
  if (family.empty() || rest.empty()) return "";
  if (family_first) {
    rest.insert(rest.end(), family.begin(), family.end());
    return Render(rest, letter_case);
  }
  return Render(family, letter_case) + ", " + Render(rest, letter_case);
}

std::string RenderScript(const PersonDraft& draft) {
  std::string out;
  for (const Part& part : draft.parts) {
    if (part.title) continue;
    std::string script = draft.cyrillic ? Cyrillic(part.latin) : part.script;
    if (script.empty()) return "";
    if (!out.empty() && !draft.script_joined) out.push_back(' ');
    out += script;
  }
  return out;
}

Part GivenPart(std::string_view latin, std::string_view script = "") {
  Part part;
  part.latin = latin;
  part.script = script;
  part.joinable = latin.find(' ') != std::string_view::npos;
  return part;
}

Part FamilyPart(std::string_view latin, std::string_view script = "") {
  Part part = GivenPart(latin, script);
  part.family = true;
  part.joinable = false;
  return part;
}

Part OptionalPart(std::string_view latin, std::string_view script = "") {
  Part part = GivenPart(latin, script);
  part.optional = true;
  return part;
}

std::string FemaleRussianSurname(std::string_view male) {
  std::string name(male);
  for (std::string_view ending : {"ov", "ev", "in", "yn"}) {
    if (name.ends_with(ending)) return name + "a";
  }
  if (name.ends_with("sky")) return name.substr(0, name.size() - 1) + "aya";
  if (name.ends_with("oy")) return name.substr(0, name.size() - 2) + "aya";
  return name;
}

// Han/Hangul given names: one or two syllables, romanised as "Xiao Ming" (joinable).
Part SyllablesPart(Rng& rng, std::span<const Han> pool, int count) {
  Part part;
  for (int i = 0; i < count; ++i) {
    const Han& syllable = rng.Pick(pool);
    if (i > 0) part.latin.push_back(' ');
    part.latin += syllable.latin;
    part.script += syllable.script;
  }
  part.joinable = count > 1;
  part.syllables = true;
  return part;
}

PersonDraft MakePersonName(Tradition tradition, bool female, Rng& rng) {
  PersonDraft draft;
  std::vector<Part>& parts = draft.parts;
  switch (tradition) {
    case Tradition::kArabic: {
      if (!female && rng.Chance(0.04)) {
        Part title = OptionalPart(rng.Chance(0.5) ? "Sheikh" : "Dr.");
        title.title = true;
        parts.push_back(title);
      }
      const Scripted& given = female ? rng.Pick(kArabicFemale) : rng.Pick(kArabicMale);
      parts.push_back(GivenPart(given.latin, given.script));
      if (rng.Chance(0.55)) {
        if (rng.Chance(0.4)) {
          Part particle = OptionalPart(female            ? "bint"
                                       : rng.Chance(0.8) ? "bin"
                                                         : "ibn",
                                       female ? "بنت" : "بن");
          particle.particle = true;
          parts.push_back(particle);
        }
        const Scripted& father = rng.Pick(kArabicMale);
        parts.push_back(OptionalPart(father.latin, father.script));
        if (rng.Chance(0.15)) {
          const Scripted& grandfather = rng.Pick(kArabicMale);
          parts.push_back(OptionalPart(grandfather.latin, grandfather.script));
        }
      }
      const ArabicFamily& family = rng.Pick(kArabicFamily);
      Part family_part = FamilyPart(family.latin, family.script);
      family_part.article = family.al;
      family_part.style = static_cast<std::uint8_t>(rng.Below(10) < 6   ? 0
                                                    : rng.Below(10) < 7 ? 1
                                                                        : 2);
      parts.push_back(family_part);
      if (!female && rng.Chance(0.3))
        draft.weak = "Abu " + std::string(rng.Pick(kArabicMale).latin);
      break;
    }
    case Tradition::kRussian: {
      const RussianGiven& father = rng.Pick(kRussianMale);
      parts.push_back(GivenPart(female ? rng.Pick(kRussianFemale) : rng.Pick(kRussianMale).given));
      if (rng.Chance(0.9)) {
        parts.push_back(OptionalPart(female ? father.patronymic_female : father.patronymic_male));
      }
      std::string_view family = rng.Pick(kRussianFamily);
      parts.push_back(FamilyPart(female ? FemaleRussianSurname(family) : std::string(family)));
      draft.cyrillic = true;
      break;
    }
    case Tradition::kChinese: {
      const Han& family = rng.Pick(kChineseFamily);
      parts.push_back(FamilyPart(family.latin, family.script));
      Part given = SyllablesPart(rng, kChineseSyllable, rng.Chance(0.9) ? 2 : 1);
      given.join = 2;  // pinyin writes the given name as one word
      parts.push_back(given);
      draft.script_joined = true;
      break;
    }
    case Tradition::kKorean: {
      const Han& family = rng.Pick(kKoreanFamily);
      parts.push_back(FamilyPart(family.latin, family.script));
      Part given = SyllablesPart(rng, kKoreanSyllable, 2);
      given.join = static_cast<std::uint8_t>(rng.Below(10) < 6 ? 0 : rng.Below(10) < 6 ? 1 : 2);
      parts.push_back(given);
      draft.script_joined = true;
      break;
    }
    case Tradition::kHispanic: {
      parts.push_back(GivenPart(female ? rng.Pick(kHispanicFemale) : rng.Pick(kHispanicMale)));
      if (rng.Chance(0.35)) {
        parts.push_back(OptionalPart(female ? rng.Pick(kHispanicFemale) : rng.Pick(kHispanicMale)));
      }
      parts.push_back(FamilyPart(rng.Pick(kHispanicFamily)));
      if (rng.Chance(0.8)) {
        Part maternal = FamilyPart(rng.Pick(kHispanicFamily));
        maternal.optional = true;
        parts.push_back(maternal);
      }
      if (!female && rng.Chance(0.15)) draft.weak = rng.Pick(kHispanicNickname);
      break;
    }
    case Tradition::kPersian: {
      parts.push_back(GivenPart(female ? rng.Pick(kPersianFemale) : rng.Pick(kPersianMale)));
      if (rng.Chance(0.6)) {
        parts.push_back(OptionalPart(female ? rng.Pick(kPersianFemale) : rng.Pick(kPersianMale)));
      }
      // Compound family names: "Hosseini Tabatabaei", "Bagheri Kani".
      std::string family(rng.Pick(kPersianFamily));
      if (rng.Chance(0.4)) family += " " + std::string(rng.Pick(kPersianFamilySuffix));
      parts.push_back(FamilyPart(family));
      break;
    }
    case Tradition::kSouthAsian: {
      if (!female && rng.Chance(0.2)) {
        Part title = OptionalPart(rng.Pick(kSouthAsianTitle));
        title.title = true;
        parts.push_back(title);
      }
      parts.push_back(GivenPart(female ? rng.Pick(kSouthAsianFemale) : rng.Pick(kSouthAsianGiven)));
      bool family = rng.Chance(0.85);
      if (!family || rng.Chance(0.7)) {
        Part second = OptionalPart(rng.Pick(kSouthAsianGiven));
        if (!family) {
          second.optional = false;
          second.family = true;
        }
        parts.push_back(second);
      }
      if (family) parts.push_back(FamilyPart(rng.Pick(kSouthAsianFamily)));
      if (!female && rng.Chance(0.2)) {
        draft.weak = rng.Chance(0.5) ? "Abu " + std::string(rng.Pick(kArabicMale).latin)
                                     : std::string(rng.Pick(kSouthAsianTitle)) + " " +
                                           std::string(rng.Pick(kSouthAsianGiven));
      }
      break;
    }
    case Tradition::kTurkish: {
      parts.push_back(GivenPart(female ? rng.Pick(kTurkishFemale) : rng.Pick(kTurkishMale)));
      if (rng.Chance(0.65)) {
        parts.push_back(OptionalPart(female ? rng.Pick(kTurkishFemale) : rng.Pick(kTurkishMale)));
      }
      parts.push_back(FamilyPart(rng.Pick(kTurkishFamily)));
      break;
    }
    case Tradition::kWestAfrican: {
      parts.push_back(
          GivenPart(female ? rng.Pick(kWestAfricanFemale) : rng.Pick(kWestAfricanMale)));
      if (rng.Chance(0.65)) parts.push_back(OptionalPart(rng.Pick(kWestAfricanMale)));
      parts.push_back(FamilyPart(rng.Pick(kWestAfricanFamily)));
      if (!female && rng.Chance(0.15))
        draft.weak = "Abu " + std::string(rng.Pick(kArabicMale).latin);
      break;
    }
    case Tradition::kWestern: {
      parts.push_back(GivenPart(female ? rng.Pick(kWesternFemale) : rng.Pick(kWesternMale)));
      if (rng.Chance(0.65)) {
        parts.push_back(OptionalPart(female ? rng.Pick(kWesternFemale) : rng.Pick(kWesternMale)));
      }
      parts.push_back(FamilyPart(rng.Pick(kWesternFamily)));
      break;
    }
  }
  // "Christopher Christopher Thomas" is rare outside Arabic naming ("Mohammed bin Mohammed").
  if (tradition != Tradition::kArabic) {
    std::string first = parts.front().latin;
    std::erase_if(parts, [&](const Part& part) {
      return part.optional && !part.title && !part.family && part.latin == first;
    });
  }
  return draft;
}

bool FamilyFirst(Tradition tradition) {
  return tradition == Tradition::kChinese || tradition == Tradition::kKorean;
}

// One alias of a person, of a kind chosen at random among those that apply; "" when the chosen
// kind does not apply to this name.
std::string PersonAlias(const PersonDraft& draft, Tradition tradition, Rng& rng) {
  int letter_case = rng.Below(10) < 7 ? 0 : rng.Below(5) < 4 ? 1 : 2;
  std::vector<Part> parts = draft.parts;
  switch (rng.Below(8)) {
    case 0:
    case 1: {  // transliteration variants of one or more words
      bool changed = false;
      for (Part& part : parts) {
        if (part.title || part.particle) continue;
        std::string respelled;
        std::size_t start = 0;
        while (start <= part.latin.size()) {
          std::size_t blank = part.latin.find(' ', start);
          if (blank == std::string::npos) blank = part.latin.size();
          std::string_view word = std::string_view(part.latin).substr(start, blank - start);
          std::vector<std::string> spellings = SpellingsOf(word);
          if (!respelled.empty()) respelled.push_back(' ');
          if (!spellings.empty() && (!changed || rng.Chance(0.5))) {
            respelled += rng.Pick(spellings);
            changed = true;
          } else {
            respelled.append(word);
          }
          start = blank + 1;
        }
        part.latin = respelled;
      }
      return changed ? Render(parts, letter_case) : "";
    }
    case 2:
      return RenderReordered(parts, FamilyFirst(tradition), letter_case);
    case 3: {  // without middle names, patronymic, second surname or title
      std::vector<Part> kept;
      for (const Part& part : parts) {
        if (!part.optional) kept.push_back(part);
      }
      return kept.size() >= 2 && kept.size() < parts.size() ? Render(kept, letter_case) : "";
    }
    case 4: {  // compounds joined or split, the article written another way
      bool changed = false;
      for (Part& part : parts) {
        if (part.joinable) {
          part.join = static_cast<std::uint8_t>((part.join + 1 + rng.Below(2)) % 3);
          changed = true;
        }
        if (part.article) {
          part.style = static_cast<std::uint8_t>((part.style + 1 + rng.Below(4)) % 5);
          changed = true;
        }
      }
      return changed ? Render(parts, letter_case) : "";
    }
    case 5: {  // the original script
      return rng.Chance(0.6) ? RenderScript(draft) : "";
    }
    case 6: {  // without diacritics
      std::string name = Render(parts, letter_case);
      return IsAscii(name) ? "" : AsciiFold(name);
    }
    default: {  // given name and family name only, or with a title
      std::vector<Part> kept;
      for (const Part& part : parts) {
        if (!part.optional || (part.title && rng.Chance(0.5))) kept.push_back(part);
      }
      if (kept.size() < 2) return "";
      if (tradition == Tradition::kSouthAsian && kept.front().title == false && rng.Chance(0.5)) {
        Part title = OptionalPart(rng.Pick(kSouthAsianTitle));
        title.title = true;
        kept.insert(kept.begin(), title);
      }
      return Render(kept, letter_case);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Organisations.

struct OrgDraft {
  std::string name;
  std::vector<std::string> aliases;  // candidates, most natural first
  std::vector<std::string> weak;     // acronyms
  bool company = true;
};

// "Balochistan Liberation Army" -> "BLA"; "Tehrik-e-Taliban Pakistan" -> "TTP". "" when fewer
// than two letters would result.
std::string Acronym(std::string_view name) {
  static constexpr std::string_view kSkip[] = {"of", "the", "for", "and", "al",
                                               "e",  "i",   "de",  "ve",  "&"};
  std::string out;
  std::size_t start = 0;
  while (start < name.size()) {
    std::size_t end = name.find_first_of(" -", start);
    if (end == std::string_view::npos) end = name.size();
    std::string_view word = name.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    std::string lower = LowerAscii(word);
    bool skip = false;
    for (std::string_view s : kSkip) skip |= lower == s;
    if (skip) continue;
    char c = word[0];
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      out.push_back(static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c));
    }
  }
  return out.size() >= 2 ? out : "";
}

std::string CompanyBase(Tradition tradition, Rng& rng, std::string* script) {
  switch (rng.Below(6)) {
    case 0:
    case 1:
      return std::string(rng.Pick(kBrandHeads)) + std::string(rng.Pick(kBrandTails));
    case 2:
      return std::string(rng.Pick(kCompanyWords));
    case 3: {
      const TraditionInfo& info = kTraditions[static_cast<int>(tradition)];
      return std::string(rng.Pick(info.cities).name);
    }
    case 4:
      if (tradition == Tradition::kArabic || tradition == Tradition::kPersian ||
          tradition == Tradition::kSouthAsian) {
        const Scripted& word = rng.Pick(kArabicWords);
        *script = word.script;
        return (rng.Chance(0.7) ? "Al-" : "Al ") + std::string(word.latin);
      }
      return std::string(rng.Pick(kCompanyWords));
    default: {
      PersonDraft person = MakePersonName(tradition, false, rng);
      for (const Part& part : person.parts) {
        if (part.family) return RenderPart(part, false);
      }
      return person.parts.back().latin;
    }
  }
}

std::string CompanyName(std::string_view base, std::string_view sector, std::string_view form) {
  std::string name;
  if (form.ends_with(' ')) {
    name = std::string(form) + std::string(base);
    if (!sector.empty()) name += " " + std::string(sector);
    return name;
  }
  name = std::string(base);
  if (!sector.empty()) name += " " + std::string(sector);
  if (!form.empty()) name += (form.starts_with(',') ? "" : " ") + std::string(form);
  return name;
}

OrgDraft MakeCompany(Tradition tradition, Rng& rng) {
  const TraditionInfo& info = kTraditions[static_cast<int>(tradition)];
  OrgDraft org;
  std::string script;
  std::string base = CompanyBase(tradition, rng, &script);
  std::string_view sector = rng.Chance(0.85) ? rng.Pick(kSectors) : std::string_view();
  std::string_view form = rng.Pick(info.forms);
  org.name = CompanyName(base, sector, form);
  // The name without its legal form, with the form written out or abbreviated, in Cyrillic.
  std::string bare = CompanyName(base, sector, "");
  if (bare.find(' ') != std::string::npos) org.aliases.push_back(bare);
  std::string_view trimmed_form = form.ends_with(' ') ? form.substr(0, form.size() - 1) : form;
  for (auto [short_form, long_form] : kFormExpansions) {
    if (trimmed_form == short_form) org.aliases.push_back(CompanyName(base, sector, long_form));
    if (trimmed_form == long_form) org.aliases.push_back(CompanyName(base, sector, short_form));
  }
  if (tradition == Tradition::kRussian) {
    std::string cyrillic_form = trimmed_form == "OOO" || trimmed_form == "LLC"    ? "ООО"
                                : trimmed_form == "TOV"                           ? "ТОВ"
                                : trimmed_form == "PAO" || trimmed_form == "PJSC" ? "ПАО"
                                                                                  : "АО";
    org.aliases.push_back(cyrillic_form + " «" + Cyrillic(base) + "»");
    if (!form.ends_with(' ')) org.aliases.push_back(CompanyName(base, sector, "OOO "));
  }
  if (!script.empty()) org.aliases.push_back(std::string(script));
  std::vector<std::string> spellings;
  std::string_view base_word = std::string_view(base).substr(base.rfind(' ') + 1);
  if (base_word.starts_with("Al-")) base_word.remove_prefix(3);
  spellings = SpellingsOf(base_word);
  if (!spellings.empty()) {
    std::string respelled = base.substr(0, base.size() - base_word.size()) + rng.Pick(spellings);
    org.aliases.push_back(CompanyName(respelled, sector, form));
  }
  // Formerly known as: another name of the same kind.
  std::string former_script;
  org.aliases.push_back(CompanyName(CompanyBase(tradition, rng, &former_script),
                                    rng.Chance(0.5) ? sector : rng.Pick(kSectors),
                                    rng.Pick(info.forms)));
  std::string acronym = Acronym(CompanyName(base, sector, ""));
  if (acronym.size() >= 3) org.weak.push_back(acronym);
  return org;
}

OrgDraft MakeGroup(Tradition tradition, Rng& rng) {
  OrgDraft org;
  org.company = false;
  bool arabic = tradition == Tradition::kArabic || tradition == Tradition::kWestAfrican ||
                tradition == Tradition::kPersian;
  std::size_t kind = rng.Below(10);
  if (arabic && kind < 5) {
    const Translated& type = rng.Pick(kArabicGroupTypes);
    std::string latin(type.latin);
    std::string script(type.script);
    std::string english(type.english);
    if (rng.Chance(0.35)) {
      // Named after a "martyr": "Kataib al-Shahid Ahmad al-Tamimi".
      const Scripted& given = rng.Pick(kArabicMale);
      const ArabicFamily& family = rng.Pick(kArabicFamily);
      std::string family_latin = (family.al ? "al-" : "") + std::string(family.latin);
      org.name = latin + " al-Shahid " + std::string(given.latin) + " " + family_latin;
      org.aliases.push_back(english + " of the Martyr " + std::string(given.latin) + " " +
                            family_latin);
      org.aliases.push_back(script + " الشهيد " + std::string(given.script) + " " +
                            std::string(family.script));
      org.aliases.push_back(latin + " Shahid " + std::string(given.latin) + " " + family_latin);
    } else {
      const Translated& word = rng.Pick(kArabicGroupWords);
      std::string place_latin;
      std::string place_script;
      std::string place_english;
      if (rng.Chance(0.6)) {
        const Translated& place = rng.Pick(kArabicGroupPlaces);
        place_latin = " fi " + std::string(place.latin);
        place_script = " في " + std::string(place.script);
        place_english = " in " + std::string(place.english);
      }
      org.name = latin + " al-" + std::string(word.latin) + place_latin;
      org.aliases.push_back(english + " of " + std::string(word.english) + place_english);
      org.aliases.push_back(script + " " + std::string(word.script) + place_script);
      org.aliases.push_back(latin + " Al " + std::string(word.latin) + place_latin);
      org.aliases.push_back(latin + "-al-" + std::string(word.latin));
    }
  } else if (tradition == Tradition::kSouthAsian && kind < 6) {
    std::string head(rng.Pick(kSouthAsianGroupHeads));
    std::string tail(rng.Pick(kSouthAsianGroupTails));
    // "Tehrik-e-Nifaz-e-Shariat-e-Mohammadi": izafat chains.
    if (rng.Chance(0.5)) tail += "-e-" + std::string(rng.Pick(kSouthAsianGroupTails));
    std::string suffix = rng.Chance(0.4) ? " Pakistan" : rng.Chance(0.3) ? " Afghanistan" : "";
    org.name = head + "-e-" + tail + suffix;
    org.aliases.push_back(head + "-i-" + tail + suffix);
    org.aliases.push_back(head + " e " + tail + suffix);
    org.aliases.push_back(head + "-e " + tail + suffix);
    std::vector<std::string> spellings = SpellingsOf(tail);
    if (!spellings.empty()) org.aliases.push_back(head + "-e-" + rng.Pick(spellings) + suffix);
    std::string acronym = Acronym(org.name);
    if (!acronym.empty()) org.weak.push_back(acronym);
  } else if (kind < 8) {
    std::string descriptor(rng.Pick(kGroupDescriptors));
    if (rng.Chance(0.5)) {
      std::string_view second = rng.Pick(kGroupDescriptors);
      if (second != descriptor) descriptor += " " + std::string(second);
    }
    std::string type(rng.Pick(kGroupTypes));
    std::string place(rng.Pick(kGroupPlaces));
    if (rng.Chance(0.5)) {
      org.name = descriptor + " " + type + " of " + place;
      std::string short_place = place.starts_with("the ") ? place.substr(4) : place;
      org.aliases.push_back(short_place + " " + descriptor + " " + type);
    } else {
      std::string short_place = place.starts_with("the ") ? place.substr(4) : place;
      org.name = short_place + " " + descriptor + " " + type;
      org.aliases.push_back(descriptor + " " + type + " of " + place);
    }
    org.aliases.push_back(descriptor + " " + type);
    std::string acronym = Acronym(org.name);
    if (!acronym.empty()) org.weak.push_back(acronym);
  } else {
    std::string head;
    std::string script;
    if (rng.Chance(0.5)) {
      // Named after its founder: "Sheikh Abdullah al-Nuri Charitable Society".
      PersonDraft founder = MakePersonName(tradition, false, rng);
      std::vector<Part> parts;
      for (const Part& part : founder.parts) {
        if (!part.optional || part.title) parts.push_back(part);
      }
      head = Render(parts, 0);
    } else if (arabic || tradition == Tradition::kSouthAsian || rng.Chance(0.3)) {
      const Scripted& word = rng.Pick(kArabicWords);
      head = "Al-" + std::string(word.latin);
      script = word.script;
    } else {
      head = std::string(rng.Pick(kCompanyWords));
    }
    std::string type(rng.Pick(kCharityTypes));
    org.name = head + " " + type;
    if (head.starts_with("Al-")) {
      org.aliases.push_back("Al " + head.substr(3) + " " + type);
      org.aliases.push_back(head.substr(3) + " " + type);
      std::vector<std::string> spellings = SpellingsOf(head.substr(3));
      if (!spellings.empty()) org.aliases.push_back("Al-" + rng.Pick(spellings) + " " + type);
    }
    org.aliases.push_back(head + " " + std::string(rng.Pick(kCharityTypes)));
    if (!script.empty() && rng.Chance(0.5)) org.aliases.push_back("مؤسسة " + script);
    std::string acronym = Acronym(org.name);
    if (!acronym.empty()) org.weak.push_back(acronym);
  }
  return org;
}

// ---------------------------------------------------------------------------------------------
// The list writer.

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

struct SynthStats {
  std::uint64_t entities = 0;
  std::uint64_t persons = 0;
  std::uint64_t names = 0;
};

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

// Writes entity `number` (its id) as one CSV row to `out`.
void WriteEntity(std::uint64_t number, Rng& rng, std::string* out, SynthStats* stats) {
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

struct SynthArgs {
  std::int64_t entities = 0;
  bool entities_given = false;
  std::uint64_t seed = 1;
  std::string output;
};

int RunSynth(const SynthArgs& args) {
  if (!args.entities_given) {
    return Fail(
        Status::InvalidArgument("synth: give --entities N, the number of entities to write"));
  }
  if (args.entities < 1) {
    return Fail(Status::InvalidArgument("synth: --entities must be at least 1"));
  }
  std::ofstream file;
  auto out = OpenOutput(args.output, &file);
  if (!out) return Fail(out.error());
  auto start = std::chrono::steady_clock::now();
  Rng rng(args.seed);
  SynthStats stats;
  std::string buffer(kCsvHeader);
  constexpr std::size_t kFlushBytes = 1 << 20;
  for (std::uint64_t number = 1; number <= static_cast<std::uint64_t>(args.entities); ++number) {
    WriteEntity(number, rng, &buffer, &stats);
    if (buffer.size() >= kFlushBytes) {
      (*out)->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  (*out)->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  (*out)->flush();
  if (!**out) {
    return Fail(Status::IoError((args.output.empty() ? "stdout" : args.output) + ": write failed"));
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::ostringstream summary;
  summary << "cordon: synth: " << FormatCount(stats.entities) << " entities ("
          << FormatCount(stats.persons) << " persons, "
          << FormatCount(stats.entities - stats.persons) << " organisations), "
          << FormatCount(stats.names) << " names written to "
          << (args.output.empty() ? "stdout" : args.output) << " in " << std::fixed
          << std::setprecision(2) << seconds << " s (seed " << args.seed << ")\n";
  std::cerr << summary.str();
  return kExitOk;
}

// ---------------------------------------------------------------------------------------------
// Query sets: variants of listed names, labelled with the entity they should find.

constexpr std::string_view kPositiveFamilies[] = {"exact",       "typo",     "reorder",
                                                  "drop_middle", "initials", "translit"};

struct QueryArgs {
  ListOptions lists;
  std::int64_t count = 0;
  bool count_given = false;
  std::uint64_t seed = 1;
  double negatives = 0.1;
  std::string output;
};

// An entity queries can be drawn from: its primary name and strong aliases in Latin script.
struct QuerySource {
  const Entity* entity = nullptr;
  std::vector<const std::string*> names;  // names[0] is the primary name when it qualifies
  bool person = false;
};

bool IsLatinName(const Name& name) {
  Script script = name.script == Script::kUnknown ? DetectScript(name.full) : name.script;
  return script == Script::kLatin;
}

std::vector<std::string> Words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : text) {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!word.empty()) words.push_back(std::move(word));
      word.clear();
    } else {
      word.push_back(c);
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

std::string JoinWords(const std::vector<std::string>& words) {
  std::string out;
  for (const std::string& word : words) {
    if (!out.empty()) out.push_back(' ');
    out += word;
  }
  return out;
}

bool IsParticle(std::string_view word) {
  static constexpr std::string_view kParticles[] = {
      "al",  "el",  "bin", "ibn", "bint", "abu", "abd", "ben", "de", "del",  "della", "di", "da",
      "dos", "das", "van", "von", "der",  "den", "la",  "le",  "ag", "ould", "y",     "e",  "i"};
  std::string lower = LowerAscii(word);
  for (std::string_view particle : kParticles) {
    if (lower == particle) return true;
  }
  return false;
}

bool IsTitle(std::string_view word) {
  static constexpr std::string_view kTitles[] = {"mullah", "maulana", "mufti",  "qari",   "haji",
                                                 "hafiz",  "maulvi",  "sheikh", "shaikh", "dr.",
                                                 "dr",     "mr",      "mr.",    "mrs",    "mrs."};
  std::string lower = LowerAscii(word);
  for (std::string_view title : kTitles) {
    if (lower == title) return true;
  }
  return false;
}

bool IsAsciiLetter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Lower-case ASCII letters and digits with single blanks: two names that differ only in case
// and punctuation have the same key.
std::string NameKey(std::string_view name) {
  std::string key;
  for (char c : AsciiFold(name)) {
    if (IsAsciiLetter(c) || (c >= '0' && c <= '9') || static_cast<unsigned char>(c) >= 0x80) {
      key.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    } else if (!key.empty() && key.back() != ' ') {
      key.push_back(' ');
    }
  }
  while (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

// One or two character edits on ASCII letters: substitution, deletion, insertion, transposition.
std::optional<std::string> Typo(const std::string& name, Rng& rng) {
  std::string out = name;
  int edits = rng.Below(100) < 70 ? 1 : 2;
  for (int edit = 0; edit < edits; ++edit) {
    std::vector<std::size_t> letters;
    for (std::size_t at = 1; at < out.size(); ++at) {
      if (IsAsciiLetter(out[at])) letters.push_back(at);
    }
    if (letters.size() < 3) return std::nullopt;
    std::size_t at = rng.Pick(letters);
    bool upper = out[at] >= 'A' && out[at] <= 'Z';
    char letter = static_cast<char>((upper ? 'A' : 'a') + rng.Below(26));
    switch (rng.Below(4)) {
      case 0:
        out[at] = letter;
        break;
      case 1:
        out.erase(at, 1);
        break;
      case 2:
        out.insert(at, 1, letter);
        break;
      default:
        if (at + 1 < out.size() && IsAsciiLetter(out[at + 1])) {
          std::swap(out[at], out[at + 1]);
        } else {
          out[at] = letter;
        }
        break;
    }
  }
  if (out == name) return std::nullopt;
  return out;
}

// "Dmitry Gennadyevich GUSEV" -> "GUSEV, Dmitry Gennadyevich" or "GUSEV Dmitry Gennadyevich".
std::optional<std::string> Reorder(const std::string& name, Rng& rng) {
  if (name.find(',') != std::string::npos) return std::nullopt;
  std::vector<std::string> words = Words(name);
  while (!words.empty() && IsTitle(words.front())) words.erase(words.begin());
  if (words.size() < 2) return std::nullopt;
  // The family name is the last word, with the particles before it ("van Dijk", "al Tamimi").
  std::size_t family_start = words.size() - 1;
  while (family_start > 1 && IsParticle(words[family_start - 1])) --family_start;
  std::vector<std::string> family(words.begin() + static_cast<std::ptrdiff_t>(family_start),
                                  words.end());
  std::vector<std::string> rest(words.begin(),
                                words.begin() + static_cast<std::ptrdiff_t>(family_start));
  std::string out = rng.Chance(0.5) ? JoinWords(family) + ", " + JoinWords(rest)
                                    : JoinWords(family) + " " + JoinWords(rest);
  if (NameKey(out) == NameKey(name)) return std::nullopt;
  return out;
}

// Drops one middle word (with a particle before it: "bin Abdullah").
std::optional<std::string> DropMiddle(const std::string& name, Rng& rng) {
  if (name.find(',') != std::string::npos) return std::nullopt;
  std::vector<std::string> words = Words(name);
  std::size_t first = 0;
  while (first < words.size() && IsTitle(words[first])) ++first;
  std::vector<std::size_t> middles;
  for (std::size_t at = first + 1; at + 1 < words.size(); ++at) {
    if (!IsParticle(words[at]) && !IsParticle(words[at - 1] + "") &&
        !(at + 1 < words.size() && IsParticle(words[at + 1]) && at + 2 == words.size())) {
      middles.push_back(at);
    }
  }
  // A word after a particle may go too, with its particle.
  for (std::size_t at = first + 2; at + 1 < words.size(); ++at) {
    if (IsParticle(words[at - 1]) && !IsParticle(words[at])) middles.push_back(at);
  }
  if (middles.empty()) return std::nullopt;
  std::size_t at = rng.Pick(middles);
  std::size_t from = at;
  if (from > first + 1 && IsParticle(words[from - 1])) --from;
  words.erase(words.begin() + static_cast<std::ptrdiff_t>(from),
              words.begin() + static_cast<std::ptrdiff_t>(at + 1));
  if (words.size() - first < 2) return std::nullopt;
  return JoinWords(words);
}

// Given (and some middle) names reduced to initials: "D. G. GUSEV", "D Gennadyevich GUSEV".
std::optional<std::string> Initials(const std::string& name, Rng& rng) {
  if (name.find(',') != std::string::npos) return std::nullopt;
  std::vector<std::string> words = Words(name);
  std::size_t first = 0;
  while (first < words.size() && IsTitle(words[first])) ++first;
  words.erase(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(first));
  if (words.size() < 2) return std::nullopt;
  bool dot = rng.Chance(0.5);
  bool changed = false;
  for (std::size_t at = 0; at + 1 < words.size(); ++at) {
    if (IsParticle(words[at]) || words[at].size() < 2 || !IsAsciiLetter(words[at][0])) continue;
    if (at > 0 && (IsParticle(words[at - 1]) || rng.Chance(0.5))) continue;
    char initial = words[at][0];
    if (initial >= 'a' && initial <= 'z') initial = static_cast<char>(initial - 'a' + 'A');
    words[at] = std::string(1, initial) + (dot ? "." : "");
    changed = true;
  }
  if (!changed) return std::nullopt;
  return JoinWords(words);
}

// One or two words spelled another way ("Mohammed" -> "Muhammad", "Sergeyevich" -> "Sergeevich",
// "al-Tamimi" -> "al-Tamimy" is not made: only known variants).
std::optional<std::string> Translit(const std::string& name, Rng& rng) {
  std::vector<std::string> words = Words(name);
  struct Choice {
    std::size_t word;
    std::string replacement;
  };
  std::vector<Choice> choices;
  for (std::size_t at = 0; at < words.size(); ++at) {
    // Hyphenated words are respelled piece by piece ("al-Masri", "Jong-un" stays).
    const std::string& word = words[at];
    std::size_t start = 0;
    while (start < word.size()) {
      std::size_t dash = word.find('-', start);
      if (dash == std::string::npos) dash = word.size();
      std::string piece = word.substr(start, dash - start);
      for (const std::string& spelling : SpellingsOf(piece)) {
        if (spelling == piece) continue;
        choices.push_back({at, word.substr(0, start) + spelling + word.substr(dash)});
      }
      start = dash + 1;
    }
  }
  if (choices.empty()) return std::nullopt;
  const Choice& choice = rng.Pick(choices);
  words[choice.word] = choice.replacement;
  if (rng.Chance(0.3)) {
    const Choice& second = rng.Pick(choices);
    if (second.word != choice.word) words[second.word] = second.replacement;
  }
  std::string out = JoinWords(words);
  if (out == name) return std::nullopt;
  return out;
}

std::optional<std::string> MakeVariant(std::string_view family, const std::string& name, Rng& rng) {
  if (family == "exact") return name;
  if (family == "typo") return Typo(name, rng);
  if (family == "reorder") return Reorder(name, rng);
  if (family == "drop_middle") return DropMiddle(name, rng);
  if (family == "initials") return Initials(name, rng);
  return Translit(name, rng);
}

bool PersonsOnly(std::string_view family) {
  return family == "reorder" || family == "drop_middle" || family == "initials";
}

std::string Sanitize(std::string text) {
  for (char& c : text) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

int RunQueries(const QueryArgs& args) {
  if (!args.count_given) {
    return Fail(Status::InvalidArgument("synth queries: give --count N, the number of queries"));
  }
  if (args.count < 1) {
    return Fail(Status::InvalidArgument("synth queries: --count must be at least 1"));
  }
  if (!(args.negatives >= 0 && args.negatives <= 1)) {
    return Fail(Status::InvalidArgument("synth queries: --negatives must lie in [0, 1]"));
  }
  auto start = std::chrono::steady_clock::now();
  auto lists = LoadListOptions(args.lists, false);
  if (!lists) return Fail(lists.error());

  std::vector<QuerySource> sources;
  std::vector<std::size_t> persons;  // indexes into `sources` of persons with 2+ words
  std::vector<std::uint64_t> listed_keys;
  for (const LoadedList& list : *lists) {
    for (const Entity& entity : list.entities) {
      if (!IsScreenable(entity.schema)) continue;
      QuerySource source;
      source.entity = &entity;
      source.person = entity.schema == Schema::kPerson;
      for (const Name& name : entity.names) {
        listed_keys.push_back(std::hash<std::string>{}(NameKey(name.full)));
        if (name.kind == NameKind::kWeakAlias || !IsLatinName(name)) continue;
        if (name.full.find('\t') != std::string::npos || NameKey(name.full).size() < 3) continue;
        source.names.push_back(&name.full);
      }
      if (source.names.empty()) continue;
      if (source.person && Words(*source.names[0]).size() >= 2) persons.push_back(sources.size());
      sources.push_back(std::move(source));
    }
  }
  if (sources.empty()) {
    return Fail(Status::InvalidArgument(
        "synth queries: the list has no entity with a Latin-script name to draw queries from"));
  }
  std::sort(listed_keys.begin(), listed_keys.end());
  auto listed = [&](const std::string& name) {
    return std::binary_search(listed_keys.begin(), listed_keys.end(),
                              std::hash<std::string>{}(NameKey(name)));
  };

  std::uint64_t count = static_cast<std::uint64_t>(args.count);
  std::uint64_t negatives =
      static_cast<std::uint64_t>(static_cast<double>(count) * args.negatives + 0.5);
  if (negatives > 0 && persons.size() < 2) {
    return Fail(Status::InvalidArgument(
        "synth queries: negative queries recombine the names of two listed persons, and the "
        "list has fewer than two persons with a Latin-script name (use --negatives 0)"));
  }
  std::ofstream file;
  auto out = OpenOutput(args.output, &file);
  if (!out) return Fail(out.error());

  Rng rng(args.seed);
  std::vector<bool> usable(std::size(kPositiveFamilies), true);
  std::size_t next_family = 0;
  std::size_t width = std::max<std::size_t>(6, std::to_string(count).size());
  std::unordered_map<std::string_view, std::uint64_t> by_family;
  std::string buffer = "qid\tquery\texpected_entity_id\tfamily\n";
  for (std::uint64_t index = 0; index < count; ++index) {
    // Negatives spread evenly: query `index` is one when the running share steps up.
    bool negative = (index + 1) * negatives / count > index * negatives / count;
    std::string query;
    std::string expected;
    std::string_view family;
    if (negative) {
      family = "negative";
      for (int attempt = 0; attempt < 1000 && query.empty(); ++attempt) {
        const QuerySource& a = sources[rng.Pick(persons)];
        const QuerySource& b = sources[rng.Pick(persons)];
        if (a.entity == b.entity) continue;
        std::vector<std::string> given = Words(*a.names[0]);
        std::vector<std::string> other = Words(*b.names[0]);
        while (!given.empty() && (IsTitle(given.front()) || IsParticle(given.front()))) {
          given.erase(given.begin());
        }
        if (given.empty() || IsParticle(other.back())) continue;
        std::string candidate = given.front();
        if (given.size() > 2 && rng.Chance(0.3)) candidate += " " + given[1];
        candidate += " " + other.back();
        if (NameKey(given.front()) == NameKey(other.back()) || listed(candidate)) continue;
        query = candidate;
      }
      if (query.empty()) {
        return Fail(Status::InvalidArgument(
            "synth queries: could not make a negative query that is not a listed name"));
      }
    } else {
      while (query.empty()) {
        std::size_t tried = 0;
        while (!usable[next_family % usable.size()] && tried++ < usable.size()) ++next_family;
        if (tried > usable.size()) {
          return Fail(
              Status::InvalidArgument("synth queries: no query family applies to the list"));
        }
        family = kPositiveFamilies[next_family % usable.size()];
        for (int attempt = 0; attempt < 300 && query.empty(); ++attempt) {
          const QuerySource& source = PersonsOnly(family)
                                          ? sources[persons.empty() ? 0 : rng.Pick(persons)]
                                          : rng.Pick(sources);
          if (PersonsOnly(family) && !source.person) continue;
          const std::string& name = rng.Chance(0.7) || source.names.size() == 1
                                        ? *source.names[0]
                                        : *source.names[1 + rng.Below(source.names.size() - 1)];
          std::optional<std::string> variant = MakeVariant(family, name, rng);
          if (!variant || NameKey(*variant).empty()) continue;
          // A variant that is itself a listed name (often an alias of the same entity) would be
          // an exact query under another family's label.
          if (family != "exact" && listed(*variant)) continue;
          query = *variant;
          expected = source.entity->id;
        }
        if (query.empty()) {
          usable[next_family % usable.size()] = false;
        } else {
          ++next_family;
        }
      }
    }
    std::string qid = std::to_string(index + 1);
    buffer += "q" + std::string(width - qid.size(), '0') + qid + "\t" + Sanitize(query) + "\t" +
              expected + "\t" + std::string(family) + "\n";
    ++by_family[family];
    if (buffer.size() >= (1 << 20)) {
      (*out)->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
      buffer.clear();
    }
  }
  (*out)->write(buffer.data(), static_cast<std::streamsize>(buffer.size()));
  (*out)->flush();
  if (!**out) {
    return Fail(Status::IoError((args.output.empty() ? "stdout" : args.output) + ": write failed"));
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::ostringstream summary;
  summary << "cordon: synth queries: " << FormatCount(count) << " queries from "
          << FormatCount(sources.size()) << " entities (";
  bool first = true;
  for (std::string_view family : kPositiveFamilies) {
    summary << (first ? "" : ", ") << family << " " << by_family[family];
    first = false;
  }
  summary << ", negative " << by_family["negative"] << ") in " << std::fixed << std::setprecision(2)
          << seconds << " s (seed " << args.seed << ")\n";
  std::cerr << summary.str();
  return kExitOk;
}

}  // namespace

void RegisterSynthCommand(CLI::App* app, Action* action) {
  auto args = std::make_shared<SynthArgs>();
  CLI::App* synth = app->add_subcommand("synth",
                                        "Write a synthetic list (Cordon CSV); `synth queries` "
                                        "draws a labelled query set from a list");
  CLI::Option* entities =
      synth->add_option("-n,--entities", args->entities, "Number of entities to write");
  synth->add_option("--seed", args->seed, "Random seed; the same seed gives the same list")
      ->capture_default_str();
  synth->add_option("-o,--output", args->output, "Output file (Cordon CSV); default stdout");

  auto qargs = std::make_shared<QueryArgs>();
  CLI::App* queries = synth->add_subcommand(
      "queries", "Write a labelled query set (TSV: qid, query, expected_entity_id, family)");
  AddListOptions(queries, &qargs->lists, true);
  CLI::Option* count =
      queries->add_option("-n,--count", qargs->count, "Number of queries to write");
  queries->add_option("--seed", qargs->seed, "Random seed; the same seed gives the same queries")
      ->capture_default_str();
  queries
      ->add_option("--negatives", qargs->negatives,
                   "Fraction of negative queries (recombined names that are not listed)")
      ->capture_default_str();
  queries->add_option("-o,--output", qargs->output, "Output file (TSV); default stdout");
  queries->callback([qargs, count, action] {
    qargs->count_given = count->count() > 0;
    *action = [qargs] { return RunQueries(*qargs); };
  });

  synth->callback([synth, queries, args, entities, action] {
    if (synth->got_subcommand(queries)) return;
    args->entities_given = entities->count() > 0;
    *action = [args] { return RunSynth(*args); };
  });
}

}  // namespace cordon::cli
