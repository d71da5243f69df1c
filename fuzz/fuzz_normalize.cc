// Fuzzes name normalisation and scoring: any bytes must normalise to lower-case ASCII tokens,
// normalising twice changes nothing, and a name always scores 1 against itself when it has
// any token, and within [0, 1] against anything. The Latin respelling of a name written by
// sound (text::Respell()), the other readings of a name (text::OtherReadings()) and its Korean
// reading (text::SinoKoreanReading()) normalise like any name.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "match/name_scorer.h"
#include "match/prepared_name.h"
#include "text/normalize.h"
#include "text/transcription.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view input(reinterpret_cast<const char*>(data), size);
  std::string once = cordon::text::NormalizeText(input);
  for (char c : once) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ')) std::abort();
  }
  if (cordon::text::NormalizeText(once) != once) std::abort();
  for (char c : cordon::text::NormalizeText(cordon::text::Respell(input))) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ')) std::abort();
  }
  std::vector<std::string> readings = cordon::text::OtherReadings(input);
  readings.push_back(cordon::text::SinoKoreanReading(input));
  for (const std::string& reading : readings) {
    for (char c : cordon::text::NormalizeText(reading)) {
      if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' ')) std::abort();
    }
  }
  std::size_t half = size / 2;
  auto left = cordon::match::PrepareName(input.substr(0, half), nullptr);
  auto right = cordon::match::PrepareName(input.substr(half), nullptr);
  double score = cordon::match::ScoreName(left, right, nullptr).score;
  if (!(score >= 0.0 && score <= 1.0)) std::abort();
  if (!left.tokens.empty() && left.tokens.size() <= 16) {
    double self = cordon::match::ScoreName(left, left, nullptr).score;
    if (self < 0.85 - 1e-9) std::abort();
  }
  return 0;
}
