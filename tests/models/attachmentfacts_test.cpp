// Attachment facts: hashes against values computed outside Shoal, libmagic on files built here,
// and the per-thread libmagic handles.
#include "analysis/attachmentfacts.h"

#include <QTest>
#include <QtConcurrent>

using namespace shoal;

namespace {

// Text-like bytes from a 32-bit LCG, so that ssdeep has structure to hash. The same generator in
// Python produced the expected values below:
//   x = (x * 1103515245 + 12345) & 0xffffffff; byte = ALPHABET[(x >> 16) % 32]
QByteArray pseudoText(qsizetype size, quint32 seed)
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz .,\n-:";
    QByteArray bytes(size, Qt::Uninitialized);
    quint32 x = seed;
    for (qsizetype i = 0; i < size; ++i) {
        x = x * 1103515245u + 12345u;
        bytes[i] = alphabet[(x >> 16) % 32];
    }
    return bytes;
}

// pseudoText with every 7th of each 997th byte set to 'X': a near copy.
QByteArray nearCopy(QByteArray bytes)
{
    for (qsizetype i = 0; i < bytes.size(); i += 997) {
        if ((i / 997) % 7 == 0)
            bytes[i] = 'X';
    }
    return bytes;
}

QByteArray pattern(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7) % 251);
    return bytes;
}

// A minimal PE32 (GUI, i386): MZ header, e_lfanew = 0x80, COFF header, optional header magic.
QByteArray minimalPe()
{
    QByteArray pe(512, '\0');
    auto put16 = [&](int offset, quint16 value) {
        pe[offset] = char(value & 0xFF);
        pe[offset + 1] = char(value >> 8);
    };
    pe[0] = 'M';
    pe[1] = 'Z';
    put16(0x3C, 0x80);
    pe.replace(0x80, 4, QByteArray("PE\0\0", 4));
    put16(0x84, 0x14C); // i386
    put16(0x94, 0xE0); // size of the optional header
    put16(0x96, 0x0102); // executable, 32-bit
    put16(0x98, 0x10B); // PE32
    put16(0x98 + 68, 2); // GUI subsystem
    return pe;
}

// A zip with one stored file "a.txt" ("hello\n", 2024-01-01), written by Python's zipfile.
const QByteArray kZip = QByteArray::fromHex("504b03041400000000000000215820303a36060000000600000005000000612e"
                                            "74787468656c6c6f0a504b010214031400000000000000215820303a36060000"
                                            "0006000000050000000000000000000000800100000000612e747874504b0506"
                                            "000000000100010033000000290000000000");

} // namespace

class AttachmentFactsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashes_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QByteArray>("md5");
        QTest::addColumn<QByteArray>("sha1");
        QTest::addColumn<QByteArray>("sha256");
        QTest::addColumn<QString>("ssdeep");
        // Hashes from Python's hashlib; ssdeep hashes from the ssdeep 2.14.1 CLI (`ssdeep -b`)
        // on the same bytes written to a file.
        QTest::newRow("empty") << QByteArray() << QByteArray("d41d8cd98f00b204e9800998ecf8427e")
                               << QByteArray("da39a3ee5e6b4b0d3255bfef95601890afd80709")
                               << QByteArray("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") << QStringLiteral("3::");
        QTest::newRow("abc") << QByteArray("abc") << QByteArray("900150983cd24fb0d6963f7d28e17f72")
                             << QByteArray("a9993e364706816aba3e25717850c26c9cd0d89d")
                             << QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad") << QStringLiteral("3:uG:uG");
        QTest::newRow("text 20000") << pseudoText(20000, 1) << QByteArray("cb62aae2b15245ee3524fa472935fe09")
                                    << QByteArray("8dd8d16e9361f6ff36de48ec007894e6bcf79df8")
                                    << QByteArray("528e1b9b5cc44df406f50bc8b8fb808e1b9454594ee475923c53336c7b6015c3")
                                    << QStringLiteral(
                                           "384:Wk9jpSB7oHlhcDcYXqoBpM1+yXA50CHKJ5zpCzaNnhXX5DrLQQPUd:/UB7oHj+X3BYA3Yxpjzn1LQbd");
        // Longer than the 1 MB hashing chunk: the chunks must add up to the whole.
        QTest::newRow("text 3 MB") << pseudoText(3 * 1024 * 1024 + 123, 7) << QByteArray("cfec17bebbe5488ad395a3a04bc58003")
                                   << QByteArray("9205d67d11c094352542549d481ca719dec18335")
                                   << QByteArray("1b4311228af2d876ab51d9355866d2bd50ece2e47b273a50ee99abb354fd7925")
                                   << QStringLiteral("49152:L8GYml12jzawfXneOkC5kpPZkY8GYml12jzawfXk:X");
        QTest::newRow("pattern 1 MB + 1") << pattern(1024 * 1024 + 1) << QByteArray("057e0b6f1b740935a4d41b90a60b404d")
                                          << QByteArray("d2e671e5848bd759c986a989124d083807796b07")
                                          << QByteArray("50068d46eb4d17660d829800fa2d52624de6cd1dab0dd5735e5b8c496b822152")
                                          << QStringLiteral("24:Dwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwwww1:z");
    }
    void hashes()
    {
        QFETCH(QByteArray, data);
        QFETCH(QByteArray, md5);
        QFETCH(QByteArray, sha1);
        QFETCH(QByteArray, sha256);
        QFETCH(QString, ssdeep);
        const AttachmentFacts facts = attachmentFacts(data);
        QCOMPARE(facts.size, data.size());
        QCOMPARE(facts.md5, md5);
        QCOMPARE(facts.sha1, sha1);
        QCOMPARE(facts.sha256, sha256);
        QCOMPARE(facts.ssdeep, ssdeep);
    }

    void similarity()
    {
        const QString original = attachmentFacts(pseudoText(20000, 1)).ssdeep;
        const QString changed = attachmentFacts(nearCopy(pseudoText(20000, 1))).ssdeep;
        QCOMPARE(changed, QStringLiteral("384:9k9jpSB7oHlhcDcYXqoBpV1+yXA50CHKJ5zpEzaNnhXX5DrLQQPUd:8UB7oHj+X3BVA3YxpBzn1LQbd"));
        QCOMPARE(ssdeepSimilarity(original, original), 100);
        QCOMPARE(ssdeepSimilarity(original, changed), 96); // `ssdeep -b -d` on the two files: "matches (96)"
        QCOMPARE(ssdeepSimilarity(original, attachmentFacts(pseudoText(20000, 2)).ssdeep), 0);
        QCOMPARE(ssdeepSimilarity(original, QStringLiteral("not a hash")), -1);
        QCOMPARE(ssdeepSimilarity(original, QString()), -1);
    }

    void trueType_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("mime");
        QTest::addColumn<QString>("description");
        // Descriptions as libmagic 5.46 (Debian 13) words them.
        QTest::newRow("pe") << minimalPe() << QStringLiteral("application/vnd.microsoft.portable-executable")
                            << QStringLiteral("PE32 executable for MS Windows 0.00 (GUI), Intel i386");
        QTest::newRow("zip") << kZip << QStringLiteral("application/zip")
                             << QStringLiteral(
                                    "Zip archive data, made by v2.0 UNIX, extract using at least v2.0, last modified Jan 01 2024 "
                                    "00:00:00, uncompressed size 6, method=store");
        QTest::newRow("pdf") << QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n") << QStringLiteral("application/pdf")
                             << QStringLiteral("PDF document, version 1.4");
        QTest::newRow("text") << QByteArray("hello\n") << QStringLiteral("text/plain") << QStringLiteral("ASCII text");
        // A PDF signature in front of 3 MB: libmagic reads the first 1 MB only and still knows it.
        QTest::newRow("big pdf") << QByteArray("%PDF-1.7\n") + pattern(3 * 1024 * 1024) << QStringLiteral("application/pdf")
                                 << QStringLiteral("PDF document, version 1.7");
    }
    void trueType()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, mime);
        QFETCH(QString, description);
        const AttachmentFacts facts = attachmentFacts(data);
        QCOMPARE(facts.trueMime, mime);
        QCOMPARE(facts.trueType, description);
    }

    void threadsGetTheirOwnHandles()
    {
        const QList<QByteArray> inputs { minimalPe(), kZip, QByteArray("%PDF-1.4\n"), pseudoText(20000, 1) };
        QList<QByteArray> work;
        for (int i = 0; i < 64; ++i)
            work << inputs.at(i % inputs.size());
        const QList<AttachmentFacts> expected { attachmentFacts(inputs[0]), attachmentFacts(inputs[1]), attachmentFacts(inputs[2]),
            attachmentFacts(inputs[3]) };
        QThreadPool pool;
        pool.setMaxThreadCount(4);
        const QList<AttachmentFacts> results
            = QtConcurrent::blockingMapped(&pool, work, [](const QByteArray &data) { return attachmentFacts(data); });
        for (int i = 0; i < results.size(); ++i)
            QCOMPARE(results.at(i), expected.at(i % expected.size()));
    }
};

QTEST_GUILESS_MAIN(AttachmentFactsTest)
#include "attachmentfacts_test.moc"
