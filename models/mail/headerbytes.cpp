// Header bytes to text with bounded guessing: the byte decoder behind headerdecoding.cpp and
// headerparameters.cpp (see headerdecoding_p.h).
#include "mail/charset.h"
#include "mail/headerdecoding_p.h"

#include <QStringList>

#include <algorithm>
#include <cstring>

namespace shoal::mime {

namespace detail {

bool isPlainAscii(QByteArrayView bytes)
{
    for (const char c : bytes) {
        if (static_cast<unsigned char>(c) >= 0x80 || c == '\x1b')
            return false;
    }
    return true;
}

namespace {

bool isJapaneseCharacter(char16_t u)
{
    return (u >= 0x3000 && u <= 0x33FF) // punctuation, kana, ㈱ and the other enclosed forms
        || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xF900 && u <= 0xFAFF) // kanji
        || (u >= 0xFF01 && u <= 0xFF9F) // full-width forms, half-width katakana
        || (u >= 0x2460 && u <= 0x24FF) // ①
        || (u >= 0x2010 && u <= 0x203B) || (u >= 0x2190 && u <= 0x21FF) || (u >= 0x25A0 && u <= 0x26FF); // ―…※ → ■○★
}

// True when every non-ASCII character is one Japanese text uses and at least two full-width
// ones stand together. Latin-1 misread as Shift_JIS gives lone kanji between ASCII letters
// ("Ren\xe9e"), which this rejects.
bool looksJapanese(QStringView text)
{
    int run = 0;
    int longest = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (u < 0x80) {
            run = 0;
            continue;
        }
        if (!isJapaneseCharacter(u))
            return false;
        if (u < 0xFF61 || u > 0xFF9F)
            longest = std::max(longest, ++run);
    }
    return longest >= 2;
}

bool isMultiByteCharset(const QString &name)
{
    static const QStringList known { QStringLiteral("cp932"), QStringLiteral("euc-jp"), QStringLiteral("iso-2022-jp"),
        QStringLiteral("utf-8"), QStringLiteral("gb18030"), QStringLiteral("big5"), QStringLiteral("cp949") };
    return known.contains(name) || name.startsWith(QStringLiteral("utf-"));
}

} // namespace

charset::Decoded ByteDecoder::guess(QByteArrayView bytes, QByteArrayView label)
{
    ++m_guesses;
    charset::Decoded decoded = charset::decode(bytes, label);
    if (!decoded.guessed || isMultiByteCharset(decoded.charset))
        return decoded;
    // uchardet needs more text than a filename or a short subject gives it and then answers
    // with a Latin charset. For Shoal's Japanese users the common case is short Shift_JIS or
    // EUC-JP, so a text that decodes strictly to runs of Japanese characters is read as such.
    for (const char *japanese : { "cp932", "euc-jp" }) {
        bool ok = false;
        QString text = charset::decodeStrict(bytes, japanese, &ok);
        if (ok && looksJapanese(text)) {
            decoded.text = std::move(text);
            decoded.charset = QString::fromLatin1(japanese);
            decoded.lossy = false;
            break;
        }
    }
    return decoded;
}

void ByteDecoder::note(ParseNote::Severity severity, const char *code, const QString &what)
{
    for (int i = 0; i < m_notedCount; ++i) {
        if (std::strcmp(m_noted[i], code) == 0)
            return;
    }
    if (m_notedCount < kMaxNoteKinds)
        m_noted[m_notedCount++] = code;
    m_notes.add(severity, QString::fromLatin1(code), m_where + QStringLiteral(": ") + what);
}

QString ByteDecoder::labelled(QByteArrayView bytes, QByteArrayView label)
{
    bool ok = false;
    QString text = charset::decodeStrict(bytes, label, &ok);
    if (ok)
        return text;
    const QString labelText = label.isEmpty() ? QStringLiteral("(empty)") : QString::fromLatin1(label);
    if (charset::canonicalName(label).isEmpty())
        note(ParseNote::Severity::Warning, "charset-unknown", QStringLiteral("unknown charset %1").arg(labelText));
    if (isPlainAscii(bytes))
        return QString::fromLatin1(bytes);
    if (m_guesses < kMaxGuesses) {
        const charset::Decoded decoded = guess(bytes, label);
        charset::noteDecoding(decoded, label, m_where, m_notes);
        return decoded.text;
    }
    note(ParseNote::Severity::Warning, "charset-lossy",
        QStringLiteral("too many undecodable runs; the rest was read as UTF-8 with replacement characters"));
    return QString::fromUtf8(bytes);
}

QByteArray ByteDecoder::chooseUnlabelledCharset(QByteArrayView sample)
{
    // 64 KB tell the charset as well as 5 MB do; cut after an ASCII byte so that the strict
    // checks below do not fail on a character cut in two.
    constexpr qsizetype kMaxSample = 64 * 1024;
    if (sample.size() > kMaxSample) {
        qsizetype cut = kMaxSample;
        while (cut > kMaxSample / 2 && (static_cast<unsigned char>(sample[cut - 1]) >= 0x80 || sample[cut - 1] == '\x1b'))
            --cut;
        sample = sample.first(cut);
    }
    bool ok = false;
    // ISO-2022-JP is 7-bit, hence also valid UTF-8: its escape sequences must be looked at first.
    if (sample.contains('\x1b'))
        charset::decodeStrict(sample, "iso-2022-jp", &ok);
    if (ok) {
        note(ParseNote::Severity::Warning, "header-8bit", QStringLiteral("unencoded ISO-2022-JP text (escape sequences) was decoded"));
        return "iso-2022-jp";
    }
    if (sample.isValidUtf8()) {
        note(ParseNote::Severity::Info, "header-8bit", QStringLiteral("unencoded 8-bit text was read as UTF-8"));
        return "utf-8";
    }
    if (!m_fallback.isEmpty())
        charset::decodeStrict(sample, m_fallback, &ok);
    if (ok) {
        note(ParseNote::Severity::Warning, "header-8bit",
            QStringLiteral("unencoded 8-bit text was read as %1, the message's charset").arg(QString::fromLatin1(m_fallback)));
        return m_fallback.toByteArray();
    }
    const charset::Decoded decoded = guess(sample, {});
    note(ParseNote::Severity::Warning, "header-8bit", QStringLiteral("unencoded 8-bit text; charset guessed as %1").arg(decoded.charset));
    return decoded.charset.toLatin1();
}

QString ByteDecoder::unlabelled(QByteArrayView bytes, QByteArrayView sample)
{
    if (isPlainAscii(bytes))
        return QString::fromLatin1(bytes);
    if (m_unlabelledCharset.isEmpty())
        m_unlabelledCharset = chooseUnlabelledCharset(sample);
    return labelled(bytes, m_unlabelledCharset);
}

} // namespace detail

} // namespace shoal::mime
