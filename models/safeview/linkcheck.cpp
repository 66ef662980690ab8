#include "safeview/linkcheck.h"

#include "analysis/hostnames.h"
#include "safeview/safeurls.h"

#include <QRegularExpression>
#include <QUrl>

namespace shoal::safeview {

QString hostShownInText(QStringView text)
{
    // Labels of letters and digits joined by dots, not glued to more of a word on either side.
    static const QRegularExpression domainLike(
        QStringLiteral("(?<![\\p{L}\\p{N}_.-])((?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+"
                       "[\\p{L}][\\p{L}\\p{N}-]{1,62})(?![\\p{L}\\p{N}_-])"));
    const QStringView head = text.left(1000);
    QRegularExpressionMatchIterator matches = domainLike.globalMatchView(head);
    for (int tried = 0; matches.hasNext() && tried < 8; ++tried) {
        const QString candidate = matches.next().captured(1).toLower();
        if (hostnames::hasKnownSuffix(candidate))
            return candidate;
    }
    return {};
}

QString hostOfLinkTarget(QStringView href)
{
    QString read = urlAsBrowsersRead(href);
    if (read.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        QStringView address = QStringView(read).mid(7);
        address = address.left(address.indexOf(u'?') < 0 ? address.size() : address.indexOf(u'?'));
        address = address.left(address.indexOf(u',') < 0 ? address.size() : address.indexOf(u','));
        const qsizetype at = address.lastIndexOf(u'@');
        return at < 0 ? QString() : QUrl::fromPercentEncoding(address.mid(at + 1).toUtf8()).trimmed().toLower();
    }
    // Browsers read backslashes as slashes in http(s) URLs, and so must this.
    static const QRegularExpression webScheme(QStringLiteral("^(?:(https?|ftp):)?[\\\\/]{2}"), QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = webScheme.match(read);
    if (!match.hasMatch())
        return {};
    QString rest = read.mid(match.capturedEnd());
    const qsizetype end = rest.indexOf(QRegularExpression(QStringLiteral("[/\\\\?#]")));
    QString authority = end < 0 ? rest : rest.left(end);
    authority = authority.mid(authority.lastIndexOf(u'@') + 1);
    if (!authority.startsWith(u'[')) {
        const qsizetype colon = authority.lastIndexOf(u':');
        if (colon >= 0)
            authority.truncate(colon);
    }
    const QUrl url(QStringLiteral("http://") + authority, QUrl::TolerantMode);
    const QString host = url.host(QUrl::FullyDecoded).toLower();
    return host.isEmpty() ? authority.toLower() : host;
}

bool misleadingLink(const QString &shownHost, const QString &targetHost)
{
    if (shownHost.isEmpty())
        return false;
    if (targetHost.isEmpty())
        return true;
    const auto site = [](const QString &host) {
        const QString ascii = domainToAscii(host);
        const QString registrable = registrableDomain(ascii);
        return registrable.isEmpty() ? ascii : registrable;
    };
    return site(shownHost) != site(targetHost);
}

} // namespace shoal::safeview
