// shoal-cli set / tag: the analyst's metadata of a sample. Every change is kept with its time.
#include "caseoptions.h"
#include "clicommand.h"
#include "metadata/vocabulary.h"

#include <QDateTime>

namespace shoal::cli {

namespace {

QString listKeys(const QList<VocabularyEntry> &list)
{
    QStringList lines;
    for (const VocabularyEntry &entry : list)
        lines << QStringLiteral("  %1  %2 / %3").arg(entry.key, entry.japanese, entry.english);
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int runSetCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Set a sample's analyst metadata."));
    CaseOptions options;
    const QCommandLineOption org(QStringLiteral("org"), QStringLiteral("The reporting organisation."), QStringLiteral("name"));
    const QCommandLineOption industry(QStringLiteral("industry"), QStringLiteral("The recipient's industry: a JSIC major group (letter, Japanese or English name)."),
                                      QStringLiteral("group"));
    const QCommandLineOption verdict(QStringLiteral("verdict"), QStringLiteral("bec-1..bec-5, phishing, malware, spam, benign or unknown."),
                                     QStringLiteral("verdict"));
    const QCommandLineOption arrival(QStringLiteral("arrival"), QStringLiteral("Arrival time, ISO 8601 (e.g. 2020-11-05T09:30:00+09:00)."),
                                     QStringLiteral("time"));
    const QCommandLineOption notes(QStringLiteral("notes"), QStringLiteral("Free-text notes."), QStringLiteral("text"));
    parser.addOptions({options.db, options.sha256, org, industry, verdict, arrival, notes});
    int status = ExitOk;
    if (!parseArguments(parser, args, &status))
        return status;

    QList<std::pair<MetadataField, QString>> changes;
    if (parser.isSet(org))
        changes.append({MetadataField::ReportingOrg, parser.value(org)});
    if (parser.isSet(industry)) {
        const VocabularyEntry *entry = findEntry(industries(), parser.value(industry));
        if (!entry) {
            printErr(QStringLiteral("error: unknown industry '%1'; one of:\n%2\n").arg(parser.value(industry), listKeys(industries())));
            return ExitUsage;
        }
        changes.append({MetadataField::Industry, entry->key});
    }
    if (parser.isSet(verdict)) {
        const VocabularyEntry *entry = findEntry(verdicts(), parser.value(verdict));
        if (!entry) {
            printErr(QStringLiteral("error: unknown verdict '%1'; one of:\n%2\n").arg(parser.value(verdict), listKeys(verdicts())));
            return ExitUsage;
        }
        changes.append({MetadataField::Verdict, entry->key});
    }
    if (parser.isSet(arrival)) {
        const QDateTime time = QDateTime::fromString(parser.value(arrival), Qt::ISODate);
        if (!time.isValid()) {
            printErr(QStringLiteral("error: cannot read the time '%1' (ISO 8601 expected)\n").arg(parser.value(arrival)));
            return ExitUsage;
        }
        changes.append({MetadataField::Arrival, time.toUTC().toString(Qt::ISODate)});
    }
    if (parser.isSet(notes))
        changes.append({MetadataField::Notes, parser.value(notes)});
    if (changes.isEmpty()) {
        printErr(QStringLiteral("error: nothing to set\n\n") + parser.helpText());
        return ExitUsage;
    }
    std::unique_ptr<CaseStore> store = openCase(parser, options, CaseStore::Mode::ReadWrite);
    if (!store)
        return ExitFailure;
    const qint64 id = requireSample(*store, parser, options);
    if (id == 0)
        return ExitFailure;
    for (const auto &[field, value] : changes) {
        if (!store->setMetadata(id, field, value, QStringLiteral("shoal-cli"))) {
            printErr(QStringLiteral("error: cannot change the sample: %1\n").arg(store->lastError()));
            return ExitFailure;
        }
    }
    return ExitOk;
}

int runTagCommand(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Add tags to a sample, or remove them."));
    CaseOptions options;
    const QCommandLineOption remove(QStringLiteral("remove"), QStringLiteral("Remove the tags instead of adding them."));
    parser.addOptions({options.db, options.sha256, remove});
    parser.addPositionalArgument(QStringLiteral("tags"), QStringLiteral("The tags."), QStringLiteral("TAG..."));
    int status = ExitOk;
    if (!parseArguments(parser, args, &status))
        return status;
    if (parser.positionalArguments().isEmpty()) {
        printErr(QStringLiteral("error: give one or more tags\n"));
        return ExitUsage;
    }
    std::unique_ptr<CaseStore> store = openCase(parser, options, CaseStore::Mode::ReadWrite);
    if (!store)
        return ExitFailure;
    const qint64 id = requireSample(*store, parser, options);
    if (id == 0)
        return ExitFailure;
    for (const QString &tag : parser.positionalArguments()) {
        const bool ok = parser.isSet(remove) ? store->removeTag(id, tag.trimmed(), QStringLiteral("shoal-cli"))
                                             : store->addTag(id, tag.trimmed(), QStringLiteral("shoal-cli"));
        if (!ok) {
            printErr(QStringLiteral("error: cannot change the tags: %1\n").arg(store->lastError()));
            return ExitFailure;
        }
    }
    return ExitOk;
}

} // namespace shoal::cli
