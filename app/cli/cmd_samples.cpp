// shoal-cli samples: the samples of a case, one JSON object per line.
#include "caseoptions.h"
#include "clicommand.h"
#include "samplejson.h"

#include <QJsonDocument>

#include <cstdio>

namespace shoal::cli {

int runSamplesCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Print the samples of a case."));
    CaseOptions options;
    const QCommandLineOption format(QStringLiteral("format"), QStringLiteral("Output format: jsonl (one JSON object per sample)."),
                                    QStringLiteral("format"), QStringLiteral("jsonl"));
    parser.addOptions({options.db, format});
    int status = ExitOk;
    if (!parseArguments(parser, args, &status))
        return status;
    if (parser.value(format) != QLatin1String("jsonl")) {
        printErr(QStringLiteral("error: unknown format '%1' (known: jsonl)\n").arg(parser.value(format)));
        return ExitUsage;
    }
    std::unique_ptr<CaseStore> store = openCase(parser, options, CaseStore::Mode::ReadOnly);
    if (!store)
        return ExitFailure;
    qint64 after = 0;
    for (QList<qint64> ids = store->sampleIds(after, 500); !ids.isEmpty(); ids = store->sampleIds(after, 500)) {
        for (qint64 id : ids) {
            if (const std::optional<SampleDetails> sample = store->sampleDetails(id)) {
                const QByteArray line = QJsonDocument(sampleToJson(*sample)).toJson(QJsonDocument::Compact) + '\n';
                std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
            }
            after = id;
        }
    }
    std::fflush(stdout);
    return ExitOk;
}

} // namespace shoal::cli
