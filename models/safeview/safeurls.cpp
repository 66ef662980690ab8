#include "safeview/safeurls.h"

#include "analysis/hostnames.h"
#include "analysis/indicators.h"

#include <QRegularExpression>

namespace shoal::safeview {

QString partUrl(const QString &contentId)
{
    return kPartScheme + QLatin1Char(':') + QString::fromLatin1(QUrl::toPercentEncoding(contentId));
}

QString contentIdOfPartUrl(const QUrl &url)
{
    if (url.scheme() != kPartScheme)
        return {};
    return QUrl::fromPercentEncoding(url.path(QUrl::FullyEncoded).toLatin1());
}

QString urlAsBrowsersRead(QStringView url)
{
    QString result;
    result.reserve(url.size());
    bool leading = true;
    for (const QChar c : url) {
        if (c == u'\t' || c == u'\n' || c == u'\r')
            continue;
        if (leading && c.unicode() <= 0x20)
            continue;
        leading = false;
        result += c;
    }
    while (!result.isEmpty() && result.back().unicode() <= 0x20)
        result.chop(1);
    return result;
}

bool isScriptUrl(QStringView url)
{
    const QString read = urlAsBrowsersRead(url);
    for (const QLatin1StringView scheme :
        { QLatin1StringView("javascript:"), QLatin1StringView("vbscript:"), QLatin1StringView("livescript:") }) {
        if (read.startsWith(scheme, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString displayUrl(QStringView url, qsizetype maxLength)
{
    QString read = urlAsBrowsersRead(url);
    // Browsers read "http:\\host" and "http:/host" as "http://host"; so does the defanged form.
    static const QRegularExpression sloppyScheme(QStringLiteral("^(https?|ftp):[\\\\/]+"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch sloppy = sloppyScheme.match(read);
    if (sloppy.hasMatch())
        read.replace(0, sloppy.capturedLength(), sloppy.captured(1) + QLatin1String("://"));
    // Keep the defanging cheap on hostile lengths: only the head of a long URL is shown anyway.
    if (read.size() > maxLength + 1)
        read = read.left(maxLength + 1);

    QString shown;
    if (read.startsWith(QLatin1String("//")))
        shown = defang(QLatin1String("http:") + read, Indicator::Kind::Url).mid(5);
    else if (read.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive))
        shown = QLatin1String("mailto:") + defang(read.mid(7), Indicator::Kind::Email);
    else if (read.contains(QLatin1String("://")))
        shown = defang(read, Indicator::Kind::Url);
    else
        shown = read;
    // URLs carried inside the URL (redirectors: "?url=https://...") are defanged as well.
    static const QRegularExpression inner(
        QStringLiteral("\\b(?:(h)tt(ps?)|(f)tp):([\\\\/]{2})([^/\\\\?#&\\s]*)"), QRegularExpression::CaseInsensitiveOption);
    QString defanged;
    qsizetype copied = 0;
    for (QRegularExpressionMatchIterator it = inner.globalMatchView(shown); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        const QString scheme = match.captured(3).isEmpty() ? QString(match.captured(1) + QLatin1String("xx") + match.captured(2))
                                                           : QString(match.captured(3) + QLatin1String("xp"));
        defanged += QStringView(shown).mid(copied, match.capturedStart() - copied) + scheme + QLatin1Char(':') + match.captured(4)
            + displayHost(match.captured(5));
        copied = match.capturedEnd();
    }
    shown = defanged + QStringView(shown).mid(copied);
    if (shown.size() > maxLength)
        shown = shown.left(maxLength - 1) + QChar(0x2026);
    return shown;
}

QString displayHost(const QString &host)
{
    const bool ip = !hostnames::canonicalIpv4(host).isEmpty();
    return defang(host.left(255), ip ? Indicator::Kind::Ip : Indicator::Kind::Domain);
}

std::optional<QString> acceptedDataImage(QStringView url, qsizetype maxBytes)
{
    const QString read = urlAsBrowsersRead(url);
    static const QRegularExpression header(
        QStringLiteral("^data:image/(png|gif|jpeg|jpg|webp)(?:;[a-z0-9._=-]*)*;base64,"), QRegularExpression::CaseInsensitiveOption);
    // The header is short; matching only the head keeps a hostile "data:image/png;;;;…" cheap.
    const QRegularExpressionMatch match = header.matchView(QStringView(read).left(256));
    if (!match.hasMatch())
        return std::nullopt;
    const qsizetype payloadStart = match.capturedEnd();
    // The base64 alphabet and whitespace only: nothing that could end an attribute or a url().
    QString payload;
    payload.reserve(read.size() - payloadStart);
    for (qsizetype i = payloadStart; i < read.size(); ++i) {
        const char16_t c = read[i].unicode();
        if (c == u' ' || c == u'\f' || c == u'\v')
            continue;
        const bool base64
            = (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'+' || c == u'/' || c == u'=';
        if (!base64)
            return std::nullopt;
        payload += QChar(c);
    }
    if (payload.isEmpty() || payload.size() / 4 * 3 > maxBytes)
        return std::nullopt;
    QString type = match.captured(1).toLower();
    if (type == QLatin1String("jpg"))
        type = QStringLiteral("jpeg");
    return QLatin1String("data:image/") + type + QLatin1String(";base64,") + payload;
}

QByteArray imageTypeOf(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG\r\n\x1a\n"))
        return QByteArrayLiteral("image/png");
    if (bytes.startsWith("GIF87a") || bytes.startsWith("GIF89a"))
        return QByteArrayLiteral("image/gif");
    if (bytes.startsWith("\xff\xd8\xff"))
        return QByteArrayLiteral("image/jpeg");
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return QByteArrayLiteral("image/webp");
    if (bytes.size() >= 14 && bytes.startsWith("BM"))
        return QByteArrayLiteral("image/bmp");
    if (bytes.size() >= 6 && bytes.startsWith(QByteArrayView("\0\0\1\0", 4)))
        return QByteArrayLiteral("image/x-icon");
    return {};
}

} // namespace shoal::safeview
