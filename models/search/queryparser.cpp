#include "search/queryparser.h"

#include "metadata/vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace shoal {

namespace {

struct Token {
    QString text; ///< unquoted
    int position = 0;
    int length = 0;
    bool quoted = false;
};

// One context for lupdate and the runtime alike: a plain tr() helper here would be filed by
// lupdate under the enclosing class or namespace, and its Japanese never found.
struct Text {
    Q_DECLARE_TR_FUNCTIONS(QueryParser)
};

// Splits on white space, keeping "quoted text" (also after "field:") together.
bool tokenize(const QString &query, QList<Token> *tokens, QueryError *error)
{
    int i = 0;
    const int n = int(query.size());
    while (i < n) {
        while (i < n && query[i].isSpace())
            ++i;
        if (i >= n)
            break;
        Token token;
        token.position = i;
        while (i < n && !query[i].isSpace()) {
            if (query[i] == QLatin1Char('"')) {
                const int close = int(query.indexOf(QLatin1Char('"'), i + 1));
                if (close < 0) {
                    *error = QueryError { Text::tr("A quotation mark is not closed."), i, n - i };
                    return false;
                }
                token.text += query.mid(i + 1, close - i - 1);
                token.quoted = true;
                i = close + 1;
            } else {
                token.text += query[i++];
            }
        }
        token.length = i - token.position;
        tokens->append(token);
    }
    return true;
}

struct FieldName {
    const char *name;
    FilterTerm::Field field;
};

constexpr FieldName kFields[] = {
    { "from", FilterTerm::Field::From },
    { "to", FilterTerm::Field::To },
    { "domain", FilterTerm::Field::Domain },
    { "subject", FilterTerm::Field::Subject },
    { "campaign", FilterTerm::Field::Campaign },
    { "tag", FilterTerm::Field::Tag },
    { "verdict", FilterTerm::Field::Verdict },
    { "industry", FilterTerm::Field::Industry },
    { "has", FilterTerm::Field::HasAttachment },
    { "before", FilterTerm::Field::Before },
    { "after", FilterTerm::Field::After },
};

} // namespace

QueryParser::QueryParser(QTimeZone zone) : m_zone(std::move(zone))
{
}

QStringList QueryParser::fieldNames()
{
    QStringList names;
    for (const FieldName &field : kFields)
        names << QString::fromLatin1(field.name) + QLatin1Char(':');
    return names;
}

bool QueryParser::parse(const QString &query, SampleFilter *filter, QueryError *error) const
{
    QList<Token> tokens;
    if (!tokenize(query, &tokens, error))
        return false;
    SampleFilter result;
    for (const Token &token : std::as_const(tokens)) {
        FilterTerm term;
        QString text = token.text;
        if (text.startsWith(QLatin1Char('-')) && text.size() > 1) {
            term.negated = true;
            text.remove(0, 1);
        }
        const int colon = int(text.indexOf(QLatin1Char(':')));
        // "field:value"; a colon inside a quoted word or a URL ("https://...") is text.
        const QString name = colon > 0 ? text.left(colon).toLower() : QString();
        const FieldName *known = nullptr;
        for (const FieldName &field : kFields) {
            if (name == QLatin1String(field.name))
                known = &field;
        }
        if (colon > 0 && !known && !text.mid(colon + 1).startsWith(QLatin1String("//")) && !token.quoted
            && name.contains(QRegularExpression(QStringLiteral("^[a-z_]+$")))) {
            *error = QueryError { Text::tr("Unknown filter \"%1:\". Known filters: %2").arg(name, fieldNames().join(QLatin1Char(' '))),
                token.position, token.length };
            return false;
        }
        if (!known) {
            term.field = FilterTerm::Field::Text;
            term.value = text;
            result.terms << term;
            continue;
        }
        term.field = known->field;
        term.value = text.mid(colon + 1).trimmed();
        if (term.value.isEmpty()) {
            *error = QueryError { Text::tr("\"%1:\" needs a value after the colon.").arg(name), token.position, token.length };
            return false;
        }
        switch (term.field) {
        case FilterTerm::Field::HasAttachment:
            if (term.value.compare(QLatin1String("attachment"), Qt::CaseInsensitive) == 0)
                term.field = FilterTerm::Field::HasAttachment;
            else if (term.value.compare(QLatin1String("url"), Qt::CaseInsensitive) == 0)
                term.field = FilterTerm::Field::HasUrl;
            else {
                *error = QueryError { Text::tr("\"has:\" takes \"attachment\" or \"url\"."), token.position, token.length };
                return false;
            }
            term.value.clear();
            break;
        case FilterTerm::Field::Verdict:
        case FilterTerm::Field::Industry: {
            const QList<VocabularyEntry> &list = term.field == FilterTerm::Field::Verdict ? verdicts() : industries();
            const VocabularyEntry *entry = findEntry(list, term.value);
            if (!entry) {
                QStringList keys;
                for (const VocabularyEntry &candidate : list)
                    keys << candidate.key;
                *error = QueryError { Text::tr("Unknown %1 \"%2\". One of: %3").arg(name, term.value, keys.join(QStringLiteral(", "))),
                    token.position, token.length };
                return false;
            }
            term.value = entry->key;
            break;
        }
        case FilterTerm::Field::Before:
        case FilterTerm::Field::After: {
            const QDate date = QDate::fromString(term.value, Qt::ISODate);
            if (!date.isValid()) {
                *error = QueryError { Text::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(term.value), token.position,
                    token.length };
                return false;
            }
            // As in the big mail clients: before:D ends where D starts, after:D includes D.
            term.time = QDateTime(date, QTime(0, 0), m_zone).toUTC();
            break;
        }
        case FilterTerm::Field::Domain:
        case FilterTerm::Field::From:
        case FilterTerm::Field::To:
            term.value = term.value.toLower();
            break;
        default:
            break;
        }
        result.terms << term;
    }
    *filter = result;
    return true;
}

} // namespace shoal
