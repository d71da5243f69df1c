#include <cmath>
#include <cstdio>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <gtest/gtest.h>
#include <zlib.h>

#include "cordon/entity.h"
#include "cordon/result.h"

#include "base/file.h"
#include "base/strings.h"

namespace cordon {
namespace {

TEST(Strings, TrimsBlanksAndNoBreakSpaces) {
  EXPECT_EQ(base::Trim("  a b \t\n"), "a b");
  EXPECT_EQ(base::Trim("\xC2\xA0x\xC2\xA0"), "x");
  EXPECT_EQ(base::Trim(""), "");
}

TEST(Strings, CollapsesWhitespaceInPlace) {
  for (auto [in, want] :
       std::vector<std::pair<std::string, std::string>>{{"  Ali \t\n Hassan  ", "Ali Hassan"},
                                                        {"\xC2\xA0"
                                                         "Ali\xC2\xA0\xC2\xA0"
                                                         "Hassan\xC2\xA0",
                                                         "Ali Hassan"},
                                                        {"O\xC2"
                                                         "Brien",
                                                         "O\xC2"
                                                         "Brien"},  // a lone lead byte is no blank
                                                        {"   ", ""},
                                                        {"", ""},
                                                        {"a b", "a b"}}) {
    std::string text = in;
    base::CollapseWhitespaceInPlace(&text);
    EXPECT_EQ(text, want) << in;
    EXPECT_EQ(base::CollapseWhitespace(in), want) << in;
  }
}

TEST(Strings, SplitsAndTrimsPieces) {
  auto parts = base::Split(" a; b ;;c ", ';');
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[1], "b");
  EXPECT_EQ(base::Split("a;;b", ';', false).size(), 3u);
}

TEST(Strings, LineIndexMapsOffsets) {
  base::LineIndex index("ab\ncd\n\nef");
  EXPECT_EQ(index.LineOf(0), 1u);
  EXPECT_EQ(index.LineOf(3), 2u);
  EXPECT_EQ(index.LineOf(7), 4u);
}

TEST(Strings, FindsInvalidUtf8) {
  EXPECT_EQ(base::FindInvalidUtf8("plain Ünïcode"), std::string_view::npos);
  EXPECT_EQ(base::FindInvalidUtf8(std::string_view("ab\xC3", 3)), 2u);
  EXPECT_EQ(base::FindInvalidUtf8("\xC0\xAF"), 0u);  // overlong
  EXPECT_EQ(base::Windows1252ToUtf8("caf\xE9 \x80"), "café €");
}

TEST(Strings, ExcerptNeverCutsUtf8) {
  std::string text = "ééééé";
  std::string excerpt = base::Excerpt(text, 3);
  EXPECT_EQ(base::FindInvalidUtf8(excerpt), std::string_view::npos);
}

TEST(File, GunzipRoundTripAndTruncation) {
  std::string plain(10000, 'x');
  uLongf size = compressBound(plain.size()) + 32;
  std::string packed(size, '\0');
  z_stream zs{};
  ASSERT_EQ(deflateInit2(&zs, 9, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  zs.next_in = reinterpret_cast<Bytef*>(plain.data());
  zs.avail_in = static_cast<uInt>(plain.size());
  zs.next_out = reinterpret_cast<Bytef*>(packed.data());
  zs.avail_out = static_cast<uInt>(packed.size());
  ASSERT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  packed.resize(zs.total_out);
  deflateEnd(&zs);
  auto back = base::Gunzip(packed, "x.gz", 1 << 20);
  ASSERT_TRUE(back.has_value()) << back.error().ToString();
  EXPECT_EQ(*back, plain);
  auto truncated =
      base::Gunzip(std::string_view(packed).substr(0, packed.size() / 2), "x.gz", 1 << 20);
  ASSERT_FALSE(truncated.has_value());
  EXPECT_NE(truncated.error().message().find("x.gz"), std::string::npos);
  auto too_big = base::Gunzip(packed, "x.gz", 100);
  EXPECT_EQ(too_big.error().code(), StatusCode::kResourceExhausted);
}

TEST(File, MissingFileIsNotFound) {
  auto data = base::ReadFile("/nonexistent/cordon/file", 100);
  EXPECT_EQ(data.error().code(), StatusCode::kNotFound);
}

// Pieces of every size about the 2 MiB blocks the file is written in: the file is their bytes in
// order, and a write into a missing directory fails naming the file and leaves nothing behind.
TEST(File, WritesPiecesInOrderAcrossBlocks) {
  constexpr std::size_t kMiB = std::size_t{1} << 20;
  std::vector<std::string> owned;
  std::size_t seed = 1;
  for (std::size_t size : {std::size_t{64}, 3 * kMiB, std::size_t{1}, 2 * kMiB + 5, std::size_t{0},
                           4 * kMiB, 2 * kMiB - 1, std::size_t{7}}) {
    std::string piece(size, '\0');
    for (char& c : piece) c = static_cast<char>('a' + (seed = seed * 1103515245 + 12345) % 26);
    owned.push_back(std::move(piece));
  }
  const std::vector<std::string_view> pieces(owned.begin(), owned.end());
  std::string expected;
  for (const std::string& piece : owned) expected += piece;
  const std::string path = ::testing::TempDir() + "cordon_pieces.bin";
  ASSERT_TRUE(base::WriteFilePieces(path, pieces).ok());
  auto written = base::ReadFile(path, 64 * kMiB);
  std::remove(path.c_str());
  ASSERT_TRUE(written.has_value()) << written.error().ToString();
  EXPECT_EQ(written->size(), expected.size());
  EXPECT_TRUE(*written == expected);
  Status failed = base::WriteFilePieces("/nonexistent-dir/cordon_pieces.bin", pieces);
  EXPECT_FALSE(failed.ok());
  EXPECT_NE(failed.ToString().find("/nonexistent-dir/cordon_pieces.bin.tmp"), std::string::npos);
}

// The 2 MiB-page bytes of a mapping are read from its own block of smaps, found by its start
// address, and not from the blocks around it; an address starting no mapping has none.
TEST(File, ReadsAMappingsHugePageBytesFromSmaps) {
  const std::string smaps =
      "7f0000000000-7f0000200000 r--p 00000000 fd:00 11 /tmp/other.cdx\n"
      "Size:               2048 kB\n"
      "FilePmdMapped:      2048 kB\n"
      "7f12a0000000-7f12b2000000 r--p 00000000 fd:00 12 /tmp/list-1.cdx\n"
      "Size:             294912 kB\n"
      "Rss:              294912 kB\n"
      "AnonHugePages:         0 kB\n"
      "FilePmdMapped:    288768 kB\n"
      "VmFlags: rd mr mw me hg\n"
      "7ffd00000000-7ffd00021000 rw-p 00000000 00:00 0 [stack]\n"
      "FilePmdMapped:         0 kB\n";
  auto read = [&](std::uintptr_t start) {
    std::istringstream in(smaps);
    return base::HugePageMappedBytesIn(in, start);
  };
  EXPECT_EQ(read(0x7f12a0000000), std::uint64_t{288768} * 1024);
  EXPECT_EQ(read(0x7f0000000000), std::uint64_t{2048} * 1024);
  EXPECT_EQ(read(0x7ffd00000000), 0u);
  EXPECT_EQ(read(0x7f12a0001000), 0u);
  // This process's own smaps: a mapping that is not one reads 0.
  int local = 0;
  EXPECT_EQ(base::HugePageMappedBytes(&local), 0u);
}

TEST(PartialDate, ParsesListFormats) {
  EXPECT_EQ(ParsePartialDate("1962")->ToString(), "1962");
  EXPECT_EQ(ParsePartialDate("1962-03-14")->ToString(), "1962-03-14");
  EXPECT_EQ(ParsePartialDate("14 Mar 1962")->ToString(), "1962-03-14");
  EXPECT_EQ(ParsePartialDate("Mar 1962")->ToString(), "1962-03");
  EXPECT_EQ(ParsePartialDate("03/14/1962")->ToString(), "1962-03-14");
  EXPECT_EQ(ParsePartialDate("14.03.1962")->ToString(), "1962-03-14");
  EXPECT_FALSE(ParsePartialDate("1962-02-30"));
  EXPECT_FALSE(ParsePartialDate("circa"));
  EXPECT_FALSE(ParsePartialDate(""));
}

TEST(Entity, DetectsScripts) {
  EXPECT_EQ(DetectScript("Muhammad"), Script::kLatin);
  EXPECT_EQ(DetectScript("محمد"), Script::kArabic);
  EXPECT_EQ(DetectScript("تحریک طالبان پاکستان"), Script::kArabic);
  EXPECT_EQ(DetectScript("Дмитрий"), Script::kCyrillic);
  EXPECT_EQ(DetectScript("金正恩"), Script::kHan);
  EXPECT_EQ(DetectScript("アルカイダ"), Script::kKana);
  EXPECT_EQ(DetectScript("123 -"), Script::kUnknown);
  EXPECT_EQ(DetectScript("Abc Где"), Script::kMixed);
}

TEST(Entity, SchemaNamesRoundTrip) {
  EXPECT_EQ(ParseSchema("individual"), Schema::kPerson);
  EXPECT_EQ(ParseSchema("Family"), Schema::kRelationship);
  EXPECT_FALSE(ParseSchema("Spaceship"));
  EXPECT_EQ(ParseSchema(SchemaName(Schema::kVessel)), Schema::kVessel);
}

// FormatFixed() writes what printf's "%.Nf" writes, ties (0.125 -> "0.12") included.
TEST(Strings, FormatFixedWritesWhatPrintfWrites) {
  auto printf_fixed = [](double value, int decimals) {
    char buffer[512];
    std::snprintf(buffer, sizeof(buffer), "%.*f", decimals, value);
    return std::string(buffer);
  };
  std::mt19937_64 rng(7);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  std::vector<double> values = {
      0.0,          1.0,     0.125,   0.375,   0.005,   0.995,   0.99995, 0.5, 99.5,
      -0.25,        0.00005, 0.00015, 0.12345, 0.98765, 2.5,     3.5,     1e6, 999999.99995,
      123456.78905, 1e-9,    0.0625,  0.3125,  0.8125,  0.15625, 1e300};
  for (int i = 0; i < 20000; ++i) values.push_back(unit(rng));
  // Values one ulp around the decimal halves, where a shortcut would round wrongly.
  for (int i = 0; i < 2000; ++i) {
    const double half = (static_cast<double>(i) + 0.5) / 10000;
    values.push_back(half);
    values.push_back(std::nextafter(half, 0.0));
    values.push_back(std::nextafter(half, 1.0));
  }
  for (double value : values) {
    for (int decimals : {0, 1, 2, 3, 4, 6}) {
      EXPECT_EQ(base::FormatFixed(value, decimals), printf_fixed(value, decimals))
          << value << " " << decimals;
    }
  }
  std::string out = "score ";
  base::AppendFixed(0.81234, 3, &out);
  EXPECT_EQ(out, "score 0.812");
}

TEST(Result, HoldsValueOrError) {
  Result<int> good = 3;
  EXPECT_TRUE(good.has_value());
  EXPECT_EQ(*good, 3);
  Result<int> bad = Status::NotFound("x");
  EXPECT_FALSE(bad);
  EXPECT_EQ(bad.error().ToString(), "not found: x");
}

}  // namespace
}  // namespace cordon
