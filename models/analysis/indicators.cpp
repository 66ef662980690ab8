#include "analysis/indicators.h"

#include "analysis/htmllinks.h"
#include "analysis/indicatorsink.h"
#include "analysis/textscanner.h"

namespace shoal {
namespace {

// Enough for any real body; beyond it scanning costs time and finds only noise.
constexpr qsizetype kMaxScannedChars = 2 * 1024 * 1024;
constexpr qsizetype kMaxHeaderChars = 64 * 1024;

enum class HeaderRole {
    Skip, ///< signatures and structure: base64 and ids, no indicators worth the time
    Text, ///< URLs, addresses and IPs in the value
    Received, ///< Text plus the host names of the relays
    MessageId, ///< the domain right of the '@'
};

HeaderRole headerRole(const QString &headerName)
{
    const QString name = headerName.toLower();
    static const QLatin1StringView kSkipped[] = {
        QLatin1StringView("dkim-signature"),
        QLatin1StringView("x-google-dkim-signature"),
        QLatin1StringView("domainkey-signature"),
        QLatin1StringView("arc-seal"),
        QLatin1StringView("arc-message-signature"),
        // Relays inside Google: internal IPv6 hops, noise for an analyst.
        QLatin1StringView("x-received"),
        // The fixed complaints address of certified senders (eco.de), on every such mail.
        QLatin1StringView("x-csa-complaints"),
        // Other messages' identifiers; their domains say nothing about this sample.
        QLatin1StringView("references"),
        QLatin1StringView("in-reply-to"),
        QLatin1StringView("content-id"),
        QLatin1StringView("content-type"),
        QLatin1StringView("content-transfer-encoding"),
        QLatin1StringView("mime-version"),
        QLatin1StringView("date"),
    };
    for (QLatin1StringView skipped : kSkipped) {
        if (name == skipped)
            return HeaderRole::Skip;
    }
    if (name == QLatin1String("received"))
        return HeaderRole::Received;
    if (name == QLatin1String("message-id") || name == QLatin1String("resent-message-id"))
        return HeaderRole::MessageId;
    return HeaderRole::Text;
}

// The "from" clause of a Received header: the host that handed the message over, as it named
// itself and as the receiver saw it. The "by" host is the receiver's own relay (for the top hops,
// the recipient's provider: prod.outlook.com, mx.google.com), and its addresses are internal;
// the hop below names the same host in its own "from" clause when it matters.
QStringView fromClause(QStringView received)
{
    for (qsizetype by = received.indexOf(QLatin1String("by"), 0, Qt::CaseInsensitive); by >= 0;
        by = received.indexOf(QLatin1String("by"), by + 2, Qt::CaseInsensitive)) {
        const bool before = by == 0 || received[by - 1].isSpace() || received[by - 1] == QLatin1Char(')');
        const bool after = by + 2 < received.size() && received[by + 2].isSpace();
        if (before && after)
            return received.left(by);
    }
    return received;
}

void scanHeaders(const Message &message, analysis::IndicatorSink &sink)
{
    for (const HeaderField &field : message.headers) {
        const HeaderRole role = headerRole(field.name);
        if (role == HeaderRole::Skip || sink.stopped())
            continue;
        const QString value = field.decodedValue.isEmpty() ? QString::fromUtf8(field.rawValue) : field.decodedValue;
        const QStringView text = QStringView(value).left(kMaxHeaderChars);
        sink.setWhere(QLatin1String("header:") + field.name);
        switch (role) {
        case HeaderRole::Received: {
            const QStringView from = fromClause(text);
            analysis::scanText(from, sink);
            analysis::scanDomainTokens(from, sink);
            break;
        }
        case HeaderRole::MessageId: {
            const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
            if (at >= 0)
                analysis::scanDomainTokens(text.mid(at + 1), sink);
            break;
        }
        case HeaderRole::Text:
            analysis::scanText(text, sink);
            break;
        case HeaderRole::Skip:
            break;
        }
    }
}

void noteCapped(ParseNotes *notes, const QString &body)
{
    if (notes)
        notes->info(QStringLiteral("indicators-scan-capped"),
            QStringLiteral("Only the first 2 MB of the %1 were searched for indicators.").arg(body));
}

} // namespace

QString kindName(Indicator::Kind kind)
{
    switch (kind) {
    case Indicator::Kind::Url:
        return QStringLiteral("url");
    case Indicator::Kind::Domain:
        return QStringLiteral("domain");
    case Indicator::Kind::Ip:
        return QStringLiteral("ip");
    case Indicator::Kind::Email:
        return QStringLiteral("email");
    }
    return {};
}

QList<Indicator> extractIndicators(const Message &message, ParseNotes *notes)
{
    analysis::IndicatorSink sink;
    scanHeaders(message, sink);

    sink.setWhere(QStringLiteral("body:text"));
    if (message.textBody.size() > kMaxScannedChars)
        noteCapped(notes, QStringLiteral("text body"));
    analysis::scanText(QStringView(message.textBody).left(kMaxScannedChars), sink);

    sink.setWhere(QStringLiteral("body:html"));
    if (message.htmlBody.size() > kMaxScannedChars)
        noteCapped(notes, QStringLiteral("HTML body"));
    if (!message.htmlBody.isEmpty() && !analysis::scanHtml(QStringView(message.htmlBody).left(kMaxScannedChars), sink) && notes)
        notes->info(QStringLiteral("indicators-html-flat"),
            QStringLiteral("The HTML body nests too deeply to be parsed; its links were found by a plain text scan."));

    sink.setWhere(QStringLiteral("attachment-name"));
    for (const Attachment &attachment : message.attachments)
        analysis::scanText(attachment.filename, sink);

    if (sink.stopped() && notes)
        notes->warning(QStringLiteral("indicators-capped"),
            QStringLiteral("The message holds more than %1 indicators; only the first %1 were kept.")
                .arg(analysis::IndicatorSink::kDefaultLimit));
    return sink.take();
}

} // namespace shoal
