#pragma once

#include <QStringList>

#include <span>

namespace shoal::cli {

/// Exit statuses shared by every subcommand.
enum ExitStatus {
    ExitOk = 0,
    ExitFailure = 1, ///< the command could not do its job
    ExitUsage = 2, ///< the command line was wrong
    ExitPartial = 3, ///< some inputs failed, the others were done
};

/// One subcommand of shoal-cli: `shoal-cli NAME ARGS...`. Each lives in a file of its own and
/// parses its own arguments (args[0] is "shoal-cli NAME").
struct CliCommand {
    const char *name;
    const char *summary;
    int (*run)(const QStringList &args);
    /// Set for commands that render (they need a QApplication): called before it is created.
    void (*prepareGui)() = nullptr;
};

int runImportCommand(const QStringList &args);
int runSamplesCommand(const QStringList &args);
int runExportCommand(const QStringList &args);
int runSetCommand(const QStringList &args);
int runTagCommand(const QStringList &args);
int runRenderCommand(const QStringList &args);
void prepareRenderCommand();

/// Every subcommand, in the order --help lists them.
std::span<const CliCommand> allCommands();

/// Prints to stdout / stderr as UTF-8, whatever the locale.
void printOut(const QString &text);
void printErr(const QString &text);

} // namespace shoal::cli
