#include "mainwindow/casecontroller.h"

#include "cases/caselocations.h"
#include "cases/casesettings.h"

#include <QFileInfo>

namespace shoal {

CaseController::CaseController(QObject *parent) : QObject(parent)
{
}

CaseController::~CaseController() = default;

QString CaseController::path() const
{
    return m_store ? m_store->path() : QString();
}

QString CaseController::displayName() const
{
    return m_store ? QFileInfo(m_store->path()).completeBaseName() : QString();
}

bool CaseController::open(const QString &path, QString *error)
{
    std::unique_ptr<CaseStore> opened = CaseStore::open(path, error);
    if (!opened)
        return false;
    casesettings::ensureDefaults(*opened);
    std::unique_ptr<CaseStore> previous = std::move(m_store);
    m_store = std::move(opened);
    m_zone = casesettings::timeZone(*m_store);
    caselocations::noteOpened(path);
    Q_EMIT caseChanged();
    Q_EMIT timeZoneChanged(m_zone);
    return true; // `previous` closes here, after everyone moved to the new store
}

bool CaseController::openInitial(QString *error)
{
    const QString last = caselocations::lastCase();
    if (!last.isEmpty() && open(last, error))
        return true;
    return open(caselocations::defaultCasePath(), error);
}

bool CaseController::setTimeZone(const QTimeZone &zone)
{
    if (!m_store || !casesettings::setTimeZone(*m_store, zone))
        return false;
    m_zone = zone;
    Q_EMIT timeZoneChanged(m_zone);
    return true;
}

} // namespace shoal
