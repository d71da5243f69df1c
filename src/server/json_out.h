// A compact JSON writer for responses: values appended to one string, commas and escaping
// handled, no pretty-printing (responses are for machines; `jq` is for people).
#ifndef CORDON_SERVER_JSON_OUT_H_
#define CORDON_SERVER_JSON_OUT_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cordon::server {

class JsonOut {
 public:
  JsonOut& BeginObject() { return Open('{'); }
  JsonOut& EndObject() { return Close('}'); }
  JsonOut& BeginArray() { return Open('['); }
  JsonOut& EndArray() { return Close(']'); }
  JsonOut& Key(std::string_view key);
  JsonOut& String(std::string_view value);
  JsonOut& Number(double value);
  JsonOut& Int(std::int64_t value);
  JsonOut& Bool(bool value);
  JsonOut& Null();
  // A JSON value already encoded (e.g. stored list metadata).
  JsonOut& Raw(std::string_view json);
  JsonOut& StringArray(const std::vector<std::string>& values);
  std::string Take() { return std::move(out_); }

 private:
  JsonOut& Open(char bracket);
  JsonOut& Close(char bracket);
  void Separate();
  std::string out_;
  std::vector<bool> first_;  // per open level: nothing written yet
  bool after_key_ = false;
};

}  // namespace cordon::server

#endif  // CORDON_SERVER_JSON_OUT_H_
