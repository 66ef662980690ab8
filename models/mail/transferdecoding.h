#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace shoal::mime {

/*!
 * \brief Content-Transfer-Encoding decoders as lenient as Python's email package and the mail
 * clients, where vmime's lose data.
 *
 * decodeBase64() skips characters outside the alphabet (line ends, spaces, stray punctuation),
 * stops at the first '=' (what follows padding is not data, as in Python), and keeps a final
 * group without its padding ("YWI" is "ab"; vmime dropped it, changing attachment hashes).
 *
 * decodeQuotedPrintable() follows RFC 2045 6.7: "=XX" (either case) is a byte, "=" at a line's
 * end (after optional transport padding) is a soft line break, trailing spaces and tabs of a
 * line are dropped, and an '=' not followed by two hex digits stays as it is (an unencoded
 * `href="x"` in a QP body; vmime turned it into '?' and lost the next byte). Line ends are kept.
 */
QByteArray decodeBase64(QByteArrayView encoded);
QByteArray decodeQuotedPrintable(QByteArrayView encoded);

} // namespace shoal::mime
