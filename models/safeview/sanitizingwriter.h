#pragma once

#include "safeview/htmlsanitizer.h"

#include <QByteArray>

struct GumboInternalNode;

// Internal to the safe view: the allow-list and the serialiser of sanitizeMailHtml().
namespace shoal::safeview {

/*!
 * \brief Writes the allowed part of a gumbo tree back out as HTML (UTF-8), counting what it
 * leaves out.
 *
 * Iterative: an explicit stack of open elements, so the depth of the tree costs heap, never C
 * stack. Dropped subtrees are still walked, silently, so that what they held is counted.
 * Everything written is built here from allowed names and escaped values; nothing of the
 * input passes through unescaped except CSS that sanitizeCss() returned.
 */
class SanitizingWriter
{
public:
    SanitizingWriter(const SanitizeOptions &options, SanitizeCounts &counts);

    /// Walks the document; returns false when the node budget cut the walk short.
    bool write(const GumboInternalNode *document);
    /// The content of the body (head styles first).
    const QByteArray &content() const { return m_out; }
    /// The allowed attributes of the mail's <body>, ready to go into Shoal's own <body> tag.
    const QByteArray &bodyAttributes() const { return m_bodyAttributes; }

private:
    struct Frame;

    void writeAttributes(const GumboInternalNode *node, QByteArray &out, const char *extraClass = nullptr, bool keepTitle = true);
    void writeImage(const GumboInternalNode *node, const QString &src, QByteArray &out);
    QByteArray writeLinkStart(const GumboInternalNode *node, QByteArray &out);
    void writeInput(const GumboInternalNode *node, QByteArray &out);
    void writeStyle(const GumboInternalNode *node, QByteArray &out);
    void writePlaceholder(const QString &url, const GumboInternalNode *image, QByteArray &out);

    const SanitizeOptions &m_options;
    SanitizeCounts &m_counts;
    QByteArray m_out;
    QByteArray m_bodyAttributes;
    bool m_haveBody = false;
};

} // namespace shoal::safeview
