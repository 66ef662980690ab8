// InputWalker: from dropped files, folders, mboxes and archives to single messages' bytes.
// Folder fixtures are written at run time; archives come from tests/data/archives
// (make-fixtures.py); the real mboxes and Maildirs of the corpus are counted exactly.
#include "ingest/formatsniffer.h"
#include "ingest/inputwalker.h"
#include "ingest/mboxsplitter.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace shoal;

namespace {

// The same message as make-fixtures.py's mail().
QByteArray mail(const QByteArray &tag)
{
    QByteArray id = tag;
    id.replace(' ', '-');
    return "From: sender@example.com\r\nTo: analyst@example.org\r\nSubject: " + tag + "\r\nMessage-ID: <" + id
        + "@example.com>\r\n\r\nBody of " + tag + ".\r\n";
}

QByteArray lf(QByteArray bytes)
{
    return bytes.replace("\r\n", "\n");
}

struct Walked {
    QList<InputItem> items;
    QList<InputFailure> failures;

    // Origins and failures with `prefix` (a temporary folder, the fixture folder) cut off.
    QStringList origins(const QString &prefix) const
    {
        QStringList result;
        for (const InputItem &item : items)
            result.append(QString(item.origin).remove(prefix));
        return result;
    }
    QStringList problems(const QString &prefix) const
    {
        QStringList result;
        for (const InputFailure &failure : failures)
            result.append(QString(failure.origin).remove(prefix) + QStringLiteral(" | ") + failure.reason);
        return result;
    }
    InputWalker::ItemCallback itemSink()
    {
        return [this](InputItem &&item) {
            items.append(std::move(item));
            return true;
        };
    }
    InputWalker::FailureCallback failureSink()
    {
        return [this](InputFailure &&failure) { failures.append(std::move(failure)); };
    }
};

Walked walk(const QStringList &paths, const InputWalker &walker = InputWalker())
{
    Walked walked;
    std::atomic_bool cancel = false;
    walker.walk(paths, walked.itemSink(), walked.failureSink(), cancel);
    return walked;
}

Walked walkBytes(const QString &origin, const QByteArray &bytes, const InputWalker &walker = InputWalker())
{
    Walked walked;
    std::atomic_bool cancel = false;
    walker.walkBytes(origin, bytes, walked.itemSink(), walked.failureSink(), cancel);
    return walked;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    QCOMPARE(file.write(bytes), bytes.size());
}

QString fixtures()
{
    return shoal::test::testDataPath(QStringLiteral("archives/"));
}

QString corpus(const QString &relative)
{
    return shoal::test::corpusDir() + QStringLiteral("/") + relative;
}

// A compound-file header followed by a directory entry name of a MAPI property stream.
QByteArray fakeOutlookFile()
{
    QByteArray bytes("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    bytes.append(512 - bytes.size(), '\0');
    for (char c : QByteArrayView("__substg1.0_0037001F")) {
        bytes.append(c);
        bytes.append('\0');
    }
    return bytes;
}

WalkLimits limits(qint64 maxMessage, qint64 maxTotal, double ratio, int depth = 4, int entries = 100000)
{
    WalkLimits result;
    result.maxMessageBytes = maxMessage;
    result.maxArchiveTotalBytes = maxTotal;
    result.maxCompressionRatio = ratio;
    result.maxArchiveDepth = depth;
    result.maxEntries = entries;
    return result;
}

constexpr qint64 kMiB = 1 << 20;
constexpr qint64 kGiB = qint64(1) << 30;

} // namespace

Q_DECLARE_METATYPE(ingest::Format)
Q_DECLARE_METATYPE(WalkLimits)

class InputWalkerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sniffsByContent_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<bool>("lenient");
        QTest::addColumn<ingest::Format>("format");
        using F = ingest::Format;
        QTest::newRow("1.0 eml LF") << QByteArray("Received: x\nFrom: a@b\n\nbody") << false << F::Eml;
        QTest::newRow("1.1 eml CRLF") << QByteArray("Subject: x\r\n\r\nbody") << false << F::Eml;
        QTest::newRow("1.2 eml bare CR") << QByteArray("X-Id: 1\rDate: now\r\rbody") << false << F::Eml;
        QTest::newRow("1.3 eml with BOM") << QByteArray("\xEF\xBB\xBF") + "From: a@b\n\n" << false << F::Eml;
        QTest::newRow("1.4 leading blank line") << QByteArray("   \nDelivered-To: a@b\n\n") << false << F::Eml;
        QTest::newRow("1.5 unusual headers only") << QByteArray("Todo: call back\nNote: x\n") << false << F::Other;
        QTest::newRow("1.6 unusual headers, mail name") << QByteArray("Todo: call back\nNote: x\n") << true << F::Eml;
        QTest::newRow("2.0 mbox") << QByteArray("From a@b Mon Apr  1 09:30:00 2024\nSubject: x\n\n") << false << F::Mbox;
        QTest::newRow("2.1 From without header") << QByteArray("From the desk of Bob\nhello\n") << false << F::Other;
        QTest::newRow("2.2 From without header, mbox name") << QByteArray("From x\n\nbody\n") << true << F::Mbox;
        QTest::newRow("3.0 emlx") << QByteArray("  123  \nFrom: a@b\n\n") << false << F::Emlx;
        QTest::newRow("4.0 ole2") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1xx") << false << F::Ole2;
        QTest::newRow("5.0 zip") << QByteArray("PK\x03\x04rest") << false << F::Archive;
        QTest::newRow("5.1 empty zip") << QByteArray("PK\x05\x06rest") << false << F::Archive;
        QTest::newRow("5.2 7z") << QByteArray("7z\xBC\xAF\x27\x1C") << false << F::Archive;
        QTest::newRow("5.3 rar") << QByteArray("Rar!\x1A\x07\x01") << false << F::Archive;
        QTest::newRow("5.4 tar") << QByteArray(257, 'x') + QByteArray("ustar\0", 6) << false << F::Archive;
        QTest::newRow("6.0 gzip") << QByteArray("\x1F\x8B\x08") << false << F::Compressed;
        QTest::newRow("6.1 xz") << QByteArray::fromHex("fd377a585a0078") << false << F::Compressed;
        QTest::newRow("7.0 png named .eml") << QByteArray("\x89PNG\r\n") << true << F::Other;
        QTest::newRow("7.1 empty") << QByteArray() << true << F::Empty;
    }
    void sniffsByContent()
    {
        QFETCH(QByteArray, head);
        QFETCH(bool, lenient);
        QFETCH(ingest::Format, format);
        QCOMPARE(ingest::sniff(head, lenient).format, format);
    }

    void describesWhatIsNotMail_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("what");
        QTest::newRow("png") << QByteArray("\x89PNG\r\n\x1A\n") << QStringLiteral("a PNG image");
        QTest::newRow("pdf") << QByteArray("%PDF-1.7\n") << QStringLiteral("a PDF document");
        QTest::newRow("exe") << QByteArray("MZ\x90\0", 4) << QStringLiteral("a Windows executable");
        QTest::newRow("html") << QByteArray("  <!DOCTYPE html><html>") << QStringLiteral("an HTML document");
        QTest::newRow("binary") << QByteArray("ab\0cd", 5) << QStringLiteral("binary data");
        QTest::newRow("text") << QByteArray("Hello World") << QStringLiteral("text without mail headers");
    }
    void describesWhatIsNotMail()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, what);
        const ingest::Sniffed sniffed = ingest::sniff(head, true);
        QCOMPARE(sniffed.format, ingest::Format::Other);
        QCOMPARE(sniffed.what, what);
    }

    void singleFilesKeepTheirBytes()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/");
        const QByteArray bom = "\xEF\xBB\xBF" + mail("bom");
        const QByteArray fromLine = "From sender@example.com Mon Apr  1 09:30:00 2024\n" + lf(mail("from line"));
        const QByteArray outlook = fakeOutlookFile();
        const QByteArray emlxMessage = lf(mail("apple"));
        const QByteArray emlx = QByteArray::number(emlxMessage.size()) + "\n" + emlxMessage + "<?xml version=\"1.0\"?>\n<plist/>\n";
        writeFile(root + QStringLiteral("a.eml"), bom);
        writeFile(root + QStringLiteral("b.msg"), mail("rfc822 named msg"));
        writeFile(root + QStringLiteral("c"), fromLine);
        writeFile(root + QStringLiteral("d"), outlook);
        writeFile(root + QStringLiteral("e.emlx"), emlx);

        const Walked walked = walk({ dir.path() });
        QCOMPARE(walked.problems(root), QStringList());
        QCOMPARE(walked.origins(root), QStringList({ "a.eml", "b.msg", "c", "d", "e.emlx" }));
        const QList<InputItem> &items = walked.items;
        QCOMPARE(items[0].bytes, bom);
        QCOMPARE(items[0].traits, InputItem::Traits(InputItem::Trait::Utf8Bom));
        QCOMPARE(items[1].bytes, mail("rfc822 named msg"));
        QCOMPARE(items[1].kind, InputItem::Kind::Eml);
        QCOMPARE(items[2].bytes, fromLine);
        QCOMPARE(items[2].traits, InputItem::Traits(InputItem::Trait::FromLine));
        QCOMPARE(items[2].container, InputItem::Container::File);
        QCOMPARE(items[3].bytes, outlook);
        QCOMPARE(items[3].kind, InputItem::Kind::Msg);
        QCOMPARE(items[4].bytes, emlxMessage);
        QCOMPARE(items[4].container, InputItem::Container::Emlx);
        QCOMPARE(items[4].traits, InputItem::Traits());
    }

    void nonMailIsSilentUnlessNamedAsMail()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/");
        writeFile(root + QStringLiteral("photo.png"), "\x89PNG\r\n\x1A\nxxxx");
        writeFile(root + QStringLiteral("notes.txt"), "Todo: call back the bank\n");
        writeFile(root + QStringLiteral("report.doc"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'));
        writeFile(root + QStringLiteral("fake.eml"), "\x89PNG\r\n\x1A\nxxxx");
        writeFile(root + QStringLiteral("word.eml"), QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + QByteArray(600, '\0'));
        writeFile(root + QStringLiteral("._x.eml"), QByteArray("\x00\x05\x16\x07\x00\x02\x00\x00", 8));
        // Empty, and not named as mail (like notmuch's lock file inside a Maildir): silent.
        writeFile(root + QStringLiteral("empty.txt"), QByteArray());
        writeFile(root + QStringLiteral("empty.eml"), QByteArray());
        writeFile(root + QStringLiteral("hello.msg"), "Hello World");
        QVERIFY(QFile::copy(fixtures() + QStringLiteral("letter.docx"), root + QStringLiteral("letter.docx")));
        QVERIFY(QFile::copy(fixtures() + QStringLiteral("notes-only.zip"), root + QStringLiteral("notes-only.zip")));

        const Walked walked = walk({ dir.path() });
        QCOMPARE(walked.origins(root), QStringList());
        QCOMPARE(walked.problems(root),
            QStringList({
                "empty.eml | empty file",
                "fake.eml | not a mail message, mailbox or archive: a PNG image",
                "hello.msg | not a mail message, mailbox or archive: text without mail headers",
                "word.eml | not a mail message, mailbox or archive: an Office document (OLE2 "
                "compound file), not an Outlook message",
            }));
        // Named by the analyst, anything that is not mail deserves a word.
        QCOMPARE(walk({ root + QStringLiteral("notes.txt") }).problems(root),
            QStringList({ "notes.txt | not a mail message, mailbox or archive: text without mail headers" }));
    }

    void mboxIsSplitAndUnescaped()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/box");
        // CRLF throughout; message 1 quotes mboxrd-escaped lines and a "From " line that is
        // body text (no blank line before it, no header after it); message 2 follows without
        // a blank line (old Netscape), which the header after its From_ line gives away.
        const QByteArray box = "From a@example.com Mon Apr  1 09:30:00 2024\r\n"
                               "Subject: one\r\n\r\n"
                               ">From the start\r\n"
                               ">>From deeper\r\n"
                               "From here on, body text\r\n"
                               "end one\r\n"
                               "From - Tue Apr  2 10:00:00 2024\r\n"
                               "Subject: two\r\n\r\n"
                               "body two\r\n"
                               "\r\n"
                               "From b@example.com Wed Apr  3 11:00:00 2024\r\n"
                               "Subject: three\r\n\r\n"
                               "body three\r\n\r\n";
        writeFile(path, box);
        const Walked walked = walk({ path });
        QCOMPARE(walked.problems(path), QStringList());
        QCOMPARE(walked.origins(path), QStringList({ "#1", "#2", "#3" }));
        QCOMPARE(walked.items[0].bytes,
            QByteArray("Subject: one\r\n\r\nFrom the start\r\n>From deeper\r\nFrom here on, body text\r\nend one\r\n"));
        QCOMPARE(walked.items[1].bytes, QByteArray("Subject: two\r\n\r\nbody two\r\n"));
        QCOMPARE(walked.items[2].bytes, QByteArray("Subject: three\r\n\r\nbody three\r\n"));
        QCOMPARE(walked.items[0].container, InputItem::Container::Mbox);

        // Named .eml, the same bytes are one message kept whole.
        const QString eml = dir.path() + QStringLiteral("/bounce.eml");
        writeFile(eml, box);
        const Walked single = walk({ eml });
        QCOMPARE(single.items.size(), 1);
        QCOMPARE(single.items[0].bytes, box);
        QCOMPARE(single.items[0].traits, InputItem::Traits(InputItem::Trait::FromLine));
    }

    void mboxEdgeCases_data()
    {
        QTest::addColumn<QByteArray>("mbox");
        QTest::addColumn<QList<QByteArray>>("messages");
        QTest::newRow("1.0 bom") << QByteArray("\xEF\xBB\xBF"
                                               "From a\nS: 1\n\nFrom b\nS: 2\n")
                                 << QList<QByteArray> { "S: 1\n", "S: 2\n" };
        QTest::newRow("1.1 empty message") << QByteArray("From a\nFrom b\nS: 2\n") << QList<QByteArray> { "", "S: 2\n" };
        QTest::newRow("1.2 no final newline") << QByteArray("From a\nS: 1\n\nFrom b\nS: 2") << QList<QByteArray> { "S: 1\n", "S: 2" };
        QTest::newRow("1.3 only From lines") << QByteArray("From a\n\nFrom b\n") << QList<QByteArray> { "", "" };
        QTest::newRow("1.4 text before first") << QByteArray("junk\nFrom a\nS: 1\n") << QList<QByteArray> { "junk\n", "S: 1\n" };
    }
    void mboxEdgeCases()
    {
        QFETCH(QByteArray, mbox);
        QFETCH(QList<QByteArray>, messages);
        ingest::MboxSplitter splitter(mbox);
        QList<QByteArray> found;
        QByteArrayView message;
        while (splitter.next(&message))
            found.append(message.toByteArray());
        QCOMPARE(found, messages);
    }

    void foldersAreWalkedInOrderOnce()
    {
        QTemporaryDir dir;
        const QString root = dir.path() + QStringLiteral("/");
        writeFile(root + QStringLiteral("Maildir/cur/1711963800.M1P2.host:2,S"), mail("cur one"));
        writeFile(root + QStringLiteral("Maildir/new/1711963900.M1P2.host"), mail("new one"));
        writeFile(root + QStringLiteral("Maildir/tmp/1711964000.M1P2.host"), mail("tmp one"));
        writeFile(root + QStringLiteral("Maildir/.Spam/cur/1711964100.M1P2.host:2,"), mail("spam one"));
        writeFile(root + QStringLiteral("a/b/c/deep.eml"), mail("deep"));
        writeFile(root + QStringLiteral("Zeta.eml"), mail("zeta"));
        QVERIFY(QFile::link(root + QStringLiteral("a"), root + QStringLiteral("a/b/loop")));
        QVERIFY(QFile::link(root + QStringLiteral("Zeta.eml"), root + QStringLiteral("a/alias.eml")));
        QVERIFY(QFile::link(root + QStringLiteral("gone"), root + QStringLiteral("a/broken.eml")));
        QVERIFY(QFile::link(root + QStringLiteral("gone"), root + QStringLiteral("a/broken.txt")));
        QCOMPARE(::mkfifo(QFile::encodeName(root + QStringLiteral("a/pipe.eml")).constData(), 0600), 0);

        const QStringList expected = {
            "Maildir/.Spam/cur/1711964100.M1P2.host:2,",
            "Maildir/cur/1711963800.M1P2.host:2,S",
            "Maildir/new/1711963900.M1P2.host",
            "Maildir/tmp/1711964000.M1P2.host",
            "Zeta.eml",
            "a/b/c/deep.eml",
        };
        const Walked walked = walk({ dir.path() });
        QCOMPARE(walked.origins(root), expected);
        QCOMPARE(walked.items[1].bytes, mail("cur one"));
        QCOMPARE(walked.problems(root),
            QStringList({ "a/broken.eml | broken symbolic link", "a/pipe.eml | not a regular file (a device, socket or pipe)" }));
        std::atomic_bool cancel = false;
        QCOMPARE(InputWalker::countCandidates({ dir.path() }, cancel), qint64(expected.size()));

        // A file named twice (itself and inside its folder) is walked once.
        QCOMPARE(walk({ root + QStringLiteral("Zeta.eml"), dir.path() }).items.size(), expected.size());
        const Walked missing = walk({ root + QStringLiteral("nothing-here") });
        QCOMPARE(missing.problems(root), QStringList({ "nothing-here | no such file or folder" }));
    }

    void progressAndStopping()
    {
        QTemporaryDir dir;
        for (int i = 0; i < 5; ++i)
            writeFile(dir.path() + QStringLiteral("/%1.eml").arg(i), mail("n"));
        std::atomic_bool cancel = false;
        QList<qint64> progress;
        int seen = 0;
        InputWalker().walk(
            { dir.path() }, [&seen](InputItem &&) { return ++seen < 2; }, [](InputFailure &&) {}, cancel,
            [&progress](qint64 done) { progress.append(done); });
        QCOMPARE(seen, 2);
        QCOMPARE(progress, QList<qint64>({ 1, 2 }));

        seen = 0;
        InputWalker().walk(
            { dir.path() },
            [&](InputItem &&) {
                cancel = ++seen == 3;
                return true;
            },
            [](InputFailure &&) {}, cancel);
        QCOMPARE(seen, 3);
    }

    void archives_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("origins");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("plain zip") << "plain.zip"
                                   << QStringList { "plain.zip!a.eml", "plain.zip!dir/b.msg", "plain.zip!box.mbox#1",
                                          "plain.zip!box.mbox#2" }
                                   << QStringList { "plain.zip!fake.eml | not a mail message, mailbox or archive: a PNG image" };
        QTest::newRow("zipcrypto infected") << "infected.zip" << QStringList { "infected.zip!infected.eml" } << QStringList();
        QTest::newRow("aes-256 infected") << "aes-infected.zip" << QStringList { "aes-infected.zip!aes.eml" } << QStringList();
        QTest::newRow("unknown password") << "unknown-password.zip" << QStringList()
                                          << QStringList {
                                                 "unknown-password.zip!locked.eml | encrypted zip entry: the known password does not fit"
                                             };
        QTest::newRow("nested") << "nested.zip" << QStringList { "nested.zip!inner.zip!c.eml", "nested.zip!d.eml" } << QStringList();
        QTest::newRow("truncated") << "truncated.zip" << QStringList { "truncated.zip!a.eml", "truncated.zip!dir/b.msg" }
                                   << QStringList { "truncated.zip!fake.eml | not a mail message, mailbox or archive: a PNG image",
                                          "truncated.zip!box.mbox | cannot read this zip entry (damaged or truncated): ZIP "
                                          "decompression failed (-5)" };
        QTest::newRow("7z") << "sample.7z" << QStringList { "sample.7z!first.eml", "sample.7z!second.eml" } << QStringList();
        QTest::newRow("tar.gz") << "mail.tar.gz"
                                << QStringList { "mail.tar.gz!tar/a.eml", "mail.tar.gz!tar/box.mbox#1", "mail.tar.gz!tar/box.mbox#2" }
                                << QStringList();
        QTest::newRow("gzip single") << "single.eml.gz" << QStringList { "single.eml.gz!single.eml" } << QStringList();
        QTest::newRow("utf-8 names") << "japanese-names.zip" << QStringList { "japanese-names.zip!請求書.eml" } << QStringList();
        QTest::newRow("named, no mail") << "notes-only.zip" << QStringList()
                                        << QStringList { "notes-only.zip | no mail messages in this zip archive" };
        QTest::newRow("named docx") << "letter.docx" << QStringList()
                                    << QStringList { "letter.docx | no mail messages in this zip archive" };
        QTest::newRow("cp932 names") << "cp932-names.zip" << QStringList { "cp932-names.zip!見積書.eml" } << QStringList();
    }
    void archives()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, origins);
        QFETCH(QStringList, problems);
        const Walked walked = walk({ fixtures() + file });
        // Joined, so that a mismatch shows everything.
        QCOMPARE(walked.origins(fixtures()).join(QLatin1Char('\n')), origins.join(QLatin1Char('\n')));
        QCOMPARE(walked.problems(fixtures()).join(QLatin1Char('\n')), problems.join(QLatin1Char('\n')));
    }

    void archivedBytesAreExact()
    {
        const Walked plain = walk({ fixtures() + QStringLiteral("plain.zip") });
        QCOMPARE(plain.items.size(), 4);
        QCOMPARE(plain.items[0].bytes, mail("plain a"));
        QCOMPARE(plain.items[1].bytes, mail("plain b"));
        QCOMPARE(plain.items[2].bytes, lf(mail("box one")));
        QCOMPARE(plain.items[3].bytes, lf(mail("box two")));
        QCOMPARE(walk({ fixtures() + QStringLiteral("infected.zip") }).items.value(0).bytes, mail("zipcrypto"));
        QCOMPARE(walk({ fixtures() + QStringLiteral("aes-infected.zip") }).items.value(0).bytes, mail("aes"));
        QCOMPARE(walk({ fixtures() + QStringLiteral("sample.7z") }).items.value(1).bytes, mail("7z second"));
        QCOMPARE(walk({ fixtures() + QStringLiteral("single.eml.gz") }).items.value(0).bytes, mail("gzip single"));
        QCOMPARE(walk({ fixtures() + QStringLiteral("nested.zip") }).items.value(0).bytes, mail("nested c"));
    }

    void passwordLists_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("passwords");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("reason");
        QTest::newRow("second password fits") << "unknown-password.zip" << QStringList { "infected", "not-in-the-list" } << 1 << QString();
        QTest::newRow("none of three") << "unknown-password.zip" << QStringList { "a", "b", "infected" } << 0
                                       << "encrypted zip entry: none of the 3 known passwords fits";
        QTest::newRow("no passwords") << "infected.zip" << QStringList() << 0 << "encrypted zip entry and no password is configured";
        QTest::newRow("aes, none of two") << "aes-infected.zip" << QStringList { "a", "b" } << 0
                                          << "encrypted zip entry: none of the 2 known passwords fits";
    }
    void passwordLists()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, passwords);
        QFETCH(int, items);
        QFETCH(QString, reason);
        const Walked walked = walk({ fixtures() + file }, InputWalker(passwords));
        QCOMPARE(walked.items.size(), items);
        QCOMPARE(walked.failures.value(0).reason, reason);
    }

    void bombsAreStopped_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<WalkLimits>("limits");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("declared size") << "bomb.zip" << WalkLimits()
                                       << QStringList {
                                              "bomb.zip!bomb.eml | 1.0 GiB is above the limit of 256.0 MiB for one message; not read"
                                          };
        QTest::newRow("ratio") << "bomb.zip" << limits(4 * kGiB, 4 * kGiB, 200)
                               << QStringList { "bomb.zip | zip bomb: expands to more than 200 times its size; not read further" };
        QTest::newRow("total") << "bomb.zip" << limits(4 * kGiB, 64 * kMiB, 1e9)
                               << QStringList { "bomb.zip | expands to more than 64.0 MiB; the rest was not read (zip bomb?)" };
        QTest::newRow("stream size") << "big.eml.gz" << limits(kMiB, 4 * kGiB, 1e9)
                                     << QStringList { "big.eml.gz!big.eml | larger than the limit of 1.0 MiB for one message; not read" };
        QTest::newRow("stream ratio") << "big.eml.gz" << WalkLimits()
                                      << QStringList { "big.eml.gz | zip bomb: expands to more than 200 times its size; not read further" };
        QTest::newRow("42 nesting") << "nested-bomb.zip" << WalkLimits()
                                    << QStringList { "nested-bomb.zip!level1-00.zip!level2-00.zip!level3-00.zip!level4-00.zip | archives "
                                                     "nested more than 4 levels deep; not opened (zip bomb?)" };
        QTest::newRow("42 nesting, deep limit") << "nested-bomb.zip" << limits(256 * kMiB, 2 * kGiB, 200, 10)
                                                << QStringList { "nested-bomb.zip!level1-00.zip!level2-00.zip!level3-00.zip!level4-00.zip!"
                                                                 "level5-00.zip | zip bomb: expands to more than 200 times its size; not "
                                                                 "read further" };
        QTest::newRow("entries") << "plain.zip" << limits(256 * kMiB, 2 * kGiB, 200, 4, 2)
                                 << QStringList { "plain.zip | more than 2 entries; the rest was not read (zip bomb?)" };
    }
    void bombsAreStopped()
    {
        QFETCH(QString, file);
        QFETCH(WalkLimits, limits);
        QFETCH(QStringList, problems);
        const Walked walked = walk({ fixtures() + file }, InputWalker({ QStringLiteral("infected") }, limits));
        QCOMPARE(walked.problems(fixtures()).join(QLatin1Char('\n')), problems.join(QLatin1Char('\n')));
        QCOMPARE(walked.items.size(), file == QLatin1StringView("plain.zip") ? 2 : 0);
    }

    void bombsStayInBoundedMemory()
    {
        // The limits are checked while bytes arrive: neither a gigabyte of zeros nor terabytes
        // behind nested zips ever reach memory. Items are counted, not kept, so that only the
        // walker's own memory shows.
        qint64 items = 0;
        qint64 failures = 0;
        std::atomic_bool cancel = false;
        const auto count = [&](const QString &file, const WalkLimits &limits) {
            InputWalker({}, limits)
                .walk(
                    { fixtures() + file },
                    [&items](InputItem &&) {
                        ++items;
                        return true;
                    },
                    [&failures](InputFailure &&) { ++failures; }, cancel);
        };
        count(QStringLiteral("bomb.zip"), limits(4 * kGiB, 4 * kGiB, 200));
        QCOMPARE(items, 0);
        QCOMPARE(failures, 1);
        // 16^5 bottom files of 4 MiB each: the total limit ends it after 1 GiB.
        count(QStringLiteral("nested-bomb.zip"), limits(4 * kGiB, kGiB, 1e9, 10));
        QCOMPARE(failures, 2);
        QCOMPARE(items, 255); // 4 MiB each, plus the nested zips' own bytes
        rusage usage {};
        QCOMPARE(getrusage(RUSAGE_SELF, &usage), 0);
        qInfo("peak RSS %ld KiB", usage.ru_maxrss);
        QVERIFY2(usage.ru_maxrss < 700 * 1024, qPrintable(QStringLiteral("peak RSS %1 KiB").arg(usage.ru_maxrss)));
    }

    void bigFileIsRefusedUnread()
    {
        QTemporaryDir dir;
        const QString path = dir.path() + QStringLiteral("/big.eml");
        writeFile(path, mail("big"));
        QFile file(path);
        QVERIFY(file.resize(200 * kMiB)); // sparse: costs no disk
        const Walked walked = walk({ path }, InputWalker({}, limits(100 * kMiB, kGiB, 200)));
        QCOMPARE(
            walked.problems(dir.path()), QStringList({ "/big.eml | 200.0 MiB is above the limit of 100.0 MiB for one message; not read" }));
    }

    void hostileBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("items");
        QTest::addColumn<QString>("firstProblem");
        QTest::newRow("1.0 empty") << QByteArray() << 0 << "x | empty file";
        QTest::newRow("1.1 zip magic only") << QByteArray("PK\x03\x04") << 0
                                            << "x | damaged or truncated zip archive: Truncated ZIP file header";
        QTest::newRow("1.2 7z magic only") << QByteArray("7z\xBC\xAF\x27\x1C") << 0
                                           << "x | damaged or truncated 7z archive: no details from libarchive";
        QTest::newRow("1.3 gzip garbage") << QByteArray("\x1F\x8B\x08\x00garbage") << 0
                                          << "x | damaged or truncated archive: not a valid compressed stream";
        QTest::newRow("1.4 From only") << QByteArray("From x\nSubject: y") << 1 << QString();
        QTest::newRow("1.5 emlx too short") << QByteArray("99\nFrom: a\n") << 1 << QString();
        QTest::newRow("1.6 emlx zero") << QByteArray("0\nFrom: a\n") << 0 << "x | empty message";
        QTest::newRow("1.7 emlx bare CR") << QByteArray("5\rS: a\r\r") << 1 << QString();
    }
    void hostileBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, items);
        QFETCH(QString, firstProblem);
        const Walked walked = walkBytes(QStringLiteral("x"), bytes);
        QCOMPARE(walked.items.size(), items);
        QCOMPARE(walked.problems(QString()).value(0), firstProblem);
    }

    void emlxTruncationIsReported()
    {
        const Walked walked = walkBytes(QStringLiteral("x.emlx"), "99\nFrom: a\n");
        QCOMPARE(walked.items.value(0).bytes, QByteArray("From: a\n"));
        QCOMPARE(walked.items.value(0).traits, InputItem::Traits(InputItem::Trait::Truncated));
    }

    void corpusMailboxes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("messages");
        // Counts from the peers' own tests: sisimai t/*-mail.t, MimeKit *-summary.txt and
        // MimeParserTests.TestUnmungedFromLines.
        QTest::newRow("sisimai mbox-0") << "peers/sisimai+set-of-emails/mailbox/mbox-0" << 37;
        QTest::newRow("mimekit content-length") << "peers/jstedfast+MimeKit/UnitTests/TestData/mbox/content-length.mbox.txt" << 29;
        QTest::newRow("mimekit issue1189") << "peers/jstedfast+MimeKit/UnitTests/TestData/mbox/issue1189.mbox.txt" << 4;
        QTest::newRow("mimekit simple") << "peers/jstedfast+MimeKit/UnitTests/TestData/mbox/simple.mbox.txt" << 3;
        QTest::newRow("mimekit unmunged") << "peers/jstedfast+MimeKit/UnitTests/TestData/mbox/unmunged.mbox.txt" << 4;
        // Folders: one message per file, whatever their line ends (LF, CRLF, bare CR).
        QTest::newRow("sisimai maildir bsd") << "peers/sisimai+set-of-emails/maildir/bsd" << 629;
        QTest::newRow("sisimai maildir dos") << "peers/sisimai+set-of-emails/maildir/dos" << 80;
        QTest::newRow("sisimai maildir mac") << "peers/sisimai+set-of-emails/maildir/mac" << 80;
        QTest::newRow("sisimai maildir err") << "peers/sisimai+set-of-emails/maildir/err" << 37;
    }
    void corpusMailboxes()
    {
        SHOAL_REQUIRE_CORPUS();
        QFETCH(QString, path);
        QFETCH(int, messages);
        const Walked walked = walk({ corpus(path) });
        QCOMPARE(walked.problems(corpus(QString())), QStringList());
        QCOMPARE(walked.items.size(), messages);
    }

    void corpusMboxMessagesAreCutRight()
    {
        SHOAL_REQUIRE_CORPUS();
        const Walked unmunged = walk({ corpus(QStringLiteral("peers/jstedfast+MimeKit/UnitTests/TestData/mbox/unmunged.mbox.txt")) });
        QCOMPARE(unmunged.items.size(), 4);
        // As MimeKit and Thunderbird see it: "From Russia with love" after a blank line starts a message.
        QVERIFY(unmunged.items[0].bytes.startsWith("From: Jeffrey Stedfast <jeff@xamarin.com>\nSubject: This is a test message"));
        QCOMPARE(unmunged.items[1].bytes, QByteArray("\nWhat does Thunderbird do?\n"));
        QCOMPARE(unmunged.items[3].bytes, QByteArray("Year: 1963\n\nWhat did Thunderbird do this time?\n"));
        const Walked single = walk({ corpus(QStringLiteral("peers/sisimai+set-of-emails/mailbox/mbox-1")) });
        QCOMPARE(single.items.size(), 1);
        QVERIFY(single.items[0].bytes.startsWith("From MAILER-DAEMON Thu Dec 22 17:54:04 2015\n"));
        QCOMPARE(single.items[0].traits, InputItem::Traits(InputItem::Trait::FromLine));
    }

    void corpusOddFiles_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("result");
        QTest::newRow("outlook without extension") << "peers/SpamScope+mail-parser/tests/mails/mail_outlook_1" << "msg";
        QTest::newRow("rfc822 named .msg") << "peers/apache+james-mime4j/core/src/test/resources/testmsgs/simple-attachment.msg"
                                           << "eml";
        QTest::newRow("png named .msg") << "peers/scanny+python-oxmsg/tests/test_files/not-a-MSG-file.msg"
                                        << "not a mail message, mailbox or archive: a PNG image";
        QTest::newRow("text named .msg") << "peers/marirs+msg-parser-rs/data/bad_outlook.msg"
                                         << "not a mail message, mailbox or archive: text without mail headers";
        QTest::newRow("word document") << "peers/zbateson+mail-mime-parser/tests/_data/emails/files/test.doc"
                                       << "not a mail message, mailbox or archive: an Office document (OLE2 compound file), not an "
                                          "Outlook message";
        QTest::newRow("apple emlx") << "peers/apache+tika/tika-parsers/tika-parsers-standard/tika-parsers-standard-modules/"
                                       "tika-parser-microsoft-module/src/test/resources/test-documents/testEMLX.emlx"
                                    << "emlx";
        QTest::newRow("flanker leading blank line") << "peers/mailgun+flanker/tests/fixtures/messages/iphone.eml" << "eml";
    }
    void corpusOddFiles()
    {
        SHOAL_REQUIRE_CORPUS();
        QFETCH(QString, path);
        QFETCH(QString, result);
        const Walked walked = walk({ corpus(path) });
        QCOMPARE(walked.items.size() + walked.failures.size(), 1);
        if (!walked.failures.isEmpty()) {
            QCOMPARE(walked.failures[0].reason, result);
            return;
        }
        const InputItem &item = walked.items[0];
        const QString got = item.kind == InputItem::Kind::Msg ? QStringLiteral("msg")
            : item.container == InputItem::Container::Emlx    ? QStringLiteral("emlx")
                                                              : QStringLiteral("eml");
        QCOMPARE(got, result);
    }

    void corpusPhishingPot()
    {
        SHOAL_REQUIRE_CORPUS();
        const QString folder = corpus(QStringLiteral("phishing_pot"));
        const Walked walked = walk({ folder });
        // README.md is text, silently passed over; one sample is empty.
        QCOMPARE(walked.problems(folder + QStringLiteral("/")), QStringList({ "sample-2227.eml | empty file" }));
        QCOMPARE(walked.items.size(), 1913);
    }
};

QTEST_GUILESS_MAIN(InputWalkerTest)
#include "inputwalker_test.moc"
