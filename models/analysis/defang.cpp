// defang() and refang(), and the defanging spellings the text scanner shares with them.
#include "analysis/defang_p.h"
#include "analysis/indicators.h"

#include <iterator>

namespace shoal {
namespace analysis {
namespace {

/// A defanged spelling and what it stands for.
struct Token {
    QLatin1StringView spelling;
    QLatin1StringView meaning;
};

// The dot tokens come first: defangTokenAt(dotsOnly) reads only those.
constexpr int kDotTokens = 6;
constexpr Token kTokens[] = {
    { QLatin1StringView("[.]"), QLatin1StringView(".") },
    { QLatin1StringView("(.)"), QLatin1StringView(".") },
    { QLatin1StringView("{.}"), QLatin1StringView(".") },
    { QLatin1StringView("[dot]"), QLatin1StringView(".") },
    { QLatin1StringView("(dot)"), QLatin1StringView(".") },
    { QLatin1StringView("{dot}"), QLatin1StringView(".") },
    { QLatin1StringView("[://]"), QLatin1StringView("://") },
    { QLatin1StringView("[:]"), QLatin1StringView(":") },
    { QLatin1StringView("[/]"), QLatin1StringView("/") },
    { QLatin1StringView("[@]"), QLatin1StringView("@") },
    { QLatin1StringView("(@)"), QLatin1StringView("@") },
    { QLatin1StringView("[at]"), QLatin1StringView("@") },
    { QLatin1StringView("(at)"), QLatin1StringView("@") },
};

// Longer spellings first so that "hxxps" is not read as "hxxp" + "s".
constexpr Token kSchemes[] = {
    { QLatin1StringView("https"), QLatin1StringView("https") },
    { QLatin1StringView("hxxps"), QLatin1StringView("https") },
    { QLatin1StringView("h**ps"), QLatin1StringView("https") },
    { QLatin1StringView("http"), QLatin1StringView("http") },
    { QLatin1StringView("hxxp"), QLatin1StringView("http") },
    { QLatin1StringView("h**p"), QLatin1StringView("http") },
    { QLatin1StringView("ftp"), QLatin1StringView("ftp") },
    { QLatin1StringView("fxp"), QLatin1StringView("ftp") },
};

const Token *tokenAt(QStringView text, qsizetype pos, bool dotsOnly)
{
    if (pos >= text.size())
        return nullptr;
    const char16_t first = text[pos].unicode();
    if (first != '[' && first != '(' && first != '{')
        return nullptr;
    const int count = dotsOnly ? kDotTokens : int(std::size(kTokens));
    for (int i = 0; i < count; ++i) {
        if (text.mid(pos).startsWith(kTokens[i].spelling, Qt::CaseInsensitive))
            return &kTokens[i];
    }
    return nullptr;
}

qsizetype separatorAt(QStringView text, qsizetype pos)
{
    const QStringView rest = text.mid(pos);
    if (rest.startsWith(QLatin1String("://")))
        return 3;
    if (rest.startsWith(QLatin1String("[:]//")))
        return 5;
    if (rest.startsWith(QLatin1String("[://]")))
        return 5;
    return 0;
}

// Defangs the dots in front of the public-suffix labels of `domain` (at least its last dot).
QString defangDomain(const QString &domain)
{
    const QString registrable = registrableDomain(domain);
    const qsizetype firstDot = registrable.indexOf(QLatin1Char('.'));
    // registrableDomain() answers in lower case without a trailing dot: use it only when it is
    // literally the end of `domain`.
    const bool suffixFound = firstDot >= 0 && domain.endsWith(registrable, Qt::CaseInsensitive);
    const qsizetype from = suffixFound ? domain.size() - registrable.size() + firstDot : domain.lastIndexOf(QLatin1Char('.'));
    if (from < 0)
        return domain;
    return domain.left(from) + domain.mid(from).replace(QLatin1Char('.'), QLatin1String("[.]"));
}

} // namespace

qsizetype defangTokenAt(QStringView text, qsizetype pos, bool dotsOnly)
{
    const Token *token = tokenAt(text, pos, dotsOnly);
    return token ? token->spelling.size() : 0;
}

qsizetype dotTokenEndingAt(QStringView text, qsizetype end)
{
    if (end <= 0 || end > text.size())
        return 0;
    const char16_t last = text[end - 1].unicode();
    if (last != ']' && last != ')' && last != '}')
        return 0;
    for (int i = 0; i < kDotTokens; ++i) {
        const qsizetype length = kTokens[i].spelling.size();
        if (end >= length && text.mid(end - length, length).compare(kTokens[i].spelling, Qt::CaseInsensitive) == 0)
            return length;
    }
    return 0;
}

qsizetype schemeWordAt(QStringView text, qsizetype pos, QLatin1StringView *scheme)
{
    const QStringView rest = text.mid(pos);
    for (const Token &candidate : kSchemes) {
        if (rest.startsWith(candidate.spelling, Qt::CaseInsensitive) && separatorAt(text, pos + candidate.spelling.size()) > 0) {
            if (scheme)
                *scheme = candidate.meaning;
            return candidate.spelling.size();
        }
    }
    return 0;
}

} // namespace analysis

QString refang(const QString &value)
{
    QString result;
    result.reserve(value.size());
    const QStringView text(value);
    qsizetype i = 0;
    while (i < text.size()) {
        QLatin1StringView scheme;
        const bool wordStart = i == 0 || !text[i - 1].isLetterOrNumber();
        if (wordStart) {
            if (const qsizetype length = analysis::schemeWordAt(text, i, &scheme)) {
                result += scheme;
                i += length;
                continue;
            }
        }
        if (const analysis::Token *token = analysis::tokenAt(text, i, false)) {
            result += token->meaning;
            i += token->spelling.size();
            continue;
        }
        result += text[i];
        ++i;
    }
    return result;
}

QString defang(const QString &value, Indicator::Kind kind)
{
    switch (kind) {
    case Indicator::Kind::Domain:
        return analysis::defangDomain(value);
    case Indicator::Kind::Ip: {
        const qsizetype dot = value.lastIndexOf(QLatin1Char('.'));
        return dot < 0 || value.contains(QLatin1Char(':')) ? value : value.left(dot) + QLatin1String("[.]") + value.mid(dot + 1);
    }
    case Indicator::Kind::Email: {
        const qsizetype at = value.lastIndexOf(QLatin1Char('@'));
        return at < 0 ? value : value.left(at) + QLatin1String("[@]") + analysis::defangDomain(value.mid(at + 1));
    }
    case Indicator::Kind::Url:
        break;
    }
    QString url = value;
    qsizetype hostStart = 0;
    const qsizetype separator = url.indexOf(QLatin1String("://"));
    if (separator > 0 && separator <= 8) {
        const QString scheme = url.left(separator).toLower();
        if (scheme == QLatin1String("http") || scheme == QLatin1String("https"))
            url.replace(0, 4, QLatin1String("hxxp"));
        else if (scheme == QLatin1String("ftp"))
            url.replace(0, 3, QLatin1String("fxp"));
        hostStart = separator + 3;
    }
    qsizetype hostEnd = hostStart;
    while (hostEnd < url.size() && !QStringView(u"/?#\\").contains(url[hostEnd]))
        ++hostEnd;
    // Skip user information and keep the port out of the host.
    const qsizetype at = url.lastIndexOf(QLatin1Char('@'), hostEnd - 1);
    if (at >= hostStart)
        hostStart = at + 1;
    QString host = url.mid(hostStart, hostEnd - hostStart);
    QString port;
    const qsizetype colon = host.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0 && !host.startsWith(QLatin1Char('['))) {
        port = host.mid(colon);
        host.truncate(colon);
    }
    const bool ipv4 = !hostnames::urlHostIpv4(host).isEmpty();
    const QString defanged = host.startsWith(QLatin1Char('[')) ? host : defang(host, ipv4 ? Indicator::Kind::Ip : Indicator::Kind::Domain);
    return url.left(hostStart) + defanged + port + url.mid(hostEnd);
}

} // namespace shoal
