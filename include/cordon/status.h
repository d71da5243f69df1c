// Status: the outcome of an operation that can fail for reasons outside the program
// (a malformed list file, a missing path, a bad argument).
//
// An OK Status holds no message and costs one enum and an empty string. A non-OK Status carries
// a semantic code and a message that names the place of the failure (file, line, field).
// Status values are immutable once built and safe to copy between threads.
//
//   cordon::Status s = LoadSomething();
//   if (!s.ok()) std::cerr << s.ToString() << "\n";
#ifndef CORDON_STATUS_H_
#define CORDON_STATUS_H_

#include <string>
#include <string_view>
#include <utility>

namespace cordon {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,    // a caller's argument or option is wrong
  kParseError,         // input data does not follow its format
  kNotFound,           // a named file, entity or record does not exist
  kIoError,            // reading or writing failed
  kCorruptSnapshot,    // a snapshot file is damaged or foreign
  kUnsupported,        // the input is valid but of a kind we do not handle
  kResourceExhausted,  // a size limit was exceeded
  kInternal,           // a bug: should never be seen
};

// Returns a short lower-case name for `code`, e.g. "parse error".
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string msg) {
    return {StatusCode::kInvalidArgument, std::move(msg)};
  }
  static Status ParseError(std::string msg) { return {StatusCode::kParseError, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status IoError(std::string msg) { return {StatusCode::kIoError, std::move(msg)}; }
  static Status CorruptSnapshot(std::string msg) {
    return {StatusCode::kCorruptSnapshot, std::move(msg)};
  }
  static Status Unsupported(std::string msg) { return {StatusCode::kUnsupported, std::move(msg)}; }
  static Status ResourceExhausted(std::string msg) {
    return {StatusCode::kResourceExhausted, std::move(msg)};
  }
  static Status Internal(std::string msg) { return {StatusCode::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "parse error: sdn.xml:12: ..." or "ok".
  std::string ToString() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

}  // namespace cordon

#define CORDON_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::cordon::Status cordon_status_ = (expr);        \
    if (!cordon_status_.ok()) return cordon_status_; \
  } while (false)

#endif  // CORDON_STATUS_H_
