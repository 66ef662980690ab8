// DKIM body hashes checked offline: canonicalization (simple/relaxed, l=), sha256/sha1, and the
// cases that cannot be checked. The expected bh= values of the hand-made messages were computed
// with Python (hashlib + base64) over the canonical body written in each row's comment.
#include "headers/dkimbodyhash.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace shoal;

namespace {

QByteArray signedMessage(const QByteArray &tags, const QByteArray &body, const QByteArray &newline = "\r\n")
{
    QByteArray message = "From: a@example.com" + newline + "DKIM-Signature: v=1; d=example.com; s=sel;" + newline + "\t" + tags + newline
        + "Subject: test" + newline + newline + body;
    return message;
}

QByteArray readCorpus(const QString &relative)
{
    QFile file(test::corpusDir() + QLatin1Char('/') + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class DkimBodyHashTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksBodyHash_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("verdict");
        QTest::addColumn<QString>("bodyCanonicalization");
        QTest::addColumn<qint64>("canonicalLength");
        QTest::addColumn<QString>("reason");

        // "Hello\r\n": simple drops the trailing empty lines.
        QTest::newRow("simple, trailing empty lines")
            << signedMessage("a=rsa-sha256; c=simple/simple; bh=Ba3gj8+xBPQLJTahTfzW6RbWQ/XPgESxkCi2B66PSQg=; b=x", "Hello\r\n\r\n\r\n")
            << QStringLiteral("matches") << QStringLiteral("simple") << qint64(7) << QString();
        QTest::newRow("stored with LF line ends")
            << signedMessage("a=rsa-sha256; c=simple/simple; bh=Ba3gj8+xBPQLJTahTfzW6RbWQ/XPgESxkCi2B66PSQg=; b=x", "Hello\n\n", "\n")
            << QStringLiteral("matches") << QStringLiteral("simple") << qint64(7) << QString();
        // " Hello world\r\nline2\r\n": runs of WSP become one SP, WSP at line ends goes.
        QTest::newRow("relaxed whitespace") << signedMessage(
            "a=rsa-sha256; c=relaxed/relaxed; bh=KGNOK8HFy0oS5Sz8vOAh0Vjqq91eFLiNzdt4Ob5sfg8=; b=x",
            " Hello  \t world \r\nline2\t\r\n \r\n")
                                            << QStringLiteral("matches") << QStringLiteral("relaxed") << qint64(21) << QString();
        // " Hello  \t world \r\nline2\t\r\n": simple keeps whitespace as it is.
        QTest::newRow("simple keeps whitespace") << signedMessage(
            "a=rsa-sha256; c=relaxed/simple; bh=Znf/h+sQtmG5XUhS1kdKVNujhDE+FrkwDTrVS3j/zds=; b=x", " Hello  \t world \r\nline2\t\r\n")
                                                 << QStringLiteral("matches") << QStringLiteral("simple") << qint64(26) << QString();
        // "c=relaxed" alone is the header's: the body is simple, so the relaxed hash fails.
        QTest::newRow("c=relaxed alone means simple body")
            << signedMessage(
                   "a=rsa-sha256; c=relaxed; bh=KGNOK8HFy0oS5Sz8vOAh0Vjqq91eFLiNzdt4Ob5sfg8=; b=x", " Hello  \t world \r\nline2\t\r\n")
            << QStringLiteral("does not match") << QStringLiteral("simple") << qint64(26) << QString();
        // "abc\r\n": a missing final CRLF is added.
        QTest::newRow("no final line break") << signedMessage("a=rsa-sha256; bh=VSuraGTHp7aaUC7RhUuSRcDhow8AiqoLKB2mJYX9sCU=; b=x", "abc")
                                             << QStringLiteral("matches") << QStringLiteral("simple") << qint64(5) << QString();
        // Empty body: simple hashes "\r\n", relaxed hashes nothing.
        QTest::newRow("simple empty body") << signedMessage(
            "a=rsa-sha256; c=simple/simple; bh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=; b=x", "")
                                           << QStringLiteral("matches") << QStringLiteral("simple") << qint64(2) << QString();
        QTest::newRow("relaxed empty body") << signedMessage(
            "a=rsa-sha256; c=relaxed/relaxed; bh=47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=; b=x", "\r\n\r\n")
                                            << QStringLiteral("matches") << QStringLiteral("relaxed") << qint64(0) << QString();
        // sha1 of "Hello\r\n", and bh= folded over two lines.
        QTest::newRow("rsa-sha1, folded bh") << signedMessage("a=rsa-sha1; bh=/t0YeXgRpK9llnjq\r\n\tXbYY+NyRSAs=; b=x", "Hello\r\n")
                                             << QStringLiteral("matches") << QStringLiteral("simple") << qint64(7) << QString();
        // l=7 signs "Hello\r\n" only: what follows may have been appended.
        QTest::newRow("l= covers a prefix") << signedMessage(
            "a=rsa-sha256; l=7; bh=Ba3gj8+xBPQLJTahTfzW6RbWQ/XPgESxkCi2B66PSQg=; b=x", "Hello\r\nAppended text\r\n")
                                            << QStringLiteral("matches") << QStringLiteral("simple") << qint64(22)
                                            << QStringLiteral("only the first 7 of 22 body bytes are signed: the rest may have been added");
        QTest::newRow("l= longer than the body")
            << signedMessage("a=rsa-sha256; l=100; bh=Ba3gj8+xBPQLJTahTfzW6RbWQ/XPgESxkCi2B66PSQg=; b=x", "Hello\r\n")
            << QStringLiteral("matches") << QStringLiteral("simple") << qint64(7)
            << QStringLiteral("l=100 is longer than the canonical body (7 bytes)");
        QTest::newRow("body changed") << signedMessage("a=rsa-sha256; bh=Ba3gj8+xBPQLJTahTfzW6RbWQ/XPgESxkCi2B66PSQg=; b=x", "Hello!\r\n")
                                      << QStringLiteral("does not match") << QStringLiteral("simple") << qint64(8) << QString();
        QTest::newRow("unknown algorithm") << signedMessage("a=rsa-md5; bh=Ba3gj8+xBPQLJTahTfzW6RbWQ/XPgESxkCi2B66PSQg=; b=x", "Hello\r\n")
                                           << QStringLiteral("not checkable") << QStringLiteral("simple") << qint64(0)
                                           << QStringLiteral("unknown algorithm rsa-md5");
        QTest::newRow("no a=") << signedMessage("bh=Ba3gj8+xBPQLJTahTfzW6RbWQ/XPgESxkCi2B66PSQg=; b=x", "Hello\r\n")
                               << QStringLiteral("not checkable") << QStringLiteral("simple") << qint64(0) << QStringLiteral("no a= tag");
        QTest::newRow("no bh=") << signedMessage("a=rsa-sha256; b=x", "Hello\r\n") << QStringLiteral("not checkable")
                                << QStringLiteral("simple") << qint64(0) << QStringLiteral("no bh= tag");
        QTest::newRow("bh= not base64") << signedMessage("a=rsa-sha256; bh=***; b=x", "Hello\r\n") << QStringLiteral("not checkable")
                                        << QStringLiteral("simple") << qint64(0) << QStringLiteral("bh= is not base64");
        QTest::newRow("unknown canonicalization")
            << signedMessage("a=rsa-sha256; c=simple/nofws; bh=AAAA; b=x", "Hello\r\n") << QStringLiteral("not checkable")
            << QStringLiteral("nofws") << qint64(0) << QStringLiteral("unknown body canonicalization nofws");
        QTest::newRow("l= not a number") << signedMessage("a=rsa-sha256; l=ten; bh=AAAA; b=x", "Hello\r\n")
                                         << QStringLiteral("not checkable") << QStringLiteral("simple") << qint64(0)
                                         << QStringLiteral("l= is not a length");
    }
    void checksBodyHash()
    {
        QFETCH(QByteArray, message);
        const QList<DkimBodyHashCheck> checks = checkDkimBodyHashes(message);
        QCOMPARE(checks.size(), 1);
        const DkimBodyHashCheck &check = checks.first();
        QTEST(dkimVerdictName(check.verdict), "verdict");
        QTEST(check.bodyCanonicalization, "bodyCanonicalization");
        QTEST(check.canonicalBodyLength, "canonicalLength");
        QTEST(check.reason, "reason");
        QCOMPARE(check.domain, QStringLiteral("example.com"));
        QCOMPARE(check.selector, QStringLiteral("sel"));
        QCOMPARE(check.scope, QStringLiteral("body hash verified offline; signature not verified (no DNS)"));
    }

    void noSignatureNoHeaderEnd()
    {
        QVERIFY(checkDkimBodyHashes(QByteArray()).isEmpty());
        QVERIFY(checkDkimBodyHashes("From: a@example.com\r\n\r\nDKIM-Signature: in the body; bh=x\r\n").isEmpty());
        // No empty line: all headers, an empty body.
        const QList<DkimBodyHashCheck> checks
            = checkDkimBodyHashes("DKIM-Signature: a=rsa-sha256; d=x.example; bh=frcCV1k9oG9oKj3dpUqdJg1PxRT2RSN/XKdLCPjaYaY=");
        QCOMPARE(checks.size(), 1);
        QCOMPARE(checks.first().verdict, DkimBodyHashCheck::Verdict::Matches);
        QCOMPARE(checks.first().canonicalization, QStringLiteral("simple/simple"));
    }

    // Real signed messages whose body hashes are known good (MimeKit's DKIM test data, RFC 8463's
    // example) and phishing samples whose signatures still match, or no longer do.
    void realMessages_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QStringList>("domains");
        QTest::addColumn<QStringList>("algorithms");
        QTest::addColumn<QStringList>("verdicts");
        QTest::newRow("gmail") << QStringLiteral("peers/jstedfast+MimeKit/UnitTests/TestData/dkim/gmail.msg")
                               << QStringList { QStringLiteral("gmail.com") } << QStringList { QStringLiteral("rsa-sha256") }
                               << QStringList { QStringLiteral("matches") };
        QTest::newRow("rfc 8463") << QStringLiteral("peers/jstedfast+MimeKit/UnitTests/TestData/dkim/rfc8463-example.msg")
                                  << QStringList { QStringLiteral("football.example.com"), QStringLiteral("football.example.com") }
                                  << QStringList { QStringLiteral("ed25519-sha256"), QStringLiteral("rsa-sha256") }
                                  << QStringList { QStringLiteral("matches"), QStringLiteral("matches") };
        QTest::newRow("phishing, simple, two signatures")
            << QStringLiteral("phishing_pot/sample-5723.eml")
            << QStringList { QStringLiteral("map-dynamics.com"), QStringLiteral("amazonses.com") }
            << QStringList { QStringLiteral("rsa-sha256"), QStringLiteral("rsa-sha256") }
            << QStringList { QStringLiteral("matches"), QStringLiteral("matches") };
        // The newest signature (the sending Outlook tenant's) matches; the two older ones, from the
        // newsletter the lure was made from, no longer match the changed body.
        QTest::newRow("phishing, rsa-sha1 and two more")
            << QStringLiteral("phishing_pot/sample-1743.eml")
            << QStringList {QStringLiteral("thardacerudy.onmicrosoft.com"), QStringLiteral("bestbullysticks.com"), QStringLiteral("sendgrid.info")}
            << QStringList {QStringLiteral("rsa-sha1"), QStringLiteral("rsa-sha256"), QStringLiteral("rsa-sha256")}
            << QStringList {QStringLiteral("matches"), QStringLiteral("does not match"), QStringLiteral("does not match")};
        // Changed after delivery (the collectors anonymised the samples): dkimpy agrees it fails.
        QTest::newRow("phishing, body rewritten")
            << QStringLiteral("phishing_pot/sample-1003.eml") << QStringList { QStringLiteral("mg.areafellowship.com") }
            << QStringList { QStringLiteral("rsa-sha256") } << QStringList { QStringLiteral("does not match") };
    }
    void realMessages()
    {
        SHOAL_REQUIRE_CORPUS();
        QFETCH(QString, path);
        const QByteArray raw = readCorpus(path);
        QVERIFY2(!raw.isEmpty(), qPrintable(path));
        QStringList domains, algorithms, verdicts;
        for (const DkimBodyHashCheck &check : checkDkimBodyHashes(raw)) {
            domains.append(check.domain);
            algorithms.append(check.algorithm);
            verdicts.append(dkimVerdictName(check.verdict));
        }
        QTEST(domains, "domains");
        QTEST(algorithms, "algorithms");
        QTEST(verdicts, "verdicts");
    }

    // The whole phishing corpus against an independent implementation: dkimpy 1.1.8's
    // canonicalize_body() over the same files (line ends read as CRLF) finds 964 signatures,
    // 118 of whose body hashes match. Most no longer match because the samples were altered
    // after delivery.
    void phishingCorpusAgreesWithDkimpy()
    {
        SHOAL_REQUIRE_CORPUS();
        const QDir dir(test::corpusDir() + QStringLiteral("/phishing_pot"));
        int signatures = 0, matches = 0;
        for (const QString &name : dir.entryList({QStringLiteral("*.eml")}, QDir::Files)) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            for (const DkimBodyHashCheck &check : checkDkimBodyHashes(file.readAll())) {
                ++signatures;
                matches += check.verdict == DkimBodyHashCheck::Verdict::Matches ? 1 : 0;
            }
        }
        QCOMPARE(signatures, 964);
        QCOMPARE(matches, 118);
    }
};

QTEST_GUILESS_MAIN(DkimBodyHashTest)
#include "dkimbodyhash_test.moc"
