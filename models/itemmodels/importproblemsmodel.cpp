#include "itemmodels/importproblemsmodel.h"

#include "itemmodels/displaytext.h"
#include "itemmodels/itemroles.h"

namespace shoal {

ImportProblemsModel::ImportProblemsModel(QObject *parent) : QAbstractTableModel(parent)
{
}

ImportProblemsModel::~ImportProblemsModel() = default;

void ImportProblemsModel::setStore(CaseStore *store)
{
    m_store = store;
    reload();
}

void ImportProblemsModel::setTimeZone(const QTimeZone &zone)
{
    beginResetModel();
    m_zone = zone;
    endResetModel();
}

void ImportProblemsModel::reload()
{
    beginResetModel();
    m_failures = m_store ? m_store->importFailures(kLimit) : QList<ImportFailureRecord>();
    endResetModel();
}

int ImportProblemsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_failures.size());
}

int ImportProblemsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ImportProblemColumn::ColumnCount;
}

QVariant ImportProblemsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImportFailureRecord &failure = m_failures[index.row()];
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case ImportProblemColumn::Time:
        return displaytext::dateTime(failure.failedAt, m_zone);
    case ImportProblemColumn::Input:
        return failure.origin;
    case ImportProblemColumn::Reason:
        return failure.reason;
    }
    return {};
}

QVariant ImportProblemsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ImportProblemColumn::Time:
        return tr("Time");
    case ImportProblemColumn::Input:
        return tr("Input");
    case ImportProblemColumn::Reason:
        return tr("Reason");
    }
    return {};
}

} // namespace shoal
