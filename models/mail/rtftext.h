#pragma once

#include <QByteArrayView>
#include <QString>

namespace shoal::rtf {

/// True when the RTF header declares encapsulated HTML (\fromhtml1, MS-OXRTFEX 2.1.3.1.1).
bool encapsulatesHtml(QByteArrayView rtf);

/*!
 * \brief The HTML encapsulated in RTF (MS-OXRTFEX 2.1.3.3): the contents of the \*\htmltag
 * groups and the text between them, leaving out what \htmlrtf marks as RTF-only.
 *
 * Bytes written as \'hh are decoded with the code page of the current font (\fcharset in the
 * font table) or the document's \ansicpg; \uN becomes that character. Paragraph marks become
 * CRLF, as Outlook writes them.
 */
QString htmlFromRtf(QByteArrayView rtf);

/*!
 * \brief The plain text of RTF: the encapsulated text of a \fromtext document, else the text a
 * reader would see, with font tables, pictures, objects and other destinations left out.
 * Paragraph and line breaks become CRLF.
 */
QString textFromRtf(QByteArrayView rtf);

} // namespace shoal::rtf
