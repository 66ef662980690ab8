// The .eml parser on hand-written messages (exact expectations) and on hostile shapes.
#include "mail/mimeparser.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QTest>

using namespace shoal;

namespace {

QByteArray crlf(QByteArray text)
{
    return text.replace("\n", "\r\n");
}

bool hasNote(const Message &m, const char *code)
{
    for (const ParseNote &note : m.notes) {
        if (note.code == QLatin1String(code))
            return true;
    }
    return false;
}

} // namespace

class MimeParserTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simpleMessage()
    {
        const Message m = mime::parseMessage(crlf("Received: from a.example (a.example [192.0.2.1]) by mx.example; Tue, 17 Sep 2024 17:09:44 +0000\n"
                                                  "From: \"Alice A.\" <alice@example.com>\n"
                                                  "To: bob@example.org, \"Carol\" <carol@example.org>\n"
                                                  "Reply-To: attacker@mail.example\n"
                                                  "Subject: =?UTF-8?B?44GT44KT44Gr44Gh44Gv?= world\n"
                                                  "Date: Tue, 17 Sep 2024 19:03:59 +0200\n"
                                                  "Message-ID: <abc@example.com>\n"
                                                  "\n"
                                                  "Hello\n"));
        QCOMPARE(m.subject, QStringLiteral("こんにちは world"));
        QCOMPARE(m.from, (MailAddress{QStringLiteral("Alice A."), QStringLiteral("alice@example.com")}));
        QCOMPARE(m.to.size(), 2);
        QCOMPARE(m.to[1], (MailAddress{QStringLiteral("Carol"), QStringLiteral("carol@example.org")}));
        QCOMPARE(m.replyTo.value(0).address, QStringLiteral("attacker@mail.example"));
        QCOMPARE(m.dateUtc, QDateTime(QDate(2024, 9, 17), QTime(17, 3, 59), QTimeZone::UTC));
        QCOMPARE(m.dateOffsetSeconds, 7200);
        QCOMPARE(m.messageId, QStringLiteral("abc@example.com"));
        QCOMPARE(m.received.size(), 1);
        QCOMPARE(m.textBody.trimmed(), QStringLiteral("Hello"));
        QCOMPARE(m.headers.size(), 7);
        QCOMPARE(m.headers[3].name, QStringLiteral("Reply-To"));
    }

    void multipartWithAttachmentsAndEmbeddedMessage()
    {
        const Message m = mime::parseMessage(crlf("From: a@example.com\n"
                                                  "Subject: report\n"
                                                  "MIME-Version: 1.0\n"
                                                  "Content-Type: multipart/mixed; boundary=\"XX\"\n"
                                                  "\n"
                                                  "--XX\n"
                                                  "Content-Type: multipart/alternative; boundary=YY\n"
                                                  "\n"
                                                  "--YY\n"
                                                  "Content-Type: text/plain; charset=iso-2022-jp\n"
                                                  "\n"
                                                  "\x1b$B$3$s$K$A$O\x1b(B\n"
                                                  "--YY\n"
                                                  "Content-Type: text/html; charset=utf-8\n"
                                                  "Content-Transfer-Encoding: quoted-printable\n"
                                                  "\n"
                                                  "<p>caf=C3=A9</p>\n"
                                                  "--YY--\n"
                                                  "--XX\n"
                                                  "Content-Type: application/octet-stream\n"
                                                  "Content-Disposition: attachment; filename*=UTF-8''%E8%AB%8B%E6%B1%82%E6%9B%B8.xlsx.exe\n"
                                                  "Content-Transfer-Encoding: base64\n"
                                                  "\n"
                                                  "TVqQAAMAAAAEAAAA\n"
                                                  "--XX\n"
                                                  "Content-Type: message/rfc822\n"
                                                  "\n"
                                                  "From: inner@example.net\n"
                                                  "Subject: inner\n"
                                                  "\n"
                                                  "inner body\n"
                                                  "--XX--\n"));
        QCOMPARE(m.textBody.trimmed(), QStringLiteral("こんにちは"));
        QCOMPARE(m.htmlBody.trimmed(), QStringLiteral("<p>café</p>"));
        QCOMPARE(m.parts.size(), 6);
        QCOMPARE(m.parts[0].contentType, QStringLiteral("multipart/mixed"));
        QCOMPARE(m.parts[2].parent, 1);
        QCOMPARE(m.parts[2].depth, 2);
        QCOMPARE(m.attachments.size(), 2);
        QCOMPARE(m.attachments[0].filename, QStringLiteral("請求書.xlsx.exe"));
        QCOMPARE(m.attachments[0].data, QByteArray::fromBase64("TVqQAAMAAAAEAAAA"));
        QCOMPARE(m.attachments[1].mimeType, QStringLiteral("message/rfc822"));
        QCOMPARE(m.embedded.size(), 1);
        QVERIFY(m.embedded[0].raw.contains("Subject: inner"));
        const Message inner = mime::parseMessage(m.embedded[0].raw);
        QCOMPARE(inner.subject, QStringLiteral("inner"));
    }

    void bomAndMboxFromLineAreAccepted()
    {
        const Message m = mime::parseMessage("\xEF\xBB\xBF" "From MAILER-DAEMON Thu Nov 26 04:14:48 2026\nSubject: hi\nFrom: x@example.com\n\nbody\n");
        QCOMPARE(m.subject, QStringLiteral("hi"));
        QCOMPARE(m.from.address, QStringLiteral("x@example.com"));
        QVERIFY(hasNote(m, "bom"));
        QVERIFY(hasNote(m, "mbox-from-line"));
    }

    // No header at all: the first line is body text, not a header to throw away.
    void messageWithoutHeaderKeepsItsFirstLine()
    {
        const Message m = mime::parseMessage("just some text\nand a second line\n");
        QVERIFY(m.headers.isEmpty());
        QVERIFY2(m.textBody.startsWith(QStringLiteral("just some text")), qPrintable(m.textBody));
        QVERIFY(hasNote(m, "no-headers"));
    }

    void emptyAndGarbageGiveNotes()
    {
        QVERIFY(hasNote(mime::parseMessage(QByteArray()), "empty"));
        QByteArray garbage(4096, '\0');
        for (int i = 0; i < garbage.size(); ++i)
            garbage[i] = char((i * 7919) % 251);
        const Message m = mime::parseMessage(garbage);
        QVERIFY(!m.notes.isEmpty());
    }

    void tenThousandNestedMultipartsAreBounded()
    {
        QByteArray message = "Subject: deep\n";
        const int levels = 10000;
        for (int i = 0; i < levels; ++i)
            message += "Content-Type: multipart/mixed; boundary=b" + QByteArray::number(i) + "\n\n--b" + QByteArray::number(i) + "\n";
        message += "Content-Type: text/plain\n\ndeepest\n";
        for (int i = levels - 1; i >= 0; --i)
            message += "--b" + QByteArray::number(i) + "--\n";
        const Message m = mime::parseMessage(message);
        QCOMPARE(m.subject, QStringLiteral("deep"));
        QVERIFY(hasNote(m, "mime-too-deep"));
        QVERIFY(m.parts.size() <= 201);
    }

    void fiveMegabyteHeaderIsRead()
    {
        QByteArray message = "Subject: big\nX-Big: ";
        for (int i = 0; i < 5 * 1024 * 1024 / 64; ++i)
            message += QByteArray(62, 'a') + "\n ";
        message += "end\n\nbody\n";
        const Message m = mime::parseMessage(message);
        QCOMPARE(m.subject, QStringLiteral("big"));
        QVERIFY(m.header(u"X-Big").size() > 4 * 1024 * 1024);
    }

    // Every real sample parses without a crash and yields a From or a note saying why not.
    void phishingPotParses()
    {
        SHOAL_REQUIRE_CORPUS();
        QDirIterator files(test::corpusDir() + QStringLiteral("/phishing_pot"), {QStringLiteral("*.eml")}, QDir::Files);
        int count = 0, withSubject = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Message m = mime::parseMessage(file.readAll());
            ++count;
            withSubject += !m.subject.isEmpty();
            QVERIFY2(!m.headers.isEmpty() || hasNote(m, "empty"), qPrintable(file.fileName()));
        }
        QVERIFY(count > 1000);
        QVERIFY2(withSubject > count * 0.98, qPrintable(QStringLiteral("%1 of %2 with subject").arg(withSubject).arg(count)));
    }
};

QTEST_GUILESS_MAIN(MimeParserTest)
#include "mimeparser_test.moc"
