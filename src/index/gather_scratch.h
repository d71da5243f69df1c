// The per-query working memory of NameIndex::Gather (the candidate step): accumulator slots,
// the expansion cache, the two-hit rule's marks and the ranking buffers. Internal to the index.
#ifndef CORDON_INDEX_GATHER_SCRATCH_H_
#define CORDON_INDEX_GATHER_SCRATCH_H_

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <span>
#include <string>
#include <sys/mman.h>
#include <unordered_map>
#include <vector>

namespace cordon::index::gather {

// Accumulators for Candidates(), sized to the largest index seen, reused across queries. A
// slot is live for a query when its stamp is at least the query's: each unit of a query (see
// Gather) takes a fresh stamp above it, and the slot keeps the stamp of the last unit that
// credited it. 16 bytes, so that a slot never straddles two cache lines.
struct Slot {
  std::uint32_t stamp;  // of the last unit that credited the name
  std::uint32_t last;   // that unit's best credit so far: an index into Scratch::matched
  float total;          // query weight reached (x similarity), best per unit
  float listed;         // listed weight reached, alongside
};
static_assert(sizeof(Slot) == 16);

// The slots: zeroed memory the kernel may back with 2 MiB pages. At a million names they are
// 16 MB touched at random; on 4 KiB pages a fresh scratch would take six thousand page faults
// during its first queries.
class SlotArray {
 public:
  SlotArray() = default;
  SlotArray(const SlotArray&) = delete;
  SlotArray& operator=(const SlotArray&) = delete;
  ~SlotArray() { Release(); }

  std::size_t size() const { return size_; }
  Slot& operator[](std::size_t i) { return data_[i]; }

  // Writes every page of the slots now (they stay zero), so that no query takes the page
  // faults of fresh memory.
  void Touch() {
    if (data_ != nullptr) std::memset(static_cast<void*>(data_), 0, bytes_);
  }

  // `size` slots, all zero.
  void Reset(std::size_t size) {
    Release();
    constexpr std::size_t kHugePage = std::size_t{2} << 20;
    bytes_ =
        std::max<std::size_t>((size * sizeof(Slot) + kHugePage - 1) / kHugePage, 1) * kHugePage;
    void* memory =
        mmap(nullptr, bytes_, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (memory == MAP_FAILED) throw std::bad_alloc();
    madvise(memory, bytes_, MADV_HUGEPAGE);  // advice: without it, 4 KiB pages work as well
    data_ = static_cast<Slot*>(memory);      // fresh anonymous pages are zero
    size_ = size;
  }

 private:
  void Release() {
    if (data_ != nullptr) munmap(data_, bytes_);
    data_ = nullptr;
    size_ = 0;
  }

  Slot* data_ = nullptr;
  std::size_t size_ = 0;
  std::size_t bytes_ = 0;
};

struct Matched {
  std::uint32_t token;
  float credit;  // query weight x similarity
  float listed;  // listed token weight x similarity
  bool weak;     // reached by a loose key but hardly similar (see kStrongSimilarity in Gather)
};

// The listed tokens one query token has reached so far: its keys reach many tokens more than
// once. A small open-addressing table, emptied per query token by a generation; past half full
// (a loose key in exhaustive mode) Insert() says "unknown" and the caller looks for itself.
class TokenSet {
 public:
  void Clear() {
    if (++generation_ == 0) {  // wrapped: old entries would look current
      entries_.fill(Entry{});
      generation_ = 1;
    }
    size_ = 0;
  }
  enum class Inserted { kNew, kSeen, kFull };
  Inserted Insert(std::uint32_t token) {
    if (2 * size_ >= kSize) return Inserted::kFull;
    std::size_t slot = (token * 0x9E3779B1U) >> (32 - kBits);
    for (;; slot = (slot + 1) & (kSize - 1)) {
      Entry& entry = entries_[slot];
      if (entry.generation != generation_) {
        entry = Entry{token, generation_};
        ++size_;
        return Inserted::kNew;
      }
      if (entry.token == token) return Inserted::kSeen;
    }
  }

 private:
  static constexpr unsigned kBits = 11;
  static constexpr std::size_t kSize = std::size_t{1} << kBits;
  struct Entry {
    std::uint32_t token = 0;
    std::uint32_t generation = 0;
  };
  std::array<Entry, kSize> entries_{};
  std::uint32_t generation_ = 1;
  std::size_t size_ = 0;
};

// What one query token reaches in the index (cached in each scratch, see Candidates()).
struct Expansion {
  std::vector<Matched> matched;
  std::span<const std::uint32_t> direct;
  std::size_t cost = 0;
};

// A listed token of a common query unit (see the two-hit rule in Gather).
struct CommonToken {
  std::uint32_t token;
  std::uint32_t unit_stamp;
  std::uint32_t matched;  // its credits: an index into Scratch::matched
};

// A name while ranking: the query weight it reached (then its estimate), the listed weight it
// reached, and its id.
struct Ranked {
  float key;
  float listed;
  std::uint32_t name;
};

struct Scratch {
  std::unordered_map<std::string, Expansion> cache;
  std::uint64_t cache_owner = 0;  // NameIndex::instance_ the cache belongs to
  std::string cache_key;
  SlotArray slots;
  std::vector<std::uint32_t> touched;
  std::uint32_t stamp = 0;
  std::vector<Matched> matched;
  TokenSet reached;                  // of the query token being expanded
  std::vector<std::uint64_t> order;  // the names reached, as ranking keys
  std::vector<Ranked> ranked;
  // Hit counts of the two-hit rule (see Gather): `once` and `once + 1` of the current epoch.
  std::vector<std::uint8_t> marks;
  std::vector<std::uint32_t> eligible;  // the names common tokens may credit
  std::vector<CommonToken> common;      // the common units' listed tokens, by token
  std::vector<CommonToken> name_hits;   // those of one name, by unit
  std::uint8_t mark_epoch = 255;

  // A fresh stamp for a new query, with room for the stamps of its units.
  std::uint32_t StartQuery(std::size_t names) {
    if (slots.size() < names || stamp > 0xFFFF0000U) {
      slots.Reset(std::max(slots.size(), names));
      stamp = 0;
    }
    return ++stamp;
  }

  // Sizes the slots and marks for `names` names and touches their pages: a query on this
  // scratch then allocates nothing and takes no page fault.
  void Prepare(std::size_t names) {
    if (slots.size() < names) {
      slots.Reset(names);
      stamp = 0;
      slots.Touch();
    }
    if (marks.size() < names) {
      marks.assign(names, 0);
      mark_epoch = 1;
    }
  }

  // The `once` value of a fresh epoch of `marks` (odd; `once + 1` is "twice").
  std::uint8_t StartMarks(std::size_t names) {
    if (marks.size() < names || mark_epoch >= 253) {
      marks.assign(std::max(marks.size(), names), 0);
      mark_epoch = 1;
    } else {
      mark_epoch += 2;
    }
    return mark_epoch;
  }
};

// Scratches are leased per query from a pool rather than kept per thread: a server has many
// threads (one per connection) but only as many queries in flight as cores to run them, and a
// scratch holds a slot per listed name.
class ScratchPool {
 public:
  static ScratchPool& Get() {
    static ScratchPool* pool = new ScratchPool();
    return *pool;
  }
  // A thread gets back the scratch it used last when that one is free: its marks, slots and
  // expansion cache are then still in this core's caches rather than the other's.
  std::unique_ptr<Scratch> Acquire() {
    std::lock_guard<std::mutex> lock(mutex_);
    if (free_.empty()) return std::make_unique<Scratch>();
    auto pick = free_.end() - 1;
    for (auto it = free_.begin(); it != free_.end(); ++it) {
      if (it->get() == last_used_) pick = it;
    }
    std::unique_ptr<Scratch> scratch = std::move(*pick);
    free_.erase(pick);
    return scratch;
  }
  void Release(std::unique_ptr<Scratch> scratch) {
    last_used_ = scratch.get();
    std::lock_guard<std::mutex> lock(mutex_);
    free_.push_back(std::move(scratch));
  }

 private:
  std::mutex mutex_;
  std::vector<std::unique_ptr<Scratch>> free_;
  static inline thread_local const Scratch* last_used_ = nullptr;
};

class ScratchLease {
 public:
  ScratchLease() : scratch_(ScratchPool::Get().Acquire()) {}
  ~ScratchLease() { ScratchPool::Get().Release(std::move(scratch_)); }
  ScratchLease(const ScratchLease&) = delete;
  ScratchLease& operator=(const ScratchLease&) = delete;
  Scratch& operator*() { return *scratch_; }

 private:
  std::unique_ptr<Scratch> scratch_;
};

}  // namespace cordon::index::gather

#endif  // CORDON_INDEX_GATHER_SCRATCH_H_
