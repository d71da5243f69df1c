// HttpService over cpp-httplib: routing, API keys, limits, access log, metrics, reload.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <ctime>
#include <iostream>
#include <mutex>
#include <thread>

#include <httplib.h>

#include "cordon/server.h"

#include "server/json_out.h"
#include "server/match_api.h"
#include "server/metrics.h"
#include "server/openapi.h"

namespace cordon {
namespace {

using Clock = std::chrono::steady_clock;

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
}

// Compares without stopping at the first difference, so that timing reveals nothing of a key.
bool SameKey(const std::string& a, const std::string& b) {
  unsigned char diff = a.size() == b.size() ? 0 : 1;
  for (std::size_t i = 0; i < a.size(); ++i) {
    diff |= static_cast<unsigned char>(a[i] ^ b[i % std::max<std::size_t>(b.size(), 1)]);
  }
  return diff == 0;
}

bool KeyAllowed(const std::vector<std::string>& keys, const std::string& header) {
  const std::string prefix = "Bearer ";
  if (header.rfind(prefix, 0) != 0) return false;
  std::string key = header.substr(prefix.size());
  bool found = false;
  for (const std::string& allowed : keys) found |= SameKey(key, allowed);
  return found;
}

void SendJson(httplib::Response& res, int status, std::string body) {
  res.status = status;
  res.set_content(std::move(body), "application/json");
}

void SendError(httplib::Response& res, int status, const std::string& detail) {
  server::JsonOut json;
  json.BeginObject().Key("status").Int(status).Key("detail").String(detail).EndObject();
  SendJson(res, status, json.Take());
}

// The route pattern of a path, for metrics labels.
std::string RouteOf(const std::string& path) {
  for (const char* prefix : {"/match/", "/search/", "/entities/"}) {
    if (path.rfind(prefix, 0) == 0) {
      return std::string(prefix) + (std::string(prefix) == "/entities/" ? "{id}" : "{dataset}");
    }
  }
  for (const char* exact :
       {"/catalog", "/healthz", "/readyz", "/metrics", "/openapi.json", "/admin/reload"}) {
    if (path == exact) return exact;
  }
  return "other";
}

enum class Access { kOpen, kApi, kAdmin };

Access AccessOf(const std::string& path) {
  if (path == "/healthz" || path == "/readyz" || path == "/openapi.json") return Access::kOpen;
  if (path.rfind("/admin/", 0) == 0) return Access::kAdmin;
  return Access::kApi;
}

class Service final : public HttpService {
 public:
  Service(const ServerOptions& options, ScreenerLoader loader)
      : options_(options), loader_(std::move(loader)) {}

  Status Init() {
    if (!IsLoopback(options_.host) && options_.api_keys.empty() && !options_.insecure) {
      return Status::InvalidArgument(
          "refusing to listen on " + options_.host +
          " without API keys: give --api-keys FILE (or CORDON_API_KEYS), or --insecure");
    }
    auto start = Clock::now();
    auto screener = loader_();
    if (!screener) return screener.error();
    Install(std::move(*screener), Seconds(start));
    Routes();
    return Status::Ok();
  }

  Status Bind() override {
    if (bound_) return Status::Ok();
    if (options_.port == 0) {
      port_ = server_.bind_to_any_port(options_.host);
      if (port_ < 0) return Status::IoError("cannot bind " + options_.host);
    } else {
      if (!server_.bind_to_port(options_.host, options_.port)) {
        return Status::IoError("cannot bind " + options_.host + ":" +
                               std::to_string(options_.port) + " (in use, or not permitted)");
      }
      port_ = options_.port;
    }
    bound_ = true;
    return Status::Ok();
  }

  Status Listen() override {
    CORDON_RETURN_IF_ERROR(Bind());
    if (!server_.listen_after_bind() && !stopping_.load()) {
      return Status::IoError("the server stopped unexpectedly");
    }
    return Status::Ok();
  }

  int port() const override { return port_; }

  void Stop() override {
    stopping_ = true;
    server_.stop();
  }

  Status Reload() override {
    std::lock_guard<std::mutex> lock(reload_mutex_);
    auto start = Clock::now();
    auto screener = loader_();
    if (!screener) {
      metrics_.CountReload(false);
      return screener.error();
    }
    Install(std::move(*screener), Seconds(start));
    metrics_.CountReload(true);
    return Status::Ok();
  }

 private:
  struct Loaded {
    std::unique_ptr<Screener> screener;
    double seconds = 0;
    std::int64_t loaded_unix = 0;
  };

  static double Seconds(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
  }

  void Install(std::unique_ptr<Screener> screener, double seconds) {
    // The working memory of one query per core and the transliterators, before the index
    // takes requests: not in the first requests after a start or a reload.
    screener->Prepare(0);
    auto loaded = std::make_shared<Loaded>();
    loaded->screener = std::move(screener);
    loaded->seconds = seconds;
    loaded->loaded_unix = static_cast<std::int64_t>(std::time(nullptr));
    current_.store(std::shared_ptr<const Loaded>(std::move(loaded)));
  }

  std::shared_ptr<const Loaded> Current() const { return current_.load(); }

  Result<server::MatchParams> Params(const httplib::Request& req, const std::string& dataset,
                                     const Loaded& loaded) const {
    server::MatchParams params;
    params.filter.dataset = dataset;
    if (dataset != "default" && dataset != "all") {
      bool known = false;
      for (const auto& [name, count] : loaded.screener->info().datasets) known |= name == dataset;
      if (!known) return Status::NotFound("dataset '" + dataset + "' not found (see /catalog)");
    }
    auto number = [&](const char* name, double low, double high, double* out) -> Status {
      if (!req.has_param(name)) return Status::Ok();
      const std::string value = req.get_param_value(name);
      char* end = nullptr;
      double parsed = std::strtod(value.c_str(), &end);
      if (value.empty() || *end != '\0' || parsed < low || parsed > high) {
        return Status::InvalidArgument(std::string(name) + ": must be a number from " +
                                       std::to_string(low) + " to " + std::to_string(high));
      }
      *out = parsed;
      return Status::Ok();
    };
    double limit = 5;
    CORDON_RETURN_IF_ERROR(number("limit", 1, 500, &limit));
    if (limit != static_cast<double>(static_cast<std::size_t>(limit))) {
      return Status::InvalidArgument("limit: must be an integer");
    }
    params.limit = static_cast<std::size_t>(limit);
    CORDON_RETURN_IF_ERROR(number("threshold", 0, 1, &params.threshold));
    CORDON_RETURN_IF_ERROR(number("cutoff", 0, 1, &params.cutoff));
    auto list = [&](const char* name, std::vector<std::string>* out) {
      for (std::size_t i = 0; i < req.get_param_value_count(name); ++i) {
        out->push_back(req.get_param_value(name, i));
      }
    };
    list("include_dataset", &params.filter.include_datasets);
    list("exclude_dataset", &params.filter.exclude_datasets);
    list("exclude_schema", &params.filter.exclude_schemas);
    list("exclude_entity_ids", &params.filter.exclude_entity_ids);
    if (req.has_param("changed_since")) {
      params.filter.changed_since = req.get_param_value("changed_since");
      if (!ParsePartialDate(params.filter.changed_since)) {
        return Status::InvalidArgument("changed_since: not a date (YYYY-MM-DD)");
      }
    }
    return params;
  }

  static int HttpStatus(const Status& status) {
    switch (status.code()) {
      case StatusCode::kNotFound:
        return 404;
      case StatusCode::kResourceExhausted:
        return 413;
      case StatusCode::kInternal:
        return 500;
      default:
        return 400;
    }
  }

  std::string Catalog(const Loaded& loaded) const {
    const ScreenerInfo& info = loaded.screener->info();
    server::JsonOut json;
    json.BeginObject();
    json.Key("datasets").BeginArray();
    for (const auto& [name, count] : info.datasets) {
      json.BeginObject()
          .Key("name")
          .String(name)
          .Key("entity_count")
          .Int(static_cast<std::int64_t>(count));
      json.EndObject();
    }
    json.EndArray();
    json.Key("lists").Raw(info.metadata.empty() ? "{}" : info.metadata);
    json.Key("index").BeginObject();
    json.Key("entities").Int(static_cast<std::int64_t>(info.entities));
    json.Key("names").Int(static_cast<std::int64_t>(info.names));
    json.Key("bytes").Int(static_cast<std::int64_t>(info.bytes));
    json.Key("source").String(info.source);
    json.Key("built_unix").Int(info.created_unix);
    json.Key("loaded_unix").Int(loaded.loaded_unix);
    json.Key("load_seconds").Number(loaded.seconds);
    json.EndObject();
    json.EndObject();
    return json.Take();
  }

  std::string Gauges(const Loaded& loaded) const {
    const ScreenerInfo& info = loaded.screener->info();
    std::int64_t now = static_cast<std::int64_t>(std::time(nullptr));
    std::string out;
    auto gauge = [&](const char* name, const char* help, double value) {
      out += std::string("# HELP ") + name + " " + help + "\n# TYPE " + name + " gauge\n" + name +
             " " + std::to_string(value) + "\n";
    };
    gauge("cordon_index_entities", "Entities in the index.", static_cast<double>(info.entities));
    gauge("cordon_index_names", "Names in the index.", static_cast<double>(info.names));
    gauge("cordon_index_bytes", "Size of the index image.", static_cast<double>(info.bytes));
    gauge("cordon_index_huge_page_bytes",
          "Bytes of a mapped index image the kernel maps with 2 MiB pages.",
          static_cast<double>(loaded.screener->HugePageBytes()));
    gauge("cordon_index_age_seconds", "Seconds since the index was built from its lists.",
          static_cast<double>(now - info.created_unix));
    gauge("cordon_index_loaded_age_seconds", "Seconds since this index was loaded.",
          static_cast<double>(now - loaded.loaded_unix));
    return out;
  }

  void Routes() {
    unsigned threads = options_.threads;
    // cpp-httplib keeps a thread per open keep-alive connection: size the pool for connections.
    if (threads == 0) threads = std::max(256U, 32 * std::thread::hardware_concurrency());
    server_.new_task_queue = [threads] { return new httplib::ThreadPool(threads); };
    server_.set_payload_max_length(options_.max_body_bytes);
    server_.set_read_timeout(options_.timeout_seconds, 0);
    server_.set_write_timeout(options_.timeout_seconds, 0);
    server_.set_keep_alive_max_count(1000);
    server_.set_tcp_nodelay(true);  // responses go out in two writes: no 40 ms Nagle stall

    server_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      request_start_ = Clock::now();
      Access access = AccessOf(req.path);
      if (access == Access::kAdmin) {
        if (options_.admin_keys.empty()) {
          SendError(res, 403, "admin endpoints are disabled: start with --admin-keys FILE");
          return httplib::Server::HandlerResponse::Handled;
        }
        if (!KeyAllowed(options_.admin_keys, req.get_header_value("Authorization"))) {
          res.set_header("WWW-Authenticate", "Bearer");
          SendError(res, 401, "an admin key is required: Authorization: Bearer <key>");
          return httplib::Server::HandlerResponse::Handled;
        }
      } else if (access == Access::kApi && !options_.api_keys.empty() &&
                 !KeyAllowed(options_.api_keys, req.get_header_value("Authorization"))) {
        res.set_header("WWW-Authenticate", "Bearer");
        SendError(res, 401, "an API key is required: Authorization: Bearer <key>");
        return httplib::Server::HandlerResponse::Handled;
      }
      return httplib::Server::HandlerResponse::Unhandled;
    });

    // Counted before the response is written (the logger runs after): a client that reads
    // /metrics once its request is answered sees that request counted.
    server_.set_post_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
      metrics_.Observe(RouteOf(req.path), res.status, Seconds(request_start_));
    });
    server_.set_logger([this](const httplib::Request& req, const httplib::Response& res) {
      if (!options_.access_log) return;
      double seconds = Seconds(request_start_);
      server::JsonOut json;
      json.BeginObject();
      json.Key("time").Int(static_cast<std::int64_t>(std::time(nullptr)));
      json.Key("remote").String(req.remote_addr);
      json.Key("method").String(req.method);
      json.Key("path").String(req.path);
      json.Key("status").Int(res.status);
      json.Key("ms").Number(seconds * 1000);
      json.Key("bytes").Int(static_cast<std::int64_t>(res.body.size()));
      json.EndObject();
      std::string line = json.Take() + "\n";
      std::cerr << line;
    });

    server_.set_error_handler([](const httplib::Request& req, httplib::Response& res) {
      if (!res.body.empty()) return;
      if (res.status == 404) {
        SendError(res, 404, "no such endpoint: " + req.method + " " + req.path);
      } else if (res.status == 413) {
        SendError(res, 413, "request body too large");
      } else {
        SendError(res, res.status, "request failed");
      }
    });

    server_.set_exception_handler(
        [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
          std::string what = "internal error";
          try {
            if (error) std::rethrow_exception(error);
          } catch (const std::exception& e) {
            what += std::string(": ") + e.what();
          } catch (...) {
          }
          SendError(res, 500, what);
        });

    server_.Post(R"(/match/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      auto loaded = Current();
      auto params = Params(req, req.matches[1], *loaded);
      if (!params) return SendError(res, HttpStatus(params.error()), params.error().message());
      auto request = server::ParseMatchRequest(req.body);
      if (!request) return SendError(res, 400, request.error().message());
      SendJson(res, 200, server::RunMatch(*loaded->screener, *request, *params));
    });

    server_.Get(R"(/search/([^/]+))", [this](const httplib::Request& req, httplib::Response& res) {
      auto loaded = Current();
      auto params = Params(req, req.matches[1], *loaded);
      if (!params) return SendError(res, HttpStatus(params.error()), params.error().message());
      std::string text = req.get_param_value("q");
      if (text.empty()) return SendError(res, 400, "q: the name to search for is required");
      if (text.size() > 1000) return SendError(res, 400, "q: longer than 1000 bytes");
      SendJson(res, 200, server::RunSearch(*loaded->screener, text, *params));
    });

    server_.Get(R"(/entities/(.+))", [this](const httplib::Request& req, httplib::Response& res) {
      auto loaded = Current();
      const Entity* entity = loaded->screener->FindEntity(req.matches[1]);
      if (!entity)
        return SendError(res, 404, "entity '" + std::string(req.matches[1]) + "' not found");
      SendJson(res, 200, server::EntityJson(*entity));
    });

    server_.Get("/catalog", [this](const httplib::Request&, httplib::Response& res) {
      SendJson(res, 200, Catalog(*Current()));
    });

    server_.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
      SendJson(res, 200, "{\"status\":\"ok\"}");
    });

    server_.Get("/readyz", [this](const httplib::Request&, httplib::Response& res) {
      auto loaded = Current();
      if (!loaded || stopping_.load()) return SendError(res, 503, "not ready");
      server::JsonOut json;
      json.BeginObject().Key("status").String("ready");
      json.Key("entities").Int(static_cast<std::int64_t>(loaded->screener->entity_count()));
      json.EndObject();
      SendJson(res, 200, json.Take());
    });

    server_.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
      res.set_content(metrics_.Render(Gauges(*Current())), "text/plain; version=0.0.4");
    });

    server_.Get("/openapi.json", [](const httplib::Request&, httplib::Response& res) {
      SendJson(res, 200, std::string(server::OpenApiDocument()));
    });

    server_.Post("/admin/reload", [this](const httplib::Request&, httplib::Response& res) {
      auto start = Clock::now();
      Status status = Reload();
      if (!status.ok()) {
        return SendError(res, 500,
                         "reload failed; the previous index keeps serving: " + status.ToString());
      }
      auto loaded = Current();
      server::JsonOut json;
      json.BeginObject().Key("status").String("reloaded");
      json.Key("entities").Int(static_cast<std::int64_t>(loaded->screener->entity_count()));
      json.Key("names").Int(static_cast<std::int64_t>(loaded->screener->name_count()));
      json.Key("seconds").Number(Seconds(start));
      json.EndObject();
      SendJson(res, 200, json.Take());
    });
  }

  ServerOptions options_;
  ScreenerLoader loader_;
  httplib::Server server_;
  std::atomic<std::shared_ptr<const Loaded>> current_;
  std::mutex reload_mutex_;
  server::Metrics metrics_;
  std::atomic<bool> stopping_{false};
  bool bound_ = false;
  int port_ = 0;
  static thread_local Clock::time_point request_start_;
};

thread_local Clock::time_point Service::request_start_;

}  // namespace

Result<std::unique_ptr<HttpService>> HttpService::Create(const ServerOptions& options,
                                                         ScreenerLoader loader) {
  auto service = std::make_unique<Service>(options, std::move(loader));
  CORDON_RETURN_IF_ERROR(service->Init());
  return std::unique_ptr<HttpService>(std::move(service));
}

}  // namespace cordon
