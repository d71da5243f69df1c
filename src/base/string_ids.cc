#include "base/string_ids.h"

#include <algorithm>
#include <bit>
#include <xxhash.h>

namespace cordon::base {

std::uint64_t StringIds::HashOf(std::string_view key) {
  const std::uint64_t hash = XXH3_64bits(key.data(), key.size());
  return hash == 0 ? 1 : hash;
}

std::size_t StringIds::SlotOf(std::string_view key, std::uint64_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  // The low bits pick the slot; the hash compared first rules out almost every other key
  // before its bytes are read.
  for (std::size_t slot = static_cast<std::size_t>(hash) & mask;; slot = (slot + 1) & mask) {
    const Slot& entry = slots_[slot];
    if (entry.hash == 0) return slot;
    if (entry.hash == hash && entry.key_size == key.size() &&
        std::string_view(keys_).substr(entry.key_offset, entry.key_size) == key) {
      return slot;
    }
  }
}

std::pair<std::uint32_t, bool> StringIds::TryEmplace(std::string_view key, std::uint32_t value) {
  if (2 * (count_ + 1) > slots_.size()) Grow();
  const std::uint64_t hash = HashOf(key);
  Slot& entry = slots_[SlotOf(key, hash)];
  if (entry.hash != 0) return {entry.value, false};
  entry.hash = hash;
  entry.key_offset = keys_.size();
  entry.key_size = static_cast<std::uint32_t>(key.size());
  entry.value = value;
  keys_.append(key);
  ++count_;
  return {value, true};
}

const std::uint32_t* StringIds::Find(std::string_view key) const {
  if (slots_.empty()) return nullptr;
  const Slot& entry = slots_[SlotOf(key, HashOf(key))];
  return entry.hash == 0 ? nullptr : &entry.value;
}

void StringIds::Reserve(std::size_t count) {
  if (2 * count > slots_.size()) Grow(std::bit_ceil(2 * count));
}

void StringIds::Grow(std::size_t capacity) {
  std::vector<Slot> old;
  old.swap(slots_);
  slots_.assign(std::max({capacity, old.size() * 2, std::size_t{64}}), Slot{});
  const std::size_t mask = slots_.size() - 1;
  for (const Slot& entry : old) {
    if (entry.hash == 0) continue;
    std::size_t slot = static_cast<std::size_t>(entry.hash) & mask;
    while (slots_[slot].hash != 0) slot = (slot + 1) & mask;
    slots_[slot] = entry;
  }
}

void StringIds::Clear() {
  std::vector<Slot>().swap(slots_);
  std::string().swap(keys_);
  count_ = 0;
}

}  // namespace cordon::base
