#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace shoal {

struct Attachment;
struct Message;

/// Bounds and choices of the sanitiser. The defaults suit mail; tests lower them.
struct SanitizeOptions {
    qsizetype maxInputChars = 20 * 1024 * 1024; ///< longer HTML is cut (noted)
    int maxNesting = 400; ///< start tags that would nest deeper are ignored (noted)
    int maxNodes = 250000; ///< tags and text nodes beyond are not shown (noted)
    qsizetype maxDataImageBytes = 2 * 1024 * 1024; ///< bigger data: images become placeholders
    qsizetype maxParserBytes = 768 * 1024 * 1024; ///< the HTML parser's memory; beyond, text only
};

/// What the sanitiser took out or changed, for the inspector to say what was neutralised.
struct SanitizeCounts {
    int removedScripts = 0; ///< <script>, on* handlers, javascript:/vbscript: URLs, CSS expression()/behavior/-moz-binding
    int removedActiveContent
        = 0; ///< frames, objects, embeds, applets, forms and their controls, meta refresh, base, portals, SVG, MathML, media
    int blockedRemoteResources
        = 0; ///< references the engine would have fetched: images, srcset, stylesheets, CSS url(), @import, fonts, media sources
    int links = 0; ///< <a href> made inert
    int mismatchedLinks = 0; ///< links whose text shows one site while the target is another
    int inlineImages = 0; ///< cid: references rewritten to shoal-part:
    int dataImages = 0; ///< data: images kept
};

/// The sanitiser's result: a complete HTML document that loads nothing but the message's own
/// inline parts (shoal-part:) and bounded data: images, and runs nothing.
struct SanitizedHtml {
    QString html;
    SanitizeCounts counts;
    QStringList notes; ///< bounds that cut something, or the plain-text fallback
    bool shownAsText = false; ///< the HTML could not be parsed within bounds; its text is shown
};

/*!
 * \brief Sanitises the HTML body of a hostile message for the safe view.
 *
 * gumbo parses the markup; an allow-list of elements and attributes is written back out by an
 * iterative serialiser (no recursion: any nesting is safe). Scripts, event handlers, frames,
 * objects, forms' controls, meta, base, link, SVG, MathML, media, templates and unknown or
 * VML/Office elements (their text is kept) are removed; CSS is cleaned by sanitizeCss(); cid:
 * images point to shoal-part:; bounded data: images stay; every other image becomes a visible
 * placeholder showing its defanged URL; links keep their text but lose their href, their
 * defanged target goes to title and data-shoal-href, and a badge marks a link whose text shows
 * another site than its target. The document carries a Content-Security-Policy <meta> and
 * Shoal's small stylesheet for placeholders and badges.
 *
 * Bounded: input length, nesting (checked before the parser, whose cost grows with depth),
 * node count and parser memory; what a bound cuts is noted. Never throws.
 */
SanitizedHtml sanitizeMailHtml(const QString &html, const SanitizeOptions &options = {});

/// A plain-text body as a safe document (same CSP and stylesheet), wrapped like a mail reader.
SanitizedHtml plainTextDocument(const QString &text);

/// What the safe view shows of a message: its HTML body sanitised, or else its text body.
SanitizedHtml sanitizeMessageBody(const Message &message, const SanitizeOptions &options = {});

/// The parts a sanitised body may show through shoal-part: (those with a Content-ID).
QList<Attachment> inlineParts(const Message &message);

} // namespace shoal
