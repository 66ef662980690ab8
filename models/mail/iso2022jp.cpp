#include "mail/iso2022jp.h"

#include "mail/charset.h"

namespace shoal::charset {

namespace {

enum class Mode { Ascii, JisRoman, Jis0208, Jis0212, Katakana };

// A JIS X 0208 row/cell pair as the Shift_JIS bytes CP932 decodes (rows 13 and 89-92 carry
// the NEC and IBM extensions there).
void appendAsShiftJis(QByteArray &out, unsigned char b1, unsigned char b2)
{
    const unsigned char s1 = static_cast<unsigned char>(((b1 + 1) >> 1) + (b1 <= 0x5E ? 0x70 : 0xB0));
    unsigned char s2;
    if (b1 & 1)
        s2 = static_cast<unsigned char>(b2 + (b2 >= 0x60 ? 0x20 : 0x1F));
    else
        s2 = static_cast<unsigned char>(b2 + 0x7E);
    out.append(char(s1));
    out.append(char(s2));
}

class Decoder
{
public:
    explicit Decoder(QByteArrayView bytes) : m_in(bytes) { }

    Iso2022JpResult run()
    {
        for (m_pos = 0; m_pos < m_in.size();) {
            const unsigned char c = byteAt(m_pos);
            if (c == 0x1B && escape())
                continue;
            if (c == 0x0E) { // SO: katakana until SI (CP50221)
                flush();
                m_shifted = true;
                ++m_pos;
                continue;
            }
            if (c == 0x0F) {
                flush();
                m_shifted = false;
                ++m_pos;
                continue;
            }
            if (c >= 0x80) {
                flush();
                m_result.text.append(QChar::ReplacementCharacter);
                ++m_result.errors;
                ++m_pos;
                continue;
            }
            if (c < 0x21 || c == 0x7F) {
                flush();
                m_result.text.append(QLatin1Char(char(c)));
                ++m_pos;
                continue;
            }
            character(c);
        }
        flush();
        return std::move(m_result);
    }

private:
    unsigned char byteAt(qsizetype i) const { return static_cast<unsigned char>(m_in[i]); }

    bool startsWithAt(qsizetype i, const char *sequence) const { return m_in.sliced(i).startsWith(QByteArrayView(sequence)); }

    // Reads an escape sequence at m_pos; false when it is none we know (it is then text).
    bool escape()
    {
        struct Sequence {
            const char *bytes;
            Mode mode;
        };
        static constexpr Sequence kSequences[] = {
            { "\x1b(B", Mode::Ascii },
            { "\x1b(J", Mode::JisRoman },
            { "\x1b(H", Mode::JisRoman },
            { "\x1b$B", Mode::Jis0208 },
            { "\x1b$@", Mode::Jis0208 },
            { "\x1b&@\x1b$B", Mode::Jis0208 },
            { "\x1b$(B", Mode::Jis0208 },
            { "\x1b$(Q", Mode::Jis0208 },
            { "\x1b$(O", Mode::Jis0208 },
            { "\x1b$(D", Mode::Jis0212 },
            { "\x1b(I", Mode::Katakana },
        };
        for (const Sequence &sequence : kSequences) {
            if (startsWithAt(m_pos, sequence.bytes)) {
                flush();
                m_mode = sequence.mode;
                m_shifted = false;
                m_pos += qsizetype(qstrlen(sequence.bytes));
                return true;
            }
        }
        return false;
    }

    void character(unsigned char c)
    {
        if (m_shifted || m_mode == Mode::Katakana) {
            if (c <= 0x5F)
                m_result.text.append(QChar(0xFF61 + (c - 0x21)));
            else
                invalid();
            ++m_pos;
            return;
        }
        if (m_mode == Mode::Ascii || m_mode == Mode::JisRoman) {
            // JIS-Roman differs from ASCII in two places (¥ and ‾); clients show ASCII.
            m_result.text.append(QLatin1Char(char(c)));
            ++m_pos;
            return;
        }
        if (m_pos + 1 >= m_in.size() || byteAt(m_pos + 1) < 0x21 || byteAt(m_pos + 1) > 0x7E) {
            invalid();
            ++m_pos;
            return;
        }
        const unsigned char c2 = byteAt(m_pos + 1);
        if (m_mode == Mode::Jis0208) {
            appendAsShiftJis(m_pending, c, c2);
        } else {
            m_pendingEucJp.append('\x8F');
            m_pendingEucJp.append(char(c | 0x80));
            m_pendingEucJp.append(char(c2 | 0x80));
        }
        m_pos += 2;
    }

    void invalid()
    {
        flush();
        m_result.text.append(QChar::ReplacementCharacter);
        ++m_result.errors;
    }

    void flush()
    {
        flushRun(m_pending, "cp932");
        flushRun(m_pendingEucJp, "euc-jp");
    }

    void flushRun(QByteArray &run, const char *charsetName)
    {
        if (run.isEmpty())
            return;
        bool ok = false;
        QString text = decodeStrict(run, charsetName, &ok);
        if (!ok) {
            text = decode(run, charsetName).text;
            ++m_result.errors;
        }
        m_result.text.append(text);
        run.clear();
    }

    QByteArrayView m_in;
    qsizetype m_pos = 0;
    Mode m_mode = Mode::Ascii;
    bool m_shifted = false;
    QByteArray m_pending; ///< JIS X 0208 characters as Shift_JIS, decoded in one go
    QByteArray m_pendingEucJp; ///< JIS X 0212 characters as EUC-JP
    Iso2022JpResult m_result;
};

} // namespace

Iso2022JpResult decodeIso2022Jp(QByteArrayView bytes)
{
    return Decoder(bytes).run();
}

} // namespace shoal::charset
