#include "text/translation.h"

#include <string>

#include <gtest/gtest.h>

#include "text/normalize.h"
#include "text/transcription.h"

namespace cordon::text {
namespace {

// The words a name written in Arabic script is read as, normalised ("" when not translated).
std::string Read(const std::string& name) { return NormalizeText(TranslatedReading(name)); }

TEST(TranslatedReading, ReadsOrganisationWordsAsTheListsTranslateThem) {
  EXPECT_EQ(Read("الجماعة الاسلامية المقاتلة الليبية"), "group islamic fighting libyan");
  EXPECT_EQ(Read("جمعية احياء التراث الاسلامي"), "society revival heritage islamic");
  // The article, a conjunction and prepositions are taken off a word: والشام is "and levant",
  // لأهل "people" (for the people of).
  EXPECT_EQ(Read("الدولة الإسلامية في العراق والشام"), "state islamic in iraq and levant");
  EXPECT_EQ(Read("جبهة النصرة لأهل الشام"), "front nusrah people levant");
  EXPECT_EQ(Read("مكتب حنيفة للصرافة"), "office hnyfh money exchange");
  // Persian and Urdu letters and words.
  EXPECT_EQ(Read("سپاه پاسداران انقلاب اسلامی"), "corps guard revolutionary islamic");
  EXPECT_EQ(Read("صرافی روشان"), "money exchange rwshan");
}

TEST(TranslatedReading, KeepsProperNamesAsWritten) {
  // Names stay in their letters, to be compared by their consonants.
  EXPECT_NE(TranslatedReading("شبکه حقانی").find("حقانی"), std::string::npos);
  EXPECT_EQ(Read("شبکه حقانی"), "network hqany");
  // Harakat and the forms of a letter do not hide a word.
  EXPECT_EQ(Read("جَمَاعَة أنصار"), "group supporters");
}

TEST(TranslatedReading, TranslatesOnlyTheNamesOfOrganisations) {
  // No word names a kind of organisation: a person (Islam is a given name), a place.
  EXPECT_EQ(TranslatedReading("اسلام محمد"), "");
  EXPECT_EQ(TranslatedReading("محمد المصري"), "");
  EXPECT_EQ(TranslatedReading("العراق"), "");
  EXPECT_EQ(TranslatedReading("Islamic Group"), "");
  EXPECT_EQ(TranslatedReading(""), "");
  // Two words or more left as written: not translated.
  EXPECT_EQ(TranslatedReading("لواء الإسلام في قبار"), "");
  EXPECT_EQ(TranslatedReading("حاجی خيرالله و حاجی ستار صرافی"), "");
  // A word is the whole of a word: جماعتنا (our group) is no term, nor is a letter alone.
  EXPECT_EQ(TranslatedReading("جماعتنا"), "");
}

TEST(TranslatedReading, IsAnotherReadingOfTheName) {
  // The translation comes first among the other readings of an Arabic name.
  const auto readings = OtherReadings("الجماعة الاسلامية المقاتلة الليبية");
  ASSERT_FALSE(readings.empty());
  EXPECT_EQ(NormalizeText(readings[0]), "group islamic fighting libyan");
}

TEST(TranslatedReading, NamesTheWordsItWrites) {
  EXPECT_TRUE(IsTranslationWord("group"));
  EXPECT_TRUE(IsTranslationWord("exchange"));  // of "money exchange"
  EXPECT_TRUE(IsTranslationWord("money"));
  EXPECT_FALSE(IsTranslationWord("mhmd"));
  EXPECT_FALSE(IsTranslationWord(""));
}

// A reading that mixes English words and Arabic ones is still a name written without short
// vowels: its Arabic words are compared by their consonants.
TEST(TranslatedReading, MixedReadingIsVowelless) {
  const NormalizedName name = NormalizeName(TranslatedReading("شبکه حقانی"));
  EXPECT_TRUE(name.vowelless);
  // It begins with an English word, which says nothing of a written vowel.
  EXPECT_FALSE(name.consonant_start);
}

}  // namespace
}  // namespace cordon::text
