// cordon: screen names against terrorist-designation and sanctions lists.
#include <cstdlib>
#include <exception>
#include <iostream>
#include <string_view>
#include <unistd.h>

#include "cordon/version.h"

#include "cli/commands.h"

namespace {

// Commands that allocate hundreds of megabytes: index builds, batches, the server, runs, and
// reading lists whole (`lists inspect`, `diff`, `names`).
bool IsHeavy(int argc, char** argv) {
  if (argc < 2) return false;
  const std::string_view command = argv[1];
  if (command == "lists") {
    return argc > 2 &&
           (std::string_view(argv[2]) == "inspect" || std::string_view(argv[2]) == "diff" ||
            std::string_view(argv[2]) == "names");
  }
  if (command == "screen") {
    for (int i = 2; i < argc; ++i) {
      const std::string_view arg = argv[i];
      if (arg == "--input" || arg.starts_with("--input=")) return true;
    }
    return false;
  }
  return command == "index" || command == "serve" || command == "eval" || command == "run" ||
         command == "rescreen" || command == "customers";
}

// glibc's allocator backs its memory with 2 MiB pages only when told so at start-up, by the
// glibc.malloc.hugetlb tunable, which it reads from the environment before main() runs. On
// 4 KiB pages, the page faults of a million-name index build take a quarter of its time. And
// it grows a heap by what each allocation lacks, a system call each time, unless told to take
// more at once (glibc.malloc.top_pad): a thread's own heap then grew a page at a time, and
// reading a list on two threads (LoadOptions::threads) spent most of the second thread's time
// so. So a heavy command starts itself again, once, with both set (a restart costs about
// 30 ms), unless the environment already sets tunables: those are left as they are. Should
// the restart fail, cordon carries on as it is.
void RestartWithHugePages(int argc, char** argv) {
  if (!IsHeavy(argc, argv) || std::getenv("GLIBC_TUNABLES") != nullptr) return;
  if (setenv("GLIBC_TUNABLES", "glibc.malloc.hugetlb=1:glibc.malloc.top_pad=67108864", 1) != 0) {
    return;
  }
  execv("/proc/self/exe", argv);
  unsetenv("GLIBC_TUNABLES");
}

}  // namespace

int main(int argc, char** argv) {
  RestartWithHugePages(argc, argv);
  CLI::App app{"Cordon: screen names against terrorist-designation and sanctions lists"};
  app.set_version_flag("--version", std::string(cordon::Version()));
  app.require_subcommand(1);
  cordon::cli::Action action;
  cordon::cli::RegisterScreenCommands(&app, &action);
  cordon::cli::RegisterListsCommands(&app, &action);
  cordon::cli::RegisterEvalCommand(&app, &action);
  cordon::cli::RegisterIndexCommands(&app, &action);
  cordon::cli::RegisterServeCommand(&app, &action);
  cordon::cli::RegisterSynthCommand(&app, &action);
  cordon::cli::RegisterStoreCommands(&app, &action);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? 0 : cordon::cli::kExitBadInput;
  }
  if (!action) return cordon::cli::kExitOk;
  try {
    return action();
  } catch (const std::exception& e) {
    std::cerr << "cordon: internal error: " << e.what() << "\n";
    return cordon::cli::kExitInternal;
  }
}
