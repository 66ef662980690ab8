// Rule: a link whose visible text is a URL or a domain of another site than where it really
// goes: <a href="https://evil.example/login">www.mybank.co.jp</a>.
#include "analysis/hostnames.h"
#include "findings/domains_p.h"
#include "findings/ruleinput_p.h"

#include <QUrl>
#include <QUrlQuery>

namespace shoal::findings {
namespace {

bool startsWithScheme(QStringView text)
{
    return text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
}

// The host the visible text names: "https://www.x.co.jp/a" or "www.x.co.jp" or "x.co.jp/login";
// empty when the text does not read as a URL or a domain (ordinary words, "Click here").
QString hostShownBy(const QString &text)
{
    QStringView shown = QStringView(text).trimmed();
    while (!shown.isEmpty() && QStringLiteral(".,;:!?)]>\"'").contains(shown.back()))
        shown.chop(1);
    if (shown.isEmpty() || shown.size() > 2048 || shown.contains(QLatin1Char(' ')) || shown.contains(QLatin1Char('@')))
        return {};
    if (startsWithScheme(shown))
        return QUrl(shown.toString()).host().toLower();
    qsizetype end = shown.size();
    for (QChar stop : { QLatin1Char('/'), QLatin1Char('?'), QLatin1Char('#'), QLatin1Char(':') }) {
        const qsizetype at = shown.indexOf(stop);
        if (at >= 0)
            end = std::min(end, at);
    }
    const QString host = domainToUnicode(shown.left(end));
    return hostnames::hasKnownSuffix(host) ? host : QString();
}

// Mail security gateways rewrite every link to pass through them; the real target rides in a
// parameter. Returns the wrapped URL, the href itself when it is not wrapped, or empty when it is
// wrapped in a way that hides the target (then the link cannot be judged).
QString unwrappedTarget(const QString &href)
{
    const QUrl url(href.trimmed());
    const QString host = url.host().toLower();
    const char *parameter = nullptr;
    if (host.endsWith(QLatin1String("safelinks.protection.outlook.com")))
        parameter = "url";
    else if (host == QLatin1String("clicktime.symantec.com"))
        parameter = "u";
    if (parameter)
        return QUrlQuery(url).queryItemValue(QLatin1StringView(parameter), QUrl::FullyDecoded);
    // Proofpoint v3: https://urldefense.com/v3/__https://target.example/path__;!!token
    if (host == QLatin1String("urldefense.com")) {
        const qsizetype start = href.indexOf(QLatin1String("/__"));
        const qsizetype end = href.indexOf(QLatin1String("__;"), start + 3);
        return start >= 0 && end > start ? href.mid(start + 3, end - start - 3) : QString();
    }
    if (host.endsWith(QLatin1String("urldefense.proofpoint.com")) || host.endsWith(QLatin1String("mimecastprotect.com")))
        return {};
    return href.trimmed();
}

} // namespace

void ruleLinkTextMismatch(RuleInput &input, QList<Finding> &out)
{
    QStringList evidence;
    int count = 0;
    for (const HtmlAnchor &anchor : input.html().anchors) {
        if (!startsWithScheme(anchor.href))
            continue;
        const QString shownHost = hostShownBy(anchor.text);
        if (shownHost.isEmpty())
            continue;
        const QString target = unwrappedTarget(anchor.href);
        const QString realHost = QUrl(target).host();
        if (realHost.isEmpty())
            continue;
        const QString shownSite = siteOf(shownHost);
        const QString realSite = siteOf(realHost);
        if (shownSite == realSite)
            continue;
        if (++count <= 5)
            evidence.append(
                QStringLiteral("text %1 (%2) -> link %3 (%4)").arg(anchor.text.left(200), shownSite, anchor.href.left(300), realSite));
    }
    if (count > 5)
        evidence.append(QStringLiteral("%1 such links in all").arg(count));
    if (!evidence.isEmpty())
        out.append(makeFinding("link-text-mismatch", Severity::Medium,
            QT_TRANSLATE_NOOP("Findings", "A link's text shows another site than where it goes"), evidence));
}

} // namespace shoal::findings
