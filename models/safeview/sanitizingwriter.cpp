#include "safeview/sanitizingwriter.h"

#include "safeview/csssanitizer.h"
#include "safeview/elementpolicy.h"
#include "safeview/linkcheck.h"
#include "safeview/safeurls.h"

#include <gumbo.h>

#include <string_view>
#include <vector>

namespace shoal::safeview {
namespace {

using namespace std::string_view_literals;

constexpr size_t kMaxAttributeBytes = 8192; // longer values are data, not presentation
constexpr size_t kMaxStyleAttributeBytes = 64 * 1024;

void appendEscaped(QByteArray &out, std::string_view text)
{
    for (const char c : text) {
        switch (c) {
        case '&':
            out += "&amp;";
            break;
        case '<':
            out += "&lt;";
            break;
        case '>':
            out += "&gt;";
            break;
        case '"':
            out += "&quot;";
            break;
        case '\0':
            break;
        default:
            out += c;
        }
    }
}

void appendEscaped(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    appendEscaped(out, std::string_view(utf8.constData(), size_t(utf8.size())));
}

const GumboVector &childrenOf(const GumboNode *node)
{
    return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

// The text a reader sees in a link, bounded: enough to find a domain in it.
QString visibleText(const GumboNode *root)
{
    QByteArray text;
    std::vector<const GumboNode *> pending { root };
    for (int visited = 0; !pending.empty() && visited < 2000 && text.size() < 1000; ++visited) {
        const GumboNode *node = pending.back();
        pending.pop_back();
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            text += node->v.text.text;
        } else if (node->type == GUMBO_NODE_ELEMENT) {
            const GumboVector &children = node->v.element.children;
            for (unsigned i = children.length; i-- > 0;)
                pending.push_back(static_cast<const GumboNode *>(children.data[i]));
        }
    }
    return QString::fromUtf8(text);
}

} // namespace

struct SanitizingWriter::Frame {
    const GumboNode *node;
    unsigned next;
    QByteArray close;
    bool silent; // a dropped subtree: walked to count what it holds, never written
};

SanitizingWriter::SanitizingWriter(const SanitizeOptions &options, SanitizeCounts &counts) : m_options(options), m_counts(counts)
{
}

void SanitizingWriter::writeAttributes(const GumboNode *node, QByteArray &out, const char *extraClass, bool keepTitle)
{
    const GumboElement &element = node->v.element;
    QByteArray classes = extraClass ? QByteArray(extraClass) : QByteArray();
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attr = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const std::string_view name(attr->name);
        const std::string_view value(attr->value);
        if (!isAllowedAttribute(name) || (name == "title"sv && !keepTitle))
            continue;
        if (value.size() > (name == "style"sv ? kMaxStyleAttributeBytes : kMaxAttributeBytes))
            continue;
        if (name == "style"sv) {
            const QString css = sanitizeCss(QString::fromUtf8(value.data(), qsizetype(value.size())), CssContext::StyleAttribute, m_counts,
                m_options.maxDataImageBytes);
            if (css.trimmed().isEmpty())
                continue;
            out += " style=\"";
            appendEscaped(out, css);
            out += '"';
            continue;
        }
        if (name == "class"sv) {
            // The mail may not wear Shoal's own classes (to fake or hide a badge).
            for (const QByteArray &token : QByteArray(value.data(), qsizetype(value.size())).simplified().split(' ')) {
                if (!token.isEmpty() && !token.toLower().startsWith("shoal-"))
                    classes += (classes.isEmpty() ? "" : " ") + token;
            }
            continue;
        }
        if (name == "id"sv && QByteArray(value.data(), qsizetype(value.size())).toLower().startsWith("shoal-"))
            continue;
        out += ' ';
        out += QByteArray(name.data(), qsizetype(name.size()));
        out += "=\"";
        appendEscaped(out, value);
        out += '"';
    }
    if (!classes.isEmpty()) {
        out += " class=\"";
        appendEscaped(out, std::string_view(classes.constData(), size_t(classes.size())));
        out += '"';
    }
}

void SanitizingWriter::writePlaceholder(const QString &url, const GumboNode *image, QByteArray &out)
{
    const GumboElement &element = image->v.element;
    const QString alt = attributeValue(element, "alt");
    // An image declared small (icons, spacers, tracking pixels) keeps a box of about its size,
    // with the URL clipped inside and whole in the tool tip: a full placeholder in a 24-pixel
    // table cell would become a column of letters.
    const int width = attributeValue(element, "width").trimmed().toInt();
    const int height = attributeValue(element, "height").trimmed().toInt();
    if ((width > 0 && width < 120) || (height > 0 && height < 32)) {
        out += "<span class=\"shoal-blocked-image shoal-compact\" style=\"";
        out += QByteArray("width:") + QByteArray::number(std::clamp(width > 0 ? width : 120, 12, 120))
            + "px;height:" + QByteArray::number(std::clamp(height > 0 ? height : 16, 12, 32)) + "px\" title=\"Remote image, not loaded: ";
        appendEscaped(out, displayUrl(url));
        out += "\">";
        appendEscaped(out, displayUrl(url, 120));
        out += "</span>";
        return;
    }
    out += "<span class=\"shoal-blocked-image\" title=\"Remote image, not loaded: ";
    appendEscaped(out, displayUrl(url));
    out += "\">";
    appendEscaped(out,
        alt.trimmed().isEmpty() ? QStringLiteral("[image not loaded] ")
                                : QStringLiteral("[image \u201c%1\u201d not loaded] ").arg(alt.simplified().left(80)));
    appendEscaped(out, displayUrl(url, 120));
    out += "</span>";
}

void SanitizingWriter::writeImage(const GumboNode *node, const QString &src, QByteArray &out)
{
    const GumboElement &element = node->v.element;
    const QString read = urlAsBrowsersRead(src);
    QString safeSource;
    if (read.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive) && read.size() > 4) {
        safeSource = partUrl(read.mid(4));
        ++m_counts.inlineImages;
    } else if (const std::optional<QString> data = acceptedDataImage(read, m_options.maxDataImageBytes)) {
        safeSource = *data;
        ++m_counts.dataImages;
    }
    if (!safeSource.isEmpty()) {
        out += "<img src=\"";
        appendEscaped(out, safeSource);
        out += '"';
        writeAttributes(node, out);
        out += '>';
        return;
    }
    QString remote = read;
    if (remote.isEmpty()) // only a srcset: show its first candidate
        remote = attributeValue(element, "srcset").trimmed().section(QLatin1Char(' '), 0, 0);
    if (!remote.isEmpty())
        writePlaceholder(remote, node, out);
}

QByteArray SanitizingWriter::writeLinkStart(const GumboNode *node, QByteArray &out)
{
    const GumboElement &element = node->v.element;
    const GumboAttribute *href = gumbo_get_attribute(&element.attributes, "href");
    if (!href) {
        out += "<a";
        writeAttributes(node, out);
        out += '>';
        return QByteArrayLiteral("</a>");
    }
    ++m_counts.links;
    const QString target = QString::fromUtf8(href->value);
    // A script URL is not shown: its text would be a URL-looking trap of its own.
    const QString shown = isScriptUrl(target) ? QStringLiteral("(script removed)") : displayUrl(target);
    const QString shownHost = hostShownInText(visibleText(node));
    const QString targetHost = hostOfLinkTarget(target);
    const bool misleading = misleadingLink(shownHost, targetHost);
    out += "<a title=\"Link (not followed): ";
    appendEscaped(out, shown);
    out += "\" data-shoal-href=\"";
    appendEscaped(out, shown);
    out += '"';
    writeAttributes(node, out, misleading ? "shoal-link shoal-mismatch" : "shoal-link", false);
    out += '>';
    if (!misleading)
        return QByteArrayLiteral("</a>");
    ++m_counts.mismatchedLinks;
    const QString goesTo = targetHost.isEmpty() ? shown : displayHost(targetHost);
    QByteArray close = "</a><span class=\"shoal-badge\" title=\"";
    appendEscaped(close, QStringLiteral("The text shows %1, the link goes to %2").arg(displayHost(shownHost), shown));
    close += "\">\u26a0 ";
    appendEscaped(close, QStringLiteral("goes to ") + goesTo.left(120));
    close += "</span>";
    return close;
}

void SanitizingWriter::writeInput(const GumboNode *node, QByteArray &out)
{
    const GumboElement &element = node->v.element;
    const QString type = attributeValue(element, "type").trimmed().toLower();
    if (type == QLatin1String("hidden"))
        return;
    if (type == QLatin1String("image")) {
        writeImage(node, attributeValue(element, "src"), out);
        return;
    }
    QString label = attributeValue(element, "value");
    if (label.trimmed().isEmpty())
        label = attributeValue(element, "placeholder");
    if (type == QLatin1String("password"))
        label = QStringLiteral("\u2022\u2022\u2022\u2022 ") + label;
    if (label.trimmed().isEmpty())
        label = type.isEmpty() ? QStringLiteral("text") : type;
    out += "<span class=\"shoal-control\" title=\"";
    appendEscaped(out, QStringLiteral("Form field (%1), inert").arg(type.isEmpty() ? QStringLiteral("text") : type.left(20)));
    out += "\">";
    appendEscaped(out, label.simplified().left(200));
    out += "</span>";
}

void SanitizingWriter::writeStyle(const GumboNode *node, QByteArray &out)
{
    QByteArray text;
    const GumboVector &children = node->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
        const auto *child = static_cast<const GumboNode *>(children.data[i]);
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA)
            text += child->v.text.text;
    }
    const QString css = sanitizeCss(QString::fromUtf8(text), CssContext::StyleSheet, m_counts, m_options.maxDataImageBytes);
    if (css.trimmed().isEmpty())
        return;
    out += "<style>";
    out += css.toUtf8(); // sanitizeCss() leaves no "<" in a style sheet: it cannot end the element
    out += "</style>";
}

bool SanitizingWriter::write(const GumboNode *document)
{
    std::vector<Frame> stack;
    stack.push_back({ document, 0, {}, false });
    int nodes = 0;
    bool complete = true;
    while (!stack.empty()) {
        Frame &frame = stack.back();
        const GumboVector &children = childrenOf(frame.node);
        if (frame.next >= children.length || !complete) {
            if (!frame.silent)
                m_out += frame.close;
            stack.pop_back();
            continue;
        }
        const auto *child = static_cast<const GumboNode *>(children.data[frame.next++]);
        if (++nodes > m_options.maxNodes) {
            complete = false;
            continue;
        }
        const bool silent = frame.silent;
        if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE || child->type == GUMBO_NODE_CDATA) {
            if (!silent)
                appendEscaped(m_out, std::string_view(child->v.text.text));
            continue;
        }
        if (child->type != GUMBO_NODE_ELEMENT && child->type != GUMBO_NODE_TEMPLATE)
            continue; // comments
        countElement(child, m_counts, m_options.maxDataImageBytes);
        const ElementAction action = silent ? ElementAction::Drop : elementAction(child);
        const char *tag = gumbo_normalized_tagname(child->v.element.tag);
        QByteArray close;
        switch (action) {
        case ElementAction::Drop:
            stack.push_back({ child, 0, {}, true });
            continue; // `frame` may dangle from here on
        case ElementAction::Unwrap:
            break;
        case ElementAction::Body:
            if (!m_haveBody)
                writeAttributes(child, m_bodyAttributes);
            m_haveBody = true;
            break;
        case ElementAction::Keep: {
            m_out += '<';
            m_out += tag;
            writeAttributes(child, m_out);
            m_out += '>';
            const GumboTag t = child->v.element.tag;
            if (t == GUMBO_TAG_BR || t == GUMBO_TAG_HR || t == GUMBO_TAG_WBR || t == GUMBO_TAG_COL)
                continue;
            close = QByteArray("</") + tag + '>';
            break;
        }
        case ElementAction::Image:
            writeImage(child, attributeValue(child->v.element, "src"), m_out);
            continue;
        case ElementAction::Input:
            writeInput(child, m_out);
            continue;
        case ElementAction::Style:
            writeStyle(child, m_out);
            continue;
        case ElementAction::Link:
            close = writeLinkStart(child, m_out);
            break;
        case ElementAction::Control:
            m_out += "<span class=\"shoal-control\" title=\"Form control, inert\">";
            close = "</span>";
            break;
        case ElementAction::Form: {
            const QString action = attributeValue(child->v.element, "action").trimmed();
            m_out += "<div class=\"shoal-form\"><div class=\"shoal-form-label\">";
            appendEscaped(m_out,
                action.isEmpty() ? QStringLiteral("Form (inert)") : QStringLiteral("Form (inert), would send to ") + displayUrl(action));
            m_out += "</div>";
            close = "</div>";
            break;
        }
        case ElementAction::Pre:
            m_out += "<pre>";
            close = "</pre>";
            break;
        case ElementAction::List:
            m_out += "<ul>";
            close = "</ul>";
            break;
        }
        stack.push_back({ child, 0, std::move(close), false });
    }
    return complete;
}

} // namespace shoal::safeview
