// Regression cases for what the oracles (Python's email package, stalwart mail-parser, mime4j;
// see pythonoracle_test and peersuites_test) showed the .eml parser getting wrong: vmime's
// delimiter and part-header reading (mimerepair), its base64 and quoted-printable decoders
// (transferdecoding), and decoy mailboxes before the real sender (addresslist).
#include "mail/addresslist.h"
#include "mail/mimeparser.h"
#include "mail/transferdecoding.h"

#include <QTest>

using namespace shoal;

namespace {

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

// The part tree as "type(child,child)", leaves with their decoded size.
QString shape(const Message &m, int index = 0)
{
    QStringList children;
    for (int i = index + 1; i < m.parts.size(); ++i) {
        if (m.parts[i].parent == index)
            children.append(shape(m, i));
    }
    const MimePart &part = m.parts.value(index);
    if (children.isEmpty())
        return part.contentType + QLatin1Char(':') + QString::number(part.decodedSize);
    return part.contentType + QLatin1Char('(') + children.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

class MimeRepairTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base64_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("1.0 padded") << QByteArray("YWJj\r\nZA==\r\n") << QByteArray("abcd");
        QTest::newRow("1.1 two left, no padding") << QByteArray("YWJjZA") << QByteArray("abcd");
        QTest::newRow("1.2 three left, no padding") << QByteArray("YWI") << QByteArray("ab");
        QTest::newRow("1.3 one left is no byte") << QByteArray("YWJjZ") << QByteArray("abc");
        QTest::newRow("1.4 junk skipped") << QByteArray(" Y W*J\tj ") << QByteArray("abc");
        QTest::newRow("1.5 nothing after padding")
            << QByteArray("ecO2dMOkIHZhYW4uCg== ignored") << QByteArray("y\xc3\xb6t\xc3\xa4 vaan.\n");
        QTest::newRow("1.6 empty") << QByteArray() << QByteArray();
    }

    void base64()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        QCOMPARE(mime::decodeBase64(encoded), decoded);
    }

    void quotedPrintable_data()
    {
        QTest::addColumn<QByteArray>("encoded");
        QTest::addColumn<QByteArray>("decoded");
        QTest::newRow("2.0 escapes, either case") << QByteArray("caf=C3=a9") << QByteArray("caf\xc3\xa9");
        QTest::newRow("2.1 soft line break CRLF") << QByteArray("ab=\r\ncd\r\n") << QByteArray("abcd\r\n");
        QTest::newRow("2.2 soft line break LF, padding") << QByteArray("ab= \t\ncd") << QByteArray("abcd");
        QTest::newRow("2.3 unencoded = kept") << QByteArray("<meta http-equiv=\"content-type\">")
                                              << QByteArray("<meta http-equiv=\"content-type\">");
        QTest::newRow("2.4 = before one hex digit") << QByteArray("a=3\r\n") << QByteArray("a=3\r\n");
        QTest::newRow("2.5 trailing spaces dropped") << QByteArray("a  \r\nb\t\n") << QByteArray("a\r\nb\n");
        QTest::newRow("2.6 = at the very end") << QByteArray("end=") << QByteArray("end");
    }

    void quotedPrintable()
    {
        QFETCH(QByteArray, encoded);
        QFETCH(QByteArray, decoded);
        QCOMPARE(mime::decodeQuotedPrintable(encoded), decoded);
    }

    void sender_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("address");
        // phishing_pot shapes: a stray comma cuts the display name off its address.
        QTest::newRow("3.0 name, comma, address") << QByteArray("Microsoft account team ,_<no-reply@access.example>") << QStringLiteral("_")
                                                  << QStringLiteral("no-reply@access.example");
        QTest::newRow("3.1 quoted address as decoy")
            << QByteArray("\"Promotions@bauhaus.example\", <service@stay.example>") << QString() << QStringLiteral("service@stay.example");
        QTest::newRow("3.2 word only") << QByteArray("Congratulations") << QStringLiteral("Congratulations") << QString();
        QTest::newRow("3.3 address in a comment only")
            << QByteArray("Europa Park,(<service@otto.example>)") << QStringLiteral("Europa Park") << QString();
        QTest::newRow("3.4 folding space around @")
            << QByteArray("Vest <renew@ tfdd.example>") << QStringLiteral("Vest") << QStringLiteral("renew@tfdd.example");
        QTest::newRow("3.5 other spaces kept") << QByteArray("x <noreply@customer support.example>") << QStringLiteral("x")
                                               << QStringLiteral("noreply@customer support.example");
        QTest::newRow("3.6 comma in domain kept")
            << QByteArray("ADAC <noreply@theskimm,com>") << QStringLiteral("ADAC") << QStringLiteral("noreply@theskimm,com");
        QTest::newRow("3.7 bare address with comment")
            << QByteArray("a@example.com (Alice)") << QStringLiteral("Alice") << QStringLiteral("a@example.com");
    }

    void sender()
    {
        QFETCH(QByteArray, from);
        QFETCH(QString, name);
        QFETCH(QString, address);
        const Message m = mime::parseMessage("From: " + from + "\r\nSubject: x\r\n\r\nbody\r\n");
        QCOMPARE(m.from.address, address);
        QCOMPARE(m.from.name, name);
    }

    void nameOnlyMailbox()
    {
        ParseNotes notes;
        const QList<MailAddress> list
            = mime::parseAddressList("Fressnapf Gutschein, jehd <service@stay.example>", notes, QStringLiteral("From"));
        QCOMPARE(list.size(), 2);
        QCOMPARE(list[0], (MailAddress { QStringLiteral("Fressnapf Gutschein"), QString() }));
        QCOMPARE(list[1], (MailAddress { QStringLiteral("jehd"), QStringLiteral("service@stay.example") }));
    }

    void structure_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("expected");
        // phishing_pot sample-5923: the inner boundary extends the outer one by "-5".
        QTest::newRow("4.0 boundary prefix") << crlf("Content-Type: multipart/alternative; boundary=\"B\"\n\n"
                                                     "--B\nContent-Type: multipart/mixed; boundary=\"B-5\"\n\n"
                                                     "--B-5\nContent-Type: text/html\n\n<p>x</p>\n"
                                                     "--B-5\nContent-Type: image/jpeg\nContent-Transfer-Encoding: base64\n\nYWJj\n"
                                                     "--B-5--\n\n--B\nContent-Type: application/pdf\n\n%PDF\n--B--\n")
                                             << QStringLiteral(
                                                    "multipart/alternative(multipart/mixed(text/html:8,image/jpeg:3),application/pdf:4)");
        // stalwart rfc/007 (RFC 8621 4.1.4): transport padding after a delimiter.
        QTest::newRow("4.1 delimiter padding") << crlf(
            "Content-Type: multipart/mixed; boundary=\"1\"\n\n--1\n\nA\n--1  \nContent-Type: text/html\n\nB\n--1--\n")
                                               << QStringLiteral("multipart/mixed(text/plain:1,text/html:1)");
        QTest::newRow("4.2 part header runs into base64")
            << crlf("Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhi\n"
                    "--b\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\nJVBERi0=\n--b--\n")
            << QStringLiteral("multipart/mixed(text/plain:2,application/pdf:5)");
        QTest::newRow("4.3 part header runs into a delimiter") << crlf("Content-Type: multipart/mixed; boundary=a\n\n--a\n"
                                                                       "Content-Type: multipart/mixed; boundary=ab\nMIME-Version: 1.0\n"
                                                                       "--ab\nContent-Type: text/plain\n\nx\n--ab--\n--a--\n")
                                                               << QStringLiteral("multipart/mixed(multipart/mixed(text/plain:1))");
        // stalwart malformed/009: the inner multipart is never closed and its boundary "2"
        // occurs later; vmime dropped its last part.
        QTest::newRow("4.4 unclosed inner multipart") << QByteArray(
            "Content-Type: multipart/mixed; boundary=\"1\"\n\n--1\n"
            "Content-Type: multipart/mixed; boundary=\"2\"\n\n--2\n\n1\n--2\n\n22\n"
            "--1\n\n333\n") << QStringLiteral("multipart/mixed(multipart/mixed(text/plain:1,text/plain:2),text/plain:4)");
        QTest::newRow("4.5 unclosed inner multipart, one part")
            << QByteArray("Content-Type: multipart/mixed; boundary=\"ab\"\n\n--ab\n"
                          "Content-Type: multipart/mixed; boundary=\"a\"\n\n--a\n"
                          "Content-Type: text/plain\n\nbody\n--ab\nContent-Type: text/html\n\nbody2\n")
            << QStringLiteral("multipart/mixed(multipart/mixed(text/plain:4),text/html:6)");
        // stalwart rfc/004 (RFC 2046 5.1.5).
        QTest::newRow("4.6 digest parts are messages")
            << crlf("Content-Type: multipart/digest; boundary=d\n\n--d\n\nFrom: a@example.com\nSubject: one\n\nx\n--d--\n")
            << QStringLiteral("multipart/digest(message/rfc822:38)");
    }

    void structure()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, expected);
        QCOMPARE(shape(mime::parseMessage(message)), expected);
    }

    void contentsStayAsWritten()
    {
        // The bytes handed on come from the message as written, not from vmime's repaired copy.
        const Message m = mime::parseMessage(crlf("Content-Type: multipart/mixed; boundary=\"B\"\n\n"
                                                  "--B\nContent-Type: message/rfc822\n\n"
                                                  "Content-Type: multipart/mixed; boundary=\"B-1\"\n\n--B-1\n\ninner\n--B-1--\n"
                                                  "--B--\n"));
        QCOMPARE(m.embedded.size(), 1);
        QCOMPARE(m.embedded[0].raw, crlf("Content-Type: multipart/mixed; boundary=\"B-1\"\n\n--B-1\n\ninner\n--B-1--"));
        const Message digest = mime::parseMessage(crlf("Content-Type: multipart/digest; boundary=d\n\n--d\n\nSubject: one\n\nx\n--d--\n"));
        QCOMPARE(digest.embedded.size(), 1);
        QCOMPARE(mime::parseMessage(digest.embedded[0].raw).subject, QStringLiteral("one"));
    }
};

QTEST_GUILESS_MAIN(MimeRepairTest)
#include "mimerepair_test.moc"
