#pragma once

#include <QByteArrayView>
#include <QString>

namespace shoal::charset {

struct Iso2022JpResult {
    QString text;
    int errors = 0; ///< bytes that are not ISO-2022-JP, each decoded as U+FFFD
};

/*!
 * \brief Decodes ISO-2022-JP as Windows mail clients do (code page 50220 and its siblings).
 *
 * Beyond RFC 1468: half-width katakana (ESC ( I, and SO/SI as in CP50221), the NEC special
 * characters of row 13 (①, ㈱, ㍻...) and the NEC-selected IBM extensions of rows 89-92, which
 * CP932 carries; JIS X 0212 (ESC $ ( D) via EUC-JP. Line ends inside a two-byte run are kept as
 * they are, since many senders forget to switch back to ASCII before them.
 */
Iso2022JpResult decodeIso2022Jp(QByteArrayView bytes);

} // namespace shoal::charset
