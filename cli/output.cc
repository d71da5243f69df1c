#include "cli/output.h"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <cstdio>
#include <iostream>
#include <sstream>
#include <sys/resource.h>
#include <unistd.h>

#include "cordon/batch.h"

namespace cordon::cli {

std::string JsonQuote(std::string_view text) { return cordon::JsonString(text); }

void JsonWriter::NewLine() {
  out_ << '\n';
  for (std::size_t depth = 0; depth < levels_.size(); ++depth) out_ << "  ";
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (levels_.empty()) return;
  assert(!levels_.back().is_object && "JsonWriter: value inside an object without a Key");
  if (!levels_.back().empty) out_ << ',';
  levels_.back().empty = false;
  NewLine();
}

JsonWriter& JsonWriter::BeginObject() {
  BeforeValue();
  out_ << '{';
  levels_.push_back({true, true});
  return *this;
}

JsonWriter& JsonWriter::BeginArray() {
  BeforeValue();
  out_ << '[';
  levels_.push_back({false, true});
  return *this;
}

void JsonWriter::Close(char bracket, bool is_object) {
  assert(!levels_.empty() && levels_.back().is_object == is_object && !after_key_);
  (void)is_object;
  bool empty = levels_.back().empty;
  levels_.pop_back();
  if (!empty) NewLine();
  out_ << bracket;
  if (levels_.empty()) out_ << '\n';
}

JsonWriter& JsonWriter::EndObject() {
  Close('}', true);
  return *this;
}

JsonWriter& JsonWriter::EndArray() {
  Close(']', false);
  return *this;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  assert(!levels_.empty() && levels_.back().is_object && !after_key_);
  if (!levels_.back().empty) out_ << ',';
  levels_.back().empty = false;
  NewLine();
  out_ << JsonQuote(key) << ": ";
  after_key_ = true;
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view value) {
  BeforeValue();
  out_ << JsonQuote(value);
  return *this;
}

JsonWriter& JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  out_ << value;
  return *this;
}

JsonWriter& JsonWriter::Uint(std::uint64_t value) {
  BeforeValue();
  out_ << value;
  return *this;
}

JsonWriter& JsonWriter::Double(double value, int decimals) {
  if (!std::isfinite(value)) return Null();
  BeforeValue();
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.*f", std::clamp(decimals, 0, 17), value);
  out_ << buffer;
  return *this;
}

JsonWriter& JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ << (value ? "true" : "false");
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_ << "null";
  return *this;
}

JsonWriter& JsonWriter::StringArray(const std::vector<std::string>& values) {
  BeginArray();
  for (const std::string& value : values) String(value);
  return EndArray();
}

std::size_t DisplayWidth(std::string_view text) {
  std::size_t width = 0;
  for (char c : text) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return width;
}

void TextTable::Print(std::ostream& out, int indent) const {
  std::vector<std::size_t> widths;
  for (const auto& row : rows_) {
    if (widths.size() < row.size()) widths.resize(row.size(), 0);
    for (std::size_t column = 0; column < row.size(); ++column) {
      widths[column] = std::max(widths[column], DisplayWidth(row[column]));
    }
  }
  for (const auto& row : rows_) {
    std::string line(static_cast<std::size_t>(std::max(indent, 0)), ' ');
    for (std::size_t column = 0; column < row.size(); ++column) {
      const std::string& cell = row[column];
      std::size_t pad = widths[column] - DisplayWidth(cell);
      bool numeric = column < numeric_.size() && numeric_[column];
      bool last = column + 1 == row.size();
      if (column > 0) line += "  ";
      if (numeric) line.append(pad, ' ');
      line += cell;
      if (!numeric && !last) line.append(pad, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out << line << '\n';
  }
}

std::string FormatCount(std::uint64_t value) {
  std::string digits = std::to_string(value);
  std::string out;
  for (std::size_t index = 0; index < digits.size(); ++index) {
    if (index > 0 && (digits.size() - index) % 3 == 0) out += ',';
    out += digits[index];
  }
  return out;
}

std::string FormatMillis(double millis) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%.1f", millis);
  return buffer;
}

bool StderrIsTerminal() { return isatty(STDERR_FILENO) == 1; }

std::uint64_t PeakRssKb() {
  struct rusage usage {};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<std::uint64_t>(usage.ru_maxrss);
}

void ProgressBar::Draw(std::size_t records, std::size_t done, std::size_t total, double seconds,
                       bool last) {
  if (!last && last_draw_ >= 0 && seconds - last_draw_ < 0.25) return;
  last_draw_ = seconds;
  drawn_ = true;
  std::ostringstream line;
  line << "\rscreened " << FormatCount(records) << " records";
  if (total > 0) line << "  " << (done * 100 / total) << "%";
  if (seconds > 0) {
    line << "  " << FormatCount(static_cast<std::uint64_t>(static_cast<double>(records) / seconds))
         << "/s";
  }
  line << "   ";
  std::cerr << line.str() << std::flush;
}

void ProgressBar::Finish() {
  if (drawn_) std::cerr << "\n";
  drawn_ = false;
}

}  // namespace cordon::cli
