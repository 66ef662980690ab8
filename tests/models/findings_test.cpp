// The findings rules, each with a sample that must trigger it and one that must not, the
// evidence compared exactly; the ordering of runFindings(); and a smoke run over the real
// phishing corpus that counts how many samples each rule flags.
#include "findings/rules.h"
#include "mail/message.h"
#include "mail/mimeparser.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>
#include <QTest>
#include <QtEndian>

using namespace shoal;

Q_DECLARE_METATYPE(shoal::Message)
Q_DECLARE_METATYPE(shoal::CaseProfile)

namespace {

Message mail(const QString &fromName, const QString &fromAddress)
{
    Message message;
    message.from = { fromName, fromAddress };
    return message;
}

Message withReplyTo(Message message, const QString &name, const QString &address)
{
    message.replyTo.append({ name, address });
    return message;
}

Message withHtml(const QString &html)
{
    Message message = mail(QString(), QStringLiteral("news@shop.example.com"));
    message.htmlBody = html;
    return message;
}

Message withAttachment(
    const QString &filename, const QByteArray &data, const QString &mimeType = QStringLiteral("application/octet-stream"))
{
    Message message = mail(QString(), QStringLiteral("a@example.com"));
    message.attachments.append({ filename, mimeType, QString(), false, 1, data });
    return message;
}

struct ZipItem {
    QByteArray name;
    bool encrypted = false;
};

// A stored zip with empty entries, written by hand: the rules read names and flags only (CRCs
// are left zero, which no rule checks).
QByteArray makeZip(const QList<ZipItem> &items)
{
    auto le16 = [](QByteArray &out, quint16 v) { out.append(char(v & 0xFF)).append(char(v >> 8)); };
    auto le32 = [&](QByteArray &out, quint32 v) { le16(out, quint16(v & 0xFFFF)), le16(out, quint16(v >> 16)); };
    QByteArray zip, directory;
    for (const ZipItem &item : items) {
        const quint32 offset = quint32(zip.size());
        const quint16 flags = item.encrypted ? 1 : 0;
        zip.append("PK\x03\x04", 4);
        le16(zip, 20), le16(zip, flags), le16(zip, 0), le32(zip, 0), le32(zip, 0), le32(zip, 0), le32(zip, 0);
        le16(zip, quint16(item.name.size())), le16(zip, 0);
        zip.append(item.name);
        directory.append("PK\x01\x02", 4);
        le16(directory, 20), le16(directory, 20), le16(directory, flags), le16(directory, 0), le32(directory, 0), le32(directory, 0);
        le32(directory, 0), le32(directory, 0), le16(directory, quint16(item.name.size())), le16(directory, 0), le16(directory, 0);
        le16(directory, 0), le16(directory, 0), le32(directory, 0), le32(directory, offset);
        directory.append(item.name);
    }
    const quint32 directoryOffset = quint32(zip.size());
    zip.append(directory);
    zip.append("PK\x05\x06", 4);
    le16(zip, 0), le16(zip, 0), le16(zip, quint16(items.size())), le16(zip, quint16(items.size()));
    le32(zip, quint32(directory.size())), le32(zip, directoryOffset), le16(zip, 0);
    return zip;
}

QByteArray utf16(const char *latin1)
{
    QByteArray out;
    for (const char *c = latin1; *c; ++c)
        out.append(*c).append('\0');
    return out;
}

// An OLE compound file's header followed by a 128-byte directory entry named `entry`.
QByteArray makeOle(const char *entry)
{
    QByteArray ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole.resize(1024, '\0');
    QByteArray dirEntry = utf16(entry) + QByteArray(2, '\0');
    const quint16 nameBytes = quint16(dirEntry.size());
    dirEntry.resize(128, '\0');
    qToLittleEndian<quint16>(nameBytes, dirEntry.data() + 64);
    return ole + dirEntry;
}

CaseProfile protecting(const QStringList &domains, const QStringList &people = {}, const QStringList &brands = {})
{
    CaseProfile profile;
    profile.protectedDomains = domains;
    profile.protectedPeople = people;
    profile.brands = brands;
    return profile;
}

const Finding *findingOf(const QList<Finding> &findings, const QString &id)
{
    for (const Finding &finding : findings) {
        if (finding.id == id)
            return &finding;
    }
    return nullptr;
}

} // namespace

class FindingsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void sortedMostSevereFirst();
    void everyRuleHasItsId();
    void hostileHtmlIsBounded();
    void phishingCorpusSmoke();
};

void FindingsTest::rule_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<Message>("message");
    QTest::addColumn<CaseProfile>("profile");
    QTest::addColumn<QString>("severity"); // empty: the finding must be absent
    QTest::addColumn<QStringList>("evidence");
    const CaseProfile none;
    const QString high = QStringLiteral("high"), medium = QStringLiteral("medium"), low = QStringLiteral("low");

    // The real BEC case: the Reply-To display name shows the partner's address.
    const Message bec = withReplyTo(mail(QStringLiteral("Alice"), QStringLiteral("alice@a-company.co.jp")),
        QStringLiteral("alice@a-company.co.jp"), QStringLiteral("alice.a-compeny.co.jp@mail.com"));
    const QString becReplyTo = QStringLiteral("\"alice@a-company.co.jp\" <alice.a-compeny.co.jp@mail.com>");
    QTest::newRow("reply-to-differs +") << QStringLiteral("reply-to-differs") << bec << none << medium
                                        << QStringList { QStringLiteral("From: \"Alice\" <alice@a-company.co.jp> (a-company.co.jp)"),
                                               QStringLiteral("Reply-To: %1 (mail.com)").arg(becReplyTo) };
    QTest::newRow("reply-to-differs - same site")
        << QStringLiteral("reply-to-differs")
        << withReplyTo(mail(QString(), QStringLiteral("alice@a-company.co.jp")), QString(), QStringLiteral("sales@mail.a-company.co.jp"))
        << none << QString() << QStringList();
    QTest::newRow("display-address-mismatch +")
        << QStringLiteral("display-address-mismatch") << bec << none << high
        << QStringList { QStringLiteral("Reply-To: %1 (shows alice@a-company.co.jp)").arg(becReplyTo) };
    QTest::newRow("display-address-mismatch - same address")
        << QStringLiteral("display-address-mismatch")
        << mail(QStringLiteral("ALICE@a-company.co.jp"), QStringLiteral("alice@a-company.co.jp")) << none << QString() << QStringList();
    QTest::newRow("freemail-reply-to +") << QStringLiteral("freemail-reply-to") << bec << none << medium
                                         << QStringList { QStringLiteral("From: \"Alice\" <alice@a-company.co.jp>"),
                                                QStringLiteral("Reply-To: %1 (mail.com)").arg(becReplyTo) };
    QTest::newRow("freemail-reply-to - company reply-to")
        << QStringLiteral("freemail-reply-to")
        << withReplyTo(mail(QString(), QStringLiteral("a@gmail.com")), QString(), QStringLiteral("desk@b-company.co.jp")) << none
        << QString() << QStringList();
    Message bounce = mail(QString(), QStringLiteral("info@shop.example.com"));
    bounce.returnPath = QStringLiteral("bounce+123@mg.mailer.example.net");
    QTest::newRow("return-path-differs +") << QStringLiteral("return-path-differs") << bounce << none << low
                                           << QStringList { QStringLiteral("From: info@shop.example.com (example.com)"),
                                                  QStringLiteral("Return-Path: bounce+123@mg.mailer.example.net (example.net)") };
    bounce.returnPath = QStringLiteral("bounce@bounces.example.com");
    QTest::newRow("return-path-differs - same site")
        << QStringLiteral("return-path-differs") << bounce << none << QString() << QStringList();

    const CaseProfile bCompany = protecting({ QStringLiteral("b-company.co.jp") });
    const auto lookalike = [](const QString &domain, const QString &shown, const QString &reasons) {
        return QStringList { QStringLiteral("From: ceo@%1 (domain %2) looks like b-company.co.jp: %3").arg(domain, shown, reasons) };
    };
    const QString lookalikeId = QStringLiteral("lookalike-domain");
    QTest::newRow("lookalike + typo") << lookalikeId << mail(QString(), QStringLiteral("ceo@b-cornpany.co.jp")) << bCompany << high
                                      << lookalike(QStringLiteral("b-cornpany.co.jp"), QStringLiteral("b-cornpany.co.jp"),
                                             QStringLiteral("edit distance 2, confusable characters (homoglyphs)"));
    QTest::newRow("lookalike + swapped labels")
        << lookalikeId << mail(QString(), QStringLiteral("ceo@b-company-jp.co")) << bCompany << high
        << lookalike(QStringLiteral("b-company-jp.co"), QStringLiteral("b-company-jp.co"), QStringLiteral("the same labels rearranged"));
    QTest::newRow("lookalike + merged labels") << lookalikeId << mail(QString(), QStringLiteral("ceo@bcompany.co.jp")) << bCompany << high
                                               << lookalike(QStringLiteral("bcompany.co.jp"), QStringLiteral("bcompany.co.jp"),
                                                      QStringLiteral("edit distance 1, labels merged or split"));
    QTest::newRow("lookalike + other suffix") << lookalikeId << mail(QString(), QStringLiteral("ceo@b-company.com")) << bCompany << high
                                              << lookalike(QStringLiteral("b-company.com"), QStringLiteral("b-company.com"),
                                                     QStringLiteral("the same name under another suffix"));
    QTest::newRow("lookalike + subdomain") << lookalikeId << mail(QString(), QStringLiteral("ceo@b-company.co.jp.evil.example")) << bCompany
                                           << high
                                           << lookalike(QStringLiteral("b-company.co.jp.evil.example"),
                                                  QStringLiteral("b-company.co.jp.evil.example"),
                                                  QStringLiteral("the protected domain used as a subdomain"));
    QTest::newRow("lookalike + contains name") << lookalikeId << mail(QString(), QStringLiteral("ceo@bcompany-support.com")) << bCompany
                                               << high
                                               << lookalike(QStringLiteral("bcompany-support.com"), QStringLiteral("bcompany-support.com"),
                                                      QStringLiteral("contains the protected name"));
    // Cyrillic "о" (U+043E) for the Latin "o", written as punycode in the address.
    QTest::newRow("lookalike + homoglyph") << lookalikeId << mail(QString(), QStringLiteral("ceo@xn--b-cmpany-pbh.co.jp")) << bCompany
                                           << high
                                           << lookalike(QStringLiteral("xn--b-cmpany-pbh.co.jp"),
                                                  QStringLiteral("b-c\u043Empany.co.jp [xn--b-cmpany-pbh.co.jp]"),
                                                  QStringLiteral("edit distance 1, confusable characters (homoglyphs)"));
    QTest::newRow("lookalike - own subdomain") << lookalikeId << mail(QString(), QStringLiteral("ceo@mail.b-company.co.jp")) << bCompany
                                               << QString() << QStringList();
    // Only whole labels spell the protected name: services named after a longer word are left alone.
    QTest::newRow("lookalike - name inside a label")
        << lookalikeId << mail(QString(), QStringLiteral("ceo@b-companyservices.com")) << bCompany << QString() << QStringList();
    QTest::newRow("lookalike - unrelated") << lookalikeId << mail(QString(), QStringLiteral("ceo@c-industries.co.jp")) << bCompany
                                           << QString() << QStringList();
    QTest::newRow("lookalike - no profile") << lookalikeId << mail(QString(), QStringLiteral("ceo@b-cornpany.co.jp")) << none << QString()
                                            << QStringList();

    const QString freemail = QStringLiteral("freemail-sender");
    QTest::newRow("freemail + gmail") << freemail << mail(QStringLiteral("Bob"), QStringLiteral("bob@gmail.com")) << none << low
                                      << QStringList { QStringLiteral("From: \"Bob\" <bob@gmail.com> (gmail.com)") };
    QTest::newRow("freemail + yahoo.co.jp") << freemail << mail(QString(), QStringLiteral("bob@yahoo.co.jp")) << none << low
                                            << QStringList { QStringLiteral("From: bob@yahoo.co.jp (yahoo.co.jp)") };
    QTest::newRow("freemail + mail.com family") << freemail << mail(QString(), QStringLiteral("bob@consultant.com")) << none << low
                                                << QStringList { QStringLiteral("From: bob@consultant.com (consultant.com)") };
    QTest::newRow("freemail - company") << freemail << mail(QString(), QStringLiteral("bob@b-company.co.jp")) << none << QString()
                                        << QStringList();
    QTest::newRow("freemail - look-alike of gmail")
        << freemail << mail(QString(), QStringLiteral("bob@notgmail.com")) << none << QString() << QStringList();

    const CaseProfile people = protecting({ QStringLiteral("b-company.co.jp") },
        { QStringLiteral("山田 太郎"), QStringLiteral("Taro Yamada") }, { QStringLiteral("B-Company") });
    const QString person = QStringLiteral("protected-person-outside");
    QTest::newRow("person + japanese") << person << mail(QStringLiteral("山田太郎"), QStringLiteral("yamada.taro@gmail.com")) << people
                                       << high
                                       << QStringList { QStringLiteral("From: \"山田太郎\" <yamada.taro@gmail.com>"),
                                              QStringLiteral("protected person: 山田 太郎") };
    QTest::newRow("person + family name first")
        << person << mail(QStringLiteral("YAMADA Taro (CEO)"), QStringLiteral("ceo@outlook.jp")) << people << high
        << QStringList { QStringLiteral("From: \"YAMADA Taro (CEO)\" <ceo@outlook.jp>"), QStringLiteral("protected person: Taro Yamada") };
    QTest::newRow("person - inside") << person << mail(QStringLiteral("Taro Yamada"), QStringLiteral("t.yamada@b-company.co.jp")) << people
                                     << QString() << QStringList();
    QTest::newRow("person - someone else") << person << mail(QStringLiteral("山田 花子"), QStringLiteral("hanako@gmail.com")) << people
                                           << QString() << QStringList();
    QTest::newRow("brand +") << QStringLiteral("protected-brand-outside")
                             << mail(QStringLiteral("B-Company Support"), QStringLiteral("help@bc-help.example")) << people << medium
                             << QStringList { QStringLiteral("From: \"B-Company Support\" <help@bc-help.example>"),
                                    QStringLiteral("protected brand: B-Company") };
    QTest::newRow("brand - inside") << QStringLiteral("protected-brand-outside")
                                    << mail(QStringLiteral("B-Company Support"), QStringLiteral("help@b-company.co.jp")) << people
                                    << QString() << QStringList();

    const QString beacon = QStringLiteral("tracking-beacon");
    QTest::newRow("beacon +") << beacon
                              << withHtml(QStringLiteral("<p>Hi</p><img src=\"https://u123.ct.sendgrid.net/wf/open?upn=abc\" alt=\"\">"
                                                         "<img src='https://t.example.net/p.gif' style='border:0; width: 1px;height:1px'>"
                                                         "<img src=https://t.example.net/q.gif width=0 height=0>"))
                              << none << low
                              << QStringList { QStringLiteral("known open-tracking address: https://u123.ct.sendgrid.net/wf/open?upn=abc"),
                                     QStringLiteral("1x1 image: https://t.example.net/p.gif"),
                                     QStringLiteral("1x1 image: https://t.example.net/q.gif") };
    QTest::newRow("beacon - logo and inline pixel")
        << beacon
        << withHtml(QStringLiteral("<img src=\"https://shop.example.com/logo.png\" width=\"120\" height=\"40\" style=\"max-width:1px\">"
                                   "<img src=\"cid:spacer\" width=\"1\" height=\"1\">"))
        << none << QString() << QStringList();

    const QString link = QStringLiteral("link-text-mismatch");
    QTest::newRow("link +")
        << link
        << withHtml(
               QStringLiteral("<a href=\"https://evil.example/login\">www.mybank.co.jp</a> "
                              "<a href='http://203.0.113.5/x'><b>https://secure.mybank.co.jp/</b></a>"
                              "<a href=\"https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2F&amp;data=1\">"
                              "mybank.co.jp</a>"))
        << none << medium
        << QStringList { QStringLiteral("text www.mybank.co.jp (mybank.co.jp) -> link https://evil.example/login (evil.example)"),
               QStringLiteral("text https://secure.mybank.co.jp/ (mybank.co.jp) -> link http://203.0.113.5/x (203.0.113.5)"),
               QStringLiteral("text mybank.co.jp (mybank.co.jp) -> link "
                              "https://nam02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fevil.example%2F&data=1 (evil.example)") };
    // A security gateway's wrapper (Safe Links) is judged by the link it wraps.
    QTest::newRow("link - honest")
        << link
        << withHtml(QStringLiteral("<a href=\"https://www.mybank.co.jp/x\">mybank.co.jp</a>"
                                   "<a href=\"https://evil.example/\">Click here</a><a href=\"mailto:a@x.example\">b.example</a>"
                                   "<a href=\"https://eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.mybank.co.jp%2F\">"
                                   "www.mybank.co.jp</a>"))
        << none << QString() << QStringList();

    QByteArray pe("MZ");
    pe.resize(0x80, '\0');
    qToLittleEndian<quint32>(0x40, pe.data() + 0x3C);
    pe.replace(0x40, 4, QByteArray("PE\0\0", 4));
    const QString executable = QStringLiteral("executable-attachment");
    QTest::newRow("executable + by content") << executable << withAttachment(QStringLiteral("scan.bin"), pe) << none << high
                                             << QStringList { QStringLiteral("scan.bin: PE executable (by content)") };
    QTest::newRow("executable + by name") << executable << withAttachment(QStringLiteral("Invoice.JS"), "var x = 1;") << none << high
                                          << QStringList { QStringLiteral("Invoice.JS: .js file (by name)") };
    QTest::newRow("executable + in zip") << executable
                                         << withAttachment(
                                                QStringLiteral("docs.zip"), makeZip({ { "docs/readme.txt" }, { "docs/run.scr" } }))
                                         << none << high << QStringList { QStringLiteral("docs.zip contains docs/run.scr") };
    QTest::newRow("executable - pdf") << executable << withAttachment(QStringLiteral("report.pdf"), "%PDF-1.4\n") << none << QString()
                                      << QStringList();

    const QString doubleExtension = QStringLiteral("double-extension");
    QTest::newRow("double extension + exe") << doubleExtension << withAttachment(QStringLiteral("invoice.pdf.exe"), "x") << none << high
                                            << QStringList { QStringLiteral("invoice.pdf.exe") };
    QTest::newRow("double extension + padded") << doubleExtension << withAttachment(QStringLiteral("scan.pdf          .scr"), "x") << none
                                               << high << QStringList { QStringLiteral("scan.pdf          .scr") };
    QTest::newRow("double extension + html") << doubleExtension << withAttachment(QStringLiteral("Remittance.xlsx.html"), "<html>") << none
                                             << medium << QStringList { QStringLiteral("Remittance.xlsx.html") };
    QTest::newRow("double extension - ordinary")
        << doubleExtension << withAttachment(QStringLiteral("report.v2.final.pdf"), "%PDF") << none << QString() << QStringList();
    QTest::newRow("rtlo +") << QStringLiteral("rtlo-filename") << withAttachment(QStringLiteral("invoice\u202Efdp.exe"), "x") << none
                            << high << QStringList { QStringLiteral("invoice[U+202E]fdp.exe") };
    QTest::newRow("rtlo - plain") << QStringLiteral("rtlo-filename") << withAttachment(QStringLiteral("invoice.pdf"), "x") << none
                                  << QString() << QStringList();

    const QString macro = QStringLiteral("office-macro");
    QTest::newRow("macro + ole stream") << macro << withAttachment(QStringLiteral("order.doc"), makeOle("_VBA_PROJECT")) << none << high
                                        << QStringList { QStringLiteral("order.doc: OLE document with a VBA project") };
    QTest::newRow("macro + ole storage") << macro << withAttachment(QStringLiteral("order.xls"), makeOle("VBA")) << none << high
                                         << QStringList { QStringLiteral("order.xls: OLE document with a VBA project") };
    QTest::newRow("macro + ooxml") << macro
                                   << withAttachment(
                                          QStringLiteral("order.docx"), makeZip({ { "[Content_Types].xml" }, { "word/vbaProject.bin" } }))
                                   << none << high << QStringList { QStringLiteral("order.docx: contains word/vbaProject.bin") };
    QTest::newRow("macro + by name") << macro << withAttachment(QStringLiteral("budget.xlsm"), "not a zip") << none << high
                                     << QStringList { QStringLiteral("budget.xlsm: macro-enabled Office extension (by name)") };
    QTest::newRow("macro - plain ole and docx")
        << macro << withAttachment(QStringLiteral("order.doc"), makeOle("WordDocument")) << none << QString() << QStringList();
    QTest::newRow("macro - docx") << macro << withAttachment(QStringLiteral("order.docx"), makeZip({ { "word/document.xml" } })) << none
                                  << QString() << QStringList();

    QByteArray iso(0x8006, '\0');
    iso.replace(0x8001, 5, "CD001");
    const QByteArray lnk("\x4C\0\0\0\x01\x14\x02\0\0\0\0\0\xC0\0\0\0\0\0\0\x46", 20);
    QTest::newRow("disk image + by content") << QStringLiteral("disk-image-attachment")
                                             << withAttachment(QStringLiteral("invoice.dat"), iso) << none << high
                                             << QStringList { QStringLiteral("invoice.dat: ISO 9660 image (by content)") };
    QTest::newRow("disk image + in zip") << QStringLiteral("disk-image-attachment")
                                         << withAttachment(QStringLiteral("a.zip"), makeZip({ { "Invoice.IMG" } })) << none << high
                                         << QStringList { QStringLiteral("a.zip contains Invoice.IMG") };
    QTest::newRow("disk image - zip of pdfs") << QStringLiteral("disk-image-attachment")
                                              << withAttachment(QStringLiteral("a.zip"), makeZip({ { "a.pdf" } })) << none << QString()
                                              << QStringList();
    QTest::newRow("shortcut + by content") << QStringLiteral("shortcut-attachment") << withAttachment(QStringLiteral("readme.txt"), lnk)
                                           << none << high
                                           << QStringList { QStringLiteral("readme.txt: Windows shortcut (LNK) (by content)") };
    QTest::newRow("shortcut - text") << QStringLiteral("shortcut-attachment") << withAttachment(QStringLiteral("readme.txt"), "hello")
                                     << none << QString() << QStringList();

    const QString encrypted = QStringLiteral("encrypted-archive");
    QTest::newRow("encrypted + zip") << encrypted
                                     << withAttachment(
                                            QStringLiteral("invoice.zip"), makeZip({ { "invoice.js", true }, { "note.txt", false } }))
                                     << none << medium << QStringList { QStringLiteral("invoice.zip: encrypted zip (invoice.js)") };
    QTest::newRow("encrypted + office") << encrypted << withAttachment(QStringLiteral("salary.xlsx"), makeOle("EncryptedPackage")) << none
                                        << medium << QStringList { QStringLiteral("salary.xlsx: encrypted Office document") };
    // Cut off before its central directory: the local headers are read instead.
    const QByteArray cutZip = makeZip({ { "invoice.js", true }, { "readme.txt", false } });
    QTest::newRow("encrypted + cut zip") << encrypted
                                         << withAttachment(QStringLiteral("cut.zip"), cutZip.left(cutZip.indexOf("PK\x01\x02"))) << none
                                         << medium << QStringList { QStringLiteral("cut.zip: encrypted zip (invoice.js)") };
    QTest::newRow("encrypted - plain zip") << encrypted << withAttachment(QStringLiteral("invoice.zip"), makeZip({ { "invoice.pdf" } }))
                                           << none << QString() << QStringList();

    const QString smuggling = QStringLiteral("html-smuggling");
    const QByteArray blob(3000, 'A');
    QTest::newRow("smuggling + script") << smuggling
                                        << withAttachment(QStringLiteral("Invoice.html"),
                                               "<html><script>var d = atob('" + blob + "'); var b = new Blob([d]);</script></html>")
                                        << none << high
                                        << QStringList { QStringLiteral(
                                               "Invoice.html: encoded blob of 3000 characters, built with atob(, new Blob") };
    QTest::newRow("smuggling + data url") << smuggling
                                          << withAttachment(QStringLiteral("doc"),
                                                 "<!DOCTYPE html><a href=\"data:application/zip;base64," + QByteArray(1500, 'Q')
                                                     + "\" download>x</a>",
                                                 QStringLiteral("text/html"))
                                          << none << high
                                          << QStringList { QStringLiteral("doc: encoded blob of 1500 characters, data:application/ URL") };
    QTest::newRow("smuggling - inline picture")
        << smuggling
        << withAttachment(QStringLiteral("page.html"), "<html><img src=\"data:image/png;base64," + QByteArray(5000, 'A') + "\"></html>")
        << none << QString() << QStringList();
    QTest::newRow("smuggling - short script") << smuggling
                                              << withAttachment(QStringLiteral("page.htm"), "<script>atob('aGVsbG8=')</script>") << none
                                              << QString() << QStringList();

    Message dated = mail(QString(), QStringLiteral("a@example.com"));
    dated.received = { QStringLiteral("from x.example (x.example [209.85.220.41]) by mx.example.jp; Mon, 01 Jan 2024 10:00:00 +0000") };
    dated.dateUtc = QDateTime(QDate(2024, 1, 1), QTime(3, 0), QTimeZone::UTC);
    QTest::newRow("date +") << QStringLiteral("date-far-from-received") << dated << none << low
                            << QStringList { QStringLiteral("Date: 2024-01-01T03:00:00Z"),
                                   QStringLiteral("first Received (hop 1): 2024-01-01T10:00:00Z"),
                                   QStringLiteral("Date minus Received: -7 h 00 min") };
    dated.dateUtc = QDateTime(QDate(2024, 1, 1), QTime(9, 50), QTimeZone::UTC);
    QTest::newRow("date - ten minutes") << QStringLiteral("date-far-from-received") << dated << none << QString() << QStringList();
}

void FindingsTest::rule()
{
    QFETCH(QString, id);
    QFETCH(Message, message);
    QFETCH(CaseProfile, profile);
    QFETCH(QString, severity);
    QFETCH(QStringList, evidence);
    const QList<Finding> findings = runFindings(message, QByteArray(), profile);
    const Finding *finding = findingOf(findings, id);
    if (severity.isEmpty()) {
        QVERIFY2(!finding, qPrintable(finding ? finding->evidence.join(QLatin1Char('|')) : QString()));
        return;
    }
    QVERIFY(finding);
    QCOMPARE(severityName(finding->severity), severity);
    QCOMPARE(finding->evidence, evidence);
    QVERIFY(!finding->title.isEmpty());
}

void FindingsTest::sortedMostSevereFirst()
{
    // Free mail (low), Reply-To elsewhere (medium), display name showing an address (high).
    const Message message = withReplyTo(mail(QStringLiteral("Bob"), QStringLiteral("bob@gmail.com")), QStringLiteral("ceo@b-company.co.jp"),
        QStringLiteral("x@evil.example"));
    QStringList ids;
    for (const Finding &finding : runFindings(message, QByteArray(), CaseProfile()))
        ids.append(finding.id);
    QCOMPARE(ids,
        (QStringList {
            QStringLiteral("display-address-mismatch"), QStringLiteral("reply-to-differs"), QStringLiteral("freemail-sender") }));
}

void FindingsTest::everyRuleHasItsId()
{
    const QStringList ids = findingIds();
    QCOMPARE(ids.size(), 19);
    QCOMPARE(QSet<QString>(ids.begin(), ids.end()).size(), ids.size());
    QVERIFY(ids.contains(QStringLiteral("reply-to-differs")));
    QVERIFY(ids.contains(QStringLiteral("html-smuggling")));
}

void FindingsTest::hostileHtmlIsBounded()
{
    // 200,000 nested elements, then a beacon: the markup is cut after 10,000 start tags, so the
    // parse stays small and the beacon beyond the cut is not seen.
    QString deep;
    for (int i = 0; i < 200000; ++i)
        deep += QStringLiteral("<div>");
    const QString beacon = QStringLiteral("<img src=\"https://t.example.net/p.gif\" width=\"1\" height=\"1\">");
    QVERIFY(!findingOf(runFindings(withHtml(deep + beacon), QByteArray(), CaseProfile()), QStringLiteral("tracking-beacon")));
    // Within the bound the same beacon is found, after misnested formatting markup that makes
    // gumbo rebuild the open elements for every paragraph.
    QString misnested;
    for (int i = 0; i < 500; ++i)
        misnested += QStringLiteral("<b class=\"c%1\"><i>").arg(i);
    for (int i = 0; i < 2000; ++i)
        misnested += QStringLiteral("<p>x");
    QVERIFY(findingOf(runFindings(withHtml(beacon + misnested), QByteArray(), CaseProfile()), QStringLiteral("tracking-beacon")));
}

void FindingsTest::phishingCorpusSmoke()
{
    SHOAL_REQUIRE_CORPUS();
    const QDir dir(test::corpusDir() + QStringLiteral("/phishing_pot"));
    const QStringList files = dir.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
    QVERIFY(files.size() > 1000);
    // Brands phishing imitates, so that the look-alike and name rules get work to do.
    const CaseProfile profile
        = protecting({ QStringLiteral("paypal.com"), QStringLiteral("microsoft.com"), QStringLiteral("amazon.co.jp") },
            { QStringLiteral("Elon Musk") }, { QStringLiteral("Netflix"), QStringLiteral("Microsoft") });
    QMap<QString, int> samplesPerRule;
    int flagged = 0;
    qint64 slowest = 0, rulesTotal = 0; // milliseconds in runFindings() alone, parsing left out
    QString slowestFile;
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray raw = file.readAll();
        const Message message = mime::parseMessage(raw);
        QElapsedTimer timer;
        timer.start();
        const QList<Finding> findings = runFindings(message, raw, profile);
        const qint64 elapsed = timer.elapsed();
        rulesTotal += elapsed;
        if (elapsed > slowest) {
            slowest = elapsed;
            slowestFile = name;
        }
        QSet<QString> ids;
        for (qsizetype i = 0; i < findings.size(); ++i) {
            QVERIFY(i == 0 || findings.at(i - 1).severity >= findings.at(i).severity);
            QVERIFY(!findings.at(i).evidence.isEmpty());
            ids.insert(findings.at(i).id);
        }
        for (const QString &id : ids)
            ++samplesPerRule[id];
        flagged += findings.isEmpty() ? 0 : 1;
    }
    qInfo("%lld samples, %d with findings, rules in %lld ms in all (slowest %lld ms: %s)", qlonglong(files.size()), flagged,
        qlonglong(rulesTotal), qlonglong(slowest), qPrintable(slowestFile));
    for (const QString &id : findingIds())
        qInfo("%-26s %d", qPrintable(id), samplesPerRule.value(id));
    // Real phishing: most samples trip at least one rule, and the common ones fire.
    QVERIFY(flagged > files.size() / 2);
    QVERIFY(samplesPerRule.value(QStringLiteral("reply-to-differs")) > 0);
    QVERIFY(samplesPerRule.value(QStringLiteral("link-text-mismatch")) > 0);
    QVERIFY(samplesPerRule.value(QStringLiteral("tracking-beacon")) > 0);
}

QTEST_GUILESS_MAIN(FindingsTest)
#include "findings_test.moc"
