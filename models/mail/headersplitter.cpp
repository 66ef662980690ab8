#include "mail/headersplitter.h"

namespace shoal::mime {

namespace {

// A field name is printable US-ASCII without the colon (RFC 5322 2.2); real mail also puts
// spaces before the colon ("Subject : x"), which clients accept.
qsizetype fieldNameEnd(QByteArrayView line)
{
    for (qsizetype i = 0; i < line.size(); ++i) {
        const unsigned char c = static_cast<unsigned char>(line[i]);
        if (c == ':')
            return i;
        if (c <= 32 || c >= 127) {
            // Allow "Name :" but not a name with spaces inside.
            qsizetype j = i;
            while (j < line.size() && (line[j] == ' ' || line[j] == '\t'))
                ++j;
            return j < line.size() && line[j] == ':' && i > 0 ? j : -1;
        }
    }
    return -1;
}

QByteArrayView trimLineEnd(QByteArrayView value)
{
    while (!value.isEmpty() && (value.back() == '\n' || value.back() == '\r'))
        value.chop(1);
    return value;
}

} // namespace

SplitHeader splitHeader(QByteArrayView message, ParseNotes &notes)
{
    SplitHeader result;
    qsizetype pos = 0;
    qsizetype fieldStart = -1, valueStart = -1;
    QByteArrayView fieldName;
    const auto finishField = [&](qsizetype end) {
        if (fieldStart < 0)
            return;
        QByteArrayView value = trimLineEnd(message.sliced(valueStart, end - valueStart));
        if (!value.isEmpty() && (value.front() == ' ' || value.front() == '\t'))
            value = value.sliced(1);
        result.fields.append(RawField{fieldName, value});
        fieldStart = -1;
    };
    while (pos < message.size()) {
        qsizetype lineEnd = message.indexOf('\n', pos);
        lineEnd = lineEnd < 0 ? message.size() : lineEnd + 1;
        const QByteArrayView line = message.sliced(pos, lineEnd - pos);
        const QByteArrayView content = trimLineEnd(line);
        if (content.isEmpty()) { // the blank line: the body follows
            finishField(pos);
            result.bodyOffset = lineEnd;
            return result;
        }
        if ((line[0] == ' ' || line[0] == '\t') && fieldStart >= 0) {
            pos = lineEnd; // a fold: part of the current field
            continue;
        }
        const qsizetype colon = fieldNameEnd(content);
        if (colon > 0) {
            finishField(pos);
            fieldStart = pos;
            qsizetype nameEnd = colon;
            while (nameEnd > 0 && (content[nameEnd - 1] == ' ' || content[nameEnd - 1] == '\t'))
                --nameEnd;
            fieldName = content.first(nameEnd);
            valueStart = pos + colon + 1;
        } else {
            // As Python's email package reads it: the body starts at the first line that is no
            // field, the first line of the file included (a message without a header loses
            // nothing).
            finishField(pos);
            notes.warning(QStringLiteral("header-no-blank-line"),
                          QStringLiteral("the header ends without a blank line; the body starts at the first line that is no field"));
            result.bodyOffset = pos;
            return result;
        }
        pos = lineEnd;
    }
    finishField(pos);
    result.bodyOffset = message.size();
    return result;
}

} // namespace shoal::mime
