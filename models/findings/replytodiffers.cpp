// Rule: replies or bounces go to another organisation than the one in From.
#include "findings/domains_p.h"
#include "findings/ruleinput_p.h"

namespace shoal::findings {

void ruleReplyToDiffers(RuleInput &input, QList<Finding> &out)
{
    const Message &message = input.message;
    const QString fromDomain = addressDomain(message.from.address);
    if (fromDomain.isEmpty())
        return;
    // Compared at the registrable-domain level: mail.b-company.co.jp and b-company.co.jp are one
    // organisation.
    const QString fromSite = siteOf(fromDomain);
    const QString fromLine = QStringLiteral("From: %1 (%2)").arg(mailboxText(message.from.name, message.from.address), fromSite);

    QStringList replyEvidence;
    for (const MailAddress &reply : message.replyTo) {
        const QString site = siteOf(addressDomain(reply.address));
        if (!site.isEmpty() && site != fromSite)
            replyEvidence.append(QStringLiteral("Reply-To: %1 (%2)").arg(mailboxText(reply.name, reply.address), site));
    }
    if (!replyEvidence.isEmpty()) {
        replyEvidence.prepend(fromLine);
        out.append(makeFinding(
            "reply-to-differs", Severity::Medium, QT_TRANSLATE_NOOP("Findings", "Replies go to another domain than From"), replyEvidence));
    }

    // Mailing services bounce to their own domains, so this alone is weak: low.
    const QString returnSite = siteOf(addressDomain(message.returnPath));
    if (!returnSite.isEmpty() && returnSite != fromSite) {
        out.append(makeFinding("return-path-differs", Severity::Low,
            QT_TRANSLATE_NOOP("Findings", "Return-Path (the envelope sender) is another domain than From"),
            { fromLine, QStringLiteral("Return-Path: %1 (%2)").arg(message.returnPath, returnSite) }));
    }
}

} // namespace shoal::findings
