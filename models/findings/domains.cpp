#include "analysis/hostnames.h"
#include "findings/domains_p.h"

namespace shoal::findings {

QString addressDomain(QStringView address)
{
    QStringView text = address.trimmed();
    while (text.endsWith(QLatin1Char('>')) || text.endsWith(QLatin1Char('.')))
        text.chop(1);
    const qsizetype at = text.lastIndexOf(QLatin1Char('@'));
    if (at < 0 || at + 1 >= text.size())
        return {};
    return domainToUnicode(text.mid(at + 1));
}

QString siteOf(QStringView domain)
{
    if (domain.isEmpty())
        return {};
    const QString unicode = domainToUnicode(domain);
    const QString site = registrableDomain(unicode);
    return site.isEmpty() ? unicode : site;
}

QString mailboxText(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return address;
    return QStringLiteral("\"%1\" <%2>").arg(name, address);
}

} // namespace shoal::findings
