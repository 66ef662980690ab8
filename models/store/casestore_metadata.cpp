// Analyst metadata: every change is written together with a history row saying what changed,
// from what, to what and when.
#include "store/casestore.h"

#include "store/casestore_p.h"

#include <QTimeZone>

namespace shoal {

namespace {

const char *columnOf(MetadataField field)
{
    switch (field) {
    case MetadataField::ReportingOrg:
        return "reporting_org";
    case MetadataField::Industry:
        return "industry";
    case MetadataField::Arrival:
        return "arrival_utc";
    case MetadataField::Verdict:
        return "verdict";
    case MetadataField::Notes:
        return "notes";
    }
    return nullptr;
}

} // namespace

bool CaseStore::setMetadata(qint64 id, MetadataField field, const QString &value, const QString &changedBy)
{
    const QByteArray column = columnOf(field);
    sql::Transaction transaction(d->db);
    sql::Statement read = d->db.prepare(QByteArray("SELECT " + column + " FROM samples WHERE id = ?1").constData());
    read.bind(1, id);
    if (!read.next())
        return false;
    QString oldValue = read.text(0);
    read = {};
    sql::Statement write = d->db.prepare(QByteArray("UPDATE samples SET " + column + " = ?1 WHERE id = ?2").constData());
    if (field == MetadataField::Arrival) {
        // Stored as unix seconds; given and recorded as ISO 8601 UTC.
        const QDateTime time = QDateTime::fromString(value, Qt::ISODate);
        if (!time.isValid())
            return false;
        write.bind(1, time.toSecsSinceEpoch());
        if (!oldValue.isEmpty())
            oldValue = QDateTime::fromSecsSinceEpoch(oldValue.toLongLong(), QTimeZone::UTC).toString(Qt::ISODate);
    } else {
        write.bind(1, value);
    }
    write.bind(2, id);
    if (!write.run())
        return false;
    sql::Statement history = d->db.prepare(
        "INSERT INTO metadata_history (sample_id, field, old_value, new_value, changed_at, changed_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
    history.bind(1, id).bind(2, QString::fromLatin1(column)).bind(3, oldValue).bind(4, value).bind(5, d->now()).bind(6, changedBy);
    return history.run() && transaction.commit();
}

bool CaseStore::addTag(qint64 id, const QString &tag, const QString &changedBy)
{
    sql::Transaction transaction(d->db);
    sql::Statement insert = d->db.prepare("INSERT OR IGNORE INTO tags (sample_id, tag) SELECT id, ?2 FROM samples WHERE id = ?1");
    if (!insert.bind(1, id).bind(2, tag).run())
        return false;
    if (d->db.changes() == 0)
        return true; // already tagged (or no such sample): nothing changed, nothing to record
    sql::Statement history = d->db.prepare(
        "INSERT INTO metadata_history (sample_id, field, old_value, new_value, changed_at, changed_by) VALUES (?1, 'tag', NULL, ?2, ?3, ?4)");
    return history.bind(1, id).bind(2, tag).bind(3, d->now()).bind(4, changedBy).run() && transaction.commit();
}

bool CaseStore::removeTag(qint64 id, const QString &tag, const QString &changedBy)
{
    sql::Transaction transaction(d->db);
    sql::Statement remove = d->db.prepare("DELETE FROM tags WHERE sample_id = ?1 AND tag = ?2");
    if (!remove.bind(1, id).bind(2, tag).run())
        return false;
    if (d->db.changes() == 0)
        return true;
    sql::Statement history = d->db.prepare(
        "INSERT INTO metadata_history (sample_id, field, old_value, new_value, changed_at, changed_by) VALUES (?1, 'tag', ?2, NULL, ?3, ?4)");
    return history.bind(1, id).bind(2, tag).bind(3, d->now()).bind(4, changedBy).run() && transaction.commit();
}

QList<HistoryEntry> CaseStore::history(qint64 id)
{
    QList<HistoryEntry> entries;
    sql::Statement query = d->db.prepare("SELECT field, old_value, new_value, changed_at FROM metadata_history WHERE sample_id = ?1 ORDER BY id");
    query.bind(1, id);
    while (query.next())
        entries << HistoryEntry{query.text(0), query.text(1), query.text(2), QDateTime::fromSecsSinceEpoch(query.int64(3), QTimeZone::UTC)};
    return entries;
}

} // namespace shoal
