// The HTTP service: `cordon serve`. A yente-compatible API over one Screener that can be
// replaced while requests are in flight (reload), with API keys, limits, metrics and an
// OpenAPI document. docs/server.md describes every endpoint.
//
//   cordon::ServerOptions options;
//   options.port = 8000;
//   auto service = cordon::HttpService::Create(options, [] { return LoadMyScreener(); });
//   (*service)->Listen();  // blocks until Stop()
#ifndef CORDON_SERVER_H_
#define CORDON_SERVER_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cordon/result.h"
#include "cordon/screen.h"
#include "cordon/status.h"

namespace cordon {

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8000;       // 0 picks a free port (see HttpService::port())
  unsigned threads = 0;  // request threads, one per open connection; 0 = max(256, 32 x cores)
  std::vector<std::string> api_keys;    // Bearer keys for the API; none = open, loopback only
  std::vector<std::string> admin_keys;  // Bearer keys for /admin/*; none = admin disabled
  bool insecure = false;                // allow a non-loopback host without API keys
  std::size_t max_body_bytes = 1 << 20;
  int timeout_seconds = 10;  // socket read and write timeouts
  bool access_log = true;    // one JSON line per request on stderr
};

// Builds (or maps) the index: called at start-up and on every reload.
using ScreenerLoader = std::function<Result<std::unique_ptr<Screener>>()>;

class HttpService {
 public:
  // Loads the first index and checks the options (a non-loopback host without API keys is
  // refused unless `insecure`).
  static Result<std::unique_ptr<HttpService>> Create(const ServerOptions& options,
                                                     ScreenerLoader loader);
  virtual ~HttpService() = default;

  // Binds and serves until Stop(). Returns an error when the address cannot be bound.
  virtual Status Listen() = 0;
  // Binds only (the port is then known); Listen() serves on it.
  virtual Status Bind() = 0;
  virtual int port() const = 0;
  // Stops accepting; requests in flight finish. Safe from any thread.
  virtual void Stop() = 0;
  // Builds a new index with the loader and swaps it in atomically; requests in flight finish
  // on the old one. On failure the old index keeps serving and the error is returned.
  virtual Status Reload() = 0;
};

}  // namespace cordon

#endif  // CORDON_SERVER_H_
