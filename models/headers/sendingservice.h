#pragma once

#include <QList>
#include <QString>

namespace shoal {

struct Message;
struct ReceivedHop;

/// A bulk-mail or mailbox service that handled the message on the sender's side.
struct ServiceMatch {
    QString service; ///< e.g. "SendGrid", "Amazon SES", "Google (Gmail/Workspace)"
    QString evidence; ///< what gave it away, e.g. "Received: from so254-55.mailgun.net (hop 2)"

    bool operator==(const ServiceMatch &) const = default;
};

/*!
 * \brief Recognises the sending service by the sender-side hop hosts and by the headers such
 * services stamp (X-SG-EID, X-SES-Outgoing, X-Mailgun-*, Feedback-ID, List-Unsubscribe...).
 *
 * Only the sender's side counts: the hosts of the hops up to the first external hop
 * (`firstExternalHop`, -1 to take every hop's connecting host). Headers that the *receiving*
 * side adds are deliberately not used: honeypot and corporate mailboxes on Exchange Online stamp
 * X-MS-Exchange-* on every incoming message, so only the X-MS-Exchange-CrossTenant values that
 * an Exchange Online sender writes (FromEntityHeader "Hosted", AuthAs "Internal") count.
 * One match per service, the first evidence found.
 */
QList<ServiceMatch> recogniseSendingServices(const Message &message, const QList<ReceivedHop> &hops, int firstExternalHop);

} // namespace shoal
