// Rule: a tracking beacon in the HTML: a remote image of 1x1 pixels (or hidden), or an image
// from a known open-tracking address. It tells the sender that, and when, the mail was opened.
#include "findings/ruleinput_p.h"

namespace shoal::findings {
namespace {

struct TrackerPattern {
    const char *host; ///< host suffix
    const char *path; ///< a path fragment, "" for any
};

// The open-tracking endpoints of the big mailing services.
constexpr TrackerPattern trackers[] = {
    { "ct.sendgrid.net", "/wf/open" },
    { "list-manage.com", "/track/open" },
    { "mandrillapp.com", "/track/open" },
    { "awstrack.me", "/I0/" },
    { "exct.net", "/open.aspx" },
    { "rs6.net", "/on.jsp" },
    { "hubspotemail.net", "/e2t/o/" },
    { "mjt.lu", "/oo/" },
    { "sendibt3.com", "/tr/op/" },
    { "t.yesware.com", "" },
    { "track.mixmax.com", "" },
    { "mailtrack.io", "" },
};

bool isRemote(const QString &src)
{
    return src.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) || src.startsWith(QLatin1String("https://"), Qt::CaseInsensitive)
        || src.startsWith(QLatin1String("//"));
}

// "1", "0", "1px", " 1 " -> true; anything larger or unreadable -> false.
bool isTinyLength(QStringView value)
{
    value = value.trimmed();
    if (value.endsWith(QLatin1String("px"), Qt::CaseInsensitive))
        value.chop(2);
    bool ok = false;
    const double number = value.trimmed().toDouble(&ok);
    return ok && number <= 1.0;
}

// The value of `property` in an inline style, e.g. "1px" for width in "width: 1px; height:1px".
QStringView cssValue(QStringView style, QLatin1StringView property)
{
    for (qsizetype at = style.indexOf(property, 0, Qt::CaseInsensitive); at >= 0;
        at = style.indexOf(property, at + 1, Qt::CaseInsensitive)) {
        // Not "max-width" or "line-height": the name must start a declaration.
        if (at > 0 && !(style[at - 1] == QLatin1Char(';') || style[at - 1].isSpace() || style[at - 1] == QLatin1Char('"')))
            continue;
        qsizetype colon = at + property.size();
        while (colon < style.size() && style[colon].isSpace())
            ++colon;
        if (colon >= style.size() || style[colon] != QLatin1Char(':'))
            continue;
        const qsizetype end = style.indexOf(QLatin1Char(';'), colon);
        return style.mid(colon + 1, end < 0 ? -1 : end - colon - 1).trimmed();
    }
    return {};
}

QString whyBeacon(const HtmlImage &image)
{
    const QString lower = image.src.toLower();
    const qsizetype hostStart = lower.indexOf(QLatin1String("//")) + 2;
    const qsizetype hostEnd = lower.indexOf(QLatin1Char('/'), hostStart);
    const QStringView host = QStringView(lower).mid(hostStart, hostEnd < 0 ? -1 : hostEnd - hostStart);
    const QStringView path = hostEnd < 0 ? QStringView() : QStringView(lower).mid(hostEnd);
    for (const TrackerPattern &tracker : trackers) {
        const QLatin1StringView suffix(tracker.host);
        const bool hostMatches = host == suffix || (host.endsWith(suffix) && host.at(host.size() - suffix.size() - 1) == QLatin1Char('.'));
        if (hostMatches && path.contains(QLatin1StringView(tracker.path), Qt::CaseInsensitive))
            return QStringLiteral("known open-tracking address");
    }
    const QStringView style(image.style);
    if ((isTinyLength(image.width) && isTinyLength(image.height))
        || (isTinyLength(cssValue(style, QLatin1StringView("width"))) && isTinyLength(cssValue(style, QLatin1StringView("height")))))
        return QStringLiteral("1x1 image");
    const QStringView display = cssValue(style, QLatin1StringView("display"));
    if (display.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return QStringLiteral("hidden image");
    return {};
}

} // namespace

void ruleTrackingBeacon(RuleInput &input, QList<Finding> &out)
{
    QStringList evidence;
    int count = 0;
    for (const HtmlImage &image : input.html().images) {
        if (!isRemote(image.src))
            continue;
        const QString why = whyBeacon(image);
        if (why.isEmpty())
            continue;
        // A few examples are evidence enough; newsletters carry dozens.
        if (++count <= 5)
            evidence.append(QStringLiteral("%1: %2").arg(why, image.src.left(300)));
    }
    if (count > 5)
        evidence.append(QStringLiteral("%1 beacons in all").arg(count));
    if (!evidence.isEmpty())
        out.append(makeFinding(
            "tracking-beacon", Severity::Low, QT_TRANSLATE_NOOP("Findings", "The HTML reports back when the mail is opened"), evidence));
}

} // namespace shoal::findings
