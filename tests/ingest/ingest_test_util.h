// Helpers shared by the ingest tests.
#ifndef CORDON_TESTS_INGEST_INGEST_TEST_UTIL_H_
#define CORDON_TESTS_INGEST_INGEST_TEST_UTIL_H_

#include <filesystem>
#include <string>
#include <string_view>

#include <gtest/gtest.h>

#include "cordon/ingest.h"

namespace cordon::testing {

// Parses `bytes` as `format`; fails the test (and returns an empty list) on error.
inline LoadedList ParseOrFail(std::string_view bytes, ListFormat format,
                              const std::string& source = "test-input", bool lenient = false) {
  LoadOptions options;
  options.format = format;
  options.lenient = lenient;
  auto list = ParseListBytes(bytes, source, options);
  EXPECT_TRUE(list.has_value()) << list.error().ToString();
  return list ? std::move(*list) : LoadedList{};
}

// The error of parsing `bytes` as `format` (an OK status if it parsed).
inline Status ParseError(std::string_view bytes, ListFormat format,
                         const std::string& source = "test-input") {
  LoadOptions options;
  options.format = format;
  auto list = ParseListBytes(bytes, source, options);
  return list ? Status::Ok() : list.error();
}

inline const Entity* FindEntity(const LoadedList& list, std::string_view id) {
  for (const Entity& entity : list.entities) {
    if (entity.id == id) return &entity;
  }
  return nullptr;
}

inline bool HasName(const Entity& entity, std::string_view full, NameKind kind) {
  for (const Name& name : entity.names) {
    if (name.full == full && name.kind == kind) return true;
  }
  return false;
}

// Path of a file under ../shared (next to the project), or "" when absent.
inline std::string SharedPath(const std::string& relative) {
  std::filesystem::path path = std::filesystem::path(CORDON_SHARED_DIR) / relative;
  return std::filesystem::exists(path) ? path.string() : std::string();
}

#define CORDON_REQUIRE_SHARED(var, relative)                       \
  const std::string var = ::cordon::testing::SharedPath(relative); \
  if (var.empty())                                                 \
  GTEST_SKIP() << "../shared/" << (relative) << " is absent: integration test skipped"

}  // namespace cordon::testing

#endif  // CORDON_TESTS_INGEST_INGEST_TEST_UTIL_H_
