#pragma once

#include "mail/message.h"
#include "mail/parsenote.h"

#include <QList>
#include <QString>

namespace shoal::msg {

/*!
 * \brief Splits an Internet header block, as Outlook keeps it in PR_TRANSPORT_MESSAGE_HEADERS,
 * into fields in their order, unfolding continuation lines and decoding the values as header
 * text (RFC 2047 words, as mime::decodeHeaderText reads them).
 *
 * Stops at the first empty line (some stores keep a bit of the body after it). A line that is
 * neither a field nor a continuation is skipped and counted in `*skipped`.
 */
QList<HeaderField> parseHeaderBlock(const QString &block, ParseNotes &notes, int *skipped = nullptr);

} // namespace shoal::msg
