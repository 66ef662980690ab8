// Runs the built executables as a user would and checks what they print.
#include "testsupport.h"
#include "util/version.h"

#include <QProcess>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runProgram(const QString &program, const QStringList &args)
{
    QProcess process;
    process.start(shoal::test::binaryPath(program), args);
    if (!process.waitForFinished(60000))
        process.kill();
    return Run { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionOfBothPrograms_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("cli") << QStringLiteral("shoal-cli");
        QTest::newRow("gui") << QStringLiteral("shoal");
    }
    void versionOfBothPrograms()
    {
        QFETCH(QString, program);
        const Run run = runProgram(program, { QStringLiteral("--version") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.startsWith(program + QLatin1Char(' ') + shoal::versionString()), qPrintable(run.out));
    }

    void helpListsUsage()
    {
        const Run run = runProgram(QStringLiteral("shoal-cli"), { QStringLiteral("--help") });
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(QStringLiteral("Usage: shoal-cli COMMAND")), qPrintable(run.out));
    }

    void unknownCommandIsAUsageError()
    {
        const Run run = runProgram(QStringLiteral("shoal-cli"), { QStringLiteral("frobnicate") });
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains(QStringLiteral("unknown command 'frobnicate'")));
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "cli_test.moc"
