// The Received path: each header read as a hop, the hops oldest first with their delays
// (negative and unknown ones included), the sender's IP, the sending service and the Date check.
#include "headers/receivedpath.h"
#include "mail/message.h"
#include "mail/mimeparser.h"
#include "testsupport.h"

#include <QFile>
#include <QTest>

using namespace shoal;

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

Message withReceived(const QStringList &topFirst)
{
    Message message;
    message.received = topFirst;
    for (const QString &value : topFirst)
        message.headers.append({ QStringLiteral("Received"), value.toUtf8(), value });
    return message;
}

QStringList serviceNames(const ReceivedPath &path)
{
    QStringList names;
    for (const ServiceMatch &match : path.services)
        names.append(match.service);
    return names;
}

} // namespace

class ReceivedPathTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ipScopes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::addColumn<QString>("scope");
        QTest::newRow("public v4") << QStringLiteral("209.85.220.41") << QStringLiteral("209.85.220.41") << QStringLiteral("public");
        QTest::newRow("bracketed") << QStringLiteral("[198.61.254.55]") << QStringLiteral("198.61.254.55") << QStringLiteral("public");
        QTest::newRow("10/8") << QStringLiteral("10.1.2.3") << QStringLiteral("10.1.2.3") << QStringLiteral("private");
        QTest::newRow("172.16/12 low") << QStringLiteral("172.16.0.1") << QStringLiteral("172.16.0.1") << QStringLiteral("private");
        QTest::newRow("172.32 is public") << QStringLiteral("172.32.0.1") << QStringLiteral("172.32.0.1") << QStringLiteral("public");
        QTest::newRow("192.168") << QStringLiteral("192.168.100.7") << QStringLiteral("192.168.100.7") << QStringLiteral("private");
        QTest::newRow("loopback") << QStringLiteral("127.0.0.1") << QStringLiteral("127.0.0.1") << QStringLiteral("loopback");
        QTest::newRow("link-local") << QStringLiteral("169.254.1.1") << QStringLiteral("169.254.1.1") << QStringLiteral("link-local");
        QTest::newRow("cgnat") << QStringLiteral("100.64.3.4") << QStringLiteral("100.64.3.4") << QStringLiteral("cgnat");
        QTest::newRow("cgnat upper edge") << QStringLiteral("100.127.255.255") << QStringLiteral("100.127.255.255")
                                          << QStringLiteral("cgnat");
        QTest::newRow("100.128 is public") << QStringLiteral("100.128.0.1") << QStringLiteral("100.128.0.1") << QStringLiteral("public");
        QTest::newRow("documentation") << QStringLiteral("203.0.113.9") << QStringLiteral("203.0.113.9") << QStringLiteral("reserved");
        QTest::newRow("multicast") << QStringLiteral("224.0.0.1") << QStringLiteral("224.0.0.1") << QStringLiteral("reserved");
        QTest::newRow("v6 global") << QStringLiteral("2A00:1450:4010:0C03::241") << QStringLiteral("2a00:1450:4010:c03::241")
                                   << QStringLiteral("public");
        QTest::newRow("v6 literal") << QStringLiteral("[IPv6:2001:db8::1]") << QStringLiteral("2001:db8::1") << QStringLiteral("reserved");
        QTest::newRow("v6 loopback") << QStringLiteral("::1") << QStringLiteral("::1") << QStringLiteral("loopback");
        QTest::newRow("v6 unique local") << QStringLiteral("fd12:3456::9") << QStringLiteral("fd12:3456::9") << QStringLiteral("private");
        QTest::newRow("v6 link-local") << QStringLiteral("fe80::1%eth0") << QStringLiteral("fe80::1") << QStringLiteral("link-local");
        QTest::newRow("v4-mapped private") << QStringLiteral("::ffff:192.168.1.1") << QStringLiteral("::ffff:192.168.1.1")
                                           << QStringLiteral("private");
        QTest::newRow("not an address") << QStringLiteral("mail.example.com") << QString() << QStringLiteral("none");
        QTest::newRow("octet too big") << QStringLiteral("1.2.3.256") << QString() << QStringLiteral("none");
    }
    void ipScopes()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        QFETCH(QString, scope);
        QCOMPARE(canonicalIp(text), canonical);
        QCOMPARE(ipScopeName(ipScope(text)), scope);
    }

    void parsesHop_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("helo");
        QTest::addColumn<QString>("ip");
        QTest::addColumn<QString>("by");
        QTest::addColumn<QString>("with");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("forAddress");
        QTest::addColumn<QString>("time"); // ISO UTC, empty for invalid

        QTest::newRow("postfix/gmail") << QStringLiteral(
            "from mail-la0-x241.google.com (mail-la0-x241.google.com. [2a00:1450:4010:c03::241]) by mx.google.com with ESMTPS id "
            "pt2si10769662lbb.46 for <jeff@xamarin.com> (version=TLSv1.2 cipher=ECDHE-RSA-AES128-GCM-SHA256 bits=128/128); Wed, 10 Jun "
            "2015 19:05:37 -0700 (PDT)")
                                       << QStringLiteral("mail-la0-x241.google.com") << QStringLiteral("mail-la0-x241.google.com")
                                       << QStringLiteral("2a00:1450:4010:c03::241") << QStringLiteral("mx.google.com")
                                       << QStringLiteral("ESMTPS") << QStringLiteral("pt2si10769662lbb.46")
                                       << QStringLiteral("jeff@xamarin.com") << QStringLiteral("2015-06-11T02:05:37Z");
        QTest::newRow("exim with helo") << QStringLiteral(
            "from host.example.org ([203.0.113.9] helo=fake.example) by mx.example.net with "
            "esmtps (TLS1.3) id 1abcDE-0001 for bob@example.net; Tue, 02 Jan 2024 10:00:00 +0100")
                                        << QStringLiteral("host.example.org") << QStringLiteral("fake.example")
                                        << QStringLiteral("203.0.113.9") << QStringLiteral("mx.example.net") << QStringLiteral("esmtps")
                                        << QStringLiteral("1abcDE-0001") << QStringLiteral("bob@example.net")
                                        << QStringLiteral("2024-01-02T09:00:00Z");
        QTest::newRow("exim without rdns") << QStringLiteral(
            "from [192.168.1.20] (helo=laptop) by smtp.example.com with esmtpsa id 1r2s3t; Tue, 02 Jan 2024 10:00:00 +0000")
                                           << QString() << QStringLiteral("laptop") << QStringLiteral("192.168.1.20")
                                           << QStringLiteral("smtp.example.com") << QStringLiteral("esmtpsa") << QStringLiteral("1r2s3t")
                                           << QString() << QStringLiteral("2024-01-02T10:00:00Z");
        QTest::newRow("qmail") << QStringLiteral(
            "from unknown (HELO mailer) (100.64.3.4) by mail.example.jp with SMTP; 3 Jan 2024 01:02:03 -0000")
                               << QStringLiteral("unknown") << QStringLiteral("mailer") << QStringLiteral("100.64.3.4")
                               << QStringLiteral("mail.example.jp") << QStringLiteral("SMTP") << QString() << QString()
                               << QStringLiteral("2024-01-03T01:02:03Z");
        QTest::newRow("exchange online") << QStringLiteral(
            "from so254-55.mailgun.net (198.61.254.55) by HE1EUR04FT028.mail.protection.outlook.com (10.152.27.31) with Microsoft SMTP "
            "Server (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.6631.29 via Frontend Transport; Thu, 27 Jul "
            "2023 15:06:08 +0000") << QString()
                                         << QStringLiteral("so254-55.mailgun.net") << QStringLiteral("198.61.254.55")
                                         << QStringLiteral("HE1EUR04FT028.mail.protection.outlook.com")
                                         << QStringLiteral("Microsoft SMTP Server") << QStringLiteral("15.20.6631.29") << QString()
                                         << QStringLiteral("2023-07-27T15:06:08Z");
        QTest::newRow("postfix localhost") << QStringLiteral(
            "from localhost (localhost [127.0.0.1]) by mail.example.com (Postfix) with ESMTP id 4F3A1; Mon, 1 Jan 2024 00:00:00 +0900")
                                           << QStringLiteral("localhost") << QStringLiteral("localhost") << QStringLiteral("127.0.0.1")
                                           << QStringLiteral("mail.example.com") << QStringLiteral("ESMTP") << QStringLiteral("4F3A1")
                                           << QString() << QStringLiteral("2023-12-31T15:00:00Z");
        QTest::newRow("ipv6 literal") << QStringLiteral(
            "from client.example (client.example [IPv6:fe80::1]) by x.example; Mon, 1 Jan 2024 00:00:00 +0000")
                                      << QStringLiteral("client.example") << QStringLiteral("client.example") << QStringLiteral("fe80::1")
                                      << QStringLiteral("x.example") << QString() << QString() << QString()
                                      << QStringLiteral("2024-01-01T00:00:00Z");
        QTest::newRow("no date") << QStringLiteral("by localhost with LMTP id abc") << QString() << QString() << QString()
                                 << QStringLiteral("localhost") << QStringLiteral("LMTP") << QStringLiteral("abc") << QString()
                                 << QString();
        QTest::newRow("unreadable date") << QStringLiteral("from a.example by b.example; yesterday, around noon") << QString()
                                         << QStringLiteral("a.example") << QString() << QStringLiteral("b.example") << QString()
                                         << QString() << QString() << QString();
        QTest::newRow("unbalanced parentheses") << QStringLiteral("from ((((( x by ) y )) with") << QString() << QString() << QString()
                                                << QString() << QString() << QString() << QString() << QString();
    }
    void parsesHop()
    {
        QFETCH(QString, raw);
        const ReceivedHop hop = parseReceivedHop(raw);
        QTEST(hop.from.name, "name");
        QTEST(hop.from.helo, "helo");
        QTEST(hop.from.ip, "ip");
        QTEST(hop.by, "by");
        QTEST(hop.with, "with");
        QTEST(hop.id, "id");
        QTEST(hop.forAddress, "forAddress");
        QFETCH(QString, time);
        QCOMPARE(hop.time.isValid() ? hop.time.toString(Qt::ISODate) : QString(), time);
        QCOMPARE(hop.raw, raw);
    }

    void delaysAndShares()
    {
        // Top first as in the message: the bottom header is the first hop.
        const Message message = withReceived({
            QStringLiteral("from relay2.example.jp (relay2.example.jp [10.0.0.5]) by mx.example.jp; Mon, 01 Jan 2024 10:03:00 +0000"),
            QStringLiteral("from relay1.example.jp (relay1.example.jp [10.0.0.4]) by relay2.example.jp; Mon, 01 Jan 2024 10:03:30 +0000"),
            QStringLiteral("from mail-sor-f41.google.com (mail-sor-f41.google.com [209.85.220.41]) by relay1.example.jp; Mon, 01 Jan "
                           "2024 10:02:00 +0000"),
            QStringLiteral("from smtp.gmail.com (smtp.gmail.com [10.1.2.3]) by mail-sor-f41.google.com"),
            QStringLiteral("from [192.168.0.10] (helo=pc) by smtp.gmail.com; Mon, 01 Jan 2024 10:00:30 +0000"),
            QStringLiteral("from pc (pc [192.168.0.10]) by pc.local; Mon, 01 Jan 2024 10:00:00 +0000"),
        });
        const ReceivedPath path = analyseReceivedPath(message);
        QCOMPARE(path.hops.size(), 6);
        QCOMPARE(path.hops.at(0).by, QStringLiteral("pc.local"));
        QCOMPARE(path.hops.at(5).by, QStringLiteral("mx.example.jp"));

        const QList<std::optional<qint64>> delays { std::nullopt, 30, std::nullopt, std::nullopt, 90, -30 };
        for (int i = 0; i < 6; ++i)
            QCOMPARE(path.hops.at(i).delaySeconds, delays.at(i));
        QCOMPARE(path.hops.at(5).clockSkew, true);
        QCOMPARE(path.hops.at(4).clockSkew, false);
        QCOMPARE(path.totalDelaySeconds, 120);
        QCOMPARE(path.hops.at(1).share, std::optional<double>(0.25));
        QCOMPARE(path.hops.at(4).share, std::optional<double>(0.75));
        QCOMPARE(path.hops.at(5).share, std::nullopt);
        QCOMPARE(path.hops.at(3).share, std::nullopt);

        QCOMPARE(path.firstExternalHop, 3);
        QCOMPARE(path.firstExternal()->from.ip, QStringLiteral("209.85.220.41"));
        QCOMPARE(path.hops.at(0).from.ipScope, IpScope::Private);
        QCOMPARE(serviceNames(path), QStringList { QStringLiteral("Google (Gmail/Workspace)") });
        QCOMPARE(path.services.first().evidence, QStringLiteral("Received: by smtp.gmail.com (hop 2)"));
    }

    void noReceivedHeaders()
    {
        const ReceivedPath path = analyseReceivedPath(Message());
        QVERIFY(path.hops.isEmpty());
        QCOMPARE(path.firstExternalHop, -1);
        QCOMPARE(path.firstExternal(), nullptr);
        QCOMPARE(path.totalDelaySeconds, 0);
        QCOMPARE(path.dateReferenceHop, -1);
        QCOMPARE(path.dateSkewSeconds, std::nullopt);
    }

    void dateAgainstFirstHop_data()
    {
        QTest::addColumn<QDateTime>("date");
        QTest::addColumn<int>("referenceHop");
        QTest::addColumn<std::optional<qint64>>("skew");
        QTest::addColumn<bool>("mismatch");
        QTest::newRow("a minute before") << utc("2024-01-01T09:59:00Z") << 1 << std::optional<qint64>(-60) << false;
        QTest::newRow("exactly two hours after") << utc("2024-01-01T12:00:00Z") << 1 << std::optional<qint64>(7200) << false;
        QTest::newRow("two hours and a second after") << utc("2024-01-01T12:00:01Z") << 1 << std::optional<qint64>(7201) << true;
        QTest::newRow("a day before") << utc("2023-12-31T10:00:00Z") << 1 << std::optional<qint64>(-86400) << true;
        QTest::newRow("no date") << QDateTime() << 1 << std::optional<qint64>() << false;
    }
    void dateAgainstFirstHop()
    {
        QFETCH(QDateTime, date);
        // The bottom hop has no readable time: the reference is the oldest hop that has one.
        Message message = withReceived({
            QStringLiteral("from b.example (b.example [209.85.220.41]) by c.example; Mon, 01 Jan 2024 10:05:00 +0000"),
            QStringLiteral("from a.example (a.example [10.0.0.1]) by b.example; Mon, 01 Jan 2024 10:00:00 +0000"),
            QStringLiteral("from pc by a.example; not a date"),
        });
        message.dateUtc = date;
        const ReceivedPath path = analyseReceivedPath(message);
        QTEST(path.dateReferenceHop, "referenceHop");
        QTEST(path.dateSkewSeconds, "skew");
        QTEST(path.dateMismatch, "mismatch");
    }

    void sendingServices_data()
    {
        QTest::addColumn<QStringList>("received");
        QTest::addColumn<QStringList>("headers"); // "Name: value"
        QTest::addColumn<QString>("messageId");
        QTest::addColumn<QStringList>("services");
        const QString outlookInbound = QStringLiteral(
            "from sender.example (203.0.114.10) by HE1EUR04FT028.mail.protection.outlook.com (10.152.27.31) with Microsoft SMTP Server; "
            "Thu, 27 Jul 2023 15:06:08 +0000");
        QTest::newRow("mailgun by host and header")
            << QStringList { QStringLiteral("from so254-55.mailgun.net (198.61.254.55) by HE1EUR04FT028.mail.protection.outlook.com "
                                            "(10.152.27.31) with Microsoft SMTP Server; Thu, 27 Jul 2023 15:06:08 +0000") }
            << QStringList { QStringLiteral("X-Mailgun-Sid: WyI5NGY2YSJd") } << QString() << QStringList { QStringLiteral("Mailgun") };
        QTest::newRow("sendgrid header") << QStringList { outlookInbound } << QStringList { QStringLiteral("X-SG-EID: abc") } << QString()
                                         << QStringList { QStringLiteral("SendGrid") };
        QTest::newRow("amazon ses host") << QStringList {
            QStringLiteral("from a8-31.smtp-out.amazonses.com (a8-31.smtp-out.amazonses.com [54.240.8.31]) by mx.example.jp; Mon, 1 Jan "
                           "2024 00:00:00 +0000")
        } << QStringList() << QString() << QStringList { QStringLiteral("Amazon SES") };
        QTest::newRow("ses feedback-id") << QStringList() << QStringList { QStringLiteral("Feedback-ID: 1.us-east-1.abc=:AmazonSES") }
                                         << QString() << QStringList { QStringLiteral("Amazon SES") };
        QTest::newRow("mailchimp unsubscribe") << QStringList()
                                               << QStringList { QStringLiteral(
                                                      "List-Unsubscribe: <https://x.us1.list-manage.com/unsubscribe?u=1>") }
                                               << QString() << QStringList { QStringLiteral("Mailchimp/Mandrill") };
        QTest::newRow("message-id") << QStringList() << QStringList() << QStringLiteral("0100018c.abc@email.amazonses.com")
                                    << QStringList { QStringLiteral("Amazon SES") };
        // A honeypot on Exchange Online: the receiving side's X-MS-Exchange-* say nothing about
        // the sender, nor does the recipient's "by" host.
        QTest::newRow("exchange recipient only") << QStringList { outlookInbound }
                                                 << QStringList { QStringLiteral("X-MS-Exchange-Organization-SCL: 9"),
                                                        QStringLiteral("X-MS-Exchange-CrossTenant-FromEntityHeader: Internet") }
                                                 << QString() << QStringList();
        QTest::newRow("exchange online sender") << QStringList { QStringLiteral(
            "from EUR05-AM6-obe.outbound.protection.outlook.com (mail-am6eur05on2071.outbound.protection.outlook.com "
            "[40.107.22.71]) by mx.example.jp; Mon, 1 Jan 2024 00:00:00 +0000") }
                                                << QStringList { QStringLiteral("X-MS-Exchange-CrossTenant-FromEntityHeader: Hosted") }
                                                << QString() << QStringList { QStringLiteral("Outlook.com/Exchange Online") };
        QTest::newRow("two services in order") << QStringList { QStringLiteral(
            "from o1.ptr1234.sendgrid.net (o1.ptr1234.sendgrid.net [167.89.1.2]) by mx.example.jp; Mon, 1 Jan "
            "2024 00:00:00 +0000") } << QStringList { QStringLiteral("X-Mailgun-Tag: x") }
                                               << QString() << QStringList { QStringLiteral("SendGrid"), QStringLiteral("Mailgun") };
        QTest::newRow("nothing known") << QStringList { outlookInbound } << QStringList { QStringLiteral("X-Mailer: PHPMailer") }
                                       << QString() << QStringList();
    }
    void sendingServices()
    {
        QFETCH(QStringList, received);
        QFETCH(QStringList, headers);
        Message message = withReceived(received);
        for (const QString &header : headers) {
            const qsizetype colon = header.indexOf(QLatin1Char(':'));
            const QString value = header.mid(colon + 1).trimmed();
            message.headers.append({ header.left(colon), value.toUtf8(), value });
        }
        QFETCH(QString, messageId);
        message.messageId = messageId;
        QTEST(serviceNames(analyseReceivedPath(message)), "services");
    }

    void formatsDurations_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << qint64(0) << QStringLiteral("0 s");
        QTest::newRow("negative seconds") << qint64(-42) << QStringLiteral("-42 s");
        QTest::newRow("minutes") << qint64(125) << QStringLiteral("2 min 05 s");
        QTest::newRow("hours") << qint64(3 * 3600 + 5 * 60) << QStringLiteral("3 h 05 min");
        QTest::newRow("negative hours") << qint64(-9000) << QStringLiteral("-2 h 30 min");
        QTest::newRow("days") << qint64(2 * 86400 + 3600) << QStringLiteral("2 d 1 h");
    }
    void formatsDurations()
    {
        QFETCH(qint64, seconds);
        QTEST(formatDuration(seconds), "text");
    }

    void realGmailMessage()
    {
        SHOAL_REQUIRE_CORPUS();
        QFile file(test::corpusDir() + QStringLiteral("/peers/jstedfast+MimeKit/UnitTests/TestData/dkim/gmail.msg"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const ReceivedPath path = analyseReceivedPath(mime::parseMessage(file.readAll()));
        QCOMPARE(path.hops.size(), 4);
        QCOMPARE(path.hops.at(0).with, QStringLiteral("HTTP"));
        QCOMPARE(path.hops.at(0).by, QStringLiteral("10.25.21.73"));
        QCOMPARE(path.firstExternalHop, 2);
        QCOMPARE(path.firstExternal()->from.ip, QStringLiteral("2a00:1450:4010:c03::241"));
        QCOMPARE(path.firstExternal()->by, QStringLiteral("mx.google.com"));
        QCOMPARE(path.hops.at(2).delaySeconds, std::optional<qint64>(0));
        QVERIFY(serviceNames(path).contains(QStringLiteral("Google (Gmail/Workspace)")));
    }
};

QTEST_GUILESS_MAIN(ReceivedPathTest)
#include "receivedpath_test.moc"
