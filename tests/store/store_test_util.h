// Store tests run on both engines: a SQLite file in a temporary folder, and a fresh database on
// the PostgreSQL server named by CORDON_TEST_POSTGRES_URL (scripts/test.sh starts a throwaway
// one on loopback). Without that variable the PostgreSQL half is skipped with a message.
#ifndef CORDON_TESTS_STORE_STORE_TEST_UTIL_H_
#define CORDON_TESTS_STORE_STORE_TEST_UTIL_H_

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>
#include <vector>

#include <gtest/gtest.h>

#include "store/sql.h"

namespace cordon::testing {

// Hands out store locations on one engine and removes them afterwards.
class StoreLocations {
 public:
  explicit StoreLocations(std::string engine) : engine_(std::move(engine)) {
    static std::atomic<int> counter{0};
    const std::string tag = std::to_string(::getpid()) + "_" + std::to_string(counter++);
    dir_ = std::filesystem::temp_directory_path() / ("cordon_store_test_" + tag);
    std::filesystem::create_directories(dir_);
    tag_ = tag;
  }
  ~StoreLocations() {
    for (const std::string& name : databases_) {
      (void)admin_->Script("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }
    std::error_code error;
    std::filesystem::remove_all(dir_, error);
  }

  // Empty (and the test should skip) when the engine is not available.
  std::string skip_reason() const {
    if (engine_ == "postgres" && std::getenv("CORDON_TEST_POSTGRES_URL") == nullptr) {
      return "CORDON_TEST_POSTGRES_URL is not set: the PostgreSQL half is skipped "
             "(scripts/test.sh starts a throwaway server)";
    }
    return "";
  }

  // A new, empty store location.
  std::string NewUrl() {
    const std::string name = "store" + std::to_string(databases_.size() + files_++);
    if (engine_ == "sqlite") return (dir_ / (name + ".db")).string();
    const std::string base = std::getenv("CORDON_TEST_POSTGRES_URL");
    if (!admin_) {
      auto admin = store::Connect(base, false);
      EXPECT_TRUE(admin.has_value()) << admin.error().ToString();
      admin_ = std::move(*admin);
    }
    const std::string database = "cordon_test_" + tag_ + "_" + name;
    Status created = admin_->Script("CREATE DATABASE " + database);
    EXPECT_TRUE(created.ok()) << created.ToString();
    databases_.push_back(database);
    return base.substr(0, base.rfind('/') + 1) + database;
  }

  const std::filesystem::path& dir() const { return dir_; }

 private:
  std::string engine_;
  std::filesystem::path dir_;
  std::string tag_;
  std::unique_ptr<store::Connection> admin_;
  std::vector<std::string> databases_;
  int files_ = 0;
};

}  // namespace cordon::testing

#endif  // CORDON_TESTS_STORE_STORE_TEST_UTIL_H_
