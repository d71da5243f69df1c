// A small RFC 4180 CSV reader: quoted fields (with "" escapes and embedded newlines), CRLF or LF
// line ends, a UTF-8 byte-order mark and a trailing DOS end-of-file byte (0x1A, which OFAC's files
// carry) are accepted. Rows are read one at a time from a buffer the caller keeps alive.
#ifndef CORDON_INGEST_CSV_READER_H_
#define CORDON_INGEST_CSV_READER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "cordon/status.h"

namespace cordon::ingest {

class CsvReader {
 public:
  // `data` must outlive the reader. `path` names the input in error messages.
  CsvReader(std::string_view data, std::string path, char delimiter = ',');

  // Reads the next row into `fields` (views valid until the next call). Returns false at the
  // end of input or on error; check status() to tell which.
  bool Next(std::vector<std::string_view>* fields);
  // The 1-based line on which the last row returned started.
  std::uint64_t line() const { return row_line_; }
  // Non-OK when the input ended inside a quoted field or a quote was misplaced.
  const Status& status() const { return status_; }
  // Number of bytes consumed so far.
  std::size_t offset() const { return pos_; }
  // The line that offset() is on.
  std::uint64_t offset_line() const { return line_; }

  // Reads only the rows that start within bytes [begin, end) of the data, `begin` being on
  // line `line` and where a row may start (CsvRowStarts): a piece of the file, which readers of
  // the other pieces read side by side (ParseContext::ParsePieces).
  void Restrict(std::size_t begin, std::size_t end, std::uint64_t line);

 private:
  std::string_view data_;
  std::string path_;
  char delimiter_;
  std::size_t pos_ = 0;
  std::size_t end_ = std::string_view::npos;  // rows start before it (Restrict)
  std::uint64_t line_ = 1;
  std::uint64_t row_line_ = 0;
  std::string buffer_;  // unescaped field bytes of the current row
  std::vector<std::pair<std::size_t, std::size_t>> spans_;
  Status status_;
};

// Where rows of CSV data may start, as CsvReader reads them: after a line break that no quoted
// field holds. A quote opens a quoted field only at the start of a field; elsewhere it is a
// letter. Positions are asked rising: the data is scanned once, quote to quote.
class CsvRowStarts {
 public:
  // `begin`: where a row starts (after the header, say).
  CsvRowStarts(std::string_view data, std::size_t begin, char delimiter = ',');
  // The first position at or after `pos` where a row may start, or the data's size.
  std::size_t At(std::size_t pos);

 private:
  std::string_view data_;
  std::size_t begin_;
  char delimiter_;
  std::size_t scanned_;  // no quoted field opens in [begin_, scanned_) but those passed
};

// Maps header names to column positions, case-insensitively, for CSV formats with a header.
class CsvHeader {
 public:
  explicit CsvHeader(const std::vector<std::string_view>& header);
  // Column index of `name`, or -1 when absent.
  int Find(std::string_view name) const;
  // The field of `row` in column `name`, or "" when the column is absent or the row is short.
  std::string_view Get(const std::vector<std::string_view>& row, std::string_view name) const;

 private:
  std::vector<std::string> names_;
};

}  // namespace cordon::ingest

#endif  // CORDON_INGEST_CSV_READER_H_
