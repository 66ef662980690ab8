// The Outlook .msg reader: compressed RTF byte for byte, RTF to HTML and text, and every .msg of
// the corpus, checked against HiraokaHyperTools+msgreader's expected JSON. Where Shoal reads a
// file differently on purpose, tests/data/msg/known-differences.tsv says so and why.
#include "mail/compressedrtf.h"
#include "mail/mimeparser.h"
#include "mail/msgreader.h"
#include "mail/rtftext.h"
#include "testsupport.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace shoal;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString peers()
{
    return test::corpusDir() + QStringLiteral("/peers/");
}

QString sicosRtf(const QString &name)
{
    return peers() + QStringLiteral("Sicos1977+MSGReader/MsgReaderTests/SampleFiles/rtf/") + name;
}

QString hiraoka(const QString &name)
{
    return peers() + QStringLiteral("HiraokaHyperTools+msgreader/test/") + name;
}

// "file<TAB>field<TAB>reason" lines; '#' starts a comment.
QMultiHash<QString, QString> knownDifferences(const QString &fixture)
{
    QMultiHash<QString, QString> result;
    const QList<QByteArray> lines = readFile(test::testDataPath(fixture)).split('\n');
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty() || line.startsWith('#'))
            continue;
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() >= 3)
            result.insert(QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1)));
    }
    return result;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QString addressOf(const QJsonObject &object)
{
    const QString smtp = object.value(QLatin1String("smtpAddress")).toString();
    return smtp.isEmpty() ? object.value(QLatin1String("email")).toString() : smtp;
}

// The fields in which Shoal's reading of `message` differs from msgreader's expected JSON.
QStringList differencesFromMsgreader(const Message &message, const QJsonObject &expected)
{
    QStringList differences;
    if (message.subject != expected.value(QLatin1String("subject")).toString())
        differences.append(QStringLiteral("subject"));
    if (expected.contains(QLatin1String("body")) && message.textBody != expected.value(QLatin1String("body")).toString())
        differences.append(QStringLiteral("body"));
    if ((expected.contains(QLatin1String("bodyHtml")) || expected.contains(QLatin1String("html"))) && message.htmlBody.isEmpty())
        differences.append(QStringLiteral("bodyHtml"));
    const QString senderName = expected.value(QLatin1String("senderName")).toString();
    if (message.from.name != senderName)
        differences.append(QStringLiteral("senderName"));
    const QString senderEmail
        = expected.value(QLatin1String("senderSmtpAddress")).toString(expected.value(QLatin1String("senderEmail")).toString());
    if (message.from.address.compare(senderEmail, Qt::CaseInsensitive) != 0)
        differences.append(QStringLiteral("senderEmail"));

    QStringList expectedRecipients;
    for (const QJsonValue &value : expected.value(QLatin1String("recipients")).toArray()) {
        const QJsonObject recipient = value.toObject();
        const QString type = recipient.value(QLatin1String("recipType")).toString();
        if (type == QLatin1String("to") || type == QLatin1String("cc"))
            expectedRecipients.append(type + QLatin1Char(' ') + recipient.value(QLatin1String("name")).toString() + QLatin1Char(' ')
                + addressOf(recipient).toLower());
    }
    QStringList recipients;
    for (const MailAddress &to : message.to)
        recipients.append(QStringLiteral("to ") + to.name + QLatin1Char(' ') + to.address.toLower());
    for (const MailAddress &cc : message.cc)
        recipients.append(QStringLiteral("cc ") + cc.name + QLatin1Char(' ') + cc.address.toLower());
    if (recipients != expectedRecipients)
        differences.append(QStringLiteral("recipients"));

    QStringList expectedFiles;
    QStringList expectedInner;
    for (const QJsonValue &value : expected.value(QLatin1String("attachments")).toArray()) {
        const QJsonObject attachment = value.toObject();
        if (attachment.value(QLatin1String("innerMsgContent")).toBool()) {
            expectedInner.append(QStringLiteral("embedded Outlook item ")
                + attachment.value(QLatin1String("innerMsgContentFields")).toObject().value(QLatin1String("subject")).toString());
            continue;
        }
        const QString name
            = attachment.value(QLatin1String("fileName")).toString(attachment.value(QLatin1String("fileNameShort")).toString());
        expectedFiles.append(name + QLatin1Char(' ') + QString::number(attachment.value(QLatin1String("contentLength")).toInteger()));
    }
    QStringList files;
    for (const Attachment &attachment : message.attachments)
        files.append(attachment.filename + QLatin1Char(' ') + QString::number(attachment.data.size()));
    if (files != expectedFiles)
        differences.append(QStringLiteral("attachments"));
    QStringList inner;
    for (const EmbeddedMessage &embedded : message.embedded) {
        if (embedded.origin.startsWith(QLatin1String("embedded Outlook item")))
            inner.append(embedded.origin);
    }
    if (inner != expectedInner)
        differences.append(QStringLiteral("embedded"));
    return differences;
}

} // namespace

class MsgReaderTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decompressesRtf_data()
    {
        QTest::addColumn<QString>("compressed");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("swappedLineBreaks");
        // MSGReader's LZFu.bin was made with the dictionary most ports inherited from jtnef, which
        // has LF CR where MS-OXRTFCP 2.1.3.1.1 (and Outlook) put CR LF (dictionary bytes 168-169):
        // decompressed by the specification, each line break it borrowed from there reads CR LF.
        // See tests/data/msg/known-differences.tsv.
        QTest::newRow("LZFu") << QStringLiteral("LZFu.bin") << QStringLiteral("LZFu.rtf") << true;
        QTest::newRow("MELA (uncompressed)") << QStringLiteral("MELA.bin") << QStringLiteral("MELA.rtf") << false;
    }
    void decompressesRtf()
    {
        SHOAL_REQUIRE_CORPUS();
        QFETCH(QString, compressed);
        QFETCH(QString, expected);
        QFETCH(bool, swappedLineBreaks);
        const rtf::Decompressed result = rtf::decompress(readFile(sicosRtf(compressed)));
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.warning, QString());
        QByteArray expectedRtf = readFile(sicosRtf(expected));
        QVERIFY(!expectedRtf.isEmpty());
        if (swappedLineBreaks)
            expectedRtf.replace("\n\r", "\r\n");
        QCOMPARE(result.rtf, expectedRtf);
    }

    void decompressesWithTheSpecificationsDictionary()
    {
        // Two literals, then a reference to dictionary offset 168 (length 2): MS-OXRTFCP's CR LF;
        // then a reference to the write position, the end marker.
        QByteArray stream = QByteArray::fromHex("0c") + "ab" + QByteArray::fromHex("0a80") + QByteArray::fromHex("0d30");
        const QByteArray header = QByteArray::fromHex("00000000040000004c5a467500000000");
        QByteArray data = header + stream;
        const quint32 compressedSize = quint32(data.size() - 4);
        data[0] = char(compressedSize);
        const rtf::Decompressed result = rtf::decompress(data);
        QVERIFY(result.ok);
        QCOMPARE(result.rtf, QByteArray("ab\r\n"));
    }

    void decompressionSurvivesDamage()
    {
        // LZFu.bin with its CRC and sizes broken, then cut short: a warning, never a crash.
        QByteArray damaged = QByteArray::fromHex("8e000000ffff00004c5a467500000000");
        damaged += QByteArray(40, '\xff');
        const rtf::Decompressed result = rtf::decompress(damaged);
        QVERIFY(result.ok);
        QVERIFY(!result.warning.isEmpty());
        QVERIFY(result.rtf.size() <= 40 * 8);
        QCOMPARE(rtf::decompress(QByteArray("short")).ok, false);
        QCOMPARE(rtf::decompress(QByteArray::fromHex("10000000100000005858585800000000")).error,
            QStringLiteral("unknown compressed RTF type 0x58585858"));
    }

    void rtfToHtml_data()
    {
        QTest::addColumn<QByteArray>("rtf");
        QTest::addColumn<QString>("html");
        QTest::newRow("tags, text, htmlrtf left out")
            << QByteArray("{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 {\\fonttbl{\\f0\\fswiss Arial;}}"
                          "{\\*\\htmltag19 <html>}{\\*\\htmltag50 <body>}\\htmlrtf {\\b\\htmlrtf0 Hello\\htmlrtf }\\htmlrtf0 "
                          "{\\*\\htmltag84 <a href=\"http://x.example/?a=1&b=2\">}link\\par{\\*\\htmltag58 </body>}}")
            << QStringLiteral("<html><body>Hello<a href=\"http://x.example/?a=1&b=2\">link\r\n</body>");
        QTest::newRow("cp932 bytes and \\u") << QByteArray("{\\rtf1\\ansi\\ansicpg932\\fromhtml1 {\\*\\htmltag0 <p>}\\'93\\'fa\\'96\\'7b "
                                                           "\\uc1\\u8364?{\\*\\htmltag0 </p>}}")
                                             << QStringLiteral("<p>日本 €</p>");
        QTest::newRow("font charset wins over ansicpg")
            << QByteArray("{\\rtf1\\ansi\\ansicpg1252\\fromhtml1 {\\fonttbl{\\f1\\fnil\\fcharset204 Arial Cyr;}}\\f1 \\'cf\\'f0\\'e8}")
            << QStringLiteral("При");
        QTest::newRow("mhtmltag and escapes") << QByteArray("{\\rtf1\\fromhtml1 {\\*\\mhtmltag84 <a href=\"cid:x\">}{\\*\\htmltag84 <a "
                                                            "href=\"http://y\">}\\{x\\}\\\\}")
                                              << QStringLiteral("<a href=\"http://y\">{x}\\");
    }
    void rtfToHtml()
    {
        QFETCH(QByteArray, rtf);
        QFETCH(QString, html);
        QVERIFY(rtf::encapsulatesHtml(rtf));
        QCOMPARE(rtf::htmlFromRtf(rtf), html);
    }

    void rtfToHtmlMatchesMsgReader_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("Issue332") << QStringLiteral("Issue332");
        QTest::newRow("Issue347") << QStringLiteral("Issue347");
    }
    void rtfToHtmlMatchesMsgReader()
    {
        SHOAL_REQUIRE_CORPUS();
        QFETCH(QString, name);
        const QByteArray rtf = readFile(sicosRtf(name + QStringLiteral(".rtf")));
        QVERIFY(rtf::encapsulatesHtml(rtf));
        QCOMPARE(rtf::htmlFromRtf(rtf), QString::fromUtf8(readFile(sicosRtf(name + QStringLiteral(".html")))));
    }

    void rtfToText_data()
    {
        QTest::addColumn<QByteArray>("rtf");
        QTest::addColumn<QString>("text");
        QTest::newRow("fromtext") << QByteArray("{\\rtf1\\ansi\\ansicpg1252\\fromtext \\deff0{\\fonttbl{\\f0\\fswiss Arial;}}"
                                                "{\\colortbl\\red0\\green0\\blue0;}\\f0\\fs20 body\\par second\\tab line\\par}")
                                  << QStringLiteral("body\r\nsecond\tline\r\n");
        QTest::newRow("pictures and fields") << QByteArray(
            "{\\rtf1\\ansi {\\info{\\title T}}A{\\pict\\pngblip 89504e47}B{\\field{\\*\\fldinst "
            "HYPERLINK \"http://x\"}{\\fldrslt link}}\\ldblquote q\\rdblquote}")
                                             << QStringLiteral("ABlink\u201Cq\u201D");
        QTest::newRow("unicode with fallback bytes")
            << QByteArray("{\\rtf1\\ansi\\ansicpg932\\uc2 \\u26085\\'93\\'fa\\u26412\\'96\\'7b!}") << QStringLiteral("日本!");
        QTest::newRow("unbalanced") << QByteArray("{\\rtf1 a}}}}b{{{") << QStringLiteral("ab");
    }
    void rtfToText()
    {
        QFETCH(QByteArray, rtf);
        QFETCH(QString, text);
        QCOMPARE(rtf::textFromRtf(rtf), text);
    }

    void deepRtfNestingIsBounded()
    {
        const QByteArray rtf = "{\\rtf1 " + QByteArray(200000, '{') + "x" + QByteArray(200000, '}') + "}";
        QCOMPARE(rtf::textFromRtf(rtf), QStringLiteral("x"));
    }

    void rejectsWhatIsNoMsg_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("error");
        const QString notOle = QStringLiteral("not an Outlook .msg: the file does not start with the OLE2 compound-file signature");
        QTest::newRow("scanny PNG") << QStringLiteral("scanny+python-oxmsg/tests/test_files/not-a-MSG-file.msg") << notOle;
        QTest::newRow("marirs text") << QStringLiteral("marirs+msg-parser-rs/data/bad_outlook.msg") << notOle;
        QTest::newRow("a Word document") << QStringLiteral("zbateson+mail-mime-parser/tests/_data/emails/files/test.doc")
                                         << QStringLiteral("an OLE2 compound file, but not an Outlook item (no MAPI property streams)");
    }
    void rejectsWhatIsNoMsg()
    {
        SHOAL_REQUIRE_CORPUS();
        QFETCH(QString, path);
        QFETCH(QString, error);
        const QByteArray bytes = readFile(peers() + path);
        QVERIFY(!bytes.isEmpty());
        QString actual;
        QVERIFY(!readOutlookMsg(bytes, &actual).has_value());
        QCOMPARE(actual, error);
    }

    void truncatedFilesGiveAnErrorOrAPartialResult()
    {
        SHOAL_REQUIRE_CORPUS();
        const QByteArray whole = readFile(hiraoka(QStringLiteral("msgInMsg.msg")));
        QVERIFY(readOutlookMsg(whole, nullptr).has_value());
        for (qsizetype size : { qsizetype(8), qsizetype(512), whole.size() / 3, whole.size() / 2, whole.size() - 100 }) {
            QString error;
            const std::optional<Message> message = readOutlookMsg(whole.first(size), &error);
            QVERIFY2(message.has_value() || !error.isEmpty(), qPrintable(QString::number(size)));
        }
    }

    void survivesDamagedBytes()
    {
        // Deterministic damage all over a nested item (directory, FAT, property streams, RTF):
        // every variant gives a result or an error, within bounded time.
        SHOAL_REQUIRE_CORPUS();
        const QByteArray whole = readFile(hiraoka(QStringLiteral("msgInMsgInMsg.msg")));
        QVERIFY(!whole.isEmpty());
        QElapsedTimer timer;
        timer.start();
        for (qsizetype at = 8; at < whole.size(); at += 97) {
            QByteArray damaged = whole;
            damaged[at] = char(damaged[at] ^ 0x5A);
            damaged[(at * 7) % damaged.size()] = '\xff';
            QString error;
            const std::optional<Message> message = readOutlookMsg(damaged, &error);
            QVERIFY2(message.has_value() || !error.isEmpty(), qPrintable(QString::number(at)));
        }
        QVERIFY(timer.elapsed() < 60000);
    }

    void readsEveryCorpusFile()
    {
        SHOAL_REQUIRE_CORPUS();
        const QJsonObject files = QJsonDocument::fromJson(readFile(peers() + QStringLiteral("msg_inventory.json")))
                                      .object()
                                      .value(QLatin1String("files"))
                                      .toObject();
        QVERIFY(files.size() > 200);
        int read = 0;
        for (auto it = files.begin(); it != files.end(); ++it) {
            const QByteArray bytes = readFile(peers() + it.key());
            if (bytes.isEmpty())
                continue; // listed, but not kept in this copy of the corpus
            const QJsonObject entry = it.value().toObject();
            QElapsedTimer timer;
            timer.start();
            QString error;
            const std::optional<Message> message = readOutlookMsg(bytes, &error);
            QVERIFY2(timer.elapsed() < 5000, qPrintable(it.key()));
            const bool isItem = !entry.value(QLatin1String("msgclass")).toString().isEmpty();
            const bool isFuzzCase = it.key().contains(QLatin1String("clusterfuzz"));
            if (isItem && !isFuzzCase)
                QVERIFY2(message.has_value(), qPrintable(it.key() + QStringLiteral(": ") + error));
            if (!isItem && !isFuzzCase)
                QVERIFY2(!message.has_value() && !error.isEmpty(), qPrintable(it.key()));
            if (message) {
                ++read;
                QCOMPARE(message->format, Message::Format::Msg);
                if (isItem && !isFuzzCase && entry.value(QLatin1String("subject")).isString())
                    QVERIFY2(
                        !message->subject.isEmpty() || entry.value(QLatin1String("subject")).toString().isEmpty(), qPrintable(it.key()));
            }
        }
        QVERIFY(read > 200);
    }

    void matchesMsgreaderExpectations_data()
    {
        QTest::addColumn<QString>("name");
        if (test::corpusDir().isEmpty())
            return;
        const QStringList jsons = QDir(hiraoka(QString())).entryList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
        for (const QString &json : jsons) {
            const QString name = json.chopped(5);
            if (QFile::exists(hiraoka(name + QStringLiteral(".msg"))))
                QTest::newRow(qPrintable(name)) << name;
        }
    }
    void matchesMsgreaderExpectations()
    {
        SHOAL_REQUIRE_CORPUS();
        QFETCH(QString, name);
        const QJsonObject expected = QJsonDocument::fromJson(readFile(hiraoka(name + QStringLiteral(".json")))).object();
        QString error;
        const std::optional<Message> message = readOutlookMsg(readFile(hiraoka(name + QStringLiteral(".msg"))), &error);
        QVERIFY2(message.has_value(), qPrintable(error));
        const QStringList known
            = sorted(knownDifferences(QStringLiteral("msg/known-differences.tsv")).values(name + QStringLiteral(".msg")));
        QCOMPARE(sorted(differencesFromMsgreader(*message, expected)), known);
    }

    void japaneseAnsiMessageDecodesAsCp932()
    {
        SHOAL_REQUIRE_CORPUS();
        QString error;
        const std::optional<Message> message = readOutlookMsg(readFile(hiraoka(QStringLiteral("nonUnicodeCP932.msg"))), &error);
        QVERIFY(message);
        QCOMPARE(message->subject, QStringLiteral("日本語 Non Unicode タイトル"));
        QCOMPARE(message->textBody, QStringLiteral("日本語 Non Unicode 本文\r\n"));
        QCOMPARE(message->to,
            (QList<MailAddress> { { QStringLiteral("xmailuser2@xmailserver.test"), QStringLiteral("xmailuser2@xmailserver.test") } }));
    }

    void embeddedItemsBecomeMessagesOfTheirOwn()
    {
        SHOAL_REQUIRE_CORPUS();
        QString error;
        const std::optional<Message> outer = readOutlookMsg(readFile(hiraoka(QStringLiteral("msgInMsgInMsg.msg"))), &error);
        QVERIFY(outer);
        QCOMPARE(outer->embedded.size(), 1);
        QCOMPARE(outer->embedded.first().origin, QStringLiteral("embedded Outlook item I have attachments!"));
        const Message middle = mime::parseMessage(outer->embedded.first().raw);
        QCOMPARE(middle.subject, QStringLiteral("I have attachments!"));
        QCOMPARE(middle.textBody, QStringLiteral("I have attachments!\r\n"));
        QCOMPARE(middle.attachments.size(), 2);
        QCOMPARE(middle.attachments.at(0).filename, QStringLiteral("green.png"));
        QCOMPARE(middle.attachments.at(0).data.size(), 134);
        QCOMPARE(middle.embedded.size(), 1);
        const Message inner = mime::parseMessage(middle.embedded.first().raw);
        QCOMPARE(inner.subject, QStringLiteral("Microsoft Outlook テスト メッセージ"));
        QCOMPARE(inner.from.address, QStringLiteral("xmailuser@xmailserver.test"));
        QVERIFY(inner.textBody.startsWith(QStringLiteral("この電子メール メッセージは")));
    }
};

QTEST_GUILESS_MAIN(MsgReaderTest)
#include "msgreader_test.moc"
