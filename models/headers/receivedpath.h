#pragma once

#include "headers/ipscope.h"
#include "headers/sendingservice.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace shoal {

struct Message;

/// The connecting side of a hop as the receiving server wrote it.
struct HopEndpoint {
    QString name; ///< the reverse-DNS name the receiver looked up ("unknown" when it found none)
    QString helo; ///< the name the client gave in HELO/EHLO (the client chooses it: forgeable)
    QString ip; ///< canonical form, empty when none was written
    IpScope ipScope = IpScope::None;
};

/*!
 * \brief One Received header read as a hop: "from X by Y with Z id I for F; date".
 *
 * Fields hold what the header says, not what is true: every hop below the first one written by a
 * server the recipient trusts can be forged by the sender.
 */
struct ReceivedHop {
    HopEndpoint from;
    QString by; ///< the receiving host
    QString with; ///< the protocol, e.g. "ESMTPS" or "Microsoft SMTP Server"
    QString id;
    QString forAddress; ///< the recipient, without angle brackets
    QDateTime time; ///< UTC; invalid when the date after the last ';' is missing or unreadable
    QString raw; ///< the header value as given

    /// Seconds since the previous (older) hop; unknown for the first hop and whenever either time
    /// is missing. Negative when the clocks disagree: kept negative, never wrapped.
    std::optional<qint64> delaySeconds;
    bool clockSkew = false; ///< delaySeconds < 0
    /// delaySeconds / ReceivedPath::totalDelaySeconds, for known non-negative delays.
    std::optional<double> share;
};

/*!
 * \brief The path of a message read from its Received headers, oldest hop first.
 *
 * The bottom Received header is the first hop. The sender's IP is the "first external hop": the
 * oldest hop whose connecting IP is public (private, loopback, link-local, CGNAT and reserved
 * addresses are the sender's own network or a test setup).
 */
struct ReceivedPath {
    QList<ReceivedHop> hops; ///< oldest first
    int firstExternalHop = -1; ///< index into hops, -1 when no hop has a public from-IP
    /// The sum of the known non-negative delays (clock skews left out), 0 when none is known.
    qint64 totalDelaySeconds = 0;
    QList<ServiceMatch> services; ///< the sending services recognised, first found first

    int dateReferenceHop = -1; ///< the oldest hop with a time, -1 when none has one
    /// The Date header minus the reference hop's time (seconds), when both are known.
    std::optional<qint64> dateSkewSeconds;
    bool dateMismatch = false; ///< |dateSkewSeconds| > the threshold

    /// The hop holding the sender's IP, or nullptr.
    const ReceivedHop *firstExternal() const { return firstExternalHop >= 0 ? &hops.at(firstExternalHop) : nullptr; }
};

/// Reads one Received header value. Lenient: clauses may be missing or out of order, comments
/// nest; what cannot be read stays empty.
ReceivedHop parseReceivedHop(const QString &value);

/// Default for analyseReceivedPath(): a Date two hours away from the first hop is suspicious
/// (clients with a wrong clock or zone do it too, so this is a hint, not proof).
inline constexpr qint64 defaultDateThresholdSeconds = 2 * 3600;

/// The whole path of `message` (Message::received, top first), with delays, the first external
/// hop, the sending services and the Date check.
ReceivedPath analyseReceivedPath(const Message &message, qint64 dateThresholdSeconds = defaultDateThresholdSeconds);

/// "3 h 05 min", "-42 s", "2 d 1 h": a signed duration for people.
QString formatDuration(qint64 seconds);

} // namespace shoal
