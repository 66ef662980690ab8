#include "analysis/textscanner.h"

#include "analysis/defang_p.h"
#include "analysis/hostnames.h"
#include "analysis/indicators.h"
#include "analysis/indicatorsink.h"

#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace shoal::analysis {
namespace {

constexpr qsizetype kMaxUrlLength = 8192;
constexpr qsizetype kMaxLocalLength = 64;
constexpr qsizetype kMaxDomainLength = 253;
constexpr qsizetype kMaxIpRun = 64;

bool isAsciiLetter(char16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isAsciiWord(char16_t c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '_';
}

bool isHexDigit(char16_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

bool isDomainChar(char16_t c)
{
    return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
}

bool isLocalPartChar(char16_t c)
{
    return isAsciiWord(c) || QStringView(u".%+-='!#$&*^~").contains(QChar(c));
}

bool isUrlTerminator(QChar qc)
{
    const char16_t c = qc.unicode();
    if (c < 0x80)
        return c <= 0x20 || c == 0x7F || QStringView(u"<>\"`{}|\\^").contains(qc);
    return qc.isSpace() || (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF || c == 0xFFFD
        || (c >= 0x2018 && c <= 0x201F) // curly quotes
        || c == 0x2026 || c == 0x00AB || c == 0x00BB // … « »
        || (c >= 0x3000 && c <= 0x309F) // CJK punctuation (。、「」), hiragana
        || (c >= 0xFF01 && c <= 0xFF0F) || (c >= 0xFF1A && c <= 0xFF20) // full-width punctuation
        || (c >= 0xFF3B && c <= 0xFF40) || (c >= 0xFF5B && c <= 0xFF65);
}

// The end of the host name, possibly defanged ("evil[.]com"), that starts at `from`.
qsizetype domainRunEnd(QStringView text, qsizetype from)
{
    qsizetype end = from;
    while (end < text.size() && end - from < kMaxDomainLength) {
        if (const qsizetype token = defangTokenAt(text, end, true))
            end += token;
        else if (isDomainChar(text[end].unicode()))
            ++end;
        else
            break;
    }
    return end;
}

struct Span {
    qsizetype begin;
    qsizetype end;
};

bool covered(const std::vector<Span> &spans, qsizetype pos)
{
    // Spans are sorted and do not overlap: the last one starting at or before pos decides.
    auto it = std::upper_bound(spans.begin(), spans.end(), pos, [](qsizetype p, const Span &s) { return p < s.begin; });
    return it != spans.begin() && pos < std::prev(it)->end;
}

// A URL candidate: `start` is where its text begins, `body` where its host begins.
struct UrlStart {
    qsizetype start = -1;
    qsizetype body = -1;
    bool www = false;
};

UrlStart findSchemeUrl(QStringView text, qsizetype from)
{
    for (qsizetype p = text.indexOf(QLatin1String("//"), from); p >= 0; p = text.indexOf(QLatin1String("//"), p + 2)) {
        qsizetype separatorStart;
        if (p >= 1 && text[p - 1] == QLatin1Char(':'))
            separatorStart = p >= 2 && text[p - 2] == QLatin1Char('[') ? p - 2 : p - 1;
        else if (p >= 3 && text.mid(p - 3, 3) == QLatin1String("[:]"))
            separatorStart = p - 3;
        else
            continue;
        qsizetype begin = separatorStart;
        while (
            begin > from && separatorStart - begin < 5 && (isAsciiLetter(text[begin - 1].unicode()) || text[begin - 1] == QLatin1Char('*')))
            --begin;
        for (; begin + 3 <= separatorStart; ++begin) {
            if (begin > 0 && isAsciiLetter(text[begin - 1].unicode()))
                continue;
            QLatin1StringView scheme;
            const qsizetype length = schemeWordAt(text, begin, &scheme);
            if (length > 0 && begin + length == separatorStart) {
                const qsizetype body = separatorStart + (text[separatorStart] == QLatin1Char('[') ? 5 : 3);
                if (body < text.size() && !isUrlTerminator(text[body]))
                    return { begin, body, false };
            }
        }
    }
    return {};
}

// "www" in any case. A plain loop: Qt's case-insensitive search folds case character by
// character and cost a fifth of all the scanning time.
qsizetype findWww(QStringView text, qsizetype from)
{
    const char16_t *data = text.utf16();
    for (qsizetype i = std::max<qsizetype>(from, 0); i + 2 < text.size(); ++i) {
        // Only 'W' and 'w' give 'w' when 0x20 is or-ed in.
        if ((data[i] | 0x20) == u'w' && (data[i + 1] | 0x20) == u'w' && (data[i + 2] | 0x20) == u'w')
            return i;
    }
    return -1;
}

UrlStart findWwwUrl(QStringView text, qsizetype from)
{
    for (qsizetype p = findWww(text, from); p >= 0; p = findWww(text, p + 3)) {
        if (p > 0 && (isAsciiWord(text[p - 1].unicode()) || QStringView(u".-/@").contains(text[p - 1])))
            continue;
        qsizetype after = p + 3;
        if (after < text.size() && text[after] == QLatin1Char('.'))
            ++after;
        else if (const qsizetype token = defangTokenAt(text, after, true))
            after += token;
        else
            continue;
        if (after < text.size() && !isUrlTerminator(text[after]) && (text[after].isLetterOrNumber()))
            return { p, p, true };
    }
    return {};
}

// Where the URL whose host starts at `body` ends: Thunderbird's rules plus defanging tokens.
qsizetype urlEnd(QStringView text, qsizetype body, qsizetype limit)
{
    qsizetype i = body;
    int parens = 0;
    int brackets = 0;
    while (i < limit) {
        if (const qsizetype token = defangTokenAt(text, i)) {
            i += token;
            continue;
        }
        const QChar c = text[i];
        if (isUrlTerminator(c))
            break;
        if (c == QLatin1Char('(')) {
            ++parens;
        } else if (c == QLatin1Char(')')) {
            if (parens == 0)
                break;
            --parens;
        } else if (c == QLatin1Char('[')) {
            ++brackets;
        } else if (c == QLatin1Char(']')) {
            if (brackets == 0)
                break;
            --brackets;
        }
        ++i;
    }
    while (i > body && QStringView(u".,;:!?'-*").contains(text[i - 1]) && dotTokenEndingAt(text, i) == 0)
        --i;
    return i;
}

// Japanese text often runs straight on from a host name ("example.com確認"). When the host has
// non-ASCII letters and is not a known domain but its ASCII beginning is, the URL ends there.
qsizetype cutAtWideHost(QStringView text, qsizetype body, qsizetype end)
{
    qsizetype hostEnd = body;
    while (hostEnd < end && !QStringView(u"/?#\\:").contains(text[hostEnd]))
        ++hostEnd;
    qsizetype wide = body;
    while (wide < hostEnd && text[wide].unicode() < 0x80)
        ++wide;
    if (wide == hostEnd || wide == body)
        return end;
    const QString whole = domainToUnicode(refang(text.mid(body, hostEnd - body).toString()));
    const QString prefix = domainToUnicode(refang(text.mid(body, wide - body).toString()));
    return !hostnames::hasKnownSuffix(whole) && hostnames::hasKnownSuffix(prefix) ? wide : end;
}

void scanUrls(QStringView text, IndicatorSink &sink, std::vector<Span> &spans)
{
    qsizetype pos = 0;
    UrlStart scheme = findSchemeUrl(text, 0);
    UrlStart www = findWwwUrl(text, 0);
    while ((scheme.start >= 0 || www.start >= 0) && !sink.stopped()) {
        const UrlStart next = (www.start < 0 || (scheme.start >= 0 && scheme.start <= www.start)) ? scheme : www;
        qsizetype end = urlEnd(text, next.body, std::min(text.size(), next.start + kMaxUrlLength));
        end = cutAtWideHost(text, next.body, end);
        const QString url = refang(text.mid(next.start, end - next.start).toString());
        if (end > next.body && sink.addUrl(url, next.www))
            spans.push_back({ next.start, end });
        pos = std::max(end, next.start + 3);
        if (scheme.start >= 0 && scheme.start < pos)
            scheme = findSchemeUrl(text, pos);
        if (www.start >= 0 && www.start < pos)
            www = findWwwUrl(text, pos);
    }
}

void scanEmailAt(
    QStringView text, qsizetype atBegin, qsizetype atEnd, IndicatorSink &sink, const std::vector<Span> &urls, std::vector<Span> &emails)
{
    if (covered(urls, atBegin))
        return;
    qsizetype begin = atBegin;
    while (begin > 0 && atBegin - begin < kMaxLocalLength && isLocalPartChar(text[begin - 1].unicode()))
        --begin;
    QStringView local = text.mid(begin, atBegin - begin);
    // "smtp.mailfrom=user@example.com": the key is not part of the address. Inside angle
    // brackets an '=' is the address's own (SRS and VERP return paths).
    if (!(begin > 0 && text[begin - 1] == QLatin1Char('<'))) {
        const qsizetype equals = local.lastIndexOf(QLatin1Char('='));
        if (equals >= 0)
            local = local.mid(equals + 1);
    }
    while (!local.isEmpty() && (local.front() == QLatin1Char('.') || local.front() == QLatin1Char('\'')))
        local = local.mid(1);
    while (!local.isEmpty() && local.back() == QLatin1Char('.'))
        local.chop(1);
    if (local.isEmpty())
        return;
    const qsizetype end = domainRunEnd(text, atEnd);
    QString domain = refang(text.mid(atEnd, end - atEnd).toString());
    while (domain.endsWith(QLatin1Char('.')) || domain.endsWith(QLatin1Char('-')))
        domain.chop(1);
    if (sink.addEmail(local, domain))
        emails.push_back({ begin, end });
}

void scanEmails(QStringView text, IndicatorSink &sink, const std::vector<Span> &urls, std::vector<Span> &emails)
{
    for (qsizetype p = text.indexOf(QLatin1Char('@')); p >= 0 && !sink.stopped(); p = text.indexOf(QLatin1Char('@'), p + 1)) {
        const bool bracketed = p > 0 && p + 1 < text.size()
            && ((text[p - 1] == QLatin1Char('[') && text[p + 1] == QLatin1Char(']'))
                || (text[p - 1] == QLatin1Char('(') && text[p + 1] == QLatin1Char(')')));
        scanEmailAt(text, bracketed ? p - 1 : p, bracketed ? p + 2 : p + 1, sink, urls, emails);
    }
    // "[at]" and "(at)" in any case, found by their closing bracket (a fast search).
    for (QChar close : { QLatin1Char(']'), QLatin1Char(')') }) {
        for (qsizetype p = text.indexOf(close, 3); p >= 0 && !sink.stopped(); p = text.indexOf(close, p + 1)) {
            const QStringView word = text.mid(p - 3, 4);
            if (word.front() == (close == QLatin1Char(']') ? QLatin1Char('[') : QLatin1Char('('))
                && word.mid(1, 2).compare(QLatin1String("at"), Qt::CaseInsensitive) == 0)
                scanEmailAt(text, p - 3, p + 1, sink, urls, emails);
        }
    }
    std::sort(emails.begin(), emails.end(), [](const Span &a, const Span &b) { return a.begin < b.begin; });
}

void scanIps(QStringView text, IndicatorSink &sink, const std::vector<Span> &urls, const std::vector<Span> &emails)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && !sink.stopped()) {
        const char16_t c = text[i].unicode();
        if (!isHexDigit(c) && c != ':') {
            ++i;
            continue;
        }
        const char16_t previous = i > 0 ? text[i - 1].unicode() : u' ';
        const bool boundary = !(isAsciiWord(previous) || previous == ':' || previous == '.')
            || (i >= 5 && text.mid(i - 5, 5).compare(QLatin1String("IPv6:"), Qt::CaseInsensitive) == 0);
        if (!boundary) {
            // Past the rest of the word; a ':' or '.' is stepped over alone, so that "IPv6:" is
            // seen before the address after it.
            const qsizetype wordStart = i;
            while (i < n && isAsciiWord(text[i].unicode()))
                ++i;
            i += i == wordStart;
            continue;
        }
        QVarLengthArray<char16_t, kMaxIpRun> run;
        int colons = 0;
        bool digits = false;
        qsizetype j = i;
        while (j < n && run.size() < kMaxIpRun) {
            const char16_t d = text[j].unicode();
            if (d == '[' && text.mid(j, 3) == QLatin1String("[.]")) {
                run.append(u'.');
                j += 3;
            } else if (isHexDigit(d) || d == ':' || d == '.') {
                run.append(d);
                colons += d == ':';
                digits = digits || (d >= '0' && d <= '9');
                ++j;
            } else {
                break;
            }
        }
        const bool wordFollows = j < n && (isAsciiWord(text[j].unicode()) || run.size() == kMaxIpRun);
        if (!wordFollows && !covered(urls, i) && !covered(emails, i)) {
            QStringView candidate(run.constData(), run.size());
            if (candidate.endsWith(QLatin1Char('.')))
                candidate.chop(1);
            if (colons >= 2 && digits) // "a::b", "dead::beef": C++ and words, not addresses
                sink.addIp(hostnames::canonicalIpv6(candidate));
            else if (colons == 1) // "192.0.2.1:8080", "192.0.2.1: refused"
                sink.addIp(hostnames::canonicalIpv4(candidate.left(candidate.indexOf(QLatin1Char(':')))));
            else
                sink.addIp(hostnames::canonicalIpv4(candidate));
        }
        i = std::max(j, i + 1);
    }
}

// "evil[.]com" written without a scheme: the defanging says it is meant as a domain.
void scanDefangedDomains(QStringView text, IndicatorSink &sink, const std::vector<Span> &urls, const std::vector<Span> &emails)
{
    const qsizetype n = text.size();
    for (qsizetype q = 0; q < n && !sink.stopped(); ++q) {
        const char16_t c = text[q].unicode();
        if ((c != '[' && c != '(' && c != '{') || defangTokenAt(text, q, true) == 0 || covered(urls, q) || covered(emails, q))
            continue;
        qsizetype begin = q;
        while (begin > 0 && q - begin < kMaxDomainLength) {
            if (isDomainChar(text[begin - 1].unicode()))
                --begin;
            else if (const qsizetype token = dotTokenEndingAt(text, begin))
                begin -= token;
            else
                break;
        }
        const qsizetype end = domainRunEnd(text, q);
        QString domain = refang(text.mid(begin, end - begin).toString());
        while (domain.startsWith(QLatin1Char('.')) || domain.startsWith(QLatin1Char('-')))
            domain.remove(0, 1);
        sink.addDomain(domain);
        q = end - 1;
    }
}

} // namespace

void scanText(QStringView text, IndicatorSink &sink)
{
    std::vector<Span> urls;
    std::vector<Span> emails;
    scanUrls(text, sink, urls);
    scanEmails(text, sink, urls, emails);
    scanIps(text, sink, urls, emails);
    scanDefangedDomains(text, sink, urls, emails);
}

void scanDomainTokens(QStringView text, IndicatorSink &sink)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n && !sink.stopped()) {
        if (!isDomainChar(text[i].unicode()) && text[i] != QLatin1Char('_')) {
            ++i;
            continue;
        }
        qsizetype j = i;
        while (j < n && (isDomainChar(text[j].unicode()) || text[j] == QLatin1Char('_')))
            ++j;
        const bool localPart = j < n && text[j] == QLatin1Char('@');
        QStringView token = text.mid(i, j - i);
        while (!token.isEmpty() && QStringView(u".-_").contains(token.front()))
            token = token.mid(1);
        while (!token.isEmpty() && QStringView(u".-_").contains(token.back()))
            token.chop(1);
        if (!localPart && token.contains(QLatin1Char('.')) && token.size() <= kMaxDomainLength)
            sink.addDomain(token);
        i = j;
    }
}

} // namespace shoal::analysis
