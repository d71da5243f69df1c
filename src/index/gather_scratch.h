// The per-query working memory of NameIndex::Gather (the candidate step): accumulator slots,
// the expansion cache, the two-hit rule's eligible bits and the ranking buffers. Internal to the
// index.
#ifndef CORDON_INDEX_GATHER_SCRATCH_H_
#define CORDON_INDEX_GATHER_SCRATCH_H_

#include <algorithm>
#include <array>
#include <bit>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <span>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "base/string_ids.h"

namespace cordon::index::gather {

// An allocator whose vectors grow without zeroing what they add: resize() leaves the new
// elements for the caller to write. A query's ranking buffers grow to its names reached, and
// zeroing them, only to write them over at once, took a hundredth of its instructions.
template <typename T>
struct UninitializedAllocator : std::allocator<T> {
  template <typename U>
  struct rebind {
    using other = UninitializedAllocator<U>;
  };
  UninitializedAllocator() = default;
  template <typename U>
  explicit UninitializedAllocator(const UninitializedAllocator<U>& /*other*/) noexcept {}
  template <typename U>
  void construct(U* at) noexcept(std::is_nothrow_default_constructible_v<U>) {
    ::new (static_cast<void*>(at)) U;  // default-initialised: no zeroing
  }
  template <typename U, typename... Args>
  void construct(U* at, Args&&... args) {
    ::new (static_cast<void*>(at)) U(std::forward<Args>(args)...);
  }
};

// Ranking keys (see SelectLargest()).
using Keys = std::vector<std::uint64_t, UninitializedAllocator<std::uint64_t>>;

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

// The slots of one query, by name. A query reaches a thousand names or so of a million, and a
// dense array of a slot per listed name (16 MB at a million names) took a cache miss on each:
// at that scale the slots are an open-addressing table that stays in the core's own cache. A
// list of up to kDenseNames names, or a query that reaches a quarter of the names (exhaustive
// screening, Reach()), keeps the dense array: a slot at the name's id, found without probing.
// A slot is live while its stamp is at least the query's first (see Scratch::StartQuery).
class SlotTable {
 public:
  static constexpr std::size_t kDenseNames = std::size_t{1} << 17;

  // Empties the table, at once, for a query over `names` names whose slots take stamps from
  // `first` on: the stamps of earlier queries, below it, mark empty slots.
  void Start(std::size_t names, std::uint32_t first) {
    names_ = names;
    first_ = first;
    size_ = 0;
    dense_ = names <= kDenseNames;
    if (dense_) {
      if (dense_slots_.size() < names) dense_slots_.resize(names);
    } else {
      Size(FirstCapacity(names));  // a small table again after a large query
    }
  }

  // Empties every slot for good: before the stamps wrap.
  void Clear() {
    std::fill(dense_slots_.begin(), dense_slots_.end(), Slot{});
    std::fill(entries_.begin(), entries_.end(), Entry{});
  }

  // The slot of `name`, or nullptr.
  [[gnu::always_inline]] Slot* Find(std::uint32_t name) {
    if (dense_) {
      Slot& slot = dense_slots_[name];
      return slot.stamp >= first_ ? &slot : nullptr;
    }
    for (std::size_t i = Home(name);; i = (i + 1) & mask_) {
      Entry& entry = entries_[i];
      if (entry.slot.stamp < first_) return nullptr;
      if (entry.name == name) return &entry.slot;
    }
  }

  // The slot of `name`; `fresh` when it was empty, and is then to be set (with a stamp of
  // this query).
  [[gnu::always_inline]] Slot& Insert(std::uint32_t name, bool* fresh) {
    if (dense_) {
      Slot& slot = dense_slots_[name];
      *fresh = slot.stamp < first_;
      if (*fresh) slot.stamp = first_;
      return slot;
    }
    for (std::size_t i = Home(name);; i = (i + 1) & mask_) {
      Entry& entry = entries_[i];
      if (entry.slot.stamp < first_) {
        if (2 * (size_ + 1) > mask_ + 1) return GrowAndInsert(name, fresh);
        entry.name = name;
        entry.slot.stamp = first_;
        ++size_;
        *fresh = true;
        return entry.slot;
      }
      if (entry.name == name) {
        *fresh = false;
        return entry.slot;
      }
    }
  }

  // Room for `count` names in all without growing one name at a time: a query knows, before
  // it walks postings, how many names they may reach at most.
  void Reserve(std::size_t count) {
    if (dense_ || 2 * count < mask_ + 1) return;
    Grow(std::bit_ceil(2 * count + 1));
  }

  // The dense array, when the table is one (a slot at each name's id, live from first()), or
  // nullptr: for loops that read many slots.
  Slot* dense() { return dense_ ? dense_slots_.data() : nullptr; }
  std::uint32_t first() const { return first_; }

  // Where `name`'s slot is likely to be, to be asked for ahead.
  [[gnu::always_inline]] const void* Address(std::uint32_t name) const {
    return dense_ ? static_cast<const void*>(&dense_slots_[name]) : &entries_[Home(name)];
  }

  // Sizes the table for queries over `names` names, its pages touched.
  void Prepare(std::size_t names) {
    if (names <= kDenseNames && dense_slots_.size() < names) dense_slots_.resize(names);
    if (entries_.size() < FirstCapacity(names)) entries_.resize(FirstCapacity(names));
  }

 private:
  // A query starts with room for a thirty-second of the names (half of the table's capacity),
  // between 2,048 and 32,768 of them. An empty table costs nothing to start (its stamps are
  // old) and a query touches only the entries it fills; growing moved every name reached so
  // far, and a query that reaches thousands of names of a million grew three or four times.
  // (Starting with room for 2,048 at a million names gave 5% fewer queries a second.)
  static std::size_t FirstCapacity(std::size_t names) {
    return std::clamp<std::size_t>(std::bit_ceil(names / 16), 4096, 65536);
  }
  struct Entry {
    std::uint32_t name = 0;
    Slot slot{};
  };

  [[gnu::always_inline]] std::size_t Home(std::uint32_t name) const {
    return (name * std::size_t{0x9E3779B97F4A7C15ULL}) >> shift_;
  }

  void Size(std::size_t capacity) {
    if (entries_.size() < capacity) entries_.resize(capacity);
    mask_ = capacity - 1;
    shift_ = 64 - static_cast<unsigned>(std::countr_zero(capacity));
  }

  // Insert() past half full: twice the capacity first.
  [[gnu::noinline]] Slot& GrowAndInsert(std::uint32_t name, bool* fresh) {
    Grow(2 * (mask_ + 1));
    return Insert(name, fresh);
  }

  // Moves the live entries to a table of `capacity` entries, or to the dense array when that
  // table would hold a quarter of the names or more. Their old places are emptied: the larger
  // table starts where the smaller one was.
  void Grow(std::size_t capacity) {
    moved_.clear();
    for (std::size_t i = 0; i <= mask_ && moved_.size() < size_; ++i) {
      if (entries_[i].slot.stamp >= first_) {
        moved_.push_back(entries_[i]);
        entries_[i].slot.stamp = 0;
      }
    }
    size_ = 0;
    if (4 * capacity >= names_) {
      if (dense_slots_.size() < names_) dense_slots_.resize(names_);
      dense_ = true;
      for (const Entry& entry : moved_) dense_slots_[entry.name] = entry.slot;
      return;
    }
    Size(capacity);
    for (const Entry& entry : moved_) {
      bool fresh = false;
      Insert(entry.name, &fresh) = entry.slot;
    }
  }

  std::vector<Slot> dense_slots_;
  std::vector<Entry> entries_;
  std::vector<Entry> moved_;
  std::size_t mask_ = 0;
  unsigned shift_ = 64;
  std::size_t size_ = 0;
  std::size_t names_ = 0;
  std::uint32_t first_ = 1;
  bool dense_ = false;
};

// Moves the keys of [first, last) greater than `pivot` to its front, in no order; returns where
// they end. Which keys are greater is a coin toss that a branch would miss half the time: each
// key is swapped with the first one not greater, whether or not it is greater itself, and that
// place moves on by the comparison's result (Lomuto's scheme, without branches).
inline std::uint64_t* PartitionAbove(std::uint64_t* first, std::uint64_t* last,
                                     std::uint64_t pivot) {
  std::uint64_t* store = first;
  for (std::uint64_t* it = first; it != last; ++it) {
    const std::uint64_t key = *it;
    *it = *store;
    *store = key;
    store += key > pivot ? 1 : 0;
  }
  return store;
}

// std::nth_element(first, kth, last, std::greater<>()) for distinct keys, by PartitionAbove()
// around a median of three; the last few keys (or an unlucky run of pivots) are left to
// nth_element. Its partitions' comparisons were the branches of a query that a processor
// misses most: on the OFAC list about 180 of a query's 2,100 (cachegrind's branch simulation).
inline void NthLargest(std::uint64_t* first, std::uint64_t* kth, std::uint64_t* last) {
  constexpr std::ptrdiff_t kFew = 24;
  constexpr int kRounds = 40;
  std::uint64_t* lo = first;
  std::uint64_t* hi = last;
  for (int round = 0; hi - lo > kFew && round < kRounds; ++round) {
    // Every key before `lo` is greater than every key from it on, every key from `hi` on
    // smaller than every key before it; kth is in [lo, hi).
    // The median of the first, middle and last keys, moved to the end while the rest are
    // partitioned, then to the first place after those greater.
    std::uint64_t* const middle = lo + (hi - lo) / 2;
    const std::uint64_t a = *lo;
    const std::uint64_t b = *middle;
    const std::uint64_t c = hi[-1];
    const std::uint64_t pivot = std::max(std::min(a, b), std::min(std::max(a, b), c));
    std::uint64_t* const at = pivot == a ? lo : pivot == b ? middle : hi - 1;
    std::swap(*at, hi[-1]);
    std::uint64_t* const above = PartitionAbove(lo, hi - 1, pivot);
    std::swap(*above, hi[-1]);
    if (kth < above) {
      hi = above;
      continue;
    }
    if (kth == above) return;
    lo = above + 1;
  }
  std::nth_element(lo, kth, hi, std::greater<>());
}

// Moves the `k` largest of `keys` (distinct) to its front, the k-th largest last of them and
// the others in no order, as std::nth_element(first, first + k - 1, last, std::greater<>())
// does. The keys after them keep at least every key whose top 32 bits equal the k-th
// largest's (BreakLeadTies() reads those); the rest may be dropped. Fewer than k + 1 keys
// stay as they are.
// nth_element's introselect compares in branches that a processor cannot predict: on the OFAC
// list, choosing a query's leading few hundred names among a thousand or more so took a
// twentieth of its time. Past kFewKeys keys, a histogram of their top 32 bits, in at most
// kBuckets buckets over the range they span, finds the bucket of the k-th largest; one pass
// without branches moves the keys of the buckets above it to the front and those of its bucket
// to `spare`; NthLargest() orders only these.
inline void SelectLargest(std::size_t k, Keys* keys, Keys* spare) {
  const std::size_t n = keys->size();
  if (k >= n) return;
  if (k == 0) {
    keys->clear();
    return;
  }
  // A few hundred keys: a selection by partitions takes fewer instructions than the passes
  // below.
  constexpr std::size_t kFewKeys = 1024;
  if (n <= kFewKeys) {
    NthLargest(keys->data(), keys->data() + k - 1, keys->data() + n);
    return;
  }
  std::uint64_t* const data = keys->data();
  auto top = [](std::uint64_t key) { return static_cast<std::uint32_t>(key >> 32); };
  std::uint32_t low = top(data[0]);
  std::uint32_t high = low;
  for (std::size_t i = 1; i < n; ++i) {
    low = std::min(low, top(data[i]));
    high = std::max(high, top(data[i]));
  }
  constexpr unsigned kBucketBits = 8;
  constexpr std::size_t kBuckets = std::size_t{1} << kBucketBits;
  const auto width = static_cast<unsigned>(std::bit_width(high - low));
  const unsigned shift = width > kBucketBits ? width - kBucketBits : 0;
  std::array<std::uint32_t, kBuckets> counts;
  const std::size_t buckets = ((high - low) >> shift) + 1;
  std::fill_n(counts.begin(), buckets, 0U);
  for (std::size_t i = 0; i < n; ++i) ++counts[(top(data[i]) - low) >> shift];
  // The bucket of the k-th largest, and how many keys the buckets above it hold.
  std::size_t cut = buckets - 1;
  std::size_t above = 0;
  while (above + counts[cut] < k) above += counts[cut--];
  spare->resize(counts[cut] + 1);  // (each key is written there, then kept or not)
  std::uint64_t* const same = spare->data();
  std::size_t front = 0;
  std::size_t tied = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const std::uint64_t key = data[i];
    const std::size_t bucket = (top(key) - low) >> shift;
    data[front] = key;  // (front <= i: that key is read)
    front += bucket > cut;
    same[tied] = key;
    tied += bucket == cut;
  }
  std::copy(same, same + tied, data + front);
  keys->resize(front + tied);
  NthLargest(keys->data() + front, keys->data() + k - 1, keys->data() + keys->size());
}

struct Matched {
  std::uint32_t token;
  float credit;  // query weight x similarity
  float listed;  // listed token weight x similarity
  bool weak;     // reached by a loose key but hardly similar (see kStrongSimilarity in Gather)
};

// Initials looked up as one word ("b s" -> "bs"): runs of up to this many.
inline constexpr std::size_t kMaxSpelledRun = 6;

// What Gather looks up for one query token (and for each adjacent pair, joined): the listed
// tokens it reaches, as a range of Scratch::matched with their credits, and the names reached
// directly through name keys.
struct Unit {
  std::size_t matched_begin;
  std::size_t matched_end;
  std::span<const std::uint32_t> direct;
  float direct_credit;
  std::size_t cost;      // the postings of its listed tokens and its direct names
  bool spelled = false;  // a run of initials looked up whole: `run`
  std::array<char, kMaxSpelledRun> run{};
  std::uint32_t direct_matched = 0;  // direct_credit's entry in matched, outside any range
  bool low_information = false;  // a legal form's, generic word's, particle's... (a pair's: both)
};

// Writes to `out` the names of `postings` whose bit is set in `bits`, in their order, and
// returns how many. Each name is written whatever its bit and the count advances by the bit, so
// that the loop has no branch to mispredict: a common token's postings hit the eligible names at
// random. (The bits, 128 KB at a million names, stay in the core's cache: asking for them ahead
// gained nothing.) `out` has room for all the postings.
inline std::size_t SelectMarked(std::span<const std::uint32_t> postings, const std::uint64_t* bits,
                                std::uint32_t* out) {
  std::size_t count = 0;
  for (const std::uint32_t name : postings) {
    out[count] = name;
    count += (bits[name >> 6] >> (name & 63)) & 1;
  }
  return count;
}

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

// A growing list of name ids whose append stays inline in Gather's loops: there
// std::vector::push_back was compiled as a call (2.5% of an OFAC query's instructions).
class NameList {
 public:
  void push_back(std::uint32_t name) {
    if (size_ == capacity_) [[unlikely]]
      Grow();
    data_[size_++] = name;
  }
  void clear() { size_ = 0; }
  std::size_t size() const { return size_; }
  bool empty() const { return size_ == 0; }
  std::uint32_t operator[](std::size_t i) const { return data_[i]; }
  const std::uint32_t* begin() const { return data_.get(); }
  const std::uint32_t* end() const { return data_.get() + size_; }

 private:
  [[gnu::noinline]] void Grow() {
    const std::size_t capacity = std::max<std::size_t>(1024, 2 * capacity_);
    auto grown = std::make_unique<std::uint32_t[]>(capacity);
    std::copy(begin(), end(), grown.get());
    data_ = std::move(grown);
    capacity_ = capacity;
  }
  std::unique_ptr<std::uint32_t[]> data_;
  std::size_t size_ = 0;
  std::size_t capacity_ = 0;
};

// A listed token of a common query unit (see the two-hit rule in Gather).
struct CommonToken {
  std::uint32_t token;
  std::uint32_t unit_stamp;
  std::uint32_t matched;  // its credits: an index into Scratch::matched
};

// A leading name while ranking: its slot (whose weights reached become the shares of the
// query's and of the name's weight) and its id.
struct Ranked {
  Slot* slot;
  std::uint32_t name;
};

struct Scratch {
  // What query tokens reach (see Gather): a token's key gives its place in `expansions`.
  base::StringIds cache;
  std::vector<Expansion> expansions;
  std::uint64_t cache_owner = 0;  // NameIndex::instance_ the cache belongs to
  std::string cache_key;
  SlotTable slots;
  NameList touched;         // the names in `slots`, in the order reached
  std::uint32_t stamp = 0;  // the last given: to a query, or to one of its units
  std::vector<Matched> matched;
  TokenSet reached;  // of the query token being expanded
  Keys order;        // the names reached, as ranking keys
  Keys spare;        // SelectLargest()'s
  std::vector<Ranked, UninitializedAllocator<Ranked>> ranked;
  // The names eligible under the two-hit rule (see Gather), a bit each: 128 KB at a million
  // names, which the core's cache keeps. All clear between queries (a query clears the words
  // it set: those of its `eligible` names).
  std::vector<std::uint64_t> eligible_bits;
  std::vector<std::uint32_t> eligible;   // the names common tokens may credit
  std::vector<CommonToken> common;       // the common units' listed tokens, by token
  std::vector<std::uint32_t> counted;    // the listed tokens whose hits make names eligible
  std::vector<std::uint64_t> pair_keys;  // the pairs of them looked up (PairKey())
  std::vector<CommonToken> name_hits;    // those of one name, by unit
  std::vector<std::uint32_t> marked;     // SelectMarked()'s, of one listed token

  // Credits `name` with the credits of matched[m] for the unit of stamp `unit`: a unit counts
  // once per name, with the best credit of the listed tokens it reached there. (`slot` is the
  // name's, `fresh` when it was empty.)
  [[gnu::always_inline]] void Credit(Slot& slot, bool fresh, std::uint32_t name, std::uint32_t m,
                                     std::uint32_t unit) {
    const Matched& credited = matched[m];
    if (fresh) {
      slot = Slot{unit, m, credited.credit, credited.listed};
      touched.push_back(name);
    } else if (slot.stamp != unit) {
      slot.stamp = unit;
      slot.last = m;
      slot.total += credited.credit;
      slot.listed += credited.listed;
    } else if (const Matched& last = matched[slot.last]; credited.credit > last.credit) {
      slot.total += credited.credit - last.credit;
      slot.listed += credited.listed - last.listed;
      slot.last = m;
    }
  }
  // Credit(), the slot found or made.
  [[gnu::always_inline]] void Add(std::uint32_t name, std::uint32_t m, std::uint32_t unit) {
    bool fresh = false;
    Slot& slot = slots.Insert(name, &fresh);
    Credit(slot, fresh, name, m, unit);
  }

  // Empty slots for a new query over `names` names; returns its stamp, which its units' stamps
  // follow.
  std::uint32_t StartQuery(std::size_t names) {
    if (stamp > 0xFFFF0000U) {
      slots.Clear();
      stamp = 0;
    }
    slots.Start(names, ++stamp);
    touched.clear();
    return stamp;
  }

  // Sizes the slots and eligible bits for `names` names and touches their pages: a query on
  // this scratch then allocates nothing and takes no page fault.
  void Prepare(std::size_t names) {
    slots.Prepare(names);
    SizeEligibleBits(names);
  }

  void SizeEligibleBits(std::size_t names) {
    const std::size_t words = (names + 63) / 64;
    if (eligible_bits.size() < words) eligible_bits.resize(words, 0);
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
