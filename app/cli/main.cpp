// shoal-cli: the command line of Shoal. A shell: it finds the subcommand and hands it the rest
// of the arguments; the work lives in models/.
#include "clicommand.h"
#include "util/version.h"

#include <QApplication>
#include <QCoreApplication>

#include <array>
#include <cstring>
#include <memory>

using namespace shoal::cli;

namespace {

const std::array kCommands {
    CliCommand { "import", "import .eml, .msg, mbox, Maildir and archives into a case", runImportCommand },
    CliCommand { "samples", "print a case's samples (JSON lines)", runSamplesCommand },
    CliCommand { "export", "write a sample's original bytes", runExportCommand },
    CliCommand { "set", "set a sample's analyst metadata", runSetCommand },
    CliCommand { "tag", "add or remove a sample's tags", runTagCommand },
    CliCommand { "render", "render a sample's body to a PNG through the safe view", runRenderCommand, prepareRenderCommand },
};

QString usage()
{
    QString text = QStringLiteral("Usage: shoal-cli COMMAND [OPTIONS]\n"
                                  "Shoal, a workbench for analysts of suspicious email: the command line.\n\n"
                                  "Commands:\n");
    for (const CliCommand &command : allCommands())
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(command.name).leftJustified(10), QString::fromUtf8(command.summary));
    text += QStringLiteral("\nOptions:\n  -h, --help     this help; `shoal-cli COMMAND --help` for a command's own\n"
                           "  -v, --version  the version\n");
    return text;
}

} // namespace

std::span<const CliCommand> shoal::cli::allCommands()
{
    return kCommands;
}

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("shoal-cli"));
    QCoreApplication::setApplicationVersion(shoal::versionString());
    // A command that renders gets a QApplication, made after its preparation (QtWebEngine wants
    // its schemes registered first; without a display it runs offscreen); the others stay
    // headless with a QCoreApplication.
    const CliCommand *guiCommand = nullptr;
    for (const CliCommand &command : allCommands()) {
        if (argc > 1 && command.prepareGui && std::strcmp(argv[1], command.name) == 0)
            guiCommand = &command;
    }
    if (guiCommand)
        guiCommand->prepareGui();
    const std::unique_ptr<QCoreApplication> app = guiCommand ? std::make_unique<QApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    QStringList args = app->arguments();
    const QString first = args.value(1);
    if (first.isEmpty() || first == QLatin1String("-h") || first == QLatin1String("--help") || first == QLatin1String("help")) {
        printOut(usage());
        return first.isEmpty() ? ExitUsage : ExitOk;
    }
    if (first == QLatin1String("-v") || first == QLatin1String("--version")) {
        printOut(shoal::versionBanner(QStringLiteral("shoal-cli")) + QLatin1Char('\n'));
        return ExitOk;
    }
    for (const CliCommand &command : allCommands()) {
        if (first == QLatin1String(command.name)) {
            args.removeAt(1);
            args[0] = QStringLiteral("shoal-cli ") + first;
            return command.run(args);
        }
    }
    printErr(QStringLiteral("shoal-cli: unknown command '%1'\n\n").arg(first) + usage());
    return ExitUsage;
}
