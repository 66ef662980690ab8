#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace shoal {

struct Message;

/*!
 * \brief One verdict of an authentication check (SPF, DKIM, DMARC, ARC...) as a header
 * reported it, with where that header stands.
 *
 * A verdict is only as trustworthy as the server that wrote it: look at `authservId` and at how
 * many Received headers stand below the header (verdicts below the recipient's own border were
 * written by, or could be forged by, the sender).
 */
struct AuthResult {
    QString method; ///< lower case: "spf", "dkim", "dmarc", "arc", "compauth", "iprev"...
    QString result; ///< lower case as written: "pass", "fail", "softfail", "none", "bestguesspass"...
    QString reason; ///< the reason= value, unquoted
    QString comment; ///< the comments that followed, e.g. "sender IP is 198.61.254.55"
    /// ptype.property=value pairs in order ("smtp.mailfrom", "header.d", "header.from", "header.i"),
    /// the keys lower case; for Received-SPF the key=value pairs ("client-ip", "envelope-from").
    QList<QPair<QString, QString>> properties;

    QString sourceHeader; ///< "Authentication-Results", "ARC-Authentication-Results" or "Received-SPF"
    int headerIndex = -1; ///< index into Message::headers (top first)
    int receivedBelow = 0; ///< how many Received headers stand below that header
    QString authservId; ///< who wrote it (for Received-SPF the receiver, e.g. "google.com")
    int arcInstance = 0; ///< the i= of an ARC-Authentication-Results header, else 0

    /// The value of property `key` (case-insensitive), empty when absent.
    QString property(QStringView key) const;
};

/// Reads one Authentication-Results or ARC-Authentication-Results value (RFC 8601), leniently:
/// Microsoft's header without an authserv-id, comments anywhere, missing semicolons between
/// results. `sourceHeader` names the header in the results.
QList<AuthResult> parseAuthenticationResults(const QString &value, const QString &sourceHeader);

/// Reads one Received-SPF value (RFC 7208 §9.1): "Pass (comment) client-ip=...; helo=...".
AuthResult parseReceivedSpf(const QString &value);

/// Every verdict in the message's headers, top header first, in each header's own order.
QList<AuthResult> collectAuthResults(const Message &message);

} // namespace shoal
