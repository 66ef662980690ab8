// shoal-cli import: files, folders, mboxes and archives into a case.
#include "caseoptions.h"
#include "clicommand.h"
#include "tasks/importjob.h"

#include <QElapsedTimer>
#include <QFileInfo>

#include <csignal>
#include <unistd.h>

namespace shoal::cli {

namespace {

std::atomic_bool g_cancel{false};

QString progressLine(const ImportProgress &progress, double seconds)
{
    const ImportSummary &s = progress.sofar;
    const QString total = progress.total > 0 ? QStringLiteral("/%1").arg(progress.total) : QString();
    return QStringLiteral("%1%2 inputs: %3 imported, %4 duplicates, %5 failed (%6 msgs/s)")
        .arg(progress.done)
        .arg(total)
        .arg(s.imported)
        .arg(s.duplicates)
        .arg(s.failures.size())
        .arg(seconds > 0 ? double(s.imported + s.duplicates) / seconds : 0.0, 0, 'f', 0);
}

} // namespace

int runImportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Import .eml, .msg, mbox, Maildir folders and archives into a case."));
    CaseOptions options;
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("A password to try on encrypted archives (repeatable; 'infected' is always tried)."),
                                      QStringLiteral("password"));
    const QCommandLineOption jobs(QStringLiteral("jobs"), QStringLiteral("Parsing threads (default: one per core)."), QStringLiteral("n"));
    const QCommandLineOption quiet(QStringLiteral("quiet"), QStringLiteral("No progress line."));
    parser.addOptions({options.db, password, jobs, quiet});
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Files, folders and archives to import."), QStringLiteral("PATH..."));
    int status = ExitOk;
    if (!parseArguments(parser, args, &status))
        return status;
    if (parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("error: nothing to import: give one or more paths\n"));
        return ExitUsage;
    }
    for (const QString &path : parser.positionalArguments()) {
        if (!QFileInfo::exists(path)) {
            printErr(QStringLiteral("error: no such file or folder: %1\n").arg(path));
            return ExitUsage;
        }
    }
    std::unique_ptr<CaseStore> store = openCase(parser, options, CaseStore::Mode::ReadWrite);
    if (!store)
        return ExitFailure;

    ImportOptions importOptions;
    for (const QString &extra : parser.values(password)) {
        if (!importOptions.passwords.contains(extra))
            importOptions.passwords << extra;
    }
    importOptions.workers = parser.value(jobs).toInt();
    // Ctrl-C stops the import cleanly: what was committed stays, the case stays valid.
    std::signal(SIGINT, [](int) { g_cancel = true; });
    std::signal(SIGTERM, [](int) { g_cancel = true; });
    const bool showProgress = !parser.isSet(quiet);
    const bool terminal = isatty(STDERR_FILENO);
    QElapsedTimer clock;
    clock.start();
    qint64 lastLine = 0;
    const ImportSummary summary = runImport(*store, parser.positionalArguments(), importOptions, g_cancel, [&](const ImportProgress &progress) {
        if (!showProgress)
            return;
        // On a terminal the line is redrawn in place; in a log one line every few seconds.
        if (terminal)
            printErr(QLatin1Char('\r') + progressLine(progress, double(clock.elapsed()) / 1000) + QStringLiteral("\033[K"));
        else if (clock.elapsed() - lastLine >= 5000) {
            printErr(progressLine(progress, double(clock.elapsed()) / 1000) + QLatin1Char('\n'));
            lastLine = clock.elapsed();
        }
    });
    if (showProgress && terminal)
        printErr(QStringLiteral("\n"));
    for (const InputFailure &failure : summary.failures)
        printErr(QStringLiteral("failed: %1: %2\n").arg(failure.origin, failure.reason));
    const double rate = summary.seconds > 0 ? double(summary.imported + summary.duplicates) / summary.seconds : 0;
    printErr(QStringLiteral("%1imported %2 (%3 carried inside other mails), %4 duplicates, %5 failed in %6 s (%7 msgs/s)\n")
                 .arg(summary.cancelled ? QStringLiteral("cancelled: ") : QString())
                 .arg(summary.imported)
                 .arg(summary.embedded)
                 .arg(summary.duplicates)
                 .arg(summary.failures.size())
                 .arg(summary.seconds, 0, 'f', 1)
                 .arg(rate, 0, 'f', 0));
    if (summary.cancelled)
        return ExitFailure;
    return summary.failures.isEmpty() ? ExitOk : ExitPartial;
}

} // namespace shoal::cli
