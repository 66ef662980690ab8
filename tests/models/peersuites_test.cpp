// The .eml parser against two other parsers' own expected results (peers in the corpus):
// - stalwartlabs/mail-parser: resources/eml/<suite>/NNN.eml -> NNN.json, its full parse tree;
//   compared: subject, From, To, the part tree, decoded text/html bodies and binary contents,
//   and the filenames of leaf parts, for nested messages too.
// - apache/james-mime4j: X.msg -> X_decoded.xml (the entity tree) with the transfer-decoded
//   bodies X_decoded_<path>.txt/.bin; compared: header field names, the part tree, and every
//   leaf's decoded bytes (attachments byte for byte, text bodies through the same charset
//   decoder, and their decoded sizes).
// Every disagreement must be listed, with the reason, in tests/data/oracles/<peer>-differences.tsv
// (file, where, Shoal value, peer value, why); a listed one that agrees now fails too.
#include "mail/mimeparser.h"
#include "peertrees.h"
#include "testsupport.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QMap>
#include <QTest>

using namespace shoal;
using test::Report;

namespace {

const QString kStalwart = QStringLiteral("peers/stalwartlabs+mail-parser/resources/eml");
const QString kMime4j = QStringLiteral("peers/apache+james-mime4j/core/src/test/resources");

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// --- the listed differences ---------------------------------------------------------------

struct Listed {
    QString ours;
    QString theirs;
};

/// file -> where -> listed values, from a differences file.
QMap<QString, QMap<QString, Listed>> readListed(const QString &path, QString *error)
{
    QMap<QString, QMap<QString, Listed>> out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("cannot read ") + path;
        return out;
    }
    file.readLine(); // the column names
    while (!file.atEnd()) {
        const QString row = QString::fromUtf8(file.readLine()).chopped(1);
        if (row.isEmpty())
            continue;
        const QStringList cells = row.split(QLatin1Char('\t'));
        if (cells.size() != 5 || cells[4].trimmed().isEmpty()) {
            *error = QStringLiteral("bad row in %1: %2").arg(path, row);
            return out;
        }
        out[cells[0]].insert(cells[1], Listed { cells[2], cells[3] });
    }
    return out;
}

/// Problems of one file: unlisted or changed differences, listed ones that agree now.
QStringList unexplained(const QString &file, const Report &report, const QMap<QString, Listed> &listed)
{
    QStringList problems;
    QStringList seen;
    for (const test::Difference &difference : report.differences) {
        seen.append(difference.where);
        const auto entry = listed.constFind(difference.where);
        if (entry == listed.cend() || entry->ours != difference.ours || entry->theirs != difference.theirs)
            problems.append(QStringLiteral("%1: %2\t%3\t%4\t%5")
                    .arg(entry == listed.cend() ? QStringLiteral("unlisted") : QStringLiteral("changed"), file, difference.where,
                        difference.ours, difference.theirs));
    }
    for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
        if (!seen.contains(it.key()))
            problems.append(QStringLiteral("listed but agrees now: %1\t%2").arg(file, it.key()));
    }
    return problems;
}

/// Agreement over a suite, per aspect and per file.
struct Tally {
    int files = 0;
    int filesAgreeing = 0;
    QMap<QString, int> checks;
    QMap<QString, int> agreeing;

    void add(const Report &report)
    {
        ++files;
        filesAgreeing += report.differences.isEmpty();
        for (auto it = report.checks.cbegin(); it != report.checks.cend(); ++it) {
            checks[it.key()] += it.value();
            agreeing[it.key()] += report.agreeing.value(it.key());
        }
    }
    void print(const char *suite) const
    {
        qInfo("%s: %d of %d messages agree in every check (%.1f%%)", suite, filesAgreeing, files,
            files ? 100.0 * filesAgreeing / files : 0.0);
        for (auto it = checks.cbegin(); it != checks.cend(); ++it)
            qInfo("  %s: %d of %d checks agree (%.1f%%)", qPrintable(it.key()), agreeing.value(it.key()), it.value(),
                100.0 * agreeing.value(it.key()) / it.value());
    }
};

} // namespace

class PeerSuitesTest : public QObject
{
    Q_OBJECT

    QMap<QString, QMap<QString, Listed>> m_stalwartListed;
    QMap<QString, QMap<QString, Listed>> m_mime4jListed;
    Tally m_stalwart;
    Tally m_mime4j;

    void verifyListed(const QString &file, const Report &report, const QMap<QString, QMap<QString, Listed>> &listed, const char *list)
    {
        const QStringList problems = unexplained(file, report, listed.value(file));
        for (const QString &problem : problems)
            qWarning("%s", qPrintable(problem));
        QVERIFY2(
            problems.isEmpty(), qPrintable(QStringLiteral("differences not as listed in tests/data/oracles/%1").arg(QLatin1String(list))));
    }

private Q_SLOTS:
    void initTestCase()
    {
        SHOAL_REQUIRE_CORPUS();
        QString error;
        m_stalwartListed = readListed(test::testDataPath(QStringLiteral("oracles/stalwart-mail-parser-differences.tsv")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_mime4jListed = readListed(test::testDataPath(QStringLiteral("oracles/james-mime4j-differences.tsv")), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void stalwart_data()
    {
        QTest::addColumn<QString>("file");
        const QDir root(QDir(test::corpusDir()).filePath(kStalwart));
        QDirIterator it(root.path(), { QStringLiteral("*.eml") }, QDir::Files, QDirIterator::Subdirectories);
        QStringList files;
        while (it.hasNext())
            files.append(root.relativeFilePath(it.next()));
        files.sort();
        for (const QString &file : std::as_const(files))
            QTest::newRow(qPrintable(file)) << file;
    }

    // The peer's .json describes the message with LF line ends (its .crlf.json the CRLF one).
    void stalwart()
    {
        QFETCH(QString, file);
        const QDir root(QDir(test::corpusDir()).filePath(kStalwart));
        const QByteArray raw = readFile(root.filePath(file)).replace("\r\n", "\n");
        const QJsonObject expected = QJsonDocument::fromJson(readFile(root.filePath(file.chopped(4) + QStringLiteral(".json")))).object();
        QVERIFY2(!expected.isEmpty(), "no expected JSON");
        Report report;
        test::compareStalwart(mime::parseMessage(raw), expected, report);
        m_stalwart.add(report);
        verifyListed(file, report, m_stalwartListed, "stalwart-mail-parser-differences.tsv");
    }

    void stalwartAgreement()
    {
        m_stalwart.print("stalwartlabs/mail-parser");
        QCOMPARE(m_stalwart.files, 107);
    }

    void mime4j_data()
    {
        QTest::addColumn<QString>("file");
        const QDir root(QDir(test::corpusDir()).filePath(kMime4j));
        for (const QString &folder : { QStringLiteral("testmsgs"), QStringLiteral("mimetools-testmsgs") }) {
            for (const QString &name : QDir(root.filePath(folder)).entryList({ QStringLiteral("*.msg") }, QDir::Files, QDir::Name))
                QTest::newRow(qPrintable(folder + QLatin1Char('/') + name)) << folder + QLatin1Char('/') + name;
        }
    }

    void mime4j()
    {
        QFETCH(QString, file);
        const QDir root(QDir(test::corpusDir()).filePath(kMime4j));
        const QString path = root.filePath(file);
        Report report;
        QString error;
        const bool compared = test::compareMime4j(mime::parseMessage(readFile(path)),
            readFile(path.chopped(4) + QStringLiteral("_decoded.xml")), QFileInfo(path).path(), report, &error);
        QVERIFY2(compared, qPrintable(error));
        m_mime4j.add(report);
        verifyListed(file, report, m_mime4jListed, "james-mime4j-differences.tsv");
    }

    void mime4jAgreement()
    {
        m_mime4j.print("apache/james-mime4j");
        QCOMPARE(m_mime4j.files, 80);
    }
};

QTEST_GUILESS_MAIN(PeerSuitesTest)
#include "peersuites_test.moc"
