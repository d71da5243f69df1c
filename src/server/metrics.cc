#include "server/metrics.h"

#include <cstdio>
#include <map>

namespace cordon::server {
namespace {

std::string Format(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%.6g", value);
  return buffer;
}

}  // namespace

void Metrics::Observe(const std::string& route, int status, double seconds) {
  std::lock_guard<std::mutex> lock(mutex_);
  Series* series = nullptr;
  for (Series& candidate : series_) {
    if (candidate.status == status && candidate.route == route) series = &candidate;
  }
  if (!series) {
    series_.push_back(Series{route, status, 0, 0, {}});
    series = &series_.back();
  }
  ++series->count;
  series->sum += seconds;
  for (std::size_t b = 0; b < kBuckets.size(); ++b) {
    if (seconds <= kBuckets[b]) ++series->buckets[b];
  }
}

void Metrics::CountReload(bool ok) { ++(ok ? reloads_ok_ : reloads_failed_); }

std::string Metrics::Render(const std::string& gauges) const {
  std::string out;
  out += "# HELP cordon_http_requests_total HTTP requests by route and status.\n";
  out += "# TYPE cordon_http_requests_total counter\n";
  std::lock_guard<std::mutex> lock(mutex_);
  for (const Series& s : series_) {
    out += "cordon_http_requests_total{route=\"" + s.route + "\",status=\"" +
           std::to_string(s.status) + "\"} " + std::to_string(s.count) + "\n";
  }
  // The latency histogram by route (statuses summed).
  std::map<std::string, Series> by_route;
  for (const Series& s : series_) {
    Series& total = by_route[s.route];
    total.count += s.count;
    total.sum += s.sum;
    for (std::size_t b = 0; b < kBuckets.size(); ++b) total.buckets[b] += s.buckets[b];
  }
  out += "# HELP cordon_http_request_duration_seconds Time to answer a request.\n";
  out += "# TYPE cordon_http_request_duration_seconds histogram\n";
  for (const auto& [route, s] : by_route) {
    std::string label = "route=\"" + route + "\"";
    for (std::size_t b = 0; b < kBuckets.size(); ++b) {
      out += "cordon_http_request_duration_seconds_bucket{" + label + ",le=\"" +
             Format(kBuckets[b]) + "\"} " + std::to_string(s.buckets[b]) + "\n";
    }
    out += "cordon_http_request_duration_seconds_bucket{" + label + ",le=\"+Inf\"} " +
           std::to_string(s.count) + "\n";
    out += "cordon_http_request_duration_seconds_sum{" + label + "} " + Format(s.sum) + "\n";
    out += "cordon_http_request_duration_seconds_count{" + label + "} " + std::to_string(s.count) +
           "\n";
  }
  out += "# HELP cordon_index_reloads_total Index reloads by outcome.\n";
  out += "# TYPE cordon_index_reloads_total counter\n";
  out += "cordon_index_reloads_total{outcome=\"ok\"} " + std::to_string(reloads_ok_.load()) + "\n";
  out += "cordon_index_reloads_total{outcome=\"failed\"} " +
         std::to_string(reloads_failed_.load()) + "\n";
  out += gauges;
  return out;
}

}  // namespace cordon::server
