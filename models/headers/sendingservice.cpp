#include "headers/sendingservice.h"

#include "headers/receivedpath.h"
#include "mail/message.h"

#include <QCoreApplication>

namespace shoal {
namespace {

struct HostRule {
    const char *suffix;
    const char *service;
};

// Host names the services send from (and name their Message-IDs with).
constexpr HostRule hostRules[] = {
    { "sendgrid.net", "SendGrid" },
    { "amazonses.com", "Amazon SES" },
    { "mcsv.net", "Mailchimp/Mandrill" },
    { "mcdlv.net", "Mailchimp/Mandrill" },
    { "rsgsv.net", "Mailchimp/Mandrill" },
    { "mandrillapp.com", "Mailchimp/Mandrill" },
    { "google.com", "Google (Gmail/Workspace)" },
    { "googlemail.com", "Google (Gmail/Workspace)" },
    { "gmail.com", "Google (Gmail/Workspace)" },
    { "outlook.com", "Outlook.com/Exchange Online" },
    { "hotmail.com", "Outlook.com/Exchange Online" },
    { "office365.com", "Outlook.com/Exchange Online" },
    { "mailgun.net", "Mailgun" },
    { "mailgun.org", "Mailgun" },
    { "sparkpostmail.com", "SparkPost" },
    { "sparkpostmail1.com", "SparkPost" },
    { "zoho.com", "Zoho" },
    { "zohomail.com", "Zoho" },
    { "zoho.eu", "Zoho" },
    { "zoho.jp", "Zoho" },
    { "yahoo.com", "Yahoo" },
    { "yahoodns.net", "Yahoo" },
    { "mtasv.net", "Postmark" },
    { "sendinblue.com", "Brevo (Sendinblue)" },
    { "sender-sib.com", "Brevo (Sendinblue)" },
    { "brevo.com", "Brevo (Sendinblue)" },
    { "mailjet.com", "Mailjet" },
    { "exacttarget.com", "Salesforce Marketing Cloud" },
    { "ccsend.com", "Constant Contact" },
    { "constantcontact.com", "Constant Contact" },
};

struct HeaderRule {
    const char *name; ///< header name, or a prefix when it ends in '-'
    const char *valueContains; ///< nullptr: any value
    const char *service;
};

constexpr HeaderRule headerRules[] = {
    { "X-SG-EID", nullptr, "SendGrid" },
    { "X-SG-ID", nullptr, "SendGrid" },
    { "X-SES-Outgoing", nullptr, "Amazon SES" },
    { "Feedback-ID", "AmazonSES", "Amazon SES" },
    { "X-MC-User", nullptr, "Mailchimp/Mandrill" },
    { "X-Mandrill-User", nullptr, "Mailchimp/Mandrill" },
    { "X-Gm-Message-State", nullptr, "Google (Gmail/Workspace)" },
    { "X-Google-Smtp-Source", nullptr, "Google (Gmail/Workspace)" },
    { "X-MS-Exchange-CrossTenant-FromEntityHeader", "Hosted", "Outlook.com/Exchange Online" },
    { "X-MS-Exchange-CrossTenant-AuthAs", "Internal", "Outlook.com/Exchange Online" },
    { "X-Mailgun-", nullptr, "Mailgun" },
    { "X-MSFBL", nullptr, "SparkPost" },
    { "X-ZohoMail", nullptr, "Zoho" },
    { "X-YMail-OSG", nullptr, "Yahoo" },
    { "X-Sonic-MF", nullptr, "Yahoo" },
    { "X-PM-Message-Id", nullptr, "Postmark" },
    { "X-Mailin-EID", nullptr, "Brevo (Sendinblue)" },
    { "X-MJ-Mid", nullptr, "Mailjet" },
    { "X-Mailjet-", nullptr, "Mailjet" },
    { "X-SFMC-Stack", nullptr, "Salesforce Marketing Cloud" },
    { "X-Roving-Id", nullptr, "Constant Contact" },
};

struct UnsubscribeRule {
    const char *contains;
    const char *service;
};

// Unsubscribe links point back at the service that sent the mailing.
constexpr UnsubscribeRule unsubscribeRules[] = {
    { "sendgrid.net", "SendGrid" },
    { "list-manage.com", "Mailchimp/Mandrill" },
    { "mandrillapp.com", "Mailchimp/Mandrill" },
    { "awstrack.me", "Amazon SES" },
    { "sparkpostmail.com", "SparkPost" },
    { "mailjet.com", "Mailjet" },
    { "sendibt", "Brevo (Sendinblue)" },
    { "mailgun", "Mailgun" },
    { "ccsend.com", "Constant Contact" },
    { "exacttarget.com", "Salesforce Marketing Cloud" },
};

bool hostHasSuffix(QStringView host, QLatin1StringView suffix)
{
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    if (!host.endsWith(suffix, Qt::CaseInsensitive))
        return false;
    return host.size() == suffix.size() || host.at(host.size() - suffix.size() - 1) == QLatin1Char('.');
}

const char *serviceOfHost(QStringView host)
{
    if (host.isEmpty())
        return nullptr;
    for (const HostRule &rule : hostRules) {
        if (hostHasSuffix(host, QLatin1StringView(rule.suffix)))
            return rule.service;
    }
    return nullptr;
}

class Collector
{
public:
    void add(const char *service, const QString &evidence)
    {
        const QString name = QString::fromLatin1(service);
        for (const ServiceMatch &known : m_matches) {
            if (known.service == name)
                return;
        }
        m_matches.append({ name, evidence });
    }
    QList<ServiceMatch> take() { return std::move(m_matches); }

private:
    QList<ServiceMatch> m_matches;
};

QString evidence(const char *text, const QString &value, int hop)
{
    return QCoreApplication::translate("ReceivedPath", text).arg(value).arg(hop + 1);
}

} // namespace

QList<ServiceMatch> recogniseSendingServices(const Message &message, const QList<ReceivedHop> &hops, int firstExternalHop)
{
    Collector found;
    const int last = firstExternalHop >= 0 ? std::min<int>(firstExternalHop, hops.size() - 1) : int(hops.size()) - 1;
    for (int i = 0; i <= last; ++i) {
        const ReceivedHop &hop = hops.at(i);
        if (const char *service = serviceOfHost(hop.from.name))
            found.add(service, evidence(QT_TRANSLATE_NOOP("ReceivedPath", "Received: from %1 (hop %2)"), hop.from.name, i));
        else if (const char *service = serviceOfHost(hop.from.helo))
            found.add(service, evidence(QT_TRANSLATE_NOOP("ReceivedPath", "Received: from HELO %1 (hop %2)"), hop.from.helo, i));
        // The last hop's "by" (the external hop's, or the newest one's) is the recipient's server.
        if (i < last) {
            if (const char *service = serviceOfHost(hop.by))
                found.add(service, evidence(QT_TRANSLATE_NOOP("ReceivedPath", "Received: by %1 (hop %2)"), hop.by, i));
        }
    }

    const qsizetype at = message.messageId.lastIndexOf(QLatin1Char('@'));
    if (at >= 0) {
        if (const char *service = serviceOfHost(QStringView(message.messageId).mid(at + 1)))
            found.add(service, QStringLiteral("Message-ID: <%1>").arg(message.messageId));
    }

    for (const HeaderField &field : message.headers) {
        for (const HeaderRule &rule : headerRules) {
            const QLatin1StringView name(rule.name);
            const bool matches = name.endsWith(QLatin1Char('-')) ? field.name.startsWith(name, Qt::CaseInsensitive)
                                                                 : field.name.compare(name, Qt::CaseInsensitive) == 0;
            if (matches && (!rule.valueContains || field.decodedValue.contains(QLatin1StringView(rule.valueContains), Qt::CaseInsensitive)))
                found.add(rule.service, QStringLiteral("%1: %2").arg(field.name, field.decodedValue.left(120)));
        }
        if (field.name.compare(QLatin1String("List-Unsubscribe"), Qt::CaseInsensitive) == 0) {
            for (const UnsubscribeRule &rule : unsubscribeRules) {
                if (field.decodedValue.contains(QLatin1StringView(rule.contains), Qt::CaseInsensitive))
                    found.add(rule.service, QStringLiteral("List-Unsubscribe: %1").arg(field.decodedValue.left(120)));
            }
        }
    }
    return found.take();
}

} // namespace shoal
