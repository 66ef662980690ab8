#include "mail/msgreader.h"

#include "mail/addresslist.h"
#include "mail/charset.h"
#include "mail/codepage.h"
#include "mail/compressedrtf.h"
#include "mail/maildate.h"
#include "mail/mimewriter.h"
#include "mail/msgheaders.h"
#include "mail/msgproperties.h"
#include "mail/olecompound.h"
#include "mail/rtftext.h"

#include <QRegularExpression>

#include <algorithm>

namespace shoal {

namespace {

using msg::PropertyBag;

constexpr int kMaxEmbeddingDepth = 16;
constexpr qint64 kMaxStreamSize = qint64(256) * 1024 * 1024;

// MAPI property ids (MS-OXPROPS).
enum PropertyId : quint16 {
    PidSubject = 0x0037,
    PidClientSubmitTime = 0x0039,
    PidSubjectPrefix = 0x003D,
    PidSentRepresentingName = 0x0042,
    PidReplyRecipientEntries = 0x004F,
    PidSentRepresentingAddressType = 0x0064,
    PidSentRepresentingEmailAddress = 0x0065,
    PidTransportMessageHeaders = 0x007D,
    PidRecipientType = 0x0C15,
    PidSenderName = 0x0C1A,
    PidSenderAddressType = 0x0C1E,
    PidSenderEmailAddress = 0x0C1F,
    PidMessageDeliveryTime = 0x0E06,
    PidNormalizedSubject = 0x0E1D,
    PidBody = 0x1000,
    PidRtfCompressed = 0x1009,
    PidHtml = 0x1013,
    PidInternetMessageId = 0x1035,
    PidDisplayName = 0x3001,
    PidAddressType = 0x3002,
    PidEmailAddress = 0x3003,
    PidSmtpAddress = 0x39FE,
    PidAttachData = 0x3701,
    PidAttachFilename = 0x3704,
    PidAttachMethod = 0x3705,
    PidAttachLongFilename = 0x3707,
    PidAttachMimeTag = 0x370E,
    PidAttachContentId = 0x3712,
    PidAttachFlags = 0x3714,
    PidInternetCodepage = 0x3FDE,
    PidMessageLocaleId = 0x3FF1,
    PidMessageCodepage = 0x3FFD,
    PidSenderSmtpAddress = 0x5D01,
    PidSentRepresentingSmtpAddress = 0x5D02,
    PidRecipientDisplayName = 0x5FF6,
    PidAttachmentHidden = 0x7FFE,
};

constexpr int kAttachEmbeddedMessage = 5;
constexpr int kAttachMhtmlReference = 0x4; // PR_ATTACH_FLAGS: the HTML body refers to it

QString stripAngles(const QString &id)
{
    return mime::stripAngles(id.toUtf8());
}

bool isSmtpAddress(const QString &address)
{
    return address.contains(QLatin1Char('@')) && !address.startsWith(QLatin1Char('/'));
}

// A mailbox from a group of properties, preferring the SMTP address over an Exchange DN. An EX
// address is kept in `*exchange` so that it can serve when nothing better exists.
MailAddress mailboxFrom(const PropertyBag &bag, quint16 name, quint16 type, quint16 email, quint16 smtp, QString *exchange)
{
    MailAddress result;
    result.name = bag.string(name).value_or(QString()).trimmed();
    const QString smtpAddress = bag.string(smtp).value_or(QString()).trimmed();
    const QString addressType = bag.string(type).value_or(QString()).trimmed();
    const QString emailAddress = bag.string(email).value_or(QString()).trimmed();
    if (isSmtpAddress(smtpAddress))
        result.address = smtpAddress;
    else if (addressType.compare(QLatin1String("SMTP"), Qt::CaseInsensitive) == 0 || isSmtpAddress(emailAddress))
        result.address = emailAddress;
    else if (exchange && !emailAddress.isEmpty())
        *exchange = emailAddress;
    return result;
}

// The charset of the ANSI (PT_STRING8) strings. PR_MESSAGE_CODEPAGE names it. Without it the
// writer's locale is the best hint, since ANSI strings are in its Windows code page; then the
// Internet code page, which describes the body sent (a Japanese one, ISO-2022-JP or EUC-JP,
// still means a Japanese Windows, whose ANSI code page is 932).
void chooseAnsiCharset(PropertyBag &bag)
{
    if (const auto codepage = bag.integer(PidMessageCodepage)) {
        const QByteArray name = codepage::charsetName(*codepage);
        if (!name.isEmpty() && *codepage != 20127)
            return bag.setAnsiCharset(name);
        if (*codepage != 20127)
            bag.notes().warning(QStringLiteral("msg-codepage-unknown"),
                QStringLiteral("%1: unknown code page %2; ANSI strings were guessed").arg(bag.where()).arg(*codepage));
    }
    int codepage = codepage::forLocale(bag.integer(PidMessageLocaleId).value_or(0));
    QString source = QStringLiteral("the message locale");
    if (codepage == 0) {
        codepage = bag.integer(PidInternetCodepage).value_or(0);
        source = QStringLiteral("the Internet code page");
        if (codepage == 50220 || codepage == 50221 || codepage == 50222 || codepage == 51932)
            codepage = 932;
        if (codepage == 20127 || codepage == 65001 || codepage::charsetName(codepage).isEmpty())
            codepage = 0;
    }
    if (codepage == 0)
        return bag.setAnsiCharset({}, QStringLiteral("%1: no code page for the ANSI strings; their charset was guessed").arg(bag.where()));
    bag.setAnsiCharset(codepage::charsetName(codepage),
        QStringLiteral("%1: no PR_MESSAGE_CODEPAGE; ANSI strings decoded as code page %2 from %3")
            .arg(bag.where())
            .arg(codepage)
            .arg(source));
}

QList<int> childStorages(const ole::CompoundFile &file, int storage, QLatin1String prefix)
{
    QList<int> result;
    for (int index : file.entry(storage).children) {
        if (file.entry(index).isStorage && file.entry(index).name.startsWith(prefix, Qt::CaseInsensitive))
            result.append(index);
    }
    // Outlook numbers them (#00000000, #00000001...) in the order they were added.
    std::sort(result.begin(), result.end(), [&](int a, int b) { return file.entry(a).name < file.entry(b).name; });
    return result;
}

QByteArray htmlCharset(const QByteArray &html, const PropertyBag &bag)
{
    if (const auto cpid = bag.integer(PidInternetCodepage)) {
        const QByteArray name = codepage::charsetName(*cpid);
        // ISO-2022-JP is a transport form: the stored HTML of such a message is CP932.
        if (name == "iso-2022-jp" && html.contains('\x1b') == false)
            return "cp932";
        if (!name.isEmpty())
            return name;
    }
    static const QRegularExpression meta(
        QStringLiteral("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = meta.match(QString::fromLatin1(html.left(4096)));
    return match.hasMatch() ? match.captured(1).toLatin1() : QByteArray();
}

class Reader
{
public:
    Reader(const ole::CompoundFile &file, qint64 inputSize) : m_file(file)
    {
        // A stream cannot be larger than the file it sits in; all streams together are
        // bounded too, because a damaged directory can point many at the same sectors.
        m_budget.perStream = std::min(kMaxStreamSize, inputSize);
        m_budget.remaining = inputSize * 2 + 1024 * 1024;
    }

    Message read(int storage, PropertyBag::Kind kind, int depth, const QString &where);
    ParseNotes &notes() { return m_notes; }

private:
    QList<MailAddress> addresses(const Message &message, QStringView header)
    {
        for (const HeaderField &field : message.headers) {
            if (header.compare(field.name, Qt::CaseInsensitive) == 0)
                return mime::parseAddressList(field.rawValue, m_notes, QStringLiteral("transport header ") + field.name);
        }
        return {};
    }

    void readAddresses(const PropertyBag &bag, Message &message);
    void readRecipients(int storage, Message &message, const QByteArray &charset, const QString &where);
    void readBodies(const PropertyBag &bag, Message &message);
    void readAttachments(int storage, Message &message, int depth, const QByteArray &charset, const QString &where);

    const ole::CompoundFile &m_file;
    msg::ReadBudget m_budget;
    ParseNotes m_notes;
};

Message Reader::read(int storage, PropertyBag::Kind kind, int depth, const QString &where)
{
    Message message;
    message.format = Message::Format::Msg;
    PropertyBag bag(m_file, storage, kind, m_budget, m_notes, where);
    chooseAnsiCharset(bag);

    message.subject = bag.string(PidSubject).value_or(QString());
    if (message.subject.isEmpty())
        message.subject = bag.string(PidSubjectPrefix).value_or(QString()) + bag.string(PidNormalizedSubject).value_or(QString());

    if (const auto block = bag.string(PidTransportMessageHeaders)) {
        int skipped = 0;
        message.headers = msg::parseHeaderBlock(*block, m_notes, &skipped);
        if (skipped > 0)
            m_notes.info(QStringLiteral("msg-header-lines-skipped"),
                QStringLiteral("%1: %2 lines of the transport headers are not header fields").arg(where).arg(skipped));
        for (const HeaderField &field : std::as_const(message.headers)) {
            if (field.name.compare(QLatin1String("Received"), Qt::CaseInsensitive) == 0)
                message.received.append(field.decodedValue.simplified());
        }
    }
    readAddresses(bag, message);
    readRecipients(storage, message, bag.ansiCharset(), where);

    message.dateUtc = bag.time(PidClientSubmitTime);
    if (!message.dateUtc.isValid())
        message.dateUtc = bag.time(PidMessageDeliveryTime);
    const mime::MailDate headerDate = mime::parseMailDate(message.header(u"Date").toUtf8());
    if (headerDate.isValid()) {
        message.dateOffsetSeconds = headerDate.offsetSeconds;
        if (!message.dateUtc.isValid())
            message.dateUtc = headerDate.utc;
    }
    message.messageId = stripAngles(bag.string(PidInternetMessageId).value_or(message.header(u"Message-ID")));
    message.returnPath = stripAngles(message.header(u"Return-Path"));

    readBodies(bag, message);
    readAttachments(storage, message, depth, bag.ansiCharset(), where);
    return message;
}

void Reader::readAddresses(const PropertyBag &bag, Message &message)
{
    QString exchange;
    message.from = mailboxFrom(bag, PidSentRepresentingName, PidSentRepresentingAddressType, PidSentRepresentingEmailAddress,
        PidSentRepresentingSmtpAddress, &exchange);
    const MailAddress sender
        = mailboxFrom(bag, PidSenderName, PidSenderAddressType, PidSenderEmailAddress, PidSenderSmtpAddress, &exchange);
    if (message.from.name.isEmpty() && message.from.address.isEmpty())
        message.from = sender;
    else if (!sender.address.isEmpty() && sender.address.compare(message.from.address, Qt::CaseInsensitive) != 0)
        message.sender = sender; // sent on behalf of someone else
    if (message.from.address.isEmpty()) {
        const QList<MailAddress> fromHeader = addresses(message, u"From");
        if (!fromHeader.isEmpty()) {
            message.from.address = fromHeader.first().address;
            if (message.from.name.isEmpty())
                message.from.name = fromHeader.first().name;
        } else if (!exchange.isEmpty()) {
            message.from.address = exchange;
            m_notes.info(QStringLiteral("msg-exchange-address"),
                QStringLiteral("%1: the sender has no SMTP address; kept the address %2").arg(bag.where(), exchange));
        }
    }
    message.replyTo = addresses(message, u"Reply-To");
    if (message.replyTo.isEmpty()) {
        if (const auto entries = bag.binary(PidReplyRecipientEntries))
            message.replyTo = msg::parseFlatEntryList(*entries, bag.ansiCharset());
    }
}

void Reader::readRecipients(int storage, Message &message, const QByteArray &charset, const QString &where)
{
    const QList<int> storages = childStorages(m_file, storage, QLatin1String("__recip_version1.0_"));
    for (qsizetype i = 0; i < storages.size(); ++i) {
        PropertyBag bag(
            m_file, storages.at(i), PropertyBag::Kind::Child, m_budget, m_notes, QStringLiteral("%1, recipient %2").arg(where).arg(i + 1));
        bag.setAnsiCharset(charset);
        QString exchange;
        MailAddress address = mailboxFrom(bag, PidDisplayName, PidAddressType, PidEmailAddress, PidSmtpAddress, &exchange);
        if (address.name.isEmpty())
            address.name = bag.string(PidRecipientDisplayName).value_or(QString());
        if (address.address.isEmpty() && !exchange.isEmpty()) {
            address.address = exchange;
            m_notes.info(QStringLiteral("msg-exchange-address"),
                QStringLiteral("%1: recipient %2 has no SMTP address; kept the address %3").arg(where, address.name, exchange));
        }
        // PR_RECIPIENT_TYPE: 1 To, 2 Cc, 3 Bcc (Bcc has no place in Message); the high bits are flags.
        const int type = bag.integer(PidRecipientType).value_or(1) & 0xF;
        if (type == 2)
            message.cc.append(address);
        else if (type != 3)
            message.to.append(address);
    }
    if (storages.isEmpty()) {
        message.to = addresses(message, u"To");
        message.cc = addresses(message, u"Cc");
    }
}

void Reader::readBodies(const PropertyBag &bag, Message &message)
{
    message.textBody = bag.string(PidBody).value_or(QString());
    // PR_HTML is binary in the Internet code page; written as an ANSI string (PR_BODY_HTML) its
    // bytes are still those of the HTML, so both go by the Internet code page or the <meta>.
    std::optional<QByteArray> html = bag.binary(PidHtml);
    if (!html)
        html = bag.ansiBytes(PidHtml);
    if (html) {
        const QByteArray declared = htmlCharset(*html, bag);
        const charset::Decoded decoded = charset::decode(*html, declared);
        charset::noteDecoding(decoded, declared, bag.where() + QStringLiteral(" HTML body"), m_notes);
        message.htmlBody = decoded.text;
    } else {
        message.htmlBody = bag.string(PidHtml).value_or(QString());
    }
    if (!message.htmlBody.isEmpty() && !message.textBody.isEmpty())
        return;
    const auto compressed = bag.binary(PidRtfCompressed);
    if (!compressed)
        return;
    const rtf::Decompressed rtfBody = rtf::decompress(*compressed, kMaxStreamSize);
    if (!rtfBody.warning.isEmpty())
        m_notes.warning(QStringLiteral("msg-rtf-damaged"), QStringLiteral("%1: %2").arg(bag.where(), rtfBody.warning));
    if (!rtfBody.ok) {
        m_notes.warning(QStringLiteral("msg-rtf-unreadable"), QStringLiteral("%1: %2").arg(bag.where(), rtfBody.error));
        return;
    }
    // The RTF body is the only one for many items (and the only HTML for older Outlooks): its
    // encapsulated HTML carries the links an analyst needs.
    if (rtf::encapsulatesHtml(rtfBody.rtf)) {
        if (message.htmlBody.isEmpty()) {
            message.htmlBody = rtf::htmlFromRtf(rtfBody.rtf);
            m_notes.info(QStringLiteral("msg-html-from-rtf"), QStringLiteral("%1: HTML body de-encapsulated from RTF").arg(bag.where()));
        }
    } else if (message.textBody.isEmpty() && message.htmlBody.isEmpty()) {
        message.textBody = rtf::textFromRtf(rtfBody.rtf);
        m_notes.info(QStringLiteral("msg-text-from-rtf"), QStringLiteral("%1: text body taken from RTF").arg(bag.where()));
    }
}

void Reader::readAttachments(int storage, Message &message, int depth, const QByteArray &charset, const QString &where)
{
    const QList<int> storages = childStorages(m_file, storage, QLatin1String("__attach_version1.0_"));
    for (qsizetype i = 0; i < storages.size(); ++i) {
        const QString here = QStringLiteral("%1, attachment %2").arg(where).arg(i + 1);
        PropertyBag bag(m_file, storages.at(i), PropertyBag::Kind::Child, m_budget, m_notes, here);
        bag.setAnsiCharset(charset);
        Attachment attachment;
        attachment.filename = bag.string(PidAttachLongFilename).value_or(QString());
        if (attachment.filename.isEmpty())
            attachment.filename = bag.string(PidAttachFilename).value_or(QString());
        if (attachment.filename.isEmpty())
            attachment.filename = bag.string(PidDisplayName).value_or(QString());
        attachment.mimeType = bag.string(PidAttachMimeTag).value_or(QString()).trimmed().toLower();
        attachment.contentId = stripAngles(bag.string(PidAttachContentId).value_or(QString()));
        attachment.isInline = bag.boolean(PidAttachmentHidden).value_or(false)
            || (bag.integer(PidAttachFlags).value_or(0) & kAttachMhtmlReference)
            || (!attachment.contentId.isEmpty()
                && message.htmlBody.contains(QStringLiteral("cid:") + attachment.contentId, Qt::CaseInsensitive));

        const int object = bag.objectStorage(PidAttachData);
        if (object >= 0) {
            const bool isMessage = bag.integer(PidAttachMethod).value_or(0) == kAttachEmbeddedMessage
                || m_file.child(object, u"__properties_version1.0") >= 0;
            if (!isMessage) {
                m_notes.warning(QStringLiteral("msg-ole-object-skipped"),
                    QStringLiteral("%1: an embedded OLE object (%2) was not extracted").arg(here, attachment.filename));
                message.attachments.append(attachment);
            } else if (depth + 1 > kMaxEmbeddingDepth) {
                m_notes.error(QStringLiteral("msg-nesting-too-deep"),
                    QStringLiteral("%1: items nested more than %2 deep were not read").arg(here).arg(kMaxEmbeddingDepth));
            } else {
                const Message inner = read(object, PropertyBag::Kind::EmbeddedMessage, depth + 1, here + QStringLiteral(", embedded item"));
                message.embedded.append(
                    EmbeddedMessage { QStringLiteral("embedded Outlook item ") + inner.subject, msg::renderAsMime(inner) });
            }
            continue;
        }
        if (const auto data = bag.binary(PidAttachData))
            attachment.data = *data;
        else
            m_notes.info(QStringLiteral("msg-attachment-without-data"),
                QStringLiteral("%1: %2 has no data (attached by reference or lost)").arg(here, attachment.filename));
        message.attachments.append(attachment);

        const QString lowerName = attachment.filename.toLower();
        const bool isMsg = looksLikeOutlookMsg(attachment.data)
            && (lowerName.endsWith(QLatin1String(".msg")) || lowerName.endsWith(QLatin1String(".oft"))
                || attachment.mimeType == QLatin1String("application/vnd.ms-outlook"));
        const bool isEml = lowerName.endsWith(QLatin1String(".eml")) || attachment.mimeType == QLatin1String("message/rfc822");
        if ((isMsg || isEml) && !attachment.data.isEmpty())
            message.embedded.append(EmbeddedMessage { QStringLiteral("attachment ") + attachment.filename, attachment.data });
        // An S/MIME signed item keeps the whole signed MIME entity (headers, body, signature) as
        // its one attachment: with the item's header fields in front it is a message to read.
        if (attachment.mimeType == QLatin1String("multipart/signed") && !attachment.data.isEmpty()) {
            const QByteArray entityHeader = attachment.data.left(attachment.data.indexOf("\r\n\r\n")).toLower();
            const QByteArray version = entityHeader.contains("mime-version:") ? QByteArray() : QByteArray("MIME-Version: 1.0\r\n");
            message.embedded.append(EmbeddedMessage {
                QStringLiteral("S/MIME signed content of the item"), msg::renderHeaders(message) + version + attachment.data });
        }
    }
}

} // namespace

bool looksLikeOutlookMsg(QByteArrayView bytes)
{
    return bytes.startsWith(QByteArrayView("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8));
}

std::optional<Message> readOutlookMsg(const QByteArray &bytes, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    if (!looksLikeOutlookMsg(bytes)) {
        *error = QStringLiteral("not an Outlook .msg: the file does not start with the OLE2 compound-file signature");
        return std::nullopt;
    }
    ole::CompoundFile file;
    if (!file.open(bytes, error))
        return std::nullopt;
    bool hasProperties = false;
    for (int index : file.entry(file.root()).children) {
        const QString &name = file.entry(index).name;
        hasProperties = hasProperties || name.startsWith(QLatin1String("__substg1.0_"), Qt::CaseInsensitive)
            || name.compare(QLatin1String("__properties_version1.0"), Qt::CaseInsensitive) == 0;
    }
    if (!hasProperties) {
        *error = QStringLiteral("an OLE2 compound file, but not an Outlook item (no MAPI property streams)");
        return std::nullopt;
    }
    Reader reader(file, bytes.size());
    if (file.wasTruncated())
        reader.notes().warning(QStringLiteral("msg-directory-truncated"),
            QStringLiteral("the compound file's directory is too large or too deep; only part of it was read"));
    Message message = reader.read(file.root(), msg::PropertyBag::Kind::Message, 0, QStringLiteral("message"));
    message.notes = reader.notes().take();
    return message;
}

} // namespace shoal
