#pragma once

#include <QString>
#include <QStringView>

// Internal to the safe view: bounds on markup before it reaches the HTML parser.
namespace shoal::safeview {

/// The markup as it may be given to the parser, and what the guard changed.
struct GuardedMarkup {
    QString html;
    int ignoredStartTags = 0; ///< start tags left out because they would have nested too deep
    bool cutAtElementLimit = false; ///< the markup was cut where it reached `maxElements`
};

/*!
 * \brief Keeps the element nesting of `html` under `maxNesting` and the elements the parser
 * will build from it under `maxElements`.
 *
 * The HTML parser's work per tag grows with the depth of the open elements, so 100,000 nested
 * <div>s would take minutes. A flat scan estimates the depth the way the parser builds it
 * (end tags close the matching open element within its scope, <p>, <li>, <td>... close their
 * open sibling, void elements do not nest, unclosed formatting elements count because the
 * parser reopens them) and leaves out the start tags that would go deeper; their end tags then
 * match nothing and are ignored by the parser too. Text is never removed, but the markup is
 * cut where the elements to build (counting the reopened formatting elements: misnested <b>s
 * multiply) reach `maxElements`. Linear time.
 */
GuardedMarkup guardMarkup(QStringView html, int maxNesting, int maxElements);

/// The text of `html` without its tags, comments, scripts and styles, with the common character
/// references decoded; at most `maxChars` characters. The fallback when parsing is refused.
QString markupText(QStringView html, qsizetype maxChars);

} // namespace shoal::safeview
