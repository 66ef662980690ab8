#include "headers/authresults.h"

#include "mail/message.h"

#include <QStringList>

namespace shoal {
namespace {

// A hostile header of megabytes must not cost more than a real one.
constexpr qsizetype maxValueLength = 64 * 1024;

struct Token {
    enum Kind { Word, Comment, Semicolon };
    Kind kind = Word;
    QString text; ///< quotes removed from quoted strings
};

// Words, comments (nesting, no recursion) and semicolons; quoted strings stay one word.
QList<Token> tokenize(QStringView value)
{
    value = value.left(maxValueLength);
    QList<Token> tokens;
    QString current;
    auto flushWord = [&] {
        if (!current.isEmpty())
            tokens.append({ Token::Word, current });
        current.clear();
    };
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == QLatin1Char('(')) {
            flushWord();
            int depth = 1;
            QString comment;
            while (++i < value.size()) {
                const QChar d = value.at(i);
                if (d == QLatin1Char('('))
                    ++depth;
                else if (d == QLatin1Char(')') && --depth == 0)
                    break;
                comment += d;
            }
            tokens.append({ Token::Comment, comment.simplified() });
        } else if (c == QLatin1Char('"')) {
            while (++i < value.size() && value.at(i) != QLatin1Char('"')) {
                if (value.at(i) == QLatin1Char('\\') && i + 1 < value.size())
                    ++i;
                current += value.at(i);
            }
        } else if (c == QLatin1Char(';')) {
            flushWord();
            tokens.append({ Token::Semicolon, QString() });
        } else if (c.isSpace()) {
            flushWord();
        } else {
            current += c;
        }
    }
    flushWord();

    // "key = value" with spaces around '=' (allowed by the grammar) becomes "key=value".
    QList<Token> merged;
    for (const Token &token : tokens) {
        if (token.kind == Token::Word && !merged.isEmpty() && merged.last().kind == Token::Word
            && (token.text.startsWith(QLatin1Char('=')) || merged.last().text.endsWith(QLatin1Char('=')))) {
            merged.last().text += token.text;
            continue;
        }
        merged.append(token);
    }
    return merged;
}

void appendComment(QString &to, const QString &comment)
{
    if (comment.isEmpty())
        return;
    if (!to.isEmpty())
        to += QStringLiteral("; ");
    to += comment;
}

} // namespace

QString AuthResult::property(QStringView key) const
{
    for (const auto &pair : properties) {
        if (key.compare(pair.first, Qt::CaseInsensitive) == 0)
            return pair.second;
    }
    return {};
}

QList<AuthResult> parseAuthenticationResults(const QString &value, const QString &sourceHeader)
{
    const QList<Token> tokens = tokenize(value);
    AuthResult header;
    header.sourceHeader = sourceHeader;
    QList<AuthResult> results;
    bool idDone = false;
    for (const Token &token : tokens) {
        if (token.kind == Token::Semicolon)
            continue;
        if (token.kind == Token::Comment) {
            if (!results.isEmpty())
                appendComment(results.last().comment, token.text);
            continue;
        }
        const qsizetype equals = token.text.indexOf(QLatin1Char('='));
        if (equals < 0) {
            // The authserv-id, its optional version number, or "none"; words between results
            // (outside the grammar) are dropped.
            if (!idDone && results.isEmpty() && header.authservId.isEmpty())
                header.authservId = token.text;
            continue;
        }
        QString key = token.text.left(equals).toLower();
        const QString argument = token.text.mid(equals + 1);
        if (results.isEmpty() && key == QLatin1String("i") && header.arcInstance == 0 && header.authservId.isEmpty()) {
            header.arcInstance = argument.toInt();
            continue;
        }
        idDone = true;
        if (key == QLatin1String("reason")) {
            if (!results.isEmpty())
                results.last().reason = argument;
        } else if (key.contains(QLatin1Char('.')) || key == QLatin1String("action")) {
            if (!results.isEmpty())
                results.last().properties.append({ key, argument });
        } else {
            // A new result: any other key names a method, so that a missing ';' between two
            // results and methods this code never heard of are both read.
            const qsizetype slash = key.indexOf(QLatin1Char('/'));
            if (slash >= 0)
                key.truncate(slash);
            AuthResult result = header;
            result.method = key;
            result.result = argument.toLower();
            results.append(result);
        }
    }
    return results;
}

AuthResult parseReceivedSpf(const QString &value)
{
    AuthResult result;
    result.method = QStringLiteral("spf");
    result.sourceHeader = QStringLiteral("Received-SPF");
    for (const Token &token : tokenize(value)) {
        if (token.kind == Token::Semicolon)
            continue;
        if (token.kind == Token::Comment) {
            // "(google.com: domain of x designates y as permitted sender)": the writer first.
            if (result.comment.isEmpty()) {
                const qsizetype colon = token.text.indexOf(QLatin1Char(':'));
                if (colon > 0 && !token.text.left(colon).contains(QLatin1Char(' ')))
                    result.authservId = token.text.left(colon);
            }
            appendComment(result.comment, token.text);
            continue;
        }
        const qsizetype equals = token.text.indexOf(QLatin1Char('='));
        if (equals < 0) {
            if (result.result.isEmpty())
                result.result = token.text.toLower();
            continue;
        }
        result.properties.append({ token.text.left(equals).toLower(), token.text.mid(equals + 1) });
    }
    if (result.authservId.isEmpty())
        result.authservId = result.property(u"receiver");
    return result;
}

QList<AuthResult> collectAuthResults(const Message &message)
{
    // receivedBelow[i]: Received headers at indices after i.
    QList<int> receivedBelow(message.headers.size() + 1, 0);
    for (qsizetype i = message.headers.size() - 1; i >= 0; --i) {
        const bool received = message.headers.at(i).name.compare(QLatin1String("Received"), Qt::CaseInsensitive) == 0;
        receivedBelow[i] = receivedBelow[i + 1] + (received ? 1 : 0);
    }

    QList<AuthResult> all;
    for (qsizetype i = 0; i < message.headers.size(); ++i) {
        const HeaderField &field = message.headers.at(i);
        QList<AuthResult> found;
        if (field.name.compare(QLatin1String("Authentication-Results"), Qt::CaseInsensitive) == 0)
            found = parseAuthenticationResults(field.decodedValue, QStringLiteral("Authentication-Results"));
        else if (field.name.compare(QLatin1String("ARC-Authentication-Results"), Qt::CaseInsensitive) == 0)
            found = parseAuthenticationResults(field.decodedValue, QStringLiteral("ARC-Authentication-Results"));
        else if (field.name.compare(QLatin1String("Received-SPF"), Qt::CaseInsensitive) == 0)
            found.append(parseReceivedSpf(field.decodedValue));
        for (AuthResult &result : found) {
            result.headerIndex = int(i);
            result.receivedBelow = receivedBelow[i + 1];
            all.append(std::move(result));
        }
    }
    return all;
}

} // namespace shoal
