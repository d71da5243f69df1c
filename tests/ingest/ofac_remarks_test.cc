// OFAC remarks text: the items of sdn.csv's Remarks column and the meaning of XML <idType>s.
#include "ingest/ofac_remarks.h"

#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

namespace cordon::ingest {
namespace {

Entity Parse(std::string_view remarks, Schema schema = Schema::kPerson) {
  Entity entity;
  entity.schema = schema;
  ParseOfacRemarks(remarks, &entity);
  return entity;
}

BirthDate Date(std::string_view from, std::string_view to, bool approximate = false) {
  BirthDate date;
  date.from = *ParsePartialDate(from);
  date.to = *ParsePartialDate(to);
  date.approximate = approximate;
  return date;
}

TEST(OfacRemarks, ReadsBirthDatesOfEveryShape) {
  Entity entity = Parse(
      "DOB 14 Mar 1962; alt. DOB 1963; DOB circa 1960; DOB 1973 to 1974; "
      "alt. DOB 01 Jan 1961 to 31 Dec 1962; DOB Dec 1970; DOB circa 1979-1982; DOB 1947.");
  std::vector<BirthDate> expected = {Date("1962-03-14", "1962-03-14"), Date("1963", "1963"),
                                     Date("1960", "1960", true),       Date("1973", "1974"),
                                     Date("1961-01-01", "1962-12-31"), Date("1970-12", "1970-12"),
                                     Date("1979", "1982", true),       Date("1947", "1947")};
  EXPECT_EQ(entity.birth_dates, expected);
}

TEST(OfacRemarks, IgnoresBirthDatesThatAreNotDates) {
  Entity entity = Parse("DOB unknown; DOB 31 Feb 1960; DOB 1962");
  ASSERT_EQ(entity.birth_dates.size(), 1u);
  EXPECT_EQ(entity.birth_dates[0].ToString(), "1962");
}

TEST(OfacRemarks, ReadsPlaceNationalityCitizenshipAndGender) {
  Entity entity = Parse(
      "POB Nahia, Giza, Egypt; alt. POB Cairo; nationality Egypt; alt. nationality Korea, North; "
      "citizen Sudan; citizenship Chad; Gender Female.");
  EXPECT_EQ(entity.birth_places, (std::vector<std::string>{"Nahia, Giza, Egypt", "Cairo"}));
  EXPECT_EQ(entity.nationalities,
            (std::vector<std::string>{"Egypt", "Korea, North", "Sudan", "Chad"}));
  EXPECT_EQ(entity.gender, "female");
  EXPECT_TRUE(entity.identifiers.empty());
}

TEST(OfacRemarks, ReadsIdentifiersWithTheirCountry) {
  Entity entity = Parse(
      "Passport A1234567 (Pakistan) issued 01 Jan 2000 expires 31 Dec 2009; "
      "alt. Passport D366 871 (Jordan); National ID No. 216040 (Yemen); "
      "Registration Number HRA 738077 (Stuttgart) (Germany); Tax ID No. 7707083893 (Russia); "
      "Cedula No. 6068015 (Colombia); NIT # 800018928-0 (Colombia); SWIFT/BIC HAVIGB2L; "
      "Unified Social Credit Code (USCC) 9113100033607322XK (China)");
  std::vector<Identifier> expected = {
      {"Passport", "A1234567", "Pakistan"},
      {"Passport", "D366 871", "Jordan"},
      {"National ID No.", "216040", "Yemen"},
      {"Registration Number", "HRA 738077 (Stuttgart)", "Germany"},
      {"Tax ID No.", "7707083893", "Russia"},
      {"Cedula No.", "6068015", "Colombia"},
      {"NIT #", "800018928-0", "Colombia"},
      {"SWIFT/BIC", "HAVIGB2L", ""},
      {"Unified Social Credit Code (USCC)", "9113100033607322XK", "China"},
  };
  EXPECT_EQ(entity.identifiers, expected);
}

TEST(OfacRemarks, ReadsImoAndMmsiNumbers) {
  Entity entity = Parse(
      "Vessel Registration Identification IMO 9187629; IMO 7406784; MMSI 572469210; "
      "Identification Number IMO 5342883; Vessel Registration Identification RS 150443 (Russia)",
      Schema::kVessel);
  std::vector<Identifier> expected = {
      {"IMO", "9187629", ""},
      {"IMO", "7406784", ""},
      {"MMSI", "572469210", ""},
      {"IMO", "5342883", ""},
      {"Vessel Registration Identification", "RS 150443", "Russia"},
  };
  EXPECT_EQ(entity.identifiers, expected);
}

TEST(OfacRemarks, ReadsWeakAliasesInQuotes) {
  Entity entity = Parse(
      "a.k.a. 'BLA'; f.k.a. 'OLD NAME'; n.k.a. 'NEW NAME'; a.k.a. 'ISLAMIC STATE'S BRANCH'; "
      "a.k.a. ''FUPI''.",
      Schema::kOrganization);
  ASSERT_EQ(entity.names.size(), 5u);
  EXPECT_EQ(entity.names[0].full, "BLA");
  EXPECT_EQ(entity.names[0].kind, NameKind::kWeakAlias);
  EXPECT_EQ(entity.names[0].type, "a.k.a.");
  EXPECT_EQ(entity.names[1].full, "OLD NAME");
  EXPECT_EQ(entity.names[1].type, "f.k.a.");
  EXPECT_EQ(entity.names[2].type, "n.k.a.");
  EXPECT_EQ(entity.names[3].full, "ISLAMIC STATE'S BRANCH");
  EXPECT_EQ(entity.names[4].full, "FUPI");
  for (const Name& name : entity.names) EXPECT_EQ(name.kind, NameKind::kWeakAlias);
}

TEST(OfacRemarks, TurnsWeakAliasesOfPersonsAround) {
  Entity person = Parse("a.k.a. 'BAKR, Abu'; a.k.a. 'EL FLACO'");
  ASSERT_EQ(person.names.size(), 2u);
  EXPECT_EQ(person.names[0].full, "Abu BAKR");
  EXPECT_EQ(person.names[0].given, "Abu");
  EXPECT_EQ(person.names[0].family, "BAKR");
  EXPECT_EQ(person.names[1].full, "EL FLACO");
  // An organisation's comma is part of its name.
  Entity company = Parse("a.k.a. 'EXAMPLE TRADING, LTD.'", Schema::kOrganization);
  ASSERT_EQ(company.names.size(), 1u);
  EXPECT_EQ(company.names[0].full, "EXAMPLE TRADING, LTD.");
}

TEST(OfacRemarks, LeavesInformationItemsToTheText) {
  Entity entity = Parse(
      "Linked To: AYAD, Adnan; Website www.example.com; Email Address x@example.com; "
      "Secondary sanctions risk: section 1(b) of Executive Order 13224; "
      "Organization Established Date 29 May 2014; Telephone (98)(21)(66153220); "
      "Executive Order 13662 Directive Determination - Subject to Directive 1; "
      "Additional Sanctions Information - Subject to Secondary Sanctions; "
      "Aircraft Model IL-76TD; Former Vessel Flag Malta; Chief Ideological Figure",
      Schema::kOrganization);
  EXPECT_TRUE(entity.identifiers.empty());
  EXPECT_TRUE(entity.names.empty());
  EXPECT_TRUE(entity.birth_dates.empty());
  EXPECT_TRUE(entity.countries.empty());
}

TEST(OfacRemarks, ReadsCountriesOfOrganisationsAndVessels) {
  Entity entity =
      Parse("Nationality of Registration Russia; Other Vessel Flag Panama", Schema::kVessel);
  EXPECT_EQ(entity.countries, (std::vector<std::string>{"Russia", "Panama"}));
  EXPECT_TRUE(entity.nationalities.empty());
}

TEST(OfacRemarks, ReadsUnknownIdentifierTypesByTheirShape) {
  Entity entity = Parse(
      "Galactic Registry Number GX-1234 (Mars); Commander of the 555th Regiment; "
      "#2 in Special Security Organization");
  ASSERT_EQ(entity.identifiers.size(), 1u);
  EXPECT_EQ(entity.identifiers[0], (Identifier{"Galactic Registry Number", "GX-1234", "Mars"}));
}

TEST(OfacRemarks, KeepsTheCurrencyOfDigitalCurrencyAddresses) {
  Entity entity = Parse(
      "Digital Currency Address - XBT 12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h; "
      "alt. Digital Currency Address - ETH 0x098B716B8Aaf21512996dC57EB0615e2383E2f96");
  std::vector<Identifier> expected = {
      {"Digital Currency Address - XBT", "12QtD5BFwRsdNsAZY76UVE1xyCGNTojH9h", ""},
      {"Digital Currency Address - ETH", "0x098B716B8Aaf21512996dC57EB0615e2383E2f96", ""},
  };
  EXPECT_EQ(entity.identifiers, expected);
}

TEST(OfacRemarks, SplitsOnSemicolonsOutsideParentheses) {
  EXPECT_EQ(SplitOfacRemarks("DOB 1962; (data from a passport: DOB 1960; POB X); Gender Male."),
            (std::vector<std::string_view>{"DOB 1962", "(data from a passport: DOB 1960; POB X)",
                                           "Gender Male"}));
  // Unbalanced parentheses do not swallow the rest of the text.
  EXPECT_EQ(SplitOfacRemarks("POB Gaza (Palestinian; DOB 1962"),
            (std::vector<std::string_view>{"POB Gaza (Palestinian", "DOB 1962"}));
  EXPECT_EQ(SplitOfacRemarks(" ;; ."), std::vector<std::string_view>{});
}

TEST(OfacRemarks, RepeatedItemsAreStoredOnce) {
  Entity entity = Parse(
      "DOB 1962; DOB 1962; Passport X1 (Iran); Passport X1 (Iran); "
      "nationality Iran; nationality Iran");
  EXPECT_EQ(entity.birth_dates.size(), 1u);
  EXPECT_EQ(entity.identifiers.size(), 1u);
  EXPECT_EQ(entity.nationalities.size(), 1u);
}

TEST(OfacRemarks, SurvivesOddText) {
  for (std::string_view text : {"",
                                ";",
                                "a.k.a.",
                                "a.k.a. '",
                                "a.k.a. ''",
                                "DOB",
                                "DOB  to ",
                                "Passport",
                                "Passport ()",
                                "Passport (",
                                "Passport )",
                                "(((",
                                ")))",
                                "alt. ",
                                "IMO",
                                "IMO abc",
                                "Gender",
                                "Digital Currency Address - ",
                                "Digital Currency Address - XBT",
                                "\xC2\xA0;\xC2\xA0"}) {
    Entity entity = Parse(text);
    EXPECT_TRUE(entity.identifiers.empty()) << text;
    EXPECT_TRUE(entity.birth_dates.empty()) << text;
    EXPECT_TRUE(entity.names.empty()) << text;
  }
}

TEST(OfacRemarks, AppliesXmlFeatures) {
  Entity entity;
  entity.schema = Schema::kOrganization;
  EXPECT_TRUE(ApplyOfacFeature("Gender", "Female", "", &entity));
  EXPECT_TRUE(ApplyOfacFeature("Nationality of Registration", "Russia", "", &entity));
  EXPECT_TRUE(ApplyOfacFeature("Vessel Registration Identification", "IMO 9187629", "", &entity));
  EXPECT_TRUE(ApplyOfacFeature("Tax ID No.", "7707083893", "Russia", &entity));
  EXPECT_TRUE(ApplyOfacFeature("Brand New Id Type", "XY-1", "", &entity));
  EXPECT_TRUE(ApplyOfacFeature("Digital Currency Address - XBT", "12QtD5B", "", &entity));
  EXPECT_FALSE(ApplyOfacFeature("Website", "www.example.com", "", &entity));
  EXPECT_FALSE(ApplyOfacFeature("Executive Order 13662 Directive Determination -",
                                "Subject to Directive 1", "", &entity));
  EXPECT_FALSE(ApplyOfacFeature("Listing Date (CMIC)", "03 Jun 2021", "", &entity));
  EXPECT_EQ(entity.gender, "female");
  EXPECT_EQ(entity.countries, std::vector<std::string>{"Russia"});
  std::vector<Identifier> expected = {
      {"IMO", "9187629", ""},
      {"Tax ID No.", "7707083893", "Russia"},
      {"Brand New Id Type", "XY-1", ""},
      {"Digital Currency Address - XBT", "12QtD5B", ""},
  };
  EXPECT_EQ(entity.identifiers, expected);
}

TEST(OfacRemarks, TurnsPersonNamesAround) {
  Name name = OfacPersonName("AL-ZOMOR, Abboud Abdul Latif Hassan", NameKind::kPrimary);
  EXPECT_EQ(name.full, "Abboud Abdul Latif Hassan AL-ZOMOR");
  EXPECT_EQ(name.given, "Abboud Abdul Latif Hassan");
  EXPECT_EQ(name.family, "AL-ZOMOR");
  Name single = OfacPersonName("MADURO", NameKind::kStrongAlias);
  EXPECT_EQ(single.full, "MADURO");
  EXPECT_TRUE(single.given.empty());
  EXPECT_TRUE(single.family.empty());
  EXPECT_EQ(single.kind, NameKind::kStrongAlias);
  EXPECT_EQ(OfacPersonName(", Ali", NameKind::kPrimary).full, ", Ali");
}

TEST(OfacRemarks, ReadsGender) {
  EXPECT_EQ(OfacGender("Male"), "male");
  EXPECT_EQ(OfacGender("FEMALE."), "female");
  EXPECT_EQ(OfacGender("unknown"), "");
}

}  // namespace
}  // namespace cordon::ingest
