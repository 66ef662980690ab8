#pragma once

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <memory>

struct sqlite3;
struct sqlite3_stmt;

namespace shoal::sql {

class Statement;

/*!
 * \brief One SQLite connection. Only models/store uses it: all SQL of Shoal lives there.
 *
 * Errors are reported by return values and lastError(), never by exceptions, so that a corrupt
 * or locked case file gives a clear message instead of a crash.
 */
class Database
{
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    bool open(const QString &path, bool readOnly = false);
    void close();
    bool isOpen() const { return m_db != nullptr; }

    /// Runs one or more statements with no parameters and no results (schema, pragmas).
    bool exec(const char *sql);
    /// Prepares exactly one statement; multi-statement SQL is refused.
    Statement prepare(const char *sql);

    qint64 lastInsertId() const;
    int changes() const;
    QString lastError() const;
    sqlite3 *handle() const { return m_db; }

private:
    sqlite3 *m_db = nullptr;
    QString m_error;
    friend class Statement;
};

/*!
 * \brief A prepared statement, reset and reusable. SQLite binds from 1 but reads columns from 0;
 * this wrapper keeps that convention.
 */
class Statement
{
public:
    Statement() = default;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    ~Statement();

    bool isValid() const { return m_stmt != nullptr; }

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value); ///< a null QString binds "" (use bindNull for NULL)
    Statement &bind(int index, const QByteArray &value); ///< as a BLOB; null binds NULL
    Statement &bindText(int index, const QByteArray &utf8); ///< UTF-8 bytes as TEXT
    Statement &bindNull(int index);

    /// Steps once: true while a row is available. After false, check ok().
    bool next();
    /// Runs to completion (INSERT, UPDATE...); false on error.
    bool run();
    bool ok() const { return m_ok; }
    void reset();

    qint64 int64(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;

private:
    friend class Database;
    Statement(Database *db, sqlite3_stmt *stmt);
    Database *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    bool m_ok = true;
    bool m_needsReset = false;
};

/// A transaction committed by commit(), rolled back when destroyed without it.
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    bool commit();

private:
    Database &m_db;
    bool m_open = false;
};

} // namespace shoal::sql
