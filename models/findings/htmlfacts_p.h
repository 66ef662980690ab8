#pragma once

// Internal to models/findings: the parts of an HTML body the rules look at.

#include <QList>
#include <QString>
#include <QStringView>

namespace shoal::findings {

struct HtmlImage {
    QString src;
    QString width; ///< the attribute as written
    QString height;
    QString style;
};

struct HtmlAnchor {
    QString href;
    QString text; ///< visible text, whitespace collapsed, at most a few hundred characters
};

struct HtmlFacts {
    QList<HtmlImage> images;
    QList<HtmlAnchor> anchors;
    bool truncated = false; ///< the HTML was cut to stay within the bounds
};

/*!
 * Reads the images and links of an HTML body with gumbo. Bounded: gumbo's cost grows with the
 * nesting depth for every element, so the markup is cut after maxStartTags start tags (and
 * maxHtmlBytes), and the parse itself runs within a memory and time budget; past the budget
 * the facts are empty and `truncated` is set.
 */
HtmlFacts readHtmlFacts(QStringView html);

inline constexpr int maxStartTags = 10000;
inline constexpr qsizetype maxHtmlBytes = 4 * 1024 * 1024;
inline constexpr qsizetype maxParserBytes = 128 * 1024 * 1024;
inline constexpr int maxParserMilliseconds = 2000;

} // namespace shoal::findings
