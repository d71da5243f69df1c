// cordon: screen names against terrorist-designation and sanctions lists.
#include <exception>
#include <iostream>

#include "cordon/version.h"

#include "cli/commands.h"

int main(int argc, char** argv) {
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
