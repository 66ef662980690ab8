#include "mail/msgheaders.h"

#include "mail/headerdecoding.h"

namespace shoal::msg {

namespace {

bool isFieldNameChar(QChar c)
{
    return c.unicode() > 32 && c.unicode() < 127 && c != QLatin1Char(':');
}

} // namespace

QList<HeaderField> parseHeaderBlock(const QString &block, ParseNotes &notes, int *skipped)
{
    QList<HeaderField> fields;
    int skippedLines = 0;
    QString name;
    QString value;
    auto finish = [&] {
        if (name.isEmpty())
            return;
        HeaderField field;
        field.name = name;
        field.rawValue = value.trimmed().toUtf8();
        field.decodedValue = mime::decodeHeaderText(field.rawValue, notes, QStringLiteral("transport header ") + name);
        fields.append(field);
        name.clear();
        value.clear();
    };
    const QStringList lines = block.split(QLatin1Char('\n'));
    for (QString line : lines) {
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.trimmed().isEmpty()) {
            if (!fields.isEmpty() || !name.isEmpty())
                break;
            continue; // leading blank lines
        }
        if (line.front() == QLatin1Char(' ') || line.front() == QLatin1Char('\t')) {
            if (name.isEmpty())
                ++skippedLines;
            else
                value += line; // unfolding keeps the whitespace, drops the line break
            continue;
        }
        const qsizetype colon = line.indexOf(QLatin1Char(':'));
        bool valid = colon > 0;
        for (qsizetype i = 0; valid && i < colon; ++i)
            valid = isFieldNameChar(line.at(i));
        if (!valid) {
            ++skippedLines;
            continue;
        }
        finish();
        name = line.left(colon);
        value = line.mid(colon + 1);
    }
    finish();
    if (skipped)
        *skipped = skippedLines;
    return fields;
}

} // namespace shoal::msg
