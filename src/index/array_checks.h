// Load-time checks of a snapshot's arrays against their bounds. Each is one pass without
// branches, which the compiler vectorises: the arrays of a million-name snapshot hold millions
// of entries, and a loop that left at the first fault ran an entry at a time.
#ifndef CORDON_INDEX_ARRAY_CHECKS_H_
#define CORDON_INDEX_ARRAY_CHECKS_H_

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

namespace cordon::index {

// Whether no entry is greater than the next.
template <typename T>
bool Ascending(std::span<const T> values) {
  bool descending = false;
  for (std::size_t k = 0; k + 1 < values.size(); ++k) descending |= values[k] > values[k + 1];
  return !descending;
}

// Whether every entry is below `limit`.
inline bool AllBelow(std::span<const std::uint32_t> values, std::uint64_t limit) {
  std::uint32_t most = 0;
  for (std::uint32_t value : values) most = std::max(most, value);
  return values.empty() || most < limit;
}

}  // namespace cordon::index

#endif  // CORDON_INDEX_ARRAY_CHECKS_H_
