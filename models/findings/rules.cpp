#include "findings/rules.h"

#include "findings/domains_p.h"
#include "findings/ruleinput_p.h"

#include <algorithm>

namespace shoal {
namespace findings {

RuleInput::RuleInput(const Message &message, const QByteArray &raw, const CaseProfile &profile)
    : message(message), raw(raw), profile(profile)
{
    for (const QString &domain : profile.protectedDomains) {
        const QString site = siteOf(domain.trimmed());
        if (!site.isEmpty() && !m_protectedSites.contains(site))
            m_protectedSites.append(site);
    }
}

const HtmlFacts &RuleInput::html()
{
    if (!m_html)
        m_html = readHtmlFacts(message.htmlBody);
    return *m_html;
}

const ReceivedPath &RuleInput::path()
{
    if (!m_path)
        m_path = analyseReceivedPath(message);
    return *m_path;
}

const QList<ZipEntryInfo> &RuleInput::zipEntries(qsizetype index)
{
    if (m_zipEntries.size() != message.attachments.size())
        m_zipEntries.resize(message.attachments.size());
    std::optional<QList<ZipEntryInfo>> &entries = m_zipEntries[index];
    if (!entries)
        entries = listZip(message.attachments.at(index).data);
    return *entries;
}

QString RuleInput::attachmentName(qsizetype index) const
{
    const QString &name = message.attachments.at(index).filename;
    return name.isEmpty() ? QStringLiteral("(unnamed part %1)").arg(index + 1) : name;
}

namespace {

struct Registered {
    Rule rule;
    const char *ids; ///< the ids the rule can produce, space-separated
};

// Registration order is the order of findings of equal severity.
constexpr Registered registry[] = {
    { ruleLookalikeDomain, "lookalike-domain" },
    { ruleProtectedName, "protected-person-outside protected-brand-outside" },
    { ruleDisplayAddress, "display-address-mismatch" },
    { ruleReplyToDiffers, "reply-to-differs return-path-differs" },
    { ruleFreemailSender, "freemail-reply-to freemail-sender" },
    { ruleExecutableAttachment, "executable-attachment" },
    { ruleDeceptiveFilename, "rtlo-filename double-extension" },
    { ruleOfficeMacro, "office-macro" },
    { ruleContainerAttachment, "disk-image-attachment shortcut-attachment" },
    { ruleHtmlSmuggling, "html-smuggling" },
    { ruleEncryptedArchive, "encrypted-archive" },
    { ruleLinkTextMismatch, "link-text-mismatch" },
    { ruleTrackingBeacon, "tracking-beacon" },
    { ruleDateMismatch, "date-far-from-received" },
};

} // namespace
} // namespace findings

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return QStringLiteral("info");
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    }
    return {};
}

QList<Finding> runFindings(const Message &message, const QByteArray &raw, const CaseProfile &profile)
{
    findings::RuleInput input(message, raw, profile);
    QList<Finding> found;
    for (const findings::Registered &entry : findings::registry)
        entry.rule(input, found);
    std::stable_sort(found.begin(), found.end(), [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    return found;
}

QStringList findingIds()
{
    QStringList ids;
    for (const findings::Registered &entry : findings::registry)
        ids += QString::fromLatin1(entry.ids).split(QLatin1Char(' '));
    return ids;
}

} // namespace shoal
