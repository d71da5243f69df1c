// The synthetic generators' randomness: std::mt19937_64 is specified bit for bit by the standard;
// the distributions are ours (modulo and a 53-bit fraction), so a seed gives the same output with
// any standard library.
#ifndef CORDON_SYNTH_RNG_H_
#define CORDON_SYNTH_RNG_H_

#include <cstddef>
#include <cstdint>
#include <random>
#include <span>
#include <vector>

namespace cordon::synth {

class Rng {
 public:
  explicit Rng(std::uint64_t seed) : engine_(seed) {}
  // A number in [0, n), n > 0. The modulo bias is negligible for the sizes used here.
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(engine_() % n); }
  // A number in [low, high].
  int Between(int low, int high) {
    return low + static_cast<int>(Below(static_cast<std::size_t>(high - low + 1)));
  }
  bool Chance(double p) { return static_cast<double>(engine_() >> 11) * 0x1.0p-53 < p; }
  template <typename T, std::size_t N>
  const T& Pick(const T (&items)[N]) {
    return items[Below(N)];
  }
  template <typename T>
  const T& Pick(const std::vector<T>& items) {
    return items[Below(items.size())];
  }
  template <typename T>
  const T& Pick(std::span<const T> items) {
    return items[Below(items.size())];
  }
  // An item of a list ordered from the most frequent, favouring the first: with `levels` 1, rank
  // r (of n) has a probability of about ln(n / (r + 1)) / n, so the first of 80 items is drawn
  // 5 times as often as under Pick; each further level makes the head steeper (levels 2: the
  // first of 80 is drawn about 16% of the time). Levels 0 is Pick.
  template <typename T>
  const T& PickSkewed(std::span<const T> items, int levels) {
    std::size_t bound = items.size();
    for (int level = 0; level < levels; ++level) bound = 1 + Below(bound);
    return items[Below(bound)];
  }

 private:
  std::mt19937_64 engine_;
};

}  // namespace cordon::synth

#endif  // CORDON_SYNTH_RNG_H_
