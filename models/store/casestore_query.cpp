// Searching and paging: the sample table reads its rows here, a page at a time.
#include "store/casestore.h"

#include "store/casestore_p.h"
#include "store/filtersql.h"

#include <QTimeZone>

namespace shoal {

namespace {

const char *sortExpression(SampleSort sort)
{
    switch (sort) {
    case SampleSort::Arrival:
        return "s.arrival_utc";
    case SampleSort::From:
        return "s.from_address";
    case SampleSort::Subject:
        return "s.subject";
    case SampleSort::Campaign:
        return "c.name";
    case SampleSort::Verdict:
        return "s.verdict";
    case SampleSort::Industry:
        return "s.industry";
    case SampleSort::Attachments:
        return "s.attachment_count";
    case SampleSort::Findings:
        return "s.finding_count";
    }
    return "s.id";
}

void bindAll(sql::Statement &statement, const QVariantList &values, int first = 1)
{
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QVariant &value = values[i];
        if (value.typeId() == QMetaType::LongLong || value.typeId() == QMetaType::Int)
            statement.bind(int(first + i), value.toLongLong());
        else
            statement.bind(int(first + i), value.toString());
    }
}

} // namespace

qint64 CaseStore::countSamples(const SampleFilter &filter)
{
    const store::FilterSql where = store::filterSql(filter);
    sql::Statement query = d->db.prepare(QByteArray("SELECT count(*) FROM samples s WHERE " + where.where).constData());
    bindAll(query, where.values);
    if (!query.next())
        return -1;
    return query.int64(0);
}

QList<SampleRow> CaseStore::sampleRows(const SampleFilter &filter, SampleSort sort, Qt::SortOrder order, qint64 offset, int limit)
{
    const store::FilterSql where = store::filterSql(filter);
    const QByteArray direction = order == Qt::AscendingOrder ? " ASC" : " DESC";
    const QByteArray sql = "SELECT s.id, s.arrival_utc, s.from_name, s.from_address, s.subject, c.name, s.verdict, s.industry,"
                           " s.attachment_count, s.finding_count FROM samples s"
                           " LEFT JOIN campaign_members m ON m.sample_id = s.id LEFT JOIN campaigns c ON c.id = m.campaign_id"
                           " WHERE " + where.where + " ORDER BY " + sortExpression(sort) + direction + ", s.id" + direction + " LIMIT ? OFFSET ?";
    sql::Statement query = d->db.prepare(sql.constData());
    bindAll(query, where.values);
    query.bind(int(where.values.size()) + 1, qint64(limit)).bind(int(where.values.size()) + 2, offset);
    QList<SampleRow> rows;
    rows.reserve(qMin(limit, 1024)); // callers may ask for "all" with a huge limit
    while (query.next()) {
        SampleRow row;
        row.id = query.int64(0);
        if (!query.isNull(1))
            row.arrivalUtc = QDateTime::fromSecsSinceEpoch(query.int64(1), QTimeZone::UTC);
        row.fromName = query.text(2);
        row.fromAddress = query.text(3);
        row.subject = query.text(4);
        row.campaign = query.text(5);
        row.verdict = query.text(6);
        row.industry = query.text(7);
        row.attachmentCount = int(query.int64(8));
        row.findingCount = int(query.int64(9));
        rows << row;
    }
    return rows;
}

QList<qint64> CaseStore::matchingSampleIds(const SampleFilter &filter)
{
    const store::FilterSql where = store::filterSql(filter);
    sql::Statement query = d->db.prepare(QByteArray("SELECT s.id FROM samples s WHERE " + where.where + " ORDER BY s.id").constData());
    bindAll(query, where.values);
    QList<qint64> ids;
    while (query.next())
        ids << query.int64(0);
    return ids;
}

} // namespace shoal
