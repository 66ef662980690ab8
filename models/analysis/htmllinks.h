#pragma once

#include <QStringView>

// Internal to models/analysis: indicators of an HTML body.
namespace shoal::analysis {

class IndicatorSink;

/*!
 * \brief Reads the links of an HTML body (href, src, action, formaction, background, poster,
 * data, meta refresh; mailto: addresses) and scans its visible text like plain text.
 *
 * gumbo parses the HTML. gumbo's tree building costs time in proportion to the nesting depth
 * for every tag, so markup that nests deeper than a few hundred elements (hostile or broken)
 * is not given to it: the markup is then scanned as plain text, which still finds quoted URLs.
 * Returns false when that fallback was taken.
 */
bool scanHtml(QStringView html, IndicatorSink &sink);

} // namespace shoal::analysis
