// The JSON strings and lines of batch output: every byte sequence becomes valid JSON.
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "cordon/batch.h"

namespace cordon {
namespace {

TEST(JsonString, CopiesPlainTextAndEscapesTheRest) {
  EXPECT_EQ(JsonString(""), "\"\"");
  EXPECT_EQ(JsonString("Majeed Brigade"), "\"Majeed Brigade\"");
  EXPECT_EQ(JsonString("a\"b\\c"), "\"a\\\"b\\\\c\"");
  EXPECT_EQ(JsonString("l1\nl2\r\t\b\f"), "\"l1\\nl2\\r\\t\\b\\f\"");
  EXPECT_EQ(JsonString(std::string("x\x01y\x7Fz", 5)), "\"x\\u0001y\\u007fz\"");
  EXPECT_EQ(JsonString(std::string("\0", 1)), "\"\\u0000\"");
}

TEST(JsonString, KeepsValidUtf8AndReplacesInvalidBytes) {
  EXPECT_EQ(JsonString("محمد Müller 金"), "\"محمد Müller 金\"");
  // A lone continuation byte, a truncated sequence, and an overlong form.
  EXPECT_EQ(JsonString("a\x80z"), "\"a\xEF\xBF\xBDz\"");
  EXPECT_EQ(JsonString("a\xE2\x82"), "\"a\xEF\xBF\xBD\xEF\xBF\xBD\"");
  EXPECT_EQ(JsonString("\xC0\xAF"), "\"\xEF\xBF\xBD\xEF\xBF\xBD\"");
}

// Long strings are scanned sixteen bytes at a time: a character to escape is found wherever it
// falls in or across those blocks, the same as in a short string.
TEST(JsonString, EscapesAtEveryPlaceOfALongString) {
  const std::vector<std::string> specials = {
      "\"", "\\", "\n", std::string("\0", 1), "\x1F", "\x7F", "\xC3\xA9", "\x80", "\xE2\x82"};
  for (const std::string& special : specials) {
    std::string escaped = JsonString(special);
    escaped = escaped.substr(1, escaped.size() - 2);
    for (std::size_t at = 0; at < 40; ++at) {
      const std::string text = std::string(at, 'a') + special + std::string(40 - at, 'b');
      EXPECT_EQ(JsonString(text),
                "\"" + std::string(at, 'a') + escaped + std::string(40 - at, 'b') + "\"")
          << "at " << at;
    }
  }
  EXPECT_EQ(JsonString(std::string(100, 'x')), "\"" + std::string(100, 'x') + "\"");
}

TEST(JsonString, AppendsToWhatIsThere) {
  std::string out = "{\"k\": ";
  AppendJsonString(&out, "v\"");
  EXPECT_EQ(out, "{\"k\": \"v\\\"\"");
}

TEST(HitsToJsonLine, WritesEveryFieldInOrder) {
  Hit hit;
  hit.entity_id = "us_ofac_sdn:1";
  hit.score = 0.5;
  hit.match = true;
  hit.schema = Schema::kOrganization;
  hit.caption = "BLA";
  hit.matched_name = "Balochistan \"Liberation\" Army";
  hit.datasets = {"us_ofac_sdn", "un_sc_sanctions"};
  hit.explanation = {Feature{"name", 0.5, "'a' = 'a'"}};
  EXPECT_EQ(HitsToJsonLine("q\n1", {hit}),
            "{\"id\": \"q\\n1\", \"hits\": [{\"entity_id\": \"us_ofac_sdn:1\", \"score\": 0.5000, "
            "\"match\": true, \"schema\": \"Organization\", \"caption\": \"BLA\", "
            "\"matched_name\": \"Balochistan \\\"Liberation\\\" Army\", \"datasets\": "
            "[\"us_ofac_sdn\", \"un_sc_sanctions\"], \"explanation\": [{\"feature\": \"name\", "
            "\"score\": 0.5000, \"detail\": \"'a' = 'a'\"}]}]}");
  EXPECT_EQ(HitsToJsonLine("2", {}), "{\"id\": \"2\", \"hits\": []}");
}

}  // namespace
}  // namespace cordon
