// Python's email package (policy=default) as an independent oracle for the .eml parser, over
// the phishing_pot corpus. tests/oracles/python_email_oracle.py prints what Python reads; this
// test parses the same files with Shoal and compares subject, From address, Date and the
// attachment filenames. Every disagreement must be listed, with the reason Shoal is right, in
// tests/data/oracles/phishing_pot-python-differences.tsv; a disagreement where Python is right
// is a Shoal bug and gets fixed rather than listed.
#include "mail/mimeparser.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace shoal;

namespace {

const QStringList kFields = { QStringLiteral("subject"), QStringLiteral("from"), QStringLiteral("date"), QStringLiteral("attachments") };
constexpr double kRequiredAgreement = 99.5;

QString differencesPath()
{
    return test::testDataPath(QStringLiteral("oracles/phishing_pot-python-differences.tsv"));
}

// Whitespace folded: both sides may keep or drop a fold's spaces, tabs or a trailing space.
QString folded(const QString &text)
{
    return text.simplified();
}

// Domains are case-insensitive and may end in the DNS root's dot; Python re-quotes local parts
// that need it and writes the null address as "<>", Shoal keeps addresses as written.
QString normalisedAddress(QString address)
{
    address = address.trimmed();
    if (address == QLatin1String("<>")) // Python's rendering of the null address
        return {};
    if (address.startsWith(QLatin1Char('"')) && address.endsWith(QLatin1Char('"')))
        return address; // a quoted string alone: no domain to fold
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return address;
    QString local = address.left(at);
    if (local.size() >= 2 && local.startsWith(QLatin1Char('"')) && local.endsWith(QLatin1Char('"')))
        local = local.mid(1, local.size() - 2);
    QString domain = address.mid(at + 1).toLower();
    if (domain.endsWith(QLatin1Char('.'))) // the DNS root: "example.com." is "example.com"
        domain.chop(1);
    return local + QLatin1Char('@') + domain;
}

QString joinedNames(const QStringList &names)
{
    QStringList out;
    for (const QString &name : names)
        out.append(folded(name));
    return out.join(QStringLiteral(" | "));
}

using Values = QHash<QString, QString>; // field -> normalised value

Values shoalValues(const Message &m)
{
    QStringList names;
    for (const Attachment &attachment : m.attachments)
        names.append(m.parts.value(attachment.partIndex).filename);
    return { { QStringLiteral("subject"), folded(m.subject) }, { QStringLiteral("from"), normalisedAddress(m.from.address) },
        { QStringLiteral("date"), m.dateUtc.isValid() ? m.dateUtc.toUTC().toString(Qt::ISODate) : QString() },
        { QStringLiteral("attachments"), joinedNames(names) } };
}

Values pythonValues(const QJsonObject &line)
{
    QStringList names;
    for (const QJsonValue &name : line.value(QLatin1String("attachments")).toArray())
        names.append(name.toString());
    return { { QStringLiteral("subject"), folded(line.value(QLatin1String("subject")).toString()) },
        { QStringLiteral("from"), normalisedAddress(line.value(QLatin1String("from")).toString()) },
        { QStringLiteral("date"), line.value(QLatin1String("date")).toString() }, { QStringLiteral("attachments"), joinedNames(names) } };
}

struct Listed {
    QString shoal;
    QString python;
    QString why;
};

} // namespace

class PythonOracleTest : public QObject
{
    Q_OBJECT

    QString m_folder;
    int m_files = 0;
    int m_agreeingWithFirstFrom = 0; // Python's plain first From address, for information
    int m_wellFormedFrom = 0; // files whose From header Python finds well-formed
    int m_agreeingWellFormedFrom = 0;
    QHash<QString, int> m_agreeing; // field -> files that agree
    QHash<QString, QHash<QString, QPair<QString, QString>>> m_differences; // field -> file -> (shoal, python)
    QHash<QString, QHash<QString, Listed>> m_listed; // field -> file -> listed difference

private Q_SLOTS:
    void initTestCase()
    {
        SHOAL_REQUIRE_CORPUS();
        m_folder = QDir(test::corpusDir()).filePath(QStringLiteral("phishing_pot"));
        QVERIFY2(QDir(m_folder).exists(), qPrintable(m_folder));

        QProcess python;
        python.start(QStringLiteral("python3"), { test::testDataPath(QStringLiteral("../oracles/python_email_oracle.py")), m_folder });
        QVERIFY2(python.waitForStarted(), "python3 is needed for this test");
        QVERIFY(python.waitForFinished(120000));
        QCOMPARE(python.exitCode(), 0);
        const QList<QByteArray> lines = python.readAllStandardOutput().split('\n');

        for (const QByteArray &text : lines) {
            if (text.isEmpty())
                continue;
            const QJsonObject line = QJsonDocument::fromJson(text).object();
            const QString name = line.value(QLatin1String("file")).toString();
            QVERIFY2(!line.contains(QLatin1String("fatal")), qPrintable(name + QLatin1String(": Python failed")));
            QFile file(QDir(m_folder).filePath(name));
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(name));
            const Values ours = shoalValues(mime::parseMessage(file.readAll()));
            const Values theirs = pythonValues(line);
            ++m_files;
            if (ours.value(QStringLiteral("from")) == normalisedAddress(line.value(QLatin1String("from_first")).toString()))
                ++m_agreeingWithFirstFrom;
            if (!line.value(QLatin1String("from_defective")).toBool()) {
                ++m_wellFormedFrom;
                m_agreeingWellFormedFrom += ours.value(QStringLiteral("from")) == theirs.value(QStringLiteral("from"));
            }
            for (const QString &field : kFields) {
                if (ours.value(field) == theirs.value(field))
                    ++m_agreeing[field];
                else
                    m_differences[field].insert(name, { ours.value(field), theirs.value(field) });
            }
        }
        QVERIFY2(m_files >= 1900, qPrintable(QStringLiteral("only %1 files compared").arg(m_files)));

        QFile listed(differencesPath());
        QVERIFY2(listed.open(QIODevice::ReadOnly | QIODevice::Text), qPrintable(differencesPath()));
        bool header = true;
        while (!listed.atEnd()) {
            const QString row = QString::fromUtf8(listed.readLine()).chopped(1);
            if (header || row.isEmpty()) {
                header = false;
                continue;
            }
            const QStringList cells = row.split(QLatin1Char('\t'));
            QVERIFY2(cells.size() == 5 && !cells[4].trimmed().isEmpty(), qPrintable(QStringLiteral("bad row: ") + row));
            m_listed[cells[1]].insert(cells[0], Listed { cells[2], cells[3], cells[4] });
        }
    }

    void agreement_data()
    {
        QTest::addColumn<QString>("field");
        for (const QString &field : kFields)
            QTest::newRow(qPrintable(field)) << field;
    }

    // The share of agreeing files must reach kRequiredAgreement. For From it is measured over
    // the headers Python finds well-formed: a third of this corpus's From headers are broken on
    // purpose (decoy names, commas and quotes in addresses), and there the address depends on
    // the reader's repair, so every such difference is listed with its reason instead.
    void agreement()
    {
        QFETCH(QString, field);
        double percent = 100.0 * m_agreeing.value(field) / m_files;
        qInfo("phishing_pot vs Python email: %s agrees in %d of %d files (%.2f%%)", qPrintable(field), m_agreeing.value(field), m_files,
            percent);
        if (field == QLatin1String("from")) {
            qInfo("  Python's plain first From address, decoys before the real mailbox included, agrees in %d files (%.2f%%)",
                m_agreeingWithFirstFrom, 100.0 * m_agreeingWithFirstFrom / m_files);
            QVERIFY(m_wellFormedFrom > 0);
            percent = 100.0 * m_agreeingWellFormedFrom / m_wellFormedFrom;
            qInfo("  From headers Python finds well-formed: %d of %d agree (%.2f%%)", m_agreeingWellFormedFrom, m_wellFormedFrom, percent);
        }
        QVERIFY2(percent >= kRequiredAgreement,
            qPrintable(QStringLiteral("%1 agreement %2% < %3%").arg(field).arg(percent).arg(kRequiredAgreement)));
    }

    // Each disagreement is listed with both values exactly as they are now, and each listed
    // one still disagrees: the list stays the truth about where and why Shoal differs.
    void differencesListed_data() { agreement_data(); }

    void differencesListed()
    {
        QFETCH(QString, field);
        const auto &found = m_differences.value(field);
        const auto &listed = m_listed.value(field);
        QStringList problems;
        for (auto it = found.cbegin(); it != found.cend(); ++it) {
            const auto entry = listed.constFind(it.key());
            if (entry == listed.cend())
                problems.append(QStringLiteral("unlisted: %1\t%2\t%3\t%4").arg(it.key(), field, it->first, it->second));
            else if (entry->shoal != it->first || entry->python != it->second)
                problems.append(QStringLiteral("changed: %1\t%2\t%3\t%4").arg(it.key(), field, it->first, it->second));
        }
        for (auto it = listed.cbegin(); it != listed.cend(); ++it) {
            if (!found.contains(it.key()))
                problems.append(QStringLiteral("listed but agrees now: %1 %2").arg(it.key(), field));
        }
        problems.sort();
        for (const QString &problem : std::as_const(problems))
            qWarning("%s", qPrintable(problem));
        QVERIFY2(problems.isEmpty(),
            qPrintable(QStringLiteral("%1 %2 difference(s) not as listed in %3").arg(problems.size()).arg(field, differencesPath())));
    }
};

QTEST_GUILESS_MAIN(PythonOracleTest)
#include "pythonoracle_test.moc"
