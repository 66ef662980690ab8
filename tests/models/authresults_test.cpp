// SPF, DKIM, DMARC and ARC verdicts read from Authentication-Results, ARC-Authentication-Results
// and Received-SPF, real-world variants included, each with the header and position it came from.
#include "headers/authresults.h"
#include "mail/message.h"

#include <QTest>

using namespace shoal;

namespace {

// "method=result [reason] {key=value,...} @authserv-id": one line per verdict, for exact tables.
QStringList summary(const QList<AuthResult> &results)
{
    QStringList lines;
    for (const AuthResult &result : results) {
        QStringList properties;
        for (const auto &pair : result.properties)
            properties.append(pair.first + QLatin1Char('=') + pair.second);
        QString line = result.method + QLatin1Char('=') + result.result;
        if (!result.reason.isEmpty())
            line += QStringLiteral(" [%1]").arg(result.reason);
        line += QStringLiteral(" {%1} @%2").arg(properties.join(QLatin1Char(',')), result.authservId);
        lines.append(line);
    }
    return lines;
}

} // namespace

class AuthResultsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesAuthenticationResults_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("google") << QStringLiteral(
            "mx.google.com; spf=pass (google.com: domain of jeff.stedfast@gmail.com designates 2a00:1450:4010:c03::241 as permitted "
            "sender) "
            "smtp.mail=jeff.stedfast@gmail.com; dkim=pass header.i=@gmail.com; dmarc=pass (p=NONE dis=NONE) header.from=gmail.com")
                                << QStringList { QStringLiteral("spf=pass {smtp.mail=jeff.stedfast@gmail.com} @mx.google.com"),
                                       QStringLiteral("dkim=pass {header.i=@gmail.com} @mx.google.com"),
                                       QStringLiteral("dmarc=pass {header.from=gmail.com} @mx.google.com") };
        // Exchange Online writes no authserv-id, puts comments after the result, and invents
        // "bestguesspass", "action=" and "compauth".
        QTest::newRow("microsoft") << QStringLiteral(
            "spf=pass (sender IP is 198.61.254.55) smtp.mailfrom=mg.areafellowship.com; dkim=pass (signature was verified) "
            "header.d=mg.areafellowship.com;dmarc=bestguesspass action=none header.from=mg.areafellowship.com;compauth=pass reason=109")
                                   << QStringList { QStringLiteral("spf=pass {smtp.mailfrom=mg.areafellowship.com} @"),
                                          QStringLiteral("dkim=pass {header.d=mg.areafellowship.com} @"),
                                          QStringLiteral("dmarc=bestguesspass {action=none,header.from=mg.areafellowship.com} @"),
                                          QStringLiteral("compauth=pass [109] {} @") };
        QTest::newRow("microsoft spf none") << QStringLiteral(
            "spf=none (sender IP is 40.107.1.2) smtp.mailfrom=x.example; dkim=none (message not signed) header.d=none;dmarc=none "
            "action=none header.from=x.example;")
                                            << QStringList { QStringLiteral("spf=none {smtp.mailfrom=x.example} @"),
                                                   QStringLiteral("dkim=none {header.d=none} @"),
                                                   QStringLiteral("dmarc=none {action=none,header.from=x.example} @") };
        QTest::newRow("missing semicolons") << QStringLiteral(
            "mx.example.jp dkim=fail reason=\"signature verification failed\" header.d=b.example spf=softfail smtp.mailfrom=b.example")
                                            << QStringList {
                                                   QStringLiteral(
                                                       "dkim=fail [signature verification failed] {header.d=b.example} @mx.example.jp"),
                                                   QStringLiteral("spf=softfail {smtp.mailfrom=b.example} @mx.example.jp")
                                               };
        QTest::newRow("version and spaces around =") << QStringLiteral("example.org 1; dmarc = fail (p=reject) header.from = example.com")
                                                     << QStringList { QStringLiteral("dmarc=fail {header.from=example.com} @example.org") };
        QTest::newRow("none") << QStringLiteral("mx.example.jp; none") << QStringList();
        QTest::newRow("yahoo comment glued") << QStringLiteral(
            "atlas.example.com; dkim=pass header.i=@ex.com header.s=s1; dmarc=pass(p=REJECT) header.from=ex.com;")
                                             << QStringList { QStringLiteral("dkim=pass {header.i=@ex.com,header.s=s1} @atlas.example.com"),
                                                    QStringLiteral("dmarc=pass {header.from=ex.com} @atlas.example.com") };
        QTest::newRow("method version, permerror") << QStringLiteral("mx.example; spf/1=PermError smtp.mailfrom=x.example")
                                                   << QStringList { QStringLiteral("spf=permerror {smtp.mailfrom=x.example} @mx.example") };
        QTest::newRow("unclosed comment") << QStringLiteral("mx.example; spf=pass (comment that never ends smtp.mailfrom=x")
                                          << QStringList { QStringLiteral("spf=pass {} @mx.example") };
        QTest::newRow("empty") << QString() << QStringList();
    }
    void parsesAuthenticationResults()
    {
        QFETCH(QString, value);
        const QList<AuthResult> results = parseAuthenticationResults(value, QStringLiteral("Authentication-Results"));
        QTEST(summary(results), "expected");
        for (const AuthResult &result : results)
            QCOMPARE(result.sourceHeader, QStringLiteral("Authentication-Results"));
    }

    void keepsComments()
    {
        const QList<AuthResult> results = parseAuthenticationResults(
            QStringLiteral("spf=pass (sender IP is 198.61.254.55) smtp.mailfrom=a.example"), QStringLiteral("Authentication-Results"));
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().comment, QStringLiteral("sender IP is 198.61.254.55"));
        QCOMPARE(results.first().property(u"SMTP.MailFrom"), QStringLiteral("a.example"));
        QCOMPARE(results.first().property(u"header.d"), QString());
    }

    void parsesArcInstance()
    {
        const QList<AuthResult> results = parseAuthenticationResults(
            QStringLiteral("i=2; mx.google.com; dkim=pass header.i=@x.example header.s=sel; arc=pass (i=1 spf=pass dkim=pass); "
                           "spf=pass smtp.mailfrom=x.example"),
            QStringLiteral("ARC-Authentication-Results"));
        QCOMPARE(summary(results),
            (QStringList { QStringLiteral("dkim=pass {header.i=@x.example,header.s=sel} @mx.google.com"),
                QStringLiteral("arc=pass {} @mx.google.com"), QStringLiteral("spf=pass {smtp.mailfrom=x.example} @mx.google.com") }));
        for (const AuthResult &result : results) {
            QCOMPARE(result.arcInstance, 2);
            QCOMPARE(result.sourceHeader, QStringLiteral("ARC-Authentication-Results"));
        }
        QCOMPARE(results.at(1).comment, QStringLiteral("i=1 spf=pass dkim=pass"));
    }

    void parsesReceivedSpf_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("outlook") << QStringLiteral(
            "Pass (protection.outlook.com: domain of mg.areafellowship.com designates 198.61.254.55 as permitted sender) "
            "receiver=protection.outlook.com; client-ip=198.61.254.55; helo=so254-55.mailgun.net; pr=C")
                                 << QStringLiteral(
                                        "spf=pass {receiver=protection.outlook.com,client-ip=198.61.254.55,helo=so254-55.mailgun.net,pr=C} "
                                        "@protection.outlook.com");
        QTest::newRow("google, no receiver") << QStringLiteral(
            "softfail (google.com: domain of transitioning a@b.example does not designate 1.2.3.4 as permitted sender) client-ip=1.2.3.4;")
                                             << QStringLiteral("spf=softfail {client-ip=1.2.3.4} @google.com");
        QTest::newRow("receiver only") << QStringLiteral("None (no SPF record) identity=mailfrom; receiver=mx.example.jp")
                                       << QStringLiteral("spf=none {identity=mailfrom,receiver=mx.example.jp} @mx.example.jp");
    }
    void parsesReceivedSpf()
    {
        QFETCH(QString, value);
        const AuthResult result = parseReceivedSpf(value);
        QTEST(summary({ result }).first(), "expected");
        QCOMPARE(result.sourceHeader, QStringLiteral("Received-SPF"));
    }

    void recordsPositions()
    {
        Message message;
        auto add = [&](const char *name, const char *value) {
            message.headers.append({ QString::fromLatin1(name), QByteArray(value), QString::fromLatin1(value) });
        };
        add("Received", "from a by mx.recipient.example; Mon, 1 Jan 2024 00:00:05 +0000");
        add("Authentication-Results", "mx.recipient.example; spf=fail smtp.mailfrom=x.example; dkim=pass header.d=x.example");
        add("Received-SPF", "Fail (mx.recipient.example: domain of x.example does not designate 1.2.3.4) client-ip=1.2.3.4");
        add("Received", "from b by relay.sender.example; Mon, 1 Jan 2024 00:00:00 +0000");
        // Below the recipient's border: written by (or forgeable by) the sender.
        add("Authentication-Results", "relay.sender.example; spf=pass smtp.mailfrom=x.example");
        add("Subject", "hello");

        const QList<AuthResult> results = collectAuthResults(message);
        QCOMPARE(results.size(), 4);
        const QList<int> headerIndex { 1, 1, 2, 4 };
        const QList<int> receivedBelow { 1, 1, 1, 0 };
        const QStringList methods { QStringLiteral("spf"), QStringLiteral("dkim"), QStringLiteral("spf"), QStringLiteral("spf") };
        const QStringList verdicts { QStringLiteral("fail"), QStringLiteral("pass"), QStringLiteral("fail"), QStringLiteral("pass") };
        const QStringList writers { QStringLiteral("mx.recipient.example"), QStringLiteral("mx.recipient.example"),
            QStringLiteral("mx.recipient.example"), QStringLiteral("relay.sender.example") };
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(results.at(i).headerIndex, headerIndex.at(i));
            QCOMPARE(results.at(i).receivedBelow, receivedBelow.at(i));
            QCOMPARE(results.at(i).method, methods.at(i));
            QCOMPARE(results.at(i).result, verdicts.at(i));
            QCOMPARE(results.at(i).authservId, writers.at(i));
        }
        QCOMPARE(results.at(2).sourceHeader, QStringLiteral("Received-SPF"));
    }

    void hostileInputStaysBounded()
    {
        QString value = QStringLiteral("mx.example; "); // 12 characters
        for (int i = 0; i < 20000; ++i)
            value += QStringLiteral("a=pass; "); // 8 characters each
        const QList<AuthResult> results = parseAuthenticationResults(value, QStringLiteral("Authentication-Results"));
        // Only the first 64 KiB are read: (65536 - 12) / 8 = 8190 whole results and a cut "a=pa".
        QCOMPARE(results.size(), 8191);
        QCOMPARE(results.last().result, QStringLiteral("pa"));

        const QList<AuthResult> comment = parseAuthenticationResults(
            QStringLiteral("mx; spf=pass ((((((((") + QString(100000, QLatin1Char('(')), QStringLiteral("Authentication-Results"));
        QCOMPARE(comment.size(), 1);
    }
};

QTEST_GUILESS_MAIN(AuthResultsTest)
#include "authresults_test.moc"
