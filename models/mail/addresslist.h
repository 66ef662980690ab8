#pragma once

#include "mail/message.h"
#include "mail/parsenote.h"

#include <QByteArrayView>

namespace shoal::mime {

/*!
 * \brief Reads an address-list header value (From, To, Cc, Reply-To...) leniently, as mail
 * clients do: display names quoted or not, with RFC 2047 words (also inside quotes), comments,
 * groups ("undisclosed-recipients:;"), source routes, unbalanced quotes and brackets, and the old
 * "address (Name)" form. Display names are decoded; addresses are kept as written, trimmed,
 * except for the folding white space the obsolete syntax allows around '@' and '.'. A mailbox
 * with neither angle brackets nor an '@' outside quotes is a display name with no address.
 */
QList<MailAddress> parseAddressList(QByteArrayView raw, ParseNotes &notes, const QString &where);

/// The address inside an angle-address or bare addr-spec ("<a@b>" -> "a@b"), for Return-Path,
/// Message-ID and the like.
QString stripAngles(QByteArrayView raw);

} // namespace shoal::mime
