#include "store/ftstext.h"

#include <QList>

namespace shoal::store {

namespace {

bool isCjk(char32_t c)
{
    return (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0x3400 && c <= 0x4DBF) // CJK extension A
        || (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
        || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
        || (c >= 0xFF66 && c <= 0xFF9F) // half-width katakana
        || (c >= 0xAC00 && c <= 0xD7AF) // hangul
        || (c >= 0x20000 && c <= 0x2FFFF);
}

// Appends the bigrams of a CJK run, given as the offsets of its characters in `text` (a
// character may be a surrogate pair); a single character stands as itself.
void appendBigrams(QStringView text, const QList<qsizetype> &starts, qsizetype runEnd, QString &out)
{
    if (!out.isEmpty() && !out.back().isSpace())
        out += QLatin1Char(' ');
    if (starts.size() == 1) {
        out += text.sliced(starts[0], runEnd - starts[0]);
        out += QLatin1Char(' ');
        return;
    }
    for (qsizetype i = 0; i + 1 < starts.size(); ++i) {
        const qsizetype end = i + 2 < starts.size() ? starts[i + 2] : runEnd;
        out += text.sliced(starts[i], end - starts[i]);
        out += QLatin1Char(' ');
    }
}

// Runs for every sample's subject, addresses and body at import: copies non-CJK text in whole
// slices and allocates nothing per character.
QString transform(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 2 + 8);
    QList<qsizetype> run; // start offsets of the current CJK run's characters
    qsizetype plainStart = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        char32_t c = text[i].unicode();
        qsizetype width = 1;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            width = 2;
        }
        if (isCjk(c)) {
            if (run.isEmpty())
                out += text.sliced(plainStart, i - plainStart);
            run.append(i);
        } else if (!run.isEmpty()) {
            appendBigrams(text, run, i, out);
            run.clear();
            plainStart = i;
        }
        i += width;
    }
    if (!run.isEmpty())
        appendBigrams(text, run, text.size(), out);
    else
        out += text.sliced(plainStart);
    return out;
}

} // namespace

QString ftsIndexText(QStringView text)
{
    return transform(text);
}

QString ftsQueryTerm(QStringView word)
{
    QString phrase = transform(word).simplified();
    phrase.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + phrase + QLatin1Char('"');
}

} // namespace shoal::store
