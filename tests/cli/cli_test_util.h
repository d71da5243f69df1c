// Helpers for the CLI tests: run the built `cordon` binary and capture what it prints.
#ifndef CORDON_TESTS_CLI_CLI_TEST_UTIL_H_
#define CORDON_TESTS_CLI_CLI_TEST_UTIL_H_

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <initializer_list>
#include <sstream>
#include <string>
#include <sys/wait.h>
#include <unistd.h>

namespace cordon::testing {

struct CommandResult {
  int exit_code = -1;  // -1 when the process did not exit normally
  std::string out;
  std::string err;
};

// The cordon binary: $CORDON_BIN (set by ctest), else the path CMake compiled in.
inline std::string CordonBinary() {
  if (const char* env = std::getenv("CORDON_BIN"); env != nullptr && *env != '\0') return env;
  return CORDON_BIN_PATH;
}

inline std::string ShellQuote(const std::string& arg) {
  std::string out = "'";
  for (char c : arg) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

// Runs `cordon args...` and returns its exit code, stdout and stderr.
inline CommandResult RunCordon(std::initializer_list<std::string> args) {
  static int counter = 0;
  std::filesystem::path err_path =
      std::filesystem::temp_directory_path() /
      ("cordon_cli_test_" + std::to_string(::getpid()) + "_" + std::to_string(++counter) + ".err");
  std::string command = ShellQuote(CordonBinary());
  for (const std::string& arg : args) command += " " + ShellQuote(arg);
  command += " 2>" + ShellQuote(err_path.string());

  CommandResult result;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[65536];
  std::size_t read = 0;
  while ((read = std::fread(buffer, 1, sizeof(buffer), pipe)) > 0) result.out.append(buffer, read);
  int status = ::pclose(pipe);
  if (status != -1 && WIFEXITED(status)) result.exit_code = WEXITSTATUS(status);
  std::ifstream err_file(err_path, std::ios::binary);
  std::ostringstream err;
  err << err_file.rdbuf();
  result.err = err.str();
  std::error_code ec;
  std::filesystem::remove(err_path, ec);
  return result;
}

// Path of a fixture under tests/data/cli.
inline std::string CliFixture(const std::string& relative) {
  return (std::filesystem::path(CORDON_TEST_DATA_DIR) / "cli" / relative).string();
}

}  // namespace cordon::testing

#endif  // CORDON_TESTS_CLI_CLI_TEST_UTIL_H_
