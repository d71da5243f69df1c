#include "match/evidence.h"

#include <gtest/gtest.h>

#include "cordon/entity.h"

namespace cordon::match {
namespace {

TEST(CompareCountry, ReadsNationalitiesCountriesAndPlacesOfBirth) {
  Entity entity;
  entity.nationalities = {"Pakistan"};
  EXPECT_EQ(CompareCountry("PK", entity).verdict, Verdict::kMatch);
  EXPECT_EQ(CompareCountry("pakistan", entity).verdict, Verdict::kMatch);
  EXPECT_EQ(CompareCountry("AF", entity).verdict, Verdict::kMismatch);
  EXPECT_EQ(CompareCountry("Atlantis", entity).verdict, Verdict::kUnknown);  // no country
  // An address in Pakistan, a place of birth in Afghanistan: either country is his.
  Entity haqqani;
  haqqani.countries = {"Pakistan"};
  haqqani.birth_places = {"Danda, Miramshah, Afghanistan",
                          "Srana Village, Garda Saray District, Paktya Province, Afghanistan"};
  const EvidenceResult born = CompareCountry("AF", haqqani);
  EXPECT_EQ(born.verdict, Verdict::kMatch);
  EXPECT_NE(born.detail.find("country of birth Afghanistan"), std::string::npos) << born.detail;
  EXPECT_EQ(CompareCountry("PK", haqqani).verdict, Verdict::kMatch);
  EXPECT_EQ(CompareCountry("US", haqqani).verdict, Verdict::kMismatch);
  // A place of birth that is a country alone, or names none.
  Entity born_in;
  born_in.birth_places = {"Syria"};
  EXPECT_EQ(CompareCountry("SY", born_in).verdict, Verdict::kMatch);
  born_in.birth_places = {"Grozny"};
  EXPECT_EQ(CompareCountry("RU", born_in).verdict, Verdict::kUnknown);
  EXPECT_EQ(CompareCountry("RU", Entity()).verdict, Verdict::kUnknown);
}

}  // namespace
}  // namespace cordon::match
