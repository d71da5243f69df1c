#include "text/transcription.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "text/normalize.h"

namespace cordon::text {
namespace {

TEST(Respell, ReadsForeignNamesWrittenBySound) {
  // Each unit as the letters it most often stands for in a foreign name.
  EXPECT_EQ(Respell("巴拉巴诺夫"), "barabanov");  // Balabanov: 夫 is "v", 诺 "no"
  EXPECT_EQ(Respell("랄스턴"), "ralston");        // Ralston: 스 is "s", not "seu"
  // Usama bin Ladin in katakana and in Chinese characters; the separators stay.
  EXPECT_EQ(NormalizeText(Respell("ウサマ・ビン・ラディン")), "usama bin radin");
  EXPECT_EQ(NormalizeText(Respell("奥萨马·本·拉登")), "osama ben raden");
}

TEST(Respell, LAndRSwappedWhereTheScriptsWriteThemAlike) {
  // ル and ラ stand for l as often as for r: the second reading swaps them.
  EXPECT_EQ(NormalizeText(Respell("ウサマ・ビン・ラディン", true)), "usama bin ladin");
  EXPECT_EQ(Respell("ラ", true).find('r'), std::string::npos);
  // Nothing to swap: no second reading.
  EXPECT_EQ(Respell("スミス", true), "");
  EXPECT_EQ(Respell("Balabanov", true), "");
}

TEST(Respell, SmallKanaBelongToTheKanaBefore) {
  // ジョ is one unit ("jo"), not ジ ("ji") and a small ョ.
  const std::string jo = Respell("ジョ");
  ASSERT_FALSE(jo.empty());
  EXPECT_EQ(jo.substr(0, 1), "j");
  EXPECT_EQ(jo.find('i'), std::string::npos) << jo;
}

TEST(Respell, DoublingAndLongVowelMarksBelongToTheirKana) {
  // A small ッ doubles the kana after it, ー lengthens the one before: ック is "ck" (Hammack,
  // ハマック), not a mark and "ku".
  const std::string hammack = Respell("ハマック");
  EXPECT_NE(hammack.find("ck"), std::string::npos) << hammack;
  EXPECT_EQ(Respell("はまっく"), hammack);
  // Marks with no kana to go with stand for nothing.
  EXPECT_EQ(NormalizeText(Respell("ハマッ")), NormalizeText(Respell("ハマ")));
}

TEST(Respell, HiraganaAndHalfWidthKanaReadAsKatakana) {
  const std::string katakana = Respell("スチュワート");
  ASSERT_FALSE(katakana.empty());
  EXPECT_EQ(Respell("すちゅわーと"), katakana);
  EXPECT_EQ(Respell("ｽﾁｭﾜｰﾄ"), katakana);
}

TEST(Respell, SeparatorsStaySoWordsStayApart) {
  const std::string name = Respell("乔治·华盛顿");
  ASSERT_FALSE(name.empty());
  EXPECT_EQ(NormalizeName(name).tokens.size(), 2U) << name;
}

TEST(Respell, AUnitTheTableLacksIsRomanised) {
  // 龘 is in no foreign name: romanised as NormalizeName() would, within the word.
  const std::string alone = NormalizeText("龘");
  ASSERT_FALSE(alone.empty());
  EXPECT_EQ(Respell("巴龘"), "ba" + alone);
  EXPECT_EQ(Respell("龘"), "");  // nothing the table knows
}

// Ta marbuta before another word is read t (the construct state): هيئة تحرير الشام is Hay'at
// Tahrir al-Sham; at the name's end it stays a vowel.
TEST(ConstructStateReading, ReadsTaMarbutaBeforeAnotherWordAsT) {
  EXPECT_EQ(NormalizeText(ConstructStateReading("هيئة تحرير الشام")), "hyyt thryr alsham");
  EXPECT_EQ(NormalizeText(ConstructStateReading("جبهة النصرة")), "jbht alnsrh");
  EXPECT_EQ(ConstructStateReading("فاطمة"), "");     // one word: none
  EXPECT_EQ(ConstructStateReading("محمد علي"), "");  // no ta marbuta
  EXPECT_EQ(OtherReadings("هيئة تحرير الشام").size(), 1U);
  EXPECT_EQ(OtherReadings("巴拉巴诺夫").size(), 2U);  // respelled, and with l for r
  EXPECT_TRUE(OtherReadings("Hay'at Tahrir al-Sham").empty());
}

// Parts in parentheses: the name without them, and those of one word.
TEST(Parentheses, ReadsTheNameWithoutThemAndTheirWords) {
  EXPECT_EQ(NormalizeText(WithoutParentheses("HAQQANI NETWORK (HQN)")), "haqqani network");
  EXPECT_EQ(NormalizeText(WithoutParentheses("Isfahan Optics Industry (EOI) (IOI)")),
            "isfahan optics industry");
  EXPECT_EQ(NormalizeText(WithoutParentheses("HANIFA EXCHANGE (BRANCH IN ALBU KAMAL)")),
            "hanifa exchange");
  EXPECT_EQ(WithoutParentheses("HAQQANI NETWORK"), "");                // none
  EXPECT_EQ(WithoutParentheses("(HQN)"), "");                          // nothing left
  EXPECT_EQ(WithoutParentheses("ARIEP (All Russian Institute)"), "");  // one word left
  EXPECT_EQ(WithoutParentheses("El Harrachi (الحراشي)"), "");          // and a particle
  EXPECT_EQ(WithoutParentheses("HAQQANI (HQN"), "");                   // unbalanced
  EXPECT_EQ(WithoutParentheses("HAQQANI HQN)"), "");
  // Acronyms of the rest of the name: initials, with letters that follow in a word, words
  // passed over.
  EXPECT_EQ(ParenthesisedAcronyms("HAQQANI NETWORK (HQN)"), (std::vector<std::string>{"HQN"}));
  EXPECT_EQ(ParenthesisedAcronyms("AL-QAIDA IN THE ARABIAN PENINSULA (AQAP)"),
            (std::vector<std::string>{"AQAP"}));
  EXPECT_EQ(ParenthesisedAcronyms("MOUVEMENT POUR L'UNIFICATION ET LE JIHAD EN AFRIQUE DE "
                                  "L'OUEST (MUJAO)"),
            (std::vector<std::string>{"MUJAO"}));
  EXPECT_EQ(ParenthesisedAcronyms("Isfahan Optics Industry (EOI) (IOI)"),
            (std::vector<std::string>{"IOI"}));
  // Notes, places and words of the name are no acronyms.
  EXPECT_TRUE(ParenthesisedAcronyms("VTB BANK (AUSTRIA) AG").empty());
  EXPECT_TRUE(ParenthesisedAcronyms("TOUS POUR LA PAIX ET LE DEVELOPPEMENT (NGO)").empty());
  EXPECT_TRUE(ParenthesisedAcronyms("Sergei (Sergi) Ivanovich Tomchani").empty());
  EXPECT_TRUE(ParenthesisedAcronyms("HANIFA EXCHANGE (BRANCH IN ALBU KAMAL)").empty());
  EXPECT_TRUE(ParenthesisedAcronyms("HAQQANI NETWORK (HQN").empty());  // unbalanced
  EXPECT_TRUE(ParenthesisedAcronyms("HAQQANI NETWORK (H)").empty());   // one letter
  EXPECT_TRUE(ParenthesisedAcronyms("HAQQANI (HQ)").empty());          // one word
  // The name without them is the first other reading, of any script.
  ASSERT_FALSE(OtherReadings("HAQQANI NETWORK (HQN)").empty());
  EXPECT_EQ(NormalizeText(OtherReadings("HAQQANI NETWORK (HQN)")[0]), "haqqani network");
}

// Teh and sheen together are the ch of a foreign name.
TEST(ForeignChReading, ReadsTehSheenAsCh) {
  EXPECT_EQ(NormalizeText(ForeignChReading("تشيني")), "chyny");    // Cheney
  EXPECT_EQ(NormalizeText(ForeignChReading("سافيتش")), "safych");  // Savić
  EXPECT_EQ(ForeignChReading("محمد"), "");
  EXPECT_EQ(OtherReadings("تشيني").size(), 1U);
  // With a construct state and a translation (حركة, movement) too: all three readings.
  EXPECT_EQ(OtherReadings("حركة تشاد").size(), 3U);
}

// Korean names written in Han characters read as Korean: the reading for names, North Korean
// initial r and l (리, 룡), simplified characters as their traditional forms.
TEST(SinoKoreanReading, ReadsHanjaAsHangul) {
  EXPECT_EQ(SinoKoreanReading("金正恩"), "김정은");  // Kim Jong Un: 金 as the surname 김, not 금
  EXPECT_EQ(NormalizeText(SinoKoreanReading("金正恩")), NormalizeText("김정은"));
  EXPECT_EQ(SinoKoreanReading("崔龍海"), "최룡해");          // Choe Ryong Hae
  EXPECT_EQ(SinoKoreanReading("崔龙海"), "최룡해");          // simplified 龙
  EXPECT_EQ(SinoKoreanReading("李明"), "리명");              // Ri Myong
  EXPECT_EQ(SinoKoreanReading("金 Jong-un"), "김 Jong-un");  // other letters kept
  EXPECT_EQ(SinoKoreanReading("김정은"), "");                // no Han character
  EXPECT_EQ(SinoKoreanReading("Kim Jong Un"), "");
  // Not among the other readings: screening counts it only for whole matches.
  for (const std::string& reading : OtherReadings("金正恩")) EXPECT_NE(reading, "김정은");
}

// Tha, dhal, dad and zah read as Persian, Urdu and Pashto say them: s, z, z, z.
TEST(PersianReading, ReadsThaDhalDadAndZahAsSAndZ) {
  EXPECT_EQ(NormalizeText(PersianReading("فضل")), "fzl");              // Fazl
  EXPECT_EQ(NormalizeText(PersianReading("ثاقب")), "saqb");            // Saqib
  EXPECT_EQ(NormalizeText(PersianReading("نذیر احمد")), "nzyr ahmd");  // Nazir Ahmad
  EXPECT_EQ(NormalizeText(PersianReading("ظاهر شاه")), "zahr shah");   // Zahir Shah
  EXPECT_EQ(PersianReading("محمد"), "");
  EXPECT_EQ(OtherReadings("رضا").size(), 1U);
  EXPECT_TRUE(OtherReadings("Reza").empty());
}

// Hebrew pe, bet and vav read as f, v and v where foreign names most often have them.
TEST(SpirantReading, ReadsPeBetAndVavAsFAndV) {
  EXPECT_EQ(NormalizeText(SpirantReading("פולקר")), "fwlqr");    // Volker
  EXPECT_EQ(NormalizeText(SpirantReading("מנספלד")), "mnsfld");  // Mansfeld
  EXPECT_EQ(NormalizeText(SpirantReading("אביב")), "vyv");       // Aviv (the alef is unwritten)
  EXPECT_EQ(SpirantReading("בוריס"), "");  // Boris: a bet that begins a word stays b
  EXPECT_EQ(NormalizeText(SpirantReading("ויגו")), "vygw");   // Viggo
  EXPECT_EQ(NormalizeText(SpirantReading("דוויד")), "dvyd");  // David: a double vav is v
  EXPECT_EQ(NormalizeText(SpirantReading("יוסף")), "ywsf");   // a final pe is f
  EXPECT_EQ(SpirantReading("כהן"), "");                       // nothing to read otherwise
  EXPECT_EQ(OtherReadings("מנספלד").size(), 1U);
  EXPECT_TRUE(OtherReadings("Mansfeld").empty());
}

TEST(Respell, OtherScriptsHaveNoRespelling) {
  EXPECT_EQ(Respell("Balabanov"), "");
  EXPECT_EQ(Respell("Балабанов"), "");
  EXPECT_EQ(Respell("محمد"), "");
  EXPECT_EQ(Respell(""), "");
}

}  // namespace
}  // namespace cordon::text
