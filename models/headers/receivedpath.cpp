#include "headers/receivedpath.h"

#include "mail/maildate.h"
#include "mail/message.h"

#include <QStringList>

#include <cstdlib>

namespace shoal {
namespace {

// Received headers of a few KiB are normal (Microsoft's run long); beyond this the tail is
// noise or an attack on the parser, and only the date at the very end is still read.
constexpr qsizetype maxClauseText = 16 * 1024;

struct Token {
    QString text;
    bool comment = false; ///< the text of a "( ... )" comment, inner parentheses kept
};

// Splits into whitespace-separated words and comments; parentheses nest (a depth counter, no
// recursion), an unbalanced ')' is dropped, an unclosed '(' runs to the end.
QList<Token> tokenize(QStringView text)
{
    QList<Token> tokens;
    QString current;
    int depth = 0;
    auto flush = [&](bool comment) {
        if (!current.isEmpty())
            tokens.append({ current, comment });
        current.clear();
    };
    for (QChar c : text) {
        if (depth == 0) {
            if (c == QLatin1Char('(')) {
                flush(false);
                depth = 1;
            } else if (c == QLatin1Char(')')) {
                continue;
            } else if (c.isSpace() || c == QLatin1Char(';')) {
                flush(false);
            } else {
                current += c;
            }
        } else {
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0) {
                flush(true);
                continue;
            }
            current += c;
        }
    }
    flush(depth > 0);
    return tokens;
}

enum class Clause { None, From, By, Via, With, Id, For };

Clause clauseOf(const QString &word)
{
    static const struct {
        QLatin1StringView word;
        Clause clause;
    } keywords[] = {
        { QLatin1StringView("from"), Clause::From },
        { QLatin1StringView("by"), Clause::By },
        { QLatin1StringView("via"), Clause::Via },
        { QLatin1StringView("with"), Clause::With },
        { QLatin1StringView("id"), Clause::Id },
        { QLatin1StringView("for"), Clause::For },
    };
    for (const auto &keyword : keywords) {
        if (word.compare(keyword.word, Qt::CaseInsensitive) == 0)
            return keyword.clause;
    }
    return Clause::None;
}

QString withoutTrailingDots(QString host)
{
    while (host.endsWith(QLatin1Char('.')))
        host.chop(1);
    return host;
}

// The word before "[ip]" in "rdns [ip]": a name ("localhost", "unknown" and dotted names), not a
// "key=value" or the tail of a sentence such as "(may be forged)".
bool looksLikeHostName(const QString &word)
{
    if (word.isEmpty() || !word.at(0).isLetterOrNumber())
        return false;
    for (QChar c : word) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('.') && c != QLatin1Char('-') && c != QLatin1Char('_'))
            return false;
    }
    return true;
}

// Words of a comment; nested parentheses and commas separate words too.
QStringList commentWords(const QString &comment)
{
    QStringList words;
    QString current;
    for (QChar c : comment) {
        if (c.isSpace() || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')) {
            if (!current.isEmpty())
                words.append(current);
            current.clear();
        } else {
            current += c;
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

// "[1.2.3.4]", "[1.2.3.4]:25", "[IPv6:2001:db8::1]" -> the address inside, else empty.
QString bracketedIp(const QString &word)
{
    if (!word.startsWith(QLatin1Char('[')))
        return {};
    const qsizetype close = word.indexOf(QLatin1Char(']'));
    return close < 0 ? QString() : canonicalIp(QStringView(word).mid(1, close - 1));
}

// "from" clause: "helo (rdns [ip])" (Postfix, sendmail), "rdns ([ip] helo=x)" or "[ip] (helo=x)"
// (Exim), "unknown (HELO x) (ip)" (qmail), "host (ip)" (Exchange).
HopEndpoint readFrom(const QList<Token> &tokens)
{
    QString first;
    QString commentHelo, commentIp, commentName;
    for (const Token &token : tokens) {
        if (!token.comment) {
            if (first.isEmpty())
                first = token.text;
            continue;
        }
        const QStringList words = commentWords(token.text);
        for (qsizetype i = 0; i < words.size(); ++i) {
            const QString &word = words.at(i);
            if (word.startsWith(QLatin1String("helo="), Qt::CaseInsensitive)) {
                if (commentHelo.isEmpty())
                    commentHelo = word.mid(5);
            } else if ((word.compare(QLatin1String("helo"), Qt::CaseInsensitive) == 0
                           || word.compare(QLatin1String("ehlo"), Qt::CaseInsensitive) == 0)
                && i + 1 < words.size()) {
                if (commentHelo.isEmpty())
                    commentHelo = words.at(i + 1);
                ++i;
            } else if (const QString ip = bracketedIp(word); !ip.isEmpty()) {
                if (commentIp.isEmpty()) {
                    commentIp = ip;
                    if (i > 0 && looksLikeHostName(words.at(i - 1)))
                        commentName = withoutTrailingDots(words.at(i - 1));
                }
            } else if (commentIp.isEmpty()) {
                commentIp = canonicalIp(word);
            }
        }
    }

    HopEndpoint endpoint;
    const QString firstIp = bracketedIp(first).isEmpty() ? canonicalIp(first) : bracketedIp(first);
    if (!firstIp.isEmpty()) {
        endpoint.ip = firstIp;
        endpoint.helo = commentHelo;
        endpoint.name = commentName;
    } else if (!commentHelo.isEmpty()) {
        // Exim and qmail put the reverse-DNS name first when they quote the HELO name.
        endpoint.name = withoutTrailingDots(first);
        endpoint.helo = commentHelo;
        endpoint.ip = commentIp;
    } else {
        endpoint.helo = first;
        endpoint.name = commentName;
        endpoint.ip = commentIp;
    }
    endpoint.ipScope = ipScope(endpoint.ip);
    return endpoint;
}

QString firstWord(const QList<Token> &tokens)
{
    for (const Token &token : tokens) {
        if (!token.comment)
            return token.text;
    }
    return {};
}

QString joinedWords(const QList<Token> &tokens)
{
    QStringList words;
    for (const Token &token : tokens) {
        if (!token.comment)
            words.append(token.text);
    }
    return words.join(QLatin1Char(' '));
}

QString stripAngles(QString text)
{
    if (text.startsWith(QLatin1Char('<')))
        text.remove(0, 1);
    if (text.endsWith(QLatin1Char('>')))
        text.chop(1);
    return text;
}

} // namespace

ReceivedHop parseReceivedHop(const QString &value)
{
    ReceivedHop hop;
    hop.raw = value;
    const qsizetype semicolon = value.lastIndexOf(QLatin1Char(';'));
    if (semicolon >= 0) {
        const mime::MailDate date = mime::parseMailDate(QStringView(value).mid(semicolon + 1).trimmed().toUtf8());
        if (date.isValid())
            hop.time = date.utc;
    }

    const QStringView clauses = QStringView(value).left(semicolon >= 0 ? semicolon : value.size()).left(maxClauseText);
    QList<Token> parts[7];
    Clause clause = Clause::None;
    for (Token &token : tokenize(clauses)) {
        const Clause keyword = token.comment ? Clause::None : clauseOf(token.text);
        // A keyword opens its clause once; a second "for" or "id" is a value of the current one.
        if (keyword != Clause::None && parts[int(keyword)].isEmpty() && keyword != clause) {
            clause = keyword;
            continue;
        }
        parts[int(clause)].append(std::move(token));
    }
    hop.from = readFrom(parts[int(Clause::From)]);
    hop.by = withoutTrailingDots(firstWord(parts[int(Clause::By)]));
    hop.with = joinedWords(parts[int(Clause::With)]);
    hop.id = firstWord(parts[int(Clause::Id)]);
    hop.forAddress = stripAngles(firstWord(parts[int(Clause::For)]));
    return hop;
}

ReceivedPath analyseReceivedPath(const Message &message, qint64 dateThresholdSeconds)
{
    ReceivedPath path;
    path.hops.reserve(message.received.size());
    for (auto it = message.received.crbegin(); it != message.received.crend(); ++it)
        path.hops.append(parseReceivedHop(*it));

    for (qsizetype i = 0; i < path.hops.size(); ++i) {
        ReceivedHop &hop = path.hops[i];
        if (path.firstExternalHop < 0 && hop.from.ipScope == IpScope::Public)
            path.firstExternalHop = int(i);
        if (path.dateReferenceHop < 0 && hop.time.isValid())
            path.dateReferenceHop = int(i);
        if (i == 0 || !hop.time.isValid() || !path.hops.at(i - 1).time.isValid())
            continue;
        hop.delaySeconds = path.hops.at(i - 1).time.secsTo(hop.time);
        hop.clockSkew = *hop.delaySeconds < 0;
        if (!hop.clockSkew)
            path.totalDelaySeconds += *hop.delaySeconds;
    }
    if (path.totalDelaySeconds > 0) {
        for (ReceivedHop &hop : path.hops) {
            if (hop.delaySeconds && *hop.delaySeconds >= 0)
                hop.share = double(*hop.delaySeconds) / double(path.totalDelaySeconds);
        }
    }

    if (path.dateReferenceHop >= 0 && message.dateUtc.isValid()) {
        path.dateSkewSeconds = path.hops.at(path.dateReferenceHop).time.secsTo(message.dateUtc);
        path.dateMismatch = std::llabs(*path.dateSkewSeconds) > dateThresholdSeconds;
    }
    path.services = recogniseSendingServices(message, path.hops, path.firstExternalHop);
    return path;
}

QString formatDuration(qint64 seconds)
{
    const QString sign = seconds < 0 ? QStringLiteral("-") : QString();
    quint64 rest = seconds < 0 ? quint64(0) - quint64(seconds) : quint64(seconds);
    const quint64 days = rest / 86400;
    const quint64 hours = rest % 86400 / 3600;
    const quint64 minutes = rest % 3600 / 60;
    const quint64 secs = rest % 60;
    if (days > 0)
        return QStringLiteral("%1%2 d %3 h").arg(sign).arg(days).arg(hours);
    if (hours > 0)
        return QStringLiteral("%1%2 h %3 min").arg(sign).arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    if (minutes > 0)
        return QStringLiteral("%1%2 min %3 s").arg(sign).arg(minutes).arg(secs, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1%2 s").arg(sign).arg(secs);
}

} // namespace shoal
