#pragma once

#include <QList>
#include <QObject>

class QAbstractItemView;

namespace shoal {

class SampleTableModel;

/*!
 * \brief Turns the sample table's selection into samples: which one is current (the inspector
 * shows it) and which are selected (metadata edits apply to them). Views never talk to each
 * other; they talk to this.
 */
class SelectionController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SelectionController)

public:
    SelectionController(QAbstractItemView *table, SampleTableModel *model, QObject *parent = nullptr);
    ~SelectionController() override;

    qint64 currentSampleId() const { return m_current; }
    /// The selected samples; every matching sample when the whole table is selected.
    QList<qint64> selectedSampleIds() const;
    int selectedCount() const;
    /// Makes `id` current and selected when it is in the table; false when it is not.
    bool selectSample(qint64 id);

Q_SIGNALS:
    /// The current sample changed (0: none); not emitted when only its row moved.
    void currentSampleChanged(qint64 id);
    void selectionChanged(int count);

private:
    void checkCurrent();
    QAbstractItemView *m_table;
    SampleTableModel *m_model;
    qint64 m_current = 0;
};

} // namespace shoal
