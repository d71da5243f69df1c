// Output helpers shared by the CLI commands: a streaming JSON writer with stable, pretty-printed
// output, aligned text tables, and number formatting.
#ifndef CORDON_CLI_OUTPUT_H_
#define CORDON_CLI_OUTPUT_H_

#include <cstddef>
#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cordon::cli {

// `text` as a JSON string literal, quotes included. Control characters are escaped; bytes that
// are not valid UTF-8 become U+FFFD, so the output is always valid JSON.
std::string JsonQuote(std::string_view text);

// Writes one JSON document to a stream, indenting by two spaces. Keys are written in the order
// given, so commands control a stable layout. Calls must nest properly (Begin/End pairs, Key
// before each value inside an object); a misuse is a bug and asserts in debug builds.
//
//   JsonWriter json(std::cout);
//   json.BeginObject();
//   json.Key("lists").BeginArray();
//   ...
//   json.EndArray();
//   json.EndObject();  // ends the document with a newline
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) {}
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  JsonWriter& BeginObject();
  JsonWriter& EndObject();
  JsonWriter& BeginArray();
  JsonWriter& EndArray();
  JsonWriter& Key(std::string_view key);
  JsonWriter& String(std::string_view value);
  JsonWriter& Int(std::int64_t value);
  JsonWriter& Uint(std::uint64_t value);
  JsonWriter& Double(double value, int decimals = 3);
  JsonWriter& Bool(bool value);
  JsonWriter& Null();
  // An array of strings on one call.
  JsonWriter& StringArray(const std::vector<std::string>& values);

 private:
  struct Level {
    bool is_object = false;
    bool empty = true;
  };
  void BeforeValue();
  void Close(char bracket, bool is_object);
  void NewLine();

  std::ostream& out_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

// Rows of cells printed with aligned columns (width counted in code points, so non-Latin names
// align). Columns marked numeric are right-aligned. Cells are separated by two spaces; the last
// column is not padded.
class TextTable {
 public:
  explicit TextTable(std::vector<bool> numeric_columns = {})
      : numeric_(std::move(numeric_columns)) {}
  void AddRow(std::vector<std::string> cells) { rows_.push_back(std::move(cells)); }
  bool empty() const { return rows_.empty(); }
  // Prints every row, each prefixed by `indent` spaces.
  void Print(std::ostream& out, int indent = 0) const;

 private:
  std::vector<bool> numeric_;
  std::vector<std::vector<std::string>> rows_;
};

// 1234567 -> "1,234,567".
std::string FormatCount(std::uint64_t value);
// 12.3456 -> "12.3" (one decimal).
std::string FormatMillis(double millis);
// Number of code points in UTF-8 `text` (its width in a terminal, near enough for alignment).
std::size_t DisplayWidth(std::string_view text);

// True when stderr is a terminal (progress bars go there only then).
bool StderrIsTerminal();
// Peak resident set size of this process, in KiB.
std::uint64_t PeakRssKb();

// A one-line progress display on stderr, redrawn at most four times a second:
// "screened 120,000 records  37%  18,250/s".
class ProgressBar {
 public:
  template <typename Progress>
  void Update(const Progress& progress) {
    Draw(progress.records, progress.bytes_done, progress.bytes_total, progress.seconds, false);
  }
  // Ends the line if anything was drawn.
  void Finish();

 private:
  void Draw(std::size_t records, std::size_t done, std::size_t total, double seconds, bool last);
  double last_draw_ = -1;
  bool drawn_ = false;
};

}  // namespace cordon::cli

#endif  // CORDON_CLI_OUTPUT_H_
