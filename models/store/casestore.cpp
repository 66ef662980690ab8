#include "store/casestore.h"

#include "store/casestore_p.h"
#include "store/schema.h"

#include <QFileInfo>

namespace shoal {

CaseStore::CaseStore()
    : d(std::make_unique<Private>())
{
}

CaseStore::~CaseStore() = default;

qint64 CaseStore::Private::now() const
{
    return QDateTime::currentSecsSinceEpoch();
}

std::unique_ptr<CaseStore> CaseStore::open(const QString &path, QString *error, Mode mode)
{
    std::unique_ptr<CaseStore> store(new CaseStore);
    store->d->path = path;
    const bool readOnly = mode == Mode::ReadOnly;
    if (readOnly && !QFileInfo::exists(path)) {
        *error = QStringLiteral("no case file at %1").arg(path);
        return nullptr;
    }
    sql::Database &db = store->d->db;
    if (!db.open(path, readOnly)) {
        *error = QStringLiteral("cannot open case %1: %2").arg(path, db.lastError());
        return nullptr;
    }
    // WAL lets the GUI read while an import writes; NORMAL sync is durable at each commit in WAL
    // mode except for power loss, where the last batches may roll back (never corrupt).
    if (!readOnly && (!db.exec("PRAGMA journal_mode = WAL") || !db.exec("PRAGMA synchronous = NORMAL"))) {
        *error = QStringLiteral("cannot open case %1: %2").arg(path, db.lastError());
        return nullptr;
    }
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA cache_size = -32000");
    if (!readOnly && !store::migrate(db, error))
        return nullptr;
    if (readOnly) {
        sql::Statement version = db.prepare("PRAGMA user_version");
        if (!version.next() || version.int64(0) != store::currentSchemaVersion()) {
            *error = QStringLiteral("%1 is not a Shoal case of this version").arg(path);
            return nullptr;
        }
    }
    if (!readOnly && !store->d->prepareImportStatements()) {
        *error = QStringLiteral("cannot prepare case %1: %2").arg(path, db.lastError());
        return nullptr;
    }
    return store;
}

QString CaseStore::path() const
{
    return d->path;
}

QString CaseStore::lastError() const
{
    return d->db.lastError();
}

bool CaseStore::integrityCheck(QString *problems)
{
    sql::Statement check = d->db.prepare("PRAGMA integrity_check");
    QStringList lines;
    while (check.next())
        lines << check.text(0);
    *problems = lines.join(QLatin1Char('\n'));
    return check.ok() && lines == QStringList{QStringLiteral("ok")};
}

bool CaseStore::beginBatch()
{
    if (d->inBatch)
        return true;
    d->inBatch = d->db.exec("BEGIN IMMEDIATE");
    return d->inBatch;
}

bool CaseStore::commitBatch()
{
    if (!d->inBatch)
        return true;
    d->inBatch = false;
    return d->db.exec("COMMIT");
}

void CaseStore::rollbackBatch()
{
    if (d->inBatch)
        d->db.exec("ROLLBACK");
    d->inBatch = false;
}

QSet<QByteArray> CaseStore::sampleHashes()
{
    QSet<QByteArray> hashes;
    sql::Statement query = d->db.prepare("SELECT sha256 FROM samples");
    while (query.next())
        hashes.insert(query.text(0).toLatin1());
    return hashes;
}

bool CaseStore::recordSighting(const QByteArray &sha256, const QString &origin)
{
    const std::optional<qint64> id = sampleId(sha256);
    return id && d->insertSource.bind(1, *id).bind(2, origin).bind(3, d->now()).run();
}

void CaseStore::recordFailure(const QString &origin, const QString &reason)
{
    sql::Statement insert = d->db.prepare("INSERT INTO import_failures (origin, reason, failed_at) VALUES (?1, ?2, ?3)");
    insert.bind(1, origin).bind(2, reason).bind(3, d->now()).run();
}

qint64 CaseStore::sampleCount()
{
    sql::Statement query = d->db.prepare("SELECT count(*) FROM samples");
    return query.next() ? query.int64(0) : 0;
}

std::optional<qint64> CaseStore::sampleId(const QByteArray &sha256)
{
    sql::Statement query = d->db.prepare("SELECT id FROM samples WHERE sha256 = ?1");
    query.bind(1, QString::fromLatin1(sha256.toLower()));
    if (query.next())
        return query.int64(0);
    return std::nullopt;
}

QList<qint64> CaseStore::sampleIds(qint64 afterId, int limit)
{
    QList<qint64> ids;
    sql::Statement query = d->db.prepare("SELECT id FROM samples WHERE id > ?1 ORDER BY id LIMIT ?2");
    query.bind(1, afterId).bind(2, limit);
    while (query.next())
        ids.append(query.int64(0));
    return ids;
}

QByteArray CaseStore::rawMessage(qint64 id)
{
    sql::Statement query = d->db.prepare("SELECT bytes FROM raw_messages WHERE sample_id = ?1");
    query.bind(1, id);
    return query.next() ? query.blob(0) : QByteArray();
}

QList<HeaderField> CaseStore::headers(qint64 id)
{
    QList<HeaderField> result;
    sql::Statement query = d->db.prepare("SELECT name, raw_value, decoded_value FROM headers WHERE sample_id = ?1 ORDER BY position");
    query.bind(1, id);
    while (query.next())
        result.append(HeaderField{query.text(0), query.blob(1), query.text(2)});
    return result;
}

} // namespace shoal
