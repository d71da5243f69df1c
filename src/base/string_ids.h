// StringIds: strings mapped to 32-bit values, for the large dictionaries of a build (a list's
// entity ids; the index builder's token ids, interned strings and canonical forms). A flat
// open-addressing table of slots holding each key's hash, its place in one arena of keys and
// its value (power-of-two size, linear probing, at most half full). A look-up hashes the key
// once and reads, almost always, one slot and one key; a node-based map reads a bucket, a node
// and often a chain of nodes, each a cache miss, and divides by its bucket count. At a million
// names the builder looks up several million tokens.
#ifndef CORDON_BASE_STRING_IDS_H_
#define CORDON_BASE_STRING_IDS_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace cordon::base {

class StringIds {
 public:
  // The value stored for `key`, and false; or, when `key` is new, `value` (now stored for it)
  // and true.
  std::pair<std::uint32_t, bool> TryEmplace(std::string_view key, std::uint32_t value);
  // The value stored for `key`, or nullptr.
  const std::uint32_t* Find(std::string_view key) const;
  std::size_t size() const { return count_; }
  // Room for `count` keys without growing.
  void Reserve(std::size_t count);
  void Clear();

 private:
  struct Slot {
    std::uint64_t hash = 0;  // 0: empty (a key hashing to 0 is stored as 1)
    std::uint64_t key_offset = 0;
    std::uint32_t key_size = 0;
    std::uint32_t value = 0;
  };
  static std::uint64_t HashOf(std::string_view key);
  // The slot holding `key`, or the empty slot where it would go.
  std::size_t SlotOf(std::string_view key, std::uint64_t hash) const;
  // Doubles the slots (at least 64), or sizes them to `capacity` (a power of two) when larger.
  void Grow(std::size_t capacity = 0);

  std::vector<Slot> slots_;
  std::string keys_;
  std::size_t count_ = 0;
};

}  // namespace cordon::base

#endif  // CORDON_BASE_STRING_IDS_H_
