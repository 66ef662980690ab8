#include "store/sqlite.h"

#include <sqlite3.h>

#include <utility>

namespace shoal::sql {

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, bool readOnly)
{
    close();
    const int flags = (readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        m_error = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : QString::fromUtf8(sqlite3_errstr(rc));
        close();
        return false;
    }
    // Another process (a second window, the CLI) may hold the write lock for a moment.
    sqlite3_busy_timeout(m_db, 10000);
    sqlite3_extended_result_codes(m_db, 1);
    return true;
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

bool Database::exec(const char *sql)
{
    char *message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        m_error = QString::fromUtf8(message ? message : sqlite3_errmsg(m_db));
        sqlite3_free(message);
        return false;
    }
    return true;
}

Statement Database::prepare(const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    const char *tail = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt, &tail) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return {};
    }
    while (tail && *tail && (*tail == ' ' || *tail == '\n' || *tail == ';'))
        ++tail;
    if (tail && *tail) {
        m_error = QStringLiteral("refusing multi-statement SQL");
        sqlite3_finalize(stmt);
        return {};
    }
    return Statement(this, stmt);
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

QString Database::lastError() const
{
    return m_error;
}

Statement::Statement(Database *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::Statement(Statement &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_ok(other.m_ok)
    , m_needsReset(other.m_needsReset)
{
}

Statement &Statement::operator=(Statement &&other) noexcept
{
    if (this != &other) {
        sqlite3_finalize(m_stmt);
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_ok = other.m_ok;
        m_needsReset = other.m_needsReset;
    }
    return *this;
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

void Statement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_needsReset = false;
    m_ok = true;
}

Statement &Statement::bind(int index, qint64 value)
{
    if (m_needsReset)
        reset();
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, double value)
{
    if (m_needsReset)
        reset();
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement &Statement::bind(int index, const QString &value)
{
    return bindText(index, value.toUtf8());
}

Statement &Statement::bindText(int index, const QByteArray &utf8)
{
    if (m_needsReset)
        reset();
    // A null QByteArray has no data pointer, which SQLite would bind as NULL: bind "" instead.
    sqlite3_bind_text64(m_stmt, index, utf8.isNull() ? "" : utf8.constData(), sqlite3_uint64(utf8.size()), SQLITE_TRANSIENT, SQLITE_UTF8);
    return *this;
}

Statement &Statement::bind(int index, const QByteArray &value)
{
    if (value.isNull())
        return bindNull(index);
    if (m_needsReset)
        reset();
    sqlite3_bind_blob64(m_stmt, index, value.constData(), sqlite3_uint64(value.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement &Statement::bindNull(int index)
{
    if (m_needsReset)
        reset();
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt)
        return m_ok = false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_needsReset = true;
    if (rc != SQLITE_DONE) {
        m_ok = false;
        m_db->m_error = QString::fromUtf8(sqlite3_errmsg(m_db->m_db));
    }
    sqlite3_reset(m_stmt);
    return false;
}

bool Statement::run()
{
    while (next()) {
    }
    const bool succeeded = m_ok;
    reset();
    return succeeded;
}

qint64 Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column)) : QString();
}

QByteArray Statement::blob(int column) const
{
    const void *data = sqlite3_column_blob(m_stmt, column);
    return data ? QByteArray(static_cast<const char *>(data), sqlite3_column_bytes(m_stmt, column)) : QByteArray();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

Transaction::Transaction(Database &db)
    : m_db(db)
    , m_open(db.exec("BEGIN IMMEDIATE"))
{
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.exec("ROLLBACK");
}

bool Transaction::commit()
{
    if (!m_open)
        return false;
    m_open = false;
    return m_db.exec("COMMIT");
}

} // namespace shoal::sql
