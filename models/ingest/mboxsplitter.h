#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace shoal::ingest {

/*!
 * \brief Cuts an mbox held in memory (usually a mapped file) into its messages, without copying.
 *
 * A message starts after a "From " line at the start of the mbox or at a line start that either
 * follows a blank line (the mboxrd/mboxo convention) or is followed by a header field (writers
 * such as old Netscape left out the blank line). Any other "From " line is body text. The blank
 * line that separates one message from the next belongs to the mbox, not to the message. Line
 * ends may be LF or CRLF; a UTF-8 byte order mark before the first From_ line is skipped.
 */
class MboxSplitter
{
public:
    explicit MboxSplitter(QByteArrayView mbox);

    /// The next message, still ">From "-escaped and without its From_ line. False at the end.
    bool next(QByteArrayView *message);
    /// True when next() would return false.
    bool atEnd() const { return m_pos >= m_data.size(); }

    /// Undoes mboxrd/mboxo escaping: a line ">From ", ">>From "... loses one '>'.
    static QByteArray unescape(QByteArrayView message);

private:
    qsizetype findSeparator(qsizetype from) const;
    bool isSeparator(qsizetype lineStart) const;

    QByteArrayView m_data;
    qsizetype m_pos = 0;
};

} // namespace shoal::ingest
