#include "mainwindow/selectioncontroller.h"

#include "itemmodels/sampletablemodel.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>

namespace shoal {

SelectionController::SelectionController(QAbstractItemView *table, SampleTableModel *model, QObject *parent)
    : QObject(parent), m_table(table), m_model(model)
{
    QItemSelectionModel *selection = table->selectionModel();
    connect(selection, &QItemSelectionModel::currentChanged, this, &SelectionController::checkCurrent);
    connect(selection, &QItemSelectionModel::selectionChanged, this, [this] { Q_EMIT selectionChanged(selectedCount()); });
    // A new search or an import may move or drop the current row without a currentChanged.
    connect(model, &QAbstractItemModel::layoutChanged, this, &SelectionController::checkCurrent);
    connect(model, &QAbstractItemModel::modelReset, this, &SelectionController::checkCurrent);
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] { Q_EMIT selectionChanged(selectedCount()); });
}

SelectionController::~SelectionController() = default;

void SelectionController::checkCurrent()
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->sampleId(current.row()) : 0;
    if (id == m_current)
        return;
    m_current = id;
    Q_EMIT currentSampleChanged(id);
}

int SelectionController::selectedCount() const
{
    int rows = 0;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        rows += range.left() == 0 ? range.height() : 0; // one range per row block (whole rows)
    return rows;
}

QList<qint64> SelectionController::selectedSampleIds() const
{
    QList<qint64> ids;
    if (m_model->rowCount() > 0 && selectedCount() == m_model->rowCount() && m_model->store())
        return m_model->store()->matchingSampleIds(m_model->filter()); // one query, not a page walk
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection()) {
        if (range.left() != 0)
            continue;
        for (int row = range.top(); row <= range.bottom(); ++row) {
            if (const qint64 id = m_model->sampleId(row))
                ids << id;
        }
    }
    if (ids.isEmpty() && m_current)
        ids << m_current;
    return ids;
}

bool SelectionController::selectSample(qint64 id)
{
    const int row = m_model->rowOfSample(id);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->scrollTo(index);
    return true;
}

} // namespace shoal
