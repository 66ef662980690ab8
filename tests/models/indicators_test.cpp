// Indicator extraction: URL endings as Thunderbird ends them, defanged input, IDN, IP edge cases,
// registrable domains, header and HTML sources, the bounds, and a pass over the real corpus.
#include "analysis/indicators.h"
#include "mail/mimeparser.h"
#include "testsupport.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>

#include <ctime>

using namespace shoal;
using Kind = Indicator::Kind;

Q_DECLARE_METATYPE(shoal::Indicator::Kind)

namespace {

QList<Indicator> fromText(const QString &text)
{
    Message message;
    message.textBody = text;
    return extractIndicators(message);
}

QStringList valuesOf(const QList<Indicator> &found, Kind kind)
{
    QStringList values;
    for (const Indicator &indicator : found) {
        if (indicator.kind == kind)
            values << indicator.value;
    }
    return values;
}

QString describe(const QList<Indicator> &found)
{
    QStringList lines;
    for (const Indicator &indicator : found)
        lines << kindName(indicator.kind) + QLatin1Char(' ') + indicator.value + QLatin1Char(' ') + indicator.where;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

class IndicatorsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void urlEndings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("url");
        QTest::newRow("full stop") << QStringLiteral("see https://example.com/path.") << QStringLiteral("https://example.com/path");
        QTest::newRow("comma") << QStringLiteral("https://example.com/a, then") << QStringLiteral("https://example.com/a");
        QTest::newRow("question") << QStringLiteral("Seen https://example.com/?") << QStringLiteral("https://example.com/");
        QTest::newRow("in parens") << QStringLiteral("(https://example.com/a)") << QStringLiteral("https://example.com/a");
        QTest::newRow("balanced parens") << QStringLiteral("see https://en.wikipedia.org/wiki/Foo_(bar) now")
                                         << QStringLiteral("https://en.wikipedia.org/wiki/Foo_(bar)");
        QTest::newRow("balanced in parens") << QStringLiteral("(https://en.wikipedia.org/wiki/Foo_(bar))")
                                            << QStringLiteral("https://en.wikipedia.org/wiki/Foo_(bar)");
        QTest::newRow("angle brackets") << QStringLiteral("<https://example.com/x?a=1&b=2>")
                                        << QStringLiteral("https://example.com/x?a=1&b=2");
        QTest::newRow("quotes") << QStringLiteral("\"https://example.com/q\"") << QStringLiteral("https://example.com/q");
        QTest::newRow("apostrophes") << QStringLiteral("'https://example.com/a'") << QStringLiteral("https://example.com/a");
        QTest::newRow("ideographic full stop") << QStringLiteral("詳細はhttps://example.jp/login。")
                                               << QStringLiteral("https://example.jp/login");
        QTest::newRow("ideographic comma") << QStringLiteral("https://example.jp/a、次に") << QStringLiteral("https://example.jp/a");
        QTest::newRow("corner brackets") << QStringLiteral("「https://example.jp/b」をクリック") << QStringLiteral("https://example.jp/b");
        QTest::newRow("hiragana follows") << QStringLiteral("https://example.jp/loginをご確認ください")
                                          << QStringLiteral("https://example.jp/login");
        QTest::newRow("kanji after host") << QStringLiteral("https://example.jp確認") << QStringLiteral("https://example.jp");
        QTest::newRow("ideographic space") << QStringLiteral("https://example.com/a\u3000next") << QStringLiteral("https://example.com/a");
        QTest::newRow("zero-width space") << QStringLiteral("https://example.com/a\u200bb") << QStringLiteral("https://example.com/a");
        QTest::newRow("bare www") << QStringLiteral("visit www.example.com/page!") << QStringLiteral("www.example.com/page");
        QTest::newRow("ftp") << QStringLiteral("ftp://files.example.org/pub/x.zip;") << QStringLiteral("ftp://files.example.org/pub/x.zip");
        QTest::newRow("ipv6 literal") << QStringLiteral("at http://[2001:db8::1]:8080/x") << QStringLiteral("http://[2001:db8::1]:8080/x");
    }
    void urlEndings()
    {
        QFETCH(QString, text);
        QFETCH(QString, url);
        QCOMPARE(valuesOf(fromText(text), Kind::Url), QStringList { url });
    }

    void defangedInput_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("value");
        QTest::newRow("hxxp") << QStringLiteral("hxxp://evil.example.com/a") << Kind::Url << QStringLiteral("http://evil.example.com/a");
        QTest::newRow("hxxps [.]") << QStringLiteral("hxxps://evil[.]com/login") << Kind::Url << QStringLiteral("https://evil.com/login");
        QTest::newRow("hXXp co.jp") << QStringLiteral("hXXp://bad[.]co[.]jp/") << Kind::Url << QStringLiteral("http://bad.co.jp/");
        QTest::newRow("[:]//") << QStringLiteral("https[:]//evil[.]com") << Kind::Url << QStringLiteral("https://evil.com");
        QTest::newRow("[://]") << QStringLiteral("http[://]evil[.]com/x") << Kind::Url << QStringLiteral("http://evil.com/x");
        QTest::newRow("fxp") << QStringLiteral("fxp://files[.]evil[.]org/a") << Kind::Url << QStringLiteral("ftp://files.evil.org/a");
        QTest::newRow("www[.]") << QStringLiteral("www[.]evil[.]com/path") << Kind::Url << QStringLiteral("www.evil.com/path");
        QTest::newRow("(.)") << QStringLiteral("hxxp://evil(.)com/p") << Kind::Url << QStringLiteral("http://evil.com/p");
        QTest::newRow("[dot]") << QStringLiteral("hxxp://evil[dot]com") << Kind::Url << QStringLiteral("http://evil.com");
        QTest::newRow("url's domain") << QStringLiteral("hxxps://login[.]evil[.]com/x") << Kind::Domain << QStringLiteral("login.evil.com");
        QTest::newRow("bare domain") << QStringLiteral("contact evil[.]example[.]net today") << Kind::Domain
                                     << QStringLiteral("evil.example.net");
        QTest::newRow("[@]") << QStringLiteral("user[@]evil[.]com") << Kind::Email << QStringLiteral("user@evil.com");
        QTest::newRow("[at]") << QStringLiteral("sales[at]example.org") << Kind::Email << QStringLiteral("sales@example.org");
        QTest::newRow("ip [.]") << QStringLiteral("C2 203.0.113[.]5") << Kind::Ip << QStringLiteral("203.0.113.5");
    }
    void defangedInput()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, value);
        QCOMPARE(valuesOf(fromText(text), kind), QStringList { value });
    }

    void defangRoundTrip_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("defanged");
        QTest::newRow("url co.jp") << Kind::Url << QStringLiteral("https://www.example.co.jp/login?x=1")
                                   << QStringLiteral("hxxps://www.example[.]co[.]jp/login?x=1");
        QTest::newRow("url port") << Kind::Url << QStringLiteral("http://evil.com:8080/a") << QStringLiteral("hxxp://evil[.]com:8080/a");
        QTest::newRow("url ftp") << Kind::Url << QStringLiteral("ftp://files.example.org/x")
                                 << QStringLiteral("fxp://files.example[.]org/x");
        QTest::newRow("url ip") << Kind::Url << QStringLiteral("http://192.0.2.1/x") << QStringLiteral("hxxp://192.0.2[.]1/x");
        QTest::newRow("url www") << Kind::Url << QStringLiteral("www.example.com/a") << QStringLiteral("www.example[.]com/a");
        QTest::newRow("domain") << Kind::Domain << QStringLiteral("a.b.example.com") << QStringLiteral("a.b.example[.]com");
        QTest::newRow("domain private suffix") << Kind::Domain << QStringLiteral("foo.github.io") << QStringLiteral("foo[.]github[.]io");
        QTest::newRow("ipv4") << Kind::Ip << QStringLiteral("192.0.2.1") << QStringLiteral("192.0.2[.]1");
        QTest::newRow("ipv6") << Kind::Ip << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::1");
        QTest::newRow("email") << Kind::Email << QStringLiteral("user@mail.example.com") << QStringLiteral("user[@]mail.example[.]com");
    }
    void defangRoundTrip()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, value);
        QFETCH(QString, defanged);
        QCOMPARE(defang(value, kind), defanged);
        QCOMPARE(refang(defanged), value);
    }

    void idn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("ascii");
        // xn--80ak6aa92e is "аррӏе" in Cyrillic letters: the classic apple.com look-alike.
        QTest::newRow("punycode host") << QStringLiteral("https://www.xn--80ak6aa92e.com/") << Kind::Domain
                                       << QStringLiteral("www.\u0430\u0440\u0440\u04cf\u0435.com")
                                       << QStringLiteral("www.xn--80ak6aa92e.com");
        QTest::newRow("unicode host") << QStringLiteral("https://пример.рф/путь") << Kind::Domain << QStringLiteral("пример.рф")
                                      << QStringLiteral("xn--e1afmkfd.xn--p1ai");
        QTest::newRow("unicode url as found") << QStringLiteral("https://пример.рф/путь") << Kind::Url
                                              << QStringLiteral("https://пример.рф/путь") << QString();
        QTest::newRow("upper case") << QStringLiteral("HTTPS://WWW.Example.COM/A") << Kind::Domain << QStringLiteral("www.example.com")
                                    << QString();
        QTest::newRow("email punycode") << QStringLiteral("user@xn--e1afmkfd.xn--p1ai") << Kind::Email << QStringLiteral("user@пример.рф")
                                        << QStringLiteral("user@xn--e1afmkfd.xn--p1ai");
        QTest::newRow("email domain case") << QStringLiteral("Info@Example.COM") << Kind::Email << QStringLiteral("Info@example.com")
                                           << QString();
    }
    void idn()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        QFETCH(QString, value);
        QFETCH(QString, ascii);
        const QList<Indicator> found = fromText(text);
        auto it = std::find_if(found.begin(), found.end(), [&](const Indicator &i) { return i.kind == kind; });
        QVERIFY2(it != found.end(), qPrintable(describe(found)));
        QCOMPARE(it->value, value);
        QCOMPARE(it->asciiValue, ascii);
    }

    void domainForms_data()
    {
        QTest::addColumn<QString>("domain");
        QTest::addColumn<QString>("unicode");
        QTest::addColumn<QString>("ascii");
        QTest::newRow("ascii") << QStringLiteral("WWW.Example.COM") << QStringLiteral("www.example.com")
                               << QStringLiteral("www.example.com");
        QTest::newRow("ace upper case") << QStringLiteral("XN--80AK6AA92E.com") << QStringLiteral("\u0430\u0440\u0440\u04cf\u0435.com")
                                        << QStringLiteral("xn--80ak6aa92e.com");
        QTest::newRow("unicode upper case") << QStringLiteral("ПРИМЕР.РФ") << QStringLiteral("пример.рф")
                                            << QStringLiteral("xn--e1afmkfd.xn--p1ai");
        QTest::newRow("ideographic dots") << QStringLiteral("例え。テスト") << QStringLiteral("例え.テスト")
                                          << QStringLiteral("xn--r8jz45g.xn--zckzah");
        QTest::newRow("invalid punycode kept") << QStringLiteral("xn--99999999999.com") << QStringLiteral("xn--99999999999.com")
                                               << QStringLiteral("xn--99999999999.com");
    }
    void domainForms()
    {
        QFETCH(QString, domain);
        QFETCH(QString, unicode);
        QFETCH(QString, ascii);
        QCOMPARE(domainToUnicode(domain), unicode);
        QCOMPARE(domainToAscii(domain), ascii);
    }

    void ipAddresses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("ips");
        QTest::newRow("plain") << QStringLiteral("from 192.0.2.10 port") << QStringList { QStringLiteral("192.0.2.10") };
        QTest::newRow("leading zeros") << QStringLiteral("192.168.001.010") << QStringList { QStringLiteral("192.168.1.10") };
        QTest::newRow("octet too big") << QStringLiteral("999.1.1.1") << QStringList {};
        QTest::newRow("five parts") << QStringLiteral("1.2.3.4.5") << QStringList {};
        QTest::newRow("version kept") << QStringLiteral("Version 1.2.3.4") << QStringList { QStringLiteral("1.2.3.4") };
        QTest::newRow("inside a word") << QStringLiteral("v1.2.3.4") << QStringList {};
        QTest::newRow("date") << QStringLiteral("2024.01.02") << QStringList {};
        QTest::newRow("sentence end") << QStringLiteral("blocked 203.0.113.5.") << QStringList { QStringLiteral("203.0.113.5") };
        QTest::newRow("port") << QStringLiteral("203.0.113.5:8080") << QStringList { QStringLiteral("203.0.113.5") };
        QTest::newRow("ipv6 compressed") << QStringLiteral("2001:0db8:0000:0000:0000:0000:0000:0001")
                                         << QStringList { QStringLiteral("2001:db8::1") };
        QTest::newRow("ipv6 upper") << QStringLiteral("addr 2001:DB8::A.") << QStringList { QStringLiteral("2001:db8::a") };
        QTest::newRow("ipv6 received") << QStringLiteral("[IPv6:2001:db8::5]") << QStringList { QStringLiteral("2001:db8::5") };
        QTest::newRow("ipv4-mapped") << QStringLiteral("::ffff:192.0.2.1") << QStringList { QStringLiteral("::ffff:192.0.2.1") };
        QTest::newRow("zone") << QStringLiteral("2001:db8::7%eth0") << QStringList { QStringLiteral("2001:db8::7") };
        QTest::newRow("local only") << QStringLiteral("127.0.0.1 ::1 169.254.1.1 fe80::1 0.0.0.0") << QStringList {};
        QTest::newRow("time") << QStringLiteral("at 10:30:45 UTC") << QStringList {};
        QTest::newRow("mac") << QStringLiteral("00:1a:2b:3c:4d:5e") << QStringList {};
        QTest::newRow("c++") << QStringLiteral("std::vector a::b") << QStringList {};
        QTest::newRow("unspecified") << QStringLiteral("address :: here") << QStringList {};
        QTest::newRow("url host") << QStringLiteral("http://198.51.100.7/login") << QStringList { QStringLiteral("198.51.100.7") };
        QTest::newRow("decimal host") << QStringLiteral("http://3232235777/") << QStringList { QStringLiteral("192.168.1.1") };
        QTest::newRow("hex host") << QStringLiteral("http://0xcb.0.0x71.5/") << QStringList { QStringLiteral("203.0.113.5") };
        QTest::newRow("ip in url path") << QStringLiteral("http://example.com/198.51.100.8/") << QStringList {};
    }
    void ipAddresses()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, ips);
        QCOMPARE(valuesOf(fromText(text), Kind::Ip), ips);
    }

    void emails_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("emails");
        QTest::newRow("display name") << QStringLiteral("\"PayPal\" <service@paypa1.com>")
                                      << QStringList { QStringLiteral("service@paypa1.com") };
        QTest::newRow("key=value") << QStringLiteral("smtp.mailfrom=bounce@mailer.example.net;")
                                   << QStringList { QStringLiteral("bounce@mailer.example.net") };
        QTest::newRow("srs in brackets") << QStringLiteral("<SRS0=abcd=XY=example.com=user@fwd.example.org>")
                                         << QStringList { QStringLiteral("SRS0=abcd=XY=example.com=user@fwd.example.org") };
        QTest::newRow("japanese after") << QStringLiteral("連絡先:info@example.co.jpまで")
                                        << QStringList { QStringLiteral("info@example.co.jp") };
        QTest::newRow("sentence end") << QStringLiteral("write to a.b@example.com.") << QStringList { QStringLiteral("a.b@example.com") };
        QTest::newRow("no known suffix") << QStringLiteral("root@localhost and x@host.invalidtld") << QStringList {};
        QTest::newRow("content id") << QStringLiteral("cid:image001.png@01D9A1B2.C3D4E5F0") << QStringList {};
        QTest::newRow("inside url") << QStringLiteral("https://x.example.com/?e=victim@corp.example.com") << QStringList {};
    }
    void emails()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, emails);
        QCOMPARE(valuesOf(fromText(text), Kind::Email), emails);
    }

    void noFileNamesAsDomains()
    {
        Message message;
        message.textBody = QStringLiteral("Open invoice.pdf, run example.exe or unzip report.zip (see readme.txt).");
        message.attachments.append(Attachment { QStringLiteral("invoice.pdf"), QStringLiteral("application/pdf"), {}, false, -1, {} });
        message.attachments.append(
            Attachment { QStringLiteral("example.exe"), QStringLiteral("application/octet-stream"), {}, false, -1, {} });
        const QList<Indicator> found = extractIndicators(message);
        QVERIFY2(found.isEmpty(), qPrintable(describe(found)));
    }

    void registrableDomains_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("registrable");
        QTest::newRow("co.jp") << QStringLiteral("a.b.example.co.jp") << QStringLiteral("example.co.jp");
        QTest::newRow("github.io site") << QStringLiteral("foo.github.io") << QStringLiteral("foo.github.io");
        QTest::newRow("github.io deeper") << QStringLiteral("a.foo.github.io") << QStringLiteral("foo.github.io");
        QTest::newRow("private suffix itself") << QStringLiteral("github.io") << QString();
        QTest::newRow("suffix itself") << QStringLiteral("co.jp") << QString();
        QTest::newRow("case and dot") << QStringLiteral("WWW.Example.COM.") << QStringLiteral("example.com");
        QTest::newRow("unicode") << QStringLiteral("www.пример.рф") << QStringLiteral("пример.рф");
        QTest::newRow("punycode") << QStringLiteral("www.xn--e1afmkfd.xn--p1ai") << QStringLiteral("xn--e1afmkfd.xn--p1ai");
        QTest::newRow("wildcard rule") << QStringLiteral("a.b.kawasaki.jp") << QStringLiteral("a.b.kawasaki.jp");
        QTest::newRow("exception rule") << QStringLiteral("www.city.kawasaki.jp") << QStringLiteral("city.kawasaki.jp");
        QTest::newRow("ipv4") << QStringLiteral("192.0.2.1") << QString();
        QTest::newRow("ipv6") << QStringLiteral("2001:db8::1") << QString();
    }
    void registrableDomains()
    {
        QFETCH(QString, host);
        QFETCH(QString, registrable);
        QCOMPARE(registrableDomain(host), registrable);
    }

    void headers()
    {
        Message message;
        auto header = [&](const char *name, const char *value) {
            message.headers.append(HeaderField { QString::fromLatin1(name), QByteArray(value), QString::fromUtf8(value) });
        };
        header("From", "PayPal <service@paypal.example.com>");
        header("DKIM-Signature", "v=1; d=signer.example.com; s=s1; b=abc");
        header("Received",
            "from mail.sender.example.net (mail.sender.example.net [203.0.113.9]) by mx.google.com with ESMTPS id "
            "abc123.45 for <victim@corp.example.org>; Tue, 1 Jan 2024 10:00:00 +0000");
        header("Message-ID", "<CAF12345.6789@mail.example.co.jp>");
        header("X-Mailer", "Foo 1.2.3.4");
        const QList<Indicator> expected {
            { Kind::Email, QStringLiteral("service@paypal.example.com"), QStringLiteral("header:From"), {} },
            { Kind::Domain, QStringLiteral("paypal.example.com"), QStringLiteral("header:From"), {} },
            // Only the "from" clause: the "by" host is the receiver's relay.
            { Kind::Ip, QStringLiteral("203.0.113.9"), QStringLiteral("header:Received"), {} },
            { Kind::Domain, QStringLiteral("mail.sender.example.net"), QStringLiteral("header:Received"), {} },
            { Kind::Domain, QStringLiteral("mail.example.co.jp"), QStringLiteral("header:Message-ID"), {} },
            { Kind::Ip, QStringLiteral("1.2.3.4"), QStringLiteral("header:X-Mailer"), {} },
        };
        const QList<Indicator> found = extractIndicators(message);
        QVERIFY2(found == expected, qPrintable(describe(found)));
    }

    void htmlBody()
    {
        Message message;
        message.htmlBody = QStringLiteral(
            "<html><head><meta http-equiv=\"Refresh\" content=\"0; url='https://redirect.example.com/r'\"></head><body>"
            "<a href=\" https://login.example.com/a?b=1&amp;c=2\">https://paypal.com</a><img src=\"cid:image001\">"
            "<form action=\"http://198.51.100.20/post\"></form><a href=\"mailto:help@support.example.org?subject=x\">mail</a>"
            "<script>var u = \"http://script.example.com/\";</script><p>Visit www.visible.example.net.</p></body></html>");
        message.attachments.append(Attachment { QStringLiteral("invoice (billing@vendor.example.com).pdf"), {}, {}, false, -1, {} });
        const auto html = QStringLiteral("body:html");
        const QList<Indicator> expected {
            { Kind::Url, QStringLiteral("https://redirect.example.com/r"), html, {} },
            { Kind::Domain, QStringLiteral("redirect.example.com"), html, {} },
            { Kind::Url, QStringLiteral("https://login.example.com/a?b=1&c=2"), html, {} },
            { Kind::Domain, QStringLiteral("login.example.com"), html, {} },
            { Kind::Url, QStringLiteral("http://198.51.100.20/post"), html, {} },
            { Kind::Ip, QStringLiteral("198.51.100.20"), html, {} },
            { Kind::Email, QStringLiteral("help@support.example.org"), html, {} },
            { Kind::Domain, QStringLiteral("support.example.org"), html, {} },
            { Kind::Url, QStringLiteral("https://paypal.com"), html, {} },
            { Kind::Domain, QStringLiteral("paypal.com"), html, {} },
            { Kind::Url, QStringLiteral("www.visible.example.net"), html, {} },
            { Kind::Domain, QStringLiteral("www.visible.example.net"), html, {} },
            { Kind::Email, QStringLiteral("billing@vendor.example.com"), QStringLiteral("attachment-name"), {} },
            { Kind::Domain, QStringLiteral("vendor.example.com"), QStringLiteral("attachment-name"), {} },
        };
        const QList<Indicator> found = extractIndicators(message);
        QVERIFY2(found == expected, qPrintable(describe(found)));
    }

    void deeplyNestedHtmlIsBounded()
    {
        Message message;
        message.htmlBody = QStringLiteral("<div>").repeated(100000) + QStringLiteral("<a href=\"https://deep.example.com/x\">x</a>");
        ParseNotes notes;
        QElapsedTimer timer;
        timer.start();
        const QList<Indicator> found = extractIndicators(message, &notes);
        QVERIFY2(timer.elapsed() < 5000, "gumbo's time grows with the nesting depth: deep markup must not reach it");
        QCOMPARE(valuesOf(found, Kind::Url), QStringList { QStringLiteral("https://deep.example.com/x") });
        QCOMPARE(notes.notes().size(), 1);
        QCOMPARE(notes.notes().first().code, QStringLiteral("indicators-html-flat"));
    }

    void indicatorCountIsCapped()
    {
        QString text;
        for (int i = 0; i < 6000; ++i)
            text += QStringLiteral("user%1@example.com ").arg(i);
        Message message;
        message.textBody = text;
        ParseNotes notes;
        const QList<Indicator> found = extractIndicators(message, &notes);
        QCOMPARE(found.size(), 5000);
        QCOMPARE(found.at(1).value, QStringLiteral("example.com"));
        QCOMPARE(notes.notes().size(), 1);
        QCOMPARE(notes.notes().first().code, QStringLiteral("indicators-capped"));
    }

    void hostileTextIsLinear()
    {
        // Long runs that make naive regular expressions backtrack: word characters without '@',
        // dots without a TLD, colons, and an endless URL.
        const QString text = QString(600000, QLatin1Char('a')) + QStringLiteral("1.").repeated(200000) + QString(200000, QLatin1Char(':'))
            + QStringLiteral("http://x.com/") + QString(300000, QLatin1Char('b'));
        QElapsedTimer timer;
        timer.start();
        const QList<Indicator> found = fromText(text);
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(valuesOf(found, Kind::Domain), QStringList { QStringLiteral("x.com") });
        QCOMPARE(valuesOf(found, Kind::Url).value(0).size(), 8192);
    }

    void noiseKeepsTheInvariants()
    {
        // Deterministic noise made of the pieces the scanners react to: no crash, what comes out
        // is well formed, and every kind of indicator does come out. The same noise as HTML
        // exercises gumbo's side.
        static const QStringList pieces
            = QStringLiteral("http|hxxps|ftp|://|[:]//|[://]|www|.|[.]|(.)|[dot]|com|co|jp|at|example|xn--80ak6aa92e|пример|"
                             "рф|@|[@]|[at]|a|Z|0|1|25|255|999|:|::|/|?|#|%41|(|)|[|]|{|}|<|>|\"|'|-|_|=| |\n|\u3002|\u3001|\u300c|"
                             "\u3092|\u7a7a|<a href=\"|\">|</a>|<div>|</div>|<img src=|<style>|</style>|<!--|-->|mailto:|IPv6:")
                  .split(QLatin1Char('|'));
        quint32 x = 12345;
        int counts[4] = {};
        for (int round = 0; round < 300; ++round) {
            QString noise;
            for (int i = 0; i < 600; ++i) {
                x = x * 1103515245u + 12345u;
                noise += pieces.at((x >> 16) % pieces.size());
            }
            Message message;
            message.textBody = noise;
            message.htmlBody = noise;
            for (const Indicator &indicator : extractIndicators(message)) {
                ++counts[int(indicator.kind)];
                QVERIFY(!indicator.value.isEmpty());
                if (indicator.kind == Kind::Domain)
                    QVERIFY2(hostnames::hasKnownSuffix(indicator.value), qPrintable(indicator.value));
                if (indicator.kind == Kind::Ip)
                    QVERIFY2(hostnames::canonicalIpv4(indicator.value) == indicator.value
                            || hostnames::canonicalIpv6(indicator.value) == indicator.value,
                        qPrintable(indicator.value));
            }
        }
        for (int count : counts)
            QVERIFY(count > 0);
    }

    void corpusSmoke()
    {
        SHOAL_REQUIRE_CORPUS();
        const QString folder = test::corpusDir() + QStringLiteral("/phishing_pot");
        QDirIterator files(folder, { QStringLiteral("*.eml") }, QDir::Files);
        const QSet<QString> places { QStringLiteral("body:text"), QStringLiteral("body:html"), QStringLiteral("attachment-name") };
        int samples = 0;
        int withUrl = 0;
        // Processor time, not wall time: the machine running the tests is often busy.
        std::clock_t spent = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const Message message = mime::parseMessage(file.readAll());
            const std::clock_t start = std::clock();
            const QList<Indicator> found = extractIndicators(message);
            spent += std::clock() - start;
            ++samples;
            QSet<QString> seen;
            bool url = false;
            for (const Indicator &indicator : found) {
                const QString context = file.fileName() + QLatin1Char(' ') + indicator.value;
                QVERIFY2(!indicator.value.isEmpty(), qPrintable(context));
                QVERIFY2(places.contains(indicator.where) || indicator.where.startsWith(QLatin1String("header:")), qPrintable(context));
                QVERIFY2(!seen.contains(kindName(indicator.kind) + indicator.value), qPrintable(context));
                seen.insert(kindName(indicator.kind) + indicator.value);
                url = url || indicator.kind == Kind::Url;
                if (indicator.kind == Kind::Ip)
                    QVERIFY2(hostnames::canonicalIpv4(indicator.value) == indicator.value
                            || hostnames::canonicalIpv6(indicator.value) == indicator.value,
                        qPrintable(context));
                if (indicator.kind == Kind::Domain)
                    QVERIFY2(hostnames::hasKnownSuffix(indicator.value), qPrintable(context));
            }
            withUrl += url;
        }
        QVERIFY(samples > 1000);
        // Phishing mail is made of links: nearly every sample has one.
        QVERIFY2(withUrl * 10 > samples * 9, qPrintable(QStringLiteral("%1 of %2").arg(withUrl).arg(samples)));
        qInfo("%d samples, %d with a URL, %.0f messages per second of processor time", samples, withUrl,
            samples / (double(spent) / CLOCKS_PER_SEC));
    }
};

QTEST_GUILESS_MAIN(IndicatorsTest)
#include "indicators_test.moc"
