// Request counters and latency histograms in the Prometheus text format (`GET /metrics`).
#ifndef CORDON_SERVER_METRICS_H_
#define CORDON_SERVER_METRICS_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace cordon::server {

class Metrics {
 public:
  // The route label is a fixed pattern ("/match/{dataset}"), never the raw path.
  void Observe(const std::string& route, int status, double seconds);
  void CountReload(bool ok);
  // Prometheus exposition text; `gauges` are extra "name value" lines already formatted.
  std::string Render(const std::string& gauges) const;

 private:
  static constexpr std::array<double, 12> kBuckets = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005,
                                                      0.01,   0.025,   0.05,   0.1,   0.5,    1.0};
  struct Series {
    std::string route;
    int status = 0;
    std::uint64_t count = 0;
    double sum = 0;
    std::array<std::uint64_t, kBuckets.size()> buckets{};
  };
  mutable std::mutex mutex_;
  std::vector<Series> series_;
  std::atomic<std::uint64_t> reloads_ok_{0};
  std::atomic<std::uint64_t> reloads_failed_{0};
};

}  // namespace cordon::server

#endif  // CORDON_SERVER_METRICS_H_
