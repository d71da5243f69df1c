#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include <gtest/gtest.h>

#include "cordon/batch.h"
#include "cordon/screen.h"

#include "base/file.h"
#include "base/latency.h"
#include "index/entity_codec.h"
#include "index/gather_scratch.h"
#include "index/hash_postings.h"
#include "index/name_index.h"
#include "index/snapshot_file.h"
#include "testing/entities.h"

namespace cordon {
namespace {

Entity MakeEntity(const std::string& id, Schema schema, std::vector<std::string> names) {
  return testing::MakeEntity("test", id, schema, names, NameKind::kWeakAlias);
}

std::vector<Entity> SampleEntities() {
  std::vector<Entity> entities;
  entities.push_back(MakeEntity("ttp", Schema::kOrganization,
                                {"Tehrik-e Taliban Pakistan", "تحریک طالبان پاکستان", "TTP"}));
  entities.push_back(
      MakeEntity("bla", Schema::kOrganization, {"Balochistan Liberation Army", "Majeed Brigade"}));
  Entity person = MakeEntity("omar", Schema::kPerson, {"Mohammed Omar", "Mullah Omar"});
  person.birth_dates.push_back({{1960, 0, 0}, {1962, 3, 0}, true});
  person.identifiers.push_back({"Passport", "AB 123456", "AF"});
  person.nationalities = {"Afghanistan"};
  person.countries = {"af"};
  person.addresses = {"Kandahar"};
  person.birth_places = {"Uruzgan"};
  person.programs = {"SDGT", "UN 1267"};
  person.gender = "male";
  person.listed_on = "2001-01-25";
  person.remarks = {"Leader of the Taliban."};
  person.titles = {"Mullah"};
  person.names[0].given = "Mohammed";
  person.names[0].family = "Omar";
  person.names[0].type = "a.k.a.";
  entities.push_back(person);
  Entity link = MakeEntity("link", Schema::kRelationship, {});
  link.related = {"test:omar", "test:ttp"};
  entities.push_back(link);
  for (int pos = 0; pos < 40; ++pos) {
    entities.push_back(MakeEntity("filler" + std::to_string(pos), Schema::kPerson,
                                  {"Person Number" + std::to_string(pos) + " Khan"}));
  }
  return entities;
}

std::string TempPath(const std::string& name) {
  return (std::filesystem::temp_directory_path() /
          ("cordon_snapshot_test_" + std::to_string(::getpid()) + "_" + name))
      .string();
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

void WriteAll(const std::string& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << bytes;
}

TEST(EntityCodec, RoundTripsEveryField) {
  for (const Entity& entity : SampleEntities()) {
    std::string bytes;
    index::EncodeEntity(entity, &bytes);
    Entity decoded;
    ASSERT_TRUE(index::DecodeEntity(bytes, &decoded)) << entity.id;
    EXPECT_EQ(decoded.id, entity.id);
    EXPECT_EQ(decoded.schema, entity.schema);
    ASSERT_EQ(decoded.names.size(), entity.names.size());
    for (std::size_t n = 0; n < entity.names.size(); ++n) {
      EXPECT_EQ(decoded.names[n].full, entity.names[n].full);
      EXPECT_EQ(decoded.names[n].kind, entity.names[n].kind);
      EXPECT_EQ(decoded.names[n].script, entity.names[n].script);
      EXPECT_EQ(decoded.names[n].given, entity.names[n].given);
      EXPECT_EQ(decoded.names[n].type, entity.names[n].type);
    }
    EXPECT_EQ(decoded.birth_dates, entity.birth_dates);
    EXPECT_EQ(decoded.identifiers, entity.identifiers);
    EXPECT_EQ(decoded.nationalities, entity.nationalities);
    EXPECT_EQ(decoded.countries, entity.countries);
    EXPECT_EQ(decoded.addresses, entity.addresses);
    EXPECT_EQ(decoded.birth_places, entity.birth_places);
    EXPECT_EQ(decoded.programs, entity.programs);
    EXPECT_EQ(decoded.gender, entity.gender);
    EXPECT_EQ(decoded.listed_on, entity.listed_on);
    EXPECT_EQ(decoded.remarks, entity.remarks);
    EXPECT_EQ(decoded.titles, entity.titles);
    EXPECT_EQ(decoded.related, entity.related);
  }
}

TEST(EntityCodec, RejectsTruncatedAndTrailingBytes) {
  std::string bytes;
  index::EncodeEntity(SampleEntities()[2], &bytes);
  Entity decoded;
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    EXPECT_FALSE(index::DecodeEntity(std::string_view(bytes).substr(0, cut), &decoded)) << cut;
  }
  EXPECT_FALSE(index::DecodeEntity(bytes + "x", &decoded));
}

// What a hit shows of an entity, read from its encoding in place, is what decoding gives: the
// id, dataset, schema, each name's text and kind, and the caption (the first primary name, else
// the first name, else the id).
TEST(EntityHead, ReadsWhatDecodingGives) {
  std::vector<Entity> entities = SampleEntities();
  Entity aliases_only = MakeEntity("aliases", Schema::kPerson, {"Abu Omar", "Omar the Elder"});
  aliases_only.names[0].kind = NameKind::kStrongAlias;
  aliases_only.names[1].kind = NameKind::kPrimary;
  entities.push_back(aliases_only);
  aliases_only.id = "test:no_primary";
  aliases_only.names[1].kind = NameKind::kWeakAlias;
  entities.push_back(aliases_only);
  for (const Entity& entity : entities) {
    std::string bytes;
    index::EncodeEntity(entity, &bytes);
    index::EntityHead head;
    ASSERT_TRUE(index::ReadEntityHead(bytes, &head)) << entity.id;
    EXPECT_EQ(head.id, entity.id);
    EXPECT_EQ(head.dataset, entity.dataset);
    EXPECT_EQ(head.schema, entity.schema);
    ASSERT_EQ(head.name_count, entity.names.size());
    for (std::size_t n = 0; n < entity.names.size(); ++n) {
      std::string_view full;
      NameKind kind = NameKind::kPrimary;
      ASSERT_TRUE(index::ReadHeadName(head, n, &full, &kind)) << entity.id << " " << n;
      EXPECT_EQ(full, entity.names[n].full);
      EXPECT_EQ(kind, entity.names[n].kind);
    }
    std::string_view full;
    NameKind kind = NameKind::kPrimary;
    EXPECT_FALSE(index::ReadHeadName(head, entity.names.size(), &full, &kind));
    EXPECT_EQ(index::HeadCaption(head), entity.Caption()) << entity.id;
  }
}

// A damaged encoding is refused or read short, never past its end (the sanitizer build checks).
TEST(EntityHead, TruncatedBytesAreRefusedOrReadShort) {
  std::string bytes;
  index::EncodeEntity(SampleEntities()[2], &bytes);
  for (std::size_t cut = 0; cut < bytes.size(); ++cut) {
    const std::string truncated = bytes.substr(0, cut);  // its own buffer, for the sanitizer
    index::EntityHead head;
    if (!index::ReadEntityHead(truncated, &head)) {
      EXPECT_EQ(head.id, "") << cut;
      continue;
    }
    for (std::size_t n = 0; n < head.name_count; ++n) {
      std::string_view full;
      NameKind kind = NameKind::kPrimary;
      if (index::ReadHeadName(head, n, &full, &kind)) {
        EXPECT_EQ(full, SampleEntities()[2].names[n].full) << cut;
      }
    }
    index::HeadCaption(head);
  }
}

// The set of listed tokens a query token has reached: new, then seen; emptied by Clear();
// past half full it answers "full" and the caller looks for itself.
TEST(GatherTokenSet, TellsNewFromSeenUntilFull) {
  auto set = std::make_unique<index::gather::TokenSet>();
  using Inserted = index::gather::TokenSet::Inserted;
  EXPECT_EQ(set->Insert(7), Inserted::kNew);
  EXPECT_EQ(set->Insert(7), Inserted::kSeen);
  EXPECT_EQ(set->Insert(0), Inserted::kNew);  // token 0 is a token like any other
  EXPECT_EQ(set->Insert(0), Inserted::kSeen);
  set->Clear();
  EXPECT_EQ(set->Insert(7), Inserted::kNew);
  set->Clear();
  std::size_t added = 0;
  for (std::uint32_t token = 1; set->Insert(token * 2654435761U) == Inserted::kNew; ++token) {
    ++added;
  }
  EXPECT_EQ(added, 1024U);  // half of the table
  EXPECT_EQ(set->Insert(1 * 2654435761U), Inserted::kFull);
  set->Clear();
  for (int round = 0; round < 3; ++round) {  // many generations: old entries stay old
    EXPECT_EQ(set->Insert(42), Inserted::kNew);
    EXPECT_EQ(set->Insert(42), Inserted::kSeen);
    set->Clear();
  }
}

TEST(HashPostings, FindsEveryKeyAndNothingElse) {
  index::HashPostingsBuilder builder;
  for (std::uint32_t k = 0; k < 1000; ++k) {
    for (std::uint32_t v = 0; v <= k % 4; ++v)
      builder.Add(index::KeyHash('t', std::to_string(k)), v + k);
  }
  builder.Add(index::KeyHash('t', "7"), 7);  // duplicate: kept once
  index::SnapshotWriter writer;
  builder.Write(20, &writer);
  auto image = index::SnapshotImage::FromBytes(writer.Finish(0), "test");
  ASSERT_TRUE(image.has_value()) << image.error().ToString();
  index::HashPostings table(**image, 20);
  EXPECT_TRUE(table.Consistent(5000));
  EXPECT_FALSE(table.Consistent(10));
  for (std::uint32_t k = 0; k < 1000; ++k) {
    auto values = table.Find(index::KeyHash('t', std::to_string(k)));
    ASSERT_EQ(values.size(), k % 4 + 1) << k;
    EXPECT_EQ(values[0], k);
  }
  EXPECT_TRUE(table.Find(index::KeyHash('t', "absent")).empty());
  EXPECT_TRUE(table.Find(index::KeyHash('d', "7")).empty());
}

// A slot tags its key with the key's top bits, so that a look-up of a missing key stops at its
// slot: keys that differ in those bits only (the same slot, another tag) are told apart, and
// so are keys that differ in their low bits only.
TEST(HashPostings, KeysDifferingOnlyInTheirTopOrLowBitsAreToldApart) {
  constexpr std::uint64_t kTop = std::uint64_t{1} << 63;
  index::HashPostingsBuilder builder;
  std::vector<std::uint64_t> keys;
  for (std::uint32_t k = 0; k < 3000; ++k) {
    keys.push_back(index::KeyHash('t', std::to_string(k)) & ~kTop & ~std::uint64_t{1});
    builder.Add(keys.back(), k);
  }
  index::SnapshotWriter writer;
  builder.Write(20, &writer);
  auto image = index::SnapshotImage::FromBytes(writer.Finish(0), "test");
  ASSERT_TRUE(image.has_value()) << image.error().ToString();
  index::HashPostings table(**image, 20);
  ASSERT_TRUE(table.Consistent(3000));
  for (std::uint32_t k = 0; k < keys.size(); ++k) {
    auto values = table.Find(keys[k]);
    ASSERT_EQ(values.size(), 1U) << k;
    EXPECT_EQ(values[0], k);
    EXPECT_TRUE(table.Find(keys[k] | kTop).empty()) << k;
    EXPECT_TRUE(table.Find(keys[k] | 1).empty()) << k;
    // Prefetching any of them is harmless.
    for (int stage = 0; stage < 3; ++stage) {
      table.Prefetch(keys[k], stage);
      table.Prefetch(keys[k] | kTop, stage);
    }
  }
}

// A damaged table is refused on load: a slot whose position bits name no key (0 with a tag, or
// past the last key), or no empty slot for a look-up to stop at.
TEST(HashPostings, SlotsNamingNoKeyAreRefused) {
  auto consistent = [](const std::vector<std::uint32_t>& slots) {
    index::SnapshotWriter writer;
    writer.AddArray(20, std::vector<std::uint64_t>{5, 9});  // two keys: two position bits
    writer.AddArray(21, std::vector<std::uint32_t>{0, 1, 2});
    writer.AddArray(22, std::vector<std::uint32_t>{7, 8});
    writer.AddArray(23, slots);
    auto image = index::SnapshotImage::FromBytes(writer.Finish(0), "test");
    EXPECT_TRUE(image.has_value());
    return image.has_value() && index::HashPostings(**image, 20).Consistent(100);
  };
  std::vector<std::uint32_t> slots(16, 0);
  slots[3] = 1 | (5U << 2);  // key 1 with a tag
  slots[7] = 2;
  EXPECT_TRUE(consistent(slots));
  std::vector<std::uint32_t> tag_only = slots;
  tag_only[9] = 1U << 2;
  EXPECT_FALSE(consistent(tag_only));
  std::vector<std::uint32_t> past_last = slots;
  past_last[9] = 3;
  EXPECT_FALSE(consistent(past_last));
  EXPECT_FALSE(consistent(std::vector<std::uint32_t>(16, 1)));
}

// Tables of more than a few thousand pairs are sorted bucket by bucket: each key's values still
// come out sorted and distinct, whatever order they were added in.
TEST(HashPostings, LargeTablesListEachKeysValuesSortedAndDistinct) {
  index::HashPostingsBuilder builder;
  for (std::uint32_t round = 0; round < 3; ++round) {
    for (std::uint32_t k = 20000; k-- > 0;) {
      builder.Add(index::KeyHash('t', std::to_string(k)), 3 * k + (2 - round) % 3);
      if (k % 7 == 0) builder.Add(index::KeyHash('t', std::to_string(k)), 3 * k);
    }
  }
  index::SnapshotWriter writer;
  builder.Write(20, &writer);
  auto image = index::SnapshotImage::FromBytes(writer.Finish(0), "test");
  ASSERT_TRUE(image.has_value()) << image.error().ToString();
  index::HashPostings table(**image, 20);
  EXPECT_EQ(table.key_count(), 20000U);
  EXPECT_EQ(table.value_count(), 60000U);
  for (std::uint32_t k = 0; k < 20000; k += 997) {
    auto values = table.Find(index::KeyHash('t', std::to_string(k)));
    ASSERT_EQ(values.size(), 3U) << k;
    EXPECT_EQ(values[0], 3 * k);
    EXPECT_EQ(values[1], 3 * k + 1);
    EXPECT_EQ(values[2], 3 * k + 2);
  }
}

// A snapshot written to a file section by section is the image Finish() lays out, byte for
// byte: sections of every size about the 64-byte alignment, an empty one among them.
TEST(SnapshotWriter, WrittenFileIsTheImage) {
  index::SnapshotWriter writer;
  std::uint32_t id = 1;
  for (std::size_t size : {0, 1, 63, 64, 65, 1000, 0, 7}) {
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; ++i) bytes[i] = static_cast<char>('a' + (i + id) % 26);
    writer.Add(id++, std::move(bytes));
  }
  const std::string path = TempPath("written.cdx");
  ASSERT_TRUE(writer.WriteFile(path, 1234).ok());
  auto written = base::ReadFile(path, std::size_t{1} << 20);
  ASSERT_TRUE(written.has_value()) << written.error().ToString();
  std::remove(path.c_str());
  EXPECT_EQ(*written, writer.Finish(1234));
  EXPECT_FALSE(writer.WriteFile("/nonexistent-dir/written.cdx", 1).ok());
}

// A mapped snapshot's sections are checked by the reader while the checksum is taken (at the
// same time for a large file): the reader's check runs and its error is the one reported,
// unless the checksum fails, whose error then comes first.
TEST(SnapshotImage, MapRunsTheReadersCheckAndReportsAChecksumFirst) {
  for (std::size_t size : {std::size_t{1000}, std::size_t{65} << 20}) {
    index::SnapshotWriter writer;
    std::string bytes(size, '\0');
    for (std::size_t i = 0; i < size; i += 4093) bytes[i] = static_cast<char>('a' + i % 26);
    writer.Add(7, std::move(bytes));
    const std::string path = TempPath("mapped.cdx");
    ASSERT_TRUE(writer.WriteFile(path, 1).ok());
    int calls = 0;
    std::size_t seen = 0;
    auto passes = [&](const std::shared_ptr<const index::SnapshotImage>& image) {
      ++calls;
      seen = image->Section(7).size();
      return Status::Ok();
    };
    auto fails = [&](const std::shared_ptr<const index::SnapshotImage>&) {
      ++calls;
      return Status::CorruptSnapshot("the reader's check failed");
    };
    auto mapped = index::SnapshotImage::Map(path, passes);
    ASSERT_TRUE(mapped.has_value()) << size << ": " << mapped.error().ToString();
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(seen, size);
    auto refused = index::SnapshotImage::Map(path, fails);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().message(), "the reader's check failed");
    {  // the last byte changed in place
      std::fstream file(path, std::ios::in | std::ios::out | std::ios::binary);
      file.seekg(-1, std::ios::end);
      const char last = static_cast<char>(file.get());
      file.seekp(-1, std::ios::end);
      file.put(static_cast<char>(last ^ 1));
    }
    for (const index::SnapshotImage::SectionCheck& check :
         {index::SnapshotImage::SectionCheck(passes), index::SnapshotImage::SectionCheck(fails),
          index::SnapshotImage::SectionCheck()}) {
      auto corrupt = index::SnapshotImage::Map(path, check);
      ASSERT_FALSE(corrupt.has_value()) << size;
      EXPECT_NE(corrupt.error().message().find("checksum mismatch"), std::string::npos)
          << size << ": " << corrupt.error().ToString();
    }
    std::remove(path.c_str());
  }
}

// Over a few thousand names the builder writes its sections on threads of their own and sorts
// large key tables bucket by bucket: the snapshot is the one a single thread writes, byte for
// byte (but for the creation time in the header).
TEST(IndexBuild, ThreadsWriteTheSnapshotOneThreadWrites) {
  const std::vector<Entity> entities = testing::SyntheticEntities(3000, 11);
  const std::string one = index::BuildIndexImage(entities, "{}", 1);
  const std::string two = index::BuildIndexImage(entities, "{}", 2);
  auto image = index::SnapshotImage::FromBytes(two, "test");
  ASSERT_TRUE(image.has_value()) << image.error().ToString();
  auto opened = index::NameIndex::Open(*image);
  ASSERT_TRUE(opened.has_value()) << opened.error().ToString();
  EXPECT_GT((*opened)->name_count(), 4096U);  // enough names for the threads
  ASSERT_EQ(one.size(), two.size());
  EXPECT_TRUE(one.substr(0, 32) == two.substr(0, 32));
  EXPECT_TRUE(one.substr(40) == two.substr(40));
}

class SnapshotTest : public ::testing::Test {
 protected:
  void SetUp() override {
    path_ = TempPath("index.cdx");
    auto built = Screener::Create(SampleEntities(), ScreenerOptions{1, "{\"lists\": []}"});
    ASSERT_TRUE(built.has_value());
    built_ = std::move(*built);
    ASSERT_TRUE(built_->Save(path_).ok());
  }
  void TearDown() override { std::remove(path_.c_str()); }

  std::string path_;
  std::unique_ptr<Screener> built_;
};

TEST_F(SnapshotTest, MappedSnapshotScreensLikeTheBuiltIndex) {
  auto opened = Screener::Open(path_);
  ASSERT_TRUE(opened.has_value()) << opened.error().ToString();
  const Screener& mapped = **opened;
  EXPECT_TRUE(mapped.info().mapped);
  EXPECT_FALSE(built_->info().mapped);
  EXPECT_EQ(mapped.entity_count(), built_->entity_count());
  EXPECT_EQ(mapped.name_count(), built_->name_count());
  EXPECT_EQ(mapped.info().metadata, "{\"lists\": []}");
  for (const char* name : {"Muhammad Omar", "Tehreek-e-Taliban Pakistan", "BLA", "تحریک طالبان",
                           "Person Number7 Khan", "Nobody Here"}) {
    Query query;
    query.name = name;
    ScreenOptions options;
    options.threshold = 0;
    std::vector<Hit> a = built_->Screen(query, options);
    std::vector<Hit> b = mapped.Screen(query, options);
    ASSERT_EQ(a.size(), b.size()) << name;
    for (std::size_t h = 0; h < a.size(); ++h) {
      EXPECT_EQ(a[h].entity_id, b[h].entity_id) << name;
      EXPECT_DOUBLE_EQ(a[h].score, b[h].score) << name;
      EXPECT_EQ(a[h].matched_name, b[h].matched_name) << name;
    }
  }
  const Entity* omar = mapped.FindEntity("test:omar");
  ASSERT_NE(omar, nullptr);
  EXPECT_EQ(omar->remarks, std::vector<std::string>{"Leader of the Taliban."});
  EXPECT_EQ(mapped.FindEntity("test:absent"), nullptr);
  EXPECT_EQ(mapped.FindEntity("test:link")->related.size(), 2u);
}

TEST_F(SnapshotTest, SnapshotWrittenWhileBuiltIsTheSavedOne) {
  const std::string path = TempPath("streamed.cdx");
  ASSERT_TRUE(
      Screener::WriteSnapshot(SampleEntities(), ScreenerOptions{1, "{\"lists\": []}"}, path).ok());
  auto streamed_file = base::ReadFile(path, std::size_t{1} << 26);
  auto saved_file = base::ReadFile(path_, std::size_t{1} << 26);
  std::remove(path.c_str());
  ASSERT_TRUE(streamed_file.has_value() && saved_file.has_value());
  const std::string& streamed = *streamed_file;
  const std::string& saved = *saved_file;
  ASSERT_EQ(streamed.size(), saved.size());
  // All but the creation time (header bytes 32-39) is the same.
  EXPECT_EQ(streamed.substr(0, 32), saved.substr(0, 32));
  EXPECT_EQ(streamed.substr(40), saved.substr(40));
}

TEST_F(SnapshotTest, IdentifierFindsTheEntityWhateverTheName) {
  auto opened = Screener::Open(path_);
  ASSERT_TRUE(opened.has_value());
  Query query;
  query.name = "Completely Different";
  query.id_number = "ab-123456";
  std::vector<Hit> hits = (*opened)->Screen(query, ScreenOptions());
  ASSERT_FALSE(hits.empty());
  EXPECT_EQ(hits[0].entity_id, "test:omar");
}

TEST_F(SnapshotTest, DamagedFilesAreRefusedWithTheReason) {
  std::string bytes = ReadAll(path_);
  auto expect_error = [&](const std::string& content, const std::string& words) {
    std::string damaged = TempPath("damaged.cdx");
    WriteAll(damaged, content);
    auto opened = Screener::Open(damaged);
    std::remove(damaged.c_str());
    ASSERT_FALSE(opened.has_value()) << words;
    EXPECT_EQ(opened.error().code(), StatusCode::kCorruptSnapshot) << opened.error().ToString();
    EXPECT_NE(opened.error().message().find(words), std::string::npos) << opened.error().ToString();
  };
  std::string flipped = bytes;
  flipped[bytes.size() / 2] = static_cast<char>(flipped[bytes.size() / 2] ^ 0x40);
  expect_error(flipped, "checksum");
  // A section placed outside the file by a damaged table: the table is checksummed, and the
  // checksum's error comes first.
  std::string misplaced = bytes;
  const std::uint64_t outside = bytes.size() + 64;
  std::memcpy(misplaced.data() + 64 + 8, &outside, sizeof(outside));  // first entry's offset
  expect_error(misplaced, "checksum");
  expect_error(bytes.substr(0, bytes.size() - 100), "truncated");
  expect_error("id,name\n1,Someone\n", "not a Cordon index snapshot");
  expect_error("", "not a Cordon index snapshot");
  std::string future = bytes;
  future[8] = 99;  // format version
  expect_error(future, "version 99");
}

TEST_F(SnapshotTest, MissingFileIsNotFound) {
  auto opened = Screener::Open(TempPath("absent.cdx"));
  ASSERT_FALSE(opened.has_value());
  EXPECT_EQ(opened.error().code(), StatusCode::kNotFound);
}

TEST(LatencyHistogram, PercentilesWithinABucket) {
  base::LatencyHistogram histogram;
  EXPECT_EQ(histogram.Percentile(0.5), 0u);
  for (std::uint64_t v = 1; v <= 10000; ++v) histogram.Record(v * 1000);
  EXPECT_EQ(histogram.count(), 10000u);
  auto near = [](std::uint64_t got, double want) {
    return static_cast<double>(got) >= want && static_cast<double>(got) <= want * 1.008;
  };
  EXPECT_TRUE(near(histogram.Percentile(0.5), 5'000'000)) << histogram.Percentile(0.5);
  EXPECT_TRUE(near(histogram.Percentile(0.99), 9'900'000)) << histogram.Percentile(0.99);
  EXPECT_TRUE(near(histogram.Percentile(1.0), 10'000'000)) << histogram.Percentile(1.0);
  base::LatencyHistogram other;
  other.Record(3);
  histogram.Merge(other);
  EXPECT_EQ(histogram.count(), 10001u);
  EXPECT_EQ(histogram.Percentile(0.0), 3u);
}

TEST(Batch, ThreadsKeepInputOrderAndOutput) {
  auto screener = Screener::Create(SampleEntities());
  ASSERT_TRUE(screener.has_value());
  std::string input = "id,name\n";
  for (int row = 0; row < 200; ++row) {
    input +=
        "r" + std::to_string(row) + "," +
        (row % 3 == 0 ? "Muhammad Omar" : "Person Number" + std::to_string(row % 40) + " Khan") +
        "\n";
  }
  std::string reference;
  for (unsigned threads : {1U, 2U, 4U}) {
    BatchOptions batch;
    batch.threads = threads;
    batch.chunk = 7;
    std::size_t progress_calls = 0;
    batch.progress = [&](const BatchProgress& progress) {
      ++progress_calls;
      EXPECT_LE(progress.bytes_done, progress.bytes_total);
    };
    std::ostringstream out;
    auto stats = ScreenBatch(**screener, input, "input.csv", ScreenOptions(), out, batch);
    ASSERT_TRUE(stats.has_value()) << stats.error().ToString();
    EXPECT_EQ(stats->records, 200u);
    EXPECT_EQ(stats->threads, threads);
    EXPECT_GT(stats->latency_p99_us, 0);
    EXPECT_EQ(progress_calls, (200u + 6) / 7);
    if (reference.empty()) reference = out.str();
    EXPECT_EQ(out.str(), reference) << threads << " threads";
  }
  EXPECT_EQ(reference.substr(0, 10), "{\"id\": \"r0");
}

TEST(Batch, FileInputIsScreenedAndBadRecordNamesItsLine) {
  auto screener = Screener::Create(SampleEntities());
  ASSERT_TRUE(screener.has_value());
  std::string path = TempPath("batch.csv");
  WriteAll(path, "id,name\n1,Mohammed Omar\n2,\n3,BLA\n");
  std::ostringstream out;
  auto stats = ScreenBatchFile(**screener, path, ScreenOptions(), out);
  std::remove(path.c_str());
  ASSERT_FALSE(stats.has_value());
  EXPECT_NE(stats.error().message().find(":3: field 'name'"), std::string::npos)
      << stats.error().ToString();
  EXPECT_EQ(out.str().substr(0, 10), "{\"id\": \"1\"");  // the record before it was written
}

}  // namespace
}  // namespace cordon
