#pragma once

#include <QString>
#include <QStringView>

namespace shoal {

/*!
 * \brief The registrable domain ("eTLD+1") of `host` by the Public Suffix List (libpsl's
 * built-in list): "a.b.example.co.jp" -> "example.co.jp", "a.foo.github.io" -> "foo.github.io"
 * (github.io is a suffix of the list's private section).
 *
 * The answer keeps the form of the input (a Unicode host gives a Unicode answer, an xn-- host an
 * xn-- one), lower case, without a trailing dot. Empty for an IP address, for a host that is
 * itself a public suffix ("co.jp") and for something that is not a host name. Unknown
 * top-level labels follow the list's "*" rule ("a.b.corp.internal" -> "corp.internal").
 */
QString registrableDomain(const QString &host);

/// `domain` in lower case with its xn-- labels decoded to Unicode (UTS #46); a label that is not
/// valid punycode stays as it was.
QString domainToUnicode(QStringView domain);

/// `domain` in lower case with its non-ASCII labels encoded as xn-- (UTS #46, non-transitional);
/// a label that cannot be encoded stays as it was.
QString domainToAscii(QStringView domain);

namespace hostnames {

/// True when `domain` (lower case, Unicode or ASCII form) looks like a DNS name: two labels or
/// more, sane label lengths and characters, and a top-level label the Public Suffix List knows
/// explicitly (so "invoice.pdf" and "setup.exe" are not domains, "example.zip" is).
bool hasKnownSuffix(QStringView domain);

/// The dotted-quad IPv4 address written in `text`, canonical (no leading zeros), or empty.
/// Exactly four decimal parts of at most three digits, each at most 255.
QString canonicalIpv4(QStringView text);

/// The IPv6 address written in `text` in its RFC 5952 form (lower case, "::" compression), or
/// empty. "::" alone (the unspecified address) is refused as noise.
QString canonicalIpv6(QStringView text);

/// True for a canonical address that never leaves the machine or the link: loopback
/// (127.0.0.0/8, ::1), link-local (169.254.0.0/16, fe80::/10) and 0.0.0.0. Not indicators.
bool isLocalOnly(QStringView canonical);

/// A URL host read the way browsers read it (WHATWG): "0x7f.1", "3232235777" and "0300.0250.1.1"
/// are IPv4 addresses. Returns the canonical dotted quad, or empty when `host` is not numeric.
QString urlHostIpv4(QStringView host);

} // namespace hostnames
} // namespace shoal
