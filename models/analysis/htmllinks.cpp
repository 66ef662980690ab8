#include "analysis/htmllinks.h"

#include "analysis/defang_p.h"
#include "analysis/indicators.h"
#include "analysis/indicatorsink.h"
#include "analysis/textscanner.h"

#include <QByteArray>
#include <QString>

#include <gumbo.h>

#include <cctype>
#include <cstring>
#include <string_view>
#include <vector>

namespace shoal::analysis {
namespace {

constexpr int kMaxNesting = 256;
constexpr qsizetype kMaxVisibleTextBytes = 2 * 1024 * 1024;
constexpr qsizetype kMaxLinkLength = 64 * 1024; // longer values are data, not links

// Elements that never stay open (void) or that the next sibling closes implicitly: they do not
// deepen the tree however often they are written.
bool leavesDepthUnchanged(std::string_view tag)
{
    static constexpr std::string_view kTags[] = {
        "area",
        "base",
        "basefont",
        "bgsound",
        "br",
        "col",
        "embed",
        "frame",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "optgroup",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "caption",
        "rb",
        "rt",
        "rp",
        "rtc",
        "html",
        "head",
        "body",
    };
    for (std::string_view known : kTags) {
        if (known == tag)
            return true;
    }
    return false;
}

// A cheap upper estimate of the element nesting, without parsing: start tags deepen, end tags
// undo. Comments, doctypes and script text may fool it, towards refusing, never towards a hang.
bool nestingWithinBounds(QStringView html)
{
    int depth = 0;
    const qsizetype n = html.size();
    for (qsizetype i = html.indexOf(QLatin1Char('<')); i >= 0 && i + 1 < n; i = html.indexOf(QLatin1Char('<'), i + 1)) {
        if (html[i + 1] == QLatin1Char('/')) {
            depth = std::max(0, depth - 1);
            continue;
        }
        char name[16];
        size_t length = 0;
        for (qsizetype j = i + 1; j < n && length < sizeof name && html[j].unicode() < 0x80 && std::isalnum(html[j].unicode()); ++j)
            name[length++] = char(std::tolower(html[j].unicode()));
        if (length == 0 || leavesDepthUnchanged(std::string_view(name, length)))
            continue;
        if (++depth > kMaxNesting)
            return false;
    }
    return true;
}

bool isInline(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_A:
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TIME:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_VAR:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_UNKNOWN:
        return true;
    default:
        return false;
    }
}

bool isLinkAttribute(const char *name)
{
    for (const char *known : { "href", "src", "action", "formaction", "background", "poster", "data" }) {
        if (std::strcmp(name, known) == 0)
            return true;
    }
    return false;
}

void scanLink(QString value, IndicatorSink &sink)
{
    // Browsers drop tabs and line breaks anywhere in a URL and spaces around it.
    value.remove(QLatin1Char('\t')).remove(QLatin1Char('\r')).remove(QLatin1Char('\n'));
    value = value.trimmed();
    if (value.isEmpty() || value.size() > kMaxLinkLength)
        return;
    if (value.startsWith(QLatin1String("mailto:"), Qt::CaseInsensitive)) {
        const qsizetype query = value.indexOf(QLatin1Char('?'));
        const QString addresses = QString::fromUtf8(QByteArray::fromPercentEncoding(value.mid(7, query < 0 ? -1 : query - 7).toUtf8()));
        scanText(addresses, sink);
    } else if (value.startsWith(QLatin1String("javascript:"), Qt::CaseInsensitive)) {
        scanText(value, sink);
    } else if (schemeWordAt(value, 0, nullptr) > 0 || value.startsWith(QLatin1String("//"))) {
        sink.addUrl(refang(value), false);
    } else if (value.startsWith(QLatin1String("www."), Qt::CaseInsensitive)) {
        sink.addUrl(value, true);
    }
}

// <meta http-equiv="refresh" content="0; url=https://...">
void scanMetaRefresh(const GumboElement &element, IndicatorSink &sink)
{
    const GumboAttribute *equiv = gumbo_get_attribute(&element.attributes, "http-equiv");
    const GumboAttribute *content = gumbo_get_attribute(&element.attributes, "content");
    if (!equiv || !content || QByteArrayView(equiv->value).compare("refresh", Qt::CaseInsensitive) != 0)
        return;
    const QString text = QString::fromUtf8(content->value);
    const qsizetype url = text.indexOf(QLatin1String("url="), 0, Qt::CaseInsensitive);
    if (url < 0)
        return;
    QString target = text.mid(url + 4).trimmed();
    if (target.size() >= 2 && (target.front() == QLatin1Char('\'') || target.front() == QLatin1Char('"')))
        target = target.mid(1, target.indexOf(target.front(), 1) - 1);
    scanLink(target, sink);
}

class Walker
{
public:
    explicit Walker(IndicatorSink &sink) : m_sink(sink) { }

    // Iterative: an explicit stack instead of recursion, so depth cannot exhaust the C stack.
    void walk(const GumboNode *root)
    {
        std::vector<std::pair<const GumboNode *, bool>> stack { { root, false } };
        while (!stack.empty() && !m_sink.stopped()) {
            const auto [node, leaving] = stack.back();
            stack.pop_back();
            if (leaving) {
                appendVisible("\n", 1);
                continue;
            }
            switch (node->type) {
            case GUMBO_NODE_DOCUMENT:
                pushChildren(node->v.document.children, stack);
                break;
            case GUMBO_NODE_ELEMENT:
            case GUMBO_NODE_TEMPLATE:
                visitElement(node->v.element, stack);
                break;
            case GUMBO_NODE_TEXT:
            case GUMBO_NODE_CDATA:
            case GUMBO_NODE_WHITESPACE:
                appendVisible(node->v.text.text, std::strlen(node->v.text.text));
                break;
            case GUMBO_NODE_COMMENT:
                break;
            }
        }
    }

    const QByteArray &visibleText() const { return m_visible; }

private:
    using Stack = std::vector<std::pair<const GumboNode *, bool>>;

    static void pushChildren(const GumboVector &children, Stack &stack)
    {
        for (unsigned int i = children.length; i > 0; --i)
            stack.emplace_back(static_cast<const GumboNode *>(children.data[i - 1]), false);
    }

    void visitElement(const GumboElement &element, Stack &stack)
    {
        for (unsigned int i = 0; i < element.attributes.length; ++i) {
            const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
            if (isLinkAttribute(attribute->name))
                scanLink(QString::fromUtf8(attribute->value), m_sink);
        }
        if (element.tag == GUMBO_TAG_META)
            scanMetaRefresh(element, m_sink);
        if (element.tag == GUMBO_TAG_SCRIPT || element.tag == GUMBO_TAG_STYLE)
            return; // code, not text the reader sees
        if (!isInline(element.tag)) {
            appendVisible("\n", 1);
            stack.emplace_back(nullptr, true);
        }
        pushChildren(element.children, stack);
    }

    void appendVisible(const char *text, size_t length)
    {
        if (m_visible.size() + qsizetype(length) <= kMaxVisibleTextBytes)
            m_visible.append(text, qsizetype(length));
    }

    IndicatorSink &m_sink;
    QByteArray m_visible;
};

// The position of the next "<tag" or "</tag" (any case, `tag` lower case) at or after `from`.
qsizetype findTag(QStringView html, QLatin1StringView tag, qsizetype from)
{
    for (qsizetype p = html.indexOf(QLatin1Char('<'), from); p >= 0; p = html.indexOf(QLatin1Char('<'), p + 1)) {
        const QStringView name = html.mid(p + 1, tag.size());
        const qsizetype after = p + 1 + tag.size();
        if (name.compare(tag, Qt::CaseInsensitive) == 0 && (after >= html.size() || !html[after].isLetterOrNumber()))
            return p;
    }
    return -1;
}

// <style> blocks are a fifth of a typical phishing page, and gumbo's time grows with the bytes it
// reads. Their CSS is scanned as text here (url(...) references are indicators too) and gumbo
// gets the page with the blocks emptied. An unclosed <style> runs to the end, as in HTML.
QString withoutStyleBlocks(QStringView html, IndicatorSink &sink)
{
    QString result;
    qsizetype copied = 0;
    for (qsizetype open = findTag(html, QLatin1StringView("style"), 0); open >= 0;) {
        const qsizetype contentStart = html.indexOf(QLatin1Char('>'), open);
        if (contentStart < 0)
            break;
        qsizetype close = findTag(html, QLatin1StringView("/style"), contentStart);
        if (close < 0)
            close = html.size();
        scanText(html.mid(contentStart + 1, close - contentStart - 1), sink);
        result += html.mid(copied, contentStart + 1 - copied);
        copied = close;
        open = close < html.size() ? findTag(html, QLatin1StringView("style"), close + 1) : -1;
    }
    if (copied == 0)
        return html.toString();
    result += html.mid(copied);
    return result;
}

} // namespace

bool scanHtml(QStringView html, IndicatorSink &sink)
{
    if (!nestingWithinBounds(html)) {
        scanText(html, sink);
        return false;
    }
    const QByteArray utf8 = withoutStyleBlocks(html, sink).toUtf8();
    GumboOptions options = kGumboDefaultOptions;
    options.max_errors = 0; // parse errors are not wanted here; do not collect them
    GumboOutput *output = gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size()));
    if (!output) {
        scanText(html, sink);
        return false;
    }
    Walker walker(sink);
    walker.walk(output->document);
    gumbo_destroy_output(&options, output);
    scanText(QString::fromUtf8(walker.visibleText()), sink);
    return true;
}

} // namespace shoal::analysis
