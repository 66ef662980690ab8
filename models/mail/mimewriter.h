#pragma once

#include "mail/message.h"

#include <QByteArray>

namespace shoal::msg {

/*!
 * \brief Writes a message read from an Outlook item as RFC 5322 text, so that an item embedded
 * in a .msg can become a sample of its own and go through the .eml parser.
 *
 * The header is the item's own transport header when it has one (without its MIME fields),
 * else one made from the properties (From, To, Cc, Reply-To, Subject, Date, Message-ID). The
 * bodies become text/plain and text/html in UTF-8, the attachments base64 parts, and the items
 * embedded in this one (origin "embedded Outlook item ...") message/rfc822 parts. The output is
 * deterministic: the same message gives the same bytes.
 */
QByteArray renderAsMime(const Message &message);

/// The header fields renderAsMime writes for `message`, CRLF-terminated, without MIME-Version
/// and Content-Type: for wrapping a MIME entity of the item (S/MIME content) as a message.
QByteArray renderHeaders(const Message &message);

} // namespace shoal::msg
