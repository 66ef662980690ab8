#pragma once

#include <QString>
#include <QStringView>

namespace shoal {

/// Where an IP address points: only Public addresses say anything about the sender's network.
enum class IpScope {
    None, ///< no address, or text that is not one
    Public,
    Private, ///< RFC 1918, IPv6 unique local fc00::/7
    Loopback, ///< 127/8, ::1
    LinkLocal, ///< 169.254/16, fe80::/10
    SharedCgnat, ///< 100.64/10 (RFC 6598, carrier-grade NAT)
    Reserved, ///< unspecified, multicast, documentation, benchmarking, 240/4...
};

/// The address written in `text` ("1.2.3.4", "[1.2.3.4]", "IPv6:2001:db8::1", "::ffff:1.2.3.4")
/// in canonical form, or empty when it is not an address.
QString canonicalIp(QStringView text);

/// The scope of the address written in `text`; IPv4-mapped IPv6 addresses are judged as IPv4.
IpScope ipScope(QStringView text);

/// "public", "private", "loopback", "link-local", "cgnat", "reserved" or "none".
QString ipScopeName(IpScope scope);

} // namespace shoal
