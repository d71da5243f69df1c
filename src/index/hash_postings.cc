#include "index/hash_postings.h"

#include <algorithm>
#include <bit>
#include <limits>
#include <xxhash.h>

#include "index/array_checks.h"

namespace cordon::index {
namespace {

std::size_t SlotOf(std::uint64_t key, std::size_t mask) {
  // The key is already a good hash; fold the high bits in for the table position.
  return static_cast<std::size_t>(key ^ (key >> 29)) & mask;
}

// The bits of a slot that name its key's position + 1, among `key_count` keys.
unsigned EntryBits(std::size_t key_count) {
  return static_cast<unsigned>(std::bit_width(key_count));
}

// The tag of `key` in a slot whose low `entry_bits` bits name a key: its top 32 - entry_bits
// bits (SlotOf() takes low and middle ones). Shifts of at most 32 on 64 bits, each defined.
std::uint32_t TagOf(std::uint64_t key, unsigned entry_bits) {
  return static_cast<std::uint32_t>((key >> 32) >> entry_bits);
}

std::uint32_t SlotTag(std::uint32_t slot, unsigned entry_bits) {
  return static_cast<std::uint32_t>(std::uint64_t{slot} >> entry_bits);
}

std::uint32_t SlotEntry(std::uint32_t slot, unsigned entry_bits) {
  return static_cast<std::uint32_t>(slot & ((std::uint64_t{1} << entry_bits) - 1));
}

// Sorts `pairs` by key, then value. Keys are hashes, spread evenly: the pairs are first dealt
// into buckets by their keys' top bits (one pass that counts, one that moves), and each bucket,
// a few dozen pairs that fit in the cache, is sorted on its own. Several times faster than one
// sort of millions of pairs.
void SortPairs(std::vector<std::pair<std::uint64_t, std::uint32_t>>* pairs) {
  const std::size_t count = pairs->size();
  if (count < 4096) {
    std::sort(pairs->begin(), pairs->end());
    return;
  }
  const int bits = std::min(16, static_cast<int>(std::bit_width(count / 32)));
  const int shift = 64 - bits;
  std::vector<std::size_t> begin((std::size_t{1} << bits) + 1, 0);
  for (const auto& pair : *pairs) ++begin[(pair.first >> shift) + 1];
  for (std::size_t b = 1; b < begin.size(); ++b) begin[b] += begin[b - 1];
  std::vector<std::pair<std::uint64_t, std::uint32_t>> dealt(count);
  std::vector<std::size_t> fill(begin.begin(), begin.end() - 1);
  for (const auto& pair : *pairs) dealt[fill[pair.first >> shift]++] = pair;
  for (std::size_t b = 0; b + 1 < begin.size(); ++b) {
    std::sort(dealt.begin() + static_cast<std::ptrdiff_t>(begin[b]),
              dealt.begin() + static_cast<std::ptrdiff_t>(begin[b + 1]));
  }
  pairs->swap(dealt);
}

}  // namespace

std::uint64_t KeyHash(char kind, std::string_view text) {
  return XXH3_64bits_withSeed(text.data(), text.size(), static_cast<std::uint8_t>(kind));
}

void HashPostingsBuilder::Write(std::uint32_t first_id, SnapshotWriter* writer) {
  SortPairs(&pairs_);
  pairs_.erase(std::unique(pairs_.begin(), pairs_.end()), pairs_.end());
  std::vector<std::uint64_t> keys;
  std::vector<std::uint32_t> begins;
  std::vector<std::uint32_t> values;
  values.reserve(pairs_.size());
  for (const auto& [key, value] : pairs_) {
    if (keys.empty() || keys.back() != key) {
      keys.push_back(key);
      begins.push_back(static_cast<std::uint32_t>(values.size()));
    }
    values.push_back(value);
  }
  begins.push_back(static_cast<std::uint32_t>(values.size()));
  std::size_t table = std::bit_ceil(std::max<std::size_t>(16, keys.size() * 2));
  std::vector<std::uint32_t> slots(table, 0);
  const unsigned entry_bits = EntryBits(keys.size());
  for (std::uint32_t k = 0; k < keys.size(); ++k) {
    std::size_t slot = SlotOf(keys[k], table - 1);
    while (slots[slot] != 0) slot = (slot + 1) & (table - 1);
    slots[slot] = (k + 1) | static_cast<std::uint32_t>(std::uint64_t{TagOf(keys[k], entry_bits)}
                                                       << entry_bits);
  }
  pairs_.clear();
  pairs_.shrink_to_fit();
  writer->AddArray(first_id, keys);
  writer->AddArray(first_id + 1, begins);
  writer->AddArray(first_id + 2, values);
  writer->AddArray(first_id + 3, slots);
}

HashPostings::HashPostings(const SnapshotImage& image, std::uint32_t first_id)
    : keys_(image.Array<std::uint64_t>(first_id)),
      begins_(image.Array<std::uint32_t>(first_id + 1)),
      values_(image.Array<std::uint32_t>(first_id + 2)),
      slots_(image.Array<std::uint32_t>(first_id + 3)),
      entry_bits_(EntryBits(keys_.size())) {}

bool HashPostings::Consistent(std::uint64_t value_limit) const {
  if (begins_.size() != keys_.size() + 1 || slots_.empty() || !std::has_single_bit(slots_.size())) {
    return false;
  }
  if (begins_.back() != values_.size()) return false;
  if (!Ascending(begins_) || !AllBelow(values_, value_limit)) return false;
  // Every slot names a key or is empty (an entry of 0 - 1 wraps past every key), and one at
  // least is empty (lookups stop there).
  const auto mask = static_cast<std::uint32_t>((std::uint64_t{1} << entry_bits_) - 1);
  const auto key_count = static_cast<std::uint32_t>(keys_.size());
  std::uint32_t least = std::numeric_limits<std::uint32_t>::max();
  std::uint32_t stray = 0;
  for (std::uint32_t slot : slots_) {
    least = std::min(least, slot);
    stray |= static_cast<std::uint32_t>(slot != 0) &
             static_cast<std::uint32_t>((slot & mask) - 1 >= key_count);
  }
  return least == 0 && stray == 0;
}

void HashPostings::Prefetch(std::uint64_t key, int stage) const {
  if (slots_.empty()) return;
  const std::size_t slot = SlotOf(key, slots_.size() - 1);
  if (stage == 0) {
    __builtin_prefetch(&slots_[slot]);
    return;
  }
  const std::uint32_t held = slots_[slot];
  const std::uint32_t entry = SlotEntry(held, entry_bits_);
  if (entry == 0 || SlotTag(held, entry_bits_) != TagOf(key, entry_bits_)) return;
  if (stage == 1) {
    __builtin_prefetch(&keys_[entry - 1]);
    __builtin_prefetch(&begins_[entry - 1]);
  } else if (keys_[entry - 1] == key) {
    __builtin_prefetch(&values_[begins_[entry - 1]]);
  }
}

std::span<const std::uint32_t> HashPostings::Find(std::uint64_t key) const {
  if (slots_.empty()) return {};
  const std::size_t mask = slots_.size() - 1;
  const std::uint32_t tag = TagOf(key, entry_bits_);
  for (std::size_t slot = SlotOf(key, mask);; slot = (slot + 1) & mask) {
    const std::uint32_t held = slots_[slot];
    if (held == 0) return {};
    if (SlotTag(held, entry_bits_) != tag) continue;
    const std::uint32_t entry = SlotEntry(held, entry_bits_);
    if (keys_[entry - 1] == key) {
      return values_.subspan(begins_[entry - 1], begins_[entry] - begins_[entry - 1]);
    }
  }
}

}  // namespace cordon::index
