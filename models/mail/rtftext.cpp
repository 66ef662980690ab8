#include "mail/rtftext.h"

#include "mail/charset.h"
#include "mail/codepage.h"

#include <QHash>
#include <QList>

namespace shoal::rtf {

namespace {

// Deeper nesting than this is hostile: the state stack stops growing and the extra groups share
// the innermost state.
constexpr int kMaxDepth = 1024;

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Destinations whose contents are never text: tables, pictures, objects, document properties.
bool isSkippedDestination(QByteArrayView word)
{
    static const QList<QByteArrayView> names = { "colortbl", "stylesheet", "info", "pict", "object", "objdata", "themedata",
        "colorschememapping", "datastore", "latentstyles", "listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "filetbl",
        "revtbl", "pgdsctbl", "fldinst", "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf", "footnote",
        "bkmkstart", "bkmkend", "mhtmltag", "nonshppict", "shppict", "template", "userprops" };
    return names.contains(word);
}

struct GroupState {
    bool skip = false; ///< inside a destination that is not text
    bool htmlRtf = false; ///< inside \htmlrtf ... \htmlrtf0 (RTF-only, not part of the HTML)
    bool htmlTag = false; ///< inside a \*\htmltag group
    bool fontTable = false;
    int codepage = 0; ///< of the current font; 0 = the document's
    int unicodeSkip = 1; ///< \ucN: how many fallback characters follow each \uN
};

class Converter
{
public:
    Converter(QByteArrayView rtf, bool html) : m_in(rtf), m_html(html) { }

    QString run()
    {
        while (m_position < m_in.size()) {
            const char c = m_in[m_position++];
            if (c == '{')
                openGroup();
            else if (c == '}')
                closeGroup();
            else if (c == '\\')
                control();
            else if (c != '\r' && c != '\n')
                byte(c);
        }
        flushBytes();
        return m_out;
    }

private:
    bool visible() const { return !m_state.skip && !m_state.fontTable && !m_state.htmlRtf; }

    void openGroup()
    {
        flushBytes();
        if (m_stack.size() < kMaxDepth)
            m_stack.append(m_state);
        else
            ++m_overflow;
        m_pendingSkip = 0;
        m_groupStart = true;
    }

    void closeGroup()
    {
        flushBytes();
        m_groupStart = false;
        m_pendingSkip = 0;
        if (m_overflow > 0) {
            --m_overflow;
            return;
        }
        if (!m_stack.isEmpty())
            m_state = m_stack.takeLast();
    }

    void control()
    {
        if (m_position >= m_in.size())
            return;
        const char c = m_in[m_position];
        if (!isLetter(c)) {
            ++m_position;
            symbol(c);
            return;
        }
        const qsizetype start = m_position;
        while (m_position < m_in.size() && isLetter(m_in[m_position]) && m_position - start < 32)
            ++m_position;
        const QByteArrayView word = m_in.sliced(start, m_position - start);
        bool hasParameter = false;
        int parameter = 0;
        bool negative = false;
        if (m_position < m_in.size() && m_in[m_position] == '-') {
            negative = true;
            ++m_position;
        }
        const qsizetype digits = m_position;
        while (m_position < m_in.size() && isDigit(m_in[m_position]) && m_position - digits < 10) {
            parameter = parameter * 10 + (m_in[m_position] - '0');
            ++m_position;
            hasParameter = true;
        }
        if (negative)
            parameter = -parameter;
        if (m_position < m_in.size() && m_in[m_position] == ' ')
            ++m_position;
        const bool groupStart = std::exchange(m_groupStart, false);
        const bool ignorable = std::exchange(m_ignorable, false);
        controlWord(word, hasParameter, parameter, groupStart, ignorable);
    }

    void symbol(char c)
    {
        const bool groupStart = std::exchange(m_groupStart, false);
        if (c == '*') {
            m_ignorable = true;
            m_groupStart = groupStart;
            return;
        }
        if (c == '\'') {
            if (m_position + 1 < m_in.size() && hexValue(m_in[m_position]) >= 0 && hexValue(m_in[m_position + 1]) >= 0) {
                const char value = char(hexValue(m_in[m_position]) * 16 + hexValue(m_in[m_position + 1]));
                m_position += 2;
                byte(value);
            }
            return;
        }
        if (c == '\r' || c == '\n')
            return text(QStringLiteral("\r\n"));
        if (c == '~')
            return text(QStringLiteral("\u00A0"));
        if (c == '_')
            return text(QStringLiteral("\u2011"));
        if (c == '{' || c == '}' || c == '\\')
            return byte(c);
        // \- (optional hyphen), \| and \: (formulas and index entries) carry no text.
    }

    void controlWord(QByteArrayView word, bool hasParameter, int parameter, bool groupStart, bool ignorable)
    {
        if (word == "htmltag" && groupStart && ignorable) {
            m_state.htmlTag = true;
            m_state.codepage = 0;
            if (!m_html)
                m_state.skip = true;
            return;
        }
        if (groupStart && (ignorable || isSkippedDestination(word))) {
            if (word == "fonttbl")
                m_state.fontTable = true;
            else
                m_state.skip = true;
            return;
        }
        if (word == "fonttbl") {
            m_state.fontTable = true;
            return;
        }
        if (word == "htmlrtf") {
            flushBytes();
            m_state.htmlRtf = !hasParameter || parameter != 0;
            return;
        }
        if (word == "f" && hasParameter) {
            if (m_state.fontTable) {
                m_definingFont = parameter;
            } else {
                flushBytes();
                m_state.codepage = m_fontCodepages.value(parameter, 0);
            }
            return;
        }
        if (word == "fcharset" && m_state.fontTable) {
            if (const int codepage = codepage::forRtfCharset(parameter); codepage != 0)
                m_fontCodepages.insert(m_definingFont, codepage);
            return;
        }
        if (word == "cpg" && m_state.fontTable) {
            m_fontCodepages.insert(m_definingFont, parameter);
            return;
        }
        if (word == "ansicpg" && hasParameter) {
            m_defaultCodepage = parameter;
            return;
        }
        if (word == "mac") {
            m_defaultCodepage = 10000;
            return;
        }
        if (word == "uc" && hasParameter) {
            m_state.unicodeSkip = std::clamp(parameter, 0, 8);
            return;
        }
        if (word == "u" && hasParameter) {
            m_pendingSkip = 0;
            text(QString(QChar(char16_t(parameter < 0 ? parameter + 65536 : parameter))));
            m_pendingSkip = m_state.unicodeSkip;
            return;
        }
        if (word == "par" || word == "line" || word == "row" || word == "sect" || word == "page")
            return text(QStringLiteral("\r\n"));
        if (word == "tab" || word == "cell")
            return text(QStringLiteral("\t"));
        static const QHash<QByteArrayView, QString> characters = {
            { "lquote", QStringLiteral("\u2018") },
            { "rquote", QStringLiteral("\u2019") },
            { "ldblquote", QStringLiteral("\u201C") },
            { "rdblquote", QStringLiteral("\u201D") },
            { "bullet", QStringLiteral("\u2022") },
            { "endash", QStringLiteral("\u2013") },
            { "emdash", QStringLiteral("\u2014") },
            { "enspace", QStringLiteral("\u2002") },
            { "emspace", QStringLiteral("\u2003") },
        };
        if (const auto found = characters.constFind(word); found != characters.constEnd())
            text(*found);
    }

    // One byte of text in the current code page; multi-byte characters arrive as several bytes
    // (often several \'hh escapes), so bytes are collected and decoded together.
    void byte(char c)
    {
        m_groupStart = false;
        if (m_pendingSkip > 0) {
            --m_pendingSkip;
            return;
        }
        if (m_state.fontTable && c == ';')
            m_definingFont = -1;
        if (!visible())
            return;
        const int codepage = m_state.codepage != 0 ? m_state.codepage : m_defaultCodepage;
        if (codepage != m_bytesCodepage)
            flushBytes();
        m_bytesCodepage = codepage;
        m_bytes.append(c);
    }

    void text(const QString &value)
    {
        m_groupStart = false;
        // A control word such as \emdash can be the fallback of a preceding \uN; line breaks
        // never are.
        if (m_pendingSkip > 0 && value != QStringLiteral("\r\n")) {
            --m_pendingSkip;
            return;
        }
        if (!visible())
            return;
        flushBytes();
        m_out += value;
    }

    void flushBytes()
    {
        if (m_bytes.isEmpty())
            return;
        const QByteArray name = codepage::charsetName(m_bytesCodepage != 0 ? m_bytesCodepage : 1252);
        m_out += charset::decode(m_bytes, name.isEmpty() ? QByteArrayView("windows-1252") : QByteArrayView(name)).text;
        m_bytes.clear();
    }

    QByteArrayView m_in;
    qsizetype m_position = 0;
    bool m_html;
    GroupState m_state;
    QList<GroupState> m_stack;
    int m_overflow = 0;
    bool m_groupStart = false;
    bool m_ignorable = false;
    int m_pendingSkip = 0;
    int m_defaultCodepage = 1252;
    int m_definingFont = -1;
    QHash<int, int> m_fontCodepages;
    QByteArray m_bytes;
    int m_bytesCodepage = 0;
    QString m_out;
};

// The header is everything before the first text or group after the font table; \fromhtml and
// \fromtext must appear there, so a bounded look at the start is enough.
bool headerHas(QByteArrayView rtf, QByteArrayView word)
{
    const QByteArrayView head = rtf.first(std::min<qsizetype>(rtf.size(), 1024));
    for (qsizetype at = head.indexOf(word); at >= 0; at = head.indexOf(word, at + 1)) {
        const qsizetype end = at + word.size();
        if (end >= head.size() || !isLetter(head[end]))
            return true;
    }
    return false;
}

} // namespace

bool encapsulatesHtml(QByteArrayView rtf)
{
    return rtf.startsWith("{\\rtf") && headerHas(rtf, "\\fromhtml1");
}

QString htmlFromRtf(QByteArrayView rtf)
{
    return Converter(rtf, true).run();
}

QString textFromRtf(QByteArrayView rtf)
{
    return Converter(rtf, false).run();
}

} // namespace shoal::rtf
