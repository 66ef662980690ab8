#include "mail/headerdecoding.h"

#include "mail/charset.h"
#include "mail/headerdecoding_p.h"

#include <algorithm>
#include <cstring>

namespace shoal::mime {

namespace {

using detail::hexValue;
using detail::isWsp;
using Severity = ParseNote::Severity;

// RFC 2047 allows 75; real mail has longer words, which clients decode all the same.
constexpr qsizetype kMaxStandardWordLength = 75;
// Charset names are short; a long run of token characters after "=?" is text, not a word.
constexpr qsizetype kMaxCharsetLength = 64;

int base64Value(unsigned char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

bool isCharsetByte(unsigned char c)
{
    // Thunderbird's especials, except '.' and '/' which real charset names carry (ANSI_X3.4-1968).
    return c > ' ' && c < 0x7f && !std::strchr("()<>@,;:\"[]?=\\", c);
}

// Finds the next occurrence of a two-byte marker at or after a position. Positions asked for
// never go backwards by much, so remembering the last answer keeps the whole scan linear even
// when a 5 MB header holds "=?" everywhere and "?=" nowhere.
class MarkerFinder
{
public:
    MarkerFinder(QByteArrayView text, const char *marker) : m_text(text), m_marker(marker) { }

    qsizetype from(qsizetype pos)
    {
        if (pos < m_searchedFrom || pos > m_found)
            m_found = search(pos);
        m_searchedFrom = pos;
        return m_found;
    }

private:
    // memchr rather than indexOf: a substring search (memmem) may look at the whole rest of the
    // text on every call (sanitizers' interceptors do), which makes the scan quadratic.
    qsizetype search(qsizetype pos) const
    {
        const char *data = m_text.data();
        const qsizetype size = m_text.size();
        while (pos + 1 < size) {
            const void *hit = std::memchr(data + pos, m_marker[0], size_t(size - 1 - pos));
            if (!hit)
                break;
            const qsizetype at = static_cast<const char *>(hit) - data;
            if (data[at + 1] == m_marker[1])
                return at;
            pos = at + 1;
        }
        return size;
    }

    QByteArrayView m_text;
    const char *m_marker;
    qsizetype m_searchedFrom = -1;
    qsizetype m_found = -1;
};

struct EncodedWord {
    QByteArrayView charset; ///< without an RFC 2231 "*language"
    char encoding = 0; ///< 'B' or 'Q'
    QByteArrayView payload;
    qsizetype end = 0; ///< just after "?="
};

class TextDecoder
{
public:
    TextDecoder(QByteArrayView raw, ParseNotes &notes, const QString &where, QByteArrayView fallback)
        : m_raw(raw), m_bytes(notes, where, fallback), m_opens(raw, "=?"), m_closes(raw, "?=")
    {
    }

    QString run();

private:
    enum class Parse { Word, NotAWord, Truncated };
    Parse parseWord(qsizetype start, EncodedWord *word);
    void appendWord(const EncodedWord &word);
    void appendQ(QByteArrayView payload);
    void appendBase64(QByteArrayView payload);
    void flushRun();
    void appendLiteral(QByteArrayView text);

    QByteArrayView m_raw;
    detail::ByteDecoder m_bytes;
    MarkerFinder m_opens;
    MarkerFinder m_closes;
    QString m_out;

    // The run of adjacent words in one charset whose bytes are joined before decoding.
    QByteArray m_runCharset;
    QByteArray m_runBytes;
    char m_runEncoding = 0;
    // Base64 bits left over at the end of the previous word of the run (a split quartet).
    quint32 m_bits = 0;
    int m_bitCount = 0;
};

TextDecoder::Parse TextDecoder::parseWord(qsizetype start, EncodedWord *word)
{
    const qsizetype size = m_raw.size();
    qsizetype pos = start + 2;
    while (pos < size && pos - start - 2 <= kMaxCharsetLength && isCharsetByte(static_cast<unsigned char>(m_raw[pos])))
        ++pos;
    if (pos >= size)
        return Parse::Truncated;
    if (m_raw[pos] != '?' || pos - start - 2 > kMaxCharsetLength)
        return Parse::NotAWord;
    QByteArrayView charset = m_raw.sliced(start + 2, pos - start - 2);
    if (const qsizetype star = charset.indexOf('*'); star >= 0)
        charset = charset.first(star);
    if (pos + 2 >= size)
        return Parse::Truncated;
    const char encoding = m_raw[pos + 1] & ~0x20; // upper case
    if ((encoding != 'B' && encoding != 'Q') || m_raw[pos + 2] != '?')
        return Parse::NotAWord;
    const qsizetype payloadStart = pos + 3;
    const qsizetype close = m_closes.from(payloadStart);
    if (close >= size)
        return Parse::Truncated;
    // A new "=?" before the end means this word lost its "?=" (it may touch the next: "YQ==?=").
    if (m_opens.from(payloadStart) < close - 1)
        return Parse::Truncated;
    *word = EncodedWord { charset, encoding, m_raw.sliced(payloadStart, close - payloadStart), close + 2 };
    return Parse::Word;
}

QString TextDecoder::run()
{
    m_out.reserve(m_raw.size());
    qsizetype pos = 0;
    qsizetype literalStart = 0; // text from here on is not yet in m_out
    bool afterWord = false;
    while (pos < m_raw.size()) {
        const qsizetype open = m_opens.from(pos);
        if (open >= m_raw.size())
            break;
        EncodedWord word;
        const Parse parsed = parseWord(open, &word);
        if (parsed != Parse::Word) {
            if (parsed == Parse::Truncated)
                m_bytes.note(
                    Severity::Warning, "encoded-word-truncated", QStringLiteral("an encoded word has no closing ?= and was kept as text"));
            pos = open + 2;
            afterWord = false;
            continue;
        }
        const QByteArrayView between = m_raw.sliced(literalStart, open - literalStart);
        // RFC 2047 6.2: whitespace between two encoded words is not part of the text.
        if (!(afterWord && std::all_of(between.begin(), between.end(), isWsp)))
            appendLiteral(between);
        if ((!between.isEmpty() && !isWsp(between.back()))
            || (word.end < m_raw.size() && !isWsp(m_raw[word.end]) && m_raw[word.end] != '=')) {
            m_bytes.note(Severity::Info, "encoded-word-not-delimited",
                QStringLiteral("an encoded word touches other text (decoded as mail clients do)"));
        }
        if (word.end - open > kMaxStandardWordLength)
            m_bytes.note(Severity::Info, "encoded-word-long", QStringLiteral("an encoded word is longer than 75 characters"));
        appendWord(word);
        pos = literalStart = word.end;
        afterWord = true;
    }
    appendLiteral(m_raw.sliced(literalStart));
    flushRun();

    qsizetype first = 0;
    qsizetype last = m_out.size();
    while (first < last && (m_out[first] == u' ' || m_out[first] == u'\t'))
        ++first;
    while (last > first && (m_out[last - 1] == u' ' || m_out[last - 1] == u'\t'))
        --last;
    return first == 0 && last == m_out.size() ? m_out : m_out.sliced(first, last - first);
}

void TextDecoder::appendWord(const EncodedWord &word)
{
    if (m_runCharset.compare(word.charset, Qt::CaseInsensitive) != 0)
        flushRun();
    if (m_runEncoding != word.encoding) {
        m_bits = 0;
        m_bitCount = 0;
    }
    m_runCharset.assign(word.charset);
    m_runEncoding = word.encoding;
    if (word.payload.contains(' ') || word.payload.contains('\t'))
        m_bytes.note(Severity::Info, "encoded-word-spaces", QStringLiteral("an encoded word contains spaces"));
    if (word.encoding == 'Q')
        appendQ(word.payload);
    else
        appendBase64(word.payload);
}

void TextDecoder::appendQ(QByteArrayView payload)
{
    for (qsizetype i = 0; i < payload.size(); ++i) {
        const char c = payload[i];
        if (c == '_') {
            m_runBytes.append(' ');
        } else if (c == '=' && i + 2 < payload.size() && hexValue(payload[i + 1]) >= 0 && hexValue(payload[i + 2]) >= 0) {
            m_runBytes.append(char(hexValue(payload[i + 1]) * 16 + hexValue(payload[i + 2])));
            i += 2;
        } else {
            if (c == '=')
                m_bytes.note(
                    Severity::Warning, "encoded-word-malformed", QStringLiteral("a Q-encoded word has a bad =XX escape, kept as is"));
            m_runBytes.append(c);
        }
    }
}

void TextDecoder::appendBase64(QByteArrayView payload)
{
    const bool continuing = m_bitCount > 0;
    bool padded = false;
    for (const char c : payload) {
        const int value = base64Value(static_cast<unsigned char>(c));
        if (value < 0) {
            if (c == '=') {
                // Padding ends a quartet; the bits it covers are filler.
                padded = true;
                m_bits = 0;
                m_bitCount = 0;
            } else if (!isWsp(c)) {
                m_bytes.note(
                    Severity::Warning, "encoded-word-malformed", QStringLiteral("a base64 word holds non-base64 characters, skipped"));
            }
            continue;
        }
        m_bits = (m_bits << 6) | quint32(value);
        m_bitCount += 6;
        if (m_bitCount >= 8) {
            m_bitCount -= 8;
            m_runBytes.append(char((m_bits >> m_bitCount) & 0xff));
            m_bits &= (1u << m_bitCount) - 1;
        }
    }
    if (continuing && !payload.isEmpty())
        m_bytes.note(Severity::Info, "encoded-word-split", QStringLiteral("base64 text was split across encoded words and joined"));
    // Leftover bits that are all zero are the filler of a word that merely lacks its padding;
    // non-zero ones are data of a quartet some encoders split across two words (Thunderbird
    // joins those). Carry only the latter into the next word.
    if (padded || m_bits == 0) {
        m_bits = 0;
        m_bitCount = 0;
    }
}

void TextDecoder::flushRun()
{
    m_bits = 0;
    m_bitCount = 0;
    m_runEncoding = 0;
    if (m_runBytes.isEmpty())
        return;
    m_out.append(m_bytes.labelled(m_runBytes, m_runCharset));
    m_runBytes.resize(0);
}

void TextDecoder::appendLiteral(QByteArrayView text)
{
    if (text.isEmpty())
        return;
    flushRun();
    if (detail::isPlainAscii(text))
        m_out.append(QLatin1StringView(text));
    else
        m_out.append(m_bytes.unlabelled(text, m_raw));
}

// Pure ASCII without "=?" and without folds is its own text: most header values of real mail.
bool needsDecoding(QByteArrayView raw)
{
    const char *data = raw.data();
    const qsizetype size = raw.size();
    for (qsizetype i = 0; i < size; ++i) {
        const unsigned char c = static_cast<unsigned char>(data[i]);
        if (c >= 0x80 || c == 0x1b || c == '\r' || c == '\n' || (c == '=' && i + 1 < size && data[i + 1] == '?'))
            return true;
    }
    return false;
}

QString trimmedLatin1(QByteArrayView raw)
{
    qsizetype first = 0;
    qsizetype last = raw.size();
    while (first < last && isWsp(raw[first]))
        ++first;
    while (last > first && isWsp(raw[last - 1]))
        --last;
    return QString::fromLatin1(raw.sliced(first, last - first));
}

} // namespace

QByteArray unfold(QByteArrayView raw)
{
    // Copies the runs between line breaks whole: this runs for every header of every message.
    QByteArray out(raw.size(), Qt::Uninitialized);
    char *write = out.data();
    const char *read = raw.data();
    const char *const end = read + raw.size();
    while (read < end) {
        const char *stop = read;
        while (stop < end && *stop != '\r' && *stop != '\n')
            ++stop;
        std::memcpy(write, read, size_t(stop - read));
        write += stop - read;
        read = stop < end ? stop + 1 : end;
    }
    out.truncate(write - out.data());
    return out;
}

QString decodeHeaderText(QByteArrayView raw, ParseNotes &notes, const QString &where, QByteArrayView fallbackCharset)
{
    if (!needsDecoding(raw))
        return trimmedLatin1(raw);
    if (raw.contains('\r') || raw.contains('\n')) {
        const QByteArray unfolded = unfold(raw);
        return TextDecoder(unfolded, notes, where, fallbackCharset).run();
    }
    return TextDecoder(raw, notes, where, fallbackCharset).run();
}

QString decodePhrase(QByteArrayView raw, ParseNotes &notes, const QString &where, QByteArrayView fallbackCharset)
{
    if (!raw.contains('"'))
        return decodeHeaderText(raw, notes, where, fallbackCharset);
    QByteArray text;
    text.reserve(raw.size());
    bool quoted = false;
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw[i];
        if (c == '"') {
            quoted = !quoted;
        } else if (c == '\\' && quoted && i + 1 < raw.size()) {
            text.append(raw[++i]);
        } else {
            text.append(c);
        }
    }
    if (quoted)
        notes.warning(QStringLiteral("quote-unterminated"), where + QStringLiteral(": a quoted string has no closing quote"));
    return decodeHeaderText(text, notes, where, fallbackCharset);
}

} // namespace shoal::mime
