#include "headers/ipscope.h"

#include <QByteArray>

#include <arpa/inet.h>
#include <array>
#include <cstring>

namespace shoal {
namespace {

struct Parsed {
    bool v4 = false;
    bool v6 = false;
    std::array<unsigned char, 16> bytes {};
};

// Strips what mail software writes around an address: "[...]", "IPv6:", a zone "%eth0".
QByteArray bareAddress(QStringView text)
{
    QStringView t = text.trimmed();
    if (t.startsWith(QLatin1Char('[')) && t.endsWith(QLatin1Char(']')))
        t = t.mid(1, t.size() - 2).trimmed();
    if (t.startsWith(QLatin1String("IPv6:"), Qt::CaseInsensitive))
        t = t.mid(5);
    const qsizetype zone = t.indexOf(QLatin1Char('%'));
    if (zone >= 0)
        t = t.left(zone);
    if (t.isEmpty() || t.size() > 45)
        return {};
    return t.toLatin1();
}

Parsed parse(QStringView text)
{
    Parsed parsed;
    const QByteArray bare = bareAddress(text);
    if (bare.isEmpty())
        return parsed;
    if (inet_pton(AF_INET, bare.constData(), parsed.bytes.data()) == 1)
        parsed.v4 = true;
    else if (inet_pton(AF_INET6, bare.constData(), parsed.bytes.data()) == 1)
        parsed.v6 = true;
    return parsed;
}

IpScope v4Scope(const unsigned char *a)
{
    const unsigned b0 = a[0], b1 = a[1], b2 = a[2];
    if (b0 == 10 || (b0 == 172 && (b1 & 0xF0) == 16) || (b0 == 192 && b1 == 168))
        return IpScope::Private;
    if (b0 == 127)
        return IpScope::Loopback;
    if (b0 == 169 && b1 == 254)
        return IpScope::LinkLocal;
    if (b0 == 100 && (b1 & 0xC0) == 64)
        return IpScope::SharedCgnat;
    // 0/8, IETF 192.0.0/24, the three documentation nets, benchmarking 198.18/15, multicast and
    // 240/4 (which includes the broadcast address).
    if (b0 == 0 || b0 >= 224 || (b0 == 192 && b1 == 0 && (b2 == 0 || b2 == 2)) || (b0 == 198 && b1 == 51 && b2 == 100)
        || (b0 == 203 && b1 == 0 && b2 == 113) || (b0 == 198 && (b1 & 0xFE) == 18))
        return IpScope::Reserved;
    return IpScope::Public;
}

IpScope v6Scope(const unsigned char *a)
{
    static const unsigned char mappedPrefix[12] = { 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xFF, 0xFF };
    static const unsigned char nat64Prefix[12] = { 0, 0x64, 0xFF, 0x9B, 0, 0, 0, 0, 0, 0, 0, 0 };
    if (std::memcmp(a, mappedPrefix, 12) == 0 || std::memcmp(a, nat64Prefix, 12) == 0)
        return v4Scope(a + 12);
    bool zeroPrefix = true;
    for (int i = 0; i < 15; ++i)
        zeroPrefix = zeroPrefix && a[i] == 0;
    if (zeroPrefix)
        return a[15] == 1 ? IpScope::Loopback : IpScope::Reserved;
    if ((a[0] & 0xFE) == 0xFC)
        return IpScope::Private;
    if (a[0] == 0xFE && (a[1] & 0xC0) == 0x80)
        return IpScope::LinkLocal;
    if (a[0] == 0xFE && (a[1] & 0xC0) == 0xC0) // deprecated site-local, used like private space
        return IpScope::Private;
    if (a[0] == 0x20 && a[1] == 0x01 && a[2] == 0x0D && a[3] == 0xB8) // documentation
        return IpScope::Reserved;
    // Global unicast is 2000::/3; everything else (multicast ff00::/8 included) is not routed.
    return (a[0] & 0xE0) == 0x20 ? IpScope::Public : IpScope::Reserved;
}

} // namespace

QString canonicalIp(QStringView text)
{
    const Parsed parsed = parse(text);
    if (!parsed.v4 && !parsed.v6)
        return {};
    char buffer[INET6_ADDRSTRLEN] = {};
    if (!inet_ntop(parsed.v4 ? AF_INET : AF_INET6, parsed.bytes.data(), buffer, sizeof buffer))
        return {};
    return QString::fromLatin1(buffer);
}

IpScope ipScope(QStringView text)
{
    const Parsed parsed = parse(text);
    if (parsed.v4)
        return v4Scope(parsed.bytes.data());
    if (parsed.v6)
        return v6Scope(parsed.bytes.data());
    return IpScope::None;
}

QString ipScopeName(IpScope scope)
{
    switch (scope) {
    case IpScope::None:
        return QStringLiteral("none");
    case IpScope::Public:
        return QStringLiteral("public");
    case IpScope::Private:
        return QStringLiteral("private");
    case IpScope::Loopback:
        return QStringLiteral("loopback");
    case IpScope::LinkLocal:
        return QStringLiteral("link-local");
    case IpScope::SharedCgnat:
        return QStringLiteral("cgnat");
    case IpScope::Reserved:
        return QStringLiteral("reserved");
    }
    return {};
}

} // namespace shoal
