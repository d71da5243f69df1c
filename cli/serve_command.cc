// `cordon serve`: the HTTP API (include/cordon/server.h) with keys from files or the
// environment, SIGHUP or a timer to reload the lists, SIGTERM/SIGINT to stop gracefully.
#include <cerrno>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <pthread.h>
#include <signal.h>
#include <thread>

#include "cordon/server.h"

#include "cli/commands.h"

namespace cordon::cli {
namespace {

struct ServeArgs {
  ListOptions lists;
  ServerOptions server;
  std::string api_keys_file;
  std::string admin_keys_file;
  int reload_every = 0;
  bool no_access_log = false;
};

// Keys from a file (one a line; blank lines and # comments skipped) and from an environment
// variable (comma-separated).
Result<std::vector<std::string>> ReadKeys(const std::string& path, const char* variable) {
  std::vector<std::string> keys;
  auto add = [&](std::string key) {
    while (!key.empty() && (key.back() == '\r' || key.back() == ' ')) key.pop_back();
    while (!key.empty() && key.front() == ' ') key.erase(0, 1);
    if (!key.empty() && key[0] != '#') keys.push_back(key);
  };
  if (!path.empty()) {
    std::ifstream in(path);
    if (!in) return Status::NotFound(path + ": cannot open the key file");
    std::string line;
    while (std::getline(in, line)) add(line);
    if (keys.empty()) return Status::InvalidArgument(path + ": no key in the file");
  }
  if (const char* env = std::getenv(variable)) {
    std::string value = env;
    std::size_t start = 0;
    while (start <= value.size()) {
      std::size_t end = value.find(',', start);
      if (end == std::string::npos) end = value.size();
      add(value.substr(start, end - start));
      start = end + 1;
    }
  }
  for (const std::string& key : keys) {
    if (key.size() < 16) {
      return Status::InvalidArgument(std::string("API keys must be at least 16 characters (from ") +
                                     (path.empty() ? variable : path) + ")");
    }
  }
  return keys;
}

void Log(const std::string& message) { std::cerr << "cordon: " << message << "\n" << std::flush; }

int RunServe(ServeArgs args) {
  auto api_keys = ReadKeys(args.api_keys_file, "CORDON_API_KEYS");
  if (!api_keys) return Fail(api_keys.error());
  auto admin_keys = ReadKeys(args.admin_keys_file, "CORDON_ADMIN_KEYS");
  if (!admin_keys) return Fail(admin_keys.error());
  args.server.api_keys = *api_keys;
  args.server.admin_keys = *admin_keys;
  args.server.access_log = !args.no_access_log;
  if (args.server.port < 0 || args.server.port > 65535) {
    return Fail(Status::InvalidArgument("--port must lie in [0, 65535]"));
  }

  // Signals go to one thread that waits for them; the server threads never see them.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGHUP);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  ListOptions lists = args.lists;
  unsigned threads = args.server.threads;
  auto service = HttpService::Create(
      args.server, [lists, threads] { return LoadScreener(lists, true, threads); });
  if (!service) return Fail(service.error());
  Status bound = (*service)->Bind();
  if (!bound.ok()) return Fail(bound);
  Log("serving on http://" + args.server.host + ":" + std::to_string((*service)->port()) +
      (args.server.api_keys.empty() ? " without API keys (loopback only)" : " with API keys") +
      (args.server.admin_keys.empty() ? "; admin endpoints disabled" : ""));

  std::atomic<bool> done{false};
  std::thread signal_thread([&] {
    std::time_t next_reload = args.reload_every > 0 ? std::time(nullptr) + args.reload_every : 0;
    while (!done.load()) {
      timespec wait{1, 0};
      int signal = sigtimedwait(&signals, nullptr, &wait);
      bool timer = next_reload != 0 && std::time(nullptr) >= next_reload;
      if (signal == SIGTERM || signal == SIGINT) {
        Log("stopping: requests in flight finish");
        (*service)->Stop();
        return;
      }
      if (signal == SIGHUP || timer) {
        Status status = (*service)->Reload();
        Log(status.ok() ? "index reloaded"
                        : "reload failed, the previous index keeps serving: " + status.ToString());
        if (args.reload_every > 0) next_reload = std::time(nullptr) + args.reload_every;
      }
    }
  });
  Status status = (*service)->Listen();
  done = true;
  (*service)->Stop();
  signal_thread.join();
  if (!status.ok()) return Fail(status);
  Log("stopped");
  return kExitOk;
}

}  // namespace

void RegisterServeCommand(CLI::App* app, Action* action) {
  auto args = std::make_shared<ServeArgs>();
  CLI::App* serve =
      app->add_subcommand("serve", "Serve the screening API over HTTP (yente-compatible /match)");
  AddListOptions(serve, &args->lists, false, true);
  serve->add_option("--host", args->server.host, "Address to listen on")->capture_default_str();
  serve->add_option("--port", args->server.port, "Port (0 = any free port)")->capture_default_str();
  serve
      ->add_option("--threads", args->server.threads,
                   "Request threads, one per open connection (0 = max(256, 32 x cores))")
      ->capture_default_str();
  serve->add_option("--api-keys", args->api_keys_file,
                    "File of API keys, one a line (also CORDON_API_KEYS, comma-separated)");
  serve->add_option("--admin-keys", args->admin_keys_file,
                    "File of admin keys for /admin/* (also CORDON_ADMIN_KEYS)");
  serve->add_flag("--insecure", args->server.insecure,
                  "Allow listening beyond loopback without API keys");
  serve->add_option("--max-body", args->server.max_body_bytes, "Largest request body, bytes")
      ->capture_default_str();
  serve->add_option("--timeout", args->server.timeout_seconds, "Socket timeouts, seconds")
      ->capture_default_str();
  serve
      ->add_option("--reload-every", args->reload_every,
                   "Reload the lists every N seconds (0 = only on SIGHUP or /admin/reload)")
      ->capture_default_str();
  serve->add_flag("--no-access-log", args->no_access_log, "No JSON access log on stderr");
  serve->callback([args, action]() { *action = [args]() { return RunServe(*args); }; });
}

}  // namespace cordon::cli
