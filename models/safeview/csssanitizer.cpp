#include "safeview/csssanitizer.h"

#include "safeview/htmlsanitizer.h"
#include "safeview/safeurls.h"

namespace shoal::safeview {
namespace {

constexpr qsizetype kMaxCssChars = 512 * 1024; // a mail's styles are far smaller; more is cut

bool isIdentChar(QChar c)
{
    return c.isLetterOrNumber() || c == u'-' || c == u'_' || c.unicode() >= 0x80;
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// The end (one past) of the string that starts with the quote at `i`, or the text's end.
qsizetype stringEnd(QStringView text, qsizetype i)
{
    const QChar quote = text[i];
    for (qsizetype j = i + 1; j < text.size(); ++j) {
        if (text[j] == quote || text[j] == u'\n')
            return j + 1;
    }
    return text.size();
}

// One past the ")" that closes the function whose "(" is at `open`; nested parentheses and
// strings are skipped. An unclosed function runs to the end, as CSS reads it.
qsizetype functionEnd(QStringView text, qsizetype open)
{
    int depth = 0;
    for (qsizetype j = open; j < text.size();) {
        const QChar c = text[j];
        if (c == u'"' || c == u'\'') {
            j = stringEnd(text, j);
            continue;
        }
        if (c == u'(')
            ++depth;
        else if (c == u')' && --depth == 0)
            return j + 1;
        ++j;
    }
    return text.size();
}

// The argument of url(...) or src(...): quotes and surrounding spaces removed.
QString functionArgument(QStringView inside)
{
    QStringView arg = inside.trimmed();
    if (arg.size() >= 2 && (arg.front() == u'"' || arg.front() == u'\'') && arg.back() == arg.front())
        arg = arg.mid(1, arg.size() - 2);
    return arg.trimmed().toString();
}

// Removes the at-rule that starts at each "@name": up to its ";" (statements) or through its
// block (when a "{" comes first).
QString removeAtRules(const QString &css, QLatin1StringView name, int &removed)
{
    QString out;
    qsizetype from = 0;
    for (qsizetype at = css.indexOf(name, 0, Qt::CaseInsensitive); at >= 0; at = css.indexOf(name, from, Qt::CaseInsensitive)) {
        out += QStringView(css).mid(from, at - from);
        qsizetype j = at + name.size();
        int depth = 0;
        for (; j < css.size(); ++j) {
            const QChar c = css[j];
            if (c == u'"' || c == u'\'') {
                j = stringEnd(css, j) - 1;
            } else if (c == u';' && depth == 0) {
                ++j;
                break;
            } else if (c == u'{') {
                ++depth;
            } else if (c == u'}' && --depth <= 0) {
                j += depth == 0 ? 1 : 0; // a "}" closing an outer block stays
                break;
            }
        }
        ++removed;
        out += QLatin1Char(' ');
        from = j;
    }
    out += QStringView(css).mid(from);
    return out;
}

bool isFetchingFunction(QStringView name)
{
    static constexpr QLatin1StringView kNames[] = {
        QLatin1StringView("url"),
        QLatin1StringView("src"),
        QLatin1StringView("image-set"),
        QLatin1StringView("cross-fade"),
        QLatin1StringView("image"),
        QLatin1StringView("element"),
        QLatin1StringView("paint"),
        QLatin1StringView("image-rect"),
    };
    for (const QLatin1StringView known : kNames) {
        if (name.compare(known, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// "-webkit-image-set" -> "image-set": vendor prefixes do not change what a function fetches.
QStringView withoutVendorPrefix(QStringView name)
{
    if (name.size() > 2 && name.front() == u'-' && name[1] != u'-') {
        const qsizetype dash = name.indexOf(u'-', 1);
        if (dash > 0)
            return name.mid(dash + 1);
    }
    return name;
}

// Replaces the fetching functions and expression(); keeps url() of cid: and accepted data: images.
QString neutraliseFunctions(const QString &css, SanitizeCounts &counts, qsizetype maxDataImageBytes)
{
    QString out;
    out.reserve(css.size());
    qsizetype copied = 0;
    for (qsizetype i = 0; i < css.size(); ++i) {
        if (css[i] != u'(')
            continue;
        qsizetype start = i;
        while (start > 0 && isIdentChar(css[start - 1]))
            --start;
        const QStringView name = withoutVendorPrefix(QStringView(css).mid(start, i - start));
        const bool script = name.compare(QLatin1StringView("expression"), Qt::CaseInsensitive) == 0;
        if (!script && !isFetchingFunction(name))
            continue;
        const qsizetype end = functionEnd(css, i);
        QString replacement = QStringLiteral("none");
        if (script) {
            ++counts.removedScripts;
        } else if (name.compare(QLatin1StringView("url"), Qt::CaseInsensitive) == 0) {
            const qsizetype closing = css[end - 1] == u')' ? 1 : 0;
            const QString target = functionArgument(QStringView(css).mid(i + 1, std::max<qsizetype>(0, end - i - 1 - closing)));
            const QString read = urlAsBrowsersRead(target);
            if (read.startsWith(QLatin1String("cid:"), Qt::CaseInsensitive) && read.size() > 4) {
                replacement = QLatin1String("url(\"") + partUrl(read.mid(4)) + QLatin1String("\")");
                ++counts.inlineImages;
            } else if (const std::optional<QString> data = acceptedDataImage(read, maxDataImageBytes)) {
                replacement = QLatin1String("url(\"") + *data + QLatin1String("\")");
                ++counts.dataImages;
            } else if (!read.isEmpty()) {
                ++counts.blockedRemoteResources;
            }
        } else {
            ++counts.blockedRemoteResources;
        }
        out += QStringView(css).mid(copied, start - copied);
        out += replacement;
        copied = end;
        i = end - 1;
    }
    out += QStringView(css).mid(copied);
    return out;
}

// Replaces every occurrence of `word` (case-insensitive) by `replacement`; returns how many.
int replaceWord(QString &css, QLatin1StringView word, QLatin1StringView replacement)
{
    int count = 0;
    for (qsizetype at = css.indexOf(word, 0, Qt::CaseInsensitive); at >= 0;
        at = css.indexOf(word, at + replacement.size(), Qt::CaseInsensitive)) {
        css.replace(at, word.size(), replacement);
        ++count;
    }
    return count;
}

// The last wall: true when nothing that fetches or runs is left, whatever the passes missed.
bool looksInert(const QString &css)
{
    const QString lower = css.toLower();
    static constexpr QLatin1StringView kForbidden[] = {
        QLatin1StringView("@import"),
        QLatin1StringView("@font-face"),
        QLatin1StringView("image-set("),
        QLatin1StringView("cross-fade("),
        QLatin1StringView("image("),
        QLatin1StringView("src("),
        QLatin1StringView("element("),
        QLatin1StringView("paint("),
        QLatin1StringView("expression("),
        QLatin1StringView("javascript:"),
        QLatin1StringView("vbscript:"),
        QLatin1StringView("behavior"),
        QLatin1StringView("-moz-binding"),
        QLatin1StringView("\\"),
        QLatin1StringView("://"),
    };
    for (const QLatin1StringView word : kForbidden) {
        if (lower.contains(word))
            return false;
    }
    for (qsizetype at = lower.indexOf(QLatin1String("url(")); at >= 0; at = lower.indexOf(QLatin1String("url("), at + 4)) {
        const QStringView rest = QStringView(lower).mid(at + 4);
        if (!rest.startsWith(QLatin1String("\"shoal-part:")) && !rest.startsWith(QLatin1String("\"data:image/")))
            return false;
    }
    return true;
}

} // namespace

QString decodeCss(QStringView css)
{
    QString out;
    out.reserve(css.size());
    for (qsizetype i = 0; i < css.size();) {
        const QChar c = css[i];
        if (c == u'/' && i + 1 < css.size() && css[i + 1] == u'*') {
            const qsizetype close = css.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? css.size() : close + 2;
            continue;
        }
        if (c == u'\0') {
            ++i;
            continue;
        }
        if (c != u'\\') {
            out += c;
            ++i;
            continue;
        }
        ++i; // the backslash
        if (i >= css.size())
            break;
        if (css[i] == u'\n' || css[i] == u'\r' || css[i] == u'\f') { // an escaped newline continues a string
            i += (css[i] == u'\r' && i + 1 < css.size() && css[i + 1] == u'\n') ? 2 : 1;
            continue;
        }
        if (hexValue(css[i]) < 0) {
            if (css[i] != u'\\') // an escaped backslash must not survive as one
                out += css[i];
            ++i;
            continue;
        }
        char32_t codePoint = 0;
        int digits = 0;
        while (i < css.size() && digits < 6 && hexValue(css[i]) >= 0) {
            codePoint = codePoint * 16 + char32_t(hexValue(css[i]));
            ++i;
            ++digits;
        }
        if (i < css.size() && (css[i] == u' ' || css[i] == u'\t' || css[i] == u'\n' || css[i] == u'\f'))
            ++i;
        else if (i + 1 < css.size() && css[i] == u'\r' && css[i + 1] == u'\n')
            i += 2;
        else if (i < css.size() && css[i] == u'\r')
            ++i;
        if (codePoint == 0 || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF))
            codePoint = 0xFFFD;
        if (codePoint == u'\\')
            continue;
        out += QString::fromUcs4(&codePoint, 1);
    }
    return out;
}

QString sanitizeCss(QStringView css, CssContext context, SanitizeCounts &counts, qsizetype maxDataImageBytes)
{
    QString text = decodeCss(css.left(kMaxCssChars));
    if (context == CssContext::StyleSheet) {
        text.replace(QLatin1Char('<'), QLatin1Char(' '));
        text.remove(QLatin1String("-->")); // keeps an old "<!-- -->" wrapper from meaning anything
    }
    int imports = 0;
    text = removeAtRules(text, QLatin1StringView("@import"), imports);
    int fontFaces = 0;
    text = removeAtRules(text, QLatin1StringView("@font-face"), fontFaces);
    counts.blockedRemoteResources += imports + fontFaces;

    text = neutraliseFunctions(text, counts, maxDataImageBytes);
    counts.removedScripts += replaceWord(text, QLatin1StringView("javascript:"), QLatin1StringView("blocked:"));
    counts.removedScripts += replaceWord(text, QLatin1StringView("vbscript:"), QLatin1StringView("blocked:"));
    counts.removedScripts += replaceWord(text, QLatin1StringView("-moz-binding"), QLatin1StringView("-shoal-blocked"));
    counts.removedScripts += replaceWord(text, QLatin1StringView("behavior"), QLatin1StringView("blocked"));
    if (!looksInert(text)) {
        ++counts.blockedRemoteResources;
        return {};
    }
    return text;
}

} // namespace shoal::safeview
