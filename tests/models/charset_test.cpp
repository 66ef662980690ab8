// Charset decoding as the big mail clients do it, Japanese above all. Expected texts are
// asserted character for character.
#include "mail/charset.h"

#include <QTest>

using namespace shoal;

class CharsetTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesDeclared_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("declared");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("charset");
        QTest::newRow("iso-2022-jp") << QByteArray("\x1b$B$3$s$K$A$O\x1b(B") << QByteArray("ISO-2022-JP") << QStringLiteral("こんにちは")
                                     << QStringLiteral("iso-2022-jp");
        // ① is NEC row 13 (0x2D21): CP50220, not plain ISO-2022-JP.
        QTest::newRow("iso-2022-jp NEC circled one")
            << QByteArray("\x1b$B-!\x1b(B") << QByteArray("iso-2022-jp") << QStringLiteral("①") << QStringLiteral("iso-2022-jp");
        QTest::newRow("iso-2022-jp half-width katakana")
            << QByteArray("\x1b(I1\x1b(B") << QByteArray("iso-2022-jp") << QStringLiteral("ｱ") << QStringLiteral("iso-2022-jp");
        // 0x8740 is ① in CP932, undefined in strict Shift_JIS.
        QTest::newRow("shift_jis is cp932") << QByteArray("\x87\x40\x82\xa0") << QByteArray("Shift_JIS") << QStringLiteral("①あ")
                                            << QStringLiteral("cp932");
        QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xe2\x91\xa0") << QByteArray("UTF-8") << QStringLiteral("café ①")
                               << QStringLiteral("utf-8");
        QTest::newRow("euc-jp") << QByteArray("\xa4\xa2\xa4\xa4") << QByteArray("EUC-JP") << QStringLiteral("あい")
                                << QStringLiteral("euc-jp");
        QTest::newRow("latin1 is windows-1252") << QByteArray("\x93quoted\x94") << QByteArray("iso-8859-1")
                                                << QStringLiteral("\u201cquoted\u201d") << QStringLiteral("windows-1252");
    }
    void decodesDeclared()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, declared);
        QFETCH(QString, expected);
        QFETCH(QString, charset);
        const charset::Decoded decoded = charset::decode(bytes, declared);
        QCOMPARE(decoded.text, expected);
        QCOMPARE(decoded.charset, charset);
        QVERIFY(!decoded.guessed);
        QVERIFY(!decoded.lossy);
    }

    void latinLabelsAreCheckedForJapaneseAndUtf8_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("charset");
        QTest::addColumn<bool>("guessed");
        QTest::newRow("shift_jis labelled latin-1") << QByteArray("\x82\xb2\x8a\x6d\x94\x46\x82\xad\x82\xbe\x82\xb3\x82\xa2\x81\x42")
                                                    << QStringLiteral("ご確認ください。") << QStringLiteral("cp932") << true;
        QTest::newRow("utf-8 labelled latin-1")
            << QByteArray("\xe7\xa2\xba\xe8\xaa\x8d caf\xc3\xa9") << QStringLiteral("確認 café") << QStringLiteral("utf-8") << true;
        QTest::newRow("real latin-1 stays") << QByteArray("Ren\xe9"
                                                          "e D\xe9"
                                                          "sir\xe9"
                                                          "e, \xe0 bient\xf4"
                                                          "t")
                                            << QStringLiteral("Renée Désirée, à bientôt") << QStringLiteral("windows-1252") << false;
    }
    void latinLabelsAreCheckedForJapaneseAndUtf8()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QFETCH(QString, charset);
        QFETCH(bool, guessed);
        const charset::Decoded decoded = charset::decode(bytes, "iso-8859-1");
        QCOMPARE(decoded.text, expected);
        QCOMPARE(decoded.charset, charset);
        QCOMPARE(decoded.guessed, guessed);
    }

    void undeclaredIso2022JpIsRecognisedAndFlagged()
    {
        const charset::Decoded decoded = charset::decode("\x1b$B$3$s$K$A$O\x1b(B", "");
        QCOMPARE(decoded.text, QStringLiteral("こんにちは"));
        QCOMPARE(decoded.charset, QStringLiteral("iso-2022-jp"));
        QVERIFY(decoded.guessed);
    }

    void wronglyDeclaredIsGuessedAndFlagged()
    {
        // Shift_JIS bytes labelled UTF-8.
        const QByteArray sjis = QByteArray("\x82\xb1\x82\xf1\x82\xc9\x82\xbf\x82\xcd\x81\x41\x90\xa2\x8a\x45");
        const charset::Decoded decoded = charset::decode(sjis, "utf-8");
        QCOMPARE(decoded.text, QStringLiteral("こんにちは、世界"));
        QVERIFY(decoded.guessed);
        ParseNotes notes;
        charset::noteDecoding(decoded, "utf-8", QStringLiteral("Subject"), notes);
        QCOMPARE(notes.notes().size(), 1);
        QCOMPARE(notes.notes().first().code, QStringLiteral("charset-guessed"));
    }
};

QTEST_GUILESS_MAIN(CharsetTest)
#include "charset_test.moc"
