#include "caseoptions.h"

#include "clicommand.h"

namespace shoal::cli {

std::unique_ptr<CaseStore> openCase(const QCommandLineParser &parser, const CaseOptions &options, CaseStore::Mode mode)
{
    const QString path = parser.value(options.db);
    if (path.isEmpty()) {
        printErr(QStringLiteral("error: --db CASE is required\n"));
        return nullptr;
    }
    QString error;
    std::unique_ptr<CaseStore> store = CaseStore::open(path, &error, mode);
    if (!store)
        printErr(QStringLiteral("error: %1\n").arg(error));
    return store;
}

qint64 requireSample(CaseStore &store, const QCommandLineParser &parser, const CaseOptions &options)
{
    const QByteArray hash = parser.value(options.sha256).trimmed().toLower().toLatin1();
    if (hash.isEmpty()) {
        printErr(QStringLiteral("error: --sha256 HASH is required\n"));
        return 0;
    }
    if (const std::optional<qint64> id = store.sampleId(hash))
        return *id;
    printErr(QStringLiteral("error: no sample with SHA-256 %1 in %2\n").arg(QString::fromLatin1(hash), store.path()));
    return 0;
}

bool parseArguments(QCommandLineParser &parser, const QStringList &args, int *status)
{
    parser.addHelpOption();
    if (!parser.parse(args)) {
        printErr(parser.errorText() + QStringLiteral("\n\n") + parser.helpText());
        *status = ExitUsage;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        printOut(parser.helpText());
        *status = ExitOk;
        return false;
    }
    return true;
}

} // namespace shoal::cli
