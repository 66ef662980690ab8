// The .msg reader against an independent oracle: Debian's msgconvert (Email::Outlook::Message,
// libemail-outlook-message-perl) converts every Outlook item of the corpus to .eml; subject,
// sender address, text body and attachment names must agree with what Shoal reads, except where
// tests/data/msg/msgconvert-differences.tsv lists the disagreement and its reason.
#include "mail/mimeparser.h"
#include "mail/msgreader.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace shoal;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What /usr/bin/msgconvert does for each file (Email::Outlook::Message->new, to_email_mime,
// as_string), in one Perl process for the whole corpus instead of one per file, with a time
// limit per file. msgconvert itself also loads Email::Address, which Debian only recommends.
constexpr char kOracle[] = R"perl(
use strict;
use Email::Outlook::Message;
my $out = shift @ARGV;
my $n = 0;
for my $file (@ARGV) {
    my $base = sprintf("%s/%04d", $out, $n++);
    my $eml = eval {
        local $SIG{__WARN__} = sub {};
        local $SIG{ALRM} = sub { die "timeout\n" };
        alarm 30;
        my $text = Email::Outlook::Message->new($file)->to_email_mime->as_string;
        alarm 0;
        $text;
    };
    alarm 0;
    # Written as msgconvert writes it: a plain "print OUT $mail->as_string".
    open(my $fh, '>', defined $eml ? "$base.eml" : "$base.err") or die;
    print $fh (defined $eml ? $eml : $@);
    close $fh;
}
)perl";

// Line breaks and trailing blanks differ between writers without changing the text.
QString normalizedBody(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    static const QRegularExpression trailing(QStringLiteral("[ \t\u00A0]+\n"));
    text.replace(trailing, QStringLiteral("\n"));
    return text.trimmed();
}

// File attachments by name; messages carried inside are counted apart (msgconvert writes an
// embedded Outlook item as a message/rfc822 part, Shoal as Message::embedded).
QStringList attachmentNames(const QList<Attachment> &attachments)
{
    QStringList names;
    for (const Attachment &attachment : attachments) {
        if (!attachment.filename.isEmpty() && attachment.mimeType != QLatin1String("message/rfc822"))
            names.append(attachment.filename);
    }
    names.sort();
    return names;
}

qsizetype embeddedItems(const Message &message, bool oracle)
{
    if (oracle)
        return std::count_if(message.attachments.begin(), message.attachments.end(),
            [](const Attachment &attachment) { return attachment.mimeType == QLatin1String("message/rfc822"); });
    return std::count_if(message.embedded.begin(), message.embedded.end(),
        [](const EmbeddedMessage &embedded) { return embedded.origin.startsWith(QLatin1String("embedded Outlook item")); });
}

// The fields that disagree, each with both values (shortened) so that a failure says why.
QStringList differences(const Message &ours, const Message &oracle, QStringList *details)
{
    QStringList result;
    const auto differ = [&](const char *field, const QString &mine, const QString &theirs) {
        result.append(QLatin1String(field));
        details->append(QStringLiteral("  %1: ours \"%2\" msgconvert \"%3\"").arg(QLatin1String(field), mine.left(120), theirs.left(120)));
    };
    if (ours.subject.simplified() != oracle.subject.simplified())
        differ("subject", ours.subject, oracle.subject);
    if (ours.from.address.compare(oracle.from.address, Qt::CaseInsensitive) != 0)
        differ("sender", ours.from.address, oracle.from.address);
    const QString body = normalizedBody(ours.textBody);
    const QString oracleBody = normalizedBody(oracle.textBody);
    if (body != oracleBody) {
        qsizetype at = 0;
        while (at < body.size() && at < oracleBody.size() && body.at(at) == oracleBody.at(at))
            ++at;
        differ("body",
            QString::number(body.size()) + QStringLiteral(" chars, from ") + QString::number(at) + QStringLiteral(": ") + body.mid(at, 60),
            QString::number(oracleBody.size()) + QStringLiteral(" chars: ") + oracleBody.mid(at, 60));
    }
    if (attachmentNames(ours.attachments) != attachmentNames(oracle.attachments))
        differ("attachments", attachmentNames(ours.attachments).join(QLatin1Char('|')),
            attachmentNames(oracle.attachments).join(QLatin1Char('|')));
    if (embeddedItems(ours, false) != embeddedItems(oracle, true))
        differ("embedded", QString::number(embeddedItems(ours, false)), QString::number(embeddedItems(oracle, true)));
    return result;
}

} // namespace

class MsgconvertTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithMsgconvert()
    {
        SHOAL_REQUIRE_CORPUS();
        const QString perl = QStandardPaths::findExecutable(QStringLiteral("perl"));
        if (perl.isEmpty() || !QFile::exists(QStringLiteral("/usr/share/perl5/Email/Outlook/Message.pm")))
            QSKIP("msgconvert (libemail-outlook-message-perl) is not installed");
        const QString peers = test::corpusDir() + QStringLiteral("/peers/");
        const QJsonObject inventory = QJsonDocument::fromJson(readFile(peers + QStringLiteral("msg_inventory.json")))
                                          .object()
                                          .value(QLatin1String("files"))
                                          .toObject();
        QStringList files;
        for (auto it = inventory.begin(); it != inventory.end(); ++it) {
            if (!it.value().toObject().value(QLatin1String("msgclass")).toString().isEmpty() && QFile::exists(peers + it.key()))
                files.append(it.key());
        }
        QVERIFY(files.size() > 200);

        QTemporaryDir out;
        QVERIFY(out.isValid());
        QProcess oracle;
        oracle.setWorkingDirectory(peers);
        oracle.start(perl, QStringList { QStringLiteral("-e"), QString::fromUtf8(kOracle), out.path() } + files);
        QVERIFY(oracle.waitForFinished(20 * 60 * 1000));
        QCOMPARE(oracle.exitCode(), 0);

        QMultiHash<QString, QString> known;
        for (const QByteArray &line : readFile(test::testDataPath(QStringLiteral("msg/msgconvert-differences.tsv"))).split('\n')) {
            const QList<QByteArray> fields = line.split('\t');
            if (!line.startsWith('#') && fields.size() >= 3)
                known.insert(QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(1)));
        }

        int compared = 0;
        int agreeing = 0;
        QStringList unexpected;
        for (qsizetype i = 0; i < files.size(); ++i) {
            const QString base = out.filePath(QStringLiteral("%1").arg(i, 4, 10, QLatin1Char('0')));
            QStringList found;
            QStringList details;
            const std::optional<Message> ours = readOutlookMsg(readFile(peers + files.at(i)), nullptr);
            if (!ours) {
                found.append(QStringLiteral("unreadable"));
            } else if (!QFile::exists(base + QStringLiteral(".eml"))) {
                found.append(QStringLiteral("oracle"));
            } else {
                found = differences(*ours, mime::parseMessage(readFile(base + QStringLiteral(".eml"))), &details);
                ++compared;
                agreeing += found.isEmpty() ? 1 : 0;
            }
            found.sort();
            QStringList expected = known.values(files.at(i));
            expected.sort();
            if (found != expected)
                unexpected.append(QStringLiteral("%1: differs in [%2], listed [%3]")
                                      .arg(files.at(i), found.join(QLatin1Char(',')), expected.join(QLatin1Char(',')))
                    + QLatin1Char('\n') + details.join(QLatin1Char('\n')));
        }
        qInfo("msgconvert: %d items, %d converted by the oracle, %d agree in subject, sender, body and attachment names (%.1f%%)",
            int(files.size()), compared, agreeing, compared ? 100.0 * agreeing / compared : 0.0);
        for (const QString &line : std::as_const(unexpected))
            qInfo("%s", qPrintable(line));
        QVERIFY2(unexpected.isEmpty(), "disagreements not listed in msgconvert-differences.tsv, or listed ones that are gone (above)");
    }
};

QTEST_GUILESS_MAIN(MsgconvertTest)
#include "msgconvert_test.moc"
