#include "ingest/samplebuilder.h"

#include "analysis/attachmentfacts.h"
#include "analysis/indicators.h"
#include "mail/maildate.h"
#include "mail/mimeparser.h"
#include "mail/msgreader.h"
#include "util/digest.h"


namespace shoal {

namespace {

// A mail in a mail in a mail...: hostile nesting stops here (the deepest stays an attachment).
constexpr int kMaxEmbeddingDepth = 8;

AttachmentRecord attachmentRecord(const Attachment &attachment)
{
    const AttachmentFacts facts = attachmentFacts(attachment.data);
    AttachmentRecord record;
    record.partIndex = attachment.partIndex;
    record.filename = attachment.filename;
    record.mimeType = attachment.mimeType;
    record.contentId = attachment.contentId;
    record.isInline = attachment.isInline;
    record.size = facts.size;
    record.md5 = QString::fromLatin1(facts.md5);
    record.sha1 = QString::fromLatin1(facts.sha1);
    record.sha256 = QString::fromLatin1(facts.sha256);
    record.ssdeep = facts.ssdeep;
    record.trueType = facts.trueType;
    record.trueMime = facts.trueMime;
    return record;
}

std::optional<SampleRecord> build(const QByteArray &raw, const QByteArray &sha256, const QString &source, QString *error, int depth)
{
    SampleRecord record;
    record.sha256 = sha256;
    record.source = source;
    record.raw = raw;
    if (looksLikeOutlookMsg(raw)) {
        std::optional<Message> message = readOutlookMsg(raw, error);
        if (!message)
            return std::nullopt;
        record.message = std::move(*message);
    } else {
        record.message = mime::parseMessage(raw);
    }
    Message &m = record.message;
    for (const Attachment &attachment : std::as_const(m.attachments))
        record.attachments.append(attachmentRecord(attachment));
    for (const Indicator &indicator : extractIndicators(m))
        record.indicators.append(IndicatorRecord { kindName(indicator.kind), indicator.value, indicator.where });
    record.arrivalUtc = arrivalTime(m);

    if (depth < kMaxEmbeddingDepth) {
        for (const EmbeddedMessage &carried : std::as_const(m.embedded)) {
            QString childError;
            const QString origin = source + QStringLiteral(" > ") + carried.origin;
            if (std::optional<SampleRecord> child = build(carried.raw, sampleHash(carried.raw), origin, &childError, depth + 1))
                record.embedded.push_back(std::move(*child));
            else
                m.notes.append(ParseNote { ParseNote::Severity::Warning, QStringLiteral("embedded-unreadable"),
                    QStringLiteral("%1: %2").arg(carried.origin, childError) });
        }
    } else if (!m.embedded.isEmpty()) {
        m.notes.append(ParseNote { ParseNote::Severity::Warning, QStringLiteral("embedded-too-deep"),
            QStringLiteral("messages nested more than %1 deep are kept as attachments only").arg(kMaxEmbeddingDepth) });
    }
    // The attachment bytes live on in the raw message; the record need not hold them twice.
    for (Attachment &attachment : m.attachments)
        attachment.data.clear();
    m.embedded.clear();
    return record;
}

} // namespace

QByteArray sampleHash(const QByteArray &raw)
{
    return sha256Hex(raw);
}

QDateTime arrivalTime(const Message &message)
{
    QDateTime newest;
    for (const QString &received : message.received) {
        // The time stamp follows the last ';' of a Received field (RFC 5321 4.4).
        const qsizetype semicolon = received.lastIndexOf(QLatin1Char(';'));
        if (semicolon < 0)
            continue;
        const mime::MailDate date = mime::parseMailDate(received.mid(semicolon + 1).toUtf8());
        if (date.isValid() && (!newest.isValid() || date.utc > newest))
            newest = date.utc;
    }
    return newest.isValid() ? newest : message.dateUtc;
}

std::optional<SampleRecord> buildSample(const QByteArray &raw, const QString &source, QString *error)
{
    return build(raw, sampleHash(raw), source, error, 0);
}

std::optional<SampleRecord> buildSample(const QByteArray &raw, const QByteArray &sha256, const QString &source, QString *error)
{
    return build(raw, sha256, source, error, 0);
}

} // namespace shoal
