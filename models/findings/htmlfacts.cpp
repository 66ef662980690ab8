#include "findings/htmlfacts_p.h"
#include "safeview/boundedparse.h"

#include <QByteArray>

#include <gumbo.h>

#include <vector>

namespace shoal::findings {
namespace {

constexpr qsizetype maxImages = 2000;
constexpr qsizetype maxAnchors = 5000;
constexpr qsizetype maxAnchorText = 300;

// The prefix of `html` that holds at most maxStartTags start tags ("<" and a letter).
QByteArray boundedMarkup(QStringView html, bool *truncated)
{
    int tags = 0;
    qsizetype end = std::min<qsizetype>(html.size(), maxHtmlBytes);
    for (qsizetype i = html.indexOf(QLatin1Char('<')); i >= 0 && i + 1 < end; i = html.indexOf(QLatin1Char('<'), i + 1)) {
        const char16_t next = html.at(i + 1).unicode();
        if (((next | 0x20) >= 'a' && (next | 0x20) <= 'z') && ++tags > maxStartTags) {
            end = i;
            break;
        }
    }
    *truncated = end < html.size();
    return html.left(end).toUtf8();
}

QString attribute(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value).trimmed() : QString();
}

// The visible text below `anchor`, collapsed; walks with an explicit stack and stops early.
QString visibleText(const GumboNode *anchor)
{
    QString text;
    std::vector<const GumboNode *> stack { anchor };
    int visited = 0;
    while (!stack.empty() && text.size() < maxAnchorText && ++visited < 2000) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            text += QString::fromUtf8(node->v.text.text);
            text += QLatin1Char(' ');
        } else if (node->type == GUMBO_NODE_ELEMENT && node->v.element.tag != GUMBO_TAG_SCRIPT && node->v.element.tag != GUMBO_TAG_STYLE) {
            const GumboVector &children = node->v.element.children;
            for (unsigned i = children.length; i > 0; --i)
                stack.push_back(static_cast<const GumboNode *>(children.data[i - 1]));
        }
    }
    return text.simplified().left(maxAnchorText);
}

} // namespace

HtmlFacts readHtmlFacts(QStringView html)
{
    HtmlFacts facts;
    if (html.isEmpty())
        return facts;
    const QByteArray markup = boundedMarkup(html, &facts.truncated);
    // The safe view's budgeted parse: misnested markup can make gumbo build a tree far larger
    // than the input, and it frees its tree recursively; the budget and the flat free guard both.
    safeview::BoundedGumboParse parse(maxParserBytes, maxParserMilliseconds);
    const GumboOutput *output = parse.parse(markup);
    if (!output) {
        facts.truncated = true;
        return facts;
    }
    std::vector<const GumboNode *> stack { output->root };
    while (!stack.empty()) {
        const GumboNode *node = stack.back();
        stack.pop_back();
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
            continue;
        const GumboElement &element = node->v.element;
        if (element.tag == GUMBO_TAG_IMG && facts.images.size() < maxImages) {
            facts.images.append(
                { attribute(element, "src"), attribute(element, "width"), attribute(element, "height"), attribute(element, "style") });
        } else if (element.tag == GUMBO_TAG_A && facts.anchors.size() < maxAnchors) {
            const QString href = attribute(element, "href");
            if (!href.isEmpty())
                facts.anchors.append({ href, visibleText(node) });
        }
        for (unsigned i = element.children.length; i > 0; --i)
            stack.push_back(static_cast<const GumboNode *>(element.children.data[i - 1]));
    }
    return facts;
}

} // namespace shoal::findings
