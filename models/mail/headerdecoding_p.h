#pragma once

// Internal to headerdecoding.cpp, headerparameters.cpp and headerbytes.cpp: turning header bytes into text with
// a bounded amount of guessing, and the notes that go with it.

#include "mail/charset.h"
#include "mail/parsenote.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace shoal::mime::detail {

/// Decodes the byte runs of one header value. Guessing (uchardet) is expensive, and a hostile
/// header can hold a hundred thousand words in unknown charsets: past kMaxGuesses the bytes are
/// read as UTF-8 with replacement characters instead.
class ByteDecoder
{
public:
    ByteDecoder(ParseNotes &notes, const QString &where, QByteArrayView fallbackCharset)
        : m_notes(notes), m_where(where), m_fallback(fallbackCharset)
    {
    }

    /// Bytes that name their charset (an encoded word, an RFC 2231 value).
    QString labelled(QByteArrayView bytes, QByteArrayView label);

    /// Bytes with no charset of their own (raw 8-bit header text, an RFC 2231 value with an
    /// empty charset). The charset is chosen once per decoder from `sample` (the whole value:
    /// more text makes a better guess), then applied to every run.
    QString unlabelled(QByteArrayView bytes, QByteArrayView sample);

    /// Adds a note once per decoder (a header of 10,000 broken words gives one note per kind).
    void note(ParseNote::Severity severity, const char *code, const QString &what);

private:
    charset::Decoded guess(QByteArrayView bytes, QByteArrayView label);
    QByteArray chooseUnlabelledCharset(QByteArrayView sample);

    static constexpr int kMaxGuesses = 8;
    static constexpr int kMaxNoteKinds = 16;

    ParseNotes &m_notes;
    const QString &m_where;
    QByteArrayView m_fallback;
    QByteArray m_unlabelledCharset;
    int m_guesses = 0;
    const char *m_noted[kMaxNoteKinds] = {};
    int m_notedCount = 0;
};

inline bool isWsp(char c)
{
    return c == ' ' || c == '\t';
}

inline int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}

/// True when every byte is printable-or-control ASCII and none is ESC (which would start an
/// ISO-2022-JP sequence): such bytes are their own text.
bool isPlainAscii(QByteArrayView bytes);

} // namespace shoal::mime::detail
