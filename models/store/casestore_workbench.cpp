// What the workbench window reads and writes besides samples: the case's own settings, saved
// searches, the navigator's lists (tags, campaigns, import problems) and row positions.
#include "store/casestore.h"
#include "store/casestore_p.h"
#include "store/filtersql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace shoal {

namespace {

// A list of ids as one bound parameter, read in SQL with json_each(?): any number of ids, one
// statement, nothing spliced into the SQL text.
QString idArray(const QList<qint64> &ids)
{
    QJsonArray array;
    for (qint64 id : ids)
        array.append(id);
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

// The columns of MetadataField, in its order (as store/casestore_metadata.cpp writes them).
constexpr const char *kMetadataColumns[] = { "reporting_org", "industry", "arrival_utc", "verdict", "notes" };

} // namespace

QString CaseStore::caseSetting(const QString &key, const QString &fallback)
{
    sql::Statement query = d->db.prepare("SELECT value FROM case_settings WHERE key = ?1");
    query.bind(1, key);
    return query.next() ? query.text(0) : fallback;
}

bool CaseStore::setCaseSetting(const QString &key, const QString &value)
{
    sql::Statement write = d->db.prepare("INSERT INTO case_settings (key, value) VALUES (?1, ?2)"
                                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    return write.bind(1, key).bind(2, value).run();
}

QList<SavedSearch> CaseStore::savedSearches()
{
    QList<SavedSearch> searches;
    sql::Statement query = d->db.prepare("SELECT name, query FROM saved_searches ORDER BY name COLLATE NOCASE");
    while (query.next())
        searches << SavedSearch { query.text(0), query.text(1) };
    return searches;
}

bool CaseStore::saveSearch(const QString &name, const QString &query)
{
    sql::Statement write = d->db.prepare("INSERT INTO saved_searches (name, query) VALUES (?1, ?2)"
                                         " ON CONFLICT (name) DO UPDATE SET query = excluded.query");
    return write.bind(1, name).bind(2, query).run();
}

bool CaseStore::removeSavedSearch(const QString &name)
{
    sql::Statement remove = d->db.prepare("DELETE FROM saved_searches WHERE name = ?1");
    return remove.bind(1, name).run();
}

qint64 CaseStore::importFailureCount()
{
    sql::Statement query = d->db.prepare("SELECT count(*) FROM import_failures");
    return query.next() ? query.int64(0) : 0;
}

QList<ImportFailureRecord> CaseStore::importFailures(int limit)
{
    QList<ImportFailureRecord> failures;
    sql::Statement query = d->db.prepare("SELECT id, origin, reason, failed_at FROM import_failures ORDER BY id DESC LIMIT ?1");
    query.bind(1, limit);
    while (query.next())
        failures << ImportFailureRecord { query.int64(0), query.text(1), query.text(2),
            QDateTime::fromSecsSinceEpoch(query.int64(3), QTimeZone::UTC) };
    return failures;
}

bool CaseStore::clearImportFailures()
{
    return d->db.exec("DELETE FROM import_failures");
}

QList<NamedCount> CaseStore::tagCounts()
{
    QList<NamedCount> tags;
    sql::Statement query = d->db.prepare("SELECT tag, count(*) FROM tags GROUP BY tag ORDER BY tag COLLATE NOCASE");
    while (query.next())
        tags << NamedCount { 0, query.text(0), query.int64(1) };
    return tags;
}

QList<NamedCount> CaseStore::campaignCounts()
{
    QList<NamedCount> campaigns;
    sql::Statement query
        = d->db.prepare("SELECT c.id, c.name, count(m.sample_id) FROM campaigns c"
                        " LEFT JOIN campaign_members m ON m.campaign_id = c.id GROUP BY c.id ORDER BY c.name COLLATE NOCASE, c.id");
    while (query.next())
        campaigns << NamedCount { query.int64(0), query.text(1), query.int64(2) };
    return campaigns;
}

QStringList CaseStore::reportingOrgs()
{
    QStringList orgs;
    sql::Statement query
        = d->db.prepare("SELECT DISTINCT reporting_org FROM samples WHERE reporting_org <> '' ORDER BY reporting_org LIMIT 10000");
    while (query.next())
        orgs << query.text(0);
    return orgs;
}

QHash<qint64, QString> CaseStore::metadataValues(const QList<qint64> &ids, MetadataField field)
{
    QHash<qint64, QString> values;
    const QByteArray sql
        = QByteArray("SELECT id, ") + kMetadataColumns[int(field)] + " FROM samples WHERE id IN (SELECT value FROM json_each(?1))";
    sql::Statement query = d->db.prepare(sql.constData());
    query.bind(1, idArray(ids));
    while (query.next()) {
        if (field != MetadataField::Arrival)
            values.insert(query.int64(0), query.text(1));
        else if (query.isNull(1))
            values.insert(query.int64(0), QString());
        else
            values.insert(query.int64(0), QDateTime::fromSecsSinceEpoch(query.int64(1), QTimeZone::UTC).toString(Qt::ISODate));
    }
    return values;
}

QSet<qint64> CaseStore::samplesWithTag(const QList<qint64> &ids, const QString &tag)
{
    QSet<qint64> tagged;
    sql::Statement query = d->db.prepare("SELECT sample_id FROM tags WHERE tag = ?1 AND sample_id IN (SELECT value FROM json_each(?2))");
    query.bind(1, tag).bind(2, idArray(ids));
    while (query.next())
        tagged.insert(query.int64(0));
    return tagged;
}

} // namespace shoal
