#include "server/json_out.h"

#include <cmath>
#include <cstdio>

#include "cordon/batch.h"

namespace cordon::server {

void JsonOut::Separate() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (!first_.empty()) {
    if (!first_.back()) out_ += ',';
    first_.back() = false;
  }
}

JsonOut& JsonOut::Open(char bracket) {
  Separate();
  out_ += bracket;
  first_.push_back(true);
  return *this;
}

JsonOut& JsonOut::Close(char bracket) {
  out_ += bracket;
  first_.pop_back();
  return *this;
}

JsonOut& JsonOut::Key(std::string_view key) {
  Separate();
  AppendJsonString(&out_, key);
  out_ += ':';
  after_key_ = true;
  return *this;
}

JsonOut& JsonOut::String(std::string_view value) {
  Separate();
  AppendJsonString(&out_, value);
  return *this;
}

JsonOut& JsonOut::Number(double value) {
  Separate();
  if (!std::isfinite(value)) {
    out_ += "null";
    return *this;
  }
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.6g", value);
  out_ += buffer;
  return *this;
}

JsonOut& JsonOut::Int(std::int64_t value) {
  Separate();
  out_ += std::to_string(value);
  return *this;
}

JsonOut& JsonOut::Bool(bool value) {
  Separate();
  out_ += value ? "true" : "false";
  return *this;
}

JsonOut& JsonOut::Null() {
  Separate();
  out_ += "null";
  return *this;
}

JsonOut& JsonOut::Raw(std::string_view json) {
  Separate();
  out_ += json;
  return *this;
}

JsonOut& JsonOut::StringArray(const std::vector<std::string>& values) {
  BeginArray();
  for (const std::string& value : values) String(value);
  return EndArray();
}

}  // namespace cordon::server
