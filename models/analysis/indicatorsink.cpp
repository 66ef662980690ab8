#include "analysis/indicatorsink.h"

#include <QByteArray>

namespace shoal::analysis {

QString urlHost(QStringView url)
{
    qsizetype start = 0;
    const qsizetype separator = url.indexOf(QLatin1String("://"));
    if (separator > 0 && separator <= 10)
        start = separator + 3;
    else if (url.startsWith(QLatin1String("//")))
        start = 2;
    qsizetype end = start;
    while (end < url.size() && !QStringView(u"/?#\\").contains(url[end]))
        ++end;
    QStringView host = url.mid(start, end - start);
    const qsizetype at = host.lastIndexOf(QLatin1Char('@'));
    if (at >= 0)
        host = host.mid(at + 1);
    if (host.startsWith(QLatin1Char('['))) {
        const qsizetype close = host.indexOf(QLatin1Char(']'));
        return close < 0 ? QString() : host.left(close + 1).toString();
    }
    const qsizetype colon = host.indexOf(QLatin1Char(':'));
    if (colon >= 0)
        host = host.left(colon);
    QString decoded = host.contains(QLatin1Char('%')) ? QString::fromUtf8(QByteArray::fromPercentEncoding(host.toUtf8())) : host.toString();
    while (decoded.endsWith(QLatin1Char('.')))
        decoded.chop(1);
    return decoded;
}

IndicatorSink::IndicatorSink(int limit) : m_limit(limit)
{
}

bool IndicatorSink::addUrl(const QString &url, bool needsKnownHost)
{
    const QString host = urlHost(url);
    if (host.isEmpty())
        return false;
    QString ip;
    QString domain;
    if (host.startsWith(QLatin1Char('[')))
        ip = hostnames::canonicalIpv6(QStringView(host).mid(1, host.size() - 2));
    else
        ip = hostnames::urlHostIpv4(host);
    if (ip.isEmpty() && !host.startsWith(QLatin1Char('['))) {
        domain = domainToUnicode(host);
        if (!hostnames::hasKnownSuffix(domain))
            domain.clear();
    }
    if (needsKnownHost && ip.isEmpty() && domain.isEmpty())
        return false;
    if (!add(Indicator::Kind::Url, url, {}))
        return false;
    if (!ip.isEmpty())
        addIp(ip);
    else if (!domain.isEmpty())
        addDomain(domain);
    return true;
}

bool IndicatorSink::addEmail(QStringView local, QStringView domain)
{
    QString unicode;
    QString ascii;
    if (local.isEmpty() || !normaliseDomain(domain, &unicode, &ascii))
        return false;
    if (!add(Indicator::Kind::Email, local + QLatin1Char('@') + unicode, ascii.isEmpty() ? QString() : local + QLatin1Char('@') + ascii))
        return false;
    add(Indicator::Kind::Domain, unicode, ascii);
    return true;
}

bool IndicatorSink::addDomain(QStringView domain)
{
    QString unicode;
    QString ascii;
    return normaliseDomain(domain, &unicode, &ascii) && add(Indicator::Kind::Domain, unicode, ascii);
}

bool IndicatorSink::normaliseDomain(QStringView domain, QString *unicode, QString *ascii)
{
    while (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    *unicode = domainToUnicode(domain);
    if (!hostnames::hasKnownSuffix(*unicode))
        return false;
    *ascii = domainToAscii(*unicode);
    if (*ascii == *unicode)
        ascii->clear();
    return true;
}

bool IndicatorSink::addIp(const QString &canonical)
{
    return !canonical.isEmpty() && !hostnames::isLocalOnly(canonical) && add(Indicator::Kind::Ip, canonical, {});
}

QList<Indicator> IndicatorSink::take()
{
    m_seen.clear();
    return std::exchange(m_found, {});
}

bool IndicatorSink::add(Indicator::Kind kind, const QString &value, const QString &asciiValue)
{
    // One key space for all kinds: the kind's number in front of the value.
    const QString key = QChar(u'0' + int(kind)) + value;
    if (m_seen.contains(key))
        return true;
    if (m_found.size() >= m_limit) {
        m_truncated = true;
        return false;
    }
    m_seen.insert(key);
    m_found.append(Indicator { kind, value, m_where, asciiValue });
    return true;
}

} // namespace shoal::analysis
