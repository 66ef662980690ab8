#pragma once

#include <QString>

#include <gumbo.h>

#include <string_view>

namespace shoal {
struct SanitizeCounts;
}

// Internal to the safe view: the allow-list of sanitizeMailHtml(), element by element.
namespace shoal::safeview {

/// What the serialiser does with an element.
enum class ElementAction {
    Keep, ///< written with its allowed attributes
    Unwrap, ///< the tag goes, the content stays (unknown, VML/Office, <picture>, <canvas>...)
    Drop, ///< the element and everything in it go (script, frames, objects, media, SVG...)
    Body, ///< its allowed attributes go to Shoal's own <body>; the content stays
    Image, ///< cid: -> shoal-part:, accepted data:, anything else a placeholder
    Link, ///< <a>: made inert, its target shown defanged
    Input, ///< an inert box showing the field's value or type
    Control, ///< <button>, <textarea>: an inert box around their text
    Form, ///< an outlined block saying where it would have sent
    Style, ///< <style>: its text through sanitizeCss()
    Pre, ///< <listing>, <xmp>, <plaintext>: written as <pre>
    List, ///< <dir>, <menu>: written as <ul>
};

/// The action for an element (or template) node; anything outside the HTML namespace drops.
ElementAction elementAction(const GumboNode *node);

/// Presentation attributes kept on written elements: nothing here names a URL, a script or a form.
bool isAllowedAttribute(std::string_view name);

/// Adds what `node` would have done to `counts`: a script, an active element (frame, object,
/// form control, meta refresh, base, portal, SVG...), event handlers and javascript: URLs,
/// and each attribute the engine would have fetched (cid: and accepted data: images aside).
void countElement(const GumboNode *node, SanitizeCounts &counts, qsizetype maxDataImageBytes);

/// The attribute's value as text, or empty.
QString attributeValue(const GumboElement &element, const char *name);

} // namespace shoal::safeview
