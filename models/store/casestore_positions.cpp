// Where samples stand in the sample table's order: the table keeps its selection on the same
// samples when a search, a sort or an import moves them.
#include "store/casestore.h"
#include "store/casestore_p.h"
#include "store/filtersql.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace shoal {

namespace {

// Must order exactly as CaseStore::sampleRows() does (store/casestore_query.cpp), so that a
// position found here is the row the table shows; indexed by SampleSort.
constexpr const char *kSortKeys[]
    = { "s.arrival_utc", "s.from_address", "s.subject", "c.name", "s.verdict", "s.industry", "s.attachment_count", "s.finding_count" };

// Up to this many ids, each is placed by counting the rows before it (an index range count when
// the sort key is indexed: milliseconds on a million samples); beyond, one pass numbers every row.
constexpr qsizetype kCountedIds = 16;

QByteArray fromClause(SampleSort sort)
{
    return sort == SampleSort::Campaign
        ? QByteArray(" FROM samples s LEFT JOIN campaign_members m ON m.sample_id = s.id LEFT JOIN campaigns c ON c.id = m.campaign_id")
        : QByteArray(" FROM samples s");
}

bool integerKey(SampleSort sort)
{
    return sort == SampleSort::Arrival || sort == SampleSort::Attachments || sort == SampleSort::Findings;
}

void bindValues(sql::Statement &query, const QVariantList &values, int first = 1)
{
    int index = first;
    for (const QVariant &value : values)
        value.typeId() == QMetaType::QString ? query.bind(index++, value.toString()) : query.bind(index++, value.toLongLong());
}

qint64 countWhere(
    sql::Database &db, const store::FilterSql &where, SampleSort sort, const QByteArray &condition, const QVariantList &values)
{
    const QByteArray sql = "SELECT count(*)" + fromClause(sort) + " WHERE (" + where.where + ") AND " + condition;
    sql::Statement query = db.prepare(sql.constData());
    bindValues(query, where.values + values);
    return query.next() ? query.int64(0) : -1;
}

} // namespace

QHash<qint64, qint64> CaseStore::samplePositions(const SampleFilter &filter, SampleSort sort, Qt::SortOrder order, const QList<qint64> &ids)
{
    QHash<qint64, qint64> positions;
    if (ids.isEmpty())
        return positions;
    const store::FilterSql where = store::filterSql(filter);
    const QByteArray key = kSortKeys[int(sort)];
    const bool ascending = order == Qt::AscendingOrder;

    if (ids.size() <= kCountedIds) {
        for (qint64 id : ids) {
            if (positions.contains(id) || countWhere(d->db, where, sort, "s.id = ?", { id }) != 1)
                continue; // not in the result
            sql::Statement keyQuery = d->db.prepare(QByteArray("SELECT " + key + fromClause(sort) + " WHERE s.id = ?1").constData());
            keyQuery.bind(1, id);
            if (!keyQuery.next())
                continue;
            const bool isNull = keyQuery.isNull(0);
            const QVariant k = isNull ? QVariant() : integerKey(sort) ? QVariant(keyQuery.int64(0)) : QVariant(keyQuery.text(0));
            keyQuery = {};
            // SQLite sorts NULL first ascending and last descending; ties go by id, same direction.
            const QByteArray beyond = ascending ? " < ?" : " > ?";
            const QByteArray idBeyond = ascending ? "s.id < ?" : "s.id > ?";
            qint64 before = 0;
            if (isNull) {
                before += countWhere(d->db, where, sort, key + " IS NULL AND " + idBeyond, { id });
                if (!ascending)
                    before += countWhere(d->db, where, sort, key + " IS NOT NULL", {});
            } else {
                before += countWhere(d->db, where, sort, key + beyond, { k });
                before += countWhere(d->db, where, sort, key + " = ? AND " + idBeyond, { k, id });
                if (ascending)
                    before += countWhere(d->db, where, sort, key + " IS NULL", {});
            }
            positions.insert(id, before);
        }
        return positions;
    }

    const QByteArray direction = ascending ? " ASC" : " DESC";
    const QByteArray sql = "SELECT id, position FROM (SELECT s.id AS id, row_number() OVER (ORDER BY " + key + direction + ", s.id"
        + direction + ") - 1 AS position" + fromClause(sort) + " WHERE " + where.where + ") WHERE id IN (SELECT value FROM json_each(?))";
    sql::Statement query = d->db.prepare(sql.constData());
    bindValues(query, where.values);
    QJsonArray idList;
    for (qint64 id : ids)
        idList.append(id);
    query.bind(int(where.values.size()) + 1, QString::fromUtf8(QJsonDocument(idList).toJson(QJsonDocument::Compact)));
    while (query.next())
        positions.insert(query.int64(0), query.int64(1));
    return positions;
}

} // namespace shoal
