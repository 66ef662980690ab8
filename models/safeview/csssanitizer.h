#pragma once

#include <QString>
#include <QStringView>

namespace shoal {
struct SanitizeCounts;
}

namespace shoal::safeview {

/// Where a piece of CSS stands: a style="" attribute, or the text of a <style> element (where a
/// "<" could end the element, so none is left in it).
enum class CssContext { StyleAttribute, StyleSheet };

/*!
 * \brief Makes mail CSS unable to fetch or run anything, keeping the rest of it.
 *
 * CSS escapes are decoded and comments removed first (not replaced by a space: "u", a comment
 * and "rl(" become "url(" and are caught), and the result keeps no backslash, so that what is checked
 * here is exactly what the engine will read ("\75 rl(" is "url(").
 * Then every function that can fetch (url(), image-set(), cross-fade(), image(), src(),
 * element(), paint(), with or without a vendor prefix) becomes "none", except url() of a cid:
 * part (rewritten to shoal-part:) and of an accepted data: image; @import and @font-face rules
 * are removed; expression(), behavior, -moz-binding and javascript:/vbscript: are neutralised.
 * A last check refuses the whole text (counted as a blocked resource) if anything fetchable or
 * any "://" is still there.
 */
QString sanitizeCss(QStringView css, CssContext context, SanitizeCounts &counts, qsizetype maxDataImageBytes);

/// CSS escapes decoded (invalid code points become U+FFFD), comments removed,
/// backslashes and NULs removed. Exposed for the tests.
QString decodeCss(QStringView css);

} // namespace shoal::safeview
