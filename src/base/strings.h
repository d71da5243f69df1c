// Small string helpers shared by every subsystem. ASCII-only case handling: Unicode-aware
// normalisation lives in text/.
#ifndef CORDON_BASE_STRINGS_H_
#define CORDON_BASE_STRINGS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace cordon::base {

std::string_view Trim(std::string_view s);  // strips ASCII blanks and U+00A0
std::string ToLowerAscii(std::string_view s);
std::string ToUpperAscii(std::string_view s);
bool EqualsIgnoreCaseAscii(std::string_view a, std::string_view b);
bool StartsWithIgnoreCaseAscii(std::string_view s, std::string_view prefix);
// Splits on `sep`, trimming each piece; empty pieces are dropped when `skip_empty`.
std::vector<std::string_view> Split(std::string_view s, char sep, bool skip_empty = true);
std::vector<std::string_view> Split(std::string_view s, std::string_view sep,
                                    bool skip_empty = true);
std::string Join(const std::vector<std::string>& parts, std::string_view sep);
// Collapses runs of whitespace (incl. newlines, tabs, U+00A0) into one space and trims.
std::string CollapseWhitespace(std::string_view s);
// The same in place, without allocating.
void CollapseWhitespaceInPlace(std::string* s);

// `value` with `decimals` digits after the point, as printf's "%.Nf" writes it (without its
// locale and format parsing: scores are written several times a hit).
void AppendFixed(double value, int decimals, std::string* out);
std::string FormatFixed(double value, int decimals);
// At most `max_chars` bytes of `s` for an error message, with "..." when cut, on one line.
std::string Excerpt(std::string_view s, std::size_t max_chars = 60);
// Parses a non-negative decimal integer; false when `s` is not one.
bool ParseUint(std::string_view s, std::uint64_t* out);

// Maps byte offsets in a buffer to 1-based line numbers. Build once per buffer (one pass),
// then each lookup is a binary search.
class LineIndex {
 public:
  explicit LineIndex(std::string_view data);
  std::uint64_t LineOf(std::size_t offset) const;

 private:
  std::vector<std::size_t> line_starts_;
};

// UTF-8 validity: returns the offset of the first invalid byte, or npos when `s` is valid.
std::size_t FindInvalidUtf8(std::string_view s);
// Length of the valid UTF-8 sequence starting at text[pos], or 0 if it is not valid (truncated,
// overlong, surrogate or beyond U+10FFFF).
std::size_t Utf8SequenceLength(std::string_view text, std::size_t pos);
// Converts Windows-1252 (a superset of Latin-1 for printable text) bytes to UTF-8.
std::string Windows1252ToUtf8(std::string_view s);

}  // namespace cordon::base

#endif  // CORDON_BASE_STRINGS_H_
