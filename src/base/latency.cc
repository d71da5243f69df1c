#include "base/latency.h"

#include <algorithm>
#include <bit>
#include <cmath>

namespace cordon::base {

int LatencyHistogram::BucketOf(std::uint64_t value) {
  if (value < (std::uint64_t{1} << kSubBits)) return static_cast<int>(value);
  int exponent = std::bit_width(value) - 1;  // >= kSubBits
  int shift = exponent - kSubBits;
  int sub = static_cast<int>((value >> shift) & ((1U << kSubBits) - 1));
  int bucket = ((shift + 1) << kSubBits) + sub;
  return std::min(bucket, kBuckets - 1);
}

std::uint64_t LatencyHistogram::UpperEdge(int bucket) {
  if (bucket < (1 << kSubBits)) return static_cast<std::uint64_t>(bucket);
  int shift = (bucket >> kSubBits) - 1;
  std::uint64_t sub = static_cast<std::uint64_t>(bucket & ((1 << kSubBits) - 1));
  return (((std::uint64_t{1} << kSubBits) + sub + 1) << shift) - 1;
}

void LatencyHistogram::Record(std::uint64_t nanoseconds) {
  ++buckets_[static_cast<std::size_t>(BucketOf(nanoseconds))];
  ++count_;
}

void LatencyHistogram::Merge(const LatencyHistogram& other) {
  for (std::size_t b = 0; b < buckets_.size(); ++b) buckets_[b] += other.buckets_[b];
  count_ += other.count_;
}

std::uint64_t LatencyHistogram::Percentile(double fraction) const {
  if (count_ == 0) return 0;
  auto rank = static_cast<std::uint64_t>(
      std::ceil(std::clamp(fraction, 0.0, 1.0) * static_cast<double>(count_)));
  rank = std::max<std::uint64_t>(rank, 1);
  std::uint64_t seen = 0;
  for (int b = 0; b < kBuckets; ++b) {
    seen += buckets_[static_cast<std::size_t>(b)];
    if (seen >= rank) return UpperEdge(b);
  }
  return UpperEdge(kBuckets - 1);
}

}  // namespace cordon::base
