#include "mail/mimewriter.h"

#include <QCryptographicHash>

namespace shoal::msg {

namespace {

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80 || (c.unicode() < 0x20 && c != QLatin1Char('\t')))
            return false;
    }
    return true;
}

// RFC 2047 B-encoding in UTF-8, split so that no word breaks a character and none passes the
// 75-character limit.
QByteArray encodeWords(const QString &text)
{
    if (isAscii(text))
        return text.toUtf8();
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&] {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += ' ';
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype length = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray character = text.mid(i, length).toUtf8();
        if (chunk.size() + character.size() > 45)
            flush();
        chunk += character;
        i += length - 1;
    }
    flush();
    return out;
}

QByteArray mailbox(const MailAddress &address)
{
    if (address.name.isEmpty() || address.name == address.address)
        return address.address.toUtf8();
    QByteArray name = encodeWords(address.name);
    if (isAscii(address.name)) {
        QString quoted = address.name;
        quoted.replace(QStringLiteral("\\"), QStringLiteral("\\\\")).replace(QStringLiteral("\""), QStringLiteral("\\\""));
        name = '"' + quoted.toUtf8() + '"';
    }
    return address.address.isEmpty() ? name : name + " <" + address.address.toUtf8() + '>';
}

QByteArray mailboxList(const QList<MailAddress> &addresses)
{
    QByteArray out;
    for (const MailAddress &address : addresses) {
        if (!out.isEmpty())
            out += ",\r\n ";
        out += mailbox(address);
    }
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray encoded = data.toBase64();
    QByteArray out;
    out.reserve(encoded.size() + encoded.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < encoded.size(); i += 76)
        out += encoded.mid(i, 76) + "\r\n";
    return out;
}

// A parameter value: quoted when ASCII, RFC 2231 (UTF-8, percent-encoded) otherwise.
QByteArray parameter(const char *name, const QString &value)
{
    if (isAscii(value)) {
        QString quoted = value;
        quoted.replace(QStringLiteral("\\"), QStringLiteral("\\\\")).replace(QStringLiteral("\""), QStringLiteral("\\\""));
        return QByteArray("; ") + name + "=\"" + quoted.toUtf8() + '"';
    }
    return QByteArray("; ") + name + "*=UTF-8''" + value.toUtf8().toPercentEncoding();
}

struct Part {
    QByteArray headers; ///< complete lines, CRLF-terminated
    QByteArray body;
};

void join(const QList<Part> &parts, const QByteArray &subtype, const QByteArray &boundary, Part *into)
{
    into->headers = "Content-Type: multipart/" + subtype + "; boundary=\"" + boundary + "\"\r\n";
    QByteArray body;
    for (const Part &part : parts)
        body += "--" + boundary + "\r\n" + part.headers + "\r\n" + part.body + "\r\n";
    body += "--" + boundary + "--\r\n";
    into->body = body;
}

Part textPart(const QString &text, const QByteArray &subtype)
{
    return Part { "Content-Type: text/" + subtype + "; charset=\"utf-8\"\r\nContent-Transfer-Encoding: base64\r\n",
        base64Lines(text.toUtf8()) };
}

Part attachmentPart(const Attachment &attachment)
{
    const QByteArray type = attachment.mimeType.isEmpty() ? QByteArray("application/octet-stream") : attachment.mimeType.toUtf8();
    QByteArray headers = "Content-Type: " + type + parameter("name", attachment.filename) + "\r\n";
    headers += "Content-Disposition: " + QByteArray(attachment.isInline ? "inline" : "attachment")
        + parameter("filename", attachment.filename) + "\r\n";
    if (!attachment.contentId.isEmpty())
        headers += "Content-ID: <" + attachment.contentId.toUtf8() + ">\r\n";
    headers += "Content-Transfer-Encoding: base64\r\n";
    return Part { headers, base64Lines(attachment.data) };
}

bool isStructural(const QString &name)
{
    return name.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("Content-Transfer-Encoding"), Qt::CaseInsensitive) == 0
        || name.compare(QLatin1String("MIME-Version"), Qt::CaseInsensitive) == 0;
}

QByteArray headerBlock(const Message &message)
{
    QByteArray out;
    if (!message.headers.isEmpty()) {
        for (const HeaderField &field : message.headers) {
            if (!isStructural(field.name))
                out += field.name.toUtf8() + ": " + field.rawValue + "\r\n";
        }
        return out;
    }
    if (!message.from.address.isEmpty() || !message.from.name.isEmpty())
        out += "From: " + mailbox(message.from) + "\r\n";
    if (!message.sender.address.isEmpty() && message.sender.address != message.from.address)
        out += "Sender: " + mailbox(message.sender) + "\r\n";
    if (!message.to.isEmpty())
        out += "To: " + mailboxList(message.to) + "\r\n";
    if (!message.cc.isEmpty())
        out += "Cc: " + mailboxList(message.cc) + "\r\n";
    if (!message.replyTo.isEmpty())
        out += "Reply-To: " + mailboxList(message.replyTo) + "\r\n";
    out += "Subject: " + encodeWords(message.subject) + "\r\n";
    if (message.dateUtc.isValid())
        out += "Date: " + message.dateUtc.toOffsetFromUtc(message.dateOffsetSeconds).toString(Qt::RFC2822Date).toUtf8() + "\r\n";
    if (!message.messageId.isEmpty())
        out += "Message-ID: <" + message.messageId.toUtf8() + ">\r\n";
    return out;
}

} // namespace

QByteArray renderHeaders(const Message &message)
{
    return headerBlock(message);
}

QByteArray renderAsMime(const Message &message)
{
    // The boundaries come from a digest of the content, so they cannot collide with the
    // boundaries of the messages nested inside, and the output stays the same run after run.
    QCryptographicHash digest(QCryptographicHash::Sha1);
    digest.addData(message.subject.toUtf8());
    digest.addData(message.textBody.toUtf8());
    digest.addData(message.htmlBody.toUtf8());
    for (const Attachment &attachment : message.attachments)
        digest.addData(attachment.data);
    for (const EmbeddedMessage &embedded : message.embedded)
        digest.addData(embedded.raw);
    const QByteArray boundary = "=_shoal_" + digest.result().toHex().left(24);

    QList<Part> bodies;
    if (!message.textBody.isEmpty() || message.htmlBody.isEmpty())
        bodies.append(textPart(message.textBody, "plain"));
    if (!message.htmlBody.isEmpty())
        bodies.append(textPart(message.htmlBody, "html"));
    Part body = bodies.first();
    if (bodies.size() > 1)
        join(bodies, "alternative", boundary + "_alt", &body);

    QList<Part> parts { body };
    for (const Attachment &attachment : message.attachments)
        parts.append(attachmentPart(attachment));
    for (const EmbeddedMessage &embedded : message.embedded) {
        if (embedded.origin.startsWith(QLatin1String("embedded Outlook item")))
            parts.append(Part {
                "Content-Type: message/rfc822\r\nContent-Disposition: attachment\r\nContent-Transfer-Encoding: 8bit\r\n", embedded.raw });
    }
    Part top = body;
    if (parts.size() > 1)
        join(parts, "mixed", boundary + "_mix", &top);
    return headerBlock(message) + "MIME-Version: 1.0\r\n" + top.headers + "\r\n" + top.body;
}

} // namespace shoal::msg
