// A map from 64-bit key hashes to lists of 32-bit values, as four flat arrays that a snapshot
// stores and reads in place: distinct keys (sorted), the start of each key's values, the values,
// and an open-addressing table of key positions (power-of-two size, linear probing, load <= 0.5).
// A slot holds its key's position + 1 in its low bits (as many as the key count needs) and the
// key's top bits in the rest, its tag: a look-up of a key the map lacks, most of a fuzzy
// search's, reads its slot and stops there (a tag of 10 bits at three million keys passes one
// other key in 1,024), instead of reading the keys the slots name. A key found costs a miss
// for its slot, one for its key and start, one for its values; nothing is allocated.
#ifndef CORDON_INDEX_HASH_POSTINGS_H_
#define CORDON_INDEX_HASH_POSTINGS_H_

#include <cstdint>
#include <span>
#include <string_view>
#include <utility>
#include <vector>

#include "index/snapshot_file.h"

namespace cordon::index {

// 64-bit hash of a key of kind `kind` (a small tag that keeps key spaces apart).
std::uint64_t KeyHash(char kind, std::string_view text);

class HashPostingsBuilder {
 public:
  void Add(std::uint64_t key, std::uint32_t value) { pairs_.emplace_back(key, value); }
  void Reserve(std::size_t count) { pairs_.reserve(count); }
  // Writes sections first_id .. first_id + 3. Values of one key are sorted and distinct.
  void Write(std::uint32_t first_id, SnapshotWriter* writer);
  std::size_t pair_count() const { return pairs_.size(); }

 private:
  std::vector<std::pair<std::uint64_t, std::uint32_t>> pairs_;
};

class HashPostings {
 public:
  HashPostings() = default;
  HashPostings(const SnapshotImage& image, std::uint32_t first_id);
  std::span<const std::uint32_t> Find(std::uint64_t key) const;
  // Asks for the memory a Find(key) reads, one level at a time: stage 0 its slot, stage 1 (the
  // slot read) its key and start, stage 2 (those read) its values. A caller with many keys to
  // look up runs each stage over all of them before the next, so that the cache misses of
  // different keys overlap instead of following one another.
  void Prefetch(std::uint64_t key, int stage) const;
  std::size_t key_count() const { return keys_.size(); }
  std::size_t value_count() const { return values_.size(); }
  // False when the arrays do not fit together (a damaged image) or a value is >= `value_limit`.
  bool Consistent(std::uint64_t value_limit) const;

 private:
  std::span<const std::uint64_t> keys_;
  std::span<const std::uint32_t> begins_;
  std::span<const std::uint32_t> values_;
  std::span<const std::uint32_t> slots_;
  // A slot's low `entry_bits_` bits are its key's position + 1, the rest its key's tag.
  unsigned entry_bits_ = 0;
};

}  // namespace cordon::index

#endif  // CORDON_INDEX_HASH_POSTINGS_H_
