#include "mail/mimeparser.h"

#include "mail/addresslist.h"
#include "mail/charset.h"
#include "mail/headerdecoding.h"
#include "mail/headersplitter.h"
#include "mail/maildate.h"
#include "mail/mimerepair.h"
#include "mail/mimestructureguard.h"
#include "mail/transferdecoding.h"

#include <vmime/contentTypeField.hpp>
#include <vmime/vmime.hpp>

#include <algorithm>

namespace shoal::mime {

namespace {

using PartPtr = vmime::shared_ptr<const vmime::bodyPart>;

QByteArray toBytes(const std::string &text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

/// The raw bytes of a parsed vmime component, as they stood in the buffer.
QByteArrayView rawOf(const vmime::component &component, const std::string &buffer)
{
    const size_t offset = component.getParsedOffset();
    const size_t length = component.getParsedLength();
    if (offset > buffer.size() || length > buffer.size() - offset)
        return {};
    return QByteArrayView(buffer.data() + offset, qsizetype(length));
}

/// A header field's value as it stood, folds included, without the name, the colon and the
/// final line end. (vmime's value component of a parameterized field covers no parameters.)
QByteArrayView rawValueOf(const vmime::headerField &field, const std::string &buffer)
{
    QByteArrayView line = rawOf(field, buffer);
    const qsizetype colon = line.indexOf(':');
    line = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
    while (!line.isEmpty() && (line.back() == '\n' || line.back() == '\r'))
        line.chop(1);
    if (!line.isEmpty() && (line.front() == ' ' || line.front() == '\t'))
        line = line.sliced(1);
    return line;
}

class MessageBuilder
{
public:
    MessageBuilder(const std::string &buffer, const VmimeCopy &vmimeCopy, const ParseLimits &limits, ParseNotes &notes)
        : m_buffer(buffer), m_vmimeCopy(vmimeCopy), m_limits(limits), m_notes(notes)
    {
    }

    void build(const QList<RawField> &topFields, const vmime::message &root, Message &message)
    {
        m_message = &message;
        readTopHeaders(topFields);
        walk(root, -1, 0);
    }

private:
    // --- headers ---------------------------------------------------------------------------

    void readTopHeaders(const QList<RawField> &fields)
    {
        Message &m = *m_message;
        m.headers.reserve(fields.size());
        for (const RawField &field : fields) {
            HeaderField out;
            out.name = QString::fromLatin1(field.name);
            out.rawValue = field.value.toByteArray();
            const QByteArray unfolded = unfold(field.value);
            out.decodedValue = decodeHeaderText(unfolded, m_notes, out.name);
            readKnownHeader(out.name.toLower(), unfolded, out);
            m.headers.append(std::move(out));
        }
    }

    void readKnownHeader(const QString &name, const QByteArray &unfolded, const HeaderField &field)
    {
        Message &m = *m_message;
        const auto firstOnly = [&](auto &target, auto value) {
            if (m_seen.contains(name))
                return;
            m_seen.append(name);
            target = std::move(value);
        };
        if (name == QLatin1String("subject")) {
            firstOnly(m.subject, field.decodedValue);
        } else if (name == QLatin1String("from")) {
            const QList<MailAddress> list = parseAddressList(unfolded, m_notes, field.name);
            if (list.size() > 1)
                m_notes.info(QStringLiteral("from-multiple"),
                    QStringLiteral("From names %1 mailboxes; the first with an address is shown").arg(list.size()));
            firstOnly(m.from, senderOf(list));
        } else if (name == QLatin1String("sender")) {
            firstOnly(m.sender, parseAddressList(unfolded, m_notes, field.name).value(0));
        } else if (name == QLatin1String("reply-to")) {
            firstOnly(m.replyTo, parseAddressList(unfolded, m_notes, field.name));
        } else if (name == QLatin1String("to")) {
            m.to.append(parseAddressList(unfolded, m_notes, field.name));
        } else if (name == QLatin1String("cc")) {
            m.cc.append(parseAddressList(unfolded, m_notes, field.name));
        } else if (name == QLatin1String("return-path")) {
            firstOnly(m.returnPath, stripAngles(unfolded));
        } else if (name == QLatin1String("message-id")) {
            firstOnly(m.messageId, stripAngles(unfolded));
        } else if (name == QLatin1String("received")) {
            m.received.append(QString::fromUtf8(unfolded.simplified()));
        } else if (name == QLatin1String("date")) {
            if (m_seen.contains(name))
                return;
            m_seen.append(name);
            const MailDate date = parseMailDate(unfolded);
            if (!date.isValid()) {
                m_notes.warning(QStringLiteral("date-unreadable"),
                    QStringLiteral("Date: cannot read \"%1\"").arg(QString::fromUtf8(unfolded.left(80))));
                return;
            }
            if (date.zoneMissing)
                m_notes.info(QStringLiteral("date-no-zone"), QStringLiteral("Date has no time zone; read as UTC"));
            m.dateUtc = date.utc;
            m.dateOffsetSeconds = date.offsetSeconds;
        }
    }

    // The mailbox that sent: the first with a real address. A display name cut off by a stray
    // comma ("Microsoft account team ,_<no-reply@example.com>") or an angle address without a
    // domain ("<\"Booking.com\">, Name <x@example.net>") is a decoy set before it.
    static MailAddress senderOf(const QList<MailAddress> &list)
    {
        for (const MailAddress &address : list) {
            if (address.address.contains(QLatin1Char('@')))
                return address;
        }
        for (const MailAddress &address : list) {
            if (!address.address.isEmpty())
                return address;
        }
        return list.value(0);
    }

    // --- parts -----------------------------------------------------------------------------

    struct ContentInfo {
        QString type = QStringLiteral("text/plain");
        QByteArray charset;
        QString disposition;
        QString filename;
        QString contentId;
        QString encoding;
    };

    QByteArray rawField(const vmime::header &header, const char *name)
    {
        auto field = header.findField(name);
        return field ? unfold(rawValueOf(*field, m_buffer)) : QByteArray();
    }

    ContentInfo contentInfo(const vmime::header &header, int index, const QString &defaultType)
    {
        ContentInfo info;
        info.type = defaultType;
        const QString where = QStringLiteral("part %1").arg(index);
        const QByteArray typeRaw = rawField(header, vmime::fields::CONTENT_TYPE);
        if (!typeRaw.trimmed().isEmpty()) {
            const ParameterizedValue type = parseParameterizedValue(typeRaw, m_notes, QStringLiteral("Content-Type of ") + where);
            // "text/html charset=utf-8" (a missing ';') still names its type first.
            const QString mediaType = type.value.section(QLatin1Char(' '), 0, 0, QString::SectionSkipEmpty).toLower();
            if (mediaType.count(QLatin1Char('/')) == 1 && !mediaType.endsWith(QLatin1Char('/')))
                info.type = mediaType;
            else
                m_notes.warning(QStringLiteral("content-type-invalid"),
                    QStringLiteral("%1: Content-Type \"%2\" is not a media type; read as text/plain").arg(where, type.value.left(60)));
            info.charset = type.parameter(u"charset").trimmed().toLower().toLatin1();
            info.filename = type.parameter(u"name");
        }
        const QByteArray dispositionRaw = rawField(header, vmime::fields::CONTENT_DISPOSITION);
        if (!dispositionRaw.trimmed().isEmpty()) {
            const ParameterizedValue disposition
                = parseParameterizedValue(dispositionRaw, m_notes, QStringLiteral("Content-Disposition of ") + where);
            info.disposition = disposition.value.toLower();
            if (const QString filename = disposition.parameter(u"filename"); !filename.isNull())
                info.filename = filename;
        }
        info.contentId = stripAngles(rawField(header, vmime::fields::CONTENT_ID));
        info.encoding = QString::fromLatin1(rawField(header, vmime::fields::CONTENT_TRANSFER_ENCODING).trimmed().toLower());
        return info;
    }

    // The body's bytes as written (not vmime's repaired copy, see mimerepair.h), decoded.
    // Base64 and quoted-printable are decoded by Shoal (transferdecoding.h), the rest by vmime.
    QByteArray extract(const vmime::body &body, const QString &encoding, const QString &where)
    {
        const size_t vmimeOffset = body.getParsedOffset();
        const size_t offset = std::min(m_vmimeCopy.bodyOffset(vmimeOffset), m_buffer.size());
        const size_t length = std::min(body.getParsedLength() + (vmimeOffset - offset), m_buffer.size() - offset);
        const QByteArrayView raw(m_buffer.data() + offset, qsizetype(length));
        if (encoding == QLatin1String("base64"))
            return decodeBase64(raw);
        if (encoding == QLatin1String("quoted-printable"))
            return decodeQuotedPrintable(raw);
        const vmime::stringContentHandler contents(std::string(raw.data(), size_t(raw.size())), body.getContents()->getEncoding());
        std::string out;
        vmime::utility::outputStreamStringAdapter stream(out);
        try {
            contents.extract(stream);
        } catch (const std::exception &e) {
            // An unknown transfer encoding ("8bit+"...): keep the bytes as sent.
            m_notes.warning(QStringLiteral("transfer-encoding"),
                QStringLiteral("%1: %2; content kept undecoded").arg(where, QString::fromUtf8(e.what())));
            out.clear();
            try {
                contents.extractRaw(stream);
            } catch (const std::exception &) {
            }
        }
        return toBytes(out);
    }

    void walk(const vmime::bodyPart &part, int parent, int depth)
    {
        Message &m = *m_message;
        if (m.parts.size() >= m_limits.maxParts) {
            if (!m_partsCapped)
                m_notes.warning(QStringLiteral("too-many-parts"),
                    QStringLiteral("more than %1 MIME parts; the rest were not read").arg(m_limits.maxParts));
            m_partsCapped = true;
            return;
        }
        const int index = int(m.parts.size());
        // RFC 2046 5.1.5: the parts of a multipart/digest are messages unless they say otherwise.
        const bool inDigest = parent >= 0 && m.parts[parent].contentType == QLatin1String("multipart/digest");
        const ContentInfo info
            = contentInfo(*part.getHeader(), index, inDigest ? QStringLiteral("message/rfc822") : QStringLiteral("text/plain"));
        MimePart node;
        node.parent = parent;
        node.depth = depth;
        node.contentType = info.type;
        node.charset = QString::fromLatin1(info.charset);
        node.transferEncoding = info.encoding;
        node.disposition = info.disposition;
        node.filename = info.filename;
        node.contentId = info.contentId;
        m.parts.append(node);

        const vmime::body &body = *part.getBody();
        const auto dropped = info.type.startsWith(QLatin1String("multipart/")) ? droppedLastPart(part) : nullptr;
        if (body.getPartCount() > 0 || dropped) {
            for (size_t i = 0; i < body.getPartCount(); ++i)
                walk(*body.getPartAt(i), index, depth + 1);
            if (dropped)
                walk(*dropped, index, depth + 1);
            return;
        }
        if (info.type.startsWith(QLatin1String("multipart/")))
            m_notes.info(QStringLiteral("multipart-empty"),
                QStringLiteral("part %1 (%2) has no parts (missing boundary?)").arg(index).arg(info.type));
        const QString where = QStringLiteral("part %1 (%2)").arg(index).arg(info.type);
        QByteArray data = extract(body, info.encoding, where);
        m.parts[index].decodedSize = data.size();
        leaf(info, index, where, std::move(data));
    }

    // See VmimeCopy::unclosedPartStart(): vmime drops the last part of a multipart that no close
    // delimiter ends; this reads it.
    vmime::shared_ptr<vmime::bodyPart> droppedLastPart(const vmime::bodyPart &part) const
    {
        const auto type = part.getHeader()->findField<vmime::contentTypeField>(vmime::fields::CONTENT_TYPE);
        if (!type || !type->hasBoundary())
            return nullptr;
        const vmime::body &body = *part.getBody();
        const size_t end = body.getParsedOffset() + body.getParsedLength();
        size_t from = body.getParsedOffset();
        if (body.getPartCount() > 0) {
            const vmime::bodyPart &last = *body.getPartAt(body.getPartCount() - 1);
            from = last.getParsedOffset() + last.getParsedLength();
        }
        const size_t start = m_vmimeCopy.unclosedPartStart(type->getBoundary(), from, end, body.getPartCount() > 0);
        if (start == std::string::npos)
            return nullptr;
        m_notes.info(QStringLiteral("part-recovered"),
            QStringLiteral("the last part of a multipart had no close delimiter; it was read to the end"));
        auto dropped = vmime::make_shared<vmime::bodyPart>();
        dropped->parse(m_vmimeCopy.text, start, end);
        return dropped;
    }

    void leaf(const ContentInfo &info, int index, const QString &where, QByteArray data)
    {
        Message &m = *m_message;
        const bool isText = info.type == QLatin1String("text/plain") || info.type == QLatin1String("text/html");
        const bool isAttachment = info.disposition == QLatin1String("attachment") || !info.filename.isEmpty();
        if (isText && !isAttachment) {
            appendText(info, where, data);
            return;
        }
        const bool isMessage = info.type == QLatin1String("message/rfc822") || info.type == QLatin1String("message/global");
        if (isMessage || looksLikeAttachedMessage(info.filename, data))
            m.embedded.append(EmbeddedMessage { where, data });
        Attachment attachment;
        attachment.filename = info.filename.isEmpty() && isMessage ? QStringLiteral("attached message.eml") : info.filename;
        attachment.mimeType = info.type;
        attachment.contentId = info.contentId;
        attachment.isInline = info.disposition == QLatin1String("inline") || (!info.contentId.isEmpty() && info.disposition.isEmpty());
        attachment.partIndex = index;
        attachment.data = std::move(data);
        m.attachments.append(std::move(attachment));
    }

    static bool looksLikeAttachedMessage(const QString &filename, const QByteArray &data)
    {
        const QString name = filename.toLower();
        return name.endsWith(QLatin1String(".eml")) || (name.endsWith(QLatin1String(".msg")) && data.startsWith("\xD0\xCF\x11\xE0"));
    }

    void appendText(const ContentInfo &info, const QString &where, const QByteArray &data)
    {
        QString &target = info.type == QLatin1String("text/html") ? m_message->htmlBody : m_message->textBody;
        if (target.size() >= m_limits.maxTextBytes)
            return;
        const charset::Decoded decoded = charset::decode(data, info.charset);
        charset::noteDecoding(decoded, info.charset, where, m_notes);
        if (!target.isEmpty())
            target.append(QLatin1Char('\n'));
        target.append(decoded.text);
        if (target.size() > m_limits.maxTextBytes) {
            target.truncate(qsizetype(m_limits.maxTextBytes));
            m_notes.warning(QStringLiteral("text-truncated"),
                QStringLiteral("%1: text longer than %2 MB was cut").arg(where).arg(m_limits.maxTextBytes >> 20));
        }
    }

    const std::string &m_buffer;
    const VmimeCopy &m_vmimeCopy;
    const ParseLimits &m_limits;
    ParseNotes &m_notes;
    Message *m_message = nullptr;
    QStringList m_seen; ///< single-instance headers already read: the first one counts
    bool m_partsCapped = false;
};

// Accepts what mail stores and forwards add before the message: a UTF-8 BOM and an mbox
// "From " line. The raw bytes are kept as they are; only vmime's copy is trimmed.
std::string vmimeBuffer(const QByteArray &raw, ParseNotes &notes)
{
    QByteArrayView view(raw);
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
        notes.info(QStringLiteral("bom"), QStringLiteral("the file starts with a UTF-8 byte order mark"));
    }
    if (view.startsWith("From ")) {
        const qsizetype end = view.indexOf('\n');
        view = end < 0 ? QByteArrayView() : view.sliced(end + 1);
        notes.info(QStringLiteral("mbox-from-line"), QStringLiteral("a leading mbox \"From \" line was skipped"));
    }
    std::string buffer(view.data(), size_t(view.size()));
    // Classic Mac line ends (bare CR): vmime needs LF to see lines.
    if (buffer.find('\n') == std::string::npos && buffer.find('\r') != std::string::npos) {
        std::replace(buffer.begin(), buffer.end(), '\r', '\n');
        notes.info(QStringLiteral("bare-cr"), QStringLiteral("lines end in bare CR; read as LF"));
    }
    return buffer;
}

// The top-level header as vmime needs it: the MIME fields only (see headersplitter.h), then
// the body.
std::string structureBuffer(const std::string &buffer, const SplitHeader &top)
{
    static const QByteArrayList kMimeFields
        = { "content-type", "content-transfer-encoding", "content-disposition", "content-id", "mime-version" };
    std::string out;
    for (const RawField &field : top.fields) {
        if (kMimeFields.contains(field.name.toByteArray().toLower())) {
            out.append(field.name.data(), size_t(field.name.size()));
            out.append(": ");
            out.append(field.value.data(), size_t(field.value.size()));
            out.append("\r\n");
        }
    }
    out.append("\r\n");
    out.append(buffer, size_t(top.bodyOffset), std::string::npos);
    return out;
}

} // namespace

Message parseMessage(const QByteArray &raw, const ParseLimits &limits)
{
    Message message;
    ParseNotes notes;
    if (raw.isEmpty()) {
        notes.error(QStringLiteral("empty"), QStringLiteral("the message is empty"));
        message.notes = notes.take();
        return message;
    }
    const std::string buffer = vmimeBuffer(raw, notes);
    const SplitHeader top = splitHeader(QByteArrayView(buffer.data(), qsizetype(buffer.size())), notes);
    std::string structure = structureBuffer(buffer, top);
    const int declarations = guardStructure(structure, limits.maxDepth, notes);
    runWithDeepStack(declarations, [&] {
        try {
            // vmime's contents refer to the buffer it parsed: keep it alive as long as `root`.
            const VmimeCopy forVmime = repairForVmime(structure, notes);
            vmime::message root;
            root.parse(forVmime.text);
            MessageBuilder(structure, forVmime, limits, notes).build(top.fields, root, message);
        } catch (const std::exception &e) {
            notes.error(QStringLiteral("mime-error"),
                QStringLiteral("the MIME structure could not be read fully: %1").arg(QString::fromUtf8(e.what())));
        }
    });
    if (message.headers.isEmpty())
        notes.warning(QStringLiteral("no-headers"), QStringLiteral("no header fields were found; this may not be a mail message"));
    message.notes = notes.take();
    return message;
}

} // namespace shoal::mime
