#pragma once

#include "mail/parsenote.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

/*!
 * \file
 * \brief Header text as the big mail clients show it: RFC 2047 encoded words, RFC 2231
 * parameters, and the rule-breaking forms Thunderbird and Gmail accept anyway.
 *
 * Every function takes any bytes and returns text; each repair or guess becomes a ParseNote that
 * names `where` ("Subject", "From name", "filename of part 3"...). Charsets go through
 * charset::decode, so Japanese is read as the clients read it (CP50220, CP932, EUC-JP).
 *
 * `fallbackCharset` is what unencoded 8-bit bytes are tried as after UTF-8 and before guessing
 * (typically the charset of the message's first text part, as Thunderbird does); leave it empty
 * when there is nothing to go by.
 */
namespace shoal::mime {

/// Unfolds a raw header value: removes every CR and LF, so that "CRLF WSP" folds become the
/// WSP alone. Bare CRs and LFs are removed too (a header value holds no line break).
QByteArray unfold(QByteArrayView raw);

/*!
 * \brief Decodes an unstructured header value (Subject, Comments, a display name already taken
 * out of its quotes) holding RFC 2047 encoded words.
 *
 * Leading and trailing spaces and tabs are trimmed (no other whitespace, so U+3000 stays).
 * Folds are unfolded first if present. Beyond RFC 2047, as the clients do:
 * - the decoded bytes of adjacent words in the same charset are joined before they become text,
 *   so a character split over two words (UTF-8, Shift_JIS, an ISO-2022-JP escape state) survives;
 * - words are found anywhere, also touching other text ("abc=?utf-8?B?...?=def") and in quotes;
 * - b/q in either case, '?' and spaces in Q text, missing base64 padding, base64 split across
 *   words at any point, "=?charset*lang?" (RFC 2231), words longer than 75 characters;
 * - unknown or wrong charsets are guessed; words without their closing "?=" stay as text;
 * - unencoded 8-bit text is read as ISO-2022-JP (escape sequences), UTF-8, `fallbackCharset` or
 *   a guess, in that order.
 * Runs in linear time in the size of `raw`.
 */
QString decodeHeaderText(QByteArrayView raw, ParseNotes &notes, const QString &where, QByteArrayView fallbackCharset = {});

/// Decodes an RFC 5322 phrase (the display name of an address, as written): quoted strings lose
/// their quotes and backslashes, then the text is decoded as decodeHeaderText does, encoded words
/// inside quotes included (as Thunderbird and Gmail decode them).
QString decodePhrase(QByteArrayView raw, ParseNotes &notes, const QString &where, QByteArrayView fallbackCharset = {});

/// One "name=value" of a MIME parameter list as it stands in the header, not yet decoded.
struct RawParameter {
    QByteArray name; ///< as written, with any RFC 2231 suffix ("filename*0*")
    QByteArray value; ///< quotes and backslash escapes removed, nothing decoded
    bool quoted = false;

    bool operator==(const RawParameter &) const = default;
};

/// Splits a parameter list ("; name=value; name*0*=...") into its parameters, in order. Lenient:
/// ';' inside quotes, unquoted values with spaces, a missing closing quote (noted), stray ';'.
/// Parameters without '=' are left out.
QList<RawParameter> splitParameters(QByteArrayView raw, ParseNotes &notes, const QString &where);

/*!
 * \brief Decodes parameter `name` (case-insensitive, without any '*' suffix) out of `parameters`.
 *
 * RFC 2231 wins over a plain value, as in Thunderbird: continuations name*0*, name*1, ... are
 * put in numeric order (gaps and duplicates noted), the charset'language' of section 0 applies
 * to the joined %XX-decoded bytes of all extended sections; an extended value without a
 * charset is read as UTF-8, `fallbackCharset` or a guess. A plain value is decoded as
 * decodeHeaderText does, so RFC 2047 words in a quoted filename and raw 8-bit names work.
 * Returns a null QString when the parameter is absent.
 */
QString decodeParameterValue(const QList<RawParameter> &parameters, QByteArrayView name, ParseNotes &notes, const QString &where,
    QByteArrayView fallbackCharset = {});

/// A decoded MIME parameter; `name` is lower case, without RFC 2231 suffixes.
struct Parameter {
    QString name;
    QString value;

    bool operator==(const Parameter &) const = default;
};

/// A structured header such as Content-Type or Content-Disposition: its value and parameters.
struct ParameterizedValue {
    QString value; ///< what precedes the first ';', trimmed, as written ("text/plain")
    QList<Parameter> parameters; ///< one per distinct name, in order of first appearance

    /// The parameter's value (name case-insensitive); a null QString when absent.
    QString parameter(QStringView name) const;
};

/// Parses and decodes a whole Content-Type / Content-Disposition value, e.g.
/// `attachment; filename*0*=iso-2022-jp''%1B%24B...; filename*1*=...`. `where` names the
/// header ("Content-Disposition of part 2").
ParameterizedValue parseParameterizedValue(
    QByteArrayView raw, ParseNotes &notes, const QString &where, QByteArrayView fallbackCharset = {});

} // namespace shoal::mime
