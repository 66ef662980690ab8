#pragma once

#include "store/casestore.h"

#include <QAbstractTableModel>
#include <QTimeZone>

namespace shoal {

/*!
 * \brief The inputs imports could not read, newest first: when, which input, and why.
 * Holds at most kLimit rows (failures are few; a runaway import is cut off rather than held).
 */
class ImportProblemsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProblemsModel)

public:
    static constexpr int kLimit = 50000;

    explicit ImportProblemsModel(QObject *parent = nullptr);
    ~ImportProblemsModel() override;

    void setStore(CaseStore *store); ///< not owned
    void setTimeZone(const QTimeZone &zone);
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    CaseStore *m_store = nullptr;
    QTimeZone m_zone { QTimeZone::UTC };
    QList<ImportFailureRecord> m_failures;
};

} // namespace shoal
