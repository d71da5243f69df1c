// Result<T>: either a value of type T or a non-OK Status explaining why there is none.
//
// Member names follow std::expected (has_value, value, error, operator*, operator->) so that a
// later move to std::expected is mechanical. Accessing value() of an error Result is a bug and
// aborts in debug builds.
//
//   cordon::Result<int> r = ParseCount(text);
//   if (!r) return r.error();
//   use(*r);
#ifndef CORDON_RESULT_H_
#define CORDON_RESULT_H_

#include <cassert>
#include <type_traits>
#include <utility>
#include <variant>

#include "cordon/status.h"

namespace cordon {

template <typename T>
class [[nodiscard]] Result {
 public:
  // Implicit on purpose: `return value;` and `return status;` both read naturally.
  Result(const T& value) : data_(value) {}            // NOLINT(google-explicit-constructor)
  Result(T&& value) : data_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Status status) : data_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    assert(!std::get<Status>(data_).ok() && "Result built from an OK status");
  }

  bool has_value() const { return data_.index() == 0; }
  explicit operator bool() const { return has_value(); }

  T& value() & { return std::get<0>(data_); }
  const T& value() const& { return std::get<0>(data_); }
  T&& value() && { return std::get<0>(std::move(data_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }

  // The error; an OK status when a value is held.
  Status error() const { return has_value() ? Status() : std::get<1>(data_); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace cordon

#define CORDON_CONCAT_INNER_(a, b) a##b
#define CORDON_CONCAT_(a, b) CORDON_CONCAT_INNER_(a, b)
#define CORDON_ASSIGN_OR_RETURN(lhs, expr) \
  CORDON_ASSIGN_OR_RETURN_IMPL_(CORDON_CONCAT_(cordon_result_, __LINE__), lhs, expr)
#define CORDON_ASSIGN_OR_RETURN_IMPL_(tmp, lhs, expr) \
  auto tmp = (expr);                                  \
  if (!tmp.has_value()) return tmp.error();           \
  lhs = std::move(tmp).value()

#endif  // CORDON_RESULT_H_
