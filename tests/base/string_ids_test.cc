#include "base/string_ids.h"

#include <map>
#include <string>

#include <gtest/gtest.h>

namespace cordon::base {
namespace {

TEST(StringIdsTest, KeepsTheFirstValueOfEachKey) {
  StringIds ids;
  EXPECT_EQ(ids.Find("khan"), nullptr);
  EXPECT_EQ(ids.TryEmplace("khan", 7), std::make_pair(7U, true));
  EXPECT_EQ(ids.TryEmplace("khan", 9), std::make_pair(7U, false));
  EXPECT_EQ(ids.TryEmplace("", 3), std::make_pair(3U, true));
  EXPECT_EQ(ids.TryEmplace("", 4), std::make_pair(3U, false));
  ASSERT_NE(ids.Find("khan"), nullptr);
  EXPECT_EQ(*ids.Find("khan"), 7U);
  EXPECT_EQ(ids.Find("kha"), nullptr);
  EXPECT_EQ(ids.size(), 2U);
  ids.Clear();
  EXPECT_EQ(ids.size(), 0U);
  EXPECT_EQ(ids.Find("khan"), nullptr);
}

TEST(StringIdsTest, ReservedRoomKeepsWhatIsStored) {
  StringIds ids;
  EXPECT_TRUE(ids.TryEmplace("a", 1).second);
  ids.Reserve(10000);
  for (std::uint32_t i = 0; i < 10000; ++i) ids.TryEmplace("k" + std::to_string(i), i);
  ids.Reserve(10);  // never shrinks
  ASSERT_NE(ids.Find("a"), nullptr);
  EXPECT_EQ(*ids.Find("a"), 1U);
  ASSERT_NE(ids.Find("k9999"), nullptr);
  EXPECT_EQ(*ids.Find("k9999"), 9999U);
  EXPECT_EQ(ids.size(), 10001U);
}

// Against std::map through many growths, with keys that share prefixes, differ only in their
// last byte or hold NUL bytes (a token's key ends with its class byte).
TEST(StringIdsTest, AgreesWithAMapThroughGrowth) {
  StringIds ids;
  std::map<std::string, std::uint32_t> reference;
  for (std::uint32_t i = 0; i < 50000; ++i) {
    std::string key = "tok" + std::to_string(i % 20011);
    key.push_back(static_cast<char>(i % 3));
    auto [it, inserted] = reference.try_emplace(key, i);
    EXPECT_EQ(ids.TryEmplace(key, i), std::make_pair(it->second, inserted)) << key;
  }
  EXPECT_EQ(ids.size(), reference.size());
  for (const auto& [key, value] : reference) {
    const std::uint32_t* found = ids.Find(key);
    ASSERT_NE(found, nullptr) << key;
    EXPECT_EQ(*found, value);
  }
  EXPECT_EQ(ids.Find(std::string("tok1\x03", 5)), nullptr);
}

}  // namespace
}  // namespace cordon::base
