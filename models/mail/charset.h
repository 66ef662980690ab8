#pragma once

#include "mail/parsenote.h"

#include <QByteArrayView>
#include <QString>

namespace shoal::charset {

/// The outcome of decoding bytes to text.
struct Decoded {
    QString text;
    QString charset; ///< the charset actually used, lower case (e.g. "cp932")
    bool guessed = false; ///< the declared charset was missing or wrong and `charset` is a guess
    bool lossy = false; ///< some bytes could not be decoded and became U+FFFD
};

/*!
 * \brief Decodes bytes that claim to be in `declared` (a MIME charset name, possibly empty or
 * bogus) the way the big mail clients do.
 *
 * Japanese follows the clients, not the letter of the registrations: ISO-2022-JP is read with
 * the CP50220 extensions (half-width katakana, NEC and IBM extended characters), Shift_JIS as
 * CP932, EUC-JP with its CP51932 extensions. Bytes with no declared charset, an unknown one, or
 * one they do not fit are guessed (uchardet) and the result says so.
 */
Decoded decode(QByteArrayView bytes, QByteArrayView declared);

/// Decodes with exactly this charset; `ok` is false when the name is unknown or the bytes do not
/// fit it. Never guesses.
QString decodeStrict(QByteArrayView bytes, QByteArrayView charsetName, bool *ok);

/// Canonical lower-case name for a MIME charset label ("Shift_JIS" -> "cp932",
/// "x-sjis" -> "cp932", "utf8" -> "utf-8"); empty when unknown.
QString canonicalName(QByteArrayView label);

/// Adds a note to `notes` when `decoded` was guessed or lossy; `where` names the part or header.
void noteDecoding(const Decoded &decoded, QByteArrayView declared, const QString &where, ParseNotes &notes);

} // namespace shoal::charset
