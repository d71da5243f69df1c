// The SQL layer under the store, on both engines.
#include "store/sql.h"

#include <gtest/gtest.h>

#include "store/store_test_util.h"

namespace cordon::store {
namespace {

TEST(NumberPlaceholdersTest, NumbersQuestionMarksOutsideQuotes) {
  EXPECT_EQ(NumberPlaceholders("SELECT ? , '?' , \"a?\", ?"), "SELECT $1 , '?' , \"a?\", $2");
  EXPECT_EQ(NumberPlaceholders("x = 'it''s ?' AND y = ?"), "x = 'it''s ?' AND y = $1");
  EXPECT_EQ(NumberPlaceholders("no parameters"), "no parameters");
}

TEST(ConnectTest, RefusesEmptyAndMissing) {
  EXPECT_FALSE(Connect("", false).has_value());
  EXPECT_FALSE(Connect("sqlite:", false).has_value());
  auto missing = Connect("/nonexistent/dir/x.db", false);
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.error().message().find("cordon db init"), std::string::npos);
}

TEST(ConnectTest, PostgresErrorsHideThePassword) {
  auto connection = Connect("postgresql://user:secret@127.0.0.1:1/none", false);
  ASSERT_FALSE(connection.has_value());
  EXPECT_EQ(connection.error().message().find("secret"), std::string::npos)
      << connection.error().ToString();
}

class SqlTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    locations_ = std::make_unique<testing::StoreLocations>(GetParam());
    if (!locations_->skip_reason().empty()) GTEST_SKIP() << locations_->skip_reason();
    auto db = Connect(locations_->NewUrl(), true);
    ASSERT_TRUE(db.has_value()) << db.error().ToString();
    db_ = std::move(*db);
    ASSERT_TRUE(db_->Script("CREATE TABLE t (id BIGINT PRIMARY KEY, name TEXT, score DOUBLE "
                            "PRECISION)")
                    .ok());
  }
  void TearDown() override {
    db_.reset();
    locations_.reset();
  }

  std::unique_ptr<testing::StoreLocations> locations_;
  std::unique_ptr<Connection> db_;
};

TEST_P(SqlTest, ValuesRoundTrip) {
  ASSERT_TRUE(db_->Exec("INSERT INTO t (id, name, score) VALUES (?, ?, ?)",
                        {std::int64_t{-5}, std::string("Müller 'x' \"y\""), 0.125})
                  .ok());
  ASSERT_TRUE(db_->Exec("INSERT INTO t (id, name, score) VALUES (?, ?, ?)",
                        {std::int64_t{7}, nullptr, nullptr})
                  .ok());
  auto rows = db_->Query("SELECT id, name, score FROM t ORDER BY id");
  ASSERT_TRUE(rows.has_value()) << rows.error().ToString();
  ASSERT_EQ(rows->size(), 2u);
  EXPECT_EQ((*rows)[0].Int(0), -5);
  EXPECT_EQ((*rows)[0].Text(1), "Müller 'x' \"y\"");
  EXPECT_DOUBLE_EQ((*rows)[0].Real(2), 0.125);
  EXPECT_TRUE((*rows)[1].IsNull(1));
  EXPECT_TRUE((*rows)[1].IsNull(2));
}

TEST_P(SqlTest, InsertRowsSplitsLargeBatches) {
  std::vector<Params> rows;
  for (std::int64_t i = 0; i < 12000; ++i) rows.push_back({i, "n" + std::to_string(i), 0.5});
  ASSERT_TRUE(InsertRows(db_.get(), "t", {"id", "name", "score"}, rows).ok());
  auto count = db_->Query("SELECT COUNT(*), SUM(id) FROM t");
  ASSERT_TRUE(count.has_value());
  EXPECT_EQ((*count)[0].Int(0), 12000);
  EXPECT_EQ((*count)[0].Int(1), 12000LL * 11999 / 2);
  // A conflict clause applies to every statement.
  ASSERT_TRUE(
      InsertRows(db_.get(), "t", {"id", "name", "score"}, rows, "ON CONFLICT (id) DO NOTHING")
          .ok());
  EXPECT_FALSE(InsertRows(db_.get(), "t", {"id", "name", "score"}, {{std::int64_t{1}}}).ok());
}

TEST_P(SqlTest, RolledBackTransactionLeavesNothing) {
  {
    Transaction transaction(db_.get());
    ASSERT_TRUE(transaction.Begin().ok());
    ASSERT_TRUE(db_->Exec("INSERT INTO t (id) VALUES (?)", {std::int64_t{1}}).ok());
    // Destroyed without Commit(): rolled back.
  }
  EXPECT_FALSE(db_->in_transaction());
  {
    Transaction transaction(db_.get());
    ASSERT_TRUE(transaction.Begin().ok());
    ASSERT_TRUE(db_->Exec("INSERT INTO t (id) VALUES (?)", {std::int64_t{2}}).ok());
    ASSERT_TRUE(transaction.Commit().ok());
  }
  auto rows = db_->Query("SELECT id FROM t");
  ASSERT_TRUE(rows.has_value());
  ASSERT_EQ(rows->size(), 1u);
  EXPECT_EQ((*rows)[0].Int(0), 2);
}

TEST_P(SqlTest, ErrorsNameTheDatabase) {
  auto rows = db_->Query("SELECT nope FROM t");
  ASSERT_FALSE(rows.has_value());
  EXPECT_NE(rows.error().message().find(db_->description()), std::string::npos);
  // The connection stays usable after an error.
  EXPECT_TRUE(db_->Query("SELECT COUNT(*) FROM t").has_value());
}

INSTANTIATE_TEST_SUITE_P(Engines, SqlTest, ::testing::Values("sqlite", "postgres"));

}  // namespace
}  // namespace cordon::store
