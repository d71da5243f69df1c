// `cordon serve` as a process: it prints its address, answers, reloads on SIGHUP, keeps the
// old index when a reload fails, and stops cleanly on SIGTERM.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <regex>
#include <signal.h>
#include <sstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

#include <gtest/gtest.h>
#include <httplib.h>

#include "cli/cli_test_util.h"

namespace cordon {
namespace {

namespace fs = std::filesystem;

std::string ReadText(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// Waits until `path` contains `text` (or the timeout passes).
bool WaitFor(const fs::path& path, const std::string& text, int seconds = 20) {
  auto until = std::chrono::steady_clock::now() + std::chrono::seconds(seconds);
  while (std::chrono::steady_clock::now() < until) {
    if (ReadText(path).find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  return false;
}

class ServeProcess {
 public:
  explicit ServeProcess(const std::vector<std::string>& args) {
    dir_ = fs::temp_directory_path() / ("cordon_serve_test_" + std::to_string(::getpid()));
    fs::create_directories(dir_);
    log_ = dir_ / "serve.log";
    pid_ = ::fork();
    if (pid_ == 0) {
      FILE* log = std::fopen(log_.c_str(), "w");
      ::dup2(fileno(log), 2);
      std::vector<std::string> all = {testing::CordonBinary(), "serve"};
      all.insert(all.end(), args.begin(), args.end());
      std::vector<char*> argv;
      for (std::string& arg : all) argv.push_back(arg.data());
      argv.push_back(nullptr);
      ::execv(argv[0], argv.data());
      std::_Exit(127);
    }
  }
  ~ServeProcess() {
    if (pid_ > 0 && !waited_) {
      ::kill(pid_, SIGKILL);
      ::waitpid(pid_, nullptr, 0);
    }
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }
  int Port() {
    if (!WaitFor(log_, "serving on http://")) return -1;
    std::smatch match;
    std::string text = ReadText(log_);
    if (!std::regex_search(text, match, std::regex(R"(http://127\.0\.0\.1:(\d+))"))) return -1;
    return std::stoi(match[1]);
  }
  int Terminate() {
    ::kill(pid_, SIGTERM);
    int status = 0;
    ::waitpid(pid_, &status, 0);
    waited_ = true;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  }
  void Signal(int signal) { ::kill(pid_, signal); }
  const fs::path& log() const { return log_; }
  const fs::path& dir() const { return dir_; }

 private:
  pid_t pid_ = -1;
  bool waited_ = false;
  fs::path dir_;
  fs::path log_;
};

TEST(ServeCommand, ServesReloadsOnSighupAndStopsOnSigterm) {
  fs::path list =
      fs::temp_directory_path() / ("cordon_serve_list_" + std::to_string(::getpid()) + ".csv");
  std::ofstream(list) << "id,name,schema\nttp,Tehrik-e Taliban Pakistan,Organization\n";
  ServeProcess serve({"--list", list.string(), "--port", "0"});
  int port = serve.Port();
  ASSERT_GT(port, 0) << ReadText(serve.log());
  httplib::Client client("127.0.0.1", port);
  auto health = client.Get("/healthz");
  ASSERT_TRUE(health);
  EXPECT_EQ(health->status, 200);
  EXPECT_EQ(client.Get("/entities/list:bla")->status, 404) << ReadText(serve.log());

  // A new designation appears in the list file; SIGHUP picks it up.
  std::ofstream(list, std::ios::app) << "bla,Balochistan Liberation Army,Organization\n";
  serve.Signal(SIGHUP);
  ASSERT_TRUE(WaitFor(serve.log(), "index reloaded")) << ReadText(serve.log());
  auto search = client.Get("/search/default?q=Balochistan%20Liberation%20Army");
  ASSERT_TRUE(search);
  EXPECT_NE(search->body.find("Balochistan"), std::string::npos) << search->body;

  // A broken list: the reload fails, the last good index keeps serving.
  std::ofstream(list, std::ios::trunc) << "id,name\n\"unterminated\n";
  serve.Signal(SIGHUP);
  ASSERT_TRUE(WaitFor(serve.log(), "reload failed")) << ReadText(serve.log());
  EXPECT_EQ(client.Get("/healthz")->status, 200);
  EXPECT_NE(
      client.Get("/search/default?q=Balochistan%20Liberation%20Army")->body.find("Balochistan"),
      std::string::npos);
  EXPECT_NE(ReadText(serve.log()).find("\"path\":\"/healthz\""), std::string::npos) << "access log";

  EXPECT_EQ(serve.Terminate(), 0) << ReadText(serve.log());
  EXPECT_NE(ReadText(serve.log()).find("stopped"), std::string::npos);
  fs::remove(list);
}

TEST(ServeCommand, RefusesAnOpenAddressWithoutKeys) {
  auto result = testing::RunCordon({"serve", "--host", "0.0.0.0", "--port", "0"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("without API keys"), std::string::npos) << result.err;
}

TEST(ServeCommand, ShortKeysAreRefused) {
  fs::path keys = fs::temp_directory_path() / ("cordon_keys_" + std::to_string(::getpid()));
  std::ofstream(keys) << "short\n";
  auto result = testing::RunCordon({"serve", "--api-keys", keys.string(), "--port", "0"});
  fs::remove(keys);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("at least 16 characters"), std::string::npos) << result.err;
}

}  // namespace
}  // namespace cordon
