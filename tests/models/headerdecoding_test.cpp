// Header text decoding (RFC 2047 words, RFC 2231 parameters) as the big mail clients do it.
// Every expected text is asserted character for character, with the exact set of note codes.
#include "mail/charset.h"
#include "mail/headerdecoding.h"
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

QStringList codes(const ParseNotes &notes)
{
    QStringList result;
    for (const ParseNote &note : notes.notes())
        result.append(note.code);
    result.sort();
    result.removeDuplicates();
    return result;
}

QByteArray readCorpusFile(const QString &relative)
{
    QFile file(test::corpusDir() + QStringLiteral("/peers/") + relative);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Encodes `bytes` as B words of at most `chunk` bytes each, cut without regard to characters or
// escape sequences, folded as a long Subject would be.
QByteArray encodeSplit(const QByteArray &bytes, const QByteArray &charset, int chunk)
{
    QByteArray out;
    for (qsizetype i = 0; i < bytes.size(); i += chunk) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?" + charset + "?B?" + bytes.mid(i, chunk).toBase64() + "?=";
    }
    return out;
}

// The minimum of a MIME reader needed to check the Japanese fixtures against their expected
// values: header fields (unfolded, first of each name) and the body.
struct MiniPart {
    QHash<QByteArray, QByteArray> fields;
    QByteArray body;
};

MiniPart readPart(const QByteArray &bytes)
{
    MiniPart part;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    const QByteArray head = bytes.left(end);
    part.body = bytes.mid(end + 4);
    QByteArray name;
    for (const QByteArray &line : head.split('\n')) {
        const QByteArray text = line.endsWith('\r') ? line.chopped(1) : line;
        if (text.startsWith(' ') || text.startsWith('\t')) {
            part.fields[name] += text;
        } else if (const qsizetype colon = text.indexOf(':'); colon > 0) {
            name = text.left(colon).toLower();
            if (!part.fields.contains(name))
                part.fields.insert(name, text.mid(colon + 1));
        }
    }
    return part;
}

QString bodyText(const MiniPart &part, ParseNotes &notes)
{
    const QString charsetName
        = mime::parseParameterizedValue(part.fields.value("content-type"), notes, QStringLiteral("Content-Type")).parameter(u"charset");
    QByteArray bytes = part.body;
    if (part.fields.value("content-transfer-encoding").trimmed().toLower() == "base64")
        bytes = QByteArray::fromBase64(bytes);
    return charset::decode(bytes, charsetName.toLatin1()).text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
}

} // namespace

class HeaderDecodingTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unfolds_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("crlf space") << QByteArray("a\r\n b") << QByteArray("a b");
        QTest::newRow("lf tab") << QByteArray("a\n\tb") << QByteArray("a\tb");
        QTest::newRow("trailing crlf") << QByteArray("value\r\n") << QByteArray("value");
        QTest::newRow("bare cr") << QByteArray("a\r b") << QByteArray("a b");
        QTest::newRow("nothing to do") << QByteArray("plain") << QByteArray("plain");
    }
    void unfolds()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QByteArray, expected);
        QCOMPARE(mime::unfold(raw), expected);
    }

    void decodesHeaderText_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("noteCodes");
        const QStringList none;
        QTest::newRow("1.0 plain ascii, trimmed") << QByteArray("  Hello world\t") << QStringLiteral("Hello world") << none;
        QTest::newRow("1.1 empty") << QByteArray() << QString() << none;
        QTest::newRow("1.2 one word") << QByteArray("=?UTF-8?B?44GT44KT44Gr44Gh44Gv?=") << QStringLiteral("こんにちは") << none;
        QTest::newRow("1.3 text then word") << QByteArray("Re: =?utf-8?B?44GT44KT44Gr44Gh44Gv?=") << QStringLiteral("Re: こんにちは")
                                            << none;
        QTest::newRow("1.4 space after word kept") << QByteArray("=?utf-8?Q?caf=C3=A9?= au lait") << QStringLiteral("café au lait") << none;
        QTest::newRow("1.5 underscore") << QByteArray("=?utf-8?Q?a_b?=") << QStringLiteral("a b") << none;
        QTest::newRow("1.6 ideographic space not trimmed")
            << QByteArray("=?utf-8?B?44CA44GC44CA?=") << QStringLiteral("\u3000あ\u3000") << none;

        // RFC 2047 6.2: whitespace (folds included) between adjacent words is dropped.
        QTest::newRow("2.0 adjacent words") << QByteArray("=?utf-8?B?44GC?= =?utf-8?B?44GE?=") << QStringLiteral("あい") << none;
        QTest::newRow("2.1 adjacent words folded")
            << QByteArray("=?utf-8?B?44GC?=\r\n\t=?utf-8?B?44GE?=") << QStringLiteral("あい") << none;
        QTest::newRow("2.2 adjacent words, charsets differ")
            << QByteArray("=?iso-8859-1?Q?caf=E9?=  =?utf-8?B?44GC?=") << QStringLiteral("caféあ") << none;
        QTest::newRow("2.3 words touching") << QByteArray("=?utf-8?B?44GC?==?utf-8?B?44GE?=") << QStringLiteral("あい") << none;

        // Characters split between words: the bytes are joined before they become text.
        QTest::newRow("3.0 utf-8 split mid-character")
            << QByteArray("=?UTF-8?B?6KuL5g==?= =?UTF-8?B?sYLmm7jjga7jgZTmoYjlhoU=?=") << QStringLiteral("請求書のご案内") << none;
        QTest::newRow("3.1 shift_jis split mid-character, folded")
            << QByteArray("=?Shift_JIS?B?h0CQ?=\r\n =?Shift_JIS?B?v4uBj5GBYA==?=") << QStringLiteral("①請求書～") << none;
        QTest::newRow("3.2 iso-2022-jp escape state across words")
            << QByteArray("=?ISO-2022-JP?B?GyRCJCpDTg==?= =?ISO-2022-JP?B?JGkkOxsoQg==?=") << QStringLiteral("お知らせ") << none;
        QTest::newRow("3.3 utf-8 split, q then b") << QByteArray("=?utf-8?Q?=E3=81?= =?utf-8?B?gg==?=") << QStringLiteral("あ") << none;

        // Japanese charsets as the clients read them.
        QTest::newRow("4.0 euc-jp") << QByteArray("=?EUC-JP?B?xvzL3LjspM6378y+?=") << QStringLiteral("日本語の件名") << none;
        QTest::newRow("4.1 iso-2022-jp half-width katakana") << QByteArray("=?iso-2022-jp?B?GyhJMRsoQg==?=") << QStringLiteral("ｱ") << none;
        QTest::newRow("4.2 iso-2022-jp NEC row 13") << QByteArray("=?ISO-2022-JP?B?GyRCLSEtahsoQg==?=") << QStringLiteral("①㈱") << none;
        QTest::newRow("4.3 shift_jis as cp932") << QByteArray("=?shift_jis?B?gXmPZJd2gXqDQYNKg0WDk4Nnim2URoLMgqiK6IKi?=")
                                                << QStringLiteral("【重要】アカウント確認のお願い") << none;

        // Rule-breaking words decoded as Thunderbird and Gmail do.
        QTest::newRow("5.0 not delimited") << QByteArray("abc=?utf-8?B?44GC?=def") << QStringLiteral("abcあdef")
                                           << QStringList { QStringLiteral("encoded-word-not-delimited") };
        QTest::newRow("5.1 inside quotes") << QByteArray("\"=?utf-8?B?44GC?=\" <a@example.jp>") << QStringLiteral("\"あ\" <a@example.jp>")
                                           << QStringList { QStringLiteral("encoded-word-not-delimited") };
        QTest::newRow("5.2 lower-case b and q") << QByteArray("=?utf-8?b?44GC?= =?utf-8?q?=e3=81=84?=") << QStringLiteral("あい") << none;
        QTest::newRow("5.3 question marks in Q") << QByteArray("=?utf-8?Q?what?is_this?"
                                                               "?=")
                                                 << QStringLiteral("what?is this?") << none;
        QTest::newRow("5.4 spaces in Q") << QByteArray("=?utf-8?Q?hello world?=") << QStringLiteral("hello world")
                                         << QStringList { QStringLiteral("encoded-word-spaces") };
        QTest::newRow("5.5 missing padding") << QByteArray("=?utf-8?B?44GCYQ?=") << QStringLiteral("あa") << none;
        QTest::newRow("5.6 missing padding, adjacent") << QByteArray("=?utf-8?B?YWI?= =?utf-8?B?Y2Q?=") << QStringLiteral("abcd") << none;
        QTest::newRow("5.7 base64 quartet split across words") << QByteArray("=?utf-8?B?44G?= =?utf-8?B?C44GE?=") << QStringLiteral("あい")
                                                               << QStringList { QStringLiteral("encoded-word-split") };
        QTest::newRow("5.8 charset with RFC 2231 language") << QByteArray("=?UTF-8*ja?B?44GC?=") << QStringLiteral("あ") << none;
        QTest::newRow("5.9 word longer than 75")
            << QByteArray("=?utf-8?B?44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC44GC?=")
            << QStringLiteral("ああああああああああああああああああああ") << QStringList { QStringLiteral("encoded-word-long") };
        QTest::newRow("5.10 folded inside a B word")
            << QByteArray("=?utf-8?B?44GC\r\n 44GE?=") << QStringLiteral("あい") << QStringList { QStringLiteral("encoded-word-spaces") };
        QTest::newRow("5.11 bad Q escape") << QByteArray("=?utf-8?Q?100=%_off?=") << QStringLiteral("100=% off")
                                           << QStringList { QStringLiteral("encoded-word-malformed") };
        QTest::newRow("5.12 junk in base64") << QByteArray("=?utf-8?B?44!GC?=") << QStringLiteral("あ")
                                             << QStringList { QStringLiteral("encoded-word-malformed") };
        QTest::newRow("5.13 empty word") << QByteArray("=?utf-8?B?"
                                                       "?= x")
                                         << QStringLiteral("x") << none;

        // Charsets that are wrong or unknown are guessed, and said so.
        QTest::newRow("6.0 shift_jis labelled utf-8")
            << QByteArray("=?utf-8?B?gXmPZJd2gXqDQYNKg0WDk4Nnim2URoLMgqiK6IKi?=") << QStringLiteral("【重要】アカウント確認のお願い")
            << QStringList { QStringLiteral("charset-guessed") };
        QTest::newRow("6.1 unknown charset") << QByteArray("=?x-unknown?B?gXmPZJd2gXqDQYNKg0WDk4Nnim2URoLMgqiK6IKi?=")
                                             << QStringLiteral("【重要】アカウント確認のお願い")
                                             << QStringList { QStringLiteral("charset-guessed"), QStringLiteral("charset-unknown") };
        QTest::newRow("6.2 unknown charset, ascii")
            << QByteArray("=?x-unknown?Q?hello?=") << QStringLiteral("hello") << QStringList { QStringLiteral("charset-unknown") };

        // What is not a word stays text.
        QTest::newRow("7.0 truncated word") << QByteArray("Hello =?utf-8?B?44GC") << QStringLiteral("Hello =?utf-8?B?44GC")
                                            << QStringList { QStringLiteral("encoded-word-truncated") };
        QTest::newRow("7.1 truncated word before a good one")
            << QByteArray("=?utf-8?Q?abc =?utf-8?B?44GC?=") << QStringLiteral("=?utf-8?Q?abc あ")
            << QStringList { QStringLiteral("encoded-word-truncated") };
        QTest::newRow("7.2 unknown encoding") << QByteArray("=?utf-8?X?abc?=") << QStringLiteral("=?utf-8?X?abc?=") << none;
        QTest::newRow("7.3 lone =?") << QByteArray("a =? b") << QStringLiteral("a =? b") << none;
        QTest::newRow("7.4 =? at the end") << QByteArray("a =?") << QStringLiteral("a =?")
                                           << QStringList { QStringLiteral("encoded-word-truncated") };
        QTest::newRow("7.5 space after literal, then word")
            << QByteArray("=?utf-8?X?a?= =?utf-8?B?44GC?=") << QStringLiteral("=?utf-8?X?a?= あ") << none;

        // Unencoded 8-bit text.
        QTest::newRow("8.0 raw utf-8") << QByteArray("件名 test") << QStringLiteral("件名 test")
                                       << QStringList { QStringLiteral("header-8bit") };
        QTest::newRow("8.1 raw shift_jis") << QByteArray(
            "\x81\x79\x8f\x64\x97\x76\x81\x7a\x83\x41\x83\x4a\x83\x45\x83\x93\x83\x67\x8a\x6d\x94\x46\x82\xcc\x82\xa8\x8a\xe8\x82\xa2")
                                           << QStringLiteral("【重要】アカウント確認のお願い")
                                           << QStringList { QStringLiteral("header-8bit") };
        QTest::newRow("8.2 raw iso-2022-jp") << QByteArray("Re: \x1b$B!Z=EMW![%\"%+%&%s%H3NG'$N$*4j$$\x1b(B")
                                             << QStringLiteral("Re: 【重要】アカウント確認のお願い")
                                             << QStringList { QStringLiteral("header-8bit") };
        QTest::newRow("8.4 short raw euc-jp") << QByteArray("\xbb\xb3\xc5\xc4 <a@example.jp>") << QStringLiteral("山田 <a@example.jp>")
                                              << QStringList { QStringLiteral("header-8bit") };
        // Latin-1 that also decodes as Shift_JIS (é+e is a kanji) must stay Latin.
        QTest::newRow("8.5 raw latin-1") << QByteArray("Ren\xe9"
                                                       "e D\xe9sir\xe9"
                                                       "e")
                                         << QStringLiteral("Renée Désirée") << QStringList { QStringLiteral("header-8bit") };
        QTest::newRow("8.3 raw utf-8 next to a word")
            << QByteArray("件名: =?utf-8?B?44GC?=") << QStringLiteral("件名: あ") << QStringList { QStringLiteral("header-8bit") };
    }
    void decodesHeaderText()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QFETCH(QStringList, noteCodes);
        ParseNotes notes;
        QCOMPARE(mime::decodeHeaderText(raw, notes, QStringLiteral("Subject")), expected);
        QCOMPARE(codes(notes), noteCodes);
        for (const ParseNote &note : notes.notes())
            QVERIFY2(note.text.startsWith(QStringLiteral("Subject")), qPrintable(note.text));
    }

    void rawTextUsesFallbackCharset()
    {
        // Two kanji are too little for a guess; the message's own charset decides.
        ParseNotes notes;
        QCOMPARE(mime::decodeHeaderText("\x90\xbf\x8b\x81", notes, QStringLiteral("Subject"), "Shift_JIS"), QStringLiteral("請求"));
        QCOMPARE(codes(notes), QStringList { QStringLiteral("header-8bit") });
        QVERIFY(notes.notes().first().text.contains(QStringLiteral("Shift_JIS")));
    }

    void decodesPhrase_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::newRow("quoted with comma") << QByteArray("\"Yamada, Taro\"") << QStringLiteral("Yamada, Taro");
        QTest::newRow("escapes") << QByteArray("\"a \\\"b\\\" \\\\c\"") << QStringLiteral("a \"b\" \\c");
        QTest::newRow("word in quotes") << QByteArray("\"=?ISO-2022-JP?B?GyRCJCpDTiRpJDsbKEI=?=\"") << QStringLiteral("お知らせ");
        QTest::newRow("words in two quoted strings") << QByteArray("\"=?utf-8?B?44GC?=\" \"=?utf-8?B?44GE?=\"") << QStringLiteral("あい");
        QTest::newRow("unquoted") << QByteArray("=?utf-8?B?5bGx55Sw?= Taro") << QStringLiteral("山田 Taro");
    }
    void decodesPhrase()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        ParseNotes notes;
        QCOMPARE(mime::decodePhrase(raw, notes, QStringLiteral("From name")), expected);
        QVERIFY(notes.notes().isEmpty());
    }

    void decodesParameters_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QStringList>("noteCodes");
        const QStringList none;
        QTest::newRow("plain") << QByteArray("attachment; filename=report.pdf") << QStringLiteral("report.pdf") << none;
        QTest::newRow("quoted with ; and spaces")
            << QByteArray("attachment; filename=\"a; b c.pdf\"") << QStringLiteral("a; b c.pdf") << none;
        QTest::newRow("rfc 2231 utf-8") << QByteArray("attachment; filename*=UTF-8''%E6%97%A5%E6%9C%AC%E8%AA%9E.txt")
                                        << QStringLiteral("日本語.txt") << none;
        QTest::newRow("rfc 2231 iso-2022-jp") << QByteArray("attachment; filename*=ISO-2022-JP''%1B%24B%40A5a%3Dq%1B%28B.pdf")
                                              << QStringLiteral("請求書.pdf") << none;
        QTest::newRow("rfc 2231 iso-2022-jp continuations split inside the escape state")
            << QByteArray("attachment;\r\n filename*0*=iso-2022-jp'ja'%1B%24B%40A5a;\r\n filename*1*=%3Dq%1B%28B.pdf")
            << QStringLiteral("請求書.pdf") << none;
        QTest::newRow("rfc 2231 shift_jis continuations split mid-character")
            << QByteArray("attachment; filename*0*=shift_jis''%90%BF%8B; filename*1*=%81%8F%91.pdf") << QStringLiteral("請求書.pdf")
            << none;
        QTest::newRow("rfc 2231 euc-jp") << QByteArray("attachment; filename*=EUC-JP''%C0%C1%B5%E1%BD%F1.pdf")
                                         << QStringLiteral("請求書.pdf") << none;
        QTest::newRow("rfc 2231 sections out of order")
            << QByteArray("attachment; filename*1*=%E3%81%84.txt; filename*0*=utf-8''%E3%81%82") << QStringLiteral("あい.txt") << none;
        QTest::newRow("rfc 2231 extended and plain sections")
            << QByteArray("attachment; filename*0*=utf-8''%E3%81%82; filename*1=\"%20.txt\"") << QStringLiteral("あ%20.txt") << none;
        QTest::newRow("rfc 2231 wins over plain")
            << QByteArray("attachment; filename=\"fallback.txt\"; filename*=utf-8''%E3%81%82.txt") << QStringLiteral("あ.txt") << none;
        QTest::newRow("rfc 2231 without charset") << QByteArray("attachment; filename*=''%E3%81%82.txt") << QStringLiteral("あ.txt")
                                                  << QStringList { QStringLiteral("header-8bit") };
        QTest::newRow("rfc 2231 without quotes")
            << QByteArray("attachment; filename*=%E3%81%82.txt") << QStringLiteral("あ.txt")
            << QStringList { QStringLiteral("header-8bit"), QStringLiteral("parameter-charset-missing") };
        QTest::newRow("rfc 2231 gap") << QByteArray("attachment; filename*0=a; filename*2=c") << QStringLiteral("ac")
                                      << QStringList { QStringLiteral("parameter-section-missing") };
        QTest::newRow("rfc 2231 duplicate section")
            << QByteArray("attachment; filename*0=a; filename*0=b; filename*1=c") << QStringLiteral("ac")
            << QStringList { QStringLiteral("parameter-section-duplicate") };
        QTest::newRow("rfc 2231 huge section number") << QByteArray("attachment; filename*0=a; filename*99999=b") << QStringLiteral("a")
                                                      << QStringList { QStringLiteral("parameter-section-invalid") };
        QTest::newRow("plain continuations holding an RFC 2047 word")
            << QByteArray("attachment; filename*0=\"=?utf-8?B?44GC\"; filename*1=\"44GE?=.txt\"") << QStringLiteral("あい.txt")
            << QStringList { QStringLiteral("encoded-word-not-delimited") };
        QTest::newRow("rfc 2047 in quoted filename")
            << QByteArray("attachment; filename=\"=?ISO-2022-JP?B?GyRCQEE1YT1xGyhCLnBkZg==?=\"") << QStringLiteral("請求書.pdf") << none;
        QTest::newRow("rfc 2047 unquoted") << QByteArray("attachment; filename==?utf-8?B?44GC?=.txt") << QStringLiteral("あ.txt")
                                           << QStringList { QStringLiteral("encoded-word-not-delimited") };
        QTest::newRow("raw shift_jis in quotes") << QByteArray("attachment; filename=\"\x90\xbf\x8b\x81\x8f\x91.pdf\"")
                                                 << QStringLiteral("請求書.pdf") << QStringList { QStringLiteral("header-8bit") };
        QTest::newRow("windows path keeps backslashes")
            << QByteArray("attachment; filename=\"C:\\dir\\a \\\"b\\\".txt\"") << QStringLiteral("C:\\dir\\a \"b\".txt") << none;
        QTest::newRow("unterminated quote") << QByteArray("attachment; filename=\"open.txt") << QStringLiteral("open.txt")
                                            << QStringList { QStringLiteral("quote-unterminated") };
        QTest::newRow("name case-insensitive") << QByteArray("attachment; FileName*=UTF-8''x.txt") << QStringLiteral("x.txt") << none;
        QTest::newRow("absent") << QByteArray("attachment; name=x.txt") << QString() << none;
        QTest::newRow("present but empty") << QByteArray("attachment; filename=\"\"") << QStringLiteral("") << none;
    }
    void decodesParameters()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, expected);
        QFETCH(QStringList, noteCodes);
        ParseNotes notes;
        const mime::ParameterizedValue parsed = mime::parseParameterizedValue(raw, notes, QStringLiteral("Content-Disposition"));
        QCOMPARE(parsed.value, QStringLiteral("attachment"));
        const QString filename = parsed.parameter(u"filename");
        QCOMPARE(filename, expected);
        QCOMPARE(filename.isNull(), expected.isNull());
        QCOMPARE(codes(notes), noteCodes);

        // The lower-level path gives the same text.
        ParseNotes again;
        const QList<mime::RawParameter> split = mime::splitParameters(mime::unfold(raw), again, QStringLiteral("Content-Disposition"));
        QCOMPARE(mime::decodeParameterValue(split, "filename", again, QStringLiteral("Content-Disposition")), expected);
    }

    void parsesParameterList()
    {
        ParseNotes notes;
        const mime::ParameterizedValue parsed = mime::parseParameterizedValue(
            "text/plain; charset=\"ISO-2022-JP\";\r\n\tformat=flowed; name*0*=utf-8''%E3%81%82; NAME*1=.txt", notes,
            QStringLiteral("Content-Type"));
        QCOMPARE(parsed.value, QStringLiteral("text/plain"));
        const QList<mime::Parameter> expected { { QStringLiteral("charset"), QStringLiteral("ISO-2022-JP") },
            { QStringLiteral("format"), QStringLiteral("flowed") }, { QStringLiteral("name"), QStringLiteral("あ.txt") } };
        QCOMPARE(parsed.parameters, expected);
        QVERIFY(notes.notes().isEmpty());

        const QList<mime::RawParameter> raw = mime::splitParameters("; a=1;;b = \"x\\\"y\" ; c", notes, QStringLiteral("Content-Type"));
        const QList<mime::RawParameter> expectedRaw { { "a", "1", false }, { "b", "x\"y", true } };
        QCOMPARE(raw, expectedRaw);
    }

    // The peers' Japanese texts, cut into encoded words at every byte position class: the bytes
    // of a character and the ISO-2022-JP escape state run across words.
    void peerJapaneseTextsSplitAcrossWords_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<int>("chunk");
        for (int chunk : { 7, 13, 39 }) {
            QTest::addRow("iso-2022-jp by %d", chunk) << QStringLiteral("japanese.iso-2022-jp.txt") << QByteArray("ISO-2022-JP") << chunk;
            QTest::addRow("shift_jis by %d", chunk) << QStringLiteral("japanese.shift-jis.txt") << QByteArray("Shift_JIS") << chunk;
        }
    }
    void peerJapaneseTextsSplitAcrossWords()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, charset);
        QFETCH(int, chunk);
        SHOAL_REQUIRE_CORPUS();
        const QString dir = QStringLiteral("jstedfast+gmime/tests/data/filters/");
        const QList<QByteArray> encodedLines = readCorpusFile(dir + file).split('\n');
        const QList<QByteArray> utf8Lines = readCorpusFile(dir + QStringLiteral("japanese.utf-8.txt")).split('\n');
        QCOMPARE(encodedLines.size(), 10);
        QCOMPARE(utf8Lines.size(), encodedLines.size());
        for (qsizetype i = 0; i < encodedLines.size(); ++i) {
            ParseNotes notes;
            const QByteArray raw = encodeSplit(encodedLines[i], charset, chunk);
            QCOMPARE(mime::decodeHeaderText(raw, notes, QStringLiteral("Subject")), QString::fromUtf8(utf8Lines[i]));
            QCOMPARE(codes(notes), QStringList());
        }
    }

    // email2slack's messages: Subjects as encoded words and Japanese bodies as unencoded header
    // text (raw 8-bit, then RFC 2231 with the charset named and split in two sections).
    void peerEmail2SlackTexts_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QByteArray>("charset");
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("body");
        QTest::newRow("euc-jp") << QStringLiteral("euc-jp.txt") << QByteArray("EUC-JP") << QStringLiteral("EUC-JPで日本語")
                                << QStringLiteral("このメールはEUC-JPでエンコードされています．");
        QTest::newRow("iso-2022-jp") << QStringLiteral("iso-2022-jp.txt") << QByteArray("ISO-2022-JP")
                                     << QStringLiteral("ISO-2022-JPで日本語")
                                     << QStringLiteral("このメールはISO-2022-JPでエンコードされています．");
        QTest::newRow("shift_jis") << QStringLiteral("shift_jis.txt") << QByteArray("Shift_JIS") << QStringLiteral("Shift_JISで日本語")
                                   << QStringLiteral("このメールはShift_JISでエンコードされています．");
    }
    void peerEmail2SlackTexts()
    {
        QFETCH(QString, file);
        QFETCH(QByteArray, charset);
        QFETCH(QString, subject);
        QFETCH(QString, body);
        SHOAL_REQUIRE_CORPUS();
        const QByteArray message = readCorpusFile(QStringLiteral("mikoim+email2slack/tests/data/") + file);
        const qsizetype headerEnd = message.indexOf("\r\n\r\n");
        QVERIFY(headerEnd > 0);
        const qsizetype subjectStart = message.indexOf("\r\nSubject:") + 10;
        const QByteArray rawSubject = message.mid(subjectStart, message.indexOf("\r\n", subjectStart) - subjectStart);
        const QByteArray rawBody = message.mid(headerEnd + 4, message.indexOf("\r\n", headerEnd + 4) - headerEnd - 4);

        ParseNotes notes;
        QCOMPARE(mime::decodeHeaderText(rawSubject, notes, QStringLiteral("Subject")), subject);
        QCOMPARE(codes(notes), QStringList());
        QCOMPARE(mime::decodeHeaderText(rawBody, notes, QStringLiteral("Subject")), body);
        QCOMPARE(codes(notes), QStringList { QStringLiteral("header-8bit") });

        // An odd cut lands inside a two-byte character (or an escape run) of every one of these.
        const qsizetype cut = rawBody.size() / 2 | 1;
        const QByteArray parameters = "; filename*0*=" + charset + "''" + rawBody.left(cut).toPercentEncoding()
            + "; filename*1*=" + rawBody.mid(cut).toPercentEncoding() + ".txt";
        ParseNotes parameterNotes;
        const QList<mime::RawParameter> split = mime::splitParameters(parameters, parameterNotes, QStringLiteral("Content-Disposition"));
        QCOMPARE(mime::decodeParameterValue(split, "filename", parameterNotes, QStringLiteral("Content-Disposition")),
            body + QStringLiteral(".txt"));
        QCOMPARE(codes(parameterNotes), QStringList());
    }

    // Our Japanese fixtures for the parser tests: their headers, filenames and bodies decode
    // with these functions to exactly what their *.expected.json says.
    void japaneseFixtures_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(test::testDataPath(QStringLiteral("eml/japanese")));
        const QStringList files = dir.entryList({ QStringLiteral("*.eml") }, QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 8);
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file.chopped(4));
    }
    void japaneseFixtures()
    {
        QFETCH(QString, name);
        QFile emlFile(name + QStringLiteral(".eml"));
        QFile jsonFile(name + QStringLiteral(".expected.json"));
        QVERIFY(emlFile.open(QIODevice::ReadOnly) && jsonFile.open(QIODevice::ReadOnly));
        const QJsonObject expected = QJsonDocument::fromJson(jsonFile.readAll()).object();
        const MiniPart message = readPart(emlFile.readAll());
        ParseNotes notes;
        const mime::ParameterizedValue contentType
            = mime::parseParameterizedValue(message.fields.value("content-type"), notes, QStringLiteral("Content-Type"));
        const QByteArray fallback = contentType.parameter(u"charset").toLatin1();

        QCOMPARE(mime::decodeHeaderText(message.fields.value("subject"), notes, QStringLiteral("Subject"), fallback),
            expected.value(QStringLiteral("subject")).toString());
        const QByteArray from = mime::unfold(message.fields.value("from"));
        const qsizetype angle = from.lastIndexOf('<');
        QCOMPARE(mime::decodePhrase(from.left(angle), notes, QStringLiteral("From"), fallback),
            expected.value(QStringLiteral("from_name")).toString());
        QCOMPARE(QString::fromLatin1(from.mid(angle + 1).chopped(1)), expected.value(QStringLiteral("from_address")).toString());

        QList<MiniPart> parts { message };
        const QByteArray boundary = contentType.parameter(u"boundary").toLatin1();
        if (!boundary.isEmpty()) {
            parts.clear();
            const QList<QByteArray> pieces = message.body.split('\n');
            QByteArray current;
            bool inside = false;
            for (const QByteArray &line : pieces) {
                if (line.startsWith(QByteArray("--" + boundary))) {
                    if (inside)
                        parts.append(readPart(current.chopped(2))); // the CRLF before the boundary
                    current.clear();
                    inside = true;
                } else if (inside) {
                    current += line + '\n';
                }
            }
        }
        QString body;
        QStringList filenames;
        for (const MiniPart &part : std::as_const(parts)) {
            const QString disposition
                = mime::parseParameterizedValue(part.fields.value("content-disposition"), notes, QStringLiteral("part"))
                      .parameter(u"filename");
            if (!disposition.isNull())
                filenames.append(disposition);
            else if (body.isNull())
                body = bodyText(part, notes);
        }
        QCOMPARE(body.left(200), expected.value(QStringLiteral("body_text_start")).toString());
        QStringList expectedFiles;
        for (const QJsonValue &value : expected.value(QStringLiteral("attachments")).toArray())
            expectedFiles.append(value.toString());
        QCOMPARE(filenames, expectedFiles);
    }

    // Hostile sizes: 5 MB values decode in linear time and bounded work.
    void hugeHeadersStayLinear_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<qsizetype>("expectedLength");
        const int size = 5 * 1024 * 1024;
        QTest::newRow("=? everywhere, ?= nowhere") << QByteArray("=?").repeated(size / 2) << qsizetype(size);
        QTest::newRow("unterminated word") << QByteArray("=?utf-8?Q?") + QByteArray("a=?b").repeated(size / 4) << qsizetype(size + 10);
        // Each word is cut by the next; only the last one closes (empty, then "x ").
        QTest::newRow("words cut by the next one") << QByteArray("=?a?Q?").repeated(size / 6) + "?=" << qsizetype((size / 6 - 1) * 6);
        QTest::newRow("truncated words, one ?= at the end")
            << QByteArray("=?a?Q?x ").repeated(size / 8) + "?=" << qsizetype((size / 8 - 1) * 8 + 1);
        QTest::newRow("many small words") << QByteArray("=?utf-8?Q?a?= ").repeated(size / 14) << qsizetype(size / 14);
        QTest::newRow("many charsets") << QByteArray("=?x-a?B?gXk=?= =?x-b?B?gXk=?= ").repeated(size / 30) << qsizetype(-1);
        QTest::newRow("raw 8-bit") << QByteArray("\x82\xa0\xff").repeated(size / 3) << qsizetype(-1);
        QTest::newRow("one huge word") << "=?utf-8?B?" + QByteArray("44GC").repeated(size / 4) + "?=" << qsizetype(size / 4);
    }
    void hugeHeadersStayLinear()
    {
        QFETCH(QByteArray, raw);
        QFETCH(qsizetype, expectedLength);
        QElapsedTimer timer;
        timer.start();
        ParseNotes notes;
        const QString text = mime::decodeHeaderText(raw, notes, QStringLiteral("Subject"));
        if (expectedLength >= 0)
            QCOMPARE(text.size(), expectedLength);
        QVERIFY(!text.isEmpty());
        QVERIFY(notes.notes().size() <= 20);
        // Generous for sanitizer builds; quadratic behaviour would take hours.
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }

    void hugeParameterListsStayLinear()
    {
        QByteArray raw = "attachment";
        for (int i = 0; i < 200000; ++i)
            raw += "; p" + QByteArray::number(i) + "=v";
        for (int i = 0; i < 9999; ++i)
            raw += "; filename*" + QByteArray::number(9998 - i) + "*=%41";
        QElapsedTimer timer;
        timer.start();
        ParseNotes notes;
        const mime::ParameterizedValue parsed = mime::parseParameterizedValue(raw, notes, QStringLiteral("Content-Disposition"));
        QCOMPARE(parsed.parameters.size(), 200001);
        QCOMPARE(parsed.parameter(u"filename"), QString(9999, u'A'));
        QCOMPARE(parsed.parameter(u"p123"), QStringLiteral("v"));
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(HeaderDecodingTest)
#include "headerdecoding_test.moc"
