#pragma once

#include "mail/message.h"

#include <QByteArray>

namespace shoal::mime {

/// Bounds that keep a hostile message from taking unbounded time, stack or memory.
struct ParseLimits {
    int maxParts = 10000; ///< parts beyond are not read (noted)
    int maxDepth = 200; ///< multipart nesting beyond is cut (noted)
    qint64 maxTextBytes = 32 * 1024 * 1024; ///< decoded text bodies are truncated beyond (noted)
};

/*!
 * \brief Parses an RFC 5322 / MIME message (an .eml) into a Message.
 *
 * vmime reads the structure, from a copy repaired where it misreads delimiters (mimerepair.h);
 * base64 and quoted-printable are undone by Shoal (transferdecoding.h), other encodings by
 * vmime; header text, addresses, dates and charsets are decoded by Shoal's own lenient readers
 * so that Japanese mail decodes as the big clients decode it. Never throws: whatever cannot be
 * read becomes a ParseNote and the rest is still returned. A UTF-8 BOM and a leading mbox
 * "From " line are accepted (noted).
 */
Message parseMessage(const QByteArray &raw, const ParseLimits &limits = {});

} // namespace shoal::mime
