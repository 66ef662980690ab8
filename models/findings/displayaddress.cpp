// Rule: a display name that shows an e-mail address other than the real one, e.g.
// "alice@a-company.co.jp" <alice.a-compeny.co.jp@mail.com> (a real BEC case).
#include "findings/domains_p.h"
#include "findings/ruleinput_p.h"

namespace shoal::findings {
namespace {

bool isAddressCharacter(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('.') || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('+')
        || c == QLatin1Char('%');
}

// The addresses written inside a display name ("Alice <alice@x.com>" written as the name, or
// "alice@x.com via Service"); full-width characters are folded first.
QStringList addressesIn(const QString &name)
{
    QStringList found;
    const QString text = name.normalized(QString::NormalizationForm_KC);
    for (qsizetype at = text.indexOf(QLatin1Char('@')); at >= 0 && found.size() < 4; at = text.indexOf(QLatin1Char('@'), at + 1)) {
        qsizetype start = at;
        while (start > 0 && isAddressCharacter(text.at(start - 1)))
            --start;
        qsizetype end = at + 1;
        while (end < text.size() && isAddressCharacter(text.at(end)))
            ++end;
        QString candidate = text.mid(start, end - start);
        while (candidate.endsWith(QLatin1Char('.')))
            candidate.chop(1);
        const qsizetype domainDot = candidate.indexOf(QLatin1Char('.'), candidate.indexOf(QLatin1Char('@')));
        if (start < at && domainDot > 0)
            found.append(candidate.toLower());
    }
    return found;
}

void check(const char *header, const MailAddress &mailbox, QStringList &evidence)
{
    const QString actual = mailbox.address.trimmed().toLower();
    if (actual.isEmpty())
        return;
    for (const QString &shown : addressesIn(mailbox.name)) {
        if (shown != actual) {
            evidence.append(
                QStringLiteral("%1: %2 (shows %3)").arg(QLatin1StringView(header), mailboxText(mailbox.name, mailbox.address), shown));
            return;
        }
    }
}

} // namespace

void ruleDisplayAddress(RuleInput &input, QList<Finding> &out)
{
    const Message &message = input.message;
    QStringList evidence;
    check("From", message.from, evidence);
    check("Sender", message.sender, evidence);
    for (const MailAddress &reply : message.replyTo)
        check("Reply-To", reply, evidence);
    if (!evidence.isEmpty()) {
        out.append(makeFinding("display-address-mismatch", Severity::High,
            QT_TRANSLATE_NOOP("Findings", "The display name shows an address that is not the real one"), evidence));
    }
}

} // namespace shoal::findings
