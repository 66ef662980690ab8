#pragma once

#include "mail/message.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace shoal {

/// True when the bytes are an OLE2 compound file (D0 CF 11 E0 A1 B1 1A E1), the container of
/// Outlook .msg files (and of .doc, .xls...: reading tells them apart).
bool looksLikeOutlookMsg(QByteArrayView bytes);

/*!
 * \brief Reads an Outlook .msg (MS-OXMSG) into a Message with format Message::Format::Msg.
 *
 * Subject, sender (SMTP address preferred over Exchange DNs), recipients, dates, message id and
 * the transport headers come from the MAPI properties; the text body from PR_BODY, the HTML body
 * from PR_HTML, and when either is missing, from the compressed RTF body (de-encapsulated HTML
 * when the RTF carries it, else its text). ANSI strings are decoded with the message's code page
 * (PR_MESSAGE_CODEPAGE, else PR_INTERNET_CPID or the locale). Attachments keep their bytes;
 * embedded Outlook items are read recursively (16 levels at most) and put into
 * Message::embedded as RFC 5322 renderings, attached .msg and .eml files as they are.
 *
 * On a damaged file the result holds what could be read and the notes say what was repaired or
 * lost; std::nullopt with `*error` set means nothing could be read (not a compound file, or a
 * compound file that is no Outlook item).
 */
std::optional<Message> readOutlookMsg(const QByteArray &bytes, QString *error);

} // namespace shoal
