// Rule: the sender, or where replies go, is a free-mail address.
#include "findings/domains_p.h"
#include "findings/ruleinput_p.h"

namespace shoal::findings {

void ruleFreemailSender(RuleInput &input, QList<Finding> &out)
{
    const Message &message = input.message;
    const QString fromDomain = addressDomain(message.from.address);
    const QString fromSite = siteOf(fromDomain);

    // Replies diverted to a free-mail box while From shows someone else: medium, the BEC pattern.
    QStringList replyEvidence;
    for (const MailAddress &reply : message.replyTo) {
        const QString domain = addressDomain(reply.address);
        if (isFreeMailDomain(domain) && siteOf(domain) != fromSite)
            replyEvidence.append(QStringLiteral("Reply-To: %1 (%2)").arg(mailboxText(reply.name, reply.address), domain));
    }
    if (!replyEvidence.isEmpty()) {
        replyEvidence.prepend(QStringLiteral("From: %1").arg(mailboxText(message.from.name, message.from.address)));
        out.append(makeFinding(
            "freemail-reply-to", Severity::Medium, QT_TRANSLATE_NOOP("Findings", "Replies go to a free-mail address"), replyEvidence));
    }

    // Plenty of honest mail comes from free-mail boxes; only a hint on its own.
    if (isFreeMailDomain(fromDomain)) {
        out.append(makeFinding("freemail-sender", Severity::Low, QT_TRANSLATE_NOOP("Findings", "The sender uses a free-mail address"),
            { QStringLiteral("From: %1 (%2)").arg(mailboxText(message.from.name, message.from.address), fromDomain) }));
    }
}

} // namespace shoal::findings
