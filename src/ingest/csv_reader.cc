#include "ingest/csv_reader.h"

#include <algorithm>

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
  if (pos_ >= data_.size() || pos_ >= end_) return false;
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
  if (end_ != std::string_view::npos && pos_ > end_) {
    // A row begun in this piece ran into the next: the pieces were not cut between rows.
    status_ = Status::Internal(path_ + ":" + std::to_string(row_line_) +
                               ": the file was cut for reading in pieces inside this row");
    return false;
  }
  std::string_view buf(buffer_);
  for (auto [begin, end] : spans_) fields->push_back(buf.substr(begin, end - begin));
  return true;
}

void CsvReader::Restrict(std::size_t begin, std::size_t end, std::uint64_t line) {
  pos_ = begin;
  end_ = end;
  line_ = line;
}

CsvRowStarts::CsvRowStarts(std::string_view data, std::size_t begin, char delimiter)
    : data_(data), begin_(begin), delimiter_(delimiter), scanned_(begin) {
  if (begin_ == 0 && data_.substr(0, 3) == "\xEF\xBB\xBF") begin_ = scanned_ = 3;
}

std::size_t CsvRowStarts::At(std::size_t pos) {
  pos = std::max(pos, begin_);
  for (;;) {
    if (pos == begin_) return pos;
    const std::size_t line_break = data_.find('\n', pos - 1);
    if (line_break == std::string_view::npos) return data_.size();
    // Follow the quotes up to the line break: is it inside a quoted field?
    bool quoted = false;
    while (scanned_ <= line_break) {
      const std::size_t quote = data_.find('"', scanned_);
      if (quote == std::string_view::npos || quote > line_break) {
        scanned_ = line_break + 1;
        break;
      }
      const char before = quote == begin_ ? '\n' : data_[quote - 1];
      if (before != delimiter_ && before != '\n' && before != '\r') {
        scanned_ = quote + 1;  // a quote inside a field is a letter
        continue;
      }
      // A quoted field: it ends at a quote that is not doubled.
      std::size_t close = quote + 1;
      for (;;) {
        close = data_.find('"', close);
        if (close == std::string_view::npos) return data_.size();  // never closed
        if (close + 1 < data_.size() && data_[close + 1] == '"') {
          close += 2;
          continue;
        }
        break;
      }
      scanned_ = close + 1;
      if (close > line_break) {
        quoted = true;
        break;
      }
    }
    if (!quoted) return line_break + 1;
    pos = scanned_;
  }
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
