// Rule: a sender domain that looks like one of the case's protected domains: a typo away
// (b-cornpany.co.jp), labels moved or merged (b-company-jp.co, bcompany.co.jp), the same name
// under another suffix (b-company.com), the protected name inside another domain
// (b-company.co.jp.example.net, b-company-support.com), or homoglyphs (Cyrillic "а" for "a").
#include "analysis/hostnames.h"
#include "findings/domains_p.h"
#include "findings/ruleinput_p.h"

#include <unicode/uspoof.h>

#include <algorithm>
#include <vector>

namespace shoal::findings {
namespace {

// Damerau-Levenshtein distance (optimal string alignment: adjacent transpositions count one).
// Two rows of a small table; strings longer than 128 are not domains anyone types.
int editDistance(QStringView a, QStringView b)
{
    if (a.size() > 128 || b.size() > 128)
        return 1000;
    const qsizetype n = a.size(), m = b.size();
    std::vector<int> previous2(m + 1), previous(m + 1), current(m + 1);
    for (qsizetype j = 0; j <= m; ++j)
        previous[j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        current[0] = int(i);
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            current[j] = std::min({ previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost });
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                current[j] = std::min(current[j], previous2[j - 2] + 1);
        }
        std::swap(previous2, previous);
        std::swap(previous, current);
    }
    return previous[m];
}

// ICU's spoof checker is documented as safe for concurrent skeleton/confusable queries once
// opened; one for the process.
const USpoofChecker *spoofChecker()
{
    static const USpoofChecker *const checker = [] {
        UErrorCode error = U_ZERO_ERROR;
        USpoofChecker *opened = uspoof_open(&error);
        return U_SUCCESS(error) ? opened : nullptr;
    }();
    return checker;
}

// The UTS #39 skeleton: two strings with the same skeleton are confusable.
QString skeleton(QStringView text)
{
    const USpoofChecker *checker = spoofChecker();
    if (!checker || text.size() > 253)
        return {};
    UChar buffer[1024];
    UErrorCode error = U_ZERO_ERROR;
    const int32_t length = uspoof_getSkeleton(
        checker, 0, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), buffer, int32_t(std::size(buffer)), &error);
    if (U_FAILURE(error) || length <= 0)
        return {};
    return QString::fromUtf16(reinterpret_cast<const char16_t *>(buffer), length);
}

bool isSeparator(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('-');
}

// The labels split at dots and hyphens, in order: "b-company-jp.co" -> b, company, jp, co.
QStringList labelsOf(const QString &domain)
{
    QStringList labels;
    QString current;
    for (QChar c : domain) {
        if (isSeparator(c)) {
            if (!current.isEmpty())
                labels.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        labels.append(current);
    return labels;
}

// The same, sorted: "b-company-jp.co" and "b-company.co.jp" agree.
QStringList sortedLabels(const QString &domain)
{
    QStringList labels = labelsOf(domain);
    labels.sort();
    return labels;
}

// True when some run of consecutive labels of `host`, joined, spells `name`: "b-company" is in
// "b-company-support.com" and "bcompany-login.net", not in "mybcompanyx.com". Whole labels
// only, or every service whose name starts with a brand would match (amazonses.com).
bool containsNameAsLabels(const QString &host, const QString &name)
{
    const QStringList labels = labelsOf(host);
    for (qsizetype first = 0; first < labels.size(); ++first) {
        QString joined;
        for (qsizetype last = first; last < labels.size() && joined.size() < name.size(); ++last)
            joined += labels.at(last);
        if (joined == name)
            return true;
    }
    return false;
}

QString withoutSeparators(QString domain)
{
    domain.removeIf(isSeparator);
    return domain;
}

// How far a typo may go: short names are too close to many honest ones.
int allowedDistance(const QString &site)
{
    return site.size() >= 10 ? 2 : site.size() >= 6 ? 1 : 0;
}

// Why `host` (site `site`) looks like the protected site `mine`; empty when it does not.
QStringList lookalikeReasons(const QString &host, const QString &site, const QString &mine)
{
    QStringList reasons;
    if (site == mine)
        return reasons;
    const qsizetype dot = mine.indexOf(QLatin1Char('.'));
    const QString myName = mine.left(dot);
    const qsizetype siteDot = site.indexOf(QLatin1Char('.'));

    if (const int distance = editDistance(site, mine); distance <= allowedDistance(mine))
        reasons.append(QStringLiteral("edit distance %1").arg(distance));
    if (sortedLabels(site) == sortedLabels(mine))
        reasons.append(QStringLiteral("the same labels rearranged"));
    else if (withoutSeparators(site) == withoutSeparators(mine))
        reasons.append(QStringLiteral("labels merged or split"));
    if (siteDot > 0 && site.left(siteDot) == myName)
        reasons.append(QStringLiteral("the same name under another suffix"));
    if (host.startsWith(mine + QLatin1Char('.')) || host.contains(QLatin1Char('.') + mine + QLatin1Char('.')))
        reasons.append(QStringLiteral("the protected domain used as a subdomain"));
    else if (reasons.isEmpty() && withoutSeparators(myName).size() >= 5 && containsNameAsLabels(host, withoutSeparators(myName)))
        reasons.append(QStringLiteral("contains the protected name"));
    const QString skeletonOfSite = skeleton(site);
    if (!skeletonOfSite.isEmpty() && skeletonOfSite == skeleton(mine))
        reasons.append(QStringLiteral("confusable characters (homoglyphs)"));
    return reasons;
}

struct Candidate {
    const char *header;
    QString address;
};

} // namespace

void ruleLookalikeDomain(RuleInput &input, QList<Finding> &out)
{
    const QStringList &protectedSites = input.protectedSites();
    if (protectedSites.isEmpty())
        return;
    const Message &message = input.message;
    QList<Candidate> candidates { { "From", message.from.address }, { "Sender", message.sender.address } };
    for (const MailAddress &reply : message.replyTo)
        candidates.append({ "Reply-To", reply.address });
    candidates.append({ "Return-Path", message.returnPath });

    QStringList evidence;
    QStringList seenHosts;
    for (const Candidate &candidate : candidates) {
        const QString host = addressDomain(candidate.address);
        if (host.isEmpty() || seenHosts.contains(host))
            continue;
        seenHosts.append(host);
        const QString site = siteOf(host);
        for (const QString &mine : protectedSites) {
            const QStringList reasons = lookalikeReasons(host, site, mine);
            if (reasons.isEmpty())
                continue;
            const QString ascii = domainToAscii(host);
            const QString shown = ascii == host ? host : QStringLiteral("%1 [%2]").arg(host, ascii);
            evidence.append(QStringLiteral("%1: %2 (domain %3) looks like %4: %5")
                    .arg(QLatin1StringView(candidate.header), candidate.address, shown, mine, reasons.join(QStringLiteral(", "))));
        }
    }
    if (!evidence.isEmpty())
        out.append(makeFinding(
            "lookalike-domain", Severity::High, QT_TRANSLATE_NOOP("Findings", "A sender domain looks like a protected domain"), evidence));
}

} // namespace shoal::findings
