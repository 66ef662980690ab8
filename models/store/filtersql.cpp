#include "store/filtersql.h"

#include "store/ftstext.h"

namespace shoal::store {

namespace {

QString likePattern(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('%'), QLatin1String("\\%")).replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The condition of one term, with `?` for each value it appends.
QByteArray condition(const FilterTerm &term, QVariantList &values)
{
    switch (term.field) {
    case FilterTerm::Field::Text:
        values << ftsQueryTerm(term.value);
        return "s.id IN (SELECT rowid FROM samples_fts WHERE samples_fts MATCH ?)";
    case FilterTerm::Field::From:
        values << likePattern(term.value) << likePattern(term.value);
        return "(s.from_address LIKE ? ESCAPE '\\' OR s.from_name LIKE ? ESCAPE '\\')";
    case FilterTerm::Field::To:
        values << likePattern(term.value) << likePattern(term.value);
        return "s.id IN (SELECT sample_id FROM addresses WHERE role IN ('to', 'cc') AND (address LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'))";
    case FilterTerm::Field::Domain:
        // The sender's, the Reply-To's, or any domain found in the sample; subdomains included.
        values << term.value << QString(QStringLiteral("%.") + term.value) << QString(QStringLiteral("%@") + term.value)
               << QString(QStringLiteral("%.") + term.value);
        return "s.id IN (SELECT sample_id FROM indicators WHERE kind = 'domain' AND (value = ? OR value LIKE ?)"
               " UNION SELECT sample_id FROM addresses WHERE role IN ('from', 'reply-to', 'sender') AND (address LIKE ? OR address LIKE ?))";
    case FilterTerm::Field::Subject:
        values << likePattern(term.value);
        return "s.subject LIKE ? ESCAPE '\\'";
    case FilterTerm::Field::Campaign:
        values << term.value << likePattern(term.value);
        return "s.id IN (SELECT m.sample_id FROM campaign_members m JOIN campaigns c ON c.id = m.campaign_id"
               " WHERE CAST(c.id AS TEXT) = ? OR c.name LIKE ? ESCAPE '\\')";
    case FilterTerm::Field::Tag:
        values << term.value;
        return "s.id IN (SELECT sample_id FROM tags WHERE tag = ?)";
    case FilterTerm::Field::Verdict:
        values << term.value;
        return "s.verdict = ?";
    case FilterTerm::Field::Industry:
        values << term.value;
        return "s.industry = ?";
    case FilterTerm::Field::HasAttachment:
        return "s.attachment_count > 0";
    case FilterTerm::Field::HasUrl:
        return "s.url_count > 0";
    case FilterTerm::Field::Before:
        values << term.time.toSecsSinceEpoch();
        return "s.arrival_utc < ?";
    case FilterTerm::Field::After:
        values << term.time.toSecsSinceEpoch();
        return "s.arrival_utc >= ?";
    }
    return "1";
}

} // namespace

FilterSql filterSql(const SampleFilter &filter)
{
    FilterSql sql;
    QByteArrayList parts;
    for (const FilterTerm &term : filter.terms) {
        const QByteArray c = condition(term, sql.values);
        parts << QByteArray(term.negated ? QByteArray("NOT (" + c + ")") : QByteArray("(" + c + ")"));
    }
    sql.where = parts.isEmpty() ? QByteArray("1") : parts.join(" AND ");
    return sql;
}

} // namespace shoal::store
