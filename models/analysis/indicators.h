#pragma once

#include "analysis/hostnames.h"
#include "mail/message.h"
#include "mail/parsenote.h"

#include <QList>
#include <QString>

namespace shoal {

/// One indicator of compromise read out of a message.
struct Indicator {
    enum class Kind { Url, Domain, Ip, Email };

    Kind kind = Kind::Url;
    /// Normalised: URLs as found (refanged, trailing punctuation trimmed); domains lower case
    /// with xn-- labels decoded to Unicode; IPs canonical (dotted quad, RFC 5952); e-mail
    /// addresses with the domain part normalised like a domain.
    QString value;
    /// Where it was first seen: "header:From", "body:text", "body:html" or "attachment-name".
    QString where;
    /// Domains and e-mail addresses with an IDN: the same in ASCII (xn--) form. Empty otherwise.
    QString asciiValue;

    bool operator==(const Indicator &) const = default;
};

/// "url", "domain", "ip" or "email": stable names for storage and export.
QString kindName(Indicator::Kind kind);

/*!
 * \brief Finds the URLs, domains, IP addresses and e-mail addresses of a message: in its headers,
 * its text and HTML bodies and its attachments' names. De-duplicated per (kind, value), in the
 * order first seen (headers, then bodies, then attachment names).
 *
 * Domains come from URL hosts and e-mail addresses everywhere, and as bare tokens only from the
 * Received and Message-ID headers and from defanged text ("evil[.]com"); every domain needs a
 * top-level label the Public Suffix List knows. Defanged URLs ("hxxp://", "[.]") are refanged.
 *
 * Bounded for hostile input: the first 2 MB of each body are scanned, HTML nested too deeply for
 * the HTML parser is read by a flat attribute scan instead, and at most 5,000 indicators are
 * kept. When a bound cuts something and `notes` is given, a note says so.
 */
QList<Indicator> extractIndicators(const Message &message, ParseNotes *notes = nullptr);

/// The defanged form analysts paste into reports: "hxxps://evil[.]com/x", "evil[.]co[.]jp",
/// "user[@]evil[.]com", "192.0.2[.]1". The dots before the public-suffix labels become "[.]".
/// IPv6 addresses are returned unchanged.
QString defang(const QString &value, Indicator::Kind kind);

/// Undoes common defanging: hxxp/hXXp/hxxps -> http(s), fxp -> ftp, "[.]" "(.)" "{.}" "[dot]"
/// -> ".", "[:]" -> ":", "[://]" -> "://", "[@]" "(@)" "[at]" -> "@", "[/]" -> "/".
QString refang(const QString &value);

} // namespace shoal
