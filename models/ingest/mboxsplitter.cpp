#include "ingest/mboxsplitter.h"

#include "ingest/formatsniffer.h"

namespace shoal::ingest {

namespace {

constexpr QByteArrayView kFrom("From ");

// Index just past the line that starts at `from` (its LF included), or the end of `data`.
qsizetype nextLineStart(QByteArrayView data, qsizetype from)
{
    const qsizetype newline = data.indexOf('\n', from);
    return newline < 0 ? data.size() : newline + 1;
}

} // namespace

MboxSplitter::MboxSplitter(QByteArrayView mbox) : m_data(mbox)
{
    if (m_data.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

bool MboxSplitter::next(QByteArrayView *message)
{
    while (m_pos < m_data.size()) {
        const bool atFromLine = m_data.sliced(m_pos).startsWith(kFrom);
        const qsizetype begin = atFromLine ? nextLineStart(m_data, m_pos) : m_pos;
        const qsizetype end = findSeparator(begin);
        QByteArrayView found = m_data.sliced(begin, end - begin);
        m_pos = end;
        // The blank line written after each message (before the next From_ line) is the mbox's.
        if (found.endsWith("\r\n\r\n") || found == "\r\n")
            found.chop(2);
        else if (found.endsWith("\n\n") || found == "\n")
            found.chop(1);
        // Text before the first From_ line is not a message unless it has content.
        if (!atFromLine && found.trimmed().isEmpty())
            continue;
        *message = found;
        return true;
    }
    return false;
}

qsizetype MboxSplitter::findSeparator(qsizetype from) const
{
    qsizetype search = from;
    while (search < m_data.size()) {
        // A From_ line at `from` itself follows the end of the previous line.
        const qsizetype hit = m_data.indexOf("\nFrom ", search > 0 ? search - 1 : 0);
        if (hit < 0)
            return m_data.size();
        const qsizetype lineStart = hit + 1;
        if (lineStart >= from && isSeparator(lineStart))
            return lineStart;
        search = lineStart + 1;
    }
    return m_data.size();
}

bool MboxSplitter::isSeparator(qsizetype lineStart) const
{
    const QByteArrayView before = m_data.first(lineStart);
    if (before.endsWith("\n\n") || before.endsWith("\n\r\n"))
        return true;
    const qsizetype following = nextLineStart(m_data, lineStart);
    if (following >= m_data.size())
        return false;
    QByteArrayView line = m_data.sliced(following, nextLineStart(m_data, following) - following);
    return isHeaderFieldLine(line);
}

QByteArray MboxSplitter::unescape(QByteArrayView message)
{
    QByteArray out;
    out.reserve(message.size());
    qsizetype lineStart = 0;
    while (lineStart < message.size()) {
        const qsizetype lineEnd = nextLineStart(message, lineStart);
        QByteArrayView line = message.sliced(lineStart, lineEnd - lineStart);
        qsizetype quotes = 0;
        while (quotes < line.size() && line[quotes] == '>')
            ++quotes;
        if (quotes > 0 && line.sliced(quotes).startsWith(kFrom))
            line = line.sliced(1);
        out.append(line);
        lineStart = lineEnd;
    }
    return out;
}

} // namespace shoal::ingest
