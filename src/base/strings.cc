#include "base/strings.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace cordon::base {
namespace {

bool IsBlank(unsigned char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

char LowerAscii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

}  // namespace

std::string_view Trim(std::string_view s) {
  for (;;) {
    if (!s.empty() && IsBlank(static_cast<unsigned char>(s.front()))) {
      s.remove_prefix(1);
    } else if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') {
      s.remove_prefix(2);
    } else {
      break;
    }
  }
  for (;;) {
    if (!s.empty() && IsBlank(static_cast<unsigned char>(s.back()))) {
      s.remove_suffix(1);
    } else if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s.back() == '\xA0') {
      s.remove_suffix(2);
    } else {
      break;
    }
  }
  return s;
}

std::string ToLowerAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = LowerAscii(c);
  return out;
}

std::string ToUpperAscii(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  }
  return out;
}

bool EqualsIgnoreCaseAscii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t pos = 0; pos < a.size(); ++pos) {
    if (LowerAscii(a[pos]) != LowerAscii(b[pos])) return false;
  }
  return true;
}

bool StartsWithIgnoreCaseAscii(std::string_view s, std::string_view prefix) {
  return s.size() >= prefix.size() && EqualsIgnoreCaseAscii(s.substr(0, prefix.size()), prefix);
}

std::vector<std::string_view> Split(std::string_view s, char sep, bool skip_empty) {
  return Split(s, std::string_view(&sep, 1), skip_empty);
}

std::vector<std::string_view> Split(std::string_view s, std::string_view sep, bool skip_empty) {
  std::vector<std::string_view> out;
  if (sep.empty()) {
    out.push_back(Trim(s));
    return out;
  }
  std::size_t start = 0;
  for (;;) {
    std::size_t end = s.find(sep, start);
    std::string_view piece =
        Trim(s.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
    if (!piece.empty() || !skip_empty) out.push_back(piece);
    if (end == std::string_view::npos) break;
    start = end + sep.size();
  }
  return out;
}

std::string Join(const std::vector<std::string>& parts, std::string_view sep) {
  std::string out;
  for (std::size_t idx = 0; idx < parts.size(); ++idx) {
    if (idx) out += sep;
    out += parts[idx];
  }
  return out;
}

void AppendFixed(double value, int decimals, std::string* out) {
  // Scores and shares (0 to a million, up to 4 decimals) have a shortcut: value x 10^decimals
  // rounded to an integer is the correctly rounded result whenever the product is not within
  // a millionth of a half (its own rounding error is far below that); ties and anything else
  // take the general path, which rounds exactly as printf does.
  static constexpr double kScale[] = {1, 10, 100, 1000, 10000};
  if (decimals >= 0 && decimals <= 4 && value >= 0 && value < 1e6) {
    const double scaled = value * kScale[decimals];
    const double below = std::floor(scaled);
    if (std::fabs(scaled - below - 0.5) > 1e-6) {
      const auto units = static_cast<std::uint64_t>(scaled - below > 0.5 ? below + 1 : below);
      const auto scale = static_cast<std::uint64_t>(kScale[decimals]);
      char buffer[32];
      auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), units / scale);
      if (decimals > 0) {
        *end++ = '.';
        std::uint64_t fraction = units % scale;
        for (int digit = decimals - 1; digit >= 0; --digit) {
          end[digit] = static_cast<char>('0' + fraction % 10);
          fraction /= 10;
        }
        end += decimals;
      }
      out->append(buffer, end);
      return;
    }
  }
  // The largest double has 309 digits before the point; precisions past 100 are cut there.
  char buffer[320 + 100];
  const auto [end, error] = std::to_chars(buffer, buffer + sizeof(buffer), value,
                                          std::chars_format::fixed, std::min(decimals, 100));
  if (error == std::errc()) out->append(buffer, end);
}

std::string FormatFixed(double value, int decimals) {
  std::string out;
  AppendFixed(value, decimals, &out);
  return out;
}

std::string CollapseWhitespace(std::string_view s) {
  std::string out(s);
  CollapseWhitespaceInPlace(&out);
  return out;
}

void CollapseWhitespaceInPlace(std::string* s) {
  // Written over from the front: what is kept never outruns what is read.
  std::string& text = *s;
  const std::string_view trimmed = Trim(text);
  const auto first = static_cast<std::size_t>(trimmed.data() - text.data());
  const std::size_t last = first + trimmed.size();
  std::size_t out = 0;
  bool pending_space = false;
  for (std::size_t pos = first; pos < last; ++pos) {
    const char c = text[pos];
    if (IsBlank(static_cast<unsigned char>(c))) {
      pending_space = true;
      continue;
    }
    // U+00A0 (no-break space), which lists use at random inside names, is a blank too.
    if (c == '\xC2' && pos + 1 < last && text[pos + 1] == '\xA0') {
      ++pos;
      pending_space = true;
      continue;
    }
    if (pending_space && out > 0) text[out++] = ' ';
    pending_space = false;
    text[out++] = c;
  }
  text.resize(out);
}

std::string Excerpt(std::string_view s, std::size_t max_chars) {
  std::string out;
  for (char c : s.substr(0, max_chars)) {
    unsigned char u = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (u < 0x20 || u == 0x7f) {
      out += '?';
    } else {
      out += c;
    }
  }
  // Do not cut a UTF-8 sequence in half.
  while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80) out.pop_back();
  if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();
  if (s.size() > max_chars) out += "...";
  return out;
}

bool ParseUint(std::string_view s, std::uint64_t* out) {
  if (s.empty() || s.size() > 19) return false;
  std::uint64_t value = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    value = value * 10 + static_cast<std::uint64_t>(c - '0');
  }
  *out = value;
  return true;
}

LineIndex::LineIndex(std::string_view data) {
  line_starts_.push_back(0);
  for (std::size_t pos = data.find('\n'); pos != std::string_view::npos;
       pos = data.find('\n', pos + 1)) {
    line_starts_.push_back(pos + 1);
  }
}

std::uint64_t LineIndex::LineOf(std::size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<std::uint64_t>(it - line_starts_.begin());
}

std::size_t FindInvalidUtf8(std::string_view s) {
  const auto* bytes = reinterpret_cast<const unsigned char*>(s.data());
  std::size_t size = s.size();
  std::size_t pos = 0;
  while (pos < size) {
    unsigned char c = bytes[pos];
    if (c < 0x80) {
      ++pos;
      continue;
    }
    std::size_t len = 0;
    std::uint32_t cp = 0;
    if ((c & 0xE0) == 0xC0) {
      len = 2;
      cp = c & 0x1F;
    } else if ((c & 0xF0) == 0xE0) {
      len = 3;
      cp = c & 0x0F;
    } else if ((c & 0xF8) == 0xF0) {
      len = 4;
      cp = c & 0x07;
    } else {
      return pos;
    }
    if (pos + len > size) return pos;
    for (std::size_t k = 1; k < len; ++k) {
      if ((bytes[pos + k] & 0xC0) != 0x80) return pos;
      cp = (cp << 6) | (bytes[pos + k] & 0x3F);
    }
    bool overlong =
        (len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return pos;
    pos += len;
  }
  return std::string_view::npos;
}

std::size_t Utf8SequenceLength(std::string_view text, std::size_t pos) {
  auto byte = [&](std::size_t index) { return static_cast<unsigned char>(text[index]); };
  unsigned char lead = byte(pos);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  unsigned char min_second = 0x80;
  unsigned char max_second = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) min_second = 0xA0;  // overlong
    if (lead == 0xED) max_second = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) min_second = 0x90;  // overlong
    if (lead == 0xF4) max_second = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (pos + length > text.size()) return 0;
  if (byte(pos + 1) < min_second || byte(pos + 1) > max_second) return 0;
  for (std::size_t index = pos + 2; index < pos + length; ++index) {
    if ((byte(index) & 0xC0) != 0x80) return 0;
  }
  return length;
}

std::string Windows1252ToUtf8(std::string_view s) {
  // Code points of bytes 0x80..0x9F in Windows-1252 (0 = undefined, kept as U+FFFD).
  static constexpr char16_t kHigh[32] = {
      0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
      0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
      0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};
  std::string out;
  out.reserve(s.size() + s.size() / 8);
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    std::uint32_t cp = c;
    if (c >= 0x80 && c < 0xA0) cp = kHigh[c - 0x80] ? kHigh[c - 0x80] : 0xFFFD;
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }
  return out;
}

}  // namespace cordon::base
