#pragma once

#include <QTableView>

class QLabel;

namespace shoal {

/*!
 * \brief The sample table's view: whole rows selected, several at once, sortable by any column,
 * rows of one fixed height (so that the view never asks the model for every row to lay them
 * out), and a note over an empty case saying how to fill it.
 */
class SampleTableView final : public QTableView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SampleTableView)

public:
    explicit SampleTableView(QWidget *parent = nullptr);
    ~SampleTableView() override;

    /// Sets the model and the default column widths and order (newest arrival first).
    void setModel(QAbstractItemModel *model) override;
    void setEmptyNoteVisible(bool visible);

private:
    QLabel *m_emptyNote;
};

} // namespace shoal
