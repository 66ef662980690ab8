// shoal-cli import / samples / export / set / tag, run as a user runs them, on our fixtures.
#include "store/casestore.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace shoal;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess process;
    process.start(test::binaryPath(QStringLiteral("shoal-cli")), args);
    if (!process.waitForFinished(300000))
        process.kill();
    return Run{process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

QList<QJsonObject> samples(const QString &db)
{
    const Run run = cli({QStringLiteral("samples"), QStringLiteral("--db"), db, QStringLiteral("--format"), QStringLiteral("jsonl")});
    QList<QJsonObject> list;
    for (const QByteArray &line : run.out.split('\n')) {
        if (!line.isEmpty())
            list << QJsonDocument::fromJson(line).object();
    }
    return list;
}

QJsonObject bySubject(const QList<QJsonObject> &list, const QString &subject)
{
    for (const QJsonObject &object : list) {
        if (object[QStringLiteral("subject")].toString() == subject)
            return object;
    }
    return {};
}

QByteArray fileSha256(const QString &path)
{
    QFile file(path);
    file.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class CliImportTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("case.shoal")); }
    QString basic() const { return test::testDataPath(QStringLiteral("eml/basic")); }

private Q_SLOTS:
    void importsFilesAndCarriedMessages()
    {
        const Run run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), basic()});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(QStringLiteral("imported 3 (1 carried inside other mails), 0 duplicates, 0 failed")), qPrintable(run.err));

        const QList<QJsonObject> list = samples(db());
        QCOMPARE(list.size(), 3);
        const QJsonObject lynx = bySubject(list, QStringLiteral("Project Pegasus"));
        QCOMPARE(lynx[QStringLiteral("from")][QStringLiteral("address")].toString(), QStringLiteral("smtp-outbound-vulcan@secure-server-gateway.cc"));
        QCOMPARE(lynx[QStringLiteral("from")][QStringLiteral("name")].toString(), QStringLiteral("CEO Taro"));
        QCOMPARE(lynx[QStringLiteral("reply_to")].toArray().at(0)[QStringLiteral("address")].toString(), QStringLiteral("ceo.taro@mail.com"));
        QCOMPARE(lynx[QStringLiteral("date_utc")].toString(), QStringLiteral("2020-11-02T00:11:30Z"));
        // Arrival defaults to the newest Received time: 09:12 JST.
        QCOMPARE(lynx[QStringLiteral("arrival_utc")].toString(), QStringLiteral("2020-11-02T00:12:00Z"));
        QCOMPARE(lynx[QStringLiteral("message_id")].toString(), QStringLiteral("pegasus-1@secure-server-gateway.cc"));
        QVERIFY(lynx[QStringLiteral("urls")].toArray().contains(QStringLiteral("https://secure-server-gateway.cc/doc?id=7")));

        const QJsonObject carried = bySubject(list, QStringLiteral("≪WEB契約の更新・継続について≫"));
        QCOMPARE(carried[QStringLiteral("from")][QStringLiteral("name")].toString(), QStringLiteral("電子申請総合取引機構"));
        QCOMPARE(carried[QStringLiteral("carrier_sha256")].toString(),
                 QString::fromLatin1(fileSha256(basic() + QStringLiteral("/forwarded.eml"))));
        const QJsonObject carrier = bySubject(list, QStringLiteral("Fwd: suspicious"));
        QCOMPARE(carrier[QStringLiteral("attachments")].toArray().at(0)[QStringLiteral("filename")].toString(), QStringLiteral("original.eml"));
    }

    void reimportIsADuplicateNoOp()
    {
        const Run run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), basic()});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.err.contains(QStringLiteral("imported 0 (0 carried inside other mails), 2 duplicates, 0 failed")), qPrintable(run.err));
        QCOMPARE(samples(db()).size(), 3);
    }

    void exportGivesTheOriginalBytes()
    {
        const QString original = basic() + QStringLiteral("/cosmic-lynx.eml");
        const QString out = m_dir.filePath(QStringLiteral("out.eml"));
        const Run run = cli({QStringLiteral("export"), QStringLiteral("--db"), db(), QStringLiteral("--sha256"),
                             QString::fromLatin1(fileSha256(original)), QStringLiteral("-o"), out});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QFile a(original), b(out);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }

    void metadataIsSetAndKeptWithHistory()
    {
        const QString hash = QString::fromLatin1(fileSha256(basic() + QStringLiteral("/cosmic-lynx.eml")));
        Run run = cli({QStringLiteral("set"), QStringLiteral("--db"), db(), QStringLiteral("--sha256"), hash, QStringLiteral("--verdict"),
                       QStringLiteral("bec-2"), QStringLiteral("--industry"), QStringLiteral("製造業"), QStringLiteral("--org"),
                       QStringLiteral("Member A")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("tag"), QStringLiteral("--db"), db(), QStringLiteral("--sha256"), hash, QStringLiteral("cosmic-lynx"),
                   QStringLiteral("ceo-fraud")});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        run = cli({QStringLiteral("set"), QStringLiteral("--db"), db(), QStringLiteral("--sha256"), hash, QStringLiteral("--verdict"),
                   QStringLiteral("nonsense")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown verdict")));

        const QJsonObject lynx = bySubject(samples(db()), QStringLiteral("Project Pegasus"));
        QCOMPARE(lynx[QStringLiteral("verdict")].toString(), QStringLiteral("bec-2"));
        QCOMPARE(lynx[QStringLiteral("industry")].toString(), QStringLiteral("E"));
        QCOMPARE(lynx[QStringLiteral("reporting_org")].toString(), QStringLiteral("Member A"));
        QCOMPARE(lynx[QStringLiteral("tags")].toArray(), (QJsonArray{QStringLiteral("ceo-fraud"), QStringLiteral("cosmic-lynx")}));

        QString error;
        auto store = CaseStore::open(db(), &error, CaseStore::Mode::ReadOnly);
        QVERIFY2(store, qPrintable(error));
        const QList<HistoryEntry> history = store->history(*store->sampleId(hash.toLatin1()));
        QCOMPARE(history.size(), 5); // org, industry, verdict, two tags
        const auto verdict = std::find_if(history.begin(), history.end(), [](const HistoryEntry &e) { return e.field == QLatin1String("verdict"); });
        QVERIFY(verdict != history.end());
        QCOMPARE(verdict->oldValue, QStringLiteral("unknown"));
        QCOMPARE(verdict->newValue, QStringLiteral("bec-2"));
        QVERIFY(verdict->changedAt.secsTo(QDateTime::currentDateTimeUtc()) < 600);
    }

    void failuresAreReportedWithExitStatus3()
    {
        const QString empty = m_dir.filePath(QStringLiteral("empty.eml"));
        QFile(empty).open(QIODevice::WriteOnly);
        const Run run = cli({QStringLiteral("import"), QStringLiteral("--db"), db(), empty});
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(QStringLiteral("failed: ") + empty), qPrintable(run.err));
    }

    // kill -9 in the middle of an import loses nothing already committed and leaves a valid case.
    void killedImportKeepsCommittedSamples()
    {
        QTemporaryDir dir;
        const QString inputs = dir.filePath(QStringLiteral("in"));
        QDir().mkpath(inputs);
        for (int i = 0; i < 6000; ++i) {
            QFile file(QStringLiteral("%1/m%2.eml").arg(inputs).arg(i));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("From: a" + QByteArray::number(i) + "@example.com\nSubject: message " + QByteArray::number(i) +
                       "\nDate: Mon, 02 Nov 2020 09:12:00 +0900\n\n" + QByteArray(4000, 'x') + "\n");
        }
        const QString killedDb = dir.filePath(QStringLiteral("killed.shoal"));
        QProcess import;
        import.start(test::binaryPath(QStringLiteral("shoal-cli")), {QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--jobs"),
                                                                     QStringLiteral("1"), QStringLiteral("--db"), killedDb, inputs});
        QVERIFY(import.waitForStarted());
        qint64 seen = 0;
        for (int tries = 0; tries < 600 && seen < 500; ++tries) {
            QTest::qWait(50);
            QString error;
            if (auto reader = CaseStore::open(killedDb, &error, CaseStore::Mode::ReadOnly))
                seen = reader->sampleCount();
        }
        QVERIFY2(seen >= 500, "the import committed nothing within 30 s");
        QVERIFY2(import.state() == QProcess::Running, "the import ended before it could be killed: make the input larger");
        ::kill(pid_t(import.processId()), SIGKILL);
        import.waitForFinished();

        QString error;
        auto store = CaseStore::open(killedDb, &error);
        QVERIFY2(store, qPrintable(error));
        QString problems;
        QVERIFY2(store->integrityCheck(&problems), qPrintable(problems));
        QVERIFY(store->sampleCount() >= seen);
        QVERIFY(store->sampleCount() < 6000);
        store.reset();
        // Importing again completes the case: what was stored is recognised as duplicate.
        const Run again = cli({QStringLiteral("import"), QStringLiteral("--quiet"), QStringLiteral("--db"), killedDb, inputs});
        QCOMPARE(again.exitCode, 0);
        store = CaseStore::open(killedDb, &error, CaseStore::Mode::ReadOnly);
        QCOMPARE(store->sampleCount(), 6000);
    }
};

QTEST_GUILESS_MAIN(CliImportTest)
#include "cli_import_test.moc"
