#pragma once

#include "mail/parsenote.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace shoal {

/// A mailbox as written in a header: "display name <address>".
struct MailAddress {
    QString name;
    QString address;

    bool operator==(const MailAddress &) const = default;
};

/// One header field in the order it stood, with its raw (unfolded) value and the decoded text.
struct HeaderField {
    QString name;
    QByteArray rawValue;
    QString decodedValue;
};

/// One node of the MIME tree, in document order; `parent` is the index of the enclosing part
/// (-1 for the root).
struct MimePart {
    int parent = -1;
    int depth = 0;
    QString contentType; ///< lower case, e.g. "text/plain"
    QString charset; ///< as declared, lower case; empty when none
    QString transferEncoding;
    QString disposition; ///< "inline", "attachment" or empty
    QString filename; ///< decoded (RFC 2047/2231)
    QString contentId; ///< without the angle brackets
    qint64 decodedSize = 0;
};

/// A part that is a file: an attachment, or an inline part such as an image.
struct Attachment {
    QString filename;
    QString mimeType; ///< the claimed type, lower case
    QString contentId;
    bool isInline = false;
    int partIndex = -1; ///< index into Message::parts, -1 for .msg attachments
    QByteArray data; ///< decoded bytes
};

/// A message carried inside another. `raw` holds the bytes of the carried file when there is
/// one (a message/rfc822 part, an attached .eml or .msg); for an Outlook item embedded as a
/// storage in a .msg, the reader writes an RFC 5322 rendering of it and says so in `origin`.
struct EmbeddedMessage {
    QString origin; ///< where it sat, e.g. "part 3 (message/rfc822)" or "attachment invoice.msg"
    QByteArray raw;
};

/*!
 * \brief A parsed sample: everything Shoal reads out of one message's raw bytes.
 *
 * Produced by the .eml parser (mail/mimeparser.h) and the .msg reader (mail/msgreader.h);
 * the raw bytes themselves are not kept here but by whoever read them. Every repair and every
 * guess the parser made is a ParseNote in `notes`.
 */
struct Message {
    enum class Format { Eml, Msg };

    Format format = Format::Eml;
    QList<HeaderField> headers;

    QString subject;
    MailAddress from;
    MailAddress sender;
    QList<MailAddress> replyTo;
    QString returnPath; ///< the address only
    QList<MailAddress> to;
    QList<MailAddress> cc;

    QDateTime dateUtc; ///< invalid when the message has no (readable) Date
    int dateOffsetSeconds = 0; ///< the offset the Date header was written with
    QString messageId; ///< without the angle brackets
    QList<QString> received; ///< the Received header values, top (newest) first, unfolded

    QList<MimePart> parts;
    QString textBody;
    QString htmlBody;
    QList<Attachment> attachments;

    /// Messages carried inside this one (message/rfc822 parts, attached .eml/.msg files), each
    /// to become a sample of its own linked to this carrier.
    QList<EmbeddedMessage> embedded;

    QList<ParseNote> notes;

    /// The first header of that name (case-insensitive), decoded; empty when absent.
    QString header(QStringView name) const;
};

} // namespace shoal
