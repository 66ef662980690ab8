#include "safeview/elementpolicy.h"

#include "safeview/htmlsanitizer.h"
#include "safeview/safeurls.h"

#include <gumbo.h>

#include <algorithm>
#include <array>

namespace shoal::safeview {
namespace {

using namespace std::string_view_literals;

using ActionTable = std::array<ElementAction, GUMBO_TAG_LAST + 1>;

// Unknown tags unwrap; these are the known ones that do something else.
ActionTable makeActionTable()
{
    ActionTable table;
    table.fill(ElementAction::Unwrap);
    for (const GumboTag tag : { GUMBO_TAG_ABBR, GUMBO_TAG_ACRONYM, GUMBO_TAG_ADDRESS, GUMBO_TAG_ARTICLE, GUMBO_TAG_ASIDE, GUMBO_TAG_B,
             GUMBO_TAG_BDI, GUMBO_TAG_BDO, GUMBO_TAG_BIG, GUMBO_TAG_BLOCKQUOTE, GUMBO_TAG_BR, GUMBO_TAG_CAPTION, GUMBO_TAG_CENTER,
             GUMBO_TAG_CITE, GUMBO_TAG_CODE, GUMBO_TAG_COL, GUMBO_TAG_COLGROUP, GUMBO_TAG_DD, GUMBO_TAG_DEL, GUMBO_TAG_DETAILS,
             GUMBO_TAG_DFN, GUMBO_TAG_DIV, GUMBO_TAG_DL, GUMBO_TAG_DT, GUMBO_TAG_EM, GUMBO_TAG_FIELDSET, GUMBO_TAG_FIGCAPTION,
             GUMBO_TAG_FIGURE, GUMBO_TAG_FONT, GUMBO_TAG_FOOTER, GUMBO_TAG_H1, GUMBO_TAG_H2, GUMBO_TAG_H3, GUMBO_TAG_H4, GUMBO_TAG_H5,
             GUMBO_TAG_H6, GUMBO_TAG_HEADER, GUMBO_TAG_HGROUP, GUMBO_TAG_HR, GUMBO_TAG_I, GUMBO_TAG_INS, GUMBO_TAG_KBD, GUMBO_TAG_LABEL,
             GUMBO_TAG_LEGEND, GUMBO_TAG_LI, GUMBO_TAG_MAIN, GUMBO_TAG_MARK, GUMBO_TAG_NAV, GUMBO_TAG_NOBR, GUMBO_TAG_OL, GUMBO_TAG_P,
             GUMBO_TAG_PRE, GUMBO_TAG_Q, GUMBO_TAG_RB, GUMBO_TAG_RP, GUMBO_TAG_RT, GUMBO_TAG_RTC, GUMBO_TAG_RUBY, GUMBO_TAG_S,
             GUMBO_TAG_SAMP, GUMBO_TAG_SECTION, GUMBO_TAG_SMALL, GUMBO_TAG_SPAN, GUMBO_TAG_STRIKE, GUMBO_TAG_STRONG, GUMBO_TAG_SUB,
             GUMBO_TAG_SUMMARY, GUMBO_TAG_SUP, GUMBO_TAG_TABLE, GUMBO_TAG_TBODY, GUMBO_TAG_TD, GUMBO_TAG_TFOOT, GUMBO_TAG_TH,
             GUMBO_TAG_THEAD, GUMBO_TAG_TIME, GUMBO_TAG_TR, GUMBO_TAG_TT, GUMBO_TAG_U, GUMBO_TAG_UL, GUMBO_TAG_VAR, GUMBO_TAG_WBR })
        table[tag] = ElementAction::Keep;
    for (const GumboTag tag : { GUMBO_TAG_SCRIPT, GUMBO_TAG_NOSCRIPT, GUMBO_TAG_TEMPLATE, GUMBO_TAG_IFRAME, GUMBO_TAG_FRAME,
             GUMBO_TAG_FRAMESET, GUMBO_TAG_NOFRAMES, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED, GUMBO_TAG_APPLET, GUMBO_TAG_PARAM, GUMBO_TAG_VIDEO,
             GUMBO_TAG_AUDIO, GUMBO_TAG_SOURCE, GUMBO_TAG_TRACK, GUMBO_TAG_META, GUMBO_TAG_BASE, GUMBO_TAG_LINK, GUMBO_TAG_TITLE,
             GUMBO_TAG_SELECT, GUMBO_TAG_DATALIST, GUMBO_TAG_KEYGEN, GUMBO_TAG_BGSOUND, GUMBO_TAG_ISINDEX, GUMBO_TAG_NEXTID,
             GUMBO_TAG_BASEFONT, GUMBO_TAG_NOEMBED, GUMBO_TAG_AREA, GUMBO_TAG_MENUITEM, GUMBO_TAG_SVG, GUMBO_TAG_MATH })
        table[tag] = ElementAction::Drop;
    table[GUMBO_TAG_BODY] = ElementAction::Body;
    table[GUMBO_TAG_A] = ElementAction::Link;
    table[GUMBO_TAG_IMG] = table[GUMBO_TAG_IMAGE] = ElementAction::Image;
    table[GUMBO_TAG_INPUT] = ElementAction::Input;
    table[GUMBO_TAG_BUTTON] = table[GUMBO_TAG_TEXTAREA] = ElementAction::Control;
    table[GUMBO_TAG_FORM] = ElementAction::Form;
    table[GUMBO_TAG_STYLE] = ElementAction::Style;
    table[GUMBO_TAG_LISTING] = table[GUMBO_TAG_XMP] = table[GUMBO_TAG_PLAINTEXT] = ElementAction::Pre;
    table[GUMBO_TAG_DIR] = table[GUMBO_TAG_MENU] = ElementAction::List;
    return table;
}

// Elements whose removal the analyst should hear of (counted as active content).
bool isActive(GumboTag tag)
{
    static constexpr GumboTag kTags[] = { GUMBO_TAG_IFRAME, GUMBO_TAG_FRAME, GUMBO_TAG_FRAMESET, GUMBO_TAG_OBJECT, GUMBO_TAG_EMBED,
        GUMBO_TAG_APPLET, GUMBO_TAG_VIDEO, GUMBO_TAG_AUDIO, GUMBO_TAG_BASE, GUMBO_TAG_BGSOUND, GUMBO_TAG_KEYGEN, GUMBO_TAG_ISINDEX,
        GUMBO_TAG_SELECT, GUMBO_TAG_FORM, GUMBO_TAG_BUTTON, GUMBO_TAG_TEXTAREA, GUMBO_TAG_SVG, GUMBO_TAG_MATH };
    return std::find(std::begin(kTags), std::end(kTags), tag) != std::end(kTags);
}

// <portal> embeds, and can activate, another page; gumbo does not know the tag.
bool isPortal(const GumboElement &element)
{
    if (element.tag != GUMBO_TAG_UNKNOWN || element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return false;
    GumboStringPiece name = element.original_tag;
    gumbo_tag_from_original_text(&name);
    return QByteArray(name.data, qsizetype(name.length)).toLower() == "portal";
}

// Attributes whose value the engine would fetch (now, or on a click for "ping").
bool isResourceAttribute(const GumboElement &element, std::string_view name)
{
    if (name == "src"sv || name == "srcset"sv || name == "lowsrc"sv || name == "dynsrc"sv || name == "poster"sv || name == "background"sv
        || name == "codebase"sv || name == "archive"sv || name == "manifest"sv || name == "ping"sv || name == "imagesrcset"sv
        || name == "icon"sv || name == "xlink:href"sv)
        return true;
    if (name == "data"sv || name == "classid"sv)
        return element.tag == GUMBO_TAG_OBJECT;
    if (name == "code"sv)
        return element.tag == GUMBO_TAG_APPLET || element.tag == GUMBO_TAG_EMBED;
    if (name == "href"sv)
        return element.tag == GUMBO_TAG_LINK || element.tag_namespace != GUMBO_NAMESPACE_HTML;
    return false;
}

bool isUrlAttribute(std::string_view name)
{
    return name == "href"sv || name == "src"sv || name == "action"sv || name == "formaction"sv || name == "data"sv || name == "xlink:href"sv
        || name == "background"sv || name == "poster"sv || name == "codebase"sv;
}

bool isLocalImage(const QString &src, qsizetype maxDataImageBytes)
{
    const QString read = urlAsBrowsersRead(src);
    return (read.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive) && read.size() > 4)
        || acceptedDataImage(read, maxDataImageBytes).has_value();
}

} // namespace

ElementAction elementAction(const GumboNode *node)
{
    if (node->type == GUMBO_NODE_TEMPLATE)
        return ElementAction::Drop;
    const GumboElement &element = node->v.element;
    if (element.tag_namespace != GUMBO_NAMESPACE_HTML)
        return ElementAction::Drop; // SVG and MathML, with whatever they hold
    if (element.tag == GUMBO_TAG_UNKNOWN)
        return isPortal(element) ? ElementAction::Drop : ElementAction::Unwrap; // VML v:*, Office o:*, custom elements
    static const ActionTable table = makeActionTable();
    return size_t(element.tag) < table.size() ? table[element.tag] : ElementAction::Unwrap;
}

bool isAllowedAttribute(std::string_view name)
{
    static constexpr std::string_view kNames[] = {
        "abbr"sv,
        "align"sv,
        "alink"sv,
        "alt"sv,
        "axis"sv,
        "bgcolor"sv,
        "border"sv,
        "cellpadding"sv,
        "cellspacing"sv,
        "char"sv,
        "charoff"sv,
        "class"sv,
        "clear"sv,
        "color"sv,
        "cols"sv,
        "colspan"sv,
        "compact"sv,
        "datetime"sv,
        "dir"sv,
        "face"sv,
        "frame"sv,
        "headers"sv,
        "height"sv,
        "hspace"sv,
        "id"sv,
        "lang"sv,
        "leftmargin"sv,
        "link"sv,
        "marginheight"sv,
        "marginwidth"sv,
        "noshade"sv,
        "nowrap"sv,
        "open"sv,
        "reversed"sv,
        "rows"sv,
        "rowspan"sv,
        "rules"sv,
        "scope"sv,
        "size"sv,
        "span"sv,
        "start"sv,
        "style"sv,
        "summary"sv,
        "text"sv,
        "title"sv,
        "topmargin"sv,
        "type"sv,
        "valign"sv,
        "value"sv,
        "vlink"sv,
        "vspace"sv,
        "width"sv,
        "xml:lang"sv,
    };
    return std::find(std::begin(kNames), std::end(kNames), name) != std::end(kNames);
}

QString attributeValue(const GumboElement &element, const char *name)
{
    const GumboAttribute *found = gumbo_get_attribute(&element.attributes, name);
    return found ? QString::fromUtf8(found->value) : QString();
}

void countElement(const GumboNode *node, SanitizeCounts &counts, qsizetype maxDataImageBytes)
{
    if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_TEMPLATE)
        return;
    const GumboElement &element = node->v.element;
    if (element.tag == GUMBO_TAG_SCRIPT)
        ++counts.removedScripts;
    else if (isActive(element.tag) || isPortal(element))
        ++counts.removedActiveContent;
    else if (element.tag == GUMBO_TAG_INPUT)
        counts.removedActiveContent += attributeValue(element, "type").compare(QLatin1String("hidden"), Qt::CaseInsensitive) != 0 ? 1 : 0;
    else if (element.tag == GUMBO_TAG_META)
        counts.removedActiveContent
            += attributeValue(element, "http-equiv").compare(QLatin1String("refresh"), Qt::CaseInsensitive) == 0 ? 1 : 0;

    const bool image = element.tag == GUMBO_TAG_IMG || element.tag == GUMBO_TAG_IMAGE || element.tag == GUMBO_TAG_INPUT;
    for (unsigned i = 0; i < element.attributes.length; ++i) {
        const auto *attribute = static_cast<const GumboAttribute *>(element.attributes.data[i]);
        const std::string_view name(attribute->name);
        const QString value = QString::fromUtf8(attribute->value).trimmed();
        if (name.size() > 2 && (name[0] == 'o' || name[0] == 'O') && (name[1] == 'n' || name[1] == 'N'))
            ++counts.removedScripts; // an event handler
        else if (isUrlAttribute(name) && isScriptUrl(value))
            ++counts.removedScripts;
        else if (isResourceAttribute(element, name) && !value.isEmpty()
            && !(image && name == "src"sv && isLocalImage(value, maxDataImageBytes)))
            ++counts.blockedRemoteResources;
    }
}

} // namespace shoal::safeview
