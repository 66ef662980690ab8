#pragma once

#include "store/casestore.h"

#include <QObject>
#include <QTimeZone>

#include <memory>

namespace shoal {

/*!
 * \brief The open case: the GUI's own connection to it, its time zone, and which case to open
 * first (the last one, else the default case, so that the first start is never empty-handed).
 *
 * Opening a case replaces the open one; caseChanged() is emitted while the old store still
 * lives, so that models can let go of it.
 */
class CaseController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseController)

public:
    explicit CaseController(QObject *parent = nullptr);
    ~CaseController() override;

    CaseStore *store() const { return m_store.get(); }
    QString path() const;
    /// The case file's name without ".shoal", for titles.
    QString displayName() const;
    QTimeZone timeZone() const { return m_zone; }

    /// Opens `path`, creating the case when missing; false with *error when it cannot be.
    bool open(const QString &path, QString *error);
    /// The last case, else the default one; false with *error only when neither opens.
    bool openInitial(QString *error);
    /// Stores a new time zone in the case and announces it.
    bool setTimeZone(const QTimeZone &zone);

Q_SIGNALS:
    void caseChanged();
    void timeZoneChanged(const QTimeZone &zone);

private:
    std::unique_ptr<CaseStore> m_store;
    QTimeZone m_zone { QTimeZone::UTC };
};

} // namespace shoal
