#include "cli/output.h"

#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace cordon::cli {
namespace {

TEST(JsonQuote, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(JsonQuote("plain"), "\"plain\"");
  EXPECT_EQ(JsonQuote("a \"b\" \\c"), "\"a \\\"b\\\" \\\\c\"");
  EXPECT_EQ(JsonQuote("line\nnext\ttab\r"), "\"line\\nnext\\ttab\\r\"");
  EXPECT_EQ(JsonQuote(std::string("nul\0x", 5)), "\"nul\\u0000x\"");
  EXPECT_EQ(JsonQuote("\x1f\x7f"), "\"\\u001f\\u007f\"");
}

TEST(JsonQuote, KeepsValidUtf8AndReplacesInvalidBytes) {
  EXPECT_EQ(JsonQuote("تحریک طالبان"), "\"تحریک طالبان\"");
  EXPECT_EQ(JsonQuote("😀"), "\"😀\"");
  const std::string replacement = "\xEF\xBF\xBD";
  EXPECT_EQ(JsonQuote("a\xE9z"), "\"a" + replacement + "z\"");                // Latin-1 byte
  EXPECT_EQ(JsonQuote("\xC0\xAF"), "\"" + replacement + replacement + "\"");  // overlong
  EXPECT_EQ(JsonQuote("\xED\xA0\x80"), "\"" + replacement + replacement + replacement + "\"");
  EXPECT_EQ(JsonQuote("end\xE2\x82"), "\"end" + replacement + replacement + "\"");  // truncated
}

TEST(JsonWriter, WritesNestedDocumentWithStableLayout) {
  std::ostringstream out;
  JsonWriter json(out);
  json.BeginObject();
  json.Key("name").String("x");
  json.Key("count").Uint(3);
  json.Key("delta").Int(-2);
  json.Key("ms").Double(1.23456, 2);
  json.Key("ok").Bool(true);
  json.Key("none").Null();
  json.Key("empty").BeginArray().EndArray();
  json.Key("items").StringArray({"a", "b"});
  json.Key("nested").BeginObject();
  json.Key("k").String("v");
  json.EndObject();
  json.EndObject();
  EXPECT_EQ(out.str(),
            "{\n"
            "  \"name\": \"x\",\n"
            "  \"count\": 3,\n"
            "  \"delta\": -2,\n"
            "  \"ms\": 1.23,\n"
            "  \"ok\": true,\n"
            "  \"none\": null,\n"
            "  \"empty\": [],\n"
            "  \"items\": [\n"
            "    \"a\",\n"
            "    \"b\"\n"
            "  ],\n"
            "  \"nested\": {\n"
            "    \"k\": \"v\"\n"
            "  }\n"
            "}\n");
}

TEST(JsonWriter, WritesNonFiniteDoublesAsNull) {
  std::ostringstream out;
  JsonWriter json(out);
  json.BeginArray().Double(1.0 / 0.0).EndArray();
  EXPECT_EQ(out.str(), "[\n  null\n]\n");
}

TEST(TextTable, AlignsColumnsByCodePoints) {
  TextTable table({false, true, false});
  table.AddRow({"name", "count", "note"});
  table.AddRow({"طالبان", "7", "x"});
  table.AddRow({"ab", "1,234", ""});
  std::ostringstream out;
  table.Print(out, 2);
  EXPECT_EQ(out.str(),
            "  name    count  note\n"
            "  طالبان      7  x\n"
            "  ab      1,234\n");
}

TEST(OutputFormat, FormatsCountsAndMillis) {
  EXPECT_EQ(FormatCount(0), "0");
  EXPECT_EQ(FormatCount(999), "999");
  EXPECT_EQ(FormatCount(1000), "1,000");
  EXPECT_EQ(FormatCount(2030620), "2,030,620");
  EXPECT_EQ(FormatMillis(12.345), "12.3");
  EXPECT_EQ(DisplayWidth("طالبان"), 6u);
}

}  // namespace
}  // namespace cordon::cli
