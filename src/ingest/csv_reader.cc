#include "ingest/csv_reader.h"

#include "base/strings.h"

namespace cordon::ingest {

CsvReader::CsvReader(std::string_view data, std::string path, char delimiter)
    : data_(data), path_(std::move(path)), delimiter_(delimiter) {
  if (data_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;
  // DOS end-of-file markers at the very end (blanks may follow) end the data; one in the
  // middle of the file is data and stays, for the parser to judge.
  std::size_t end = data_.size();
  std::size_t cut = end;
  while (end > 0 && (data_[end - 1] == '\x1A' || data_[end - 1] == '\n' || data_[end - 1] == '\r' ||
                     data_[end - 1] == ' ')) {
    --end;
    if (data_[end] == '\x1A') cut = end;
  }
  data_ = data_.substr(0, cut);
}

bool CsvReader::Next(std::vector<std::string_view>* fields) {
  fields->clear();
  if (!status_.ok()) return false;
  // Skip blank lines between rows.
  while (pos_ < data_.size() && (data_[pos_] == '\n' || data_[pos_] == '\r')) {
    if (data_[pos_] == '\n') ++line_;
    ++pos_;
  }
  if (pos_ >= data_.size()) return false;
  row_line_ = line_;
  buffer_.clear();
  spans_.clear();
  for (;;) {
    std::size_t start = buffer_.size();
    if (pos_ < data_.size() && data_[pos_] == '"') {
      std::uint64_t quote_line = line_;
      ++pos_;
      for (;;) {
        if (pos_ >= data_.size()) {
          status_ = Status::ParseError(path_ + ":" + std::to_string(quote_line) +
                                       ": quoted field is never closed (file truncated?)");
          return false;
        }
        char c = data_[pos_++];
        if (c == '"') {
          if (pos_ < data_.size() && data_[pos_] == '"') {
            buffer_ += '"';
            ++pos_;
            continue;
          }
          break;
        }
        if (c == '\n') ++line_;
        buffer_ += c;
      }
    }
    // Unquoted part, or text after a closing quote; stray quotes are kept literally.
    while (pos_ < data_.size()) {
      char c = data_[pos_];
      if (c == delimiter_ || c == '\n' || c == '\r') break;
      buffer_ += c;
      ++pos_;
    }
    std::size_t end = buffer_.size();
    spans_.emplace_back(start, end);
    if (pos_ < data_.size() && data_[pos_] == delimiter_) {
      ++pos_;
      continue;
    }
    if (pos_ < data_.size() && data_[pos_] == '\r') ++pos_;
    if (pos_ < data_.size() && data_[pos_] == '\n') {
      ++pos_;
      ++line_;
    }
    break;
  }
  std::string_view buf(buffer_);
  for (auto [begin, end] : spans_) fields->push_back(buf.substr(begin, end - begin));
  return true;
}

CsvHeader::CsvHeader(const std::vector<std::string_view>& header) {
  for (std::string_view name : header) names_.push_back(base::ToLowerAscii(base::Trim(name)));
}

int CsvHeader::Find(std::string_view name) const {
  std::string lower = base::ToLowerAscii(name);
  for (std::size_t idx = 0; idx < names_.size(); ++idx) {
    if (names_[idx] == lower) return static_cast<int>(idx);
  }
  return -1;
}

std::string_view CsvHeader::Get(const std::vector<std::string_view>& row,
                                std::string_view name) const {
  int idx = Find(name);
  if (idx < 0 || static_cast<std::size_t>(idx) >= row.size()) return {};
  return base::Trim(row[static_cast<std::size_t>(idx)]);
}

}  // namespace cordon::ingest
