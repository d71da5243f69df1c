// A large Cordon CSV or FollowTheMoney file is parsed in pieces on several threads
// (ParseContext::Split and ParsePieces, LoadOptions::threads and piece_bytes). Whatever the
// pieces, the list must be the one parsed in one piece: the same entities in the same order,
// the same warnings, skipped records and errors.
#include <cstddef>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>

#include "cordon/ingest.h"

#include "ingest/csv_reader.h"

namespace cordon {
namespace {

// Everything a parse gives, as text to compare.
std::string Render(const Result<LoadedList>& result) {
  if (!result) return "error: " + result.error().ToString();
  const LoadedList& list = *result;
  std::string out = "skipped " + std::to_string(list.skipped_records) + "\n";
  auto all = [&](std::string_view label, const std::vector<std::string>& values) {
    out += std::string(label) + ":";
    for (const std::string& value : values) out += " [" + value + "]";
    out += "\n";
  };
  for (const Entity& e : list.entities) {
    out += "entity " + e.id + " " + e.dataset + " " + e.list_id + " " +
           std::to_string(static_cast<int>(e.schema)) + " " + e.gender + " " + e.listed_on + "\n";
    for (const Name& name : e.names) {
      out += "  name [" + name.full + "] " + std::to_string(static_cast<int>(name.kind)) + " " +
             std::to_string(static_cast<int>(name.script)) + " [" + name.given + "] [" +
             name.family + "] [" + name.type + "]\n";
    }
    for (const BirthDate& birth : e.birth_dates) out += "  born " + birth.ToString() + "\n";
    for (const Identifier& id : e.identifiers) {
      out += "  identifier " + id.type + " " + id.value + " " + id.country + "\n";
    }
    all("  places", e.birth_places);
    all("  nationalities", e.nationalities);
    all("  countries", e.countries);
    all("  addresses", e.addresses);
    all("  programs", e.programs);
    all("  remarks", e.remarks);
    all("  titles", e.titles);
    all("  related", e.related);
  }
  for (const ListWarning& warning : list.warnings) out += "warning " + warning.ToString() + "\n";
  return out;
}

Result<LoadedList> Parse(std::string_view bytes, const std::string& source, bool lenient,
                         unsigned threads, std::size_t piece_bytes) {
  LoadOptions options;
  options.lenient = lenient;
  options.threads = threads;
  options.piece_bytes = piece_bytes;
  return ParseListBytes(bytes, source, options);
}

// The parse in one piece and in pieces of several sizes agree.
void ExpectSameInPieces(const std::string& bytes, const std::string& source, bool lenient) {
  const std::string whole = Render(Parse(bytes, source, lenient, 1, 1));
  for (std::size_t piece_bytes : {1, 7, 40, 300}) {
    for (unsigned threads : {2U, 5U}) {
      const std::string pieces = Render(Parse(bytes, source, lenient, threads, piece_bytes));
      if (pieces == whole) continue;
      // The first line that differs, rather than two long texts.
      std::size_t at = 0;
      while (at < pieces.size() && at < whole.size() && pieces[at] == whole[at]) ++at;
      const std::size_t line = whole.rfind('\n', at == 0 ? 0 : at - 1);
      const std::size_t from = line == std::string::npos ? 0 : line + 1;
      FAIL() << "threads " << threads << ", pieces of " << piece_bytes << " bytes, lenient "
             << lenient << ": in one piece\n  " << whole.substr(from, whole.find('\n', at) - from)
             << "\nin pieces\n  " << pieces.substr(from, pieces.find('\n', at) - from)
             << "\ninput:\n"
             << bytes;
    }
  }
}

// A Cordon CSV list with what makes cutting it hard: quoted values holding line breaks,
// commas and doubled quotes, quotes inside unquoted values, CRLF and blank lines, repeated
// ids (in whichever pieces), and bad records.
std::string RandomCordonCsv(std::mt19937* rng, bool with_errors) {
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(*rng);
  };
  static const std::vector<std::string> kNames = {
      "Ali Hassan",
      "\"SALEK, Abdulhai\"",
      "\"Line one\nline two\"",
      "\"He said \"\"no\"\"\"",
      "O\"Brien Trading",
      "\"\"",
      "\"a\"b",
      "محمد يوسف",
      "  Spaced   Name  ",
      "\"multi\n\nblank\nlines, and commas\"",
  };
  static const std::vector<std::string> kOthers = {"",           "Person", "Organization",
                                                   "\"Vessel\"", "Bogus",  "\"Person\nX\""};
  std::string out = pick(4) == 0 ? "\xEF\xBB\xBFid,name,schema,aliases,country\n"
                                 : "id,name,schema,aliases,country\r\n";
  const std::size_t rows = 1 + pick(30);
  for (std::size_t r = 0; r < rows; ++r) {
    if (pick(6) == 0) out += pick(2) == 0 ? "\n" : "\r\n";  // a blank line
    out += "id" + std::to_string(pick(12)) + "," + kNames[pick(kNames.size())];
    if (with_errors || pick(3) != 0) {
      out += "," + (with_errors ? kOthers[pick(kOthers.size())] : std::string("Person"));
    }
    if (pick(2) == 0) out += "," + kNames[pick(kNames.size())] + ",AF;PK";
    if (with_errors && pick(15) == 0) out += ",extra,fields,here";
    // (A lone CR ends a row too, and starts no line: rows then share a line number.)
    out += pick(6) == 0 ? "\r" : pick(3) == 0 ? "\r\n" : "\n";
  }
  if (with_errors && pick(5) == 0) out += "late,\"never closed\n";
  return out;
}

TEST(ParsePieces, CordonCsvIsTheSameInAnyPieces) {
  std::mt19937 rng(7);
  for (int round = 0; round < 150; ++round) {
    const bool errors = round % 3 != 0;
    const std::string csv = RandomCordonCsv(&rng, errors);
    ExpectSameInPieces(csv, "pieces.csv", false);
    ExpectSameInPieces(csv, "pieces.csv", true);
    if (HasFatalFailure()) return;
  }
}

std::string RandomFtm(std::mt19937* rng) {
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(*rng);
  };
  static const std::vector<std::string> kLines = {
      R"({"id": "ID", "schema": "Person", "properties": {"name": ["Ali Hassan"], "birthDate": ["1970"]}})",
      R"({"id": "ID", "schema": "Organization", "properties": {"name": ["Al-Qaida"], "alias": ["Al Qaeda"]}})",
      R"({"id": "ID", "schema": "Person", "properties": {"name": ["Ivan Petrov"], "birthDate": ["not a date"]}})",
      R"({"id": "ID", "schema": "Person", "properties": {"name": "bare string"}})",
      R"({"id": "ID", "schema": "Person", "properties": {"name": [42]}})",
      R"({"id": "ID", "schema": "Person", "properties": {"name": ["No close")",
      R"({"id": "ID", "schema": "Ownership", "properties": {"owner": ["x"], "asset": ["y"]}})",
      R"({"id": "ID", "schema": "Person", "properties": {}})",
      "",
      "   ",
  };
  std::string out = pick(4) == 0 ? "\xEF\xBB\xBF" : "";
  const std::size_t lines = 1 + pick(30);
  for (std::size_t l = 0; l < lines; ++l) {
    std::string line = kLines[pick(kLines.size())];
    if (const std::size_t at = line.find("ID"); at != std::string::npos) {
      line.replace(at, 2, "e" + std::to_string(pick(10)));
    }
    out += line + (pick(4) == 0 ? "\r\n" : "\n");
  }
  return out;
}

TEST(ParsePieces, FollowTheMoneyIsTheSameInAnyPieces) {
  std::mt19937 rng(11);
  for (int round = 0; round < 150; ++round) {
    const std::string ftm = RandomFtm(&rng);
    ExpectSameInPieces(ftm, "pieces.ftm.json", false);
    ExpectSameInPieces(ftm, "pieces.ftm.json", true);
    if (HasFatalFailure()) return;
  }
}

TEST(ParsePieces, AnIdClashAcrossPiecesKeepsTheEarlierRecord) {
  std::string csv = "id,name\n";
  for (int i = 0; i < 50; ++i) csv += "r" + std::to_string(i) + ",Name " + std::to_string(i) + "\n";
  csv += "r3,Later Record\n";  // line 52, in the last piece
  auto list = Parse(csv, "clash.csv", false, 4, 64);
  ASSERT_TRUE(list.has_value()) << list.error().ToString();
  ASSERT_EQ(list->entities.size(), 50u);
  EXPECT_EQ(list->entities[3].names[0].full, "Name 3");
  EXPECT_EQ(list->skipped_records, 1u);
  ASSERT_EQ(list->warnings.size(), 1u);
  EXPECT_EQ(list->warnings[0].line, 52u);
  EXPECT_NE(list->warnings[0].message.find("id clash: clash:r3 (\"Later Record\")"),
            std::string::npos)
      << list->warnings[0].message;
}

// Rows ended by a lone CR share a line: a clash found when pieces are merged still comes before
// the warnings of the rows after it on that line, as in one pass.
TEST(ParsePieces, WarningsOfRowsOnOneLineKeepTheirOrder) {
  std::string csv = "id,name\n";
  for (int i = 0; i < 30; ++i) csv += "r" + std::to_string(i) + ",Name " + std::to_string(i) + "\n";
  csv += "r3,Again\rr99,\n";  // line 32: a clash with line 5, then a row with no name
  auto one = Parse(csv, "cr.csv", true, 1, 1);
  auto pieces = Parse(csv, "cr.csv", true, 3, 16);
  ASSERT_TRUE(one.has_value() && pieces.has_value());
  ASSERT_EQ(Render(pieces), Render(one));
  ASSERT_EQ(one->warnings.size(), 2u);
  EXPECT_EQ(one->warnings[0].line, 32u);
  EXPECT_NE(one->warnings[0].message.find("id clash"), std::string::npos);
  EXPECT_NE(one->warnings[1].message.find("name is empty"), std::string::npos);
}

TEST(ParsePieces, TheFirstBadRecordInTheFileIsTheError) {
  std::string csv = "id,name,schema\n";
  for (int i = 0; i < 40; ++i) {
    csv += "r" + std::to_string(i) + ",Name," + (i == 12 || i == 35 ? "Planet" : "Person") + "\n";
  }
  auto list = Parse(csv, "bad.csv", false, 4, 32);
  ASSERT_FALSE(list.has_value());
  EXPECT_NE(list.error().message().find("bad.csv:14:"), std::string::npos)
      << list.error().ToString();
}

TEST(CsvRowStarts, RowsStartAfterLineBreaksOutsideQuotedFields) {
  //                     0         1          2
  //                     0123456 78901234 5678901234
  const std::string data = "id,n\na,\"x\ny\"\nb,c\"d\ne\n";
  ingest::CsvRowStarts starts(data, 5);
  EXPECT_EQ(starts.At(0), 5u);    // where the rows begin
  EXPECT_EQ(starts.At(6), 13u);   // the line break at 9 is inside "x\ny"
  EXPECT_EQ(starts.At(14), 19u);  // the quote in c"d is a letter
  EXPECT_EQ(starts.At(20), 21u);
  EXPECT_EQ(starts.At(22), data.size());
  // A quoted field never closed holds the rest of the data.
  const std::string open = "id,n\na,\"x\ny\nz\n";
  ingest::CsvRowStarts unclosed(open, 5);
  EXPECT_EQ(unclosed.At(6), open.size());
  // Doubled quotes stay inside the field.
  const std::string doubled = "a,\"x\"\"\n\"\"y\"\nb\n";
  ingest::CsvRowStarts escapes(doubled, 0);
  EXPECT_EQ(escapes.At(1), 12u);
}

}  // namespace
}  // namespace cordon
