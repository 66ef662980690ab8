// shoal-cli export: a sample's original bytes, unchanged (chain of custody).
#include "caseoptions.h"
#include "clicommand.h"

#include <QSaveFile>

namespace shoal::cli {

int runExportCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Write a sample's original bytes, byte for byte as imported."));
    CaseOptions options;
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")}, QStringLiteral("The file to write."), QStringLiteral("file"));
    parser.addOptions({options.db, options.sha256, output});
    int status = ExitOk;
    if (!parseArguments(parser, args, &status))
        return status;
    if (parser.value(output).isEmpty()) {
        printErr(QStringLiteral("error: -o FILE is required\n"));
        return ExitUsage;
    }
    std::unique_ptr<CaseStore> store = openCase(parser, options, CaseStore::Mode::ReadOnly);
    if (!store)
        return ExitFailure;
    const qint64 id = requireSample(*store, parser, options);
    if (id == 0)
        return ExitFailure;
    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly) || file.write(store->rawMessage(id)) < 0 || !file.commit()) {
        printErr(QStringLiteral("error: cannot write %1: %2\n").arg(parser.value(output), file.errorString()));
        return ExitFailure;
    }
    return ExitOk;
}

} // namespace shoal::cli
