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

// Appends the bigrams of a CJK run; a single character stands as itself.
void appendBigrams(const std::u32string &run, QString &out)
{
    if (!out.isEmpty() && !out.back().isSpace())
        out += QLatin1Char(' ');
    if (run.size() == 1) {
        out += QString::fromUcs4(run.data(), 1) + QLatin1Char(' ');
        return;
    }
    for (size_t i = 0; i + 1 < run.size(); ++i)
        out += QString::fromUcs4(run.data() + i, 2) + QLatin1Char(' ');
}

QString transform(QStringView text)
{
    QString out;
    out.reserve(text.size() + text.size() / 2);
    std::u32string run;
    for (char32_t c : text.toUcs4()) {
        if (isCjk(c)) {
            run.push_back(c);
            continue;
        }
        if (!run.empty()) {
            appendBigrams(run, out);
            run.clear();
        }
        out += QString::fromUcs4(&c, 1);
    }
    if (!run.empty())
        appendBigrams(run, out);
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
