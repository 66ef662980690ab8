#include "safeview/markupguard.h"

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace shoal::safeview {
namespace {

using namespace std::string_view_literals;

// The parser reopens every implicitly closed formatting element in each new block, so that
// 20,000 "<b id=N>x</p><p>" build 20,000 x N nodes; past this many, new ones are ignored.
constexpr size_t kMaxReopenable = 64;

bool isOneOf(std::string_view name, std::initializer_list<std::string_view> names)
{
    for (std::string_view known : names) {
        if (known == name)
            return true;
    }
    return false;
}

bool isVoid(std::string_view name)
{
    return isOneOf(name,
        { "area"sv, "base"sv, "basefont"sv, "bgsound"sv, "br"sv, "col"sv, "embed"sv, "frame"sv, "hr"sv, "image"sv, "img"sv, "input"sv,
            "isindex"sv, "keygen"sv, "link"sv, "meta"sv, "param"sv, "source"sv, "track"sv, "wbr"sv, "html"sv, "head"sv, "body"sv });
}

bool isRawText(std::string_view name)
{
    return isOneOf(name, { "script"sv, "style"sv, "xmp"sv, "iframe"sv, "noembed"sv, "noframes"sv, "textarea"sv, "title"sv });
}

bool isFormatting(std::string_view name)
{
    return isOneOf(name,
        { "a"sv, "b"sv, "big"sv, "code"sv, "em"sv, "font"sv, "i"sv, "nobr"sv, "s"sv, "small"sv, "strike"sv, "strong"sv, "tt"sv, "u"sv });
}

// Elements that bound the parser's "has an element in scope" search, and markers of the list of
// active formatting elements (which the parser clears back to when they close).
bool isScopeBoundary(std::string_view name)
{
    return isOneOf(name, { "applet"sv, "caption"sv, "table"sv, "td"sv, "th"sv, "marquee"sv, "object"sv, "template"sv, "svg"sv, "math"sv });
}

// Start tags that close an open element of their group first (a new <li> ends the open <li>).
int siblingGroup(std::string_view name)
{
    static constexpr std::string_view kGroups[][4] = {
        { "p"sv },
        { "li"sv },
        { "dt"sv, "dd"sv },
        { "td"sv, "th"sv },
        { "tr"sv },
        { "option"sv },
        { "optgroup"sv },
        { "thead"sv, "tbody"sv, "tfoot"sv },
        { "rb"sv, "rt"sv, "rp"sv, "rtc"sv },
        { "colgroup"sv },
        { "caption"sv },
        { "a"sv },
        { "nobr"sv },
    };
    for (size_t group = 0; group < std::size(kGroups); ++group) {
        for (std::string_view member : kGroups[group]) {
            if (!member.empty() && member == name)
                return int(group) + 1;
        }
    }
    return 0;
}

struct OpenElement {
    std::string name;
    size_t reopenableAtPush = 0; // for markers: the reopenable formatting count to restore on close
};

// The estimate of the parser's tree: the open elements and the formatting elements that were
// closed implicitly and that the parser will reopen (capped at three identical ones, as it does).
class DepthModel
{
public:
    size_t depth() const { return m_open.size() + m_reopenable.size(); }
    size_t reopenable() const { return m_reopenable.size(); }
    bool inForeignContent() const { return m_foreign > 0; }

    void push(std::string name, std::string signature)
    {
        if (name == "svg"sv || name == "math"sv)
            ++m_foreign;
        if (isFormatting(name))
            m_signatures.push_back(std::move(signature));
        ++m_openCount[name];
        m_open.push_back({ std::move(name), m_reopenable.size() });
    }

    // The parser closes the nearest open `name` within scope; other end tags are ignored.
    void close(const std::string &name)
    {
        const auto open = m_openCount.find(name);
        for (size_t i = (open == m_openCount.end() || open->second == 0) ? 0 : m_open.size(); i-- > 0;) {
            if (m_open[i].name == name) {
                popTo(i);
                return;
            }
            if (isScopeBoundary(m_open[i].name))
                break;
        }
        if (isFormatting(name) && !m_reopenable.empty())
            m_reopenable.pop_back();
    }

    // A new member of a sibling group closes the open one.
    void closeSibling(int group)
    {
        for (size_t i = m_open.size(); i-- > 0;) {
            if (siblingGroup(m_open[i].name) == group) {
                popTo(i);
                return;
            }
            if (isScopeBoundary(m_open[i].name))
                return;
        }
    }

private:
    void popTo(size_t index)
    {
        while (m_open.size() > index) {
            OpenElement element = std::move(m_open.back());
            m_open.pop_back();
            --m_openCount[element.name];
            if (element.name == "svg"sv || element.name == "math"sv)
                --m_foreign;
            if (isFormatting(element.name)) {
                std::string signature = m_signatures.empty() ? std::string() : std::move(m_signatures.back());
                if (!m_signatures.empty())
                    m_signatures.pop_back();
                if (m_open.size() > index) // closed by another element's end: the parser reopens it
                    addReopenable(std::move(signature));
            } else if (isScopeBoundary(element.name) && element.reopenableAtPush <= m_reopenable.size()) {
                m_reopenable.resize(element.reopenableAtPush);
            }
        }
    }

    void addReopenable(std::string signature)
    {
        int same = 0;
        for (const std::string &other : m_reopenable)
            same += other == signature ? 1 : 0;
        if (same < 3)
            m_reopenable.push_back(std::move(signature));
    }

    std::vector<OpenElement> m_open;
    std::unordered_map<std::string, int> m_openCount; // spares the search for end tags of nothing open
    std::vector<std::string> m_signatures; // of the open formatting elements, innermost last
    std::vector<std::string> m_reopenable;
    int m_foreign = 0;
};

std::string lowerAscii(QStringView text)
{
    std::string out;
    out.reserve(size_t(text.size()));
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        out += u < 0x80 ? char(u >= u'A' && u <= u'Z' ? u + 32 : u) : '?';
    }
    return out;
}

// One past the ">" of the tag that starts at `lt`; quoted attribute values may hold ">".
qsizetype tagEnd(QStringView html, qsizetype from)
{
    char16_t lastSignificant = 0;
    for (qsizetype j = from; j < html.size(); ++j) {
        const char16_t c = html[j].unicode();
        if ((c == u'"' || c == u'\'') && lastSignificant == u'=') {
            const qsizetype close = html.indexOf(QChar(c), j + 1);
            if (close < 0)
                return html.size();
            j = close;
            lastSignificant = c;
            continue;
        }
        if (c == u'>')
            return j + 1;
        if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f')
            lastSignificant = c;
    }
    return html.size();
}

// One past the end of the comment or bogus comment that starts at `lt` ("<!", "<?", "</ ").
qsizetype commentEnd(QStringView html, qsizetype lt)
{
    if (html.mid(lt).startsWith(QLatin1String("<!--"))) {
        const QStringView rest = html.mid(lt + 4);
        if (rest.startsWith(u'>'))
            return lt + 5;
        if (rest.startsWith(QLatin1String("->")))
            return lt + 6;
        const qsizetype dashes = html.indexOf(QLatin1String("-->"), lt + 4);
        const qsizetype bang = html.indexOf(QLatin1String("--!>"), lt + 4);
        if (dashes < 0 && bang < 0)
            return html.size();
        if (bang < 0 || (dashes >= 0 && dashes < bang))
            return dashes + 3;
        return bang + 4;
    }
    const qsizetype gt = html.indexOf(u'>', lt + 1);
    return gt < 0 ? html.size() : gt + 1;
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

qsizetype nameEnd(QStringView html, qsizetype from)
{
    qsizetype j = from;
    while (j < html.size() && !QStringView(u" \t\n\r\f/>").contains(html[j]))
        ++j;
    return j;
}

// Where the next "</name" stands, remembered per name: without it, thousands of unclosed
// <title>s would each search the rest of the document (quadratic time).
class RawTextEnds
{
public:
    qsizetype find(QStringView html, const std::string &name, qsizetype from)
    {
        for (Entry &entry : m_entries) {
            if (entry.name != name)
                continue;
            if (entry.position < 0 || entry.position >= from)
                return entry.position;
            entry.position = search(html, name, from);
            return entry.position;
        }
        m_entries.push_back({ name, search(html, name, from) });
        return m_entries.back().position;
    }

private:
    static qsizetype search(QStringView html, const std::string &name, qsizetype from)
    {
        const QString closeTag = QLatin1String("</") + QString::fromLatin1(name.data(), qsizetype(name.size()));
        return html.indexOf(closeTag, from, Qt::CaseInsensitive);
    }

    struct Entry {
        std::string name;
        qsizetype position; // -1: none after the last search's start, so none later either
    };
    std::vector<Entry> m_entries;
};

} // namespace

GuardedMarkup guardMarkup(QStringView html, int maxNesting, int maxElements)
{
    GuardedMarkup result;
    result.html.reserve(html.size());
    DepthModel model;
    RawTextEnds rawTextEnds;
    qsizetype elements = 0;
    qsizetype copied = 0;
    for (qsizetype lt = html.indexOf(u'<'); lt >= 0 && lt + 1 < html.size(); lt = html.indexOf(u'<', lt + 1)) {
        const QChar next = html[lt + 1];
        if (next == u'!' || next == u'?' || (next == u'/' && lt + 2 < html.size() && !isAsciiLetter(html[lt + 2]))) {
            lt = commentEnd(html, lt) - 1;
            continue;
        }
        const bool endTag = next == u'/';
        const qsizetype nameStart = lt + (endTag ? 2 : 1);
        if (nameStart >= html.size() || !isAsciiLetter(html[nameStart]))
            continue;
        const qsizetype nameStop = nameEnd(html, nameStart);
        const std::string name = lowerAscii(html.mid(nameStart, std::min<qsizetype>(nameStop - nameStart, 64)));
        const qsizetype end = tagEnd(html, nameStop);
        // What the parser will build: the element, and the formatting elements it reopens in a
        // new block. The tags left out below cost it nothing.
        elements += 1 + qsizetype(model.reopenable());
        if (elements > maxElements) {
            result.cutAtElementLimit = true;
            result.html += html.mid(copied, lt - copied);
            return result;
        }
        if (endTag) {
            model.close(name);
            lt = end - 1;
            continue;
        }
        if (name == "plaintext"sv && !model.inForeignContent())
            break; // the rest of the document is text
        if (isRawText(name) && !model.inForeignContent()) {
            // The parser reads the content as text up to the matching end tag; without one it
            // would read the rest as text too, but nothing is skipped here then (safe side).
            const qsizetype close = rawTextEnds.find(html, name, end);
            lt = (close >= 0 ? close : end) - 1; // the end tag is read next and matches nothing
            continue;
        }
        if (isVoid(name)) {
            lt = end - 1;
            continue;
        }
        if (const int group = siblingGroup(name))
            model.closeSibling(group);
        if (model.depth() >= size_t(maxNesting) || (isFormatting(name) && model.reopenable() >= kMaxReopenable)) {
            result.html += html.mid(copied, lt - copied);
            copied = end;
            ++result.ignoredStartTags;
            elements -= 1 + qsizetype(model.reopenable());
            lt = end - 1;
            continue;
        }
        model.push(name, lowerAscii(html.mid(nameStop, std::min<qsizetype>(end - nameStop, 256))));
        lt = end - 1;
    }
    result.html += html.mid(copied);
    return result;
}

QString markupText(QStringView html, qsizetype maxChars)
{
    QString text;
    for (qsizetype i = 0; i < html.size() && text.size() < maxChars;) {
        const QChar c = html[i];
        if (c == u'<' && i + 1 < html.size()) {
            const QChar next = html[i + 1];
            if (next == u'!' || next == u'?') {
                i = commentEnd(html, i);
                continue;
            }
            if (isAsciiLetter(next) || next == u'/') {
                const qsizetype nameStart = i + (next == u'/' ? 2 : 1);
                const std::string name = lowerAscii(html.mid(nameStart, std::min<qsizetype>(nameEnd(html, nameStart) - nameStart, 64)));
                i = tagEnd(html, nameStart);
                if (next != u'/' && (name == "script"sv || name == "style"sv)) {
                    const QString closeTag = QLatin1String("</") + QString::fromLatin1(name.data(), qsizetype(name.size()));
                    const qsizetype close = html.indexOf(closeTag, i, Qt::CaseInsensitive);
                    i = close < 0 ? html.size() : close;
                } else if (name == "br"sv || name == "p"sv || name == "div"sv || name == "tr"sv || name == "li"sv) {
                    text += QLatin1Char('\n');
                }
                continue;
            }
        }
        if (c == u'&') {
            static const struct {
                QLatin1StringView entity;
                char16_t character;
            } kEntities[] = { { QLatin1StringView("&amp;"), u'&' }, { QLatin1StringView("&lt;"), u'<' },
                { QLatin1StringView("&gt;"), u'>' }, { QLatin1StringView("&quot;"), u'"' }, { QLatin1StringView("&#39;"), u'\'' },
                { QLatin1StringView("&nbsp;"), u'\u00a0' } };
            bool decoded = false;
            for (const auto &entity : kEntities) {
                if (html.mid(i).startsWith(entity.entity, Qt::CaseInsensitive)) {
                    text += QChar(entity.character);
                    i += entity.entity.size();
                    decoded = true;
                    break;
                }
            }
            if (decoded)
                continue;
        }
        text += c;
        ++i;
    }
    return text.left(maxChars);
}

} // namespace shoal::safeview
